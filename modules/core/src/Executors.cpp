#include <strata/core/Executors.h>
#include <strata/core/WorkPool.h>

#include <QThread>

#include <algorithm>

namespace strata {

namespace {

QThreadPool *makePool(const char *name, int threads)
{
    auto *pool = new QThreadPool;  // lives as long as the process: workers may still run at exit
    pool->setObjectName(QString::fromLatin1(name));
    pool->setMaxThreadCount(threads);
    return pool;
}

} // namespace

QThreadPool *executor(Executor which)
{
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
