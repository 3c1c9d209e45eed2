#pragma once
/// A 3-D scalar volume in patient space: voxels in output units (HU for CT) and the transform from
/// voxel index to patient coordinates (LPS, mm), in the form VTK and ITK expect.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/SeriesGeometry.h>

#include <array>
#include <cstddef>
#include <vector>

namespace strata::dicom {

struct Volume {
    std::array<int, 3> dimensions{0, 0, 0};       ///< columns (i), rows (j), slices (k)
    std::array<double, 3> spacing{1, 1, 1};       ///< mm along i, j, k
    std::array<double, 3> origin{0, 0, 0};        ///< patient position of voxel (0,0,0)
    /// Direction cosines as a row-major 3×3 matrix whose columns are the i, j, k axes
    /// (ITK's and VTK's DirectionMatrix convention). Orthonormal.
    std::array<double, 9> direction{1, 0, 0, 0, 1, 0, 0, 0, 1};
    /// The exact index→patient transform, row-major 4×4. Equals direction·spacing + origin unless
    /// the stack is sheared (gantry tilt): then its k column is the real slice step.
    std::array<double, 16> indexToPatient{1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
    bool sheared = false;
    std::vector<float> voxels;  ///< i fastest, then j, then k

    std::size_t voxelCount() const
    {
        return std::size_t(dimensions[0]) * std::size_t(dimensions[1]) * std::size_t(dimensions[2]);
    }
    float at(int i, int j, int k) const
    {
        return voxels[(std::size_t(k) * std::size_t(dimensions[1]) + std::size_t(j)) * std::size_t(dimensions[0]) + std::size_t(i)];
    }
    /// Patient coordinates of a (possibly fractional) voxel index, through indexToPatient.
    std::array<double, 3> patientPosition(double i, double j, double k) const;
    /// The (fractional) voxel index of a patient position, through the inverse of indexToPatient;
    /// (0, 0, 0) for a degenerate transform.
    std::array<double, 3> indexPosition(const std::array<double, 3> &patient) const;
    /// The value at a fractional voxel index, trilinear between the eight voxels around it (the
    /// index clamped to the volume's edges).
    double linearAt(const std::array<double, 3> &index) const;
};

/// Computes the geometry of a stack (no voxels).
Volume volumeGeometry(const Stack &stack);

/// Whether the stack's slices are resampled onto a regular grid to make its volume (irregular
/// spacing, missing slices or duplicate positions): volumeGeometry's k axis then is not the slices'.
bool needsRegularGrid(const Stack &stack);

/// A zero-filled buffer of `count` voxels, backed by transparent huge pages where the kernel allows
/// (faulting a 300 MiB volume in 4 KiB pages took about a second on the 2-core VM).
std::vector<float> allocateVoxels(std::size_t count);

/// Frame `frame` of a grayscale image after the Modality LUT, written into `out` (rows · columns
/// floats): the values of DecodedImage::modalityFrame, without its temporary vector.
void writeModalityFrame(const DecodedImage &image, int frame, float *out);

/// The volume of a stack made from its native slices (stack order, rows · columns floats each, as
/// many as the stack has): volumeGeometry's grid, holding the slices themselves when the stack is
/// regular, else resampled linearly along the stacking line (duplicates collapse onto the first).
Volume resampleToGrid(const Stack &stack, const float *nativeSlices);
/// The same, taking the slices' buffer: a regular stack keeps it without a copy.
Volume resampleToGrid(const Stack &stack, std::vector<float> nativeSlices);

/// Decodes every slice of the stack (in parallel) into a Volume. `headers` are the ones the stack
/// was built from. Grayscale stacks only. Reports progress per slice and honours cancellation.
Result<Volume> loadVolume(const Stack &stack, const std::vector<DicomHeader> &headers,
                          const CancellationToken &cancel = {},
                          const std::function<void(const Progress &)> &progress = {});

} // namespace strata::dicom
