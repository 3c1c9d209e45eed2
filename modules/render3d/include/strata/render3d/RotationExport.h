#pragma once
/// Exports a 360° turn of the 3D view about its up axis as numbered PNG frames, and as an MP4 movie
/// where an ffmpeg program is installed. Renders synchronously: run it off the GUI thread.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/render3d/RenderRequest.h>

#include <QStringList>

#include <functional>

namespace strata::render3d {

struct RotationFiles {
    QStringList frames;  ///< rotation_000.png, rotation_001.png, ... in turning order
    QString movie;       ///< rotation.mp4, or empty when ffmpeg is not installed (or failed)
    QString movieProblem;  ///< why there is no movie, in words (empty when there is one)
};

/// Renders `frameCount` full-quality frames of `base`, the azimuth advancing by 360 / frameCount
/// degrees each, into `folder` (created if needed); then, when `movie` and ffmpeg is on the PATH,
/// rotation.mp4 at `framesPerSecond`. Errors name the file that could not be written.
Result<RotationFiles> exportRotation(const RenderRequest &base, int frameCount, const QString &folder, bool movie = true,
                                     int framesPerSecond = 24, const CancellationToken &cancel = {},
                                     const std::function<void(const Progress &)> &progress = {});

} // namespace strata::render3d
