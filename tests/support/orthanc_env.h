#pragma once
// Tests: the fixture's Orthanc (tests/support/orthanc_fixture.cpp writes orthanc.env) as a Node,
// its REST port, and a small blocking REST call.
#include <strata/net/Node.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace strata::testing {

inline QMap<QByteArray, QByteArray> orthancEnv(const QString &dir)
{
    QMap<QByteArray, QByteArray> values;
    QFile env(dir + QStringLiteral("/orthanc.env"));
    if (!env.open(QIODevice::ReadOnly))
        qFatal("no Orthanc fixture: %s", qPrintable(env.fileName()));
    for (const QByteArray &line : env.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    return values;
}

/// The fixture's Orthanc over DIMSE (and DICOMweb), as Strata calls it.
inline net::Node orthancNode(const QString &dir)
{
    const auto env = orthancEnv(dir);
    net::Node n;
    n.name = QStringLiteral("test archive");
    n.host = QStringLiteral("127.0.0.1");
    n.port = quint16(env.value("ORTHANC_DICOM_PORT").toUInt());
    n.aeTitle = QString::fromLatin1(env.value("ORTHANC_AET", "ORTHANC"));
    n.dicomWebUrl = QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(QString::fromLatin1(env.value("ORTHANC_HTTP_PORT")));
    return n;
}

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
