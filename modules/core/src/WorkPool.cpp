#include <strata/core/WorkPool.h>

#include <QThread>

namespace strata {

QThreadPool *workPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;  // lives as long as the process: workers may run at exit
        p->setMaxThreadCount(QThread::idealThreadCount());
        p->setObjectName(QStringLiteral("strata-work"));
        return p;
    }();
    return pool;
}

} // namespace strata
