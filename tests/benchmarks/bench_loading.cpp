// Benchmarks of opening a series in the viewer, on a 512×512×300 CT (Strata's phantom, noise on,
// written once per run by dicom::writePhantom into a temporary folder under <build>/bench-data):
//   BM_FirstImage       scanFiles + buildStacks + the middle slice ready through SeriesVolume
//   BM_VolumeReady      scanFiles + buildStacks + SeriesVolume's volumeReady (every slice in, MPR-ready)
//   BM_LoadVolume       the peer inside Strata: scanFiles + buildStacks + dicom::loadVolume (the
//                       path the viewer had before SeriesVolume: nothing shows until all is decoded)
//   BM_VtkDicomReader   the plain VTK peer: vtkDICOMImageReader on the folder (its own scan and sort)
//   BM_Scan             scanFiles + buildStacks alone, for scale
// each warm (page cache holds the files) and cold: before every iteration each file is fsync'ed
// and dropped from the page cache with posix_fadvise(POSIX_FADV_DONTNEED) (outside the timing).
// Times are wall-clock per open; the CPU column is the whole process's CPU time.
//
// STRATA_BENCH_LOADING_DIR: use (and keep) this folder instead of a fresh temporary one.
#include <strata/core/Allocator.h>
#include <strata/core/WorkPool.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/Phantom.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/SeriesVolume.h>

#include <benchmark/benchmark.h>

#include <vtkDICOMImageReader.h>
#include <vtkImageData.h>
#include <vtkSmartPointer.h>

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>

namespace {

using namespace strata;

QString g_folder;
QStringList g_files;

/// Drops every file of the series from the page cache (what "cold" means here).
void evictFromPageCache()
{
    for (const QString &path : g_files) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fsync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

struct Opened {
    std::vector<dicom::DicomHeader> headers;
    dicom::Stack stack;
};

Opened scanSeries()
{
    Opened o;
    const auto scan = dicom::scanFiles(dicom::listFiles({g_folder}));
    for (const auto &h : scan.headers)
        if (h.path.endsWith(QLatin1String(".dcm")))
            o.headers.push_back(h);
    auto stacks = dicom::buildStacks(o.headers);
    if (!stacks.empty())
        o.stack = std::move(stacks.front());
    return o;
}

/// Waits (on the benchmark's thread) for a SeriesVolume's signals, which come from workers.
struct Waiter {
    std::mutex mutex;
    std::condition_variable changed;
    bool first = false;
    bool volume = false;
    bool failed = false;

    void connectTo(imaging::SeriesVolume &series, int firstSlice)
    {
        QObject::connect(&series, &imaging::SeriesVolume::sliceReady, &series, [this, firstSlice](int k) {
            if (k == firstSlice)
                set(first);
        }, Qt::DirectConnection);
        QObject::connect(&series, &imaging::SeriesVolume::volumeReady, &series, [this] { set(volume); }, Qt::DirectConnection);
        QObject::connect(&series, &imaging::SeriesVolume::failed, &series, [this] { set(failed); }, Qt::DirectConnection);
    }
    void set(bool &flag)
    {
        std::lock_guard lock(mutex);
        flag = true;
        changed.notify_all();
    }
    bool wait(const bool &flag)
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return flag || failed; });
        return !failed;
    }
};

void prepare(benchmark::State &state, bool cold)
{
    state.PauseTiming();
    if (cold)
        evictFromPageCache();
    state.ResumeTiming();
}

void BM_FirstImage(benchmark::State &state)
{
    const bool cold = state.range(0) != 0;
    for (auto _ : state) {
        prepare(state, cold);
        const Opened o = scanSeries();
        const int middle = int(o.stack.slices.size()) / 2;
        Waiter waiter;  // outlives the series
        auto series = std::make_unique<imaging::SeriesVolume>(o.stack, o.headers);
        waiter.connectTo(*series, middle);
        series->start();
        if (!waiter.wait(waiter.first)) {
            state.SkipWithError(series->error().message().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(series->slice(middle)->data());
        state.PauseTiming();
        series.reset();  // cancels the rest
        state.ResumeTiming();
    }
}

void BM_VolumeReady(benchmark::State &state)
{
    const bool cold = state.range(0) != 0;
    for (auto _ : state) {
        prepare(state, cold);
        const Opened o = scanSeries();
        Waiter waiter;  // outlives the series
        auto series = std::make_unique<imaging::SeriesVolume>(o.stack, o.headers);
        waiter.connectTo(*series, -1);
        series->start();
        if (!waiter.wait(waiter.volume) || !series->volume()) {
            state.SkipWithError(series->error().message().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(series->volume()->voxels.data());
        state.PauseTiming();
        series.reset();
        state.ResumeTiming();
    }
}

void BM_LoadVolume(benchmark::State &state)
{
    const bool cold = state.range(0) != 0;
    for (auto _ : state) {
        prepare(state, cold);
        const Opened o = scanSeries();
        auto volume = dicom::loadVolume(o.stack, o.headers);
        if (!volume.ok()) {
            state.SkipWithError(volume.error().message().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(volume->voxels.data());
        state.PauseTiming();
        volume = Error();
        state.ResumeTiming();
    }
}

void BM_VtkDicomReader(benchmark::State &state)
{
    const bool cold = state.range(0) != 0;
    const QByteArray folder = QFile::encodeName(g_folder);
    for (auto _ : state) {
        prepare(state, cold);
        auto reader = vtkSmartPointer<vtkDICOMImageReader>::New();
        reader->SetDirectoryName(folder.constData());
        reader->Update();
        vtkImageData *image = reader->GetOutput();
        int dims[3] = {0, 0, 0};
        image->GetDimensions(dims);
        if (dims[2] != g_files.size()) {
            state.SkipWithError("vtkDICOMImageReader did not read every slice");
            return;
        }
        benchmark::DoNotOptimize(image->GetScalarPointer());
        state.PauseTiming();
        reader = nullptr;  // frees the image outside the timing
        state.ResumeTiming();
    }
}

void BM_Scan(benchmark::State &state)
{
    const bool cold = state.range(0) != 0;
    for (auto _ : state) {
        prepare(state, cold);
        const Opened o = scanSeries();
        benchmark::DoNotOptimize(o.stack.slices.data());
    }
}

bool makeData(std::unique_ptr<QTemporaryDir> &temporary)
{
    g_folder = qEnvironmentVariable("STRATA_BENCH_LOADING_DIR");
    dicom::PhantomSpec spec;  // 512×512×300, 0.7 mm pixels, 1 mm slices, noise 8 HU
    if (g_folder.isEmpty()) {
        QDir().mkpath(QStringLiteral(STRATA_BINARY_DIR "/bench-data"));
        temporary = std::make_unique<QTemporaryDir>(QStringLiteral(STRATA_BINARY_DIR "/bench-data/loading-XXXXXX"));
        if (!temporary->isValid())
            return false;
        g_folder = temporary->path();
    }
    const QStringList existing = QDir(g_folder).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
    if (existing.size() != spec.slices) {
        QElapsedTimer t;
        t.start();
        auto study = dicom::writePhantom(spec, g_folder);
        if (!study.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(study.error().message()));
            return false;
        }
        std::fprintf(stderr, "wrote the phantom into %s in %.1f s\n", qPrintable(g_folder), double(t.elapsed()) / 1000.0);
    }
    // Only the DICOM files (vtkDICOMImageReader reads every file of the folder).
    QFile::remove(QDir(g_folder).filePath(QStringLiteral("phantom.json")));
    for (const QString &name : QDir(g_folder).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name))
        g_files << QDir(g_folder).filePath(name);
    std::fprintf(stderr, "series: %lld files in %s; work pool: %d threads\n", qlonglong(g_files.size()), qPrintable(g_folder),
                 workPool()->maxThreadCount());
    return g_files.size() == spec.slices;
}

} // namespace

int main(int argc, char **argv)
{
    strata::configureAllocatorForImages();  // as the application does
    benchmark::Initialize(&argc, argv);
    std::unique_ptr<QTemporaryDir> temporary;
    if (!makeData(temporary))
        return 1;

    using benchmark::kMillisecond;
    // cold:0 warm page cache; cold:1 files dropped from the page cache before each iteration.
    struct Case {
        const char *name;
        void (*fn)(benchmark::State &);
        int iterations;
    };
    for (const Case &c : {Case{"BM_Scan", BM_Scan, 10}, Case{"BM_FirstImage", BM_FirstImage, 10},
                          Case{"BM_VolumeReady", BM_VolumeReady, 5}, Case{"BM_LoadVolume", BM_LoadVolume, 5},
                          Case{"BM_VtkDicomReader", BM_VtkDicomReader, 5}})
        benchmark::RegisterBenchmark(c.name, c.fn)->ArgName("cold")->Arg(0)->Arg(1)->Iterations(c.iterations)->Unit(kMillisecond)->MeasureProcessCPUTime()->UseRealTime();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
