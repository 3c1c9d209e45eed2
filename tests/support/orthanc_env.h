#pragma once
// Tests: the fixture's Orthanc (tests/support/orthanc_fixture.cpp writes orthanc.env): its values
// and the archive as a Node. orthanc_rest.h adds a blocking REST call.
#include <strata/net/Node.h>

#include <QFile>
#include <QMap>

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

/// One value of orthanc.env; stops the test when the fixture did not write it.
inline QByteArray orthancEnvValue(const QString &dir, const QByteArray &key)
{
    const QByteArray value = orthancEnv(dir).value(key);
    if (value.isEmpty())
        qFatal("orthanc.env has no %s", key.constData());
    return value;
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

} // namespace strata::testing
