#include <strata/core/Job.h>

namespace strata {

Job::Job(QObject *parent) : QObject(parent)
{
    setAutoDelete(false);
    qRegisterMetaType<strata::Progress>();
    qRegisterMetaType<strata::Error>();
}

Job::~Job() = default;

void Job::run()
{
    const Error error = execute();
    if (error.code == ErrorCode::None)
        emit finished();
    else
        emit failed(error);
}

} // namespace strata
