#include <strata/imaging/WindowLevel.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include <QCoreApplication>

namespace strata::imaging {
namespace {

WindowPreset ct(const char *id, const char *name, double center, double width)
{
    return {QString::fromLatin1(id), QCoreApplication::translate("strata::imaging", name), {center, width, VoiFunction::Linear, false},
            QCoreApplication::translate("strata::imaging", "CT preset (common radiological practice)")};
}

/// The sigmoid reaches the last half level at |x − c| = w · ln(2·255 − 1) / 4 ≈ 1.558 w; beyond
/// ±1.6 w every value rounds to 0 or 255.
constexpr double kSigmoidSpan = 1.6;
constexpr int kSigmoidTable = 4096;

} // namespace

VoiFunction voiFunctionFromString(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("LINEAR_EXACT"))
        return VoiFunction::LinearExact;
    if (n == QLatin1String("SIGMOID"))
        return VoiFunction::Sigmoid;
    return VoiFunction::Linear;
}

QString voiFunctionName(VoiFunction function)
{
    switch (function) {
    case VoiFunction::Linear: return QStringLiteral("LINEAR");
    case VoiFunction::LinearExact: return QStringLiteral("LINEAR_EXACT");
    case VoiFunction::Sigmoid: return QStringLiteral("SIGMOID");
    }
    return {};
}

bool WindowLevel::isValid() const
{
    if (table)
        return !table->data.empty();
    if (!std::isfinite(center) || !std::isfinite(width))
        return false;
    return function == VoiFunction::Linear ? width >= 1.0 : width > 0.0;
}

const std::vector<WindowPreset> &ctPresets()
{
    static const std::vector<WindowPreset> presets{
        ct("ct.brain", QT_TRANSLATE_NOOP("strata::imaging", "Brain"), 40, 80),
        ct("ct.subdural", QT_TRANSLATE_NOOP("strata::imaging", "Subdural"), 75, 215),
        ct("ct.stroke", QT_TRANSLATE_NOOP("strata::imaging", "Stroke"), 40, 40),
        ct("ct.lung", QT_TRANSLATE_NOOP("strata::imaging", "Lung"), -600, 1500),
        ct("ct.mediastinum", QT_TRANSLATE_NOOP("strata::imaging", "Mediastinum"), 50, 350),
        ct("ct.abdomen", QT_TRANSLATE_NOOP("strata::imaging", "Abdomen"), 50, 400),
        ct("ct.liver", QT_TRANSLATE_NOOP("strata::imaging", "Liver"), 30, 150),
        ct("ct.bone", QT_TRANSLATE_NOOP("strata::imaging", "Bone"), 400, 1800),
    };
    return presets;
}

std::optional<WindowPreset> ctPreset(const QString &id)
{
    for (const WindowPreset &p : ctPresets())
        if (p.id == id)
            return p;
    return std::nullopt;
}

std::vector<WindowPreset> presetsFromFile(const dicom::PixelDescription &pixel)
{
    std::vector<WindowPreset> out;
    const VoiFunction function = voiFunctionFromString(pixel.voiLutFunction);
    for (std::size_t i = 0; i < pixel.windows.size(); ++i) {
        const dicom::Window &w = pixel.windows[i];
        WindowPreset p;
        p.id = QStringLiteral("file.%1").arg(i);
        p.name = w.explanation.trimmed().isEmpty() ? QCoreApplication::translate("strata::imaging", "Window %1").arg(i + 1) : w.explanation.trimmed();
        p.window = {w.center, w.width, function, false};
        p.source = QCoreApplication::translate("strata::imaging", "Window Center/Width in the file (%1)").arg(voiFunctionName(function));
        if (p.window.isValid())
            out.push_back(p);
    }
    for (std::size_t i = 0; i < pixel.voiLuts.size(); ++i) {
        const dicom::VoiLut &lut = pixel.voiLuts[i];
        if (lut.data.empty())
            continue;
        WindowPreset p;
        p.id = QStringLiteral("file.lut.%1").arg(i);
        p.name = lut.explanation.trimmed().isEmpty() ? QCoreApplication::translate("strata::imaging", "VOI LUT %1").arg(i + 1) : lut.explanation.trimmed();
        const double entries = double(lut.data.size());
        p.window.center = lut.firstMapped + entries / 2.0;
        p.window.width = std::max(1.0, entries);
        p.window.table = std::make_shared<const dicom::VoiLut>(lut);
        p.source = QCoreApplication::translate("strata::imaging", "VOI LUT Sequence in the file (%1 entries from %2, %3 bits)").arg(lut.data.size()).arg(lut.firstMapped).arg(lut.bits);
        out.push_back(p);
    }
    return out;
}

std::vector<WindowPreset> presetsFor(const QString &modality, const dicom::PixelDescription &pixel)
{
    std::vector<WindowPreset> out = presetsFromFile(pixel);
    if (modality.compare(QLatin1String("CT"), Qt::CaseInsensitive) == 0)
        out.insert(out.end(), ctPresets().begin(), ctPresets().end());
    return out;
}

std::optional<WindowLevel> openingWindow(const QString &modality, const dicom::PixelDescription &pixel)
{
    if (const auto stored = presetsFromFile(pixel); !stored.empty())
        return stored.front().window;
    if (modality == QLatin1String("CT"))
        return ctPreset(QStringLiteral("ct.abdomen"))->window;
    return std::nullopt;
}

AutoWindowOptions autoWindowOptions(const dicom::PixelDescription &pixel)
{
    AutoWindowOptions options;
    options.exclude = pixel.paddingRange();
    return options;
}

WindowLevel autoWindow(const float *values, std::size_t count, const QString &modality,
                       const AutoWindowOptions &options, WindowLevel fallback)
{
    if (!values || count == 0)
        return fallback;
    const std::size_t stride = std::max<std::size_t>(1, count / std::max<std::size_t>(1, options.maxSamples));
    const bool isCt = modality.compare(QLatin1String("CT"), Qt::CaseInsensitive) == 0;

    const auto excluded = [&options](float v) { return dicom::isPadding(v, options.exclude); };
    float lo = std::numeric_limits<float>::infinity(), hi = -lo;
    for (std::size_t i = 0; i < count; i += stride) {
        const float v = values[i];
        if (std::isfinite(v) && !excluded(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (!(lo <= hi))
        return fallback;
    // What counts: above ignoreBelow; by default above air for CT, above the minimum otherwise.
    double floor = options.ignoreBelow ? *options.ignoreBelow : (isCt ? -900.0 : double(lo));
    const bool strict = !options.ignoreBelow && !isCt;  // "above the minimum" excludes the minimum itself
    std::vector<float> kept;
    kept.reserve(std::min(count / stride + 1, options.maxSamples + 1));
    for (std::size_t i = 0; i < count; i += stride) {
        const float v = values[i];
        if (!std::isfinite(v) || excluded(v))
            continue;
        if (strict ? double(v) > floor : double(v) >= floor)
            kept.push_back(v);
    }
    if (kept.empty())
        return fallback;
    auto pick = [&](double percentile) {
        const double p = std::clamp(percentile, 0.0, 100.0) / 100.0;
        const std::size_t idx = std::min(kept.size() - 1, std::size_t(std::llround(p * double(kept.size() - 1))));
        std::nth_element(kept.begin(), kept.begin() + std::ptrdiff_t(idx), kept.end());
        return double(kept[idx]);
    };
    const double low = pick(options.lowPercentile);
    const double high = pick(options.highPercentile);
    WindowLevel w;
    w.function = VoiFunction::Linear;
    // LINEAR maps [c − 0.5 − (w−1)/2, c − 0.5 + (w−1)/2] onto the ramp: choose c, w so that is [low, high].
    w.width = std::max(1.0, high - low + 1.0);
    w.center = (low + high) / 2.0 + 0.5;
    return w;
}

WindowLevel autoWindow(const dicom::Volume &volume, const QString &modality, const AutoWindowOptions &options,
                       WindowLevel fallback)
{
    return autoWindow(volume.voxels.data(), volume.voxels.size(), modality, options, fallback);
}

double voiFunction(double x, const WindowLevel &window, double yMin, double yMax)
{
    const double c = window.center;
    const double w = window.width;
    switch (window.function) {
    case VoiFunction::Linear: {
        // PS3.3 C.11.2.1.2.1
        if (x <= c - 0.5 - (w - 1.0) / 2.0)
            return yMin;
        if (x > c - 0.5 + (w - 1.0) / 2.0)
            return yMax;
        return ((x - (c - 0.5)) / (w - 1.0) + 0.5) * (yMax - yMin) + yMin;
    }
    case VoiFunction::LinearExact: {
        // PS3.3 C.11.2.1.3.2
        if (x <= c - w / 2.0)
            return yMin;
        if (x > c + w / 2.0)
            return yMax;
        return ((x - c) / w + 0.5) * (yMax - yMin) + yMin;
    }
    case VoiFunction::Sigmoid:
        // PS3.3 C.11.2.1.3.1
        return (yMax - yMin) / (1.0 + std::exp(-4.0 * (x - c) / w)) + yMin;
    }
    return yMin;
}

namespace {

/// The 8-bit display value of each entry of a VOI LUT: its output range [0, 2^bits − 1] onto 0..255.
std::vector<std::uint8_t> tableLevels(const dicom::VoiLut &lut, bool inverted)
{
    std::vector<std::uint8_t> levels(lut.data.size());
    const double top = double((1u << lut.bits) - 1);
    for (std::size_t i = 0; i < lut.data.size(); ++i) {
        const auto v = std::uint8_t(std::clamp(std::round(double(lut.data[i]) * 255.0 / top), 0.0, 255.0));
        levels[i] = inverted ? std::uint8_t(255 - v) : v;
    }
    return levels;
}

/// The entry of a VOI LUT an input value falls on (below the first: the first; above the last: the last).
std::size_t tableIndex(double x, const dicom::VoiLut &lut)
{
    const double i = std::round(x) - lut.firstMapped;
    if (!(i > 0))
        return 0;
    return std::min(lut.data.size() - 1, std::size_t(i));
}

} // namespace

std::uint8_t displayValue(double x, const WindowLevel &window)
{
    if (window.table && !window.table->data.empty()) {
        const dicom::VoiLut &lut = *window.table;
        const double top = double((1u << lut.bits) - 1);
        const auto v = std::uint8_t(std::clamp(std::round(double(lut.data[tableIndex(x, lut)]) * 255.0 / top), 0.0, 255.0));
        return window.inverted ? std::uint8_t(255 - v) : v;
    }
    const double y = std::clamp(std::round(voiFunction(x, window)), 0.0, 255.0);
    const auto v = std::uint8_t(y);
    return window.inverted ? std::uint8_t(255 - v) : v;
}

void applyWindow(const float *values, std::size_t count, const WindowLevel &window, std::uint8_t *out)
{
    if (window.table && !window.table->data.empty()) {
        const std::vector<std::uint8_t> levels = tableLevels(*window.table, window.inverted);
        for (std::size_t i = 0; i < count; ++i)
            out[i] = levels[tableIndex(values[i], *window.table)];
        return;
    }
    const double c = window.center;
    const double w = window.width;
    if (window.function == VoiFunction::Sigmoid) {
        // A 4096-entry table over [c − 1.6 w, c + 1.6 w] gives a level within one of the truth;
        // the exact level boundaries (where the curve crosses L + 0.5) then correct it, so the
        // result equals displayValue() without an exp() per pixel.
        const WindowLevel plain{c, w, VoiFunction::Sigmoid, false};
        std::array<std::uint8_t, kSigmoidTable> table;
        const double lo = c - kSigmoidSpan * w;
        const double step = 2.0 * kSigmoidSpan * w / (kSigmoidTable - 1);
        for (int i = 0; i < kSigmoidTable; ++i)
            table[std::size_t(i)] = displayValue(lo + i * step, plain);
        std::array<double, 255> boundary;  // level ≥ L + 1 from x ≥ boundary[L]
        for (int level = 0; level < 255; ++level)
            boundary[std::size_t(level)] = c - w / 4.0 * std::log(255.0 / (level + 0.5) - 1.0);
        const double scale = 1.0 / step;
        for (std::size_t i = 0; i < count; ++i) {
            const double x = values[i];
            const double t = (x - lo) * scale + 0.5;
            int v = table[!(t >= 0.0) ? 0 : t >= kSigmoidTable ? kSigmoidTable - 1 : std::size_t(t)];
            while (v < 255 && x >= boundary[std::size_t(v)])
                ++v;
            while (v > 0 && x < boundary[std::size_t(v - 1)])
                --v;
            out[i] = std::uint8_t(window.inverted ? 255 - v : v);
        }
        return;
    }
    // LINEAR / LINEAR_EXACT: the ramp y = a·x + b clamped to [0, 255] equals the piecewise function
    // (it is continuous at both ends), so no table is needed and the result is exact.
    double a = 0, b = 0;
    if (window.function == VoiFunction::Linear) {
        if (w <= 1.0) {
            // w = 1: a step at c − 0.5 (the ramp is never reached).
            const float edge = float(c - 0.5);
            const std::uint8_t low = window.inverted ? 255 : 0, high = window.inverted ? 0 : 255;
            for (std::size_t i = 0; i < count; ++i)
                out[i] = values[i] <= edge ? low : high;
            return;
        }
        a = 255.0 / (w - 1.0);
        b = (0.5 - (c - 0.5) / (w - 1.0)) * 255.0;
    } else {
        a = 255.0 / w;
        b = (0.5 - c / w) * 255.0;
    }
    if (window.inverted) {
        a = -a;
        b = 255.0 - b;
    }
    // + 0.5 and truncation = round half up; clamping in float before the conversion.
    const float af = float(a), bf = float(b + 0.5);
    for (std::size_t i = 0; i < count; ++i) {
        const float y = std::max(0.0f, std::min(values[i] * af + bf, 255.5f));  // NaN → 0
        out[i] = std::uint8_t(int(y));
    }
}

Image8 windowImage(const float *values, int width, int height, const WindowLevel &window)
{
    Image8 image;
    if (width <= 0 || height <= 0 || !values)
        return image;
    image.width = width;
    image.height = height;
    image.pixels.resize(std::size_t(width) * std::size_t(height));
    applyWindow(values, image.pixels.size(), window, image.pixels.data());
    return image;
}

} // namespace strata::imaging
