#pragma once
/// Series thumbnails: one frame of a file rendered to 8 bits through the viewer's window function
/// and with the window the viewer opens it with (openingWindow(): the file's first, else the
/// modality's default for CT, else the frame's automatic window), and a PNG cache of
/// each series at 64, 128 and 256 px under <dataDir>/thumbnails/<seriesUid>_<size>.png. Pure
/// functions, safe on any thread; decoding is slow, so call them off the GUI thread.
#include <strata/core/Result.h>

#include <QImage>
#include <QString>

#include <array>

namespace strata::imaging {

class ThumbnailRenderer {
public:
    static constexpr std::array<int, 3> kCachedSizes{64, 128, 256};

    /// Where the PNG of a series at `size` px is kept.
    static QString cachePath(const QString &dataDir, const QString &seriesUid, int size);
    /// One frame of `file` (-1: the middle frame) at full resolution: grayscale windowed (MONOCHROME1
    /// inverted) as Format_Grayscale8, colour as Format_RGB888.
    static Result<QImage> render(const QString &file, int frame = -1);
    /// `image` scaled to fit a `size`×`size` box, keeping its aspect ratio.
    static QImage fitted(const QImage &image, int size);
    /// The series' thumbnail at `size` px: from the cache when there, else rendered from `file`
    /// (an instance of the series, usually the middle one) and cached at every size.
    static Result<QImage> thumbnail(const QString &dataDir, const QString &seriesUid, const QString &file, int size);
};

} // namespace strata::imaging
