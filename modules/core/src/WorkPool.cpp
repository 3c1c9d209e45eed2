#include <strata/core/Executors.h>
#include <strata/core/WorkPool.h>

#include <QThread>

namespace strata {

QThreadPool *workPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;  // never deleted: drained when the application ends (Executors.h)
        p->setMaxThreadCount(QThread::idealThreadCount());
        p->setObjectName(QStringLiteral("strata-work"));
        return p;
    }();
    detail::arrangeDrainAtExit();
    return pool;
}

} // namespace strata
