#include <strata/measure/PresentationState.h>

#include "DcmtkLog.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmiod/cielabutil.h>
#include <dcmtk/dcmpstat/dcmpstat.h>
#include <dcmtk/dcmpstat/dvpsgr.h>
#include <dcmtk/dcmpstat/dvpssv.h>
#include <dcmtk/dcmpstat/dvpstx.h>
#include <dcmtk/dcmpstat/dvpsda.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace strata::measure {

namespace {

QString qs(const char *s) { return s ? QString::fromUtf8(s).trimmed() : QString(); }
QString qs(const OFString &s) { return QString::fromUtf8(s.c_str()).trimmed(); }

/// dcmpstat's presentation state with the lists it keeps to itself in reach: the graphic
/// annotations, the Softcopy VOI and the displayed areas are asked per image and frame.
class StateData : public DcmPresentationState {
public:
    using DcmPresentationState::activationLayerList;
    using DcmPresentationState::overlayList;
    using DcmPresentationState::displayedAreaSelectionList;
    using DcmPresentationState::graphicAnnotationList;
    using DcmPresentationState::presentationCreationDate;
    using DcmPresentationState::presentationCreationTime;
    using DcmPresentationState::softcopyVOIList;
};

AnnotationUnits units(DVPSannotationUnit u) { return u == DVPSA_display ? AnnotationUnits::Display : AnnotationUnits::Pixel; }

PresentationGraphic::Shape shape(DVPSGraphicType type)
{
    switch (type) {
    case DVPST_point: return PresentationGraphic::Shape::Point;
    case DVPST_interpolated: return PresentationGraphic::Shape::Interpolated;
    case DVPST_circle: return PresentationGraphic::Shape::Circle;
    case DVPST_ellipse: return PresentationGraphic::Shape::Ellipse;
    case DVPST_polyline: break;
    }
    return PresentationGraphic::Shape::Polyline;
}

QString tr(const char *text) { return QCoreApplication::translate("strata::measure::PresentationState", text); }

} // namespace

struct PresentationState::Impl {
    std::mutex mutex;   // dcmpstat's getters are not const, and not made for several threads
    StateData state;
    /// The layers' recommended CIELab colours (dcmpstat keeps the grey and the retired RGB only).
    QHash<QString, std::array<int, 3>> labColours;
};

namespace {

/// Graphic Layer Recommended Display CIELab Value of each layer, as sRGB.
QHash<QString, std::array<int, 3>> layerLabColours(DcmItem &data)
{
    QHash<QString, std::array<int, 3>> colours;
    DcmSequenceOfItems *layers = nullptr;
    if (data.findAndGetSequence(DCM_GraphicLayerSequence, layers).bad() || !layers)
        return colours;
    for (unsigned long i = 0; i < layers->card(); ++i) {
        DcmItem *item = layers->getItem(i);
        OFString name;
        Uint16 lab[3] = {0, 0, 0};
        if (item->findAndGetOFString(DCM_GraphicLayer, name).bad())
            continue;
        bool complete = true;
        for (unsigned long k = 0; k < 3; ++k)
            complete = complete && item->findAndGetUint16(DCM_GraphicLayerRecommendedDisplayCIELabValue, lab[k], k).good();
        if (!complete)
            continue;
        double r = 0, g = 0, b = 0;
        IODCIELabUtil::dicomLab2RGB(r, g, b, lab[0], lab[1], lab[2]);
        auto level = [](double v) { return int(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); };
        colours.insert(qs(name), {level(r), level(g), level(b)});
    }
    return colours;
}

} // namespace

PresentationState::PresentationState() : m_impl(std::make_unique<Impl>()) {}
PresentationState::~PresentationState() = default;

bool ImagePresentation::hasAnnotations() const
{
    return std::any_of(layers.begin(), layers.end(), [](const PresentationLayer &l) { return !l.graphics.empty() || !l.texts.empty(); });
}

Result<std::shared_ptr<const PresentationState>> PresentationState::read(const QString &path)
{
    detail::quietDcmtkWarnings();
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::NotFound, path, tr("no such file"));
    DcmFileFormat file;
    if (OFCondition c = file.loadFile(OFFilename(path.toUtf8().constData())); c.bad())
        return Error(ErrorCode::Malformed, path, tr("not readable as DICOM: %1").arg(QString::fromUtf8(c.text())));
    DcmDataset &data = *file.getDataset();
    OFString sopClass;
    data.findAndGetOFString(DCM_SOPClassUID, sopClass);
    if (sopClass != kGrayscalePresentationStateClass)
        return Error(ErrorCode::Unsupported, path,
                     tr("not a grayscale softcopy presentation state (%1)").arg(dicom::sopClassName(qs(sopClass))));
    // Labels, names and the annotations' text in UTF-8, whatever character set the file uses.
    if (OFCondition c = data.convertToUTF8(); c.bad())
        qWarning("%s: the presentation state's text stays in its own character set: %s", qPrintable(path), c.text());
    // dcmpstat takes an annotation that names no layer, and then compares that layer's name (a
    // null pointer) in every lookup: such a state is refused here, whole.
    DcmSequenceOfItems *annotations = nullptr;
    if (data.findAndGetSequence(DCM_GraphicAnnotationSequence, annotations).good() && annotations)
        for (unsigned long i = 0; i < annotations->card(); ++i) {
            // A code string it reads, not one of another value representation (which it skips).
            DcmElement *layer = nullptr;
            OFString name;
            if (annotations->getItem(i)->findAndGetElement(DCM_GraphicLayer, layer).bad() || !layer || layer->ident() != EVR_CS
                || layer->getOFString(name, 0).bad() || name.empty())
                return Error(ErrorCode::Malformed, path, tr("graphic annotation %1 names no graphic layer").arg(i + 1));
        }
    std::shared_ptr<PresentationState> ps(new PresentationState);
    StateData &s = ps->m_impl->state;
    ps->m_impl->labColours = layerLabColours(data);
    if (OFCondition c = s.read(data); c.bad())
        return Error(ErrorCode::Malformed, path, tr("not a complete presentation state: %1").arg(QString::fromUtf8(c.text())));
    s.sortGraphicLayers();
    ps->m_path = path;
    ps->m_sopInstanceUid = qs(s.getInstanceUID());
    ps->m_label = qs(s.getPresentationLabel());
    ps->m_description = qs(s.getPresentationDescription());
    ps->m_creator = dicom::PersonName::fromDecoded(qs(s.getPresentationCreatorsName())).display();
    OFString date, time;
    s.presentationCreationDate.getOFString(date, 0);
    s.presentationCreationTime.getOFString(time, 0);
    const QDate d = QDate::fromString(qs(date), QStringLiteral("yyyyMMdd"));
    const QString hhmmss = qs(time).left(6).leftJustified(6, QLatin1Char('0'));
    ps->m_created = QDateTime(d, QTime::fromString(hhmmss, QStringLiteral("HHmmss")));
    for (size_t i = 0; i < s.numberOfImageReferences(); ++i) {
        OFString study, series, sopClassUid, instance, frames, ae, filesetId, filesetUid;
        if (s.getImageReference(i, study, series, sopClassUid, instance, frames, ae, filesetId, filesetUid).good())
            ps->m_instances << qs(instance);
    }
    ps->m_instanceSet = QSet<QString>(ps->m_instances.begin(), ps->m_instances.end());
    if (ps->m_instances.isEmpty())
        return Error(ErrorCode::MissingAttribute, path, tr("the presentation state references no image"));
    if (s.overlayList.size() > 0) {
        // The state's own overlay planes, read as an image's are (their bits unpacked per frame).
        auto planes = dicom::readOverlays(path);
        if (!planes.ok())
            return planes.error();
        ps->m_overlays = std::move(planes).value();
    }
    return std::shared_ptr<const PresentationState>(std::move(ps));
}

QString PresentationState::title() const
{
    QString text = m_label.isEmpty() ? tr("Presentation state") : m_label;
    if (!m_description.isEmpty())
        text += QStringLiteral(" — ") + m_description;
    QStringList by;
    if (!m_creator.isEmpty())
        by << m_creator;
    if (m_created.isValid())
        by << m_created.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!by.isEmpty())
        text += QStringLiteral(" (") + by.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

std::optional<ImagePresentation> PresentationState::forImage(const QString &sopInstanceUid, int frame) const
{
    if (!references(sopInstanceUid))
        return std::nullopt;
    const QByteArray uid = sopInstanceUid.toLatin1();
    const unsigned long f = std::max(1, frame);
    std::lock_guard lock(m_impl->mutex);
    StateData &s = m_impl->state;
    ImagePresentation out;
    if (DVPSSoftcopyVOI *voi = s.softcopyVOIList.findSoftcopyVOI(uid.constData(), f)) {
        out.voiExplanation = qs(voi->getCurrentVOIDescription());
        if (voi->haveLUT()) {
            Uint16 entries = 0, first = 0, bits = 0;
            Uint16 *data = nullptr;
            DcmUnsignedShort &descriptor = voi->getLUTDescriptor();
            if (descriptor.getUint16(entries, 0).good() && descriptor.getUint16(first, 1).good() && descriptor.getUint16(bits, 2).good()
                && voi->getLUTData().getUint16Array(data).good() && data) {
                auto lut = std::make_shared<dicom::VoiLut>();
                const unsigned long count = entries == 0 ? 65536UL : entries;
                lut->firstMapped = first;
                lut->bits = std::clamp(int(bits), 8, 16);
                lut->data.assign(data, data + std::min<unsigned long>(count, voi->getLUTData().getNumberOfValues()));
                lut->explanation = out.voiExplanation;
                if (!lut->data.empty())
                    out.voiLut = std::move(lut);
            }
        } else {
            double center = 0, width = 0;
            if (voi->getCurrentWindowCenter(center).good() && voi->getCurrentWindowWidth(width).good() && width > 0) {
                out.windowCenter = center;
                out.windowWidth = width;
            }
        }
    }
    out.inverse = s.getPresentationLUT() == DVPSP_inverse;
    switch (s.getRotation()) {
    case DVPSR_90_deg: out.rotation = 90; break;
    case DVPSR_180_deg: out.rotation = 180; break;
    case DVPSR_270_deg: out.rotation = 270; break;
    case DVPSR_0_deg: break;
    }
    out.flipped = s.getFlip();
    if (DVPSDisplayedArea *area = s.displayedAreaSelectionList.findDisplayedArea(uid.constData(), f)) {
        Sint32 left = 0, top = 0, right = 0, bottom = 0;
        area->getDisplayedArea(left, top, right, bottom);
        // The corners are the pixels shown top left and bottom right after the turn and mirror
        // (PS3.3 C.10.4): of a state turned a quarter, the top left one is the image's bottom
        // left. The area is the pixels between them, whichever they are.
        out.displayedArea = QRect(QPoint(std::min(left, right), std::min(top, bottom)), QPoint(std::max(left, right), std::max(top, bottom)));
        switch (area->getPresentationSizeMode()) {
        case DVPSD_trueSize: out.sizeMode = ImagePresentation::SizeMode::TrueSize; break;
        case DVPSD_magnify: out.sizeMode = ImagePresentation::SizeMode::Magnify; break;
        case DVPSD_scaleToFit: break;
        }
        double magnification = 1.0;
        if (out.sizeMode == ImagePresentation::SizeMode::Magnify && area->getPresentationPixelMagnificationRatio(magnification).good()
            && magnification > 0 && std::isfinite(magnification))
            out.magnification = magnification;
        else if (out.sizeMode == ImagePresentation::SizeMode::Magnify)
            out.sizeMode = ImagePresentation::SizeMode::ScaleToFit;   // a magnification it does not give: fitted
        double x = 0, y = 0;   // DCMTK: horizontal (between columns), vertical (between rows)
        if (area->getPresentationPixelSpacing(x, y).good() && x > 0 && y > 0 && std::isfinite(x) && std::isfinite(y))
            out.presentationPixelSpacing = QSizeF(x, y);
    }
    dicom::DisplayShutter shutter;
    if (s.haveShutter(DVPSU_rectangular)) {
        shutter.rectangular = true;
        shutter.left = s.getRectShutterLV();
        shutter.right = s.getRectShutterRV();
        shutter.upper = s.getRectShutterUH();
        shutter.lower = s.getRectShutterLH();
    }
    if (s.haveShutter(DVPSU_circular)) {
        shutter.circular = true;
        shutter.centerColumn = s.getCenterOfCircularShutter_x();
        shutter.centerRow = s.getCenterOfCircularShutter_y();
        shutter.radius = s.getRadiusOfCircularShutter();
    }
    if (s.haveShutter(DVPSU_polygonal))
        for (size_t i = 0; i < s.getNumberOfPolyShutterVertices(); ++i) {
            Sint32 x = 0, y = 0;
            if (s.getPolyShutterVertex(i, x, y).good())
                shutter.polygon.push_back({double(y), double(x)});
        }
    shutter.presentationValue = s.getShutterPresentationValue();
    if (!shutter.isEmpty())
        out.shutter = shutter;

    for (size_t l = 0; l < s.getNumberOfGraphicLayers(); ++l) {
        const char *name = s.getGraphicLayerName(l);
        if (!name)
            continue;
        PresentationLayer layer;
        layer.name = qs(name);
        layer.description = qs(s.getGraphicLayerDescription(l));
        if (auto lab = m_impl->labColours.constFind(layer.name); lab != m_impl->labColours.cend()) {
            layer.colour = *lab;
        } else if (s.haveGraphicLayerRecommendedDisplayValue(l)) {
            Uint16 r = 0, g = 0, b = 0, grey = 0;
            if (s.getGraphicLayerRecommendedDisplayValueRGB(l, r, g, b).good())
                layer.colour = std::array<int, 3>{r >> 8, g >> 8, b >> 8};
            else if (s.getGraphicLayerRecommendedDisplayValueGray(l, grey).good())
                layer.colour = std::array<int, 3>{grey >> 8, grey >> 8, grey >> 8};
        }
        const size_t graphics = s.graphicAnnotationList.getNumberOfGraphicObjects(name, uid.constData(), f);
        for (size_t i = 0; i < graphics; ++i) {
            DVPSGraphicObject *object = s.graphicAnnotationList.getGraphicObject(name, uid.constData(), f, i);
            if (!object)
                continue;
            PresentationGraphic g;
            g.shape = shape(object->getGraphicType());
            g.units = units(object->getAnnotationUnits());
            g.filled = object->isFilled();
            for (size_t p = 0; p < object->getNumberOfPoints(); ++p) {
                Float32 x = 0, y = 0;
                if (object->getPoint(p, x, y).good())
                    g.points.emplace_back(x, y);
            }
            const size_t needed = g.shape == PresentationGraphic::Shape::Ellipse  ? 4
                                  : g.shape == PresentationGraphic::Shape::Circle ? 2
                                  : g.shape == PresentationGraphic::Shape::Point  ? 1
                                                                                  : 2;
            if (g.points.size() >= needed)
                layer.graphics.push_back(std::move(g));
        }
        const size_t texts = s.graphicAnnotationList.getNumberOfTextObjects(name, uid.constData(), f);
        for (size_t i = 0; i < texts; ++i) {
            DVPSTextObject *object = s.graphicAnnotationList.getTextObject(name, uid.constData(), f, i);
            if (!object)
                continue;
            PresentationText t;
            t.text = QString::fromUtf8(object->getText() ? object->getText() : "");
            if (object->haveBoundingBox()) {
                t.box = QRectF(QPointF(object->getBoundingBoxTLHC_x(), object->getBoundingBoxTLHC_y()),
                               QPointF(object->getBoundingBoxBRHC_x(), object->getBoundingBoxBRHC_y()));
                t.boxUnits = units(object->getBoundingBoxAnnotationUnits());
                const DVPSTextJustification j = object->getBoundingBoxHorizontalJustification();
                t.alignment = j == DVPSX_right ? Qt::AlignRight : j == DVPSX_center ? Qt::AlignHCenter : Qt::AlignLeft;
            }
            if (object->haveAnchorPoint()) {
                t.anchor = QPointF(object->getAnchorPoint_x(), object->getAnchorPoint_y());
                t.anchorUnits = units(object->getAnchorPointAnnotationUnits());
                t.anchorVisible = object->anchorPointIsVisible();
            }
            if (!t.text.isEmpty() && (t.box || t.anchor))
                layer.texts.push_back(std::move(t));
        }
        // The overlay planes shown in this layer: the state's own where it has that group, else
        // the image's.
        for (size_t i = 0; i < s.activationLayerList.getNumberOfActivations(name, OFFalse); ++i) {
            const Uint16 group = s.activationLayerList.getActivationGroup(name, i, OFFalse);
            if (group < 0x6000 || group > 0x601E || group % 2)
                continue;
            out.overlays.push_back({int(group), bool(s.overlayList.haveOverlayGroup(group)), layer.name, layer.colour});
        }
        out.layers.push_back(std::move(layer));
    }
    return out;
}

PresentationStates statesFor(const PresentationStates &states, const QStringList &sopInstanceUids)
{
    PresentationStates found;
    for (const auto &state : states)
        if (state && std::any_of(sopInstanceUids.begin(), sopInstanceUids.end(), [&](const QString &uid) { return state->references(uid); }))
            found.push_back(state);
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a->created() > b->created(); });
    return found;
}

} // namespace strata::measure
