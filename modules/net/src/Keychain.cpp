#include "Keychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <functional>
#include <memory>

namespace strata::net::detail {
namespace {

constexpr int kWaitMs = 20000;
const QString kService = QStringLiteral("Strata");

/// Why there is no keychain to talk to, or an empty string when one may be there.
QString missingKeychain()
{
    // QtKeychain reaches the Secret Service (GNOME Keyring, KWallet) over the D-Bus session bus.
    if (!QDBusConnection::sessionBus().isConnected())
        return QCoreApplication::translate("strata::net", "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset or unreachable), so no Secret "
                              "Service such as GNOME Keyring or KWallet can be reached");
    return {};
}

/// What a finished keychain job said.
struct Outcome {
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;  ///< read jobs: the secret
};

QString timeoutText()
{
    return QCoreApplication::translate("strata::net", "the keychain did not answer within %1 s (is it locked and waiting for a password?)").arg(kWaitMs / 1000);
}

/// Makes a job with `make` and runs it to its end (or `kWaitMs`).
///
/// QtKeychain's libsecret backend delivers its answers through GLib's default main context, which
/// only the main thread runs (seen here: from a worker the answer arrived on the main thread and
/// crashed). So jobs always run on the main thread: called there, with a local event loop (the
/// command line); called from a worker (the window's job pool), the job is started on the main
/// thread's event loop and the worker waits for its answer.
Outcome runJob(const std::function<QKeychain::Job *()> &make)
{
    auto shared = std::make_shared<std::pair<QMutex, QWaitCondition>>();
    auto outcome = std::make_shared<Outcome>();
    auto start = [make, shared, outcome](QPointer<QEventLoop> loop) {
        QKeychain::Job *job = make();
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, job, [shared, outcome, loop](QKeychain::Job *j) {
            QMutexLocker lock(&shared->first);
            outcome->finished = true;
            outcome->error = j->error();
            outcome->errorString = j->errorString();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                outcome->text = read->textData();
            shared->second.wakeAll();
            if (loop)  // on the main thread, as the loop: a late answer finds it gone
                loop->quit();
        });
        job->start();
    };
    QCoreApplication *app = QCoreApplication::instance();
    if (!app) {
        outcome->errorString = QCoreApplication::translate("strata::net", "no application object to run the keychain on");
        outcome->error = QKeychain::OtherError;
        outcome->finished = true;
        return *outcome;
    }
    if (QThread::currentThread() == app->thread()) {
        QEventLoop loop;
        QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
        start(QPointer<QEventLoop>(&loop));
        if (!outcome->finished)
            loop.exec();
        return *outcome;
    }
    QMetaObject::invokeMethod(app, [start] { start(nullptr); }, Qt::QueuedConnection);
    QMutexLocker lock(&shared->first);
    QDeadlineTimer deadline(kWaitMs);
    while (!outcome->finished)
        if (!shared->second.wait(&shared->first, deadline))
            break;
    return *outcome;
}

} // namespace

std::optional<Error> keychainWrite(const QString &key, const QString &secret, const QString &subject)
{
    if (const QString why = missingKeychain(); !why.isEmpty())
        return Error(ErrorCode::Unsupported, subject, QCoreApplication::translate("strata::net", "no system keychain: %1 — the password was not saved").arg(why));
    const Outcome o = runJob([key, secret] {
        auto *job = new QKeychain::WritePasswordJob(kService);
        job->setKey(key);
        job->setTextData(secret);
        return job;
    });
    if (!o.finished)
        return Error(ErrorCode::IoError, subject, timeoutText() + QCoreApplication::translate("strata::net", " — the password was not saved"));
    if (o.error != QKeychain::NoError)
        return Error(ErrorCode::Unsupported, subject,
                     QCoreApplication::translate("strata::net", "%1: %2 — the password was not saved")
                         .arg(o.error == QKeychain::NoBackendAvailable ? QCoreApplication::translate("strata::net", "no system keychain")
                                                                       : QCoreApplication::translate("strata::net", "the system keychain refused it"),
                              o.errorString));
    return std::nullopt;
}

Result<QString> keychainRead(const QString &key, const QString &subject)
{
    if (const QString why = missingKeychain(); !why.isEmpty())
        return Error(ErrorCode::Unsupported, subject, QCoreApplication::translate("strata::net", "no system keychain: %1 — the password cannot be read").arg(why));
    const Outcome o = runJob([key] {
        auto *job = new QKeychain::ReadPasswordJob(kService);
        job->setKey(key);
        return job;
    });
    if (!o.finished)
        return Error(ErrorCode::IoError, subject, timeoutText());
    if (o.error == QKeychain::EntryNotFound)
        return Error(ErrorCode::NotFound, subject, QCoreApplication::translate("strata::net", "the system keychain holds no password for it: enter it again"));
    if (o.error != QKeychain::NoError)
        return Error(ErrorCode::IoError, subject, QCoreApplication::translate("strata::net", "reading the password from the system keychain failed: %1").arg(o.errorString));
    return o.text;
}

std::optional<Error> keychainDelete(const QString &key, const QString &subject)
{
    if (const QString why = missingKeychain(); !why.isEmpty())
        return Error(ErrorCode::Unsupported, subject, QCoreApplication::translate("strata::net", "no system keychain: %1 — the password could not be removed").arg(why));
    const Outcome o = runJob([key] {
        auto *job = new QKeychain::DeletePasswordJob(kService);
        job->setKey(key);
        return job;
    });
    if (!o.finished)
        return Error(ErrorCode::IoError, subject, timeoutText());
    if (o.error != QKeychain::NoError && o.error != QKeychain::EntryNotFound)
        return Error(ErrorCode::IoError, subject, QCoreApplication::translate("strata::net", "removing the password from the system keychain failed: %1").arg(o.errorString));
    return std::nullopt;
}

} // namespace strata::net::detail
