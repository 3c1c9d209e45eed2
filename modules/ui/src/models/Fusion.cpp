#include <strata/ui/models/Fusion.h>

#include <strata/imaging/Reslicer.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace strata::ui {

imaging::WindowLevel fusionWindow(const dicom::Volume &volume)
{
    imaging::WindowLevel w;
    if (volume.voxels.empty())
        return w;
    const auto [least, most] = std::minmax_element(volume.voxels.begin(), volume.voxels.end());
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
    return w;
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
    for (int y = 0; y < plane.height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(picture.scanLine(y));
        for (int x = 0; x < plane.width; ++x) {
            const float v = values[std::size_t(y) * std::size_t(plane.width) + std::size_t(x)];
            if (std::isnan(v))
                continue;
            const double t = imaging::voiFunction(v, source.window, 0.0, 1.0);
            if (t <= 0)
                continue;
            const double alpha = opacity * std::min(1.0, 3.0 * t);
            const QRgb c = table[std::size_t(std::clamp(int(std::lround(t * 255)), 0, 255))];
            const int a = int(std::lround(alpha * 255));
            line[x] = qRgba(qRed(c) * a / 255, qGreen(c) * a / 255, qBlue(c) * a / 255, a);
            any = true;
        }
    }
    return any ? picture : QImage();
}

} // namespace strata::ui
