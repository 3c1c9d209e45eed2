// The marks a structured report leaves on its images: every SCOORD selected from an image, named by
// the finding it belongs to, as CAD reports (TID 4000, 4100) and readers' reports carry them.
#include <strata/measure/ReportMarks.h>

#include "StructuredReports.h"

#include <strata/dicom/Charset.h>

#include <dcmtk/dcmdata/dcdeftag.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>

namespace strata::measure {

namespace {

/// One content item as the marks need it, with its place in the tree.
struct Item {
    size_t parent = 0;
    DSRTypes::E_ValueType type = DSRTypes::VT_invalid;
    DSRTypes::E_RelationshipType relationship = DSRTypes::RT_invalid;
    QString nameValue, nameScheme, name;     ///< concept name: code value, scheme, meaning
    QString codeValue, codeScheme, code;     ///< a CODE item's value
    QString text;                            ///< TEXT, or a NUM's value with its unit
    size_t referenced = 0;                   ///< a by-reference relationship's target
    std::vector<size_t> children;
    // A SCOORD's shape and points; a SCOORD3D's, and its frame of reference; an IMAGE's instance and frames.
    DSRTypes::E_GraphicType graphicType = DSRTypes::GT_invalid;
    std::vector<QPointF> points;
    DSRTypes::E_GraphicType3D graphicType3d = DSRTypes::GT3_invalid;
    std::vector<std::array<double, 3>> points3d;
    QString frameOfReferenceUid;
    QString sopInstanceUid;
    std::vector<int> frames;
};

bool isCode(const Item &item, const char *value, const char *scheme = "DCM")
{
    return item.nameValue == QLatin1String(value) && item.nameScheme == QLatin1String(scheme);
}

ReportMark::Symbol symbolFor(const QString &finding)
{
    const QString f = finding.toLower();
    if (f.contains(QLatin1String("calcif")))
        return ReportMark::Symbol::Calcification;
    for (const char *word : {"mass", "density", "distortion", "asymmetr", "nodule", "lesion"})
        if (f.contains(QLatin1String(word)))
            return ReportMark::Symbol::Mass;
    return ReportMark::Symbol::Marker;
}

/// The shape a SCOORD's points make, when they are enough for it.
std::vector<PresentationGraphic> graphicsOf(const Item &scoord)
{
    using Shape = PresentationGraphic::Shape;
    const auto &pts = scoord.points;
    for (const QPointF &q : pts)
        if (!std::isfinite(q.x()) || !std::isfinite(q.y()))
            return {};
    auto one = [&](Shape shape, std::vector<QPointF> points) {
        PresentationGraphic g;
        g.shape = shape;
        g.units = AnnotationUnits::Pixel;
        g.points = std::move(points);
        return std::vector<PresentationGraphic>{g};
    };
    switch (scoord.graphicType) {
    case DSRTypes::GT_Point:
        return pts.size() == 1 ? one(Shape::Point, pts) : std::vector<PresentationGraphic>{};
    case DSRTypes::GT_Multipoint: {
        std::vector<PresentationGraphic> out;
        for (const QPointF &q : pts)
            out.push_back(one(Shape::Point, {q}).front());
        return out;
    }
    case DSRTypes::GT_Polyline:
        return pts.size() >= 2 ? one(Shape::Polyline, pts) : std::vector<PresentationGraphic>{};
    case DSRTypes::GT_Circle:
        return pts.size() == 2 ? one(Shape::Circle, pts) : std::vector<PresentationGraphic>{};
    case DSRTypes::GT_Ellipse:
        return pts.size() == 4 ? one(Shape::Ellipse, pts) : std::vector<PresentationGraphic>{};
    default:
        return {};
    }
}

/// A SCOORD3D's shape: what its points make, when they are enough for it (an ellipsoid is not drawn).
std::optional<PresentationGraphic::Shape> shapeOf3d(const Item &scoord)
{
    using Shape = PresentationGraphic::Shape;
    const std::size_t n = scoord.points3d.size();
    for (const auto &p : scoord.points3d)
        if (!std::isfinite(p[0]) || !std::isfinite(p[1]) || !std::isfinite(p[2]))
            return std::nullopt;
    switch (scoord.graphicType3d) {
    case DSRTypes::GT3_Point:
        return n == 1 ? std::optional(Shape::Point) : std::nullopt;
    case DSRTypes::GT3_Multipoint:
        return n >= 1 ? std::optional(Shape::Point) : std::nullopt;
    case DSRTypes::GT3_Polyline:
    case DSRTypes::GT3_Polygon:
        return n >= 2 ? std::optional(Shape::Polyline) : std::nullopt;
    case DSRTypes::GT3_Ellipse:
        return n == 4 ? std::optional(Shape::Ellipse) : std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

QString ReportMarks::label() const
{
    const QString name = title.isEmpty() ? QStringLiteral("Structured report") : title;
    return algorithm.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, algorithm);
}

bool mayMarkImages(const QString &uid)
{
    static const QStringList classes = {
        QStringLiteral("1.2.840.10008.5.1.4.1.1.88.22"),  // Enhanced SR
        QStringLiteral("1.2.840.10008.5.1.4.1.1.88.33"),  // Comprehensive SR
        QStringLiteral("1.2.840.10008.5.1.4.1.1.88.34"),  // Comprehensive 3D SR
        QStringLiteral("1.2.840.10008.5.1.4.1.1.88.35"),  // Extensible SR
        QStringLiteral("1.2.840.10008.5.1.4.1.1.88.50"),  // Mammography CAD SR
        QStringLiteral("1.2.840.10008.5.1.4.1.1.88.65"),  // Chest CAD SR
        QStringLiteral("1.2.840.10008.5.1.4.1.1.88.69"),  // Colon CAD SR
    };
    return classes.contains(uid);
}

Result<ReportMarks> readReportMarks(const QString &path)
{
    auto report = detail::readStructuredReport(path);
    if (!report.ok())
        return report.error();
    DcmDataset &data = *report.value().first->getDataset();
    DSRDocument &doc = *report.value().second;
    OFString charsetValue;
    data.findAndGetOFStringArray(DCM_SpecificCharacterSet, charsetValue);
    const QByteArray charset(charsetValue.c_str());
    auto text = [&](const OFString &s) { return dicom::decodeText(QByteArray(s.c_str(), int(s.length())), charset).trimmed(); };

    ReportMarks out;
    out.path = path;
    auto attribute = [&](const DcmTagKey &key) {
        OFString v;
        data.findAndGetOFString(key, v);
        return QString::fromLatin1(v.c_str()).trimmed();
    };
    out.sopInstanceUid = attribute(DCM_SOPInstanceUID);
    out.sopClassUid = attribute(DCM_SOPClassUID);
    out.date = attribute(DCM_ContentDate);
    out.time = attribute(DCM_ContentTime);

    // The tree, flat: each item by its node ID, with its parent and children.
    QHash<size_t, Item> items;
    DSRDocumentTree &tree = doc.getTree();
    std::vector<size_t> atLevel;   // the last node seen on each level
    if (tree.gotoRoot() > 0) {
        do {
            const size_t id = tree.getNodeID();
            const size_t level = tree.getLevel();   // from 1
            if (level == 0)
                continue;
            atLevel.resize(level);
            atLevel[level - 1] = id;
            DSRContentItem &c = tree.getCurrentContentItem();
            Item item;
            item.parent = level > 1 ? atLevel[level - 2] : 0;
            item.type = c.getValueType();
            item.relationship = c.getRelationshipType();
            const DSRCodedEntryValue &name = c.getConceptName();
            item.nameValue = QString::fromLatin1(name.getCodeValue().c_str());
            item.nameScheme = QString::fromLatin1(name.getCodingSchemeDesignator().c_str());
            item.name = text(name.getCodeMeaning());
            switch (item.type) {
            case DSRTypes::VT_Code:
                item.codeValue = QString::fromLatin1(c.getCodeValue().getCodeValue().c_str());
                item.codeScheme = QString::fromLatin1(c.getCodeValue().getCodingSchemeDesignator().c_str());
                item.code = text(c.getCodeValue().getCodeMeaning());
                break;
            case DSRTypes::VT_Text:
                item.text = text(c.getStringValue());
                break;
            case DSRTypes::VT_Num:
                if (const DSRNumericMeasurementValue *num = c.getNumericValuePtr()) {
                    const QString unit = text(num->getMeasurementUnit().getCodeValue());
                    item.text = text(num->getNumericValue());
                    if (!unit.isEmpty() && unit != QLatin1String("1"))
                        item.text += QLatin1Char(' ') + unit;
                }
                break;
            case DSRTypes::VT_SCoord:
                if (DSRSpatialCoordinatesValue *sc = c.getSpatialCoordinatesPtr()) {
                    item.graphicType = sc->getGraphicType();
                    const DSRGraphicDataList &list = sc->getGraphicDataList();
                    for (size_t i = 1; i <= list.getNumberOfItems(); ++i)
                        item.points.emplace_back(list.getItem(i).Column, list.getItem(i).Row);
                }
                break;
            case DSRTypes::VT_SCoord3D:
                if (DSRSpatialCoordinates3DValue *sc = c.getSpatialCoordinates3DPtr()) {
                    item.graphicType3d = sc->getGraphicType();
                    item.frameOfReferenceUid = QString::fromLatin1(sc->getFrameOfReferenceUID().c_str()).trimmed();
                    const DSRGraphicData3DList &list = sc->getGraphicDataList();
                    for (size_t i = 1; i <= list.getNumberOfItems(); ++i)
                        item.points3d.push_back({list.getItem(i).XCoord, list.getItem(i).YCoord, list.getItem(i).ZCoord});
                }
                break;
            case DSRTypes::VT_Image:
                if (const DSRImageReferenceValue *ref = c.getImageReferencePtr()) {
                    item.sopInstanceUid = QString::fromLatin1(ref->getSOPInstanceUID().c_str()).trimmed();
                    const DSRImageFrameList &frames = ref->getFrameList();
                    for (size_t i = 1; i <= frames.getNumberOfItems(); ++i)
                        if (const Sint32 f = frames.getItem(i); f > 0)
                            item.frames.push_back(int(f));
                }
                break;
            case DSRTypes::VT_byReference:
                item.referenced = c.getReferencedNodeID();
                break;
            default:
                break;
            }
            if (item.parent != 0)
                items[item.parent].children.push_back(id);
            // items[id] may exist already only as a parent placeholder; keep its children.
            Item &slot = items[id];
            item.children = std::move(slot.children);
            slot = std::move(item);
        } while (tree.iterate() > 0);
    }

    // Read from here on without copying: an item by its ID (an empty one for none).
    const Item none;
    auto itemAt = [&](size_t id) -> const Item & {
        const auto it = items.constFind(id);
        return it == items.constEnd() ? none : *it;
    };
    // Tree order: the iteration above visits parents before children, and IDs grow as read.
    std::vector<size_t> ids(items.keyBegin(), items.keyEnd());
    std::sort(ids.begin(), ids.end());

    // The root: the document's title; a CAD's algorithm, the first the document names.
    if (!ids.empty()) {
        const Item &root = itemAt(ids.front());
        out.title = root.name;
        out.measurementReport = isCode(root, "126000");   // Imaging Measurement Report
    }
    QString algorithmName, algorithmVersion;
    for (size_t id : ids) {
        const Item &item = itemAt(id);
        if (item.type == DSRTypes::VT_Text && isCode(item, "111001") && algorithmName.isEmpty())
            algorithmName = item.text;
        else if (item.type == DSRTypes::VT_Text && isCode(item, "111003") && algorithmVersion.isEmpty())
            algorithmVersion = item.text;
    }
    out.algorithm = algorithmVersion.isEmpty() ? algorithmName : QStringLiteral("%1 %2").arg(algorithmName, algorithmVersion);

    // A finding's rendering intent (111056): the nearest one on the way up from the coordinate.
    enum class Intent { Required, Optional, NotForPresentation };
    auto intentOf = [&](size_t id) {
        for (size_t at = id; at != 0; at = itemAt(at).parent)
            for (size_t child : itemAt(at).children) {
                const Item &c = itemAt(child);
                if (c.type != DSRTypes::VT_Code || !isCode(c, "111056"))
                    continue;
                if (c.codeValue == QLatin1String("111152"))
                    return Intent::NotForPresentation;
                if (c.codeValue == QLatin1String("111151"))
                    return Intent::Optional;
                return Intent::Required;
            }
        return Intent::Required;
    };
    // Whether a coordinate is drawn: not where the report asks not to, or leaves it to the display
    // (counted apart).
    auto presented = [&](size_t id) {
        switch (intentOf(id)) {
        case Intent::NotForPresentation:
            ++out.notForPresentation;
            return false;
        case Intent::Optional:
            ++out.optional;
            return false;
        case Intent::Required:
            break;
        }
        return true;
    };
    // What the coordinate marks: the item it describes.
    auto findingOf = [&](const Item &scoord) {
        const Item &p = itemAt(scoord.parent);
        if (scoord.parent != 0) {
            if (p.type == DSRTypes::VT_Code && !p.code.isEmpty())
                return p.code;
            if (p.type == DSRTypes::VT_Num && !p.text.isEmpty())
                return p.name.isEmpty() ? p.text : QStringLiteral("%1 %2").arg(p.name, p.text);
            if (p.type == DSRTypes::VT_Text && !p.text.isEmpty())
                return p.text.left(80);
        }
        return scoord.name;
    };

    for (size_t id : ids) {
        const Item &scoord = itemAt(id);
        if (scoord.type == DSRTypes::VT_SCoord3D) {
            // A mark in the patient: drawn on whichever slice or plane it lies in.
            const auto shape = shapeOf3d(scoord);
            if (!shape)
                continue;
            if (!presented(id))
                continue;
            std::vector<std::vector<std::array<double, 3>>> parts;
            if (scoord.graphicType3d == DSRTypes::GT3_Multipoint)
                for (const auto &p : scoord.points3d)
                    parts.push_back({p});
            else
                parts.push_back(scoord.points3d);
            if (scoord.graphicType3d == DSRTypes::GT3_Polygon && parts.front().front() != parts.front().back())
                parts.front().push_back(parts.front().front());   // closed
            for (auto &points : parts) {
                ReportMark mark;
                mark.graphic.shape = *shape;
                mark.graphic.units = AnnotationUnits::Pixel;
                mark.patientPoints = std::move(points);
                mark.frameOfReferenceUid = scoord.frameOfReferenceUid;
                mark.finding = findingOf(scoord);
                mark.role = scoord.name;
                mark.symbol = symbolFor(mark.finding);
                mark.group = int(scoord.parent != 0 ? scoord.parent : id);
                out.marks.push_back(std::move(mark));
            }
            continue;
        }
        if (scoord.type != DSRTypes::VT_SCoord)
            continue;
        // The image it was selected from: its own IMAGE child, or one it references (a CAD's image library).
        const Item *image = nullptr;
        for (size_t child : scoord.children) {
            const Item &c = itemAt(child);
            if (c.relationship != DSRTypes::RT_selectedFrom)
                continue;
            const Item &target = c.type == DSRTypes::VT_byReference ? itemAt(c.referenced) : c;
            if (target.type == DSRTypes::VT_Image && !target.sopInstanceUid.isEmpty()) {
                image = &target;
                break;
            }
        }
        if (!image)
            continue;
        const std::vector<PresentationGraphic> graphics = graphicsOf(scoord);
        if (graphics.empty())
            continue;
        if (!presented(id))
            continue;
        for (const PresentationGraphic &g : graphics) {
            ReportMark mark;
            mark.sopInstanceUid = image->sopInstanceUid;
            mark.frames = image->frames;
            mark.graphic = g;
            mark.finding = findingOf(scoord);
            mark.role = scoord.name;
            mark.symbol = symbolFor(mark.finding);
            mark.group = int(scoord.parent != 0 ? scoord.parent : id);
            out.marks.push_back(std::move(mark));
        }
    }
    return out;
}

std::vector<ImageReportMark> marksOnImage(const std::vector<std::shared_ptr<const ReportMarks>> &reports, const QString &sopInstanceUid,
                                          int frame)
{
    std::vector<ImageReportMark> out;
    for (const auto &report : reports) {
        if (!report)
            continue;
        for (const ReportMark &mark : report->marks)
            if (!mark.sopInstanceUid.isEmpty() && mark.sopInstanceUid == sopInstanceUid
                && (mark.frames.empty() || std::find(mark.frames.begin(), mark.frames.end(), frame) != mark.frames.end()))
                out.push_back({report.get(), mark});
    }
    return out;
}

} // namespace strata::measure
