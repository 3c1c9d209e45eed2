#include <strata/ui/JobRunner.h>

#include <QThread>

namespace strata::ui {

QThreadPool *jobPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;  // lives as long as the process; jobs are cancelled and waited for by their owners
        p->setObjectName(QStringLiteral("strata-jobs"));
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

void startOwnedJob(Job *job, QThreadPool *pool)
{
    // deleteLater() is queued after the job's own queued signals: the owner thread handles them
    // first. Deleting from a finished() slot instead could free the job while run() still emits.
    pool->start([job] {
        job->run();
        QMetaObject::invokeMethod(job, &QObject::deleteLater, Qt::QueuedConnection);
    });
}

} // namespace strata::ui
