// `strata snapshot`: pictures of the viewer without a window, checked against sources other than
// Strata's own code: DCMTK's dcm2pnm rendering of the same file with the file's own window (a CT,
// an MR and a MONOCHROME1 CR), the volume's extent computed from the files' own headers (read by
// dcmdump), and the orientation letters expected from the file's Image Orientation (Patient),
// read off the picture at each edge and matched against the letters drawn alone in the same font.
#include <strata/core/Paths.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/store/StoreService.h>
#include <strata/ui/Snapshot.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "dicom_tools.h"

namespace {

const QString kData = QStringLiteral(STRATA_TESTDATA_DIR);
/// An axial CT slice, 512×512, Window Center/Width 20/400, orientation 1\0\0\0\1\0.
const QString kCt = kData + QStringLiteral("/rt/dicompyler-core/ct.0.dcm");
/// An MR slice, 64×64, Window Center/Width 600/1600.
const QString kMr = kData + QStringLiteral("/ts-matrix/pydicom-pkg/MR_small.dcm");
/// A MONOCHROME1 CR, 440×440, Window Center/Width 550/1024.
const QString kMono1 = kData + QStringLiteral("/ts-matrix/dwv/gdcm-CR-MONO1-10-chest.dcm");
/// A sagittal MR volume: 6 slices of 256×256 at 1 mm, 9 mm apart.
const QString kVolume = kData + QStringLiteral("/mr/dwv-bbmri-6sl");

struct Run {
    int rc = -1;
    QString out;
    QString err;
};

Run snapshot(const QStringList &arguments)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.rc = strata::ui::runSnapshot(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

/// DCMTK's 8-bit rendering of a file with its first stored window (dcm2pnm +Wi 1).
QImage dcmtkRendering(const QString &file, const QString &outDir)
{
    const QString pgm = outDir + QStringLiteral("/dcmtk.pgm");
    QProcess p;
    p.start(QStringLiteral("dcm2pnm"), {QStringLiteral("+Wi"), QStringLiteral("1"), QStringLiteral("+op"), file, pgm});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QImage(pgm).convertToFormat(QImage::Format_Grayscale8);
}

/// The largest difference of grey levels (the snapshot must be grey: R = G = B), -1 when the sizes
/// differ or a pixel is not grey.
int largestDifference(const QImage &picture, const QImage &reference)
{
    if (picture.size() != reference.size())
        return -1;
    int worst = 0;
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x) {
            const QRgb c = picture.pixel(x, y);
            if (qRed(c) != qGreen(c) || qGreen(c) != qBlue(c))
                return -1;
            worst = std::max(worst, std::abs(qRed(c) - qGray(reference.pixel(x, y))));
        }
    return worst;
}

/// One attribute's values as dcmdump prints them (`+P tag`), split at backslashes; one entry per file.
QList<QList<double>> dumpNumbers(const QString &file, const QString &tag)
{
    QProcess p;
    p.start(QStringLiteral("dcmdump"), {QStringLiteral("+L"), QStringLiteral("+P"), tag, file});  // +L: long values whole
    p.waitForFinished(60000);
    QList<QList<double>> out;
    static const QRegularExpression value(QStringLiteral("\\[([^\\]]*)\\]|(?:US|SS) (\\d+)"));
    for (const QString &line : QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto m = value.match(line);
        if (!m.hasMatch())
            continue;
        QList<double> numbers;
        const QString text = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        for (const QString &part : text.split(QLatin1Char('\\')))
            numbers << part.trimmed().toDouble();
        out << numbers;
    }
    return out;
}

/// The patient direction letter of a unit vector's main component (LPS: +x left, +y posterior, +z head).
QChar letterOf(const std::array<double, 3> &v)
{
    int axis = 0;
    for (int i = 1; i < 3; ++i)
        if (std::abs(v[std::size_t(i)]) > std::abs(v[std::size_t(axis)]))
            axis = i;
    const bool positive = v[std::size_t(axis)] > 0;
    static const char *letters[3][2] = {{"R", "L"}, {"A", "P"}, {"F", "H"}};
    return QLatin1Char(letters[axis][positive ? 1 : 0][0]);
}

/// Whether a pixel is more than half covered by the orientation letters' yellow, whatever the grey
/// under it: yellow a over grey v gives red − blue = 135·a (the letters' colour is 255, 220, 120)
/// and green − blue = 100·a, while grey has none.
bool isLetterPixel(QRgb c)
{
    const int redBlue = qRed(c) - qBlue(c), greenBlue = qGreen(c) - qBlue(c);
    return redBlue >= 68 && greenBlue >= redBlue / 2;
}

/// The letter-coloured pixels of a region, as a mask cropped to their bounding box (and that box).
QImage letterMask(const QImage &image, const QRect &region, QRect *box)
{
    QRect b;
    const QRect r = region.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (isLetterPixel(image.pixel(x, y)))
                b |= QRect(x, y, 1, 1);
    *box = b;
    if (b.isEmpty())
        return {};
    QImage mask(b.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < b.height(); ++y)
        for (int x = 0; x < b.width(); ++x)
            mask.setPixel(x, y, isLetterPixel(image.pixel(b.left() + x, b.top() + y)) ? 0xffffffff : 0xff000000);
    return mask;
}

/// A letter drawn alone, white on black in the application's font at `pixelSize` (moved by a
/// fraction of a pixel), as a mask of its well-covered pixels cropped to their bounding box.
QImage drawnLetter(QChar letter, int pixelSize, QPointF shift)
{
    QImage canvas(pixelSize * 3, pixelSize * 3, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    {
        QPainter p(&canvas);
        p.setRenderHint(QPainter::Antialiasing, true);
        QFont font = QApplication::font();
        font.setPixelSize(pixelSize);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(canvas.rect()).translated(shift), Qt::AlignCenter, QString(letter));
    }
    QRect b;
    for (int y = 0; y < canvas.height(); ++y)
        for (int x = 0; x < canvas.width(); ++x)
            if (qRed(canvas.pixel(x, y)) > 128)
                b |= QRect(x, y, 1, 1);
    return b.isEmpty() ? QImage() : canvas.copy(b).convertToFormat(QImage::Format_Grayscale8);
}

/// How well two masks agree (intersection over union, aligned at their top-left), 0 when their
/// sizes differ by more than a pixel.
double agreement(const QImage &a, const QImage &b)
{
    if (a.isNull() || b.isNull() || std::abs(a.width() - b.width()) > 1 || std::abs(a.height() - b.height()) > 1)
        return 0;
    int both = 0, either = 0;
    for (int y = 0; y < std::max(a.height(), b.height()); ++y)
        for (int x = 0; x < std::max(a.width(), b.width()); ++x) {
            const bool inA = x < a.width() && y < a.height() && qGray(a.pixel(x, y)) > 128;
            const bool inB = x < b.width() && y < b.height() && qGray(b.pixel(x, y)) > 128;
            both += inA && inB;
            either += inA || inB;
        }
    return either ? double(both) / either : 0;
}

/// How well a mask shows each of the six patient direction letters (the best over font sizes).
QMap<QChar, double> letterScores(const QImage &mask)
{
    QMap<QChar, double> scores;
    for (QChar letter : {u'R', u'L', u'A', u'P', u'H', u'F'})
        for (int size = 8; size <= 48; ++size)
            for (double dx : {0.0, 0.25, 0.5, 0.75})
                for (double dy : {0.0, 0.25, 0.5, 0.75})
                    scores[letter] = std::max(scores.value(letter), agreement(mask, drawnLetter(letter, size, QPointF(dx, dy))));
    return scores;
}

} // namespace

class TestSnapshot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dcm2pnm")).isEmpty(), "DCMTK's dcm2pnm is needed");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dcmdump")).isEmpty(), "DCMTK's dcmdump is needed");
        QVERIFY(m_dir.isValid());
        m_dataDir = m_dir.filePath(QStringLiteral("data"));
        strata::paths::setDataDirOverride(m_dataDir);  // the cache of the test, not the user's
    }

    // (a), (b) --view native: the stored matrix, one to one, equal to DCMTK's rendering with the
    // file's first window (MONOCHROME1: DCMTK inverts it itself).
    void nativeEqualsDcmtk_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QSize>("matrix");
        QTest::newRow("CT") << kCt << QSize(512, 512);
        QTest::newRow("MR") << kMr << QSize(64, 64);
        QTest::newRow("CR MONOCHROME1") << kMono1 << QSize(440, 440);
        // The MR with the image's own Presentation LUT Shape INVERSE: shown inverted, as dcm2pnm does.
        const QString inverse = m_dir.filePath(QStringLiteral("mr-inverse.dcm"));
        if (!QFile::exists(inverse)) {
            QFile::copy(kMr, inverse);
            QFile::setPermissions(inverse, QFile::ReadOwner | QFile::WriteOwner);
            QProcess::execute(QStringLiteral("dcmodify"), {QStringLiteral("-nb"), QStringLiteral("-i"), QStringLiteral("(2050,0020)=INVERSE"), inverse});
        }
        QTest::newRow("MR, Presentation LUT Shape INVERSE") << inverse << QSize(64, 64);
    }
    void nativeEqualsDcmtk()
    {
        QFETCH(QString, file);
        QFETCH(QSize, matrix);
        // The matrix as the file states it (Columns × Rows).
        QCOMPARE(QSize(int(dumpNumbers(file, QStringLiteral("0028,0011")).value(0).value(0)),
                       int(dumpNumbers(file, QStringLiteral("0028,0010")).value(0).value(0))),
                 matrix);
        const QString png = m_dir.filePath(QStringLiteral("native.png"));
        const Run r = snapshot({file, QStringLiteral("--view"), QStringLiteral("native"), QStringLiteral("--out"), png});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        const QImage picture(png);
        QCOMPARE(picture.size(), matrix);
        const QImage reference = dcmtkRendering(file, m_dir.path());
        QVERIFY(!reference.isNull());
        QCOMPARE(reference.size(), matrix);
        const int worst = largestDifference(picture, reference);
        QVERIFY2(worst >= 0 && worst <= 1, qPrintable(QStringLiteral("largest grey difference %1").arg(worst)));
    }

    // A presentation state beside the image (a reader's window, a quarter turn and a mirror, made
    // by dcmpsmk and dcmodify): the snapshot shows the image as the state presents it, as DCMTK's
    // dcmp2pgm renders the same state (within two grey levels — dcmpstat's window rounds a little
    // apart from dcm2pnm's —, the turn and mirror included).
    void aPresentationStateBesideTheImage()
    {
        const QString folder = m_dir.filePath(QStringLiteral("with-state"));
        QDir().mkpath(folder);
        const QString slice = folder + QStringLiteral("/slice.dcm");
        QVERIFY(QFile::copy(kVolume + QStringLiteral("/bbmri-53323131.dcm"), slice));
        const QString state = folder + QStringLiteral("/state.dcm");
        QCOMPARE(QProcess::execute(QStringLiteral("dcmpsmk"), {QStringLiteral("-V"), slice, state}), 0);
        QVERIFY(strata::testing::dcmodify(state, {QStringLiteral("(0028,3110)[0].(0028,1050)=350"),
                                                  QStringLiteral("(0028,3110)[0].(0028,1051)=500"),
                                                  QStringLiteral("(0070,0042)=90"), QStringLiteral("(0070,0041)=Y")}));
        const QString pgm = m_dir.filePath(QStringLiteral("state.pgm"));
        QCOMPARE(QProcess::execute(QStringLiteral("dcmp2pgm"), {QStringLiteral("-p"), state, slice, pgm}), 0);
        const QImage reference = QImage(pgm).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!reference.isNull());
        const QString png = m_dir.filePath(QStringLiteral("with-state.png"));
        const Run r = snapshot({folder, QStringLiteral("--out"), png});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        const int worst = largestDifference(QImage(png), reference);
        QVERIFY2(worst >= 0 && worst <= 2, qPrintable(QStringLiteral("largest grey difference %1").arg(worst)));
        // Without the state the picture is the stored one (its own window, unturned): not the same.
        const QString plain = m_dir.filePath(QStringLiteral("plain.png"));
        const Run r2 = snapshot({slice, QStringLiteral("--out"), plain});
        QVERIFY2(r2.rc == 0, qPrintable(r2.err));
        QVERIFY(largestDifference(QImage(plain), reference) > 10);
    }

    // --slice picks the slice: the last slice of a series differs from the default (middle) one.
    void sliceChoosesTheSlice()
    {
        const QString a = m_dir.filePath(QStringLiteral("middle.png")), b = m_dir.filePath(QStringLiteral("last.png"));
        QCOMPARE(snapshot({kVolume, QStringLiteral("--out"), a}).rc, 0);
        const Run r = snapshot({kVolume, QStringLiteral("--slice"), QStringLiteral("6"), QStringLiteral("--out"), b});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        QCOMPARE(QImage(a).size(), QImage(b).size());
        QVERIFY(QImage(a) != QImage(b));
        QCOMPARE(snapshot({kVolume, QStringLiteral("--slice"), QStringLiteral("7"), QStringLiteral("--out"), b}).rc, 2);
        // A plane: the first sagittal plane is not the middle one; one far past the volume is refused.
        QCOMPARE(snapshot({kVolume, QStringLiteral("--view"), QStringLiteral("sagittal"), QStringLiteral("--out"), a}).rc, 0);
        const Run first = snapshot({kVolume, QStringLiteral("--view"), QStringLiteral("sagittal"), QStringLiteral("--slice"), QStringLiteral("1"),
                                    QStringLiteral("--out"), b});
        QVERIFY2(first.rc == 0, qPrintable(first.err));
        QVERIFY(QImage(a) != QImage(b));
        const Run past = snapshot({kVolume, QStringLiteral("--view"), QStringLiteral("sagittal"), QStringLiteral("--slice"), QStringLiteral("1000"),
                                   QStringLiteral("--out"), b});
        QCOMPARE(past.rc, 2);
        QVERIFY2(past.err.contains(QLatin1String("past the last")), qPrintable(past.err));
    }

    // (c) The MPR planes of a volume have the aspect of the volume's extent along the plane's
    // axes, computed from the files' own positions, orientation and spacing.
    void planesHaveTheVolumesAspect()
    {
        // The corners of every slice in patient coordinates (LPS), from dcmdump.
        std::array<double, 3> low{std::numeric_limits<double>::max(), std::numeric_limits<double>::max(),
                                  std::numeric_limits<double>::max()};
        std::array<double, 3> high{-low[0], -low[1], -low[2]};
        int slices = 0;
        for (const QString &name : QDir(kVolume).entryList({QStringLiteral("*.dcm")}, QDir::Files)) {
            const QString f = kVolume + QLatin1Char('/') + name;
            const auto position = dumpNumbers(f, QStringLiteral("0020,0032")).value(0);
            const auto orientation = dumpNumbers(f, QStringLiteral("0020,0037")).value(0);
            const auto spacing = dumpNumbers(f, QStringLiteral("0028,0030")).value(0);
            const double rows = dumpNumbers(f, QStringLiteral("0028,0010")).value(0).value(0);
            const double columns = dumpNumbers(f, QStringLiteral("0028,0011")).value(0).value(0);
            QCOMPARE(position.size(), 3);
            QCOMPARE(orientation.size(), 6);
            QCOMPARE(spacing.size(), 2);
            ++slices;
            for (double i : {0.0, columns - 1})
                for (double j : {0.0, rows - 1})
                    for (int a = 0; a < 3; ++a) {
                        // Pixel Spacing is row spacing (between rows) \ column spacing.
                        const double p = position[a] + orientation[a] * i * spacing[1] + orientation[3 + a] * j * spacing[0];
                        low[std::size_t(a)] = std::min(low[std::size_t(a)], p);
                        high[std::size_t(a)] = std::max(high[std::size_t(a)], p);
                    }
        }
        QCOMPARE(slices, 6);
        const double x = high[0] - low[0], y = high[1] - low[1], z = high[2] - low[2];
        struct Case {
            const char *view;
            double width, height;
        };
        for (const Case &c : {Case{"axial", x, y}, Case{"coronal", x, z}, Case{"sagittal", y, z}}) {
            const QString png = m_dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(c.view)));
            const Run r = snapshot({kVolume, QStringLiteral("--view"), QLatin1String(c.view), QStringLiteral("--out"), png});
            QVERIFY2(r.rc == 0, qPrintable(r.err));
            const QImage picture(png);
            QVERIFY(!picture.isNull());
            const double aspect = double(picture.width()) / picture.height(), expected = c.width / c.height;
            QVERIFY2(std::abs(aspect / expected - 1) < 0.1,
                     qPrintable(QStringLiteral("%1: %2x%3, the volume's extent %4 x %5 mm")
                                    .arg(QLatin1String(c.view)).arg(picture.width()).arg(picture.height()).arg(c.width).arg(c.height)));
            // Something of the volume is on it (not a blank plane).
            int bright = 0;
            for (int yy = 0; yy < picture.height(); ++yy)
                for (int xx = 0; xx < picture.width(); ++xx)
                    bright += qGray(picture.pixel(xx, yy)) > 60;
            QVERIFY2(bright > picture.width() * picture.height() / 20, c.view);
        }
        // A chosen size is kept; a grid renders at the size asked.
        const QString sized = m_dir.filePath(QStringLiteral("sized.png"));
        QCOMPARE(snapshot({kVolume, QStringLiteral("--view"), QStringLiteral("coronal"), QStringLiteral("--size"), QStringLiteral("300x200"),
                           QStringLiteral("--out"), sized}).rc, 0);
        QCOMPARE(QImage(sized).size(), QSize(300, 200));
        QCOMPARE(snapshot({kVolume, QStringLiteral("--layout"), QStringLiteral("mpr"), QStringLiteral("--size"), QStringLiteral("640x480"),
                           QStringLiteral("--out"), sized}).rc, 0);
        QCOMPARE(QImage(sized).size(), QSize(640, 480));
    }

    // --view curved: the phantom's aorta (200 HU, radius 12 mm, at x 25, y 10) straightened along
    // a path down its middle runs along the picture's middle row, one pixel per finest spacing;
    // a stretched one of a path that runs down the picture is refused, saying why.
    void curvedReformatOfTheAorta()
    {
        strata::dicom::PhantomSpec spec;
        spec.columns = spec.rows = 128;
        spec.pixelSpacingMm = 2.8;
        spec.slices = 60;
        spec.sliceSpacingMm = 5;
        spec.noiseHu = 0;
        const QString folder = m_dir.filePath(QStringLiteral("aorta"));
        QVERIFY(strata::dicom::writePhantom(spec, folder).ok());
        const QString png = m_dir.filePath(QStringLiteral("curved.png"));
        const QString path = QStringLiteral("25,10,-100;24,10,0;25,10,100");
        Run r = snapshot({folder, QStringLiteral("--view"), QStringLiteral("curved"), QStringLiteral("--path"), path,
                          QStringLiteral("--width"), QStringLiteral("70"), QStringLiteral("--out"), png});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("straightened along 200.")), qPrintable(r.out));
        const QImage picture(png);
        // 200 mm at 2.8 mm a pixel: 72 columns; 70 mm across: 25 rows, the path on row 12.
        QCOMPARE(picture.size(), QSize(72, 25));
        int inAorta = 0, beside = 0;
        for (int x = 0; x < picture.width(); ++x) {
            inAorta += qGray(picture.pixel(x, 12)) > 200;           // 200 HU in the CT's 50/400 window: 223
            beside += qGray(picture.pixel(x, 12 - 7)) < 160;        // 20 mm in front of it: tissue or fat
        }
        QVERIFY2(inAorta >= picture.width() - 2, qPrintable(QString::number(inAorta)));
        QVERIFY2(beside >= picture.width() - 2, qPrintable(QString::number(beside)));
        // Stretched along the default direction (the feet) a path down the body has no width.
        r = snapshot({folder, QStringLiteral("--view"), QStringLiteral("curved"), QStringLiteral("--path"), path,
                      QStringLiteral("--mode"), QStringLiteral("stretched"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("no.png"))});
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.err.contains(QLatin1String("draw it across")) && r.err.contains(folder), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no.png"))));
        // Usage errors.
        r = snapshot({folder, QStringLiteral("--view"), QStringLiteral("curved"), QStringLiteral("--out"), png});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QLatin1String("--path")), qPrintable(r.err));
        r = snapshot({folder, QStringLiteral("--view"), QStringLiteral("curved"), QStringLiteral("--path"), QStringLiteral("1,2;3,4,5"),
                      QStringLiteral("--out"), png});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QLatin1String("\"1,2\"")), qPrintable(r.err));
        r = snapshot({folder, QStringLiteral("--angle"), QStringLiteral("30"), QStringLiteral("--out"), png});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QLatin1String("--view curved")), qPrintable(r.err));
    }

    // (d) Bad input: a clear message naming it, a non-zero exit, no picture.
    void badInput()
    {
        const QString png = m_dir.filePath(QStringLiteral("never.png"));
        const QString missing = m_dir.filePath(QStringLiteral("no-such-file.dcm"));
        Run r = snapshot({missing, QStringLiteral("--out"), png});
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        const QString notImage = kData + QStringLiteral("/rt/pydicom-pkg/rtplan.dcm");
        r = snapshot({notImage, QStringLiteral("--out"), png});
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.err.contains(notImage), qPrintable(r.err));
        r = snapshot({kCt, QStringLiteral("--view"), QStringLiteral("oblique"), QStringLiteral("--out"), png});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QLatin1String("oblique")), qPrintable(r.err));
        r = snapshot({kCt, QStringLiteral("--view"), QStringLiteral("axial"), QStringLiteral("--out"), png});
        QCOMPARE(r.rc, 1);  // one image is no volume
        QVERIFY2(r.err.contains(kCt), qPrintable(r.err));
        r = snapshot({kCt});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QLatin1String("--out")), qPrintable(r.err));
        r = snapshot({kCt, QStringLiteral("--size"), QStringLiteral("wide"), QStringLiteral("--out"), png});
        QCOMPARE(r.rc, 2);
        QVERIFY(!QFile::exists(png));
    }

    // --fuse: the phantom's PET fused over its CT as View → Fusion does — the picture has colour
    // where the CT alone is grey; a series number the study lacks is refused by number.
    void fusedPicture()
    {
        const QString folder = m_dir.filePath(QStringLiteral("petct"));
        strata::dicom::PhantomSpec ct;
        ct.columns = ct.rows = 64;
        ct.pixelSpacingMm = 5.6;
        ct.slices = 20;
        ct.sliceSpacingMm = 15;
        auto written = strata::dicom::writePhantom(ct, folder + QStringLiteral("/ct"));
        QVERIFY(written.ok());
        strata::dicom::PhantomSpec pet = strata::dicom::PhantomSpec::pet();
        pet.columns = pet.rows = 32;
        pet.pixelSpacingMm = 11.2;
        pet.slices = 10;
        pet.sliceSpacingMm = 30;
        pet.studyInstanceUid = written.value().studyInstanceUid;
        pet.frameOfReferenceUid = written.value().frameOfReferenceUid;
        QVERIFY(strata::dicom::writePhantom(pet, folder + QStringLiteral("/pet")).ok());
        const auto coloured = [](const QImage &picture) {
            int n = 0;
            const QImage rgb = picture.convertToFormat(QImage::Format_RGB32);
            for (int y = 0; y < rgb.height(); ++y)
                for (int x = 0; x < rgb.width(); ++x) {
                    const QRgb p = rgb.pixel(x, y);
                    n += std::max({qRed(p), qGreen(p), qBlue(p)}) - std::min({qRed(p), qGreen(p), qBlue(p)}) > 30;
                }
            return n;
        };
        const QString plain = m_dir.filePath(QStringLiteral("plain.png")), fused = m_dir.filePath(QStringLiteral("fused.png"));
        Run r = snapshot({folder, QStringLiteral("--size"), QStringLiteral("256x256"), QStringLiteral("--out"), plain});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        r = snapshot({folder, QStringLiteral("--size"), QStringLiteral("256x256"), QStringLiteral("--fuse"), QStringLiteral("3"),
                      QStringLiteral("--out"), fused});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        QCOMPARE(coloured(QImage(plain)), 0);
        QVERIFY2(coloured(QImage(fused)) > 1000, qPrintable(QString::number(coloured(QImage(fused)))));
        r = snapshot({folder, QStringLiteral("--fuse"), QStringLiteral("9"), QStringLiteral("--out"), fused});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--fuse 9")), qPrintable(r.err));
    }

    // The measurements kept with the study in the cache are on the picture with the overlays, on
    // the slice they were drawn on only; without the overlays, none.
    void measurementsOnThePicture()
    {
        strata::dicom::PhantomSpec spec;
        spec.columns = spec.rows = 64;
        spec.pixelSpacingMm = 5.6;
        spec.slices = 8;
        spec.sliceSpacingMm = 37.5;
        auto written = strata::dicom::writePhantom(spec, m_dir.filePath(QStringLiteral("measured")));
        QVERIFY(written.ok());
        const auto scan = strata::dicom::scanFiles(written.value().files);
        const auto stacks = strata::dicom::buildStacks(scan.headers);
        QCOMPARE(stacks.size(), std::size_t(1));
        const double z = stacks.front().slices[3].position[2];   // the 4th slice, as the overlay counts
        strata::measure::Measurement length;
        length.kind = strata::measure::MeasurementKind::Length;
        length.image.studyInstanceUid = written.value().studyInstanceUid;
        length.image.seriesInstanceUid = written.value().seriesInstanceUid;
        length.points = {{-120, -40, z}, {120, 40, z}};
        strata::imaging::SliceGeometry g;
        g.width = g.height = 64;
        g.spacing = {5.6, 5.6};
        g.origin = {-176.4, -176.4, z};
        length.plane = strata::measure::ImagePlane::ofVolumeSlice(g, QStringLiteral("CT"));
        length.values = strata::measure::evaluateGeometry(length);
        strata::measure::stamp(length);
        {
            auto service = strata::store::StoreService::open(m_dataDir);
            QVERIFY(service.ok());
            auto repo = service.value()->measurements();
            QVERIFY(repo.ok());
            QVERIFY(repo.value()->saveMeasurement(strata::measure::toRecord(length)).ok());
        }
        const auto yellow = [](const QImage &picture) {
            int n = 0;
            const QImage rgb = picture.convertToFormat(QImage::Format_RGB32);
            for (int y = 0; y < rgb.height(); ++y)
                for (int x = 0; x < rgb.width(); ++x) {
                    const QRgb p = rgb.pixel(x, y);
                    // (255, 220, 0) over grey has blue < 0.35 red; the letters' (255, 220, 120), 0.47 at least
                    n += qRed(p) > 150 && qGreen(p) > 130 && qBlue(p) < 0.35 * qRed(p);
                }
            return n;
        };
        const QString folder = written.value().folder, png = m_dir.filePath(QStringLiteral("measured.png"));
        const auto picture = [&](const QString &slice, const QString &overlays) {
            const Run r = snapshot({folder, QStringLiteral("--slice"), slice, QStringLiteral("--size"), QStringLiteral("400x400"),
                                    QStringLiteral("--overlays"), overlays, QStringLiteral("--out"), png});
            return r.rc == 0 ? QImage(png) : QImage();
        };
        const QImage with = picture(QStringLiteral("4"), QStringLiteral("all"));
        QVERIFY(!with.isNull());
        QVERIFY2(yellow(with) > 150, qPrintable(QString::number(yellow(with))));   // a line of ~270 px and its label
        QCOMPARE(yellow(picture(QStringLiteral("4"), QStringLiteral("none"))), 0);
        QCOMPARE(yellow(picture(QStringLiteral("6"), QStringLiteral("all"))), 0);
    }

    // The app binary: `strata help` lists the command, and `strata snapshot` runs without a display.
    void theAppRunsItWithoutADisplay()
    {
        const QString strata = QStringLiteral(STRATA_BINARY_DIR "/app/strata");
        QVERIFY2(QFile::exists(strata), qPrintable(strata));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(strata, {QStringLiteral("help")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String("  snapshot ")));
        const QString png = m_dir.filePath(QStringLiteral("app.png"));
        p.start(strata, {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("snapshot"), kMr, QStringLiteral("--layout"),
                         QStringLiteral("1x1"), QStringLiteral("--out"), png});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QStringLiteral("exit %1 (%2): %3")
                                .arg(p.exitCode())
                                .arg(p.exitStatus() == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crashed"),
                                     QString::fromLocal8Bit(p.readAllStandardError()))));
        QCOMPARE(QImage(png).size(), QSize(64, 64));
        p.start(strata, {QStringLiteral("snapshot"), kMr, QStringLiteral("--view"), QStringLiteral("bogus"), QStringLiteral("--out"), png});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("bogus"));
    }

    // All four orientation letters are legible at any size: at the middle of each edge the letter
    // expected from the file's Image Orientation (Patient) is read, and nothing else (scale bar,
    // caption, corner text) is painted over it.
    void orientationLettersAreLegible_data()
    {
        QTest::addColumn<QSize>("size");
        for (QSize s : {QSize(512, 512), QSize(256, 256), QSize(160, 160), QSize(200, 600), QSize(1200, 400), QSize(900, 700), QSize(1600, 1200)})
            QTest::newRow(qPrintable(QStringLiteral("%1x%2").arg(s.width()).arg(s.height()))) << s;
    }
    void orientationLettersAreLegible()
    {
        QFETCH(QSize, size);
        const auto iop = dumpNumbers(kCt, QStringLiteral("0020,0037")).value(0);
        QCOMPARE(iop.size(), 6);
        const std::array<double, 3> row{iop[0], iop[1], iop[2]}, column{iop[3], iop[4], iop[5]};
        const QChar right = letterOf(row), left = letterOf({-row[0], -row[1], -row[2]});
        const QChar bottom = letterOf(column), top = letterOf({-column[0], -column[1], -column[2]});
        QCOMPARE(QString(left) + right + top + bottom, QStringLiteral("RLAP"));  // the file is an axial CT

        const QString withPng = m_dir.filePath(QStringLiteral("overlays.png")), withoutPng = m_dir.filePath(QStringLiteral("plain.png"));
        const QString sizeText = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
        Run r = snapshot({kCt, QStringLiteral("--size"), sizeText, QStringLiteral("--overlays"), QStringLiteral("all"), QStringLiteral("--out"), withPng});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        r = snapshot({kCt, QStringLiteral("--size"), sizeText, QStringLiteral("--overlays"), QStringLiteral("none"), QStringLiteral("--out"), withoutPng});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        const QImage with(withPng), without(withoutPng);
        QCOMPARE(with.size(), size);

        const int w = size.width(), h = size.height();
        struct Edge {
            const char *name;
            QRect region;
            QChar expected;
        };
        const Edge edges[] = {
            {"left", QRect(0, h / 2 - h / 8, w / 6, h / 4), left},
            {"right", QRect(w - w / 6, h / 2 - h / 8, w / 6, h / 4), right},
            {"top", QRect(w / 2 - w / 8, 0, w / 4, h / 2 - h / 8), top},
            {"bottom", QRect(w / 2 - w / 8, h / 2 + h / 8, w / 4, h / 2 - h / 8), bottom},
        };
        for (const Edge &e : edges) {
            QRect box;
            const QImage mask = letterMask(with, e.region, &box);
            QVERIFY2(!mask.isNull(), qPrintable(QStringLiteral("%1: no letter").arg(QLatin1String(e.name))));
            // The expected letter matches best, and well (small glyphs agree less: anti-aliasing).
            const QMap<QChar, double> scores = letterScores(mask);
            QChar read = e.expected;
            for (auto it = scores.begin(); it != scores.end(); ++it)
                if (it.value() > scores.value(read))
                    read = it.key();
            if (!(read == e.expected && scores.value(read) > 0.5))
                for (int y = 0; y < mask.height(); ++y) {
                    QString row;
                    for (int x = 0; x < mask.width(); ++x)
                        row += qGray(mask.pixel(x, y)) > 128 ? QLatin1Char('#') : QLatin1Char('.');
                    qInfo("%s", qPrintable(row));
                }
            QVERIFY2(read == e.expected && scores.value(read) > 0.5,
                     qPrintable(QStringLiteral("%1 edge: read %2 (agreement %3; %4: %5), expected %4")
                                    .arg(QLatin1String(e.name), QString(read)).arg(scores.value(read)).arg(e.expected).arg(scores.value(e.expected))));
            // Nothing else on the letter: around it, every pixel is the image's own or the letter's
            // colour (a grey pixel that the overlays changed is the scale bar, its caption or text).
            const QRect around = box.adjusted(-2, -2, 2, 2).intersected(with.rect());
            int foreign = 0;
            for (int y = around.top(); y <= around.bottom(); ++y)
                for (int x = around.left(); x <= around.right(); ++x) {
                    const QRgb c = with.pixel(x, y);
                    const bool grey = std::abs(qRed(c) - qGreen(c)) < 12 && std::abs(qGreen(c) - qBlue(c)) < 12;
                    if (grey && std::abs(qGray(c) - qGray(without.pixel(x, y))) > 30)
                        ++foreign;
                }
            QVERIFY2(foreign == 0, qPrintable(QStringLiteral("%1 edge: %2 pixels of other overlays on the letter")
                                                  .arg(QLatin1String(e.name)).arg(foreign)));
        }
        // The scale bar is still drawn where there is room for it.
        if (h >= 400) {
            int barPixels = 0;
            for (int y = 0; y < h; ++y)
                for (int x = w - 14; x < w - 6; ++x) {
                    const QRgb c = with.pixel(x, y);
                    barPixels += qRed(c) > 150 && qGreen(c) > 150 && qBlue(c) > 150 && qGray(without.pixel(x, y)) < 100;
                }
            QVERIFY2(barPixels > h / 10, qPrintable(QStringLiteral("no scale bar (%1 pixels)").arg(barPixels)));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_dataDir;
};

QTEST_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
