// Video playback as the viewer reads it: a long 1080p H.264 clip in a Video Endoscopic Image, read a
// few frames at a time from a stream kept open (dicom::VideoFrames), played through and jumped in.
// tests/benchmarks/run_video_bench.sh makes the clip with FFmpeg's command, wraps it (--wrap below),
// runs this and times the peer in the same run: `ffmpeg` decoding the same stream to RGB.
//
//   strata_bench_video --wrap STREAM TEMPLATE.dcm OUT.dcm FRAMES ROWS COLUMNS [mpeg2]
//       wraps an H.264 stream (or with `mpeg2` an MPEG-2 one) as it is as the pixel data of
//       OUT.dcm (patient and study of TEMPLATE)
//   STRATA_BENCH_VIDEO=OUT.dcm strata_bench_video [--benchmark_...]
//
// BM_VideoPlay: every frame, four at a time, as the cine reads them (frames/s).
// BM_VideoJump: one frame at a time at places spread over the clip, back and ahead (ms a jump),
// with pictures/jump: how many pictures the keyframe seek decoded.
// The process's allocator is set up as Strata's programs set it (configureAllocatorForImages).
#include <strata/core/Allocator.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/VideoFrames.h>

#include <video_dicom.h>

#include <benchmark/benchmark.h>

#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

using namespace strata;

QString videoPath()
{
    const char *path = std::getenv("STRATA_BENCH_VIDEO");
    return path ? QString::fromLocal8Bit(path) : QString();
}

/// Frames spread over the clip, jumping back and ahead by about a third of it each time.
std::vector<int> jumps(int frames)
{
    std::vector<int> out;
    for (int i = 0; i < 12; ++i)
        out.push_back(int((std::int64_t(i) * 7919 + 13) % frames));
    return out;
}

void BM_VideoPlay(benchmark::State &state)
{
    std::int64_t frames = 0;
    for (auto _ : state) {
        auto video = dicom::VideoFrames::open(videoPath());
        if (!video.ok()) {
            state.SkipWithError(video.error().message().toUtf8().constData());
            return;
        }
        for (int first = 0; first < video.value()->frameCount(); first += 4) {
            auto batch = video.value()->read(first, 4);
            if (!batch.ok()) {
                state.SkipWithError(batch.error().message().toUtf8().constData());
                return;
            }
            frames += batch.value().frames;
            benchmark::DoNotOptimize(batch.value().data.data());
        }
    }
    state.counters["frames/s"] = benchmark::Counter(double(frames), benchmark::Counter::kIsRate);
}

void BM_VideoJump(benchmark::State &state)
{
    auto video = dicom::VideoFrames::open(videoPath());
    if (!video.ok()) {
        state.SkipWithError(video.error().message().toUtf8().constData());
        return;
    }
    dicom::VideoFrames &v = *video.value();
    (void)v.read(0, 1);   // the stream opened and its timestamps indexed before the clock runs
    (void)v.read(v.frameCount() / 2, 1);
    const std::vector<int> places = jumps(v.frameCount());
    std::size_t i = 0;
    std::int64_t jumpsDone = 0;
    const std::int64_t before = v.picturesDecoded();
    for (auto _ : state) {
        auto frame = v.read(places[i++ % places.size()], 1);
        if (!frame.ok()) {
            state.SkipWithError(frame.error().message().toUtf8().constData());
            return;
        }
        benchmark::DoNotOptimize(frame.value().data.data());
        ++jumpsDone;
    }
    state.counters["pictures/jump"] = double(v.picturesDecoded() - before) / double(std::max<std::int64_t>(1, jumpsDone));
}

int wrap(int argc, char **argv)
{
    QFile stream(QString::fromLocal8Bit(argv[2]));
    if (!stream.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[2]);
        return 1;
    }
    const QByteArray bytes = stream.readAll();
    const std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
    testing::VideoSpec spec;
    spec.encoder = "libx264";
    spec.container = "mp4";
    spec.syntax = argc > 8 && QByteArray(argv[8]) == "mpeg2" ? EXS_MPEG2MainProfileAtMainLevel : EXS_MPEG4HighProfileLevel4_1;
    if (!testing::writeVideoDicom(QString::fromLocal8Bit(argv[4]), QString::fromLocal8Bit(argv[3]), data, std::atoi(argv[5]), std::atoi(argv[6]),
                                  std::atoi(argv[7]), spec)) {
        std::fprintf(stderr, "cannot write %s\n", argv[4]);
        return 1;
    }
    return 0;
}

} // namespace

BENCHMARK(BM_VideoPlay)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_VideoJump)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(24);

int main(int argc, char **argv)
{
    if (argc >= 8 && QByteArray(argv[1]) == "--wrap")
        return wrap(argc, argv);
    if (videoPath().isEmpty()) {
        std::fprintf(stderr, "STRATA_BENCH_VIDEO names the video to read (see run_video_bench.sh)\n");
        return 2;
    }
    strata::configureAllocatorForImages();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
