#pragma once
/// A series as the viewer holds it: its native slices decoded in the background, the slice the
/// user looks at first, so the first image shows long before the series is complete; once every
/// slice is in, the regular-grid Volume that MPR reslices. A series larger than the memory budget
/// stays 2D-only: its slices are decoded on demand into a small least-recently-used set.
///
/// Threads: decoding runs on the shared work pool; every const member is safe from any thread.
/// sliceReady/progressChanged/volumeReady/failed are emitted from worker threads (connect them
/// queued or auto to QObjects living on the UI thread).
#include <strata/core/Error.h>
#include <strata/core/Job.h>
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/Plane.h>

#include <QObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <array>
#include <memory>
#include <span>
#include <vector>

namespace strata::imaging {

/// Identifies a stack across opens: Series Instance UID plus the stack's volumeIndex (a series can
/// split into several stacks, e.g. time points).
QString stackKey(const dicom::Stack &stack);

/// Whether a stack is in colour (RGB, YBR_*, PALETTE COLOR), judged by its first header. Colour
/// stacks are read 2D-only, as packed RGB (colorSlice()), never as a volume.
bool isColorStack(const dicom::Stack &stack, const dicom::DicomHeader &first);

/// The decoded values of one native slice (rows × columns floats, row-major), read like a vector:
/// data(), size(), operator[], begin()/end(). A view into the series' buffer (full-volume mode)
/// or into its own slice (2D-only mode); the shared_ptr that hands it out keeps that memory alive.
using SliceValues = std::span<const float>;

/// What a subtraction takes from each slice of a series: slice k of `stack` (as many slices as the
/// series has, lying where its slices lie — a dynamic series' pre-contrast phase, the mask run of a
/// DSA), decoded from `headers`.
struct SubtractionMask {
    dicom::Stack stack;
    std::vector<dicom::DicomHeader> headers;
    /// A clip's own mask (digital subtraction angiography): these frames of the file of the mask
    /// stack's first slice (counted from 0), averaged, taken from every slice. Empty: slice k's
    /// mask is `stack`'s slice k.
    std::vector<int> frames;
    /// The mask moved by (columns, rows) before it is taken — pixel shift, for a patient who moved
    /// between the mask and the contrast frames (linear between pixels, the edge held beyond).
    std::array<double, 2> shift{0, 0};
};

/// Whether `mask` can be taken from `stack`: a grayscale stack of the same size, as many slices,
/// each within 0.01 mm of the slice it is taken from (or, without geometry, the same count).
bool canSubtract(const dicom::Stack &stack, const dicom::Stack &mask);
/// The key a subtraction is kept under: "<stack's key>-<mask's key>", and a clip mask's frames
/// and shift ("-f0.1.2-s1.5,-2").
QString subtractionKey(const dicom::Stack &stack, const SubtractionMask &mask);

class SeriesVolume : public QObject {
    Q_OBJECT
public:
    struct Options {
        /// Decode into a full volume (MPR-ready when complete). False: 2D-only, slices on demand.
        bool fullVolume = true;
        /// 2D-only mode: how many decoded slices are kept (least recently used dropped first).
        int sliceCacheCount = 64;
        /// The slice to decode first (stack order); the loader then works outward from it.
        int firstSlice = -1;  ///< -1: the middle slice
        /// A subtraction: each slice's values less the mask's slice k (both in output units), so
        /// that what changed between them is left (contrast uptake, a DSA's vessels). The headers'
        /// stored windows and VOI LUTs, made for the series itself, are dropped: the viewer
        /// windows the difference automatically.
        std::shared_ptr<const SubtractionMask> mask;
        /// The most a file's decoded pixels may take (dicom::DecodeOptions::maxBytes): a larger
        /// file fails (TooLarge), except a video in 2D-only mode, which is read a few frames at a
        /// time (dicom::VideoFrames) whatever its length.
        std::size_t decodeBudgetBytes = dicom::DecodeOptions{}.maxBytes;
    };

    /// Starts nothing: call start(). `headers` are those the stack was built from (only the ones
    /// the stack refers to are kept).
    SeriesVolume(dicom::Stack stack, const std::vector<dicom::DicomHeader> &headers, Options options);
    SeriesVolume(dicom::Stack stack, const std::vector<dicom::DicomHeader> &headers);
    /// Cancels and waits for its own decoding tasks (at most the few in flight; queued ones are taken
    /// back from the pool). Do not destroy it from a slot connected directly to its signals.
    ~SeriesVolume() override;

    /// Begins background decoding (idempotent).
    void start();
    /// Stops decoding; slices already decoded stay readable.
    void cancel();

    const dicom::Stack &stack() const;
    /// Header of native slice k (stack order): patient/study/series attributes, windows, pixel
    /// description, instance number, SOP Instance UID.
    const dicom::DicomHeader &header(int k) const;
    int sliceCount() const;
    int columns() const;
    int rows() const;
    bool isFullVolume() const;

    /// Decoded values (output units, e.g. HU; rows × columns floats, row-major) of native slice k,
    /// or null while it is not decoded yet. Keep the pointer while painting; it stays valid (also
    /// after the SeriesVolume is gone). Full-volume mode: a view into the volume's own buffer, no
    /// copy; 2D-only mode: reading a slice makes it the most recently used.
    std::shared_ptr<const SliceValues> slice(int k) const;
    bool isSliceReady(int k) const;
    /// A colour stack (see isColorStack): slice() stays null and colorSlice() gives the pixels.
    bool isColor() const;
    /// Colour stacks: native slice k as rows × columns pixels 0xffRRGGBB (QImage::Format_RGB32's
    /// layout), or null while it is not decoded.
    std::shared_ptr<const std::vector<std::uint32_t>> colorSlice(int k) const;
    /// Where native slice k lies (its own position and orientation, the stack's pixel spacing,
    /// thickness = the header's Slice Thickness, or the spacing when absent).
    SliceGeometry sliceGeometry(int k) const;
    /// Asks for slice k (and its neighbours) next: the loader jumps to it. In 2D-only mode this
    /// decodes it on demand. sliceReady(k) follows (not when k is ready already). Before start():
    /// start() begins at k. Any thread.
    void prioritize(int k);

    /// Slices decoded so far / total (2D-only mode: the slices in its cache now; isComplete() then
    /// stays false).
    int readyCount() const;
    bool isComplete() const;
    /// Once complete (full-volume mode): the regular-grid volume (resampled along the stack when
    /// the spacing was irregular). Null before, and always in 2D-only mode, after a slice failed, and
    /// for a stack without position/orientation (NoGeometry).
    std::shared_ptr<const dicom::Volume> volume() const;
    /// The first error met (a slice that failed to decode names its file); empty when none.
    Error error() const;
    /// Bytes held by decoded pixels now.
    std::size_t memoryBytes() const;
    /// Bytes a full volume of this stack takes (rows · columns · slices · 4, plus the resampled copy
    /// when the spacing is irregular).
    static std::size_t fullVolumeBytes(const dicom::Stack &stack);

signals:
    void sliceReady(int k);
    void progressChanged(const strata::Progress &progress);
    /// Every slice decoded (full-volume mode: volume() is ready). Not emitted in 2D-only mode.
    void volumeReady();
    /// A slice could not be decoded (the error names its file). Emitted once, for the first such
    /// file; the other slices still load and stay usable, but no volume is made.
    void failed(const strata::Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// The series the viewer has open or opened recently, within a memory budget: least recently used
/// series that nothing holds any more are dropped first. A stack larger than the budget opens
/// 2D-only. Lives on the UI thread.
class SeriesCache : public QObject {
    Q_OBJECT
public:
    /// `budgetBytes` 0: a quarter of physical memory, at most 8 GiB, at least 512 MiB.
    explicit SeriesCache(std::size_t budgetBytes = 0, QObject *parent = nullptr);
    ~SeriesCache() override;

    std::size_t budgetBytes() const;
    void setBudgetBytes(std::size_t bytes);  ///< drops unused series until within it; 0: the default

    /// The series for this stack: the cached one (moved to most recent) or a new one, started.
    /// `firstSlice` as in SeriesVolume::Options.
    std::shared_ptr<SeriesVolume> open(const dicom::Stack &stack, const std::vector<dicom::DicomHeader> &headers,
                                       int firstSlice = -1);
    /// `stack` less `mask` slice by slice (SeriesVolume::Options::mask), kept like a series under
    /// subtractionKey(stack, mask).
    std::shared_ptr<SeriesVolume> openSubtraction(const dicom::Stack &stack, const std::vector<dicom::DicomHeader> &headers,
                                                  std::shared_ptr<const SubtractionMask> mask, int firstSlice = -1);
    /// The cached series for a key, if any (does not start or reorder).
    std::shared_ptr<SeriesVolume> find(const QString &key) const;
    /// Bytes held by every cached series. (The budget is kept against what each will hold: a
    /// full-volume series still loading counts as its fullVolumeBytes.)
    std::size_t memoryBytes() const;
    int count() const;
    void clear();

signals:
    /// A series was dropped to stay within the budget.
    void evicted(const QString &key);

private:
    std::shared_ptr<SeriesVolume> openKeyed(const QString &key, const dicom::Stack &stack, const std::vector<dicom::DicomHeader> &headers,
                                            std::shared_ptr<const SubtractionMask> mask, int firstSlice);
    /// Drops least recently used series that nothing else holds until within the budget.
    void trim();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace strata::imaging
