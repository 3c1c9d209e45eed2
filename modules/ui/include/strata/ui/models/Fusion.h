#pragma once
/// A second series fused over the one shown (hybrid imaging: a PET or SPECT over its CT, an ADC
/// map over its MR): sampled at the pixels shown, coloured through its own window and blended.
#include <strata/dicom/Volume.h>
#include <strata/imaging/ColorMap.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/WindowLevel.h>

#include <QImage>

#include <memory>

namespace strata::ui {

/// An isodose line of a fused RT Dose: where the dose crosses `value`.
struct IsodoseLevel {
    double percent = 0;   ///< of the reference dose
    double value = 0;     ///< in the dose's values (Gy)
    QRgb colour = 0;
    bool operator==(const IsodoseLevel &) const = default;
};

/// The isodose lines a treatment planning system draws by default: 107, 100, 95, 90, 80, 70, 50 and
/// 30 % of `reference` (the plan's prescription, else the dose's highest value), warm colours at
/// the top (a hot spot magenta, the prescription red) to cool at the bottom.
std::vector<IsodoseLevel> isodoseLevels(double reference);

struct FusionSource {
    std::shared_ptr<const dicom::Volume> volume;
    imaging::WindowLevel window;   ///< the fused values shown: below it none, above it the map's top
    imaging::ColorMap map = imaging::ColorMap::HotIron;
    double opacity = 0.5;          ///< 0…1
    /// A dose's isodose levels (none: not a dose). Then the colour wash shows only where the dose
    /// reaches the lowest of them, `opacity` opaque throughout, and only if `wash`; the lines if `lines`.
    std::vector<IsodoseLevel> isodoses;
    bool lines = true;   ///< the isodose lines drawn
    bool wash = true;
};

/// The window a fused volume opens with: from zero (or its least value, when it has negative ones)
/// to twice the 99.9th percentile of its positive values, no further than its largest: the uptake
/// of organs in the map's middle, a lesion's near its top.
imaging::WindowLevel fusionWindow(const dicom::Volume &volume);
/// That window and the volume's highest value (a dose's 100 % without a prescription), from one
/// pass over its values.
struct FusedRange {
    imaging::WindowLevel window;
    double highest = 0;
};
FusedRange fusedRange(const dicom::Volume &volume);

/// How the overlay names a fused window: "SUV 0.5–8.2" where the fused series gives SUVbw per
/// value, else "W 20000 L 10000".
QString fusionWindowLabel(const imaging::WindowLevel &window, double suvPerValue);

/// The picture of `source` over the slice `plane` (an image's geometry or an MPR plane's): each
/// pixel the fused volume's value there (linear interpolation), through its window into its colour
/// map, `opacity` opaque — fading in over the lowest third of the window, so that where there is
/// nothing to show the grey image stays as it is. A dose: its wash from the lowest isodose on, and
/// each isodose line opaque in its colour on the pixels at or above its level beside one below
/// it (transparent where the dose is lower than all of them). Null where the plane misses the
/// volume, and for other series where nothing is drawn.
QImage composeFusion(const FusionSource &source, const imaging::SliceGeometry &plane);

} // namespace strata::ui
