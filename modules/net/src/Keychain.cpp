#include "Keychain.h"

#include <qt6keychain/keychain.h>

#include <QDBusConnection>
#include <QEventLoop>
#include <QTimer>

namespace strata::net::detail {
namespace {

constexpr int kWaitMs = 20000;
const QString kService = QStringLiteral("Strata");

/// Why there is no keychain to talk to, or an empty string when one may be there.
QString missingKeychain()
{
    // QtKeychain reaches the Secret Service (GNOME Keyring, KWallet) over the D-Bus session bus.
    if (!QDBusConnection::sessionBus().isConnected())
        return QStringLiteral("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset or unreachable), so no Secret "
                              "Service such as GNOME Keyring or KWallet can be reached");
    return {};
}

/// Runs the job to its end (or `kWaitMs`) with a local event loop; returns the error, if any.
std::optional<QString> runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    std::optional<QString> failure;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *j) {
        finished = true;
        if (j->error() != QKeychain::NoError)
            failure = j->errorString();
        loop.quit();
    });
    QTimer::singleShot(kWaitMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (!finished) {
        // Leave the job to finish (and delete itself) later; its signal no longer reaches us.
        job->disconnect(&loop);
        job->setAutoDelete(true);
        return QStringLiteral("the keychain did not answer within %1 s (is it locked and waiting for a password?)").arg(kWaitMs / 1000);
    }
    return failure;
}

} // namespace

std::optional<Error> keychainWrite(const QString &key, const QString &secret, const QString &subject)
{
    if (const QString why = missingKeychain(); !why.isEmpty())
        return Error(ErrorCode::Unsupported, subject, QStringLiteral("no system keychain: %1 — the password was not saved").arg(why));
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(secret);
    const auto failure = runJob(job);
    const bool noBackend = job->error() == QKeychain::NoBackendAvailable;
    if (!job->autoDelete())
        delete job;
    if (failure)
        return Error(ErrorCode::Unsupported, subject,
                     QStringLiteral("%1: %2 — the password was not saved")
                         .arg(noBackend ? QStringLiteral("no system keychain") : QStringLiteral("the system keychain refused it"), *failure));
    return std::nullopt;
}

Result<QString> keychainRead(const QString &key, const QString &subject)
{
    if (const QString why = missingKeychain(); !why.isEmpty())
        return Error(ErrorCode::Unsupported, subject, QStringLiteral("no system keychain: %1 — the password cannot be read").arg(why));
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    const auto failure = runJob(job);
    const bool notFound = job->error() == QKeychain::EntryNotFound;
    const QString secret = failure ? QString() : job->textData();
    if (!job->autoDelete())
        delete job;
    if (notFound)
        return Error(ErrorCode::NotFound, subject, QStringLiteral("the system keychain holds no password for it: enter it again"));
    if (failure)
        return Error(ErrorCode::IoError, subject, QStringLiteral("reading the password from the system keychain failed: %1").arg(*failure));
    return secret;
}

std::optional<Error> keychainDelete(const QString &key, const QString &subject)
{
    if (const QString why = missingKeychain(); !why.isEmpty())
        return Error(ErrorCode::Unsupported, subject, QStringLiteral("no system keychain: %1 — the password could not be removed").arg(why));
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    const auto failure = runJob(job);
    const bool notFound = job->error() == QKeychain::EntryNotFound;
    if (!job->autoDelete())
        delete job;
    if (failure && !notFound)
        return Error(ErrorCode::IoError, subject, QStringLiteral("removing the password from the system keychain failed: %1").arg(*failure));
    return std::nullopt;
}

} // namespace strata::net::detail
