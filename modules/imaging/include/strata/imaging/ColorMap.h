#pragma once
/// Colour maps for NM/PET (and grayscale): 256-entry RGB tables applied after the VOI function,
/// producing 32-bit pixels laid out as QImage::Format_RGB32 expects (0xffRRGGBB per pixel).
#include <strata/imaging/WindowLevel.h>

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace strata::imaging {

enum class ColorMap {
    Grayscale,  ///< black → white
    HotIron,    ///< black → red → yellow → white (the ramps of DICOM's Hot Iron palette, PS3.6 B.1.1)
    Pet,        ///< "rainbow": black → blue → cyan → green → yellow → red → white
};

QString colorMapName(ColorMap map);

/// 256 entries, 0xffRRGGBB; index = the 8-bit display value (after inversion, if any).
using ColorTable = std::array<std::uint32_t, 256>;
const ColorTable &colorTable(ColorMap map);

/// An RGB image, rows top to bottom, `width` pixels per row. The viewer wraps it without copying:
/// QImage(reinterpret_cast<uchar *>(pixels.data()), width, height, width * 4, QImage::Format_RGB32).
struct ImageRgb32 {
    int width = 0;
    int height = 0;
    std::vector<std::uint32_t> pixels;
};

/// Window (as applyWindow) then colour table. `out` must hold `count` pixels.
void applyWindowColor(const float *values, std::size_t count, const WindowLevel &window, ColorMap map,
                      std::uint32_t *out);
ImageRgb32 colorImage(const float *values, int width, int height, const WindowLevel &window, ColorMap map);

} // namespace strata::imaging
