#pragma once
// Tests: a blocking REST call to the fixture's Orthanc (needs Qt6::Network).
#include "orthanc_env.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace strata::testing {

inline QString orthancRestUrl(const QString &dir)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(orthancEnv(dir).value("ORTHANC_HTTP_PORT")));
}

/// A blocking REST call (GET when `body` is null, else `method` with a JSON body); the HTTP status
/// and the body come back. 30 s limit.
inline QPair<int, QByteArray> orthancRest(const QString &dir, const QByteArray &method, const QString &path,
                                          const QByteArray &body = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(orthancRestUrl(dir) + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return {status, data};
}

} // namespace strata::testing
