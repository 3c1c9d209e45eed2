#include <strata/imaging/ColorMap.h>

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace strata::imaging {
namespace {

std::uint32_t rgb(int r, int g, int b)
{
    return 0xff000000u | (std::uint32_t(std::clamp(r, 0, 255)) << 16) | (std::uint32_t(std::clamp(g, 0, 255)) << 8)
           | std::uint32_t(std::clamp(b, 0, 255));
}

ColorTable makeGrayscale()
{
    ColorTable t{};
    for (int i = 0; i < 256; ++i)
        t[std::size_t(i)] = rgb(i, i, i);
    return t;
}

/// Red rises over the first half, green over the second, blue over the last quarter.
ColorTable makeHotIron()
{
    ColorTable t{};
    for (int i = 0; i < 256; ++i)
        t[std::size_t(i)] = rgb(2 * i, 2 * (i - 128), 4 * (i - 192));
    return t;
}

/// Piecewise linear through black, blue, cyan, green, yellow, red, white at equal steps.
ColorTable makePet()
{
    static const int stops[7][3] = {{0, 0, 0}, {0, 0, 255}, {0, 255, 255}, {0, 255, 0},
                                    {255, 255, 0}, {255, 0, 0}, {255, 255, 255}};
    ColorTable t{};
    for (int i = 0; i < 256; ++i) {
        const double pos = double(i) / 255.0 * 6.0;
        const int s = std::min(5, int(pos));
        const double f = pos - s;
        int c[3];
        for (int k = 0; k < 3; ++k)
            c[k] = int(std::lround(stops[s][k] + (stops[s + 1][k] - stops[s][k]) * f));
        t[std::size_t(i)] = rgb(c[0], c[1], c[2]);
    }
    return t;
}

} // namespace

QString colorMapName(ColorMap map)
{
    switch (map) {
    case ColorMap::Grayscale: return QCoreApplication::translate("strata::imaging", "Grayscale");
    case ColorMap::HotIron: return QCoreApplication::translate("strata::imaging", "Hot iron");
    case ColorMap::Pet: return QCoreApplication::translate("strata::imaging", "PET (rainbow)");
    }
    return {};
}

const ColorTable &colorTable(ColorMap map)
{
    static const ColorTable gray = makeGrayscale(), hot = makeHotIron(), pet = makePet();
    switch (map) {
    case ColorMap::HotIron: return hot;
    case ColorMap::Pet: return pet;
    case ColorMap::Grayscale: break;
    }
    return gray;
}

void applyWindowColor(const float *values, std::size_t count, const WindowLevel &window, ColorMap map,
                      std::uint32_t *out)
{
    const ColorTable &table = colorTable(map);
    std::vector<std::uint8_t> gray(count);  // one pass of the VOI function (its table is built once)
    applyWindow(values, count, window, gray.data());
    for (std::size_t i = 0; i < count; ++i)
        out[i] = table[gray[i]];
}

ImageRgb32 colorImage(const float *values, int width, int height, const WindowLevel &window, ColorMap map)
{
    ImageRgb32 image;
    if (width <= 0 || height <= 0 || !values)
        return image;
    image.width = width;
    image.height = height;
    image.pixels.resize(std::size_t(width) * std::size_t(height));
    applyWindowColor(values, image.pixels.size(), window, map, image.pixels.data());
    return image;
}

} // namespace strata::imaging
