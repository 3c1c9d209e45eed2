#include <strata/ui/models/Fusion.h>

#include <strata/imaging/Reslicer.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace strata::ui {

imaging::WindowLevel fusionWindow(const dicom::Volume &volume) { return fusedRange(volume).window; }

FusedRange fusedRange(const dicom::Volume &volume)
{
    FusedRange out;
    imaging::WindowLevel &w = out.window;
    if (volume.voxels.empty())
        return out;
    const auto [least, most] = std::minmax_element(volume.voxels.begin(), volume.voxels.end());
    out.highest = *most;
    std::vector<float> positive;
    const std::size_t stride = std::max<std::size_t>(1, volume.voxels.size() / (1u << 20));
    for (std::size_t i = 0; i < volume.voxels.size(); i += stride)
        if (volume.voxels[i] > 0)
            positive.push_back(volume.voxels[i]);
    double high = *most;
    if (!positive.empty()) {
        const auto at = positive.begin() + std::ptrdiff_t(double(positive.size() - 1) * 0.999);
        std::nth_element(positive.begin(), at, positive.end());
        high = std::min(double(*most), 2.0 * double(*at));
    }
    const double low = std::min(0.0, double(*least));
    if (!(high > low))
        high = low + 1;
    w.function = imaging::VoiFunction::LinearExact;
    w.center = (low + high) / 2;
    w.width = high - low;
    return out;
}

std::vector<IsodoseLevel> isodoseLevels(double reference)
{
    static constexpr struct {
        double percent;
        QRgb colour;
    } kLevels[] = {{107, qRgb(255, 0, 255)}, {100, qRgb(255, 0, 0)}, {95, qRgb(255, 140, 0)}, {90, qRgb(255, 255, 0)},
                   {80, qRgb(0, 220, 0)},    {70, qRgb(0, 255, 255)}, {50, qRgb(0, 120, 255)}, {30, qRgb(150, 80, 255)}};
    std::vector<IsodoseLevel> out;
    if (!(reference > 0))
        return out;
    for (const auto &l : kLevels)
        out.push_back({l.percent, reference * l.percent / 100.0, l.colour});
    return out;
}

QString fusionWindowLabel(const imaging::WindowLevel &window, double suvPerValue)
{
    if (suvPerValue > 0) {
        const auto suv = [&](double value) { return QString::number(std::max(0.0, value * suvPerValue), 'f', 1); };
        return QStringLiteral("SUV %1–%2").arg(suv(window.center - window.width / 2), suv(window.center + window.width / 2));
    }
    return QStringLiteral("W %1 L %2").arg(std::lround(window.width)).arg(std::lround(window.center));
}

QImage composeFusion(const FusionSource &source, const imaging::SliceGeometry &plane)
{
    if (!source.volume || plane.width <= 0 || plane.height <= 0)
        return {};
    imaging::ResliceOptions options;
    options.interpolation = imaging::Interpolation::Linear;
    options.background = std::nanf("");   // outside the fused volume: nothing drawn
    options.threads = 1;
    auto sampled = imaging::resampleOnto(*source.volume, plane, options);
    if (!sampled.ok())
        return {};
    const imaging::ColorTable &table = imaging::colorTable(source.map);
    const double opacity = std::clamp(source.opacity, 0.0, 1.0);
    QImage picture(plane.width, plane.height, QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::transparent);
    bool any = false;
    const std::vector<float> &values = sampled.value().pixels;
    const bool dose = !source.isodoses.empty();
    double lowest = HUGE_VAL;
    for (const IsodoseLevel &level : source.isodoses)
        lowest = std::min(lowest, level.value);
    const auto at = [&](int x, int y) { return values[std::size_t(y) * std::size_t(plane.width) + std::size_t(x)]; };
    for (int y = 0; y < plane.height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
        for (int x = 0; x < plane.width; ++x) {
            const float v = at(x, y);
            if (std::isnan(v))
                continue;
            any = any || dose;   // a dose's picture says where its grid is, lines or not
            if (dose && (!source.wash || v < lowest))
                continue;
            const double t = imaging::voiFunction(v, source.window, 0.0, 1.0);
            if (t <= 0 && !dose)
                continue;
            const double alpha = dose ? opacity : opacity * std::min(1.0, 3.0 * t);
            // A dose from the map's blue (its lowest isodose) to its red (the window's top).
            const double index = dose ? 42 + t * 170 : t * 255;
            const QRgb c = table[std::size_t(std::clamp(int(std::lround(index)), 0, 255))];
            const int a = int(std::lround(alpha * 255));
            line[x] = qRgba(qRed(c) * a / 255, qGreen(c) * a / 255, qBlue(c) * a / 255, a);
            any = true;
        }
    }
    // The isodose lines: at or above the level, beside a pixel below it.
    for (const IsodoseLevel &level : source.lines ? source.isodoses : std::vector<IsodoseLevel>{}) {
        const QRgb opaque = qRgba(qRed(level.colour), qGreen(level.colour), qBlue(level.colour), 255);
        const auto below = [&](int x, int y) {
            if (x < 0 || y < 0 || x >= plane.width || y >= plane.height)
                return false;
            const float v = at(x, y);
            return !std::isnan(v) && v < level.value;
        };
        for (int y = 0; y < plane.height; ++y) {
            auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
            for (int x = 0; x < plane.width; ++x)
                if (const float v = at(x, y); v >= level.value && (below(x - 1, y) || below(x + 1, y) || below(x, y - 1) || below(x, y + 1))) {
                    line[x] = opaque;
                    any = true;
                }
        }
    }
    return any ? picture : QImage();
}

} // namespace strata::ui
