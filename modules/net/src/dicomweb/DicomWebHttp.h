#pragma once
// The HTTP side shared by QIDO-RS, WADO-RS and STOW-RS: one session per call, on the calling
// thread (its own QNetworkAccessManager and QEventLoop), with the node's authentication and TLS
// trust, connect / silence timeouts, cancellation, and errors that name the URL and say what went
// wrong in words.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/net/RemoteTypes.h>
#include <strata/net/Node.h>

#include <QEventLoop>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace strata::net::web {

/// A URL as errors show it: no user name, password or query.
QString urlLabel(const QUrl &url);

class Session {
public:
    Session(const Node &node, const Timeouts &timeouts, const CancellationToken &cancel = {});
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    /// Checks the node (a http/https base URL, credentials for its auth kind, a readable trust
    /// file, a TLS backend for https) and prepares the TLS configuration.
    std::optional<Error> prepare();

    /// The base URL with `path` appended ("studies/1.2.3/series") and the query parameters
    /// (values percent-encoded, '+' included).
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    QString baseLabel() const { return urlLabel(m_base); }
    /// A request with the Authorization header, TLS configuration and Accept header.
    QNetworkRequest request(const QUrl &url, const QByteArray &accept) const;
    QNetworkAccessManager &nam() { return m_nam; }
    const CancellationToken &cancelToken() const { return m_cancel; }

    enum class Wait { Finished, Paused, TimedOut, Cancelled };
    /// Processes events until the reply finished, a handler called pause(), nothing moved for
    /// longer than the timeout (the reply is aborted), or the token was cancelled (aborted too).
    Wait wait(QNetworkReply *reply);
    /// From a slot of the reply being waited for: wait() returns Paused once the slot returns.
    void pause();

    /// What went wrong with a reply that did not finish well (`how` from wait()).
    Error failure(QNetworkReply *reply, Wait how) const;
    /// HTTP status of a finished reply (0 when none arrived).
    static int httpStatus(QNetworkReply *reply);
    /// True when the reply got an HTTP answer and it was 2xx.
    static bool succeeded(QNetworkReply *reply);

    /// GET with the whole (bounded) body in memory: for QIDO answers. `status` gets the HTTP status.
    Result<QByteArray> getAll(const QUrl &url, const QByteArray &accept, int *status = nullptr,
                              qint64 maxBytes = qint64(256) << 20);

private:
    Node m_node;
    Timeouts m_timeouts;
    CancellationToken m_cancel;
    QUrl m_base;
    QByteArray m_authorization;
    std::optional<QSslConfiguration> m_ssl;
    QNetworkAccessManager m_nam;
    QTimer m_silence;
    QEventLoop *m_loop = nullptr;
    QPointer<QNetworkReply> m_current;    // the reply the state below is about
    bool m_pauseRequested = false;
    bool m_timedOut = false;
    bool m_moving = false;                // the request went out / bytes moved
    QStringList m_sslErrors;

    void attach(QNetworkReply *reply);
    void activity();
};

/// QIDO-RS instances of a study or series through an open session (WADO-RS asks first what to
/// expect). `status` gets the HTTP status of a failed page.
Result<std::vector<RemoteInstance>> qidoInstancesIn(Session &session, const QString &studyInstanceUid,
                                                   const QString &seriesInstanceUid, int pageSize, int *status = nullptr);
/// The study-level count of a study's instances through an open session (qidoStudyInstanceCount).
Result<int> qidoStudyInstanceCountIn(Session &session, const QString &studyInstanceUid);

} // namespace strata::net::web
