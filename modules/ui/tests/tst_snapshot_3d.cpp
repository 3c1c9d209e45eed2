// `strata snapshot --view 3d` on the synthetic CT phantom (written with no noise): the MIP preset
// from the front matches a maximum intensity projection computed here from the phantom's analytic
// values (patient right on the left, head at the top), and the picture turns with --azimuth.
// Needs an X display (VTK's offscreen window is GLX): runs under xvfb-run.
#include <strata/dicom/Phantom.h>
#include <strata/render3d/VolumeRenderer.h>
#include <strata/ui/Snapshot.h>

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

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

/// Pearson correlation of two equally long lists.
double correlation(const std::vector<double> &a, const std::vector<double> &b)
{
    const double n = double(a.size());
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ma += a[i] / n;
        mb += b[i] / n;
    }
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / std::sqrt(saa * sbb);
}

} // namespace

class TestSnapshot3d : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    strata::dicom::PhantomSpec spec;
    QString folder;

private slots:
    void initTestCase()
    {
        QVERIFY2(strata::render3d::VolumeRenderer::displayProblem().isEmpty(), "this test needs an X display (xvfb-run)");
        spec.columns = 96;
        spec.rows = 96;
        spec.slices = 64;
        spec.pixelSpacingMm = 358.4 / 96;
        spec.sliceSpacingMm = 300.0 / 64;
        spec.noiseHu = 0;
        folder = dir.filePath(QStringLiteral("phantom"));
        QVERIFY(strata::dicom::writePhantom(spec, folder).ok());
    }

    void mipFromTheFrontIsTheParallelMip()
    {
        const QString png = dir.filePath(QStringLiteral("mip.png"));
        const Run r = snapshot({folder, QStringLiteral("--view"), QStringLiteral("3d"), QStringLiteral("--preset"), QStringLiteral("mip"),
                                QStringLiteral("--azimuth"), QStringLiteral("0"), QStringLiteral("--elevation"), QStringLiteral("0"),
                                QStringLiteral("--size"), QStringLiteral("200x200"), QStringLiteral("--out"), png});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        const QImage picture(png);
        QCOMPARE(picture.size(), QSize(200, 200));
        // The view's contract (docs/viewer.md): the volume's centre at the picture's centre, its
        // bounding box's diagonal across the shorter side; from the front the picture's right is the
        // patient's left (+x) and its top the head (+z). Extent between the outermost voxel centres.
        const double ex = spec.pixelSpacingMm * (spec.columns - 1), ey = spec.pixelSpacingMm * (spec.rows - 1),
                     ez = spec.sliceSpacingMm * (spec.slices - 1);
        const double mmPerPixel = std::sqrt(ex * ex + ey * ey + ez * ez) / 200;
        // The grey ramp of the mip preset runs from the volume's lowest to its highest voxel.
        double low = 1e9, high = -1e9;
        for (int k = 0; k < spec.slices; ++k)
            for (int j = 0; j < spec.rows; ++j)
                for (int i = 0; i < spec.columns; ++i) {
                    const double hu = std::round(strata::dicom::phantomHuAt(spec, (i - (spec.columns - 1) / 2.0) * spec.pixelSpacingMm,
                                                                            (j - (spec.rows - 1) / 2.0) * spec.pixelSpacingMm,
                                                                            (k - (spec.slices - 1) / 2.0) * spec.sliceSpacingMm));
                    low = std::min(low, hu);
                    high = std::max(high, hu);
                }
        std::vector<double> expected, shown, mirrored, flipped;
        for (int py = 2; py < 200; py += 4) {
            for (int px = 2; px < 200; px += 4) {
                const double x = (px + 0.5 - 100) * mmPerPixel, z = -(py + 0.5 - 100) * mmPerPixel;
                if (std::abs(x) > ex / 2 - 4 || std::abs(z) > ez / 2 - 4)
                    continue;
                double best = -1e9;
                for (double y = -ey / 2; y <= ey / 2; y += 1.0)
                    best = std::max(best, strata::dicom::phantomHuAt(spec, x, y, z));
                expected.push_back(255.0 * (best - low) / (high - low));
                shown.push_back(qRed(picture.pixel(px, py)));
                mirrored.push_back(qRed(picture.pixel(199 - px, py)));
                flipped.push_back(qRed(picture.pixel(px, 199 - py)));
            }
        }
        QVERIFY(expected.size() > 600);
        auto meanDifference = [&expected](const std::vector<double> &picture) {
            double sum = 0;
            for (std::size_t i = 0; i < expected.size(); ++i)
                sum += std::abs(expected[i] - picture[i]);
            return sum / double(expected.size());
        };
        // The share of samples within 3 grey levels of the computed MIP (edges differ by partial volume).
        auto agreeing = [&expected](const std::vector<double> &picture) {
            int n = 0;
            for (std::size_t i = 0; i < expected.size(); ++i)
                n += std::abs(expected[i] - picture[i]) <= 3 ? 1 : 0;
            return double(n) / double(expected.size());
        };
        const double c = correlation(expected, shown), e = meanDifference(shown), em = meanDifference(mirrored),
                     ef = meanDifference(flipped);
        const double a = agreeing(shown), am = agreeing(mirrored), af = agreeing(flipped);
        qInfo("correlation %.3f; mean difference %.2f grey levels (mirrored %.2f, upside down %.2f); within 3: %.3f (%.3f, %.3f)",
              c, e, em, ef, a, am, af);
        QVERIFY2(c > 0.95, qPrintable(QString::number(c)));
        // The phantom is nearly symmetric: its liver (patient right, below) and aorta (left) tell the sides.
        QVERIFY2(e < 4 && e < 0.85 * em && e < 0.85 * ef, qPrintable(QStringLiteral("%1 vs mirrored %2, flipped %3").arg(e).arg(em).arg(ef)));
        QVERIFY2(a > 0.85 && a > am && a > af, qPrintable(QStringLiteral("%1 vs mirrored %2, flipped %3").arg(a).arg(am).arg(af)));

        // Turned half way round (from behind) it is the mirror image.
        const QString back = dir.filePath(QStringLiteral("back.png"));
        QCOMPARE(snapshot({folder, QStringLiteral("--view"), QStringLiteral("3d"), QStringLiteral("--preset"), QStringLiteral("mip"),
                           QStringLiteral("--azimuth"), QStringLiteral("180"), QStringLiteral("--size"), QStringLiteral("200x200"),
                           QStringLiteral("--out"), back}).rc, 0);
        const QImage fromBehind(back);
        std::vector<double> behind;
        for (int py = 2; py < 200; py += 4)
            for (int px = 2; px < 200; px += 4)
                behind.push_back(qRed(fromBehind.pixel(199 - px, py)));
        std::vector<double> all;
        for (int py = 2; py < 200; py += 4)
            for (int px = 2; px < 200; px += 4)
                all.push_back(qRed(picture.pixel(px, py)));
        QVERIFY(correlation(all, behind) > 0.97);
    }

    void clipBoxKeepsOneSide()
    {
        // The phantom is centred on the origin: a box over x <= 0 keeps the patient's right half,
        // which the front view shows on the picture's left; the other half is background.
        const QString whole = dir.filePath(QStringLiteral("whole.png")), half = dir.filePath(QStringLiteral("half.png"));
        const QStringList common{folder, QStringLiteral("--view"), QStringLiteral("3d"), QStringLiteral("--preset"), QStringLiteral("mip"),
                                 QStringLiteral("--size"), QStringLiteral("200x200"), QStringLiteral("--out")};
        QCOMPARE(snapshot(common + QStringList{whole}).rc, 0);
        const Run r = snapshot(common + QStringList{half, QStringLiteral("--clip-box"), QStringLiteral("-1000,0,-1000,1000,-1000,1000")});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        const QImage a(whole), b(half);
        // Mean grey over a band of columns, middle rows.
        auto band = [](const QImage &image, int x0, int x1) {
            double sum = 0;
            int n = 0;
            for (int y = 60; y < 140; ++y)
                for (int x = x0; x < x1; ++x, ++n)
                    sum += qRed(image.pixel(x, y));
            return sum / n;
        };
        const double leftBefore = band(a, 60, 95), leftAfter = band(b, 60, 95);
        const double rightBefore = band(a, 105, 140), rightAfter = band(b, 105, 140);
        qInfo("left band %.1f -> %.1f, right band %.1f -> %.1f", leftBefore, leftAfter, rightBefore, rightAfter);
        QVERIFY(rightBefore > 40 && leftBefore > 40);
        QVERIFY2(std::abs(leftAfter - leftBefore) < 3, "the kept half is unchanged");
        QVERIFY2(rightAfter < 2, "the cut half is gone");

        const Run bad = snapshot(common + QStringList{half, QStringLiteral("--clip-box"), QStringLiteral("0,-10,0,1,0,1")});
        QCOMPARE(bad.rc, 2);
        QVERIFY(bad.err.contains(QLatin1String("--clip-box")));
    }

    void saysItNeedsADisplay()
    {
        // Without an X display VTK's GLX window would abort the process: the command says why instead.
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(STRATA_BINARY_DIR "/app/strata"),
                  {QStringLiteral("snapshot"), folder, QStringLiteral("--view"), QStringLiteral("3d"), QStringLiteral("--out"),
                   dir.filePath(QStringLiteral("none.png"))});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(QString::fromLocal8Bit(app.readAllStandardError()).contains(QLatin1String("needs an X display")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.png"))));
    }

    void presetsAndErrors()
    {
        const QString png = dir.filePath(QStringLiteral("bone.png"));
        Run r = snapshot({folder, QStringLiteral("--view"), QStringLiteral("3d"), QStringLiteral("--out"), png});
        QVERIFY2(r.rc == 0, qPrintable(r.err));
        QCOMPARE(QImage(png).size(), QSize(512, 512));
        r = snapshot({folder, QStringLiteral("--view"), QStringLiteral("3d"), QStringLiteral("--preset"), QStringLiteral("glass"),
                      QStringLiteral("--out"), png});
        QCOMPARE(r.rc, 2);
        QVERIFY(r.err.contains(QLatin1String("glass")));
        r = snapshot({folder, QStringLiteral("--azimuth"), QStringLiteral("10"), QStringLiteral("--out"), png});
        QCOMPARE(r.rc, 2);
        QVERIFY(r.err.contains(QLatin1String("--view 3d")));
    }
};

QTEST_MAIN(TestSnapshot3d)
#include "tst_snapshot_3d.moc"
