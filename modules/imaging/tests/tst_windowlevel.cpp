/// Window/level: the VOI LUT functions against values computed by hand from PS3.3 C.11.2.1.2 (the
/// standard's own examples and the edge points), the fast path against the exact function, the CT
/// presets, the file's windows, the automatic window and the colour maps.
#include <strata/imaging/ColorMap.h>
#include <strata/imaging/WindowLevel.h>

#include <QTest>

#include <cmath>
#include <random>
#include <set>

using namespace strata;
using namespace strata::imaging;

Q_DECLARE_METATYPE(strata::imaging::VoiFunction)

class TestWindowLevel : public QObject {
    Q_OBJECT

private slots:
    void voiFunction_data()
    {
        QTest::addColumn<VoiFunction>("function");
        QTest::addColumn<double>("center");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("expected");
        const auto L = VoiFunction::Linear, E = VoiFunction::LinearExact, S = VoiFunction::Sigmoid;
        // The standard's examples (C.11.2.1.2.1, output 0..255).
        QTest::newRow("c2048 w4096 at 0") << L << 2048.0 << 4096.0 << 0.0 << 0.0;
        QTest::newRow("c2048 w4096 just above 0") << L << 2048.0 << 4096.0 << 0.5 << (0.5 - 2047.5 + 2047.5) / 4095.0 * 255.0;
        QTest::newRow("c2048 w4096 at 4095") << L << 2048.0 << 4096.0 << 4095.0 << 255.0;
        QTest::newRow("c2048 w4096 above 4095") << L << 2048.0 << 4096.0 << 4095.01 << 255.0;
        QTest::newRow("c2048 w4096 mid") << L << 2048.0 << 4096.0 << 2047.5 << 127.5;
        QTest::newRow("c2048 w1 at 2047.5") << L << 2048.0 << 1.0 << 2047.5 << 0.0;
        QTest::newRow("c2048 w1 above 2047.5") << L << 2048.0 << 1.0 << 2047.51 << 255.0;
        QTest::newRow("c0 w100 at -50") << L << 0.0 << 100.0 << -50.0 << 0.0;
        QTest::newRow("c0 w100 at 49") << L << 0.0 << 100.0 << 49.0 << 255.0;
        QTest::newRow("c0 w100 at -49") << L << 0.0 << 100.0 << -49.0 << (-49.0 + 0.5 + 49.5) / 99.0 * 255.0;
        QTest::newRow("c0 w100 at -0.5") << L << 0.0 << 100.0 << -0.5 << 127.5;
        QTest::newRow("c0 w1 at -0.5") << L << 0.0 << 1.0 << -0.5 << 0.0;
        QTest::newRow("c0 w1 above -0.5") << L << 0.0 << 1.0 << -0.49 << 255.0;
        // Brain 40/80: ramp from c − 0.5 − (w−1)/2 = 0 to c − 0.5 + (w−1)/2 = 79.
        QTest::newRow("brain lower edge") << L << 40.0 << 80.0 << 0.0 << 0.0;
        QTest::newRow("brain below") << L << 40.0 << 80.0 << -1000.0 << 0.0;
        QTest::newRow("brain upper edge") << L << 40.0 << 80.0 << 79.0 << 255.0;
        QTest::newRow("brain 1") << L << 40.0 << 80.0 << 1.0 << 255.0 / 79.0;
        QTest::newRow("brain 20") << L << 40.0 << 80.0 << 20.0 << 20.0 * 255.0 / 79.0;
        // LINEAR_EXACT (C.11.2.1.3.2): ramp from c − w/2 to c + w/2.
        QTest::newRow("exact lower edge") << E << 40.0 << 80.0 << 0.0 << 0.0;
        QTest::newRow("exact upper edge") << E << 40.0 << 80.0 << 80.0 << 255.0;
        QTest::newRow("exact above") << E << 40.0 << 80.0 << 80.001 << 255.0;
        QTest::newRow("exact center") << E << 40.0 << 80.0 << 40.0 << 127.5;
        QTest::newRow("exact quarter") << E << 40.0 << 80.0 << 20.0 << 63.75;
        QTest::newRow("exact narrow") << E << 0.0 << 0.5 << 0.125 << 191.25;
        // SIGMOID (C.11.2.1.3.1): 255 / (1 + exp(−4 (x − c) / w)).
        QTest::newRow("sigmoid center") << S << 40.0 << 80.0 << 40.0 << 127.5;
        QTest::newRow("sigmoid +w/4") << S << 40.0 << 80.0 << 60.0 << 255.0 / (1.0 + std::exp(-1.0));
        QTest::newRow("sigmoid -w/4") << S << 40.0 << 80.0 << 20.0 << 255.0 / (1.0 + std::exp(1.0));
        QTest::newRow("sigmoid far above") << S << 40.0 << 80.0 << 1000.0 << 255.0;
        QTest::newRow("sigmoid far below") << S << 40.0 << 80.0 << -1000.0 << 0.0;
    }
    void voiFunction()
    {
        QFETCH(VoiFunction, function);
        QFETCH(double, center);
        QFETCH(double, width);
        QFETCH(double, x);
        QFETCH(double, expected);
        const WindowLevel w{center, width, function, false};
        QVERIFY(w.isValid());
        const double y = imaging::voiFunction(x, w);
        QVERIFY2(std::abs(y - expected) < 1e-6, qPrintable(QStringLiteral("y(%1) = %2, expected %3").arg(x).arg(y).arg(expected)));
        // The rounded 8-bit value, and inverted.
        const int rounded = int(std::round(std::clamp(expected, 0.0, 255.0)));
        QCOMPARE(int(displayValue(x, w)), rounded);
        QCOMPARE(int(displayValue(x, {center, width, function, true})), 255 - rounded);
    }

    void validity()
    {
        QVERIFY(!WindowLevel({0, 0.5, VoiFunction::Linear, false}).isValid());  // LINEAR needs w ≥ 1
        QVERIFY(WindowLevel({0, 0.5, VoiFunction::LinearExact, false}).isValid());
        QVERIFY(!WindowLevel({0, 0, VoiFunction::Sigmoid, false}).isValid());
        QVERIFY(!WindowLevel({NAN, 10, VoiFunction::Linear, false}).isValid());
        QCOMPARE(voiFunctionFromString(QStringLiteral("LINEAR_EXACT ")), VoiFunction::LinearExact);
        QCOMPARE(voiFunctionFromString(QStringLiteral("sigmoid")), VoiFunction::Sigmoid);
        QCOMPARE(voiFunctionFromString(QString()), VoiFunction::Linear);
        QCOMPARE(voiFunctionName(VoiFunction::LinearExact), QStringLiteral("LINEAR_EXACT"));
    }

    /// The fast path against the exact function on fractional values across and beyond each window.
    void fastPath_data()
    {
        QTest::addColumn<VoiFunction>("function");
        QTest::addColumn<double>("center");
        QTest::addColumn<double>("width");
        QTest::addColumn<bool>("inverted");
        for (const VoiFunction f : {VoiFunction::Linear, VoiFunction::LinearExact, VoiFunction::Sigmoid})
            for (const auto &[c, w] : std::vector<std::pair<double, double>>{{40, 80}, {-600, 1500}, {400, 1800}, {2048, 4096}, {0.5, 3}})
                for (const bool inv : {false, true})
                    QTest::addRow("%s c%g w%g%s", qPrintable(voiFunctionName(f)), c, w, inv ? " inverted" : "") << f << c << w << inv;
        QTest::newRow("LINEAR w1 step") << VoiFunction::Linear << 10.0 << 1.0 << false;
        QTest::newRow("LINEAR w1 step inverted") << VoiFunction::Linear << 10.0 << 1.0 << true;
    }
    void fastPath()
    {
        QFETCH(VoiFunction, function);
        QFETCH(double, center);
        QFETCH(double, width);
        QFETCH(bool, inverted);
        const WindowLevel w{center, width, function, inverted};
        std::mt19937 random(7);
        std::uniform_real_distribution<double> spread(center - 2 * width - 5, center + 2 * width + 5);
        std::vector<float> values;
        for (int i = 0; i < 200000; ++i)
            values.push_back(float(spread(random)));
        for (int i = -3000; i <= 3000; ++i)  // integers and exact edge points too
            values.push_back(float(center + i * width / 1000.0));
        values.push_back(float(center - 0.5 - (width - 1) / 2));
        values.push_back(float(center - 0.5 + (width - 1) / 2));
        std::vector<std::uint8_t> out(values.size());
        applyWindow(values.data(), values.size(), w, out.data());
        int worst = 0;
        std::size_t differ = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const int d = std::abs(int(out[i]) - int(displayValue(values[i], w)));
            worst = std::max(worst, d);
            differ += d != 0;
        }
        qInfo("%s: %zu of %zu values differ, by at most %d", QTest::currentDataTag(), differ, values.size(), worst);
        QVERIFY(worst <= 1);
        QVERIFY2(double(differ) / double(values.size()) < 0.002, "more than 0.2% of values off by one");
        // The saturated ends are exact.
        const float ends[2] = {float(center - 3 * width - 10), float(center + 3 * width + 10)};
        std::uint8_t endsOut[2];
        applyWindow(ends, 2, w, endsOut);
        QCOMPARE(int(endsOut[0]), inverted ? 255 : 0);
        QCOMPARE(int(endsOut[1]), inverted ? 0 : 255);
    }

    void notANumberIsBlack()
    {
        const float values[2] = {NAN, 1e30f};
        std::uint8_t out[2] = {7, 7};
        applyWindow(values, 2, {40, 80, VoiFunction::Linear, false}, out);
        QCOMPARE(int(out[0]), 0);
        QCOMPARE(int(out[1]), 255);
        applyWindow(values, 2, {40, 80, VoiFunction::Sigmoid, false}, out);
        QCOMPARE(int(out[0]), 0);
        QCOMPARE(int(out[1]), 255);
    }

    void windowImage()
    {
        const std::vector<float> values{-1000, 0, 39, 79, 1000, 40};
        const Image8 image = imaging::windowImage(values.data(), 3, 2, ctPreset(QStringLiteral("ct.brain"))->window);
        QCOMPARE(image.width, 3);
        QCOMPARE(image.height, 2);
        const std::vector<std::uint8_t> expected{0, 0, 126, 255, 255, 129};  // 39·255/79 = 125.9, 40·255/79 = 129.1
        QCOMPARE(image.pixels, expected);
        QVERIFY(imaging::windowImage(values.data(), 0, 2, {}).pixels.empty());
    }

    void ctPresets_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("center");
        QTest::addColumn<double>("width");
        QTest::newRow("brain") << "ct.brain" << 40.0 << 80.0;
        QTest::newRow("subdural") << "ct.subdural" << 75.0 << 215.0;
        QTest::newRow("stroke") << "ct.stroke" << 40.0 << 40.0;
        QTest::newRow("lung") << "ct.lung" << -600.0 << 1500.0;
        QTest::newRow("mediastinum") << "ct.mediastinum" << 50.0 << 350.0;
        QTest::newRow("abdomen") << "ct.abdomen" << 50.0 << 400.0;
        QTest::newRow("liver") << "ct.liver" << 30.0 << 150.0;
        QTest::newRow("bone") << "ct.bone" << 400.0 << 1800.0;
    }
    void ctPresets()
    {
        QFETCH(QString, id);
        QFETCH(double, center);
        QFETCH(double, width);
        const auto preset = ctPreset(id);
        QVERIFY(preset.has_value());
        QCOMPARE(preset->window.center, center);
        QCOMPARE(preset->window.width, width);
        QCOMPARE(preset->window.function, VoiFunction::Linear);
        QVERIFY(!preset->window.inverted);
        QVERIFY(!preset->name.isEmpty());
        // LINEAR: black at and below c − w/2, white from c + w/2 − 1, mid-grey at c − 0.5.
        QCOMPARE(int(displayValue(center - width / 2, preset->window)), 0);
        QCOMPARE(int(displayValue(center - width / 2 - 500, preset->window)), 0);
        QCOMPARE(int(displayValue(center + width / 2 - 1, preset->window)), 255);
        QCOMPARE(int(displayValue(center + width / 2 + 500, preset->window)), 255);
        QCOMPARE(imaging::voiFunction(center - 0.5, preset->window), 127.5);
    }
    void ctPresetList()
    {
        QCOMPARE(int(imaging::ctPresets().size()), 8);
        std::set<QString> ids;
        for (const WindowPreset &p : imaging::ctPresets())
            ids.insert(p.id);
        QCOMPARE(int(ids.size()), 8);
        QVERIFY(!ctPreset(QStringLiteral("ct.nonsense")).has_value());
    }

    void presetsFromTheFile()
    {
        dicom::PixelDescription pixel;
        pixel.voiLutFunction = QStringLiteral("SIGMOID");
        pixel.windows = {{300, 600, QStringLiteral("WINDOW1 ")}, {500, 0, QStringLiteral("broken")}, {200, 1000, QString()}};
        const auto fromFile = presetsFromFile(pixel);
        QCOMPARE(int(fromFile.size()), 2);  // the zero-width window is skipped
        QCOMPARE(fromFile[0].name, QStringLiteral("WINDOW1"));
        QCOMPARE(fromFile[0].window, (WindowLevel{300, 600, VoiFunction::Sigmoid, false}));
        QCOMPARE(fromFile[1].name, QStringLiteral("Window 3"));
        QCOMPARE(fromFile[1].window.center, 200.0);
        QVERIFY(fromFile[0].id != fromFile[1].id);

        const auto ct = presetsFor(QStringLiteral("CT"), pixel);
        QCOMPARE(int(ct.size()), 2 + 8);
        QCOMPARE(ct[0].name, QStringLiteral("WINDOW1"));  // the file's own windows come first
        QCOMPARE(ct[2].id, QStringLiteral("ct.brain"));
        QCOMPARE(int(presetsFor(QStringLiteral("MR"), pixel).size()), 2);
        QVERIFY(presetsFor(QStringLiteral("MR"), {}).empty());
    }

    void autoWindowCt()
    {
        // Half air and padding, half tissue spread evenly over −100..100 HU.
        std::vector<float> v;
        for (int i = 0; i < 100000; ++i)
            v.push_back(i % 3 == 0 ? -1000.0f : -2000.0f);
        for (int i = 0; i <= 200000; ++i)
            v.push_back(-100.0f + float(i) * 0.001f);
        const WindowLevel w = autoWindow(v.data(), v.size(), QStringLiteral("CT"));
        const double low = w.center - 0.5 - (w.width - 1) / 2, high = w.center - 0.5 + (w.width - 1) / 2;
        QVERIFY2(std::abs(low - -98.0) < 0.5 && std::abs(high - 98.0) < 0.5,
                 qPrintable(QStringLiteral("auto window %1..%2").arg(low).arg(high)));
        QCOMPARE(w.function, VoiFunction::Linear);
    }
    void autoWindowMr()
    {
        // Background 0 (left out as the minimum), signal 100..500.
        std::vector<float> v(300000, 0.0f);
        for (int i = 0; i <= 400000; ++i)
            v.push_back(100.0f + float(i) * 0.001f);
        const WindowLevel w = autoWindow(v.data(), v.size(), QStringLiteral("MR"));
        const double low = w.center - 0.5 - (w.width - 1) / 2, high = w.center - 0.5 + (w.width - 1) / 2;
        QVERIFY2(std::abs(low - 104.0) < 1 && std::abs(high - 496.0) < 1,
                 qPrintable(QStringLiteral("auto window %1..%2").arg(low).arg(high)));
        // Explicit floor: now the background counts and pulls the low end down to 0.
        AutoWindowOptions all;
        all.ignoreBelow = -1.0;
        const WindowLevel withBackground = autoWindow(v.data(), v.size(), QStringLiteral("MR"), all);
        QVERIFY(withBackground.center - 0.5 - (withBackground.width - 1) / 2 < 1.0);
    }
    void autoWindowLeavesThePaddingOut()
    {
        // A MONOCHROME1 radiograph padded at the top of its range (as the standard has it): a
        // third of the pixels 4095, the exposure 200..1200. Counted, the padding would stretch the
        // window's high end to 4095.
        std::vector<float> v(200000, 4095.0f);
        for (int i = 0; i <= 400000; ++i)
            v.push_back(200.0f + float(i) * 0.0025f);
        const WindowLevel stretched = autoWindow(v.data(), v.size(), QStringLiteral("CR"));
        QVERIFY(stretched.center - 0.5 + (stretched.width - 1) / 2 > 4000);
        dicom::PixelDescription pixel;
        pixel.paddingValue = 4095;
        const WindowLevel w = autoWindow(v.data(), v.size(), QStringLiteral("CR"), autoWindowOptions(pixel));
        const double low = w.center - 0.5 - (w.width - 1) / 2, high = w.center - 0.5 + (w.width - 1) / 2;
        QVERIFY2(std::abs(low - 210) < 2 && std::abs(high - 1190) < 2, qPrintable(QStringLiteral("auto window %1..%2").arg(low).arg(high)));
        // A range of padding, in modality values (the rescale applied).
        pixel.paddingValue = 2000;
        pixel.paddingRangeLimit = 1000;
        pixel.rescaleSlope = 2;
        pixel.rescaleIntercept = -100;
        QCOMPARE(autoWindowOptions(pixel).exclude, (std::optional<std::array<double, 2>>{{1900, 3900}}));
        pixel.hasModalityLutSequence = true;   // the table's values, not the rescale's
        QVERIFY(!autoWindowOptions(pixel).exclude);
    }

    void autoWindowFallback()
    {
        const WindowLevel fallback{123, 456, VoiFunction::Linear, false};
        QCOMPARE(autoWindow(nullptr, 0, QStringLiteral("CT"), {}, fallback), fallback);
        const std::vector<float> air(1000, -1000.0f);
        QCOMPARE(autoWindow(air.data(), air.size(), QStringLiteral("CT"), {}, fallback), fallback);
        const std::vector<float> flat(1000, 5.0f);  // all at the minimum
        QCOMPARE(autoWindow(flat.data(), flat.size(), QStringLiteral("PT"), {}, fallback), fallback);
    }

    void colorTables()
    {
        const ColorTable &gray = colorTable(ColorMap::Grayscale);
        QCOMPARE(gray[0], 0xff000000u);
        QCOMPARE(gray[128], 0xff808080u);
        QCOMPARE(gray[255], 0xffffffffu);
        const ColorTable &hot = colorTable(ColorMap::HotIron);
        QCOMPARE(hot[0], 0xff000000u);
        QCOMPARE(hot[64], 0xff800000u);   // red half way up, no green yet
        QCOMPARE(hot[160], 0xffff4000u);  // red full, green rising, no blue yet
        QCOMPARE(hot[255], 0xfffffefcu);
        const ColorTable &pet = colorTable(ColorMap::Pet);
        QCOMPARE(pet[0], 0xff000000u);
        QCOMPARE(pet[255], 0xffffffffu);
        QCOMPARE(pet[85] & 0xffffffu, 0x00ffffu);   // cyan (stop 2 of 6)
        QCOMPARE(pet[170] & 0xffffffu, 0xffff00u);  // yellow (stop 4 of 6)
        QCOMPARE(pet[43] & 0xff0000u, 0u);          // blue-ish: no red yet
        QVERIFY((pet[43] & 0xffu) == 0xffu);
        // Luminance never falls along hot iron.
        auto luma = [](std::uint32_t c) { return 0.299 * ((c >> 16) & 255) + 0.587 * ((c >> 8) & 255) + 0.114 * (c & 255); };
        for (int i = 1; i < 256; ++i)
            QVERIFY(luma(hot[std::size_t(i)]) >= luma(hot[std::size_t(i - 1)]));
        for (const ColorMap m : {ColorMap::Grayscale, ColorMap::HotIron, ColorMap::Pet}) {
            QVERIFY(!colorMapName(m).isEmpty());
            for (std::uint32_t c : colorTable(m))
                QCOMPARE(c >> 24, 0xffu);  // opaque, as Format_RGB32 wants
        }
    }
    void colorImage()
    {
        // SUV-like values, window 0..10 (LINEAR_EXACT centre 5 width 10).
        const std::vector<float> values{-1, 0, 5, 10, 20, 2.5f};
        const WindowLevel w{5, 10, VoiFunction::LinearExact, false};
        const ImageRgb32 image = imaging::colorImage(values.data(), 2, 3, w, ColorMap::HotIron);
        QCOMPARE(image.width, 2);
        QCOMPARE(image.height, 3);
        const ColorTable &hot = colorTable(ColorMap::HotIron);
        for (std::size_t i = 0; i < values.size(); ++i)
            QCOMPARE(image.pixels[i], hot[displayValue(values[i], w)]);
        QCOMPARE(image.pixels[0], 0xff000000u);
        QCOMPARE(image.pixels[4], hot[255]);
        // Inverted: the table is indexed by the inverted value.
        const ImageRgb32 inv = imaging::colorImage(values.data(), 2, 3, {5, 10, VoiFunction::LinearExact, true}, ColorMap::Pet);
        QCOMPARE(inv.pixels[0], 0xffffffffu);
        QCOMPARE(inv.pixels[4], 0xff000000u);
    }
};

QTEST_GUILESS_MAIN(TestWindowLevel)
#include "tst_windowlevel.moc"
