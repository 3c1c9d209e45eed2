#pragma once
/// DICOM Segmentations (SEG: an AI tool's organs, a planning system's structures, another reader's
/// lesion) read for display over their source images: each segment's label and recommended colour,
/// each frame's plane and mask (binary; fractional above half its maximum value).
#include <strata/core/Result.h>
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/VoxelMask.h>

#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace strata::measure {

struct Segment {
    int number = 0;
    QString label;                   ///< Segment Label, else the property type's meaning
    std::array<int, 3> rgb{0, 0, 0};  ///< sRGB of the Recommended Display CIELab Value, else a distinct colour of its own
    /// What the segment is: its Segmented Property Type (code value, scheme, meaning), e.g.
    /// (T-62000, SRT, Liver); empty when the SEG gives none.
    std::array<QString, 3> propertyType;
};

/// One frame of a segmentation: the segment it belongs to and its plane (as an image's).
struct SegmentationFrame {
    int segment = 0;
    imaging::SliceGeometry plane;   ///< width × height pixels at Image Position, along Image Orientation, Pixel Spacing
};

struct Segmentation {
    QString path;
    QString sopInstanceUid;
    QString seriesDescription;
    QString frameOfReferenceUid;
    std::vector<Segment> segments;
    std::vector<SegmentationFrame> frames;

    const Segment *segment(int number) const;
    /// Whether pixel (column, row) of frame `f` is inside its segment.
    bool inside(std::size_t f, int column, int row) const
    {
        const std::size_t i = m_offsets[f] + std::size_t(row) * std::size_t(frames[f].plane.width) + std::size_t(column);
        return (m_bits[i / 8] >> (i % 8)) & 1u;
    }
    /// The smallest rectangle of frame `f`'s pixels holding all those inside (columns left…right,
    /// rows top…bottom, inclusive); right < left for a frame with none.
    struct Bounds {
        int left = 0, top = 0, right = -1, bottom = -1;
        bool empty() const { return right < left; }
    };
    const Bounds &bounds(std::size_t f) const { return m_bounds[f]; }
    /// Adds a frame whose mask is `mask` (a byte a pixel, row after row, non-zero inside; the
    /// frame's width × height bytes).
    void appendFrame(const SegmentationFrame &frame, const std::vector<std::uint8_t> &mask);

private:
    friend Result<Segmentation> readSegmentation(const QString &path);
    std::vector<std::uint8_t> m_bits;   ///< the frames' masks, a bit a pixel (packed: a 2,000-frame SEG of 512² is 64 MiB)
    std::vector<std::size_t> m_offsets;   ///< each frame's first bit in m_bits
    std::vector<Bounds> m_bounds;
    /// Sets pixel (column, row) of frame `f` inside.
    void set(std::size_t f, int column, int row);
    std::size_t m_bitCount = 0;
};

/// Reads the SEG at `path`: its pixel data through Strata's decoder (every transfer syntax the
/// viewer reads, checked as any image is), its segments and frames through DCMTK. Unsupported for
/// a SEG whose frames give no plane; the file's own errors otherwise.
Result<Segmentation> readSegmentation(const QString &path);

/// The segmentations among a study's headers (SOP class Segmentation Storage), read; what could
/// not be read goes to `problems` (file and reason), the rest is returned.
std::vector<std::shared_ptr<const Segmentation>> readSegmentations(const std::vector<dicom::DicomHeader> &headers, QStringList *problems);

/// Segment `segmentNumber` of `segmentation` resampled onto the voxels of `grid` (its geometry
/// only; the caller checks that both lie in one frame of reference), cropped to the box of its
/// voxels (empty: none inside the grid). Frames parallel to the grid's slices: each slice takes the
/// segment's frame nearest it along the normal, within half the segmentation's frame spacing (at
/// least half the grid's), each voxel the frame's pixel nearest its centre — so a SEG of coarser or
/// finer pixels, or of thicker slices, fills the grid without holes. Frames across the grid's
/// slices (a sagittal SEG over an axial series): each voxel within half their step (at least half
/// the voxel's depth along them) of a frame takes that frame's pixel nearest its centre, so coarser
/// pixels or farther planes leave no holes either. What the 3D view turns into a surface.
imaging::VoxelMask segmentMask(const Segmentation &segmentation, int segmentNumber, const dicom::Volume &grid);

} // namespace strata::measure

namespace strata::measure {

/// A structure of an RT Structure Set: an organ at risk, a target, the body outline.
struct StructureRoi {
    int number = 0;
    QString name;
    std::array<int, 3> rgb{255, 255, 0};   ///< ROI Display Color, else a distinct colour of its own
    QString interpretedType;               ///< RT ROI Interpreted Type (ORGAN, GTV, PTV, EXTERNAL, …); may be empty
    /// What it is, coded — the RT ROI Identification Code Sequence's first item (value, scheme,
    /// meaning: an organ's FMA or SNOMED code as planning systems following TG-263 write it);
    /// empty when the set gives none.
    std::array<QString, 3> code;
};

/// One contour of a structure: its points in patient mm, closed (an outline on one plane) or not.
struct StructureContour {
    int roi = 0;
    bool closed = true;
    std::vector<imaging::Vec3> points;
};

/// An RT Structure Set (RTSTRUCT) read for display: its structures and their contours.
struct StructureSet {
    QString path;
    QString sopInstanceUid;
    QString label;                 ///< Structure Set Label
    QString frameOfReferenceUid;   ///< of the Referenced Frame of Reference Sequence (or the data set's)
    std::vector<StructureRoi> rois;
    std::vector<StructureContour> contours;
    /// Each structure's closed contours filled, plane by plane, as a segmentation's frames (one
    /// segment a structure, numbered as its ROI): what a plane across the contours (a coronal or
    /// oblique MPR) cuts of the structure. Made by readStructureSet.
    std::shared_ptr<const Segmentation> regions;

    const StructureRoi *roi(int number) const;
};

/// Reads the RT Structure Set at `path` (checked as any file first, then read through DCMTK):
/// structures with their names and colours, CLOSED_PLANAR and OPEN_PLANAR contours (points are
/// left out: they mark nothing on a slice), and their regions (structureRegions).
Result<StructureSet> readStructureSet(const QString &path);

/// The closed planar contours of `set`, filled: for each structure and each plane its contours lie
/// on, one frame whose mask is inside an odd number of them (a contour inside another is a hole,
/// as planning systems draw them), sampled on a grid of the plane at up to 512 pixels a side (no
/// finer than 0.2 mm). At most 64 MiB of masks: planes beyond that are left out.
Segmentation structureRegions(const StructureSet &set);

/// The structure sets among a study's headers (SOP class RT Structure Set Storage), read; what
/// could not be read goes to `problems`.
std::vector<std::shared_ptr<const StructureSet>> readStructureSets(const std::vector<dicom::DicomHeader> &headers, QStringList *problems);

} // namespace strata::measure
