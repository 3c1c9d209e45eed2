#pragma once
/// MPR: samples a volume on any plane (standard or oblique) with nearest, linear or cubic
/// interpolation, optionally as a thick slab (MIP, MinIP, mean) of a given thickness in mm,
/// through VTK's vtkImageReslice. Sheared (gantry-tilted) volumes are sampled through their exact
/// indexToPatient transform.
///
/// reslice() is pure and thread-safe: it reads the volume (never writes it) and builds its own VTK
/// pipeline per call, so a render worker may call it while other threads read the same volume.
#include <QString>
#include <strata/core/Result.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/Plane.h>

#include <vector>

namespace strata::imaging {

enum class Interpolation { Nearest, Linear, Cubic };
enum class SlabMode { None, Max, Min, Mean };
/// Who computes a thick slab with linear interpolation. Auto: vtkImageReslice's slab mode when the
/// plane is aligned with the volume's grid (its permute path, which then takes whole slices), Strata's
/// own loop on oblique planes (measured ~2× faster there, docs/performance.md). Nearest and cubic
/// slabs always go through VTK. Mean: Strata averages the samples inside the volume, VTK all of
/// them (outside = background); inside the volume both agree.
enum class SlabEngine { Auto, Strata, Vtk };

struct ResliceOptions {
    /// Output pixel size (square pixels), mm. 0: the volume's finer in-plane spacing.
    double pixelSpacing = 0;
    /// Output size in pixels. 0 (both): the pixels whose centres fall within the volume's projection
    /// on the plane, on a grid through the plane's centre (so the centre is always a pixel centre).
    /// Otherwise the plane's centre falls on pixel (width / 2, height / 2) exactly.
    int width = 0;
    int height = 0;
    Interpolation interpolation = Interpolation::Linear;
    SlabMode slab = SlabMode::None;
    /// Slab thickness along the plane normal, mm, centred on the plane (ignored for SlabMode::None).
    /// n samples spread evenly (thickness / n apart, the outermost half a step inside the faces), with
    /// n = ceil(thickness · the largest voxel-index change per mm along the normal): no voxel is
    /// stepped over (20 mm on 0.7×0.7×1 mm CT: 20 samples axial, ~18–29 oblique).
    double slabThicknessMm = 0;
    /// Level of detail: when > 0, the slab's samples are at least this far apart along the normal
    /// (mm), fewer than above where the voxels are finer (a drag takes the output pixel spacing
    /// here). 0: every voxel layer is sampled.
    double slabStepMm = 0;
    SlabEngine slabEngine = SlabEngine::Auto;
    /// Value of points outside the volume (−1024: black under any window on real data).
    float background = -1024.0f;
    /// Worker threads (the slab loop's own or VTK's, never the shared work pool). 0: the slab loop
    /// takes QThread::idealThreadCount(), vtkImageReslice its SMP default (all cores).
    /// threads > 0 also holds vtkImageReslice to that count.
    int threads = 0;
};

/// A resliced image: float values in the volume's units, row-major, and where it lies.
struct SliceImage {
    SliceGeometry geometry;
    std::vector<float> pixels;

    float at(int x, int y) const { return pixels[std::size_t(y) * std::size_t(geometry.width) + std::size_t(x)]; }
};

/// The output geometry reslice() would produce, without sampling (for reference lines, layout).
Result<SliceGeometry> resliceGeometry(const dicom::Volume &volume, const Plane &plane,
                                      const ResliceOptions &options = {});

/// Samples `volume` on `plane`. Errors: an empty or inconsistent volume, a degenerate plane, an
/// output larger than 16384 pixels on a side, a negative slab thickness.
Result<SliceImage> reslice(const dicom::Volume &volume, const Plane &plane, const ResliceOptions &options = {});

/// Samples `volume` at the pixels of `geometry` (another series' slice or MPR plane: a PET fused
/// over a CT), as reslice() does on its own output; the options' size and pixel spacing are not
/// used. Errors: an empty or inconsistent volume, an empty or oversized geometry.
Result<SliceImage> resampleOnto(const dicom::Volume &volume, const SliceGeometry &geometry, const ResliceOptions &options = {});

/// The version of VTK that reslices (asked at run time), e.g. "9.1.0".
QString vtkVersion();

} // namespace strata::imaging
