#include <strata/imaging/SeriesVolume.h>

#include <strata/core/WorkPool.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/Suv.h>
#include <strata/dicom/VideoFrames.h>

#include <QFile>
#include <QRunnable>
#include <QCoreApplication>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <list>
#include <map>
#include <mutex>

namespace strata::imaging {

bool isColorStack(const dicom::Stack &, const dicom::DicomHeader &first)
{
    return first.pixel.samplesPerPixel == 3 || first.pixel.photometric == QLatin1String("PALETTE COLOR");
}

QString stackKey(const dicom::Stack &stack)
{
    return QStringLiteral("%1#%2").arg(stack.seriesInstanceUid).arg(stack.volumeIndex);
}

namespace {

/// Full-volume mode: one shared owner of the decoded pixels. slice(k) and volume() hand out
/// aliasing shared_ptrs into it, so what they point to outlives the SeriesVolume if need be.
struct Storage {
    dicom::Volume volume;            ///< regular stack: its voxels are the native slices
    std::vector<float> native;       ///< irregular stack: the native slices (volume resampled at the end)
    std::vector<SliceValues> views;  ///< one per native slice
    float *base = nullptr;           ///< where slice k starts: base + k · rows · columns

    float *sliceData(int k, std::size_t pixels) const { return base + std::size_t(k) * pixels; }
};

/// A slice decoded on its own: 2D-only mode, and the first slice while the volume buffer is made.
struct OwnSlice {
    std::vector<float> values;
    SliceValues view;
    std::vector<std::uint32_t> rgb;  ///< colour stacks: 0xffRRGGBB per pixel instead of values
};

std::shared_ptr<const SliceValues> ownSlicePointer(const std::shared_ptr<OwnSlice> &s)
{
    return std::shared_ptr<const SliceValues>(s, &s->view);
}

/// The mask slices one decoding task subtracts (SubtractionMask): each mask file decoded once,
/// however many of the task's slices it feeds (a multi-frame mask run).
class MaskFiles {
public:
    /// The task's own file, decoded already: a clip that is its own mask (DSA) is not decoded twice.
    void reuse(const QString &path, const dicom::DecodedImage &image)
    {
        m_ownPath = path;
        m_own = &image;
    }

    /// Decodes the masks of `slices` (nothing without a mask); the first Error, naming the mask's file.
    std::optional<Error> load(const SubtractionMask *mask, const std::vector<int> &slices, const dicom::Stack &stack)
    {
        for (int k = 0; mask && k < int(slices.size()); ++k)
            if (auto e = load(*mask, slices[std::size_t(k)], stack))
                return e;
        return std::nullopt;
    }

    /// Decodes slice k's mask; an Error names the mask's file and the reason.
    std::optional<Error> load(const SubtractionMask &mask, int k, const dicom::Stack &stack)
    {
        const auto tr = [](const char *text) { return QCoreApplication::translate("strata::imaging", text); };
        m_shift = mask.shift;
        if (!mask.frames.empty())
            return loadClipMask(mask, stack);
        if (k < 0 || std::size_t(k) >= mask.stack.slices.size())
            return Error(ErrorCode::Unsupported, mask.stack.seriesDescription, tr("the subtraction's mask has fewer slices than the series"));
        const dicom::SliceRef &ref = mask.stack.slices[std::size_t(k)];
        if (ref.header < 0 || std::size_t(ref.header) >= mask.headers.size())
            return Error(ErrorCode::NotFound, mask.stack.seriesDescription, tr("the subtraction's mask lacks a slice's file"));
        const QString &path = mask.headers[std::size_t(ref.header)].path;
        const dicom::DecodedImage *image = nullptr;
        if (auto e = decoded(path, stack, &image))
            return e;
        m_slices[k] = {image, std::min(ref.frame, image->frames - 1)};
        return std::nullopt;
    }

    /// Takes slice k's mask (if loaded) from `values`, moved by the mask's shift.
    void subtract(int k, float *values, std::size_t pixels, int columns)
    {
        const float *mask = nullptr;
        if (!m_average.empty()) {   // a clip's own mask: every slice of the task loaded it
            if (m_average.size() != pixels)
                return;
            mask = m_average.data();
        } else if (const auto it = m_slices.find(k); it != m_slices.end()) {
            m_buffer.resize(pixels);
            dicom::writeModalityFrame(*it->second.first, it->second.second, m_buffer.data());
            mask = m_buffer.data();
        }
        if (!mask || columns <= 0)
            return;
        if (m_shift == std::array<double, 2>{0, 0}) {
            for (std::size_t i = 0; i < pixels; ++i)
                values[i] -= mask[i];
            return;
        }
        // The mask moved right by shift[0] and down by shift[1]: pixel (x, y) takes the mask at
        // (x − shift[0], y − shift[1]), linear between its pixels, its edge held beyond them.
        const int rows = int(pixels / std::size_t(columns));
        const auto at = [&](int x, int y) { return mask[std::size_t(std::clamp(y, 0, rows - 1)) * std::size_t(columns) + std::size_t(std::clamp(x, 0, columns - 1))]; };
        for (int y = 0; y < rows; ++y) {
            const double my = y - m_shift[1];
            const int y0 = int(std::floor(my));
            const double fy = my - y0;
            for (int x = 0; x < columns; ++x) {
                const double mx = x - m_shift[0];
                const int x0 = int(std::floor(mx));
                const double fx = mx - x0;
                const double top = at(x0, y0) + (at(x0 + 1, y0) - at(x0, y0)) * fx;
                const double bottom = at(x0, y0 + 1) + (at(x0 + 1, y0 + 1) - at(x0, y0 + 1)) * fx;
                values[std::size_t(y) * std::size_t(columns) + std::size_t(x)] -= float(top + (bottom - top) * fy);
            }
        }
    }

private:
    /// The decoded mask file at `path` into `*image` (each file decoded once; the task's own file
    /// not decoded again); an Error names the file and why it cannot be a mask of `stack`.
    std::optional<Error> decoded(const QString &path, const dicom::Stack &stack, const dicom::DecodedImage **image)
    {
        if (m_own && path == m_ownPath) {
            *image = m_own;
            return std::nullopt;
        }
        const auto tr = [](const char *text) { return QCoreApplication::translate("strata::imaging", text); };
        auto it = m_decoded.find(path);
        if (it == m_decoded.end()) {
            auto decoded = dicom::decodePixels(path);
            if (!decoded.ok())
                return decoded.error();
            if (!decoded->sizeMatches() || decoded->isColor() || decoded->rows != stack.rows || decoded->columns != stack.columns)
                return Error(ErrorCode::Unsupported, path, tr("the subtraction's mask is not a grayscale image of the series' size"));
            it = m_decoded.emplace(path, std::move(decoded).value()).first;
        }
        *image = &it->second;
        return std::nullopt;
    }

    /// A clip's own mask: its frames averaged, once per task.
    std::optional<Error> loadClipMask(const SubtractionMask &mask, const dicom::Stack &stack)
    {
        const auto tr = [](const char *text) { return QCoreApplication::translate("strata::imaging", text); };
        if (!m_average.empty())
            return std::nullopt;
        if (mask.stack.slices.empty() || mask.stack.slices.front().header < 0 || std::size_t(mask.stack.slices.front().header) >= mask.headers.size())
            return Error(ErrorCode::NotFound, mask.stack.seriesDescription, tr("the subtraction's mask lacks a slice's file"));
        const QString &path = mask.headers[std::size_t(mask.stack.slices.front().header)].path;
        const dicom::DecodedImage *clip = nullptr;
        if (auto e = decoded(path, stack, &clip))
            return e;
        const std::size_t pixels = std::size_t(clip->rows) * std::size_t(clip->columns);
        std::vector<float> sum(pixels, 0.0f), frame(pixels);
        for (int f : mask.frames) {
            if (f < 0 || f >= clip->frames)
                return Error(ErrorCode::Unsupported, path, tr("the subtraction's mask frame is not in the clip"));
            dicom::writeModalityFrame(*clip, f, frame.data());
            for (std::size_t i = 0; i < pixels; ++i)
                sum[i] += frame[i];
        }
        for (float &v : sum)
            v /= float(mask.frames.size());
        m_average = std::move(sum);
        return std::nullopt;
    }

    std::map<QString, dicom::DecodedImage> m_decoded;
    std::map<int, std::pair<const dicom::DecodedImage *, int>> m_slices;
    std::vector<float> m_buffer;
    std::vector<float> m_average;   ///< a clip mask's frames averaged (taken from every slice)
    QString m_ownPath;
    const dicom::DecodedImage *m_own = nullptr;   ///< the task's file (reuse())
    std::array<double, 2> m_shift{0, 0};
};

/// Frame `frame` of decoded colour (interleaved 8-bit RGB, frame after frame) as packed ARGB, the
/// 2D cache's colour slice.
void packRgbFrame(const dicom::DecodedImage &image, int frame, std::size_t pixels, std::vector<std::uint32_t> &out)
{
    out.resize(pixels);
    const std::uint8_t *in = image.data.data() + std::size_t(frame) * pixels * 3;
    for (std::size_t i = 0; i < pixels; ++i, in += 3)
        out[i] = 0xff000000u | (std::uint32_t(in[0]) << 16) | (std::uint32_t(in[1]) << 8) | in[2];
}

enum SliceState : int { NotReady = 0, ReadyOwn = 1, ReadyInStorage = 2 };
enum FileState : int { Idle = 0, InFlight = 1, Done = 2, Failed = 3 };

} // namespace

struct SeriesVolume::Private {
    class Task : public QRunnable {
    public:
        Task(Private *d, int file) : m_d(d), m_file(file) { setAutoDelete(true); }
        void run() override { m_d->runTask(this, m_file); }

    private:
        Private *m_d;
        int m_file;
    };

    SeriesVolume *q = nullptr;
    dicom::Stack stack;
    std::vector<dicom::DicomHeader> files;        ///< the headers the stack refers to, once each
    std::vector<int> fileOfSlice;                 ///< index into files per slice
    std::vector<std::vector<int>> slicesOfFile;   ///< slices (stack order) each file feeds
    Options options;
    std::size_t pixels = 0;
    bool regular = true;
    bool hasGeometry = true;
    bool color = false;  ///< RGB/YBR/palette stack: 2D-only, slices as packed RGB
    int maxInFlight = 1;

    // Read without the lock (written before the release store of the slice's state).
    std::unique_ptr<std::atomic<int>[]> sliceState;
    std::shared_ptr<Storage> storage;                 ///< set once, before any ReadyInStorage
    std::vector<std::shared_ptr<OwnSlice>> own;       ///< ReadyOwn slices (full mode: until the buffer is made)
    std::atomic<int> ready{0};
    std::atomic<bool> complete{false};
    std::atomic<bool> cancelled{false};
    std::atomic<bool> failedEmitted{false};
    std::atomic<std::size_t> ownBytes{0};

    mutable std::mutex mutex;  // guards everything below
    std::condition_variable idle;
    bool started = false;
    bool finished = false;     ///< finish() was called
    int decodesStarted = 0;
    bool firstDecodeDone = false;
    int inFlight = 0;          ///< tasks queued in the pool or running
    int filesFinished = 0;
    int failures = 0;
    std::vector<int> fileState;
    std::vector<char> hinted;  ///< files already read ahead
    std::deque<int> queue;     ///< slices to decode, next first
    std::vector<Task *> queued;  ///< tasks handed to the pool and not started yet
    std::deque<int> lru;       ///< 2D-only: cached slices, most recent first
    std::shared_ptr<const dicom::Volume> result;
    Error firstError;

    /// Slices in the loader's order: `first`, then outward alternating (k+1, k-1, k+2, ...).
    std::deque<int> outward(int first, int radius) const
    {
        std::deque<int> order;
        const int n = int(stack.slices.size());
        order.push_back(first);
        for (int step = 1; step <= radius && (first + step < n || first - step >= 0); ++step) {
            if (first + step < n)
                order.push_back(first + step);
            if (first - step >= 0)
                order.push_back(first - step);
        }
        return order;
    }

    bool isCached(int k) const { return sliceState[std::size_t(k)].load(std::memory_order_acquire) != NotReady; }

    /// Starts tasks while fewer than maxInFlight run and slices wait. Locked.
    void pumpFullLocked()
    {
        if (cancelled.load())
            return;
        // The first slice alone (so that it shows as early as the machine allows and is the first
        // sliceReady, in a slice of its own), then the volume buffer (allocate(), one task), then
        // the rest straight into the buffer. Decoding into slices of their own while the buffer
        // is being made was tried: no gain the timings could show (docs/performance.md).
        while (inFlight < maxInFlight && !queue.empty()) {
            if (decodesStarted > 0 && !(firstDecodeDone && storage))
                return;
            int file = -1;
            for (auto it = queue.begin(); it != queue.end(); ++it) {
                const int f = fileOfSlice[std::size_t(*it)];
                if (fileState[std::size_t(f)] == Idle && !isCached(*it)) {
                    file = f;
                    queue.erase(it);
                    break;
                }
            }
            if (file < 0) {
                // Only slices whose file is in flight (or done) wait: drop those that are done.
                std::erase_if(queue, [&](int k) { return fileState[std::size_t(fileOfSlice[std::size_t(k)])] != InFlight; });
                return;
            }
            fileState[std::size_t(file)] = InFlight;
            ++decodesStarted;
            startLocked(new Task(this, file));
        }
    }

    void startLocked(Task *task)
    {
        ++inFlight;
        queued.push_back(task);
        workPool()->start(task);
    }

    void finishLocked()
    {
        --inFlight;
        pumpLocked();
        idle.notify_all();
    }

    void runTask(Task *task, int file)
    {
        {
            std::lock_guard lock(mutex);
            std::erase(queued, task);
            if (cancelled.load()) {
                if (file >= 0 && fileState[std::size_t(file)] == InFlight)
                    fileState[std::size_t(file)] = Idle;
                finishLocked();
                return;
            }
        }
        if (file < 0) {
            allocate();
        } else {
            prefetch();
            decode(file);
        }
        std::lock_guard lock(mutex);
        if (file >= 0 && !firstDecodeDone) {
            firstDecodeDone = true;
            if (options.fullVolume && !cancelled.load()) {
                startLocked(new Task(this, -1));
            }
        }
        finishLocked();
    }

    /// Full mode: asks the kernel to read the next files in the queue ahead (POSIX_FADV_WILLNEED),
    /// so that reading them from a cold disk overlaps with decoding.
    void prefetch()
    {
        if (!options.fullVolume)
            return;
        std::vector<QByteArray> paths;
        {
            std::lock_guard lock(mutex);
            const std::size_t ahead = std::size_t(4 * maxInFlight);
            for (std::size_t i = 0; i < queue.size() && paths.size() < ahead; ++i) {
                const int f = fileOfSlice[std::size_t(queue[i])];
                if (fileState[std::size_t(f)] != Idle || hinted[std::size_t(f)])
                    continue;
                hinted[std::size_t(f)] = 1;
                paths.push_back(QFile::encodeName(files[std::size_t(f)].path));
            }
        }
        for (const QByteArray &path : paths) {
            const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
            ::close(fd);
        }
    }

    /// Full mode: makes the volume buffer (on a worker: zero-filling hundreds of MiB takes a while)
    /// and moves the slices decoded meanwhile into it.
    void allocate()
    {
        auto s = std::make_shared<Storage>();
        const std::size_t n = stack.slices.size();
        if (regular) {
            s->volume = dicom::volumeGeometry(stack);
            s->volume.voxels = dicom::allocateVoxels(pixels * n);
            s->base = s->volume.voxels.data();
        } else {
            s->native = dicom::allocateVoxels(pixels * n);
            s->base = s->native.data();
        }
        s->views.reserve(n);
        for (std::size_t k = 0; k < n; ++k)
            s->views.emplace_back(s->sliceData(int(k), pixels), pixels);
        bool last = false;
        {
            std::lock_guard lock(mutex);
            storage = s;  // before any slice is published as ReadyInStorage (release)
            for (std::size_t k = 0; k < n; ++k)
                if (own[k]) {
                    std::memcpy(s->sliceData(int(k), pixels), own[k]->values.data(), pixels * sizeof(float));
                    sliceState[k].store(ReadyInStorage, std::memory_order_release);
                    own[k].reset();  // slice() copies own[k] under this lock only: holders keep theirs
                }
            ownBytes = 0;
            last = takeFinishLocked();  // every slice was in before the buffer
        }
        if (last)
            finish();
    }

    /// Whether everything is in (every file decoded, the buffer made) and finish() is still to run:
    /// then the caller runs it. Locked.
    bool takeFinishLocked()
    {
        if (finished || !storage || failures > 0 || filesFinished != int(files.size()))
            return false;
        finished = true;
        return true;
    }

    void decode(int file)
    {
        if (isVideo(file)) {
            decodeVideo(file);
            return;
        }
        const dicom::DicomHeader &h = files[std::size_t(file)];
        dicom::DecodeOptions decodeOptions;
        decodeOptions.maxBytes = options.decodeBudgetBytes;
        decodeOptions.cancel = &cancelled;   // a long video stops between pictures when the series is let go
        auto decoded = dicom::decodePixels(h.path, decodeOptions);
        if (cancelled.load()) {
            std::lock_guard lock(mutex);
            fileState[std::size_t(file)] = Idle;
            return;
        }
        checkFits(h.path, decoded);
        if (!decoded.ok()) {
            fail(file, decoded.error());
            return;
        }
        const dicom::DecodedImage &image = decoded.value();
        auto frameOf = [&](int k) { return std::min(stack.slices[std::size_t(k)].frame, image.frames - 1); };
        if (!options.fullVolume) {
            store2D(file, image, frameOf);
            return;
        }

        std::shared_ptr<Storage> s;
        {
            std::lock_guard lock(mutex);
            s = storage;
        }
        // A multi-frame file feeds several slices: the one asked for first is written (and
        // announced) first.
        std::vector<int> slicesHere = slicesOfFile[std::size_t(file)];
        if (auto it = std::find(slicesHere.begin(), slicesHere.end(), options.firstSlice); it != slicesHere.end())
            std::rotate(slicesHere.begin(), it, it + 1);
        // A subtraction's mask slices, decoded first: a mask that cannot be read fails the slices.
        MaskFiles masks;
        masks.reuse(h.path, image);
        if (auto e = masks.load(options.mask.get(), slicesHere, stack)) {
            fail(file, *e);
            return;
        }
        std::vector<int> done;
        for (int k : slicesHere) {
            if (s) {
                dicom::writeModalityFrame(image, frameOf(k), s->sliceData(k, pixels));
                masks.subtract(k, s->sliceData(k, pixels), pixels, stack.columns);
                sliceState[std::size_t(k)].store(ReadyInStorage, std::memory_order_release);
            } else {
                auto own1 = std::make_shared<OwnSlice>();
                own1->values.resize(pixels);
                dicom::writeModalityFrame(image, frameOf(k), own1->values.data());
                masks.subtract(k, own1->values.data(), pixels, stack.columns);
                own1->view = SliceValues(own1->values.data(), pixels);
                std::lock_guard lock(mutex);
                if (storage) {  // made meanwhile: copy into it
                    std::memcpy(storage->sliceData(k, pixels), own1->values.data(), pixels * sizeof(float));
                    sliceState[std::size_t(k)].store(ReadyInStorage, std::memory_order_release);
                } else {
                    own[std::size_t(k)] = own1;
                    ownBytes += pixels * sizeof(float);
                    sliceState[std::size_t(k)].store(ReadyOwn, std::memory_order_release);
                }
            }
            ++ready;
            done.push_back(k);
        }
        bool last = false;
        {
            std::lock_guard lock(mutex);
            fileState[std::size_t(file)] = Done;
            ++filesFinished;
            last = takeFinishLocked();
        }
        for (int k : done)
            emit q->sliceReady(k);
        emit q->progressChanged({ready.load(), qint64(stack.slices.size()), QCoreApplication::translate("strata::imaging", "decoding slices")});
        if (last)
            finish();
    }

    /// The decoder's buffer is read as rows × columns × frames of its sample type: a buffer that
    /// does not hold that much, or not the stack's size and kind, is refused, never read past.
    void checkFits(const QString &path, Result<dicom::DecodedImage> &decoded) const
    {
        if (decoded.ok() && !decoded->sizeMatches())
            decoded = Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::imaging", "the decoded pixels do not fill the image the header describes"));
        if (decoded.ok() && (decoded->isColor() != color || decoded->rows != stack.rows || decoded->columns != stack.columns))
            decoded = Error(ErrorCode::Unsupported, path,
                            QCoreApplication::translate("strata::imaging", "not a %1 image of the stack's size (%2×%3)")
                                .arg(color ? QCoreApplication::translate("strata::imaging", "colour") : QCoreApplication::translate("strata::imaging", "grayscale"))
                                .arg(stack.columns)
                                .arg(stack.rows));
    }

    // 2D-only: a video file's reader stays open between its tasks (a few files at most), so that
    // playing it decodes each picture once and a jump decodes from the keyframe before it. Locked.
    static constexpr std::size_t kOpenVideos = 2;
    std::deque<std::pair<int, std::shared_ptr<dicom::VideoFrames>>> videos;   ///< most recently used first
    std::map<int, int> videoFocus;   ///< a video file's frame asked for last (prioritize)

    bool isVideo(int file) const
    {
        const dicom::DicomHeader &h = files[std::size_t(file)];
        return !options.fullVolume && h.transferSyntax.video && h.pixel.frames > 1;
    }
    /// How far past the frame asked for last a video is read on while nothing else is asked.
    int readAhead() const { return std::max(4, options.sliceCacheCount / 2); }

    /// 2D-only, a video: the frames asked for, then on while the player may want them, a few at a
    /// time (each batch shown as it comes), from the file's open reader.
    void decodeVideo(int file)
    {
        const QString path = files[std::size_t(file)].path;
        std::shared_ptr<dicom::VideoFrames> video;
        {
            std::lock_guard lock(mutex);
            auto it = std::find_if(videos.begin(), videos.end(), [&](const auto &v) { return v.first == file; });
            if (it != videos.end()) {
                video = it->second;
                videos.erase(it);
                videos.emplace_front(file, video);
            }
        }
        if (!video) {
            auto opened = dicom::VideoFrames::open(path);
            if (!opened.ok()) {
                fail(file, opened.error());
                return;
            }
            video = std::move(opened).value();
            std::lock_guard lock(mutex);
            videos.emplace_front(file, video);
            if (videos.size() > kOpenVideos)
                videos.pop_back();   // a task reading it keeps its own reference
        }
        std::vector<int> sliceOfFrame(std::size_t(video->frameCount()), -1);
        for (int k : slicesOfFile[std::size_t(file)])
            if (const int f = stack.slices[std::size_t(k)].frame; f >= 0 && f < video->frameCount())
                sliceOfFrame[std::size_t(f)] = k;
        constexpr int kBatch = 4;
        const int kBack = std::min(readAhead(), 12);
        int next = video->nextFrame(), reach = -1;
        while (!cancelled.load()) {
            int first = -1, count = kBatch;
            {
                std::lock_guard lock(mutex);
                auto &asked = pendingOfFile[file];
                std::erase_if(asked, [&](int k) { return isCached(k); });
                // The frames asked for about the one shown last first: dragging through a video
                // asks for many on the way, the last is the one the reader waits for.
                const auto focusAt = videoFocus.find(file);
                const int focus = focusAt != videoFocus.end() ? focusAt->second : -1;
                int lowest = INT_MAX, lowestNear = INT_MAX;
                for (int k : asked) {
                    const int f = stack.slices[std::size_t(k)].frame;
                    lowest = std::min(lowest, f);
                    if (focus >= 0 && f >= focus - 2 && f <= focus + readAhead())
                        lowestNear = std::min(lowestNear, f);
                }
                if (lowestNear != INT_MAX)
                    lowest = lowestNear;
                if (lowest != INT_MAX)
                    reach = lowest + readAhead();
                if (asked.empty())
                    pendingOfFile.erase(file);
                if (lowest != INT_MAX && next >= 0 && lowest >= next && lowest < next + kBatch) {
                    first = next;   // on
                } else if (lowest != INT_MAX && next >= 0 && lowest < next) {
                    // Back: the frames before it too, decoded from the same keyframe (stepping
                    // back frame by frame would decode from it at every step).
                    first = std::max(0, lowest - kBack + 1);
                    count = lowest - first + 1;
                } else if (lowest != INT_MAX) {
                    first = lowest;   // the first read, or a jump ahead
                } else if (next >= 0 && queue.empty() && options.sliceCacheCount >= int(stack.slices.size())) {
                    // The cache holds the whole series: every frame, on from here, then from the start.
                    for (int i = 0; i < video->frameCount() && first < 0; ++i) {
                        const int f = (next + i) % video->frameCount();
                        if (sliceOfFrame[std::size_t(f)] >= 0 && !isCached(sliceOfFrame[std::size_t(f)]))
                            first = f;
                    }
                } else if (next >= 0 && next < video->frameCount() && next < reach && queue.empty() && sliceOfFrame[std::size_t(next)] >= 0
                           && !isCached(sliceOfFrame[std::size_t(next)])) {
                    first = next;   // read on while nothing else is asked
                }
            }
            if (first < 0 || first >= video->frameCount())
                break;
            Result<dicom::DecodedImage> got = video->read(first, count, &cancelled, options.decodeBudgetBytes);
            if (cancelled.load())
                break;
            checkFits(path, got);
            if (!got.ok()) {
                fail(file, got.error());
                return;
            }
            storeVideoFrames(file, got.value(), sliceOfFrame);
            next = first + got.value().frames;
        }
        std::lock_guard lock(mutex);
        fileState[std::size_t(file)] = Idle;
        // Asked for and not read (cancelled, or a slice of no frame): queued again.
        if (auto it = pendingOfFile.find(file); it != pendingOfFile.end()) {
            if (!cancelled.load())
                for (int k : it->second)
                    if (!isCached(k) && sliceOfFrame.size() > std::size_t(std::max(0, stack.slices[std::size_t(k)].frame))
                        && sliceOfFrame[std::size_t(stack.slices[std::size_t(k)].frame)] == k)
                        queue.push_front(k);
            pendingOfFile.erase(it);
        }
    }

    /// A video's frames into the 2D cache as packed RGB; those asked for kept longest.
    void storeVideoFrames(int file, const dicom::DecodedImage &image, const std::vector<int> &sliceOfFrame)
    {
        std::vector<std::pair<int, std::shared_ptr<OwnSlice>>> made;
        for (int i = 0; i < image.frames; ++i) {
            const int k = sliceOfFrame[std::size_t(image.firstFrame + i)];
            if (k < 0 || isCached(k))
                continue;
            auto s = std::make_shared<OwnSlice>();
            packRgbFrame(image, i, pixels, s->rgb);
            made.emplace_back(k, std::move(s));
        }
        std::vector<int> stored;
        {
            std::lock_guard lock(mutex);
            std::vector<int> &asked = pendingOfFile[file];
            for (auto &[k, s] : made) {
                if (!own[std::size_t(k)]) {
                    own[std::size_t(k)] = std::move(s);
                    ++ready;
                }
                sliceState[std::size_t(k)].store(ReadyOwn, std::memory_order_release);
                stored.push_back(k);
            }
            // Read on, in order; then those asked for at the front of the cache, kept longest.
            for (int k : stored) {
                std::erase(lru, k);
                lru.push_front(k);
            }
            for (int k : stored)
                if (std::find(asked.begin(), asked.end(), k) != asked.end()) {
                    std::erase(lru, k);
                    lru.push_front(k);
                }
            std::erase_if(asked, [&](int k) { return std::find(stored.begin(), stored.end(), k) != stored.end(); });
            trimLruLocked();
        }
        for (int k : stored)
            emit q->sliceReady(k);
    }

    /// Every slice is in: the volume (resampled when the stack is irregular), then volumeReady.
    void finish()
    {
        std::shared_ptr<Storage> s;
        {
            std::lock_guard lock(mutex);
            s = storage;
        }
        if (hasGeometry && s) {
            dicom::Volume resampled;
            if (!regular)
                resampled = dicom::resampleToGrid(stack, s->native.data());
            std::lock_guard lock(mutex);  // memoryBytes() reads s->volume
            if (!regular)
                s->volume = std::move(resampled);
            result = std::shared_ptr<const dicom::Volume>(s, &s->volume);
        }
        complete.store(true, std::memory_order_release);
        emit q->volumeReady();
    }

    template <typename FrameOf>
    void store2D(int file, const dicom::DecodedImage &image, FrameOf frameOf)
    {
        // The slices asked for: the one this task was started for and any queued meanwhile.
        std::vector<int> slicesToStore;
        {
            std::lock_guard lock(mutex);
            auto it = pendingOfFile.find(file);
            if (it != pendingOfFile.end()) {
                slicesToStore = std::move(it->second);
                pendingOfFile.erase(it);
            }
        }
        if (image.frames > 1) {
            // A clip decoded whole: its other frames are kept too while the cache has room, from
            // the first asked for onwards (played frame after frame, it would otherwise be decoded
            // whole again every few frames).
            std::lock_guard lock(mutex);
            const int n = int(stack.slices.size());
            const int first = slicesToStore.empty() ? 0 : *std::min_element(slicesToStore.begin(), slicesToStore.end());
            int room = std::max(1, options.sliceCacheCount) - int(slicesToStore.size());
            for (int i = 0; i < n && room > 0; ++i) {
                const int k = (first + i) % n;
                if (fileOfSlice[std::size_t(k)] == file && !isCached(k)
                    && std::find(slicesToStore.begin(), slicesToStore.end(), k) == slicesToStore.end()) {
                    slicesToStore.push_back(k);
                    --room;
                }
            }
        }
        MaskFiles masks;
        masks.reuse(files[std::size_t(file)].path, image);
        if (auto e = masks.load(options.mask.get(), slicesToStore, stack)) {
            fail(file, *e);
            return;
        }
        std::vector<std::shared_ptr<OwnSlice>> made;
        for (int k : slicesToStore) {
            auto s = std::make_shared<OwnSlice>();
            if (color) {
                packRgbFrame(image, frameOf(k), pixels, s->rgb);
            } else {
                s->values.resize(pixels);
                dicom::writeModalityFrame(image, frameOf(k), s->values.data());
                masks.subtract(k, s->values.data(), pixels, stack.columns);
                s->view = SliceValues(s->values.data(), pixels);
            }
            made.push_back(std::move(s));
        }
        std::vector<int> stored;
        {
            std::lock_guard lock(mutex);
            fileState[std::size_t(file)] = Idle;
            // Asked for while this file was being converted: queued again (pumped when this
            // task finishes).
            if (auto it = pendingOfFile.find(file); it != pendingOfFile.end()) {
                for (int k : it->second)
                    if (std::find(slicesToStore.begin(), slicesToStore.end(), k) == slicesToStore.end())
                        queue.push_front(k);
                pendingOfFile.erase(it);
            }
            // The frames asked for last, at the front of the cache: kept longest.
            for (std::size_t i = slicesToStore.size(); i-- > 0;) {
                const int k = slicesToStore[i];
                if (!own[std::size_t(k)]) {
                    own[std::size_t(k)] = made[i];
                    ++ready;
                }
                std::erase(lru, k);
                lru.push_front(k);
                sliceState[std::size_t(k)].store(ReadyOwn, std::memory_order_release);
                stored.push_back(k);
            }
            trimLruLocked();
        }
        for (int k : stored)
            emit q->sliceReady(k);
    }

    void trimLruLocked()
    {
        while (int(lru.size()) > std::max(1, options.sliceCacheCount)) {
            const int k = lru.back();
            lru.pop_back();
            sliceState[std::size_t(k)].store(NotReady, std::memory_order_release);
            own[std::size_t(k)].reset();
            --ready;
        }
    }

    void fail(int file, const Error &error)
    {
        {
            std::lock_guard lock(mutex);
            fileState[std::size_t(file)] = Failed;
            ++filesFinished;
            ++failures;
            pendingOfFile.erase(file);
            if (firstError.code == ErrorCode::None)
                firstError = error;
        }
        if (!failedEmitted.exchange(true))
            emit q->failed(error);
    }

    /// 2D-only: slices to keep from each file in flight. Locked.
    std::map<int, std::vector<int>> pendingOfFile;

    /// Queues slice k and its neighbours at the front. Locked.
    void prioritizeLocked(int k)
    {
        const int radius = options.fullVolume || options.sliceCacheCount >= 8 ? 2 : 0;
        std::deque<int> front = outward(k, radius);
        std::erase_if(front, [&](int s) {
            const int f = fileOfSlice[std::size_t(s)];
            if (options.fullVolume)
                return fileState[std::size_t(f)] != Idle;
            if (isCached(s)) {  // keep it: most recently used
                std::erase(lru, s);
                lru.push_front(s);
                return true;
            }
            return fileState[std::size_t(f)] == Failed;
        });
        if (!options.fullVolume && isVideo(fileOfSlice[std::size_t(k)])) {
            // Playing a video: the first frame not decoded yet within half the read-ahead after k
            // is asked for too, so that the reader reads on before the player gets there.
            const int f = fileOfSlice[std::size_t(k)];
            const int n = int(stack.slices.size());
            videoFocus[f] = stack.slices[std::size_t(k)].frame;
            for (int s = k + 1; s < n && s <= k + readAhead() / 2; ++s)
                if (fileOfSlice[std::size_t(s)] == f && !isCached(s)) {
                    if (std::find(front.begin(), front.end(), s) == front.end())
                        front.push_back(s);
                    break;
                }
        }
        std::erase_if(queue, [&](int s) { return std::find(front.begin(), front.end(), s) != front.end(); });
        queue.insert(queue.begin(), front.begin(), front.end());
        if (!options.fullVolume) {
            // Scrolling fast leaves old requests behind: keep the newest ones only.
            const std::size_t keep = std::size_t(std::max(5, options.sliceCacheCount / 2));
            if (queue.size() > keep)
                queue.resize(keep);
            // A slice whose file is in flight is kept by that task.
            for (auto it = queue.begin(); it != queue.end();) {
                const int f = fileOfSlice[std::size_t(*it)];
                if (fileState[std::size_t(f)] == InFlight) {
                    auto &list = pendingOfFile[f];
                    if (std::find(list.begin(), list.end(), *it) == list.end())
                        list.push_back(*it);
                    it = queue.erase(it);
                } else {
                    ++it;
                }
            }
        }
    }

    void start2DTasksLocked()
    {
        // 2D-only: when a task for a file starts, the queued slices of that file go with it.
        if (cancelled.load())
            return;
        while (inFlight < maxInFlight && !queue.empty()) {
            const int k = queue.front();
            queue.pop_front();
            const int f = fileOfSlice[std::size_t(k)];
            if (fileState[std::size_t(f)] == Failed || isCached(k))
                continue;
            auto &list = pendingOfFile[f];
            if (std::find(list.begin(), list.end(), k) == list.end())
                list.push_back(k);
            if (fileState[std::size_t(f)] == InFlight)
                continue;
            for (auto it = queue.begin(); it != queue.end();) {
                if (fileOfSlice[std::size_t(*it)] == f) {
                    list.push_back(*it);
                    it = queue.erase(it);
                } else {
                    ++it;
                }
            }
            fileState[std::size_t(f)] = InFlight;
            startLocked(new Task(this, f));
        }
    }

    void pumpLocked()
    {
        if (options.fullVolume)
            pumpFullLocked();
        else
            start2DTasksLocked();
    }

    void cancelLocked()
    {
        cancelled.store(true);
        queue.clear();
        // Tasks not started yet are taken back from the pool rather than waited for.
        for (auto it = queued.begin(); it != queued.end();) {
            if (workPool()->tryTake(*it)) {
                delete *it;
                --inFlight;
                it = queued.erase(it);
            } else {
                ++it;
            }
        }
        for (int &state : fileState)
            if (state == InFlight)
                state = Idle;
        idle.notify_all();
    }
};

QString subtractionKey(const dicom::Stack &stack, const SubtractionMask &mask)
{
    QString key = stackKey(stack) + QLatin1Char('-') + stackKey(mask.stack);
    if (!mask.frames.empty()) {
        QStringList frames;
        for (int f : mask.frames)
            frames << QString::number(f);
        key += QStringLiteral("-f") + frames.join(QLatin1Char('.'));
    }
    if (mask.shift != std::array<double, 2>{0, 0})
        key += QStringLiteral("-s%1,%2").arg(mask.shift[0]).arg(mask.shift[1]);
    return key;
}

bool canSubtract(const dicom::Stack &stack, const dicom::Stack &mask)
{
    if (stack.rows != mask.rows || stack.columns != mask.columns || stack.slices.size() != mask.slices.size() || stack.slices.empty())
        return false;
    const bool placed = !stack.has(dicom::GeometryIssue::NoGeometry) && !mask.has(dicom::GeometryIssue::NoGeometry);
    for (std::size_t k = 0; placed && k < stack.slices.size(); ++k)
        for (std::size_t a = 0; a < 3; ++a)
            if (std::abs(stack.slices[k].position[a] - mask.slices[k].position[a]) > 0.01)
                return false;
    return true;
}

SeriesVolume::SeriesVolume(dicom::Stack stack, const std::vector<dicom::DicomHeader> &headers, Options options)
    : d(std::make_unique<Private>())
{
    d->q = this;
    d->stack = std::move(stack);
    d->options = options;
    const std::size_t n = d->stack.slices.size();
    d->pixels = std::size_t(d->stack.rows) * std::size_t(d->stack.columns);
    d->regular = !dicom::needsRegularGrid(d->stack) || n < 2;
    d->hasGeometry = !d->stack.has(dicom::GeometryIssue::NoGeometry) && n > 0;
    d->maxInFlight = std::max(1, workPool()->maxThreadCount());
    std::map<int, int> compact;
    d->fileOfSlice.reserve(n);
    for (std::size_t k = 0; k < n; ++k) {
        const int h = d->stack.slices[k].header;
        auto [it, inserted] = compact.emplace(h, int(d->files.size()));
        if (inserted) {
            d->files.push_back(h >= 0 && std::size_t(h) < headers.size() ? headers[std::size_t(h)] : dicom::DicomHeader{});
            d->slicesOfFile.emplace_back();
        }
        d->fileOfSlice.push_back(it->second);
        d->slicesOfFile[std::size_t(it->second)].push_back(int(k));
    }
    dicom::settleSeriesSuv(d->files);   // a PET's start checked against its series' first acquisition
    if (d->options.mask) {
        // The difference has no stored window of its own: the viewer finds one from its values.
        for (dicom::DicomHeader &h : d->files) {
            h.pixel.windows.clear();
            h.pixel.voiLuts.clear();
        }
    }
    d->fileState.assign(d->files.size(), Idle);
    d->hinted.assign(d->files.size(), 0);
    d->sliceState = std::make_unique<std::atomic<int>[]>(n);
    for (std::size_t k = 0; k < n; ++k)
        d->sliceState[k].store(NotReady, std::memory_order_relaxed);
    d->own.resize(n);
    d->color = !d->files.empty() && isColorStack(d->stack, d->files.front());
    if (d->color)
        d->options.fullVolume = false;  // no volume of colour: 2D only
    if (d->options.firstSlice < 0 || d->options.firstSlice >= int(n))
        d->options.firstSlice = int(n) / 2;
}

SeriesVolume::SeriesVolume(dicom::Stack stack, const std::vector<dicom::DicomHeader> &headers)
    : SeriesVolume(std::move(stack), headers, Options{})
{
}

SeriesVolume::~SeriesVolume()
{
    std::unique_lock lock(d->mutex);
    d->cancelLocked();
    d->idle.wait(lock, [this] { return d->inFlight == 0; });
}

void SeriesVolume::start()
{
    std::lock_guard lock(d->mutex);
    if (d->started || d->cancelled.load() || d->stack.slices.empty())
        return;
    d->started = true;
    if (d->options.fullVolume) {
        d->queue = d->outward(d->options.firstSlice, int(d->stack.slices.size()));
    } else {
        d->prioritizeLocked(d->options.firstSlice);
    }
    d->pumpLocked();
}

void SeriesVolume::cancel()
{
    std::lock_guard lock(d->mutex);
    d->cancelLocked();
}

const dicom::Stack &SeriesVolume::stack() const { return d->stack; }

const dicom::DicomHeader &SeriesVolume::header(int k) const
{
    return d->files[std::size_t(d->fileOfSlice[std::size_t(k)])];
}

int SeriesVolume::sliceCount() const { return int(d->stack.slices.size()); }
int SeriesVolume::columns() const { return d->stack.columns; }
int SeriesVolume::rows() const { return d->stack.rows; }
bool SeriesVolume::isFullVolume() const { return d->options.fullVolume; }

bool SeriesVolume::isColor() const { return d->color; }

std::shared_ptr<const std::vector<std::uint32_t>> SeriesVolume::colorSlice(int k) const
{
    if (!d->color || k < 0 || k >= sliceCount() || !d->isCached(k))
        return {};
    std::lock_guard lock(d->mutex);
    const std::shared_ptr<OwnSlice> &s = d->own[std::size_t(k)];
    if (!s)
        return {};
    std::erase(d->lru, k);
    d->lru.push_front(k);
    return std::shared_ptr<const std::vector<std::uint32_t>>(s, &s->rgb);
}

std::shared_ptr<const SliceValues> SeriesVolume::slice(int k) const
{
    if (k < 0 || k >= sliceCount() || d->color)
        return {};
    const int state = d->sliceState[std::size_t(k)].load(std::memory_order_acquire);
    if (state == ReadyInStorage)
        return std::shared_ptr<const SliceValues>(d->storage, &d->storage->views[std::size_t(k)]);
    if (state == NotReady)
        return {};
    std::lock_guard lock(d->mutex);
    if (d->sliceState[std::size_t(k)].load(std::memory_order_acquire) == ReadyInStorage)
        return std::shared_ptr<const SliceValues>(d->storage, &d->storage->views[std::size_t(k)]);
    if (!d->own[std::size_t(k)])
        return {};
    if (!d->options.fullVolume) {
        std::erase(d->lru, k);
        d->lru.push_front(k);
    }
    return ownSlicePointer(d->own[std::size_t(k)]);
}

bool SeriesVolume::isSliceReady(int k) const
{
    return k >= 0 && k < sliceCount() && d->isCached(k);
}

SliceGeometry SeriesVolume::sliceGeometry(int k) const
{
    const dicom::Stack &s = d->stack;
    SliceGeometry g;
    g.width = s.columns;
    g.height = s.rows;
    g.origin = s.slices[std::size_t(k)].position;
    g.row = {s.orientation[0], s.orientation[1], s.orientation[2]};
    g.column = {s.orientation[3], s.orientation[4], s.orientation[5]};
    g.spacing = {s.pixelSpacing[1], s.pixelSpacing[0]};
    const double thickness = header(k).geometry.sliceThickness;
    g.thickness = thickness > 0 ? thickness : s.sliceSpacing;
    return g;
}

void SeriesVolume::prioritize(int k)
{
    if (k < 0 || k >= sliceCount())
        return;
    std::lock_guard lock(d->mutex);
    if (!d->started) {
        d->options.firstSlice = k;  // start() begins there
        return;
    }
    if (d->cancelled.load())
        return;
    d->prioritizeLocked(k);
    d->pumpLocked();
}

int SeriesVolume::readyCount() const { return d->ready.load(); }

bool SeriesVolume::isComplete() const { return d->complete.load(std::memory_order_acquire); }

std::shared_ptr<const dicom::Volume> SeriesVolume::volume() const
{
    std::lock_guard lock(d->mutex);
    return d->result;
}

Error SeriesVolume::error() const
{
    std::lock_guard lock(d->mutex);
    return d->firstError;
}

std::size_t SeriesVolume::memoryBytes() const
{
    std::lock_guard lock(d->mutex);
    std::size_t bytes = 0;
    if (d->storage)
        bytes += (d->storage->volume.voxels.capacity() + d->storage->native.capacity()) * sizeof(float);
    if (d->options.fullVolume)
        bytes += d->ownBytes.load();
    else
        bytes += d->lru.size() * d->pixels * sizeof(float);
    return bytes;
}

std::size_t SeriesVolume::fullVolumeBytes(const dicom::Stack &stack)
{
    const std::size_t slice = std::size_t(stack.rows) * std::size_t(stack.columns) * sizeof(float);
    std::size_t bytes = slice * stack.slices.size();
    if (dicom::needsRegularGrid(stack) && stack.slices.size() >= 2)
        bytes += slice * std::size_t(dicom::volumeGeometry(stack).dimensions[2]);
    return bytes;
}

// ---------------------------------------------------------------------------------------------

struct SeriesCache::Private {
    struct Entry {
        QString key;
        std::shared_ptr<SeriesVolume> series;
    };
    std::size_t budget = 0;
    std::list<Entry> entries;  ///< most recently used first

    static std::size_t defaultBudget()
    {
        const long pages = sysconf(_SC_PHYS_PAGES);
        const long pageSize = sysconf(_SC_PAGE_SIZE);
        const std::size_t physical = pages > 0 && pageSize > 0 ? std::size_t(pages) * std::size_t(pageSize) : (std::size_t(4) << 30);
        return std::clamp(physical / 4, std::size_t(512) << 20, std::size_t(8) << 30);
    }

    /// What a series holds, or will hold once loaded (full-volume mode).
    static std::size_t committed(const SeriesVolume &s)
    {
        std::size_t bytes = s.memoryBytes();
        if (s.isFullVolume() && !s.isComplete() && s.error().code == ErrorCode::None)
            bytes = std::max(bytes, SeriesVolume::fullVolumeBytes(s.stack()));
        return bytes;
    }
};

SeriesCache::SeriesCache(std::size_t budgetBytes, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->budget = budgetBytes ? budgetBytes : Private::defaultBudget();
}

SeriesCache::~SeriesCache() = default;

std::size_t SeriesCache::budgetBytes() const { return d->budget; }

void SeriesCache::setBudgetBytes(std::size_t bytes)
{
    d->budget = bytes ? bytes : Private::defaultBudget();
    trim();
}

std::shared_ptr<SeriesVolume> SeriesCache::open(const dicom::Stack &stack, const std::vector<dicom::DicomHeader> &headers,
                                                int firstSlice)
{
    return openKeyed(stackKey(stack), stack, headers, nullptr, firstSlice);
}

std::shared_ptr<SeriesVolume> SeriesCache::openSubtraction(const dicom::Stack &stack, const std::vector<dicom::DicomHeader> &headers,
                                                           std::shared_ptr<const SubtractionMask> mask, int firstSlice)
{
    const QString key = subtractionKey(stack, *mask);
    return openKeyed(key, stack, headers, std::move(mask), firstSlice);
}

std::shared_ptr<SeriesVolume> SeriesCache::openKeyed(const QString &key, const dicom::Stack &stack, const std::vector<dicom::DicomHeader> &headers,
                                                     std::shared_ptr<const SubtractionMask> mask, int firstSlice)
{
    for (auto it = d->entries.begin(); it != d->entries.end(); ++it)
        if (it->key == key) {
            d->entries.splice(d->entries.begin(), d->entries, it);
            std::shared_ptr<SeriesVolume> series = d->entries.front().series;
            if (firstSlice >= 0)
                series->prioritize(firstSlice);
            return series;
        }
    SeriesVolume::Options options;
    options.fullVolume = SeriesVolume::fullVolumeBytes(stack) <= d->budget;
    // A series that fits keeps every slice it decodes, in 2D too (a colour clip: decoded once).
    if (options.fullVolume) {
        options.sliceCacheCount = std::max(options.sliceCacheCount, int(stack.slices.size()));
    } else {
        // One that does not: at most half the budget in slices (a long 4K video's are 33 MiB each).
        const std::size_t sliceBytes = std::max<std::size_t>(1, std::size_t(stack.rows) * std::size_t(stack.columns) * sizeof(float));
        options.sliceCacheCount = int(std::clamp<std::size_t>(d->budget / 2 / sliceBytes, 8, std::size_t(options.sliceCacheCount)));
    }
    options.firstSlice = firstSlice;
    options.mask = std::move(mask);
    auto series = std::make_shared<SeriesVolume>(stack, headers, options);
    connect(series.get(), &SeriesVolume::volumeReady, this, &SeriesCache::trim, Qt::QueuedConnection);
    d->entries.push_front({key, series});
    series->start();
    trim();  // `series` is held here, so it stays
    return series;
}

std::shared_ptr<SeriesVolume> SeriesCache::find(const QString &key) const
{
    for (const auto &e : d->entries)
        if (e.key == key)
            return e.series;
    return {};
}

std::size_t SeriesCache::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const auto &e : d->entries)
        bytes += e.series->memoryBytes();
    return bytes;
}

int SeriesCache::count() const { return int(d->entries.size()); }

void SeriesCache::clear() { d->entries.clear(); }

void SeriesCache::trim()
{
    auto total = [this] {
        std::size_t bytes = 0;
        for (const auto &e : d->entries)
            bytes += Private::committed(*e.series);
        return bytes;
    };
    std::size_t bytes = total();
    auto it = d->entries.end();
    while (bytes > d->budget && it != d->entries.begin()) {
        --it;
        if (it->series.use_count() != 1)
            continue;
        const QString key = it->key;
        bytes -= std::min(bytes, Private::committed(*it->series));
        it = d->entries.erase(it);
        emit evicted(key);
    }
}

} // namespace strata::imaging
