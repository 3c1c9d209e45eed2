/// Grayscale softcopy presentation states as a reading station leaves them: made by DCMTK's
/// dcmpsmk for real MR slices, completed with dcmodify (window, turn, layer colour in CIELab,
/// graphics and text in pixel and display units, one annotation for one image alone), and read
/// back per image: what applies where, in which units, in which colour; other objects refused by
/// name.
#include <strata/measure/PresentationState.h>

#include <presentation_state.h>

#include <QFile>
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
