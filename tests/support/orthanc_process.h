#pragma once
// Tests: an Orthanc of the test's own (not the shared fixture's), on free loopback ports with its
// storage and index under a folder of the test, that the test can kill with SIGKILL and start
// again on the same ports and storage. It writes <dir>/orthanc.env like the fixture, so
// orthanc_rest.h and orthancNode() work on it. PostgresCluster starts a private PostgreSQL
// cluster (initdb into a folder, pg_ctl on a loopback port) for an Orthanc with its index there.
#include "ports.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace strata::testing {

/// One Orthanc process of the test's own.
class PrivateOrthanc {
public:
    ~PrivateOrthanc() { stop(); }

    /// Writes the configuration (the fixture's settings plus `extra`, which wins) into `dir` and
    /// starts Orthanc; false with `error()` when it did not answer within 60 s.
    bool start(const QString &dir, const QJsonObject &extra = {})
    {
        m_dir = QFileInfo(dir).absoluteFilePath();
        QDir().mkpath(m_dir + QStringLiteral("/storage"));
        QDir().mkpath(m_dir + QStringLiteral("/index"));
        m_http = freePort();
        do
            m_dicom = freePort();
        while (m_dicom == m_http);
        QJsonObject config{
            {QStringLiteral("Name"), QStringLiteral("strata-test-own")},
            {QStringLiteral("StorageDirectory"), m_dir + QStringLiteral("/storage")},
            {QStringLiteral("IndexDirectory"), m_dir + QStringLiteral("/index")},
            {QStringLiteral("HttpPort"), m_http},
            {QStringLiteral("DicomPort"), m_dicom},
            {QStringLiteral("DicomAet"), QStringLiteral("ORTHANC")},
            {QStringLiteral("RemoteAccessAllowed"), false},
            {QStringLiteral("AuthenticationEnabled"), false},
            {QStringLiteral("DicomCheckCalledAet"), true},
            {QStringLiteral("DicomAlwaysAllowEcho"), true},
            {QStringLiteral("DicomAlwaysAllowStore"), true},
            {QStringLiteral("DicomAlwaysAllowFind"), true},
            {QStringLiteral("StorageCompression"), false},
            {QStringLiteral("ConcurrentJobs"), 2},
            {QStringLiteral("SaveJobs"), false},
            {QStringLiteral("StableAge"), 3600},
        };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            config.insert(it.key(), it.value());
        QFile f(m_dir + QStringLiteral("/orthanc.json"));
        if (!f.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(f.fileName()));
        f.write(QJsonDocument(config).toJson());
        f.close();
        QFile env(m_dir + QStringLiteral("/orthanc.env"));
        if (!env.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(env.fileName()));
        env.write(QStringLiteral("ORTHANC_HTTP_PORT=%1\nORTHANC_DICOM_PORT=%2\nORTHANC_AET=ORTHANC\n").arg(m_http).arg(m_dicom).toUtf8());
        env.close();
        return launch();
    }

    /// Starts it again (after kill()) on the same ports, storage and index.
    bool restart() { return launch(); }

    /// SIGKILL: no shutdown of any kind; waits until the process is gone.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(30000);
    }

    /// SIGTERM, then SIGKILL after 10 s.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            kill();
    }

    bool running() const { return m_process.state() == QProcess::Running; }
    QString dir() const { return m_dir; }
    quint16 dicomPort() const { return m_dicom; }
    quint16 httpPort() const { return m_http; }
    QString error() const { return m_error; }
    /// The end of its log (for failure messages).
    QString logTail() const
    {
        QFile log(m_dir + QStringLiteral("/orthanc.log"));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(3000)) : QString();
    }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    bool launch()
    {
        m_process.setWorkingDirectory(m_dir);
        m_process.setStandardOutputFile(m_dir + QStringLiteral("/orthanc.log"), QIODevice::Append);
        m_process.setStandardErrorFile(m_dir + QStringLiteral("/orthanc.log"), QIODevice::Append);
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("Orthanc"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (exe.isEmpty())
            return fail(QStringLiteral("Orthanc is not installed (apt-get install orthanc)"));
        m_process.start(exe, {m_dir + QStringLiteral("/orthanc.json")});
        if (!m_process.waitForStarted(10000))
            return fail(QStringLiteral("Orthanc did not start: %1").arg(m_process.errorString()));
        QNetworkAccessManager nam;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && m_process.state() == QProcess::Running) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/system").arg(m_http)));
            request.setTransferTimeout(5000);
            QNetworkReply *reply = nam.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            if (status == 200)
                return true;
            QThread::msleep(100);
        }
        return fail(QStringLiteral("Orthanc did not answer on port %1 within 60 s: %2").arg(m_http).arg(logTail()));
    }

    QString m_dir;
    QString m_error;
    quint16 m_http = 0;
    quint16 m_dicom = 0;
    QProcess m_process;
};

/// A private PostgreSQL cluster: initdb into `<dir>/data`, the server on a free loopback port with
/// its socket in `<dir>`, trust authentication for the superuser "postgres", fsync off (a test).
/// As root the server runs as the "postgres" user (it refuses root) through runuser.
class PostgresCluster {
public:
    ~PostgresCluster() { stop(); }

    bool start(const QString &dir)
    {
        m_dir = QFileInfo(dir).absoluteFilePath();
        const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin");
        if (!QFile::exists(bin + QStringLiteral("/initdb")))
            return fail(QStringLiteral("PostgreSQL 15 is not installed (%1/initdb; apt-get install postgresql)").arg(bin));
        QDir().mkpath(m_dir);
        if (::geteuid() == 0) {
            // The server refuses to run as root: the folder goes to the postgres user.
            QProcess chown;
            chown.start(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_dir});
            if (!chown.waitForFinished(10000) || chown.exitCode() != 0)
                return fail(QStringLiteral("cannot give %1 to the postgres user").arg(m_dir));
            m_asUser = {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")};
            // It has to reach the folder: open the folders above it for traversal.
            for (QDir up(m_dir); up.cdUp() && up.path() != QLatin1String("/");)
                QFile::setPermissions(up.path(), QFile::permissions(up.path()) | QFile::ExeOther);
        }
        m_port = freePort();
        if (!run(bin + QStringLiteral("/initdb"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("--auth=trust"),
                                                   QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8")}))
            return false;
        if (!run(bin + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-l"), m_dir + QStringLiteral("/postgres.log"),
                                                   QStringLiteral("-o"), QStringLiteral("-k %1 -h 127.0.0.1 -p %2 -F").arg(m_dir).arg(m_port),
                                                   QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")}))
            return false;
        m_started = true;
        return true;
    }

    void stop()
    {
        if (!m_started)
            return;
        run(QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"), {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
                                                                  QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
        m_started = false;
    }

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

    /// The "PostgreSQL" section of an Orthanc configuration with its index (not its storage) here.
    QJsonObject orthancSection() const
    {
        return QJsonObject{{QStringLiteral("EnableIndex"), true},      {QStringLiteral("EnableStorage"), false},
                           {QStringLiteral("Host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("Port"), m_port},
                           {QStringLiteral("Database"), QStringLiteral("postgres")}, {QStringLiteral("Username"), QStringLiteral("postgres")},
                           {QStringLiteral("Password"), QString()},   {QStringLiteral("Lock"), false}};
    }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList all = m_asUser + QStringList{program} + args;
        p.start(all.first(), all.mid(1));
        if (!p.waitForFinished(90000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return fail(QStringLiteral("%1 failed: %2").arg(QFileInfo(program).fileName(), QString::fromLocal8Bit(p.readAll().right(2000))));
        return true;
    }

    QString m_dir;
    QString m_error;
    QStringList m_asUser;
    quint16 m_port = 0;
    bool m_started = false;
};

} // namespace strata::testing
