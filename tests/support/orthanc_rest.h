#pragma once
// Tests: a blocking REST call to the fixture's Orthanc (needs Qt6::Network).
#include "orthanc_env.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace strata::testing {

inline QString orthancRestUrl(const QString &dir)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(orthancEnv(dir).value("ORTHANC_HTTP_PORT")));
}

/// A blocking REST call (`method` with `body`, sent as `contentType`); the HTTP status and the
/// body come back. 20 s transfer limit.
inline QPair<int, QByteArray> orthancRest(const QString &dir, const QByteArray &method, const QString &path,
                                          const QByteArray &body = {},
                                          const QString &contentType = QStringLiteral("application/json"))
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(orthancRestUrl(dir) + path));
    request.setTransferTimeout(20000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return {status, data};
}

/// The same, for callers that only want the body of a successful call (empty otherwise); the
/// body goes as text/plain (e.g. a UID for /tools/lookup).
inline QByteArray orthancRestBody(const QString &dir, const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    const auto [status, data] = orthancRest(dir, method, path, body, QStringLiteral("text/plain"));
    return status >= 200 && status < 300 ? data : QByteArray();
}

} // namespace strata::testing
