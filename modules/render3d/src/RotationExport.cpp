#include <strata/render3d/RotationExport.h>

#include <strata/render3d/VolumeRenderer.h>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

namespace strata::render3d {

Result<RotationFiles> exportRotation(const RenderRequest &base, int frameCount, const QString &folder, bool movie,
                                     int framesPerSecond, const CancellationToken &cancel,
                                     const std::function<void(const Progress &)> &progress)
{
    if (frameCount < 1 || frameCount > 3600)
        return Error(ErrorCode::InvalidArgument, folder, QStringLiteral("the number of frames must be 1 to 3600"));
    if (!QDir().mkpath(folder))
        return Error(ErrorCode::IoError, folder, QStringLiteral("could not create the folder"));
    VolumeRenderer renderer;
    RotationFiles files;
    const QString stage = QCoreApplication::translate("strata::render3d", "Rendering the rotation");
    for (int i = 0; i < frameCount; ++i) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, folder, QStringLiteral("cancelled"));
        RenderRequest request = base;
        request.quality = Quality::Full;
        request.camera.azimuth = base.camera.azimuth + 360.0 * i / frameCount;
        auto frame = renderer.renderSync(std::move(request));
        if (!frame.ok())
            return frame.error();
        const QString path = QDir(folder).filePath(QStringLiteral("rotation_%1.png").arg(i, 3, 10, QLatin1Char('0')));
        if (!frame.value().image.save(path, "PNG"))
            return Error(ErrorCode::IoError, path, QStringLiteral("could not write the frame"));
        files.frames << path;
        if (progress)
            progress(Progress{i + 1, frameCount, stage});
    }
    if (!movie)
        return files;
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty()) {
        files.movieProblem = QCoreApplication::translate("strata::render3d", "no movie: ffmpeg is not installed");
        return files;
    }
    const QString mp4 = QDir(folder).filePath(QStringLiteral("rotation.mp4"));
    QProcess p;
    p.start(ffmpeg, {QStringLiteral("-y"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-framerate"),
                     QString::number(framesPerSecond), QStringLiteral("-i"), QDir(folder).filePath(QStringLiteral("rotation_%03d.png")),
                     QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-vf"),
                     QStringLiteral("pad=ceil(iw/2)*2:ceil(ih/2)*2"), mp4});
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        files.movieProblem = QCoreApplication::translate("strata::render3d", "no movie: ffmpeg failed (%1)")
                                 .arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    else
        files.movie = mp4;
    return files;
}

} // namespace strata::render3d
