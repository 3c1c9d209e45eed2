#include "DicomWebHttp.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>
#include <QCoreApplication>

namespace strata::net::web {
namespace {

QString httpProblem(int status, const QByteArray &body, bool hasCredentials)
{
    // Orthanc (and others) explain errors in a small JSON object.
    QString detail;
    const QJsonObject json = QJsonDocument::fromJson(body.left(64 * 1024)).object();
    for (const char *key : {"Details", "Message", "message", "error"}) {
        const QString v = json.value(QLatin1String(key)).toString();
        if (!v.isEmpty()) {
            detail = v;
            break;
        }
    }
    const QString suffix = detail.isEmpty() ? QString() : QStringLiteral(": %1").arg(detail.left(300));
    switch (status) {
    case 400: return QCoreApplication::translate("strata::net", "the node did not accept the request (HTTP 400)") + suffix;
    case 401:
        return hasCredentials ? QCoreApplication::translate("strata::net", "the node refused the credentials (HTTP 401)")
                              : QCoreApplication::translate("strata::net", "the node asks for credentials (HTTP 401) and none are configured");
    case 403: return QCoreApplication::translate("strata::net", "the node refused access with these credentials (HTTP 403)") + suffix;
    case 404: return QCoreApplication::translate("strata::net", "not found on the node (HTTP 404)") + suffix;
    case 405: return QCoreApplication::translate("strata::net", "the node does not offer this service (HTTP 405)");
    case 406: return QCoreApplication::translate("strata::net", "the node cannot answer in the format asked for (HTTP 406)") + suffix;
    case 409: return QCoreApplication::translate("strata::net", "the node refused the request (HTTP 409 conflict)") + suffix;
    case 413: return QCoreApplication::translate("strata::net", "the request is too large for the node (HTTP 413)");
    case 415: return QCoreApplication::translate("strata::net", "the node does not accept this media type (HTTP 415)") + suffix;
    case 501: return QCoreApplication::translate("strata::net", "the node does not implement this service (HTTP 501)");
    case 503: return QCoreApplication::translate("strata::net", "the node is unavailable (HTTP 503)");
    default: break;
    }
    if (status >= 300 && status < 400)
        return QCoreApplication::translate("strata::net", "the node redirects elsewhere (HTTP %1); set the final address as the node's DICOMweb URL").arg(status);
    if (status >= 500)
        return QCoreApplication::translate("strata::net", "the node failed to answer (HTTP %1)").arg(status) + suffix;
    return QCoreApplication::translate("strata::net", "the node answered HTTP %1").arg(status) + suffix;
}

ErrorCode httpCode(int status)
{
    switch (status) {
    case 401:
    case 403:
    case 400: return ErrorCode::InvalidArgument;
    case 404: return ErrorCode::NotFound;
    case 405:
    case 406:
    case 415:
    case 501: return ErrorCode::Unsupported;
    default: return ErrorCode::IoError;
    }
}

} // namespace

QString urlLabel(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

Session::Session(const Node &node, const Timeouts &timeouts, const CancellationToken &cancel)
    : m_node(node), m_timeouts(timeouts), m_cancel(cancel)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_silence.setSingleShot(true);
    QObject::connect(&m_silence, &QTimer::timeout, [this] {
        m_timedOut = true;
        if (m_loop)
            m_loop->quit();
    });
}

Session::~Session() = default;

std::optional<Error> Session::prepare()
{
    const QString raw = m_node.dicomWebUrl.trimmed();
    const QString who = m_node.name.isEmpty() ? QStringLiteral("DICOMweb") : m_node.name;
    if (raw.isEmpty())
        return Error(ErrorCode::InvalidArgument, who, QCoreApplication::translate("strata::net", "the node has no DICOMweb URL"));
    QUrl url(raw, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error(ErrorCode::InvalidArgument, raw, QCoreApplication::translate("strata::net", "not a valid URL"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Error(ErrorCode::InvalidArgument, urlLabel(url), QCoreApplication::translate("strata::net", "a DICOMweb URL starts with http:// or https://"));
    if (!url.userInfo().isEmpty())
        return Error(ErrorCode::InvalidArgument, urlLabel(url),
                     QCoreApplication::translate("strata::net", "the URL carries credentials; give them as the node's authentication instead (they are kept in the keychain)"));
    url.setQuery(QString());
    url.setFragment(QString());
    m_base = url;

    switch (m_node.auth) {
    case AuthKind::None: break;
    case AuthKind::Basic:
        if (m_node.username.isEmpty())
            return Error(ErrorCode::InvalidArgument, urlLabel(url), QCoreApplication::translate("strata::net", "Basic authentication needs a user name"));
        if (m_node.secret.isEmpty())
            return Error(ErrorCode::InvalidArgument, urlLabel(url), QCoreApplication::translate("strata::net", "no password for Basic authentication (none stored in the keychain?)"));
        m_authorization = "Basic " + (m_node.username + QLatin1Char(':') + m_node.secret).toUtf8().toBase64();
        break;
    case AuthKind::Bearer:
        if (m_node.secret.isEmpty())
            return Error(ErrorCode::InvalidArgument, urlLabel(url), QCoreApplication::translate("strata::net", "no token for Bearer authentication (none stored in the keychain?)"));
        m_authorization = "Bearer " + m_node.secret.toUtf8();
        break;
    }
    if (!m_authorization.isEmpty() && scheme == QLatin1String("http") && !m_node.allowInsecureAuth)
        return Error(ErrorCode::InvalidArgument, urlLabel(url),
                     QCoreApplication::translate("strata::net", "node '%1': refusing to send its %2 over plain http:// (anyone on the network could read it): "
                                    "use an https:// URL, or allow it for this node explicitly (allowInsecureAuth, "
                                    "strata node add --allow-insecure-auth)")
                         .arg(m_node.name.isEmpty() ? m_node.label() : m_node.name,
                              m_node.auth == AuthKind::Basic ? QCoreApplication::translate("strata::net", "Basic password") : QCoreApplication::translate("strata::net", "Bearer token")));

    if (scheme == QLatin1String("https")) {
        if (!QSslSocket::supportsSsl())
            return Error(ErrorCode::Unsupported, urlLabel(url),
                         QCoreApplication::translate("strata::net", "HTTPS needs a TLS backend and Qt has none here (is Qt's OpenSSL TLS plugin installed?)"));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        const TlsSettings &tls = m_node.tls;
        if (!tls.trustedCertificates.isEmpty()) {
            const QFileInfo info(tls.trustedCertificates);
            QList<QSslCertificate> cas;
            if (info.isDir()) {
                for (const QFileInfo &f : QDir(info.absoluteFilePath()).entryInfoList(QDir::Files))
                    cas += QSslCertificate::fromPath(f.absoluteFilePath(), QSsl::Pem);
            } else {
                cas = QSslCertificate::fromPath(info.absoluteFilePath(), QSsl::Pem);
            }
            if (cas.isEmpty())
                return Error(ErrorCode::InvalidArgument, tls.trustedCertificates,
                             QCoreApplication::translate("strata::net", "no PEM certificate could be read to trust for %1").arg(urlLabel(url)));
            conf.setCaCertificates(cas);
        }
        if (!tls.verifyPeer)
            conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!tls.certificateFile.isEmpty()) {
            const QList<QSslCertificate> mine = QSslCertificate::fromPath(tls.certificateFile, QSsl::Pem);
            if (mine.isEmpty())
                return Error(ErrorCode::InvalidArgument, tls.certificateFile, QCoreApplication::translate("strata::net", "not a PEM certificate"));
            QFile keyFile(tls.privateKeyFile);
            if (!keyFile.open(QIODevice::ReadOnly))
                return Error(ErrorCode::InvalidArgument, tls.privateKeyFile, QCoreApplication::translate("strata::net", "the private key cannot be read: %1").arg(keyFile.errorString()));
            const QByteArray pem = keyFile.readAll();
            QSslKey key(pem, QSsl::Rsa);
            if (key.isNull())
                key = QSslKey(pem, QSsl::Ec);
            if (key.isNull())
                return Error(ErrorCode::InvalidArgument, tls.privateKeyFile, QCoreApplication::translate("strata::net", "not a PEM private key (RSA or EC, unencrypted)"));
            conf.setLocalCertificate(mine.first());
            conf.setPrivateKey(key);
        }
        m_ssl = conf;
    }
    return std::nullopt;
}

QUrl Session::url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl u = m_base;
    QString p = u.path();
    if (!p.endsWith(QLatin1Char('/')))
        p += QLatin1Char('/');
    u.setPath(p + path);
    QByteArray q;
    for (const auto &[key, value] : query) {
        if (!q.isEmpty())
            q += '&';
        // Wildcards and the other characters a query may hold stay as they are (QUrl would not
        // encode them either); '&', '=', '+', '#', '%', spaces and non-ASCII are encoded.
        q += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value, "!$'()*,;:@/?");
    }
    if (!q.isEmpty())
        u.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
    return u;
}

QNetworkRequest Session::request(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest r(url);
    if (!accept.isEmpty())
        r.setRawHeader("Accept", accept);
    if (!m_authorization.isEmpty())
        r.setRawHeader("Authorization", m_authorization);
    if (m_ssl)
        r.setSslConfiguration(*m_ssl);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return r;
}

void Session::activity()
{
    m_moving = true;
    if (m_loop)
        m_silence.start(std::max(1, m_timeouts.dimse) * 1000);
}

void Session::attach(QNetworkReply *reply)
{
    m_current = reply;
    m_moving = false;
    m_timedOut = false;
    m_sslErrors.clear();
    QObject::connect(reply, &QNetworkReply::requestSent, reply, [this] { activity(); });
    QObject::connect(reply, &QNetworkReply::encrypted, reply, [this] { activity(); });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [this] { activity(); });
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [this](qint64 sent, qint64) {
        if (sent > 0)
            activity();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [this](qint64, qint64) { activity(); });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [this] {
        if (m_loop)
            m_loop->quit();
    });
}

void Session::pause()
{
    m_pauseRequested = true;
    if (m_loop)
        m_loop->quit();
}

Session::Wait Session::wait(QNetworkReply *reply)
{
    if (reply != m_current)
        attach(reply);
    if (reply->isFinished())
        return Wait::Finished;
    if (m_cancel.isCancelled()) {
        reply->abort();
        return Wait::Cancelled;
    }
    QEventLoop loop;
    bool cancelled = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancel.isCancelled()) {
            cancelled = true;
            loop.quit();
        }
    });
    poll.start();
    m_loop = &loop;
    m_pauseRequested = false;
    m_timedOut = false;
    m_silence.start(std::max(1, m_moving ? m_timeouts.dimse : m_timeouts.connect) * 1000);
    loop.exec();
    m_loop = nullptr;
    m_silence.stop();
    if (cancelled) {
        reply->abort();
        return Wait::Cancelled;
    }
    if (m_timedOut) {
        reply->abort();
        return Wait::TimedOut;
    }
    if (m_pauseRequested)
        return Wait::Paused;
    return Wait::Finished;
}

int Session::httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool Session::succeeded(QNetworkReply *reply)
{
    const int status = httpStatus(reply);
    return reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
}

Error Session::failure(QNetworkReply *reply, Wait how) const
{
    const QString where = urlLabel(reply->url());
    if (how == Wait::Cancelled)
        return Error(ErrorCode::Cancelled, where, QCoreApplication::translate("strata::net", "cancelled"));
    if (how == Wait::TimedOut) {
        if (!m_moving)
            return Error(ErrorCode::IoError, where, QCoreApplication::translate("strata::net", "no connection within %1 s (timeout)").arg(m_timeouts.connect));
        return Error(ErrorCode::IoError, where, QCoreApplication::translate("strata::net", "the node sent nothing for %1 s (timeout)").arg(m_timeouts.dimse));
    }
    const int status = httpStatus(reply);
    if (status >= 300)
        return Error(httpCode(status), where, httpProblem(status, reply->isReadable() ? reply->peek(64 * 1024) : QByteArray(), !m_authorization.isEmpty()));
    const QString port = QString::number(reply->url().port(reply->url().scheme() == QLatin1String("https") ? 443 : 80));
    switch (reply->error()) {
    case QNetworkReply::NoError:
        return Error(ErrorCode::IoError, where, QCoreApplication::translate("strata::net", "the node gave no HTTP answer"));
    case QNetworkReply::ConnectionRefusedError:
        return Error(ErrorCode::IoError, where, QCoreApplication::translate("strata::net", "the connection was refused (nothing listens on port %1?)").arg(port));
    case QNetworkReply::HostNotFoundError:
        return Error(ErrorCode::IoError, where, QCoreApplication::translate("strata::net", "the host name %1 is unknown").arg(reply->url().host()));
    case QNetworkReply::RemoteHostClosedError:
        return Error(ErrorCode::IoError, where, QCoreApplication::translate("strata::net", "the node closed the connection before answering"));
    case QNetworkReply::TimeoutError:
        return Error(ErrorCode::IoError, where, QCoreApplication::translate("strata::net", "the connection timed out"));
    case QNetworkReply::SslHandshakeFailedError:
        return Error(ErrorCode::IoError, where,
                     QCoreApplication::translate("strata::net", "the TLS handshake failed: %1")
                         .arg(m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(QStringLiteral("; "))));
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return Error(ErrorCode::IoError, where, QCoreApplication::translate("strata::net", "the node redirects elsewhere; set the final address as the node's DICOMweb URL"));
    default:
        return Error(ErrorCode::IoError, where, reply->errorString());
    }
}

Result<QByteArray> Session::getAll(const QUrl &url, const QByteArray &accept, int *status, qint64 maxBytes)
{
    std::unique_ptr<QNetworkReply> reply(m_nam.get(request(url, accept)));
    bool tooLarge = false;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, reply.get(), [&] {
        if (reply->bytesAvailable() > maxBytes && !tooLarge) {
            tooLarge = true;
            pause();
        }
    });
    const Wait how = wait(reply.get());
    if (tooLarge) {
        reply->abort();
        return Error(ErrorCode::TooLarge, urlLabel(url), QCoreApplication::translate("strata::net", "the answer is larger than %1 MB").arg(maxBytes >> 20));
    }
    if (status)
        *status = httpStatus(reply.get());
    if (how != Wait::Finished || !succeeded(reply.get()))
        return failure(reply.get(), how);
    return reply->readAll();
}

} // namespace strata::net::web
