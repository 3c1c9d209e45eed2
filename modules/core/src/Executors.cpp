#include <strata/core/Executors.h>
#include <strata/core/WorkPool.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace strata {

namespace {

QThreadPool *makePool(const char *name, int threads)
{
    // Never deleted: a worker may still be finishing while the application object goes (see
    // drainAtExit); the idle threads end with the process.
    auto *pool = new QThreadPool;
    pool->setObjectName(QString::fromLatin1(name));
    pool->setMaxThreadCount(threads);
    return pool;
}

constexpr Executor allExecutors[] = {Executor::Jobs, Executor::Interactive, Executor::Render, Executor::Compute};

/// Run by ~QCoreApplication, before main() returns and static objects are destroyed: work still
/// running then (a save the user made, a job's last write, a thumbnail) would otherwise run on
/// while the statics it uses (loggers, the store's globals) are destroyed under it, and the
/// process crashed at exit ("QMutex: destroying locked mutex") or lost the write.
void drainAtExit()
{
    constexpr int bound = 30000;
    if (!waitForExecutors(bound))
        qWarning("strata: background work still running %d s after the application ended; leaving without it",
                 bound / 1000);
}

} // namespace

void detail::arrangeDrainAtExit()
{
    // Once per application object (the routines registered are consumed by its destructor).
    static std::atomic<QCoreApplication *> registeredFor{nullptr};
    QCoreApplication *app = QCoreApplication::instance();
    if (app && registeredFor.load(std::memory_order_relaxed) != app && registeredFor.exchange(app) != app)
        qAddPostRoutine(drainAtExit);
}

bool waitForExecutors(int msecs)
{
    const QDeadlineTimer deadline(msecs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(msecs));
    // Polled rather than QThreadPool::waitForDone(), which also ends every idle thread: a thread
    // that ends while the process ends drops what libraries keep per thread (OpenSSL's error
    // state, seen as leaks under LeakSanitizer). A task is queued only while every thread of its
    // pool is busy, and a task may start another on a different executor: done once a pass finds
    // no thread of any pool at work.
    for (;;) {
        bool idle = true;
        for (const Executor which : allExecutors)
            if (executor(which)->activeThreadCount() > 0) {
                idle = false;
                break;
            }
        if (idle)
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(2);
    }
}

QThreadPool *executor(Executor which)
{
    detail::arrangeDrainAtExit();
    static QThreadPool *jobs = makePool("strata-jobs", std::max(2, QThread::idealThreadCount()));
    static QThreadPool *interactive = makePool("strata-interactive", 4);
    static QThreadPool *render = makePool("strata-render", 2);
    switch (which) {
    case Executor::Compute:
        return workPool();
    case Executor::Jobs:
        return jobs;
    case Executor::Interactive:
        return interactive;
    case Executor::Render:
        return render;
    }
    return workPool();
}

void startOwnedJob(Job *job, Executor which)
{
    // deleteLater() is queued after the job's own queued signals: the owner thread handles them
    // first. Deleting from a finished() slot instead could free the job while run() still emits.
    executor(which)->start([job] {
        job->run();
        QMetaObject::invokeMethod(job, &QObject::deleteLater, Qt::QueuedConnection);
    });
}

namespace detail {

namespace {

/// One guard per context object, kept by a child object so that repeated requests share it.
class GuardHolder : public QObject {
public:
    explicit GuardHolder(QObject *context) : QObject(context), guard(std::make_shared<Guard>())
    {
        setObjectName(QStringLiteral("strata-result-guard"));
        guard->owner = context;
        // destroyed() is emitted before Qt discards the events posted to the context: clearing
        // the guard here means nothing is posted to an object being destroyed.
        connect(context, &QObject::destroyed, [g = guard] {
            QMutexLocker lock(&g->mutex);
            g->owner = nullptr;
        });
    }
    std::shared_ptr<Guard> guard;
};

} // namespace

std::shared_ptr<Guard> guardFor(QObject *context)
{
    auto *holder = context->findChild<GuardHolder *>(QStringLiteral("strata-result-guard"),
                                                     Qt::FindDirectChildrenOnly);
    if (!holder)
        holder = new GuardHolder(context);
    return holder->guard;
}

} // namespace detail

LatestRequest::LatestRequest(QObject *owner, Executor which)
    : m_pool(executor(which)), m_shared(std::make_shared<Shared>())
{
    m_shared->owner = owner;
}

LatestRequest::~LatestRequest()
{
    m_token.cancel();
    QMutexLocker lock(&m_shared->mutex);
    m_shared->owner = nullptr;
}

void LatestRequest::cancel()
{
    m_token.cancel();
    m_token = CancellationToken();
    m_shared->latest = ++m_generation;  // nothing started before this can be delivered
    m_busy = false;
}

void LatestRequest::finished(quint64 generation)
{
    if (generation == m_generation)
        m_busy = false;
}

} // namespace strata
