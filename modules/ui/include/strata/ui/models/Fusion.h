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

struct FusionSource {
    std::shared_ptr<const dicom::Volume> volume;
    imaging::WindowLevel window;   ///< the fused values shown: below it none, above it the map's top
    imaging::ColorMap map = imaging::ColorMap::HotIron;
    double opacity = 0.5;          ///< 0…1
};

/// The window a fused volume opens with: from zero (or its least value, when it has negative ones)
/// to twice the 99.9th percentile of its positive values, no further than its largest: the uptake
/// of organs in the map's middle, a lesion's near its top.
imaging::WindowLevel fusionWindow(const dicom::Volume &volume);

/// How the overlay names a fused window: "SUV 0.5–8.2" where the fused series gives SUVbw per
/// value, else "W 20000 L 10000".
QString fusionWindowLabel(const imaging::WindowLevel &window, double suvPerValue);

/// The picture of `source` over the slice `plane` (an image's geometry or an MPR plane's): each
/// pixel the fused volume's value there (linear interpolation), through its window into its colour
/// map, `opacity` opaque — fading in over the lowest third of the window, so that where there is
/// nothing to show the grey image stays as it is. Null where the plane misses the volume.
QImage composeFusion(const FusionSource &source, const imaging::SliceGeometry &plane);

} // namespace strata::ui
