#include <strata/imaging/ThumbnailRenderer.h>

#include <strata/core/Paths.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/imaging/DisplayShutter.h>
#include <strata/imaging/WindowLevel.h>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace strata::imaging {

QString ThumbnailRenderer::cachePath(const QString &dataDir, const QString &seriesUid, int size)
{
    return paths::thumbnailFile(dataDir, seriesUid, size);
}

Result<QImage> ThumbnailRenderer::render(const QString &file, int frame)
{
    dicom::DecodeOptions options;
    options.maxBytes = std::size_t(1) << 30;  // a thumbnail is not worth more than 1 GiB of pixels
    // A video is decoded picture after picture: its first picture (a poster frame) costs one, its
    // middle half the video.
    auto header = dicom::readHeader(file);
    if (header.ok() && header.value().transferSyntax.video)
        options.onlyFrame = frame >= 0 && frame < header.value().pixel.frames ? frame : 0;
    auto decoded = dicom::decodePixels(file, options);
    if (!decoded.ok())
        return decoded.error();
    const dicom::DecodedImage &img = decoded.value();
    if (!img.sizeMatches())
        return Error(ErrorCode::DecodeFailed, file, QCoreApplication::translate("strata::imaging", "the decoded pixels do not fill the image the header describes"));
    if (options.onlyFrame >= 0)
        frame = 0;   // the one picture decoded
    else if (frame < 0 || frame >= img.frames)
        frame = img.frames / 2;

    if (img.isColor()) {
        QImage out(img.columns, img.rows, QImage::Format_RGB888);
        const std::size_t line = std::size_t(img.columns) * 3;
        const std::uint8_t *src = img.data.data() + std::size_t(frame) * img.pixelsPerFrame() * 3;
        if (img.data.size() < (std::size_t(frame) + 1) * img.pixelsPerFrame() * 3)
            return Error(ErrorCode::DecodeFailed, file, QCoreApplication::translate("strata::imaging", "fewer colour samples than the image size needs"));
        for (int y = 0; y < img.rows; ++y)
            std::memcpy(out.scanLine(y), src + std::size_t(y) * line, line);
        return out;
    }

    const std::vector<float> values = img.modalityFrame(frame);
    if (values.size() < img.pixelsPerFrame())
        return Error(ErrorCode::DecodeFailed, file, QCoreApplication::translate("strata::imaging", "fewer pixels than the image size needs"));
    // The window the viewer opens the series with: the file's first, the modality's default (CT),
    // else the automatic window of this frame (percentiles, padding left out).
    const QString modality = header.ok() ? header.value().modality : QString();
    std::optional<WindowLevel> opening = header.ok() ? openingWindow(modality, header.value().pixel) : std::nullopt;
    const std::optional<dicom::DisplayShutter> shutter = header.ok() ? header.value().shutter : std::nullopt;
    WindowLevel window;
    if (opening) {
        window = *opening;
    } else {
        // Nothing counts for the automatic window (a blank frame): the frame's min/max.
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        WindowLevel span;
        span.center = (double(*lo) + double(*hi)) / 2.0 + 0.5;
        span.width = std::max(1.0, double(*hi) - double(*lo) + 1.0);
        // A radiograph's display shutter: only what it leaves seen counts (as in the viewer).
        const std::vector<float> seen = shutter ? seenValues(*shutter, values.data(), img.rows, img.columns) : std::vector<float>();
        const AutoWindowOptions options = header.ok() ? autoWindowOptions(header.value().pixel) : AutoWindowOptions{};
        window = seen.empty() ? autoWindow(values.data(), values.size(), modality, options, span)
                              : autoWindow(seen.data(), seen.size(), modality, options, span);
    }
    window.inverted = header.ok() ? header.value().pixel.displaysInverted() : img.photometric == QLatin1String("MONOCHROME1");
    QImage out(img.columns, img.rows, QImage::Format_Grayscale8);
    for (int y = 0; y < img.rows; ++y)
        applyWindow(values.data() + std::size_t(y) * std::size_t(img.columns), std::size_t(img.columns), window,
                    out.scanLine(y));
    if (shutter) {
        // What the shutter hides, in its grey, as the viewer shows it.
        const std::uint8_t grey = std::uint8_t(qGray(shutterColour(*shutter).rgb()));
        const ShutterMask mask(*shutter);
        for (int y = 0; y < img.rows; ++y) {
            std::uint8_t *line = out.scanLine(y);
            for (int x = 0; x < img.columns; ++x)
                if (!mask.isSeen(y, x))
                    line[x] = grey;
        }
    }
    return out;
}

QImage ThumbnailRenderer::fitted(const QImage &image, int size)
{
    if (image.isNull())
        return image;
    return image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

Result<QImage> ThumbnailRenderer::thumbnail(const QString &dataDir, const QString &seriesUid, const QString &file, int size)
{
    const QString path = cachePath(dataDir, seriesUid, size);
    if (QFileInfo::exists(path)) {
        QImage cached(path);
        if (!cached.isNull())
            return cached;
    }
    auto full = render(file);
    if (!full.ok())
        return full.error();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fitted(full.value(), size);  // shown, just not cached
    QImage wanted;
    auto save = [&](int px) {
        const QImage scaled = fitted(full.value(), px);
        QSaveFile out(cachePath(dataDir, seriesUid, px));
        if (out.open(QIODevice::WriteOnly) && scaled.save(&out, "PNG"))
            out.commit();
        if (px == size)
            wanted = scaled;
    };
    for (int px : kCachedSizes)
        save(px);
    if (wanted.isNull())
        save(size);
    return wanted;
}

} // namespace strata::imaging
