// Benchmarks of the dicom module: header parsing, folder scan and pixel decoding per transfer syntax.
//
// STRATA_BENCH_DIR names a folder with one sub-folder per transfer syntax (explicit, implicit, rle,
// jpegls, j2k, jpeg-lossless, deflate, htj2k, ...), each holding the same series as *.dcm files;
// tests/benchmarks/run_dicom_bench.sh makes it (300 slices of 512×512 CT) and runs this with the
// peers' tools. Benchmarks are registered for the sub-folders that exist.
//
// Besides Strata's own figures, BM_GdcmDecode/<syntax> times the peer the design's goal names for
// decoding: GDCM (the library Strata decodes with) in one process, called from one thread,
// gdcm::ImageReader::Read + gdcm::Image::GetBuffer per file, so that the ratio comes from the same run.
// GDCM's JPEG 2000 codec hands OpenJPEG all cores by default, so "one thread" is not one core there:
// every benchmark reports `cores` (process CPU time / wall time) and `faults/file` (minor page faults).
#include <strata/core/Allocator.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>

#include <benchmark/benchmark.h>

#include <gdcmImage.h>
#include <gdcmImageReader.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using namespace strata;

/// The *.dcm files of a folder, sorted, as absolute paths.
QStringList dicomFiles(const QString &folder)
{
    QDir dir(folder);
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name))
        files.append(dir.absoluteFilePath(name));
    return files;
}

/// What the whole process used while a benchmark ran (all threads, including GDCM's codec
/// threads): CPU time and minor page faults, from getrusage.
class ProcessUsage {
public:
    ProcessUsage() { sample(m_cpu, m_faults, m_wall); }
    /// cores: process CPU time / wall time; faults/file: minor page faults per file decoded.
    void report(benchmark::State &state, double filesPerIteration) const
    {
        double cpu, faults, wall;
        sample(cpu, faults, wall);
        const double runs = double(state.iterations()) * filesPerIteration;
        if (wall - m_wall > 0)
            state.counters["cores"] = (cpu - m_cpu) / (wall - m_wall);
        if (runs > 0)
            state.counters["faults/file"] = (faults - m_faults) / runs;
    }

private:
    static void sample(double &cpu, double &faults, double &wall)
    {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        cpu = double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
        faults = double(u.ru_minflt);
        wall = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    }
    double m_cpu = 0, m_faults = 0, m_wall = 0;
};

void setRates(benchmark::State &state, double files, double decodedBytes, const ProcessUsage &usage)
{
    using benchmark::Counter;
    const double iterations = double(state.iterations());
    state.counters["files"] = files;
    state.counters["files/s"] = Counter(files * iterations, Counter::kIsRate);
    if (decodedBytes > 0)
        state.counters["MB/s"] = Counter(decodedBytes * iterations / 1e6, Counter::kIsRate);
    usage.report(state, files);
}

void BM_HeaderParse(benchmark::State &state, const QStringList &files)
{
    const ProcessUsage usage;
    for (auto _ : state) {
        for (const QString &f : files) {
            auto header = dicom::readHeader(f);
            if (!header.ok()) {
                state.SkipWithError(header.error().message().toStdString().c_str());
                return;
            }
            benchmark::DoNotOptimize(header.value().pixel.rows);
        }
    }
    setRates(state, files.size(), 0, usage);
}

void BM_ScanFolder(benchmark::State &state, const QString &folder)
{
    std::size_t found = 0;
    const ProcessUsage usage;
    for (auto _ : state) {
        const QStringList files = dicom::listFiles({folder});
        const dicom::FolderScanResult result = dicom::scanFiles(files);
        if (!result.failures.empty()) {
            state.SkipWithError(result.failures.front().message().toStdString().c_str());
            return;
        }
        found = result.headers.size();
        benchmark::DoNotOptimize(result.headers.data());
    }
    setRates(state, double(found), 0, usage);
    state.counters["threads"] = QThreadPool::globalInstance()->maxThreadCount();
}

void BM_Decode(benchmark::State &state, const QStringList &files)
{
    double bytes = 0;
    const ProcessUsage usage;
    for (auto _ : state) {
        bytes = 0;
        for (const QString &f : files) {
            auto image = dicom::decodePixels(f);
            if (!image.ok()) {
                state.SkipWithError(image.error().message().toStdString().c_str());
                return;
            }
            bytes += double(image.value().data.size());
            benchmark::DoNotOptimize(image.value().data.data());
        }
    }
    setRates(state, files.size(), bytes, usage);
}

void BM_DecodeParallel(benchmark::State &state, const QStringList &files)
{
    double bytes = 0;
    const ProcessUsage usage;
    for (auto _ : state) {
        std::atomic<std::uint64_t> decoded{0};
        std::atomic<int> failed{0};
        QString firstError;
        QtConcurrent::blockingMap(files, [&](const QString &f) {
            auto image = dicom::decodePixels(f);
            if (!image.ok()) {
                if (failed.fetch_add(1) == 0)
                    firstError = image.error().message();
                return;
            }
            decoded += image.value().data.size();
            benchmark::DoNotOptimize(image.value().data.data());
        });
        if (failed.load() > 0) {
            state.SkipWithError(firstError.toStdString().c_str());
            return;
        }
        bytes = double(decoded.load());
    }
    setRates(state, files.size(), bytes, usage);
    state.counters["threads"] = QThreadPool::globalInstance()->maxThreadCount();
}

/// Peer: plain GDCM in this process, one thread (read + decompress into a buffer, nothing else:
/// no structure check, no header model, no bit masking or Modality LUT).
void BM_GdcmDecode(benchmark::State &state, const QStringList &files)
{
    double bytes = 0;
    std::vector<char> buffer;
    const ProcessUsage usage;
    for (auto _ : state) {
        bytes = 0;
        for (const QString &f : files) {
            gdcm::ImageReader reader;
            reader.SetFileName(QFile::encodeName(f).constData());
            if (!reader.Read()) {
                state.SkipWithError(("GDCM cannot read " + f.toStdString()).c_str());
                return;
            }
            const gdcm::Image &image = reader.GetImage();
            buffer.resize(image.GetBufferLength());
            if (!image.GetBuffer(buffer.data())) {
                state.SkipWithError(("GDCM cannot decode " + f.toStdString()).c_str());
                return;
            }
            bytes += double(buffer.size());
            benchmark::DoNotOptimize(buffer.data());
        }
    }
    setRates(state, files.size(), bytes, usage);
}

} // namespace

int main(int argc, char **argv)
{
    strata::configureAllocatorForImages();  // as the application does
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    const char *env = std::getenv("STRATA_BENCH_DIR");
    if (!env || !*env || !QFileInfo(QString::fromLocal8Bit(env)).isDir()) {
        std::fprintf(stderr,
                     "strata_bench_dicom: set STRATA_BENCH_DIR to a folder with one sub-folder of *.dcm files per "
                     "transfer syntax (tests/benchmarks/run_dicom_bench.sh makes one)\n");
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(env));

    // Preferred order first, then any other sub-folder.
    QStringList syntaxes = {QStringLiteral("explicit"), QStringLiteral("implicit"), QStringLiteral("deflate"),
                            QStringLiteral("rle"),      QStringLiteral("jpeg-lossless"), QStringLiteral("jpegls"),
                            QStringLiteral("j2k")};
    for (const QString &d : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (!syntaxes.contains(d))
            syntaxes.append(d);

    // RegisterBenchmark keeps its own copy of the extra arguments (the file lists, the folder).
    int registered = 0;
    const QString explicitDir = root.absoluteFilePath(QStringLiteral("explicit"));
    const QStringList explicitFiles = dicomFiles(explicitDir);
    if (!explicitFiles.isEmpty()) {
        benchmark::RegisterBenchmark("BM_HeaderParse", BM_HeaderParse, explicitFiles)
            ->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(0.5);
        benchmark::RegisterBenchmark("BM_ScanFolder", BM_ScanFolder, explicitDir)
            ->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(0.5);
        registered += 2;
    }
    for (const QString &syntax : syntaxes) {
        const QStringList files = dicomFiles(root.absoluteFilePath(syntax));
        if (files.isEmpty())
            continue;
        const std::string name = syntax.toStdString();
        // One pass over 300 files is 0.1–10 s: a short minimum time keeps it to a few passes.
        benchmark::RegisterBenchmark(("BM_Decode/" + name).c_str(), BM_Decode, files)
            ->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(0.5);
        benchmark::RegisterBenchmark(("BM_DecodeParallel/" + name).c_str(), BM_DecodeParallel, files)
            ->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(0.5);
        registered += 2;
        if (syntax == QLatin1String("htj2k"))
            continue;   // GDCM 3.0 does not know the syntax (Strata decodes it with OpenJPEG)
        benchmark::RegisterBenchmark(("BM_GdcmDecode/" + name).c_str(), BM_GdcmDecode, files)
            ->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(0.5);
        ++registered;
    }
    if (registered == 0) {
        std::fprintf(stderr, "strata_bench_dicom: no sub-folder of %s holds *.dcm files\n", env);
        return 2;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
