#pragma once
// Tests: a blocking REST call to the fixture's Orthanc (needs Qt6::Network).
#include "orthanc_env.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

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

/// Studies a test stores into the shared archive for itself (REST POST /instances; give them a
/// patient ID of their own, see fresh_copies.h) and removes again when it goes: a query restricted
/// to their patient ID sees exactly them, whatever other tests store or delete meanwhile.
class OwnStudies {
public:
    explicit OwnStudies(QString orthancDir) : m_dir(std::move(orthancDir)) {}
    ~OwnStudies() { removeAll(); }
    OwnStudies(const OwnStudies &) = delete;
    OwnStudies &operator=(const OwnStudies &) = delete;

    /// Stores each file; false (and what is stored stays listed for removal) on the first failure.
    bool store(const QStringList &files)
    {
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return false;
            const auto [status, body] = orthancRest(m_dir, "POST", QStringLiteral("/instances"), f.readAll(),
                                                    QStringLiteral("application/dicom"));
            const QString study = QJsonDocument::fromJson(body).object().value(QStringLiteral("ParentStudy")).toString();
            if (status != 200 || study.isEmpty())
                return false;
            m_studies.insert(study);
        }
        return true;
    }

    /// Orthanc's IDs of the studies stored so far.
    QSet<QString> studies() const { return m_studies; }

    void removeAll()
    {
        for (const QString &id : std::as_const(m_studies))
            orthancRest(m_dir, "DELETE", QStringLiteral("/studies/") + id);
        m_studies.clear();
    }

private:
    QString m_dir;
    QSet<QString> m_studies;
};

} // namespace strata::testing
