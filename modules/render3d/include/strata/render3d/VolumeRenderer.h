#pragma once
/// Renders volumes with VTK offscreen on its own render thread (which owns the GL context) and hands
/// back each frame as a QImage; requests are latest-wins, so a dragging user never queues frames.
///
/// CPU ray casting (vtkFixedPointVolumeRayCastMapper) is used, also where only Mesa's llvmpipe is
/// there; interactive frames lower the image sample distance until a frame takes about
/// `interactiveBudgetMs`. VTK's offscreen window is GLX here: an X display is needed (Xvfb will do);
/// displayProblem() says so before anything is tried.
///
/// Threads: request() and renderSync() from any thread; frameReady/failed are emitted from the
/// render thread (connect queued or auto). renderSync() blocks: never call it from an interactive GUI.
#include <strata/core/Result.h>
#include <strata/render3d/RenderRequest.h>

#include <QObject>

#include <memory>

namespace strata::render3d {

class VolumeRenderer : public QObject {
    Q_OBJECT
public:
    explicit VolumeRenderer(QObject *parent = nullptr);
    /// Finishes the frame in progress, drops the rest and stops the render thread.
    ~VolumeRenderer() override;

    /// Asks for a frame; a request not yet started is replaced by a newer one. Returns its serial.
    quint64 request(RenderRequest request);
    /// Renders one frame on the render thread and waits for it.
    Result<Frame> renderSync(RenderRequest request);

    /// Lets go of the last volume (and VTK's tables for it) once the frame in progress is done, so
    /// that the series' memory can go; the next request binds its volume again.
    void releaseVolume();
    /// Interactive frames aim at this time (ms, default 50: 20 frames/s).
    void setInteractiveBudgetMs(double ms);
    /// Worker threads of the ray caster (0: every core, the default).
    void setThreads(int threads);

    /// Empty when a window can be made here; otherwise why not (e.g. no X display), in words.
    static QString displayProblem();

signals:
    void frameReady(const strata::render3d::Frame &frame);
    void failed(quint64 serial, const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace strata::render3d
