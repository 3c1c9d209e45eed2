#pragma once
/// What a study's segmentations (SEG) draw over one slice of a series.
#include <strata/dicom/Volume.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/VoxelMask.h>
#include <strata/measure/Segmentations.h>

#include <QImage>
#include <QSet>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace strata::ui {

struct SegmentationOverlay {
    QImage picture;       ///< the slice's size; transparent where no segment lies (null: none at all)
    QStringList labels;   ///< the segments drawn, in the order met
    QStringList structures;   ///< the RT structures whose contours were drawn, in the order met
};

/// A segment's key: its segmentation's SOP Instance UID and its number ("1.2.3/4").
QString segmentKey(const measure::Segmentation &segmentation, int segmentNumber);
/// A structure's key: its structure set's SOP Instance UID and its ROI number ("1.2.3/roi4").
QString structureKey(const measure::StructureSet &set, int roiNumber);

/// The segments of `segmentations` on the slice `plane` (an image's geometry or an MPR plane's), in
/// the same frame of reference (when both name one): frames parallel to it and within `tolerance`
/// mm of it, each resampled onto the slice's pixels (nearest); and where the slice lies across the
/// frames (a coronal or oblique plane through an axial segmentation), each pixel takes the frame
/// of its segment nearest along the frames' normal, within half their spacing. A segment inside in
/// its colour, 35 % opaque, its edge (a pixel beside one of another segment or none) opaque. A later
/// segment covers an earlier.
/// Then the contours of `structures` (RT structure sets) that lie on the slice (within
/// `tolerance`), as lines in their structure's colour; across the slice, the edge of their
/// regions (StructureSet::regions) where it cuts them. Segments and structures whose key is in
/// `hidden` are left out.
SegmentationOverlay composeSegmentations(const std::vector<std::shared_ptr<const measure::Segmentation>> &segmentations,
                                         const std::vector<std::shared_ptr<const measure::StructureSet>> &structures,
                                         const imaging::SliceGeometry &plane, const QString &frameOfReference, double tolerance,
                                         const QSet<QString> &hidden = {});

/// A segment or a structure as the 3D view draws it: its mask on the series' voxels.
struct SegmentSurface {
    QString key;     ///< segmentKey or structureKey
    QString label;
    std::array<int, 3> rgb{255, 0, 0};
    std::shared_ptr<const imaging::VoxelMask> mask;
    std::array<QString, 3> propertyType;   ///< a segment's (measure::Segment::propertyType), a structure's code (StructureRoi::code)
};

/// Every segment of `segmentations` and every structure's regions (StructureSet::regions) in
/// `frameOfReference` (when both name one), resampled onto `grid` (measure::segmentMask); those
/// with no voxel in it are left out. Segments first, in their order, then structures. Returns early
/// (what it has) once `cancelled` says so. Only the `count` of them from the `first` in that order
/// are made (a batch of a long list); `total`, when given, gets how many there are. Those `skip`
/// names (by key and label) are not made at all.
std::vector<SegmentSurface> segmentSurfaces(const std::vector<std::shared_ptr<const measure::Segmentation>> &segmentations,
                                            const std::vector<std::shared_ptr<const measure::StructureSet>> &structures,
                                            const dicom::Volume &grid, const QString &frameOfReference,
                                            const std::function<bool()> &cancelled = {}, std::size_t first = 0,
                                            std::size_t count = std::size_t(-1), std::size_t *total = nullptr,
                                            const std::function<bool(const QString &key, const QString &label)> &skip = {});

/// How see-through each surface is drawn, in order: opaque, except one whose box holds another's
/// (a body outline, an organ around its lesion) at 30 %, so that what lies inside shows.
std::vector<double> surfaceOpacities(const std::vector<const imaging::VoxelMask *> &masks);

} // namespace strata::ui
