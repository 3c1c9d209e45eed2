#include <strata/render3d/VolumePreset.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

static void initRender3dResources()
{
    Q_INIT_RESOURCE(render3d);
}

namespace strata::render3d {

QString blendModeName(BlendMode mode)
{
    switch (mode) {
    case BlendMode::Composite: return QStringLiteral("composite");
    case BlendMode::Maximum: return QStringLiteral("mip");
    case BlendMode::Minimum: return QStringLiteral("minip");
    case BlendMode::Average: return QStringLiteral("average");
    }
    return {};
}

bool blendModeFromName(const QString &name, BlendMode *mode)
{
    for (BlendMode m : {BlendMode::Composite, BlendMode::Maximum, BlendMode::Minimum, BlendMode::Average}) {
        if (blendModeName(m) == name) {
            *mode = m;
            return true;
        }
    }
    return false;
}

VolumePreset VolumePreset::resolved(double low, double high) const
{
    VolumePreset out = *this;
    if (!relative)
        return out;
    const double span = high > low ? high - low : 1.0;
    for (ColorPoint &p : out.colors)
        p.value = low + p.value * span;
    for (OpacityPoint &p : out.opacity)
        p.value = low + p.value * span;
    out.relative = false;
    return out;
}

Result<std::vector<VolumePreset>> parsePresets(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error(ErrorCode::Malformed, source, QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    const QJsonArray list = doc.object().value(QLatin1String("presets")).toArray();
    if (list.isEmpty())
        return Error(ErrorCode::Malformed, source, QStringLiteral("no \"presets\" array"));
    std::vector<VolumePreset> presets;
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        VolumePreset p;
        p.name = o.value(QLatin1String("name")).toString();
        if (p.name.isEmpty())
            return Error(ErrorCode::Malformed, source, QStringLiteral("a preset has no name"));
        p.label = o.value(QLatin1String("label")).toString(p.name);
        const QString blend = o.value(QLatin1String("blend")).toString(QStringLiteral("composite"));
        if (!blendModeFromName(blend, &p.blend))
            return Error(ErrorCode::Malformed, source,
                         QStringLiteral("preset %1: unknown blend \"%2\" (composite, mip, minip or average)").arg(p.name, blend));
        p.shade = o.value(QLatin1String("shade")).toBool(false);
        p.relative = o.value(QLatin1String("relative")).toBool(false);
        p.ambient = o.value(QLatin1String("ambient")).toDouble(p.ambient);
        p.diffuse = o.value(QLatin1String("diffuse")).toDouble(p.diffuse);
        p.specular = o.value(QLatin1String("specular")).toDouble(p.specular);
        p.specularPower = o.value(QLatin1String("specularPower")).toDouble(p.specularPower);
        for (const QJsonValue &c : o.value(QLatin1String("colors")).toArray()) {
            const QJsonArray a = c.toArray();
            if (a.size() != 4)
                return Error(ErrorCode::Malformed, source, QStringLiteral("preset %1: a colour point is not [value, r, g, b]").arg(p.name));
            p.colors.push_back({a[0].toDouble(), a[1].toDouble(), a[2].toDouble(), a[3].toDouble()});
        }
        for (const QJsonValue &c : o.value(QLatin1String("opacity")).toArray()) {
            const QJsonArray a = c.toArray();
            if (a.size() != 2)
                return Error(ErrorCode::Malformed, source, QStringLiteral("preset %1: an opacity point is not [value, alpha]").arg(p.name));
            p.opacity.push_back({a[0].toDouble(), a[1].toDouble()});
        }
        if (p.colors.empty() || p.opacity.empty())
            return Error(ErrorCode::Malformed, source, QStringLiteral("preset %1 needs colour and opacity points").arg(p.name));
        std::sort(p.colors.begin(), p.colors.end(), [](const ColorPoint &a, const ColorPoint &b) { return a.value < b.value; });
        std::sort(p.opacity.begin(), p.opacity.end(), [](const OpacityPoint &a, const OpacityPoint &b) { return a.value < b.value; });
        presets.push_back(std::move(p));
    }
    return presets;
}

const std::vector<VolumePreset> &builtinPresets()
{
    static const std::vector<VolumePreset> presets = [] {
        initRender3dResources();
        QFile file(QStringLiteral(":/strata/presets/volume3d.json"));
        if (!file.open(QIODevice::ReadOnly))
            return std::vector<VolumePreset>{};
        auto parsed = parsePresets(file.readAll(), file.fileName());
        return parsed.ok() ? std::move(parsed).value() : std::vector<VolumePreset>{};
    }();
    return presets;
}

const VolumePreset *findPreset(const QString &name)
{
    for (const VolumePreset &p : builtinPresets()) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

} // namespace strata::render3d

#include <strata/dicom/Volume.h>

namespace strata::render3d {

Histogram histogram(const dicom::Volume &volume, int bins)
{
    Histogram h;
    if (volume.voxels.empty() || bins < 1)
        return h;
    const auto [low, high] = std::minmax_element(volume.voxels.begin(), volume.voxels.end());
    h.low = *low;
    h.high = *high;
    h.counts.assign(std::size_t(bins), 0);
    const double scale = h.high > h.low ? bins / (h.high - h.low) : 0;
    for (float v : volume.voxels) {
        const int b = std::min(bins - 1, int((v - h.low) * scale));
        ++h.counts[std::size_t(b)];
    }
    return h;
}

} // namespace strata::render3d
