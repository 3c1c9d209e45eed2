// A real Orthanc for the tests: `strata_orthanc_fixture start <dir> [files or folders to load]`
// starts one on free loopback ports with a temporary configuration under <dir>, waits until its
// REST API answers, uploads the given files, and writes <dir>/orthanc.env (ports, AE title);
// `strata_orthanc_fixture stop <dir>` stops it and removes <dir>. CTest runs these as the
// FIXTURES_SETUP / FIXTURES_CLEANUP of the tests that need an archive.
//
// Orthanc 1.10 cannot bind to one address: it listens on all interfaces, with HTTP restricted to
// local clients (RemoteAccessAllowed false). Tests only ever talk to it on 127.0.0.1.
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <cstdio>

namespace {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "orthanc fixture: %s\n", qPrintable(message));
    return 1;
}

QByteArray request(QNetworkAccessManager &nam, const QUrl &url, const QByteArray *body, int *status)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(10000);
    if (body)
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/dicom"));
    QNetworkReply *reply = body ? nam.post(req, *body) : nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

int start(const QString &dirPath, const QStringList &load)
{
    QDir dir(dirPath);
    dir.removeRecursively();
    if (!dir.mkpath(QStringLiteral("storage")) || !dir.mkpath(QStringLiteral("index")))
        return fail(QStringLiteral("cannot create %1").arg(dirPath));
    const quint16 http = freePort();
    quint16 dicom = freePort();
    while (dicom == http)
        dicom = freePort();
    if (!http || !dicom)
        return fail(QStringLiteral("no free loopback port"));
    QJsonObject config{
        {QStringLiteral("Name"), QStringLiteral("strata-test")},
        {QStringLiteral("StorageDirectory"), dir.filePath(QStringLiteral("storage"))},
        {QStringLiteral("IndexDirectory"), dir.filePath(QStringLiteral("index"))},
        {QStringLiteral("HttpPort"), http},
        {QStringLiteral("DicomPort"), dicom},
        {QStringLiteral("DicomAet"), QStringLiteral("ORTHANC")},
        {QStringLiteral("RemoteAccessAllowed"), false},
        {QStringLiteral("AuthenticationEnabled"), false},
        {QStringLiteral("DicomCheckCalledAet"), true},
        {QStringLiteral("DicomAlwaysAllowEcho"), true},
        {QStringLiteral("DicomAlwaysAllowStore"), true},
        {QStringLiteral("DicomAlwaysAllowFind"), true},
        {QStringLiteral("DicomAlwaysAllowGet"), true},
        {QStringLiteral("StorageCompression"), false},
        {QStringLiteral("ConcurrentJobs"), 2},
        {QStringLiteral("SaveJobs"), false},
        {QStringLiteral("StableAge"), 3600},
        {QStringLiteral("Plugins"), QJsonArray{QStringLiteral("/usr/share/orthanc/plugins/libOrthancDicomWeb.so")}},
        {QStringLiteral("DicomWeb"), QJsonObject{{QStringLiteral("Enable"), true}, {QStringLiteral("Root"), QStringLiteral("/dicom-web/")}}},
    };
    QFile configFile(dir.filePath(QStringLiteral("orthanc.json")));
    if (!configFile.open(QIODevice::WriteOnly))
        return fail(configFile.errorString());
    configFile.write(QJsonDocument(config).toJson());
    configFile.close();

    qint64 pid = 0;
    if (!QProcess::startDetached(QStringLiteral("/bin/sh"),
                                 {QStringLiteral("-c"), QStringLiteral("exec Orthanc \"$0\" > \"$1\" 2>&1"),
                                  configFile.fileName(), dir.filePath(QStringLiteral("orthanc.log"))},
                                 dirPath, &pid))
        return fail(QStringLiteral("Orthanc could not be started (is the orthanc package installed?)"));
    QFile pidFile(dir.filePath(QStringLiteral("orthanc.pid")));
    if (!pidFile.open(QIODevice::WriteOnly))
        return fail(pidFile.errorString());
    pidFile.write(QByteArray::number(pid));
    pidFile.close();

    QNetworkAccessManager nam;
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(http));
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    while (timer.elapsed() < 60000) {
        request(nam, base.resolved(QUrl(QStringLiteral("/system"))), nullptr, &status);
        if (status == 200)
            break;
        QThread::msleep(200);
    }
    if (status != 200)
        return fail(QStringLiteral("Orthanc did not answer on port %1 within 60 s; see %2").arg(http).arg(dir.filePath(QStringLiteral("orthanc.log"))));

    int uploaded = 0;
    QStringList files;
    for (const QString &path : load) {
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << path;
        }
    }
    files.sort();
    for (const QString &f : files) {
        QFile in(f);
        if (!in.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(f));
        const QByteArray body = in.readAll();
        request(nam, base.resolved(QUrl(QStringLiteral("/instances"))), &body, &status);
        if (status == 200)
            ++uploaded;
    }
    QFile env(dir.filePath(QStringLiteral("orthanc.env")));
    if (!env.open(QIODevice::WriteOnly))
        return fail(env.errorString());
    env.write(QStringLiteral("ORTHANC_HTTP_PORT=%1\nORTHANC_DICOM_PORT=%2\nORTHANC_AET=ORTHANC\nORTHANC_INSTANCES=%3\n")
                  .arg(http).arg(dicom).arg(uploaded).toUtf8());
    std::printf("Orthanc started: HTTP %u, DICOM %u, %d of %lld files loaded\n", http, dicom, uploaded, qint64(files.size()));
    return 0;
}

int stop(const QString &dirPath)
{
    QFile pidFile(QDir(dirPath).filePath(QStringLiteral("orthanc.pid")));
    if (pidFile.open(QIODevice::ReadOnly)) {
        const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
        if (pid > 0 && ::kill(pid, SIGTERM) == 0) {
            for (int i = 0; i < 100 && ::kill(pid, 0) == 0; ++i)
                QThread::msleep(100);
            if (::kill(pid, 0) == 0)
                ::kill(pid, SIGKILL);
        }
    }
    QDir(dirPath).removeRecursively();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args[0] == QLatin1String("start"))
        return start(args[1], args.mid(2));
    if (args.size() == 2 && args[0] == QLatin1String("stop"))
        return stop(args[1]);
    return fail(QStringLiteral("usage: strata_orthanc_fixture start <dir> [paths...] | stop <dir>"));
}
