// `strata node add/list/test/remove` as a user runs them, against the fixture's Orthanc. These runs
// have no D-Bus session, hence no keychain: nodes without secrets work, a secret is refused.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "orthanc_env.h"

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

QProcessEnvironment noKeychainEnvironment(const QString &runtimeDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    return env;
}

QByteArray orthancEnv(const QByteArray &key)
{
    return strata::testing::orthancEnvValue(QStringLiteral(STRATA_ORTHANC_DIR), key);
}
} // namespace

class TestNodeCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;
    QTemporaryDir m_runtime;

    Run strata(const QStringList &args, const QByteArray &input = {})
    {
        return command(QStringList{QStringLiteral("node")} + args, input);
    }

    Run command(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(noKeychainEnvironment(m_runtime.path()));
        p.start(QStringLiteral(STRATA_EXE), QStringList{QStringLiteral("--data-dir"), m_data.path()} + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void addListTestRemove()
    {
        const QString port = QString::fromLatin1(orthancEnv("ORTHANC_DICOM_PORT"));
        const QString url = QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(QString::fromLatin1(orthancEnv("ORTHANC_HTTP_PORT")));

        Run r = strata({"list"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("no nodes")), qPrintable(r.out));

        r = strata({"add", "Test archive", "--aec", "ORTHANC", "--host", "127.0.0.1", "--port", port, "--dicomweb", url});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("added node 'Test archive' (ORTHANC@127.0.0.1:%1)").arg(port)), qPrintable(r.out));

        r = strata({"list"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Test archive  ORTHANC@127.0.0.1:%1  %2").arg(port, url)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("supports: not tested")), qPrintable(r.out));

        r = strata({"test", "test ARCHIVE", "--verbose"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char *yes : {"C-ECHO", "C-FIND study root", "C-GET", "C-STORE", "QIDO-RS", "WADO-RS", "Orthanc REST"})
            QVERIFY2(r.out.contains(QString::fromLatin1(yes).leftJustified(24) + QStringLiteral("yes")), qPrintable(yes + QStringLiteral(": ") + r.out));
        // The fixture's Orthanc refuses C-MOVE from STRATA, a modality it does not know.
        QVERIFY2(r.out.contains(QStringLiteral("C-MOVE").leftJustified(24) + QStringLiteral("no")), qPrintable(r.out));

        // What the test found is stored with the node.
        r = strata({"list", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonArray nodes = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(nodes.size(), 1);
        const QJsonObject node = nodes.first().toObject();
        QCOMPARE(node["name"].toString(), QStringLiteral("Test archive"));
        QCOMPARE(node["port"].toInt(), port.toInt());
        QCOMPARE(node["dicomWebUrl"].toString(), url);
        QCOMPARE(node["secretInKeychain"].toBool(), false);
        const QJsonObject caps = node["capabilities"].toObject();
        QVERIFY(caps["probed"].toBool());
        QVERIFY(caps["echo"].toBool() && caps["cGet"].toBool() && caps["qidoRs"].toBool() && caps["orthancRest"].toBool());
        QVERIFY(!caps["cMove"].toBool());
        QVERIFY(!caps["probedAt"].toString().isEmpty());
        r = strata({"list"});
        QVERIFY2(r.out.contains(QLatin1String("supports: C-ECHO, C-FIND (study root)")), qPrintable(r.out));

        // Other commands find the node by name.
        // (The fixture's CT patient: tests that store copies give them patient IDs of their own.)
        r = command({"query", "--node", "Test archive", "--id", "1CT1", "--json"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 1, qPrintable(r.out));
        r = command({"query", "--node", "Nobody"});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("node 'Nobody': no such node in the registry")), qPrintable(r.err));

        r = strata({"add", "TEST ARCHIVE", "--aec", "OTHER", "--host", "127.0.0.1", "--port", "104"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("A node named 'TEST ARCHIVE' already exists: choose another name")), qPrintable(r.err));

        r = strata({"remove", "Test archive"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("removed node 'Test archive'")), qPrintable(r.out));
        r = strata({"remove", "Test archive"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("node 'Test archive': no such node in the registry")), qPrintable(r.err));
        r = strata({"test", "Test archive"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("no such node")), qPrintable(r.err));
    }

    void invalidNodesAreRefusedWithEveryReason()
    {
        const Run r = strata({"add", "Bad", "--aec", "ORTHANC_ARCHIVE_1", "--host", "pacs server", "--dicomweb", "ftp://x/dicom-web"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("node 'Bad' was not saved")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Port is missing: give the node's DICOM port with --port")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("AE title 'ORTHANC_ARCHIVE_1' is 17 characters; DICOM allows at most 16")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Host 'pacs server' is neither an IP address nor a host name")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("DICOMweb URL 'ftp://x/dicom-web' must start with http:// or https://")), qPrintable(r.err));
        QVERIFY(strata({"list"}).out.startsWith(QLatin1String("no nodes")));
    }

    void secretWithoutKeychainIsRefused()
    {
        const QStringList args{"add", "Secure", "--aec", "ORTHANC", "--host", "127.0.0.1", "--port", "4242",
                               "--dicomweb", "http://127.0.0.1:8042/dicom-web", "--auth", "basic", "--user", "radiology"};
        Run r = strata(args, "not-on-the-command-line\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("node 'Secure': no system keychain:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("the password was not saved")), qPrintable(r.err));
        QVERIFY(strata({"list"}).out.startsWith(QLatin1String("no nodes")));
        // Nothing on standard input: the message says how to give it.
        r = strata(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("no password or token on standard input: pipe it in")), qPrintable(r.err));
    }

    void pinAndInsecureAuthAreStored()
    {
        const QString pin = QStringLiteral("AB:").repeated(31) + QStringLiteral("AB");
        Run r = strata({"add", "Pinned", "--aec", "PEER", "--host", "127.0.0.1", "--port", "2762", "--tls", "--tls-pin", pin,
                        "--dicomweb", "http://127.0.0.1:8042/dicom-web", "--allow-insecure-auth"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = strata({"list", "--json"});
        const QJsonObject node = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(node["tls"].toObject()["pinnedSha256"].toString(), pin);
        QVERIFY(node["allowInsecureAuth"].toBool());
        QVERIFY(strata({"remove", "Pinned"}).code == 0);
        r = strata({"add", "Badpin", "--aec", "PEER", "--host", "127.0.0.1", "--port", "2762", "--tls", "--tls-pin", "12:34"});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String("is not a SHA-256 fingerprint")), qPrintable(r.err));
    }

    void usage()
    {
        Run r = strata({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("Usage: strata node")));
        r = strata({"frobnicate"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown subcommand 'frobnicate'")));
        r = strata({"add", "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("--password-stdin")));
    }
};

QTEST_GUILESS_MAIN(TestNodeCommand)
#include "tst_node_command.moc"
