#include <strata/measure/Measurement.h>

#include <strata/imaging/CurvedReformat.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLineF>

#include <algorithm>
#include <array>
#include <cmath>

namespace strata::measure {

namespace {

struct KindInfo {
    MeasurementKind kind;
    const char *name;
    int points;
    int minimum;
};
constexpr std::array<KindInfo, 11> kKinds{{
    {MeasurementKind::Length, "length", 2, 2},
    {MeasurementKind::Angle, "angle", 3, 3},
    {MeasurementKind::CobbAngle, "cobb_angle", 4, 4},
    {MeasurementKind::Ellipse, "ellipse", 3, 3},
    {MeasurementKind::Polygon, "polygon", 0, 3},
    {MeasurementKind::Freehand, "freehand", 0, 3},
    {MeasurementKind::Probe, "probe", 1, 1},
    {MeasurementKind::Arrow, "arrow", 2, 2},
    {MeasurementKind::Text, "text", 1, 1},
    {MeasurementKind::Lesion, "lesion", 1, 1},
    {MeasurementKind::CurvedPath, "curved_path", 0, 2},
}};

QJsonArray vec(const Vec3 &v) { return QJsonArray{v[0], v[1], v[2]}; }
Vec3 vecOf(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    return {a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble()};
}

QString tr(const char *text) { return QCoreApplication::translate("strata::measure", text); }

QString calibrationName(CalibrationSource s)
{
    switch (s) {
    case CalibrationSource::Patient: return QStringLiteral("patient");
    case CalibrationSource::Detector: return QStringLiteral("detector");
    case CalibrationSource::Ultrasound: return QStringLiteral("ultrasound");
    case CalibrationSource::Uncalibrated: return QStringLiteral("none");
    case CalibrationSource::Magnification: return QStringLiteral("magnification");
    case CalibrationSource::Fiducial: return QStringLiteral("fiducial");
    }
    return QStringLiteral("none");
}

CalibrationSource calibrationFromName(const QString &name)
{
    if (name == QLatin1String("patient"))
        return CalibrationSource::Patient;
    if (name == QLatin1String("detector"))
        return CalibrationSource::Detector;
    if (name == QLatin1String("ultrasound"))
        return CalibrationSource::Ultrasound;
    if (name == QLatin1String("magnification"))
        return CalibrationSource::Magnification;
    if (name == QLatin1String("fiducial"))
        return CalibrationSource::Fiducial;
    return CalibrationSource::Uncalibrated;
}

QJsonObject calibrationJson(const Calibration &c)
{
    QJsonObject o{{QStringLiteral("source"), calibrationName(c.source)},
                  {QStringLiteral("spacing"), QJsonArray{c.spacing[0], c.spacing[1]}}};
    if (c.magnification > 0)
        o[QStringLiteral("magnification")] = c.magnification;
    return o;
}

} // namespace

QString kindName(MeasurementKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<MeasurementKind> kindFromName(const QString &name)
{
    for (const KindInfo &k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

int pointsNeeded(MeasurementKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return k.points;
    return 0;
}

int minimumPoints(MeasurementKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return k.minimum;
    return 1;
}

std::optional<double> Measurement::value(const QString &name) const
{
    for (const Quantity &q : values)
        if (q.name == name)
            return q.value;
    return std::nullopt;
}

std::array<QPointF, 2> arrowBarbs(QPointF tip, QPointF tail, double length)
{
    const QLineF shaft(tip, tail);
    std::array<QPointF, 2> barbs;
    for (int i = 0; i < 2; ++i)
        barbs[std::size_t(i)] = tip + QLineF::fromPolar(length, shaft.angle() + (i == 0 ? 25.0 : -25.0)).p2();
    return barbs;
}

std::optional<std::array<Vec3, 4>> ellipseAxisEnds(const Measurement &m)
{
    if (m.points.size() < 3)
        return std::nullopt;
    const Vec3 c = m.points[0], a = m.points[1];
    const Vec3 u = imaging::difference(a, c);
    const double ua = std::sqrt(imaging::dot(u, u));
    if (!(ua > 0))
        return std::nullopt;
    const Vec3 ub{u[0] / ua, u[1] / ua, u[2] / ua};
    const Vec3 v = imaging::cross(m.plane.geometry.normal(), ub);
    const double b = std::abs(imaging::dot(imaging::difference(m.points[2], c), v));
    return std::array<Vec3, 4>{a, Vec3{2 * c[0] - a[0], 2 * c[1] - a[1], 2 * c[2] - a[2]}, Vec3{c[0] + b * v[0], c[1] + b * v[1], c[2] + b * v[2]},
                               Vec3{c[0] - b * v[0], c[1] - b * v[1], c[2] - b * v[2]}};
}

std::vector<Quantity> evaluateGeometry(const Measurement &m)
{
    const ImagePlane &plane = m.plane;
    const QString unit = plane.calibration.lengthUnit();
    const auto &p = m.points;
    if (p.size() < std::size_t(minimumPoints(m.kind)))
        return {};
    switch (m.kind) {
    case MeasurementKind::Length:
        return {{QStringLiteral("length"), length(plane, p[0], p[1]), unit}};
    case MeasurementKind::Angle:
        return {{QStringLiteral("angle"), angleDegrees(plane, p[0], p[1], p[2]), QStringLiteral("deg")}};
    case MeasurementKind::CobbAngle:
        return {{QStringLiteral("cobb_angle"), cobbAngleDegrees(plane, p[0], p[1], p[2], p[3]), QStringLiteral("deg")}};
    case MeasurementKind::Ellipse:
    case MeasurementKind::Polygon:
    case MeasurementKind::Freehand: {
        const Roi roi{m.kind == MeasurementKind::Ellipse ? RoiShape::Ellipse : RoiShape::Polygon, p};
        return {{QStringLiteral("area"), roiArea(plane, roi), plane.calibration.areaUnit()}};
    }
    case MeasurementKind::CurvedPath:   // along the smooth curve, in the volume's millimetres
        return {{QStringLiteral("length"), imaging::curveLength(p), QStringLiteral("mm")}};
    case MeasurementKind::Probe:
    case MeasurementKind::Text:
    case MeasurementKind::Arrow:
    case MeasurementKind::Lesion:
        return {};
    }
    return {};
}

std::vector<Quantity> evaluatePixels(const Measurement &m, const imaging::SliceImage &image)
{
    std::vector<Quantity> values = evaluateGeometry(m);
    const QString valueUnit = m.plane.valueUnit();
    if (m.kind == MeasurementKind::Ellipse || m.kind == MeasurementKind::Polygon || m.kind == MeasurementKind::Freehand) {
        const Roi roi{m.kind == MeasurementKind::Ellipse ? RoiShape::Ellipse : RoiShape::Polygon, m.points};
        const RoiStatistics s = roiStatistics(m.plane, image, roi);
        values.push_back({QStringLiteral("pixel_count"), double(s.pixelCount), QString()});
        if (s.excludedCount > 0)   // padding (outside the field of view) inside the region
            values.push_back({QStringLiteral("excluded_pixel_count"), double(s.excludedCount), QString()});
        if (s.pixelCount > 0) {
            values.push_back({QStringLiteral("mean"), s.mean, valueUnit});
            values.push_back({QStringLiteral("sd"), s.standardDeviation, valueUnit});
            values.push_back({QStringLiteral("min"), s.min, valueUnit});
            values.push_back({QStringLiteral("max"), s.max, valueUnit});
        }
    } else if (m.kind == MeasurementKind::Probe && !m.points.empty()) {
        const ProbeValue v = probe(image, m.points[0]);
        if (v.inside)
            values.push_back({QStringLiteral("value"), v.value, valueUnit});
    }
    return values;
}

bool LesionBox::contains(const Vec3 &point) const
{
    const Vec3 d = imaging::difference(point, centre);
    for (std::size_t a = 0; a < 3; ++a)
        if (std::abs(imaging::dot(d, axes[a])) > halfSize[a] + 1e-9)
            return false;
    return true;
}

LesionBox LesionBox::ofRectangle(const Vec3 &a, const Vec3 &b, const Vec3 &row, const Vec3 &column)
{
    LesionBox box;
    box.centre = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2};
    const Vec3 r = imaging::normalized(row), c = imaging::normalized(column);
    box.axes = {r, c, imaging::normalized(imaging::cross(r, c))};
    const Vec3 d = imaging::difference(b, a);
    const double w = std::abs(imaging::dot(d, r)) / 2, h = std::abs(imaging::dot(d, c)) / 2;
    box.halfSize = {w, h, std::max(w, h)};
    return box;
}

QJsonObject toJson(const Measurement &m)
{
    QJsonArray points;
    for (const Vec3 &p : m.points)
        points.append(vec(p));
    QJsonArray values;
    for (const Quantity &q : m.values)
        values.append(QJsonObject{{QStringLiteral("name"), q.name}, {QStringLiteral("value"), q.value},
                                  {QStringLiteral("unit"), q.unit}});
    const imaging::SliceGeometry &g = m.plane.geometry;
    QJsonObject json{
        {QStringLiteral("uid"), m.uid},
        {QStringLiteral("kind"), kindName(m.kind)},
        {QStringLiteral("points"), points},
        {QStringLiteral("text"), m.text},
        {QStringLiteral("study"), m.image.studyInstanceUid},
        {QStringLiteral("series"), m.image.seriesInstanceUid},
        {QStringLiteral("sop_instance"), m.image.sopInstanceUid},
        {QStringLiteral("sop_class"), m.image.sopClassUid},
        {QStringLiteral("frame"), m.image.frame},
        {QStringLiteral("plane"), QJsonObject{
             {QStringLiteral("width"), g.width}, {QStringLiteral("height"), g.height},
             {QStringLiteral("origin"), vec(g.origin)}, {QStringLiteral("row"), vec(g.row)},
             {QStringLiteral("column"), vec(g.column)},
             {QStringLiteral("spacing"), QJsonArray{g.spacing[0], g.spacing[1]}},
             {QStringLiteral("thickness"), g.thickness}}},
        {QStringLiteral("calibration"), calibrationJson(m.plane.calibration)},
        {QStringLiteral("modality"), m.plane.modality},
        {QStringLiteral("author"), m.author},
        {QStringLiteral("created"), m.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("modified"), m.modified.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("values"), values},
    };
    if (!m.finding[0].isEmpty())
        json.insert(QStringLiteral("finding"), QJsonArray{m.finding[0], m.finding[1], m.finding[2]});
    if (m.box)
        json.insert(QStringLiteral("box"), QJsonObject{{QStringLiteral("centre"), vec(m.box->centre)},
                                                      {QStringLiteral("axes"), QJsonArray{vec(m.box->axes[0]), vec(m.box->axes[1]), vec(m.box->axes[2])}},
                                                      {QStringLiteral("half_size"), vec(m.box->halfSize)}});
    return json;
}

Result<Measurement> measurementFromJson(const QJsonObject &json)
{
    Measurement m;
    m.uid = json.value(QStringLiteral("uid")).toString();
    const auto kind = kindFromName(json.value(QStringLiteral("kind")).toString());
    if (!kind || m.uid.isEmpty())
        return Error(ErrorCode::Malformed, m.uid, QStringLiteral("a measurement without a known kind or a uid"));
    m.kind = *kind;
    for (const QJsonValue &p : json.value(QStringLiteral("points")).toArray())
        m.points.push_back(vecOf(p));
    m.text = json.value(QStringLiteral("text")).toString();
    const QJsonArray finding = json.value(QStringLiteral("finding")).toArray();
    if (finding.size() == 3)
        m.finding = {finding[0].toString(), finding[1].toString(), finding[2].toString()};
    if (const QJsonObject box = json.value(QStringLiteral("box")).toObject(); !box.isEmpty()) {
        LesionBox b;
        b.centre = vecOf(box.value(QStringLiteral("centre")));
        const QJsonArray axes = box.value(QStringLiteral("axes")).toArray();
        for (int a = 0; a < 3 && a < axes.size(); ++a)
            b.axes[std::size_t(a)] = vecOf(axes[a]);
        b.halfSize = vecOf(box.value(QStringLiteral("half_size")));
        if (b.halfSize[0] > 0 && b.halfSize[1] > 0 && b.halfSize[2] > 0)
            m.box = b;
    }
    m.image.studyInstanceUid = json.value(QStringLiteral("study")).toString();
    m.image.seriesInstanceUid = json.value(QStringLiteral("series")).toString();
    m.image.sopInstanceUid = json.value(QStringLiteral("sop_instance")).toString();
    m.image.sopClassUid = json.value(QStringLiteral("sop_class")).toString();
    m.image.frame = json.value(QStringLiteral("frame")).toInt();
    const QJsonObject plane = json.value(QStringLiteral("plane")).toObject();
    imaging::SliceGeometry &g = m.plane.geometry;
    g.width = plane.value(QStringLiteral("width")).toInt();
    g.height = plane.value(QStringLiteral("height")).toInt();
    g.origin = vecOf(plane.value(QStringLiteral("origin")));
    g.row = vecOf(plane.value(QStringLiteral("row")));
    g.column = vecOf(plane.value(QStringLiteral("column")));
    const QJsonArray spacing = plane.value(QStringLiteral("spacing")).toArray();
    g.spacing = {spacing.at(0).toDouble(1), spacing.at(1).toDouble(1)};
    g.thickness = plane.value(QStringLiteral("thickness")).toDouble();
    const QJsonObject cal = json.value(QStringLiteral("calibration")).toObject();
    m.plane.calibration.source = calibrationFromName(cal.value(QStringLiteral("source")).toString());
    const QJsonArray cs = cal.value(QStringLiteral("spacing")).toArray();
    m.plane.calibration.spacing = {cs.at(0).toDouble(1), cs.at(1).toDouble(1)};
    m.plane.calibration.magnification = cal.value(QStringLiteral("magnification")).toDouble(0);
    m.plane.modality = json.value(QStringLiteral("modality")).toString();
    m.author = json.value(QStringLiteral("author")).toString();
    m.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    m.modified = QDateTime::fromString(json.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : json.value(QStringLiteral("values")).toArray()) {
        const QJsonObject q = v.toObject();
        m.values.push_back({q.value(QStringLiteral("name")).toString(), q.value(QStringLiteral("value")).toDouble(),
                            q.value(QStringLiteral("unit")).toString()});
    }
    return m;
}

void addSuvValues(Measurement &m, const PetScale &scale)
{
    const double suvPerValue = scale.suvPerValue;
    const QString &valueUnit = scale.valueUnit;
    if (!(suvPerValue > 0))
        return;
    m.values.erase(std::remove_if(m.values.begin(), m.values.end(),
                                  [](const Quantity &q) { return q.unit == QLatin1String("SUVbw") || q.unit == QLatin1String("SUL"); }),
                   m.values.end());
    std::vector<Quantity> suv, sul;   // SUL where the lean body mass is known: the same quantities by it
    for (Quantity &q : m.values) {
        const bool intensity = q.name == QLatin1String("value") || q.name == QLatin1String("mean") || q.name == QLatin1String("sd")
                               || q.name == QLatin1String("min") || q.name == QLatin1String("max") || q.name == QLatin1String("peak");
        if (!intensity)
            continue;
        if (!valueUnit.isEmpty())
            q.unit = valueUnit;
        if (q.name != QLatin1String("value") && q.name != QLatin1String("mean") && q.name != QLatin1String("max")
            && q.name != QLatin1String("peak"))
            continue;
        const QString suffix = q.name == QLatin1String("value") ? QString() : QLatin1Char('_') + q.name;
        suv.push_back({QStringLiteral("suv") + suffix, q.value * suvPerValue, QStringLiteral("SUVbw")});
        if (scale.sulPerValue > 0)
            sul.push_back({QStringLiteral("sul") + suffix, q.value * scale.sulPerValue, QStringLiteral("SUL")});
    }
    suv.insert(suv.end(), sul.begin(), sul.end());
    // A lesion's total lesion glycolysis: its metabolic volume (mL) × SUVmean (g).
    const auto volume = m.value(QStringLiteral("volume"));
    const auto mean = std::find_if(suv.begin(), suv.end(), [](const Quantity &q) { return q.name == QLatin1String("suv_mean"); });
    if (m.kind == MeasurementKind::Lesion && volume && mean != suv.end())
        suv.push_back({QStringLiteral("tlg"), *volume * mean->value, QStringLiteral("SUVbw")});
    m.values.insert(m.values.end(), suv.begin(), suv.end());
}

QString displayText(const Measurement &m)
{
    auto fmt = [](double v) { return QString::number(v, 'f', 1); };
    const auto unitOf = [&](const QString &name) {
        for (const Quantity &q : m.values)
            if (q.name == name)
                return q.unit;
        return QString();
    };
    QString text;
    switch (m.kind) {
    case MeasurementKind::Length:
        if (auto v = m.value(QStringLiteral("length")))
            text = fmt(*v) + QLatin1Char(' ') + unitOf(QStringLiteral("length"));
        break;
    case MeasurementKind::Angle:
    case MeasurementKind::CobbAngle:
        if (auto v = m.value(kindName(m.kind)))
            text = fmt(*v) + QStringLiteral("°");
        break;
    case MeasurementKind::Ellipse:
    case MeasurementKind::Polygon:
    case MeasurementKind::Freehand:
        if (auto a = m.value(QStringLiteral("area")))
            text = tr("A %1 %2").arg(fmt(*a), unitOf(QStringLiteral("area")));
        if (auto mean = m.value(QStringLiteral("mean")))
            text += QStringLiteral(" · %1 ± %2 %3").arg(fmt(*mean), fmt(m.value(QStringLiteral("sd")).value_or(0)),
                                                         unitOf(QStringLiteral("mean")));
        if (auto excluded = m.value(QStringLiteral("excluded_pixel_count")))
            text += tr(" · %1 px outside the image left out").arg(*excluded, 0, 'f', 0);
        if (auto suvMax = m.value(QStringLiteral("suv_max")))   // PET: what the reader compares
            text += tr(" · SUVmax %1 · SUVmean %2").arg(QString::number(*suvMax, 'f', 2),
                                                          QString::number(m.value(QStringLiteral("suv_mean")).value_or(0), 'f', 2));
        text = text.trimmed();
        break;
    case MeasurementKind::Probe:
        if (auto v = m.value(QStringLiteral("value")))
            text = (fmt(*v) + QLatin1Char(' ') + unitOf(QStringLiteral("value"))).trimmed();
        else if (m.value(QStringLiteral("padding")))
            text = tr("outside the image (padding)");
        if (auto suv = m.value(QStringLiteral("suv")))
            text = tr("SUVbw %1 · %2").arg(QString::number(*suv, 'f', 2), text);
        // The series fused over the image (a PET over its CT), at the same point.
        if (auto fusedSuv = m.value(QStringLiteral("fused_suv")))
            text += tr(" · fused SUVbw %1").arg(QString::number(*fusedSuv, 'f', 2));
        else if (auto fused = m.value(QStringLiteral("fused_value")))
            text += tr(" · fused %1").arg(fmt(*fused));
        if (!m.points.empty())
            text += QStringLiteral(" (%1, %2, %3)").arg(fmt(m.points[0][0]), fmt(m.points[0][1]), fmt(m.points[0][2]));
        break;
    case MeasurementKind::Lesion:
        if (auto v = m.value(QStringLiteral("volume")))
            text = tr("%1 mL").arg(QString::number(*v, 'f', 2));
        if (auto l = m.value(QStringLiteral("long_axis")))
            text += tr(" · %1 × %2 mm").arg(fmt(*l), fmt(m.value(QStringLiteral("short_axis")).value_or(0)));
        break;
    case MeasurementKind::CurvedPath:
        if (auto v = m.value(QStringLiteral("length")))
            text = tr("%1 mm along the path").arg(fmt(*v));
        break;
    case MeasurementKind::Arrow:
    case MeasurementKind::Text:
        text = m.text;
        break;
    }
    const QString note = m.kind == MeasurementKind::Length || m.kind == MeasurementKind::Ellipse
                                 || m.kind == MeasurementKind::Polygon || m.kind == MeasurementKind::Freehand
                             ? m.plane.calibration.note()
                             : QString();
    if (!note.isEmpty())
        text += QStringLiteral(" (") + note + QLatin1Char(')');
    return text;
}

} // namespace strata::measure
