#include <strata/render3d/VolumeRenderer.h>

#include "VtkScene.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <optional>

namespace strata::render3d {

/// Lives on the render thread: owns the VTK scene (and so the GL context) and renders the latest request.
class RenderWorker : public QObject {
    Q_OBJECT
public:
    std::unique_ptr<VtkScene> scene;
    double isd = 2;  ///< the interactive image sample distance, adapted to the budget
    double budgetMs = 50;
    int threads = 0;

    Result<Frame> render(const RenderRequest &request)
    {
        if (!scene) {
            if (const QString problem = VolumeRenderer::displayProblem(); !problem.isEmpty())
                return Error(ErrorCode::Unsupported, QStringLiteral("3D view"), problem);
            scene = std::make_unique<VtkScene>();
        }
        scene->setThreads(threads);
        const bool interactive = request.quality == Quality::Interactive;
        auto frame = scene->render(request, interactive ? isd : 1.0);
        if (frame.ok() && interactive && request.preset.blend != BlendMode::Average) {
            // The cost goes with the number of rays, 1 / isd²: aim the next frame at the budget.
            const double ms = std::max(1.0, frame.value().renderMs);
            isd = std::clamp(isd * std::sqrt(ms / budgetMs), 1.0, 6.0);
        }
        return frame;
    }
    void cleanup() { scene.reset(); }
};

struct VolumeRenderer::Private {
    QThread thread;
    RenderWorker *worker = nullptr;
    QMutex mutex;
    std::optional<RenderRequest> pending;
    quint64 pendingSerial = 0;
    quint64 nextSerial = 1;
    bool scheduled = false;
};

VolumeRenderer::VolumeRenderer(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->thread.setObjectName(QStringLiteral("strata-render3d"));
    d->worker = new RenderWorker;
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    d->thread.start();
}

VolumeRenderer::~VolumeRenderer()
{
    {
        QMutexLocker lock(&d->mutex);
        d->pending.reset();
    }
    QMetaObject::invokeMethod(d->worker, [w = d->worker] { w->cleanup(); }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

quint64 VolumeRenderer::request(RenderRequest request)
{
    quint64 serial = 0;
    bool schedule = false;
    {
        QMutexLocker lock(&d->mutex);
        serial = d->nextSerial++;
        d->pending = std::move(request);
        d->pendingSerial = serial;
        schedule = !d->scheduled;
        d->scheduled = true;
    }
    if (schedule) {
        QMetaObject::invokeMethod(d->worker, [this] {
            std::optional<RenderRequest> next;
            quint64 serial = 0;
            {
                QMutexLocker lock(&d->mutex);
                next.swap(d->pending);
                serial = d->pendingSerial;
                d->scheduled = false;
            }
            if (!next)
                return;
            auto frame = d->worker->render(*next);
            if (frame.ok()) {
                frame.value().serial = serial;
                emit frameReady(frame.value());
            } else {
                emit failed(serial, frame.error().message());
            }
        }, Qt::QueuedConnection);
    }
    return serial;
}

Result<Frame> VolumeRenderer::renderSync(RenderRequest request)
{
    std::optional<Result<Frame>> result;
    QMetaObject::invokeMethod(d->worker, [&] { result = d->worker->render(request); }, Qt::BlockingQueuedConnection);
    return std::move(*result);
}

void VolumeRenderer::releaseVolume()
{
    {
        QMutexLocker lock(&d->mutex);
        d->pending.reset();
    }
    QMetaObject::invokeMethod(d->worker, [w = d->worker] { w->cleanup(); }, Qt::QueuedConnection);
}

void VolumeRenderer::setInteractiveBudgetMs(double ms)
{
    QMetaObject::invokeMethod(d->worker, [w = d->worker, ms] { w->budgetMs = std::max(1.0, ms); }, Qt::QueuedConnection);
}

void VolumeRenderer::setThreads(int threads)
{
    QMetaObject::invokeMethod(d->worker, [w = d->worker, threads] { w->threads = std::max(0, threads); }, Qt::QueuedConnection);
}

QString VolumeRenderer::displayProblem()
{
    // VTK's render window here is GLX (Debian's VTK has neither EGL nor OSMesa): without an X display it
    // aborts the process, so say so first.
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        return QCoreApplication::translate("strata::render3d",
                                           "3D rendering needs an X display (VTK renders offscreen through GLX here): "
                                           "run under xvfb-run or set DISPLAY");
    return {};
}

} // namespace strata::render3d

#include "VolumeRenderer.moc"
