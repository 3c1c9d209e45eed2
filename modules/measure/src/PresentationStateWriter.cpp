// Writing Grayscale Softcopy Presentation States: a reader's measurements as graphic annotations
// and the window they were read in, for the viewers that show a GSPS but read no SR.
#include <strata/measure/PresentationState.h>

#include "DcmtkLog.h"
#include "OwnObjects.h"
#include "PatientStudy.h"

#include <strata/core/Translate.h>
#include <strata/measure/Measurement.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/store/LocalCache.h>
#include <strata/store/MeasurementRepository.h>
#include <strata/store/StoreService.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmiod/cielabutil.h>
#include <dcmtk/dcmpstat/dcmpstat.h>
#include <dcmtk/dcmpstat/dvpsda.h>
#include <dcmtk/dcmpstat/dvpsdal.h>
#include <dcmtk/dcmpstat/dvpsgr.h>
#include <dcmtk/dcmpstat/dvpssv.h>
#include <dcmtk/dcmpstat/dvpstx.h>

#include <QCoreApplication>
#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

namespace strata::measure {

namespace {

QString tr(const char *text) { return translated({"strata::measure"}, text); }
QString qs(const OFString &s) { return QString::fromUtf8(s.c_str()).trimmed(); }

/// dcmpstat's presentation state with the lists a writer fills per image in reach (its public
/// interface adds graphics only to an image it has decoded, which DCMTK cannot for JPEG 2000).
class StateWriter : public DcmPresentationState {
public:
    using DcmPresentationState::displayedAreaSelectionList;
    using DcmPresentationState::graphicAnnotationList;
    using DcmPresentationState::referencedSeriesList;
    using DcmPresentationState::softcopyVOIList;
};

/// An image's attributes (its pixels left in the file).
struct ImageHeader {
    std::unique_ptr<DcmFileFormat> file;
    QString sopClass, sopInstance, series;
    Uint16 rows = 0, columns = 0;
    Sint32 frames = 1;
    bool grayscale = false;
    /// What a state applies to all its images alike and dcmpstat takes from the first: the size
    /// (its displayed area), the photometric interpretation (its Presentation LUT Shape) and the
    /// display shutter (a radiograph's collimation, each image its own). Images of one key share
    /// a state.
    QString sameStateKey;
};

Result<ImageHeader> readImageHeader(const QString &path)
{
    ImageHeader h;
    h.file = std::make_unique<DcmFileFormat>();
    // Values longer than 4 KiB (the pixels) stay in the file, unread.
    const OFCondition c = h.file->loadFile(OFFilename(path.toLocal8Bit().constData()), EXS_Unknown, EGL_noChange, 4096);
    if (c.bad())
        return detail::dcmtkError(ErrorCode::IoError, path, tr("reading the image"), c);
    DcmDataset &d = *h.file->getDataset();
    OFString value;
    if (d.findAndGetOFString(DCM_SOPClassUID, value).good())
        h.sopClass = qs(value);
    if (d.findAndGetOFString(DCM_SOPInstanceUID, value).good())
        h.sopInstance = qs(value);
    if (d.findAndGetOFString(DCM_SeriesInstanceUID, value).good())
        h.series = qs(value);
    d.findAndGetUint16(DCM_Rows, h.rows);
    d.findAndGetUint16(DCM_Columns, h.columns);
    if (d.findAndGetSint32(DCM_NumberOfFrames, h.frames).bad() || h.frames < 1)
        h.frames = 1;
    if (d.findAndGetOFString(DCM_PhotometricInterpretation, value).good())
        h.grayscale = value == "MONOCHROME1" || value == "MONOCHROME2";
    h.sameStateKey = QStringLiteral("%1x%2 %3").arg(h.rows).arg(h.columns).arg(qs(value));
    for (const DcmTagKey &tag : {DCM_ShutterShape, DCM_ShutterLeftVerticalEdge, DCM_ShutterRightVerticalEdge, DCM_ShutterUpperHorizontalEdge,
                                 DCM_ShutterLowerHorizontalEdge, DCM_CenterOfCircularShutter, DCM_RadiusOfCircularShutter,
                                 DCM_VerticesOfThePolygonalShutter, DCM_ShutterPresentationValue})
        if (OFString v; d.findAndGetOFStringArray(tag, v).good())
            h.sameStateKey += QLatin1Char('|') + qs(v);
    return h;
}

/// One graphic of a mark, in the image's pixels (GSPS PIXEL units: (0, 0) the top left corner of
/// the top left pixel).
struct Graphic {
    DVPSGraphicType type = DVPST_polyline;
    std::vector<QPointF> points;
};

/// A measurement as GSPS graphics and the text beside it.
struct Mark {
    std::vector<Graphic> graphics;
    QString text;
    QPointF anchor;
};

std::optional<Mark> markOf(const Measurement &m, const ImageHeader &image)
{
    const auto px = [&](const Vec3 &p) {
        const auto q = m.plane.geometry.pixelPosition(p);
        return QPointF(q[0] + 0.5, q[1] + 0.5);
    };
    std::vector<QPointF> p;   // as many as the kind needs (drawableInPresentationState)
    for (const Vec3 &v : m.points)
        p.push_back(px(v));
    for (const QPointF &q : p)
        if (!std::isfinite(q.x()) || !std::isfinite(q.y()))
            return std::nullopt;
    Mark mark;
    mark.text = displayText(m);
    mark.anchor = p.back();
    switch (m.kind) {
    case MeasurementKind::Length:
        mark.graphics.push_back({DVPST_polyline, {p[0], p[1]}});
        break;
    case MeasurementKind::Angle:
        mark.graphics.push_back({DVPST_polyline, {p[0], p[1], p[2]}});
        mark.anchor = p[1];
        break;
    case MeasurementKind::CobbAngle:
        mark.graphics.push_back({DVPST_polyline, {p[0], p[1]}});
        mark.graphics.push_back({DVPST_polyline, {p[2], p[3]}});
        break;
    case MeasurementKind::Ellipse: {
        const auto ends = ellipseAxisEnds(m);
        if (!ends)
            return std::nullopt;
        std::array<QPointF, 4> e{px((*ends)[0]), px((*ends)[1]), px((*ends)[2]), px((*ends)[3])};
        // The major axis first (PS3.3 C.10.5.1.2).
        if (QLineF(e[0], e[1]).length() < QLineF(e[2], e[3]).length())
            std::swap(e[0], e[2]), std::swap(e[1], e[3]);
        mark.graphics.push_back({DVPST_ellipse, {e.begin(), e.end()}});
        mark.anchor = e[0];
        break;
    }
    case MeasurementKind::Polygon:
    case MeasurementKind::Freehand: {
        std::vector<QPointF> closed = p;
        closed.push_back(p.front());   // a closed polyline: its last point is its first
        mark.graphics.push_back({DVPST_polyline, std::move(closed)});
        mark.anchor = *std::max_element(p.begin(), p.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        break;
    }
    case MeasurementKind::Probe:
        mark.graphics.push_back({DVPST_point, {p[0]}});
        mark.anchor = p[0];
        break;
    case MeasurementKind::Arrow: {
        // The shaft from its tip (the first point), and a head at the tip a fortieth of the
        // image across (at most a third of the shaft).
        const double head = std::min(QLineF(p[0], p[1]).length() / 3, std::max<double>(image.rows, image.columns) / 40.0);
        mark.graphics.push_back({DVPST_polyline, {p[0], p[1]}});
        if (head > 0) {
            const auto barbs = arrowBarbs(p[0], p[1], head);
            mark.graphics.push_back({DVPST_polyline, {barbs[0], p[0], barbs[1]}});
        }
        mark.text = m.text;
        mark.anchor = p[1];
        break;
    }
    case MeasurementKind::Text:
        mark.text = m.text;
        mark.anchor = p[0];
        break;
    case MeasurementKind::Lesion:
    case MeasurementKind::CurvedPath:
        return std::nullopt;
    }
    return mark;
}

/// A box for a label beside its anchor, in the image's pixels: one line of text a fortieth of the
/// image high, below and to the right of the anchor, moved to its other side where it would leave
/// the image. A viewer that places text only in its box (several do) shows it there; one that
/// fits the text to the box keeps it about that size.
QRectF labelBox(const QString &text, QPointF anchor, int columns, int rows)
{
    const double line = std::max(columns, rows) / 40.0;
    const double width = std::min<double>(columns, line * (0.6 * double(text.size()) + 0.5));
    QRectF box(anchor + QPointF(line / 2, line / 2), QSizeF(width, line * 1.25));
    if (box.right() > columns)
        box.moveRight(anchor.x() - line / 2);
    if (box.bottom() > rows)
        box.moveBottom(anchor.y() - line / 2);
    box.moveLeft(std::clamp(box.left(), 0.0, std::max(0.0, columns - box.width())));
    box.moveTop(std::clamp(box.top(), 0.0, std::max(0.0, rows - box.height())));
    return box;
}

/// A Code String value: upper case, the characters it allows, at most 16.
QString codeString(const QString &text)
{
    QString out;
    for (QChar ch : text.toUpper())
        if (out.size() < 16 && ((ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9') || ch == u'_' || ch == u' '))
            out += ch;
    out = out.trimmed();
    return out.isEmpty() ? QStringLiteral("MEASUREMENTS") : out;
}

} // namespace

bool drawableInPresentationState(const Measurement &m)
{
    return !m.image.sopInstanceUid.isEmpty() && m.kind != MeasurementKind::Lesion && m.kind != MeasurementKind::CurvedPath
           && int(m.points.size()) >= minimumPoints(m.kind);
}

Result<WrittenPresentationState> writePresentationState(const std::vector<Measurement> &measurements, const QStringList &imageFiles,
                                                        const PresentationToWrite &what, const QString &path)
{
    if (imageFiles.isEmpty())
        return Error(ErrorCode::InvalidArgument, path, tr("a presentation state needs images to apply to"));
    const std::map<int, DVPSRotationType> turns{{0, DVPSR_0_deg}, {90, DVPSR_90_deg}, {180, DVPSR_180_deg}, {270, DVPSR_270_deg}};
    const auto turn = turns.find(what.rotation);
    if (turn == turns.end())
        return Error(ErrorCode::InvalidArgument, path, tr("a presentation state turns images by 0, 90, 180 or 270 degrees, not %1").arg(what.rotation));
    detail::quietDcmtkWarnings();
    auto first = readImageHeader(imageFiles.front());
    if (!first.ok())
        return first.error();
    const ImageHeader &head = first.value();
    if (!head.grayscale || head.rows == 0 || head.columns == 0)
        return Error(ErrorCode::InvalidArgument, imageFiles.front(), tr("not a grayscale image: a grayscale presentation state does not apply to it"));
    if (what.displayedArea && !what.displayedArea->normalized().intersects(QRect(1, 1, head.columns, head.rows)))
        return Error(ErrorCode::InvalidArgument, path,
                     tr("the displayed area (columns %1 to %2, rows %3 to %4) is not on the %5 × %6 image")
                         .arg(what.displayedArea->left()).arg(what.displayedArea->right()).arg(what.displayedArea->top()).arg(what.displayedArea->bottom())
                         .arg(head.columns).arg(head.rows));
    StateWriter state;
    // The window is set below, for every image (dcmpstat would copy the first image's own for
    // that image alone, and the others would be shown unwindowed).
    OFCondition c = state.createFromImage(*head.file->getDataset(), DVPSO_ignoreOverlays, DVPSV_ignoreVOI, OFFalse, OFTrue, OFTrue, DVPSG_oneLayer);
    if (c.bad())
        return detail::dcmtkError(ErrorCode::InvalidArgument, path, tr("making a presentation state for %1").arg(imageFiles.front()), c);
    // The marks, by the image they are drawn on.
    QHash<QString, std::vector<const Measurement *>> onImage;
    for (const Measurement &m : measurements)
        if (drawableInPresentationState(m))
            onImage[m.image.sopInstanceUid].push_back(&m);
    const std::string layer = kMeasurementLayer;
    if ((c = state.addGraphicLayer(layer.c_str(), "Measurements")).bad())
        return detail::dcmtkError(ErrorCode::Internal, path, tr("adding the graphic layer"), c);
    WrittenPresentationState written;
    const auto draw = [&](const ImageHeader &image) -> Status {
        const auto it = onImage.constFind(image.sopInstance);
        if (it == onImage.constEnd())
            return {};
        const std::string sopClass = image.sopClass.toStdString(), sopInstance = image.sopInstance.toStdString();
        for (const Measurement *m : *it) {
            const auto mark = markOf(*m, image);
            if (!mark)
                continue;
            const unsigned long frame = unsigned(std::clamp(m->image.frame, 0, image.frames - 1) + 1);
            const DVPSObjectApplicability applies = image.frames > 1 ? DVPSB_currentFrame : DVPSB_currentImage;
            for (const Graphic &g : mark->graphics) {
                DVPSGraphicObject *object = state.graphicAnnotationList.addGraphicObject(layer.c_str(), sopClass.c_str(), sopInstance.c_str(), frame, applies);
                std::vector<Float32> data;
                for (const QPointF &q : g.points)
                    data.insert(data.end(), {Float32(q.x()), Float32(q.y())});
                if (!object || (c = object->setGraphicType(g.type)).bad() || (c = object->setData(g.points.size(), data.data(), DVPSA_pixels)).bad()
                    || (c = object->setFilled(OFFalse)).bad())
                    return detail::dcmtkError(ErrorCode::Internal, path, tr("drawing a measurement"), c);
            }
            if (!mark->text.isEmpty()) {
                DVPSTextObject *text = state.graphicAnnotationList.addTextObject(layer.c_str(), sopClass.c_str(), sopInstance.c_str(), frame, applies);
                const QRectF box = labelBox(mark->text, mark->anchor, image.columns, image.rows);
                if (!text || (c = text->setAnchorPoint(mark->anchor.x(), mark->anchor.y(), DVPSA_pixels, OFFalse)).bad()
                    || (c = text->setBoundingBox(box.left(), box.top(), box.right(), box.bottom(), DVPSA_pixels, DVPSX_left)).bad()
                    || (c = text->setText(mark->text.toUtf8().constData())).bad())
                    return detail::dcmtkError(ErrorCode::Internal, path, tr("labelling a measurement"), c);
            }
            ++written.marks;
        }
        return {};
    };
    if (Status s = draw(head); !s.ok())
        return s.error();
    written.images = 1;
    for (qsizetype i = 1; i < imageFiles.size(); ++i) {
        auto image = readImageHeader(imageFiles[i]);
        if (!image.ok())
            return image.error();
        if (image.value().series != head.series || image.value().sameStateKey != head.sameStateKey)
            return Error(ErrorCode::InvalidArgument, imageFiles[i],
                         tr("not of the series, size, photometric interpretation and shutter of %1: a presentation state of its own").arg(imageFiles.front()));
        if ((c = state.addImageReference(*image.value().file->getDataset())).bad())
            return detail::dcmtkError(ErrorCode::InvalidArgument, path, tr("referencing %1").arg(imageFiles[i]), c);
        if (Status s = draw(image.value()); !s.ok())
            return s.error();
        ++written.images;
    }
    std::optional<ReadingWindow> window = what.window;
    Float64 center = 0, width = 0;
    if (!window && head.file->getDataset()->findAndGetFloat64(DCM_WindowCenter, center).good()
        && head.file->getDataset()->findAndGetFloat64(DCM_WindowWidth, width).good() && width > 0)
        window = ReadingWindow{center, width};
    if (window) {
        DVPSSoftcopyVOI *voi = state.softcopyVOIList.createSoftcopyVOI(state.referencedSeriesList, head.sopClass.toStdString().c_str(),
                                                                        head.sopInstance.toStdString().c_str(), 1, Uint32(head.frames), DVPSB_allImages);
        if (!voi || (c = voi->setVOIWindow(window->center, std::max(1.0, window->width), "Reading window")).bad())
            return detail::dcmtkError(ErrorCode::Internal, path, tr("setting the window"), c);
    }
    if ((c = state.setRotation(turn->second)).bad() || (c = state.setFlip(what.flipped ? OFTrue : OFFalse)).bad())
        return detail::dcmtkError(ErrorCode::Internal, path, tr("turning the images"), c);
    if (what.displayedArea) {
        // Its corners are the pixels that come top left and bottom right once turned and
        // mirrored (PS3.3 C.10.4), named in the image as stored.
        const QRect area = what.displayedArea->normalized();
        const std::array<QPoint, 4> corners{area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight()};
        // Where a corner goes on screen, turned clockwise (y down) and then mirrored: the one
        // shown top left has the least x + y.
        const auto onScreen = [&what](QPoint p) {
            int x = p.x(), y = p.y();
            for (int turn = 0; turn < what.rotation / 90; ++turn)
                std::tie(x, y) = std::make_pair(-y, x);
            if (what.flipped)
                x = -x;
            return x + y;
        };
        const auto [topLeft, bottomRight] = std::minmax_element(corners.begin(), corners.end(),
                                                                [&](QPoint a, QPoint b) { return onScreen(a) < onScreen(b); });
        DVPSDisplayedArea *shownArea = state.displayedAreaSelectionList.createDisplayedArea(
            state.referencedSeriesList, head.sopClass.toStdString().c_str(), head.sopInstance.toStdString().c_str(), 1, Uint32(head.frames), DVPSB_allImages);
        if (!shownArea
            || (c = shownArea->setDisplayedArea(DVPSD_scaleToFit, topLeft->x(), topLeft->y(), bottomRight->x(), bottomRight->y())).bad())
            return detail::dcmtkError(ErrorCode::Internal, path, tr("setting the displayed area"), c);
    }
    const QString label = codeString(what.label);
    state.setPresentationLabel(label.toUtf8().constData());
    if (!what.description.isEmpty())
        state.setPresentationDescription(what.description.left(64).toUtf8().constData());
    if (!what.author.isEmpty())
        state.setPresentationCreatorsName(what.author.toUtf8().constData());

    DcmFileFormat out;
    DcmDataset &d = *out.getDataset();
    if ((c = state.write(d, OFTrue)).bad())
        return detail::dcmtkError(ErrorCode::Internal, path, tr("writing the presentation state"), c);
    // Patient and study as the images have them, in the state's character set (UTF-8, as its
    // label, creator and texts).
    if (Status copied = detail::copyPatientAndStudy(*head.file->getDataset(), d, path); !copied.ok())
        return copied.error();
    d.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
    // The series' Laterality (Type 2C) as the image gives it (its own, or its Image Laterality),
    // else empty: a paired organ's state says which side, and dciodvfy asks for it always.
    OFString laterality;
    if (head.file->getDataset()->findAndGetOFString(DCM_Laterality, laterality).bad() || laterality.empty())
        head.file->getDataset()->findAndGetOFString(DCM_ImageLaterality, laterality);
    d.putAndInsertOFStringArray(DCM_Laterality, laterality == "L" || laterality == "R" ? laterality : OFString());
    d.putAndInsertString(DCM_Manufacturer, "Strata");
    d.putAndInsertString(DCM_SeriesDescription, "Measurements (presentation state)");
    // The layer's colour as the measurements are drawn here (a yellow), as CIELab: dcmpstat
    // writes only the retired RGB value.
    DcmItem *layerItem = nullptr;
    if (d.findAndGetSequenceItem(DCM_GraphicLayerSequence, layerItem, 0).good() && layerItem) {
        double l = 0, a = 0, b = 0;
        IODCIELabUtil::rgb2DicomLab(l, a, b, 1.0, 220.0 / 255.0, 0.0);
        const Uint16 lab[3] = {Uint16(std::lround(l)), Uint16(std::lround(a)), Uint16(std::lround(b))};
        layerItem->putAndInsertUint16Array(DCM_GraphicLayerRecommendedDisplayCIELabValue, lab, 3);
    }
    OFString uid;
    d.findAndGetOFString(DCM_SOPInstanceUID, uid);
    if ((c = out.saveFile(OFFilename(path.toLocal8Bit().constData()), EXS_LittleEndianExplicit)).bad())
        return detail::dcmtkError(ErrorCode::IoError, path, tr("writing the presentation state"), c);
    written.sopInstanceUid = qs(uid);
    return written;
}

Result<std::vector<WrittenPresentationFile>> writeStudyPresentationStates(store::LocalCache &cache, const QString &studyUid,
                                                                          const std::map<QString, ReadingView> &views, const QString &author,
                                                                          const QString &description, const QString &folder, int *leftOut)
{
    auto repo = cache.service()->measurements();
    if (!repo.ok())
        return repo.error();
    auto records = repo.value()->measurements(studyUid);
    if (!records.ok())
        return records.error();
    auto instances = cache.studyInstances(studyUid);
    if (!instances.ok())
        return instances.error();
    if (instances.value().empty())
        return Error(ErrorCode::NotFound, studyUid, tr("the study is not in the local cache: import it first"));
    QHash<QString, const store::InstanceRecord *> bySop;
    for (const store::InstanceRecord &i : instances.value())
        if (i.rejectedFor.isEmpty())
            bySop.insert(i.sopInstanceUid, &i);

    int notDrawn = 0;
    std::map<QString, std::vector<Measurement>> bySeries;   // the series drawn on, with their marks
    for (const store::MeasurementRecord &r : records.value()) {
        auto m = fromRecord(r);
        if (!m.ok())
            continue;
        const store::InstanceRecord *on = bySop.value(m.value().image.sopInstanceUid);
        if (!on || !drawableInPresentationState(m.value())) {
            ++notDrawn;
            continue;
        }
        bySeries[on->seriesInstanceUid].push_back(std::move(m).value());
    }
    for (const auto &[series, view] : views)
        bySeries.try_emplace(series);

    std::vector<WrittenPresentationFile> files;
    for (const auto &[series, list] : bySeries) {
        // The series' grayscale images, by what a state gives them all alike (ImageHeader::sameStateKey).
        std::map<QString, QStringList> byKey;
        std::map<QString, QSize> sizeOf;
        QSet<QString> withMarks, keysWithMarks;
        for (const Measurement &m : list)
            withMarks.insert(m.image.sopInstanceUid);
        for (const store::InstanceRecord &i : instances.value()) {
            if (i.seriesInstanceUid != series || !i.rejectedFor.isEmpty())
                continue;
            auto h = readImageHeader(i.filePath);
            if (!h.ok() || !h.value().grayscale || h.value().rows == 0 || h.value().columns == 0)
                continue;
            byKey[h.value().sameStateKey] << i.filePath;
            sizeOf[h.value().sameStateKey] = QSize(h.value().columns, h.value().rows);
            if (withMarks.remove(i.sopInstanceUid))
                keysWithMarks.insert(h.value().sameStateKey);
        }
        // Those on images no grayscale state applies to (an ultrasound's colour frames).
        for (const Measurement &m : list)
            if (withMarks.contains(m.image.sopInstanceUid))
                ++notDrawn;
        const auto view = views.find(series);
        for (const auto &[key, images] : byKey) {
            if (view == views.end() && !keysWithMarks.contains(key))
                continue;   // nothing to say about these images
            PresentationToWrite what;
            what.author = author;
            what.description = description.isEmpty() ? tr("Measurements") : description;
            if (view != views.end()) {
                what.window = view->second.window;
                what.rotation = view->second.rotation;
                what.flipped = view->second.flipped;
                if (view->second.imageSize == sizeOf[key])
                    what.displayedArea = view->second.displayedArea;
            }
            const QString path = QStringLiteral("%1/pr-%2.dcm").arg(folder).arg(files.size() + 1);
            auto written = writePresentationState(list, images, what, path);
            if (!written.ok())
                return written.error();
            files.push_back({path, written.value()});
        }
    }
    if (leftOut)
        *leftOut = notDrawn;
    if (files.empty())
        return Error(ErrorCode::NotFound, studyUid, tr("no measurement of the study is on a stored grayscale image, and no view of a series was given"));
    return files;
}

Result<StoredPresentationStates> storePresentationStates(store::LocalCache &cache, const QString &studyUid,
                                                         const std::map<QString, ReadingView> &views, const QString &author,
                                                         const QString &description)
{
    // Written beside the store (same file system) and moved into it by the import.
    QTemporaryDir staging(cache.dataDir() + QStringLiteral("/gsps-XXXXXX"));
    if (!staging.isValid())
        return Error(ErrorCode::IoError, cache.dataDir(), tr("no folder for the presentation states: %1").arg(staging.errorString()));
    StoredPresentationStates stored;
    auto written = writeStudyPresentationStates(cache, studyUid, views, author, description, staging.path(), &stored.leftOut);
    if (!written.ok())
        return written.error();
    QStringList files;
    for (const WrittenPresentationFile &w : written.value()) {
        files << w.path;
        stored.sopInstanceUids << w.state.sopInstanceUid;
        stored.marks += w.state.marks;
    }
    // Strata's own: their marks are the measurements the viewer draws itself.
    if (Status s = detail::importOwnObjects(cache, files, stored.sopInstanceUids, studyUid, tr("the presentation states were not stored")); !s.ok())
        return s.error();
    return stored;
}

} // namespace strata::measure
