// A real Orthanc for the tests: `strata_orthanc_fixture start <dir> [--secure] [files or folders
// to load]` starts one on free loopback ports with a temporary configuration under <dir>, waits
// until its REST API answers, uploads the given files, and writes <dir>/orthanc.env (ports, AE
// title); `strata_orthanc_fixture stop <dir>` stops it and removes <dir>. CTest runs these as the
// FIXTURES_SETUP / FIXTURES_CLEANUP of the tests that need an archive.
//
// --secure starts two HTTPS Orthancs instead (CTest fixture "orthanc_secure"), both with a
// self-signed certificate made here with the openssl CLI (<dir>/ca.pem is what tests trust):
// "basic" has AuthenticationEnabled with one registered user; "bearer" accepts only a fixed
// bearer token through a Lua IncomingHttpRequestFilter (Orthanc 1.10 answers 401 before any
// filter runs when its own authentication is on, so the two cannot share one server). Password
// and token are random per run, in files readable only by the owner. orthanc.env then also has
// ORTHANC_SCHEME, ORTHANC_CA_FILE, ORTHANC_USER, ORTHANC_PASSWORD_FILE, ORTHANC_BEARER_HTTP_PORT,
// ORTHANC_TOKEN_FILE.
//
// Debian 12's civetweb (Orthanc's HTTP server) loads OpenSSL with dlopen("libssl.so") and looks
// up SSL_get_peer_certificate, which OpenSSL 3 no longer exports (it became a macro), so every
// HTTPS connection crashes Orthanc on a null function pointer. The secure Orthancs therefore run
// with LD_LIBRARY_PATH pointing at a one-function shim named libssl.so (civetweb_tls_shim.c) that
// provides the old name and pulls in the real libssl.so.3 for everything else.
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
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QThread>

#include <optional>

#include <csignal>
#include <memory>
#include <vector>
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

/// How to talk to one Orthanc: its base URL, and for the secure ones credentials and trust.
struct Peer {
    QUrl base;
    QByteArray authorization;
    std::optional<QSslConfiguration> ssl;
};

QByteArray request(QNetworkAccessManager &nam, const Peer &peer, const QString &path, const QByteArray *body, int *status)
{
    QNetworkRequest req(peer.base.resolved(QUrl(path)));
    req.setTransferTimeout(10000);
    if (!peer.authorization.isEmpty())
        req.setRawHeader("Authorization", peer.authorization);
    if (peer.ssl)
        req.setSslConfiguration(*peer.ssl);
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

/// Writes the Orthanc configuration into <dir>/orthanc.json and starts Orthanc detached (output in
/// <dir>/orthanc.log); 0 if it could not start.
qint64 launch(const QDir &dir, const QJsonObject &config, const QProcessEnvironment &env)
{
    QFile configFile(dir.filePath(QStringLiteral("orthanc.json")));
    if (!configFile.open(QIODevice::WriteOnly))
        return 0;
    configFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);  // may hold a password
    configFile.write(QJsonDocument(config).toJson());
    configFile.close();
    QProcess process;
    process.setProgram(QStringLiteral("/bin/sh"));
    process.setArguments({QStringLiteral("-c"), QStringLiteral("exec Orthanc \"$0\" > \"$1\" 2>&1"), configFile.fileName(),
                          dir.filePath(QStringLiteral("orthanc.log"))});
    process.setWorkingDirectory(dir.path());
    process.setProcessEnvironment(env);
    qint64 pid = 0;
    return process.startDetached(&pid) ? pid : 0;
}

/// Waits up to 60 s for GET /system to answer 200.
bool waitUntilUp(QNetworkAccessManager &nam, const Peer &peer)
{
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    while (timer.elapsed() < 60000) {
        request(nam, peer, QStringLiteral("/system"), nullptr, &status);
        if (status == 200)
            return true;
        QThread::msleep(200);
    }
    return false;
}

QStringList filesToLoad(const QStringList &load)
{
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
    return files;
}

/// Uploads the files through the REST API; -1 if one cannot be read, else how many Orthanc took.
int upload(QNetworkAccessManager &nam, const Peer &peer, const QStringList &files)
{
    int uploaded = 0;
    for (const QString &f : files) {
        QFile in(f);
        if (!in.open(QIODevice::ReadOnly)) {
            fail(QStringLiteral("cannot read %1").arg(f));
            return -1;
        }
        const QByteArray body = in.readAll();
        int status = 0;
        request(nam, peer, QStringLiteral("/instances"), &body, &status);
        if (status == 200)
            ++uploaded;
    }
    return uploaded;
}

bool writePrivate(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(content) == content.size();
}

QByteArray randomSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

/// The configuration every fixture Orthanc starts from (plain HTTP, no authentication).
QJsonObject orthancConfig(const QDir &dir, quint16 http, quint16 dicom)
{
    return QJsonObject{
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
}

/// `count` distinct free loopback ports (all held open while choosing).
QList<quint16> freePorts(int count)
{
    QList<quint16> ports;
    std::vector<std::unique_ptr<QTcpServer>> held;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports << server->serverPort();
        held.push_back(std::move(server));
    }
    return ports;
}

int start(const QString &dirPath, const QStringList &load)
{
    QDir dir(QFileInfo(dirPath).absoluteFilePath());  // Orthanc runs in that folder: no relative paths
    dir.removeRecursively();
    if (!dir.mkpath(QStringLiteral("storage")) || !dir.mkpath(QStringLiteral("index")))
        return fail(QStringLiteral("cannot create %1").arg(dirPath));
    const quint16 http = freePort();
    quint16 dicom = freePort();
    while (dicom == http)
        dicom = freePort();
    if (!http || !dicom)
        return fail(QStringLiteral("no free loopback port"));
    const QJsonObject config = orthancConfig(dir, http, dicom);
    const qint64 pid = launch(dir, config, QProcessEnvironment::systemEnvironment());
    if (!pid)
        return fail(QStringLiteral("Orthanc could not be started (is the orthanc package installed?)"));
    if (!writePrivate(dir.filePath(QStringLiteral("orthanc.pid")), QByteArray::number(pid)))
        return fail(QStringLiteral("cannot write %1").arg(dir.filePath(QStringLiteral("orthanc.pid"))));

    QNetworkAccessManager nam;
    const Peer peer{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(http)), {}, std::nullopt};
    if (!waitUntilUp(nam, peer))
        return fail(QStringLiteral("Orthanc did not answer on port %1 within 60 s; see %2").arg(http).arg(dir.filePath(QStringLiteral("orthanc.log"))));

    const QStringList files = filesToLoad(load);
    const int uploaded = upload(nam, peer, files);
    if (uploaded < 0)
        return 1;
    QFile env(dir.filePath(QStringLiteral("orthanc.env")));
    if (!env.open(QIODevice::WriteOnly))
        return fail(env.errorString());
    env.write(QStringLiteral("ORTHANC_HTTP_PORT=%1\nORTHANC_DICOM_PORT=%2\nORTHANC_AET=ORTHANC\nORTHANC_INSTANCES=%3\n")
                  .arg(http).arg(dicom).arg(uploaded).toUtf8());
    std::printf("Orthanc started: HTTP %u, DICOM %u, %d of %lld files loaded\n", http, dicom, uploaded, qint64(files.size()));
    return 0;
}

/// Two HTTPS Orthancs (see the top of this file): "basic" with a registered user, "bearer" with
/// a Lua filter accepting one token.
int startSecure(const QString &dirPath, const QStringList &load)
{
    QDir dir(QFileInfo(dirPath).absoluteFilePath());  // Orthanc runs in that folder: no relative paths
    dir.removeRecursively();
    for (const char *sub : {"basic/storage", "basic/index", "bearer/storage", "bearer/index"})
        if (!dir.mkpath(QLatin1String(sub)))
            return fail(QStringLiteral("cannot create %1").arg(dir.filePath(QLatin1String(sub))));
    const QList<quint16> ports = freePorts(4);
    if (ports.size() != 4)
        return fail(QStringLiteral("no free loopback port"));

    // A self-signed certificate for 127.0.0.1 / localhost; Orthanc wants certificate and key in one PEM.
    QProcess openssl;
    openssl.setWorkingDirectory(dirPath);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                   QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return fail(QStringLiteral("openssl could not make a certificate: %1").arg(QString::fromLocal8Bit(openssl.readAllStandardError())));
    QFile cert(dir.filePath(QStringLiteral("ca.pem")));
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("openssl left no certificate in %1").arg(dirPath));
    const QByteArray certPem = cert.readAll();
    if (!writePrivate(dir.filePath(QStringLiteral("orthanc-tls.pem")), certPem + key.readAll()))
        return fail(QStringLiteral("cannot write the TLS key file"));
    key.close();
    key.remove();

    const QByteArray user = "strata";
    const QByteArray password = randomSecret();
    const QByteArray token = randomSecret();
    if (!writePrivate(dir.filePath(QStringLiteral("password")), password) || !writePrivate(dir.filePath(QStringLiteral("token")), token))
        return fail(QStringLiteral("cannot write the credentials"));
    const QString luaPath = dir.filePath(QStringLiteral("bearer/filter.lua"));
    if (!writePrivate(luaPath, "-- Only requests carrying the fixture's bearer token get through.\n"
                               "function IncomingHttpRequestFilter(method, uri, ip, username, httpHeaders)\n"
                               "  return httpHeaders['authorization'] == 'Bearer " + token + "'\n"
                               "end\n"))
        return fail(QStringLiteral("cannot write %1").arg(luaPath));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString shim = QStringLiteral(STRATA_CIVETWEB_SHIM_DIR);
    const QString libraryPath = env.value(QStringLiteral("LD_LIBRARY_PATH"));
    env.insert(QStringLiteral("LD_LIBRARY_PATH"), libraryPath.isEmpty() ? shim : shim + QLatin1Char(':') + libraryPath);

    QList<QSslCertificate> trusted = QSslCertificate::fromData(certPem, QSsl::Pem);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(trusted);

    struct Server {
        const char *name;
        quint16 http;
        quint16 dicom;
        QByteArray authorization;
    };
    const Server servers[] = {{"basic", ports[0], ports[1], "Basic " + (user + ':' + password).toBase64()},
                              {"bearer", ports[2], ports[3], "Bearer " + token}};
    QByteArray pids;
    QNetworkAccessManager nam;
    const QStringList files = filesToLoad(load);
    int uploaded = -1;
    for (const Server &server : servers) {
        const QDir sub(dir.filePath(QLatin1String(server.name)));
        QJsonObject config = orthancConfig(sub, server.http, server.dicom);
        config.insert(QStringLiteral("Name"), QStringLiteral("strata-test-%1").arg(QLatin1String(server.name)));
        config.insert(QStringLiteral("SslEnabled"), true);
        config.insert(QStringLiteral("SslCertificate"), dir.filePath(QStringLiteral("orthanc-tls.pem")));
        if (QLatin1String(server.name) == QLatin1String("basic")) {
            config.insert(QStringLiteral("AuthenticationEnabled"), true);
            config.insert(QStringLiteral("RegisteredUsers"), QJsonObject{{QString::fromLatin1(user), QString::fromLatin1(password)}});
        } else {
            config.insert(QStringLiteral("LuaScripts"), QJsonArray{luaPath});
        }
        const qint64 pid = launch(sub, config, env);
        if (!pid)
            return fail(QStringLiteral("Orthanc could not be started (is the orthanc package installed?)"));
        pids += QByteArray::number(pid) + '\n';
        if (!writePrivate(dir.filePath(QStringLiteral("orthanc.pid")), pids))
            return fail(QStringLiteral("cannot write %1").arg(dir.filePath(QStringLiteral("orthanc.pid"))));
        const Peer peer{QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.http)), server.authorization, ssl};
        if (!waitUntilUp(nam, peer))
            return fail(QStringLiteral("the %1 Orthanc did not answer on https://127.0.0.1:%2 within 60 s; see %3")
                            .arg(QLatin1String(server.name)).arg(server.http).arg(sub.filePath(QStringLiteral("orthanc.log"))));
        const int n = upload(nam, peer, files);
        if (n < 0)
            return 1;
        uploaded = uploaded < 0 ? n : std::min(uploaded, n);
    }

    QFile envFile(dir.filePath(QStringLiteral("orthanc.env")));
    if (!envFile.open(QIODevice::WriteOnly))
        return fail(envFile.errorString());
    envFile.write(QStringLiteral("ORTHANC_HTTP_PORT=%1\nORTHANC_DICOM_PORT=%2\nORTHANC_AET=ORTHANC\nORTHANC_INSTANCES=%3\n"
                                 "ORTHANC_SCHEME=https\nORTHANC_CA_FILE=%4\nORTHANC_USER=%5\nORTHANC_PASSWORD_FILE=%6\n"
                                 "ORTHANC_BEARER_HTTP_PORT=%7\nORTHANC_BEARER_DICOM_PORT=%8\nORTHANC_TOKEN_FILE=%9\n")
                      .arg(ports[0]).arg(ports[1]).arg(std::max(uploaded, 0))
                      .arg(dir.filePath(QStringLiteral("ca.pem")), QString::fromLatin1(user), dir.filePath(QStringLiteral("password")))
                      .arg(ports[2]).arg(ports[3])
                      .arg(dir.filePath(QStringLiteral("token")))
                      .toUtf8());
    std::printf("secure Orthancs started: HTTPS %u (Basic), %u (Bearer), %d of %lld files loaded into each\n", ports[0], ports[2],
                std::max(uploaded, 0), qint64(files.size()));
    return 0;
}

int stop(const QString &dirPath)
{
    QFile pidFile(QDir(dirPath).filePath(QStringLiteral("orthanc.pid")));
    if (pidFile.open(QIODevice::ReadOnly)) {
        // One Orthanc, or two for --secure: one process id per line.
        for (const QByteArray &line : pidFile.readAll().split('\n')) {
            const pid_t pid = pid_t(line.trimmed().toLongLong());
            if (pid > 0 && ::kill(pid, SIGTERM) == 0) {
                for (int i = 0; i < 100 && ::kill(pid, 0) == 0; ++i)
                    QThread::msleep(100);
                if (::kill(pid, 0) == 0)
                    ::kill(pid, SIGKILL);
            }
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
    if (args.size() >= 3 && args[0] == QLatin1String("start") && args[2] == QLatin1String("--secure"))
        return startSecure(args[1], args.mid(3));
    if (args.size() >= 2 && args[0] == QLatin1String("start"))
        return start(args[1], args.mid(2));
    if (args.size() == 2 && args[0] == QLatin1String("stop"))
        return stop(args[1]);
    return fail(QStringLiteral("usage: strata_orthanc_fixture start <dir> [--secure] [paths...] | stop <dir>"));
}
