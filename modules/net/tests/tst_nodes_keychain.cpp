// Node secrets and the system keychain. Run by keychain-session.sh: a private D-Bus session with
// an unlocked GNOME Keyring in a temporary home. The "no keychain" case runs this binary again
// without any D-Bus session (--child-no-keychain) and checks that nothing was saved.
#include <strata/net/NodeRegistry.h>

#include <QDBusConnection>
#include <QFile>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace strata;
using namespace strata::net;

namespace {

const QString kSecret = QStringLiteral("Sw0rdfish-7c1e9a-strata");

Node nodeWithSecret(const QString &name)
{
    Node n;
    n.name = name;
    n.aeTitle = QStringLiteral("ARCHIVE");
    n.host = QStringLiteral("127.0.0.1");
    n.port = 4242;
    n.dicomWebUrl = QStringLiteral("http://127.0.0.1:8042/dicom-web");
    n.auth = AuthKind::Basic;
    n.username = QStringLiteral("radiology");
    n.secret = kSecret;
    return n;
}

/// Every byte under `dir` (index, WAL, shared memory): the secret must be in none of them.
bool secretOnDisk(const QString &dir, const QByteArray &secret)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
            return true;
    }
    return false;
}

/// The secret as the keychain holds it, asked with secret-tool (libsecret's own client).
QString secretToolLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Strata"),
                                            QStringLiteral("user"), key});
    if (!p.waitForFinished(10000))
        return QStringLiteral("<secret-tool timed out>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

int childNoKeychain(const QString &dataDir)
{
    auto registry = NodeRegistry::open(dataDir);
    if (!registry.ok()) {
        std::printf("open failed: %s\n", qPrintable(registry.error().message()));
        return 3;
    }
    const auto e = registry.value()->save(nodeWithSecret(QStringLiteral("No keychain")));
    if (!e) {
        std::printf("saved\n");
        return 0;
    }
    std::printf("%s\n", qPrintable(e->message()));
    // A node without a secret needs no keychain.
    Node plain = nodeWithSecret(QStringLiteral("Plain"));
    plain.auth = AuthKind::None;
    plain.secret.clear();
    plain.username.clear();
    const auto e2 = registry.value()->save(plain);
    std::printf("plain: %s\n", e2 ? qPrintable(e2->message()) : "saved");
    return 1;
}

} // namespace

class TestNodesKeychain : public QObject {
    Q_OBJECT
private slots:
    void secretGoesToTheKeychainNotTheIndex()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no D-Bus session: run this test through modules/net/tests/keychain-session.sh");
        QTemporaryDir dir;
        auto opened = NodeRegistry::open(dir.path());
        QVERIFY(opened.ok());
        NodeRegistry &registry = *opened.value();
        const auto e = registry.save(nodeWithSecret(QStringLiteral("Secure archive")));
        QVERIFY2(!e, qPrintable(e ? e->message() : QString()));
        QVERIFY(registry.hasStoredSecret(QStringLiteral("Secure archive")));

        // In the keychain, under service Strata and key node/<name>...
        QCOMPARE(secretToolLookup(QStringLiteral("node/Secure archive")), kSecret);
        // ...nowhere in the index (its file, WAL or shared memory)...
        QVERIFY(!secretOnDisk(dir.path(), kSecret.toUtf8()));
        QVERIFY(!secretOnDisk(dir.path(), kSecret.toUtf8().toBase64()));
        // ...and filled in by get(), left out by list() and get(name, false).
        QCOMPARE(registry.get(QStringLiteral("Secure archive")).value().secret, kSecret);
        QCOMPARE(registry.get(QStringLiteral("Secure archive"), false).value().secret, QString());
        QCOMPARE(registry.list().value().front().secret, QString());
        QCOMPARE(registry.get(QStringLiteral("Secure archive")).value().username, QStringLiteral("radiology"));

        // Editing without a new secret keeps the stored one; a rename moves it to the new key.
        Node edited = registry.get(QStringLiteral("Secure archive"), false).value();
        edited.name = QStringLiteral("Renamed archive");
        QVERIFY(!registry.save(edited, QStringLiteral("Secure archive")));
        QCOMPARE(registry.get(QStringLiteral("Renamed archive")).value().secret, kSecret);
        QCOMPARE(secretToolLookup(QStringLiteral("node/Secure archive")), QString());

        // A new secret replaces the old one.
        edited = registry.get(QStringLiteral("Renamed archive"), false).value();
        edited.secret = QStringLiteral("new-token-42");
        QVERIFY(!registry.save(edited, edited.name));
        QCOMPARE(registry.get(QStringLiteral("Renamed archive")).value().secret, QStringLiteral("new-token-42"));

        // Removing the node removes its keychain entry.
        QVERIFY(!registry.remove(QStringLiteral("Renamed archive")));
        QCOMPARE(secretToolLookup(QStringLiteral("node/Renamed archive")), QString());
        QVERIFY(!secretOnDisk(dir.path(), QByteArrayLiteral("new-token-42")));
    }

    void keychainWorksFromAWorkerThread()
    {
        // The window saves and tests nodes on its job pool: the keychain must work there too.
        QTemporaryDir dir;
        QString saved, read;
        QThread *worker = QThread::create([&] {
            auto registry = NodeRegistry::open(dir.path());
            if (!registry.ok()) {
                saved = registry.error().message();
                return;
            }
            const auto e = registry.value()->save(nodeWithSecret(QStringLiteral("From a worker")));
            saved = e ? e->message() : QStringLiteral("ok");
            auto node = registry.value()->get(QStringLiteral("From a worker"));
            read = node.ok() ? node.value().secret : node.error().message();
            registry.value()->remove(QStringLiteral("From a worker"));
        });
        worker->start();
        // The main thread goes on running its event loop, as the window's does.
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 60000);
        delete worker;
        QCOMPARE(saved, QStringLiteral("ok"));
        QCOMPARE(read, kSecret);
    }

    void withoutAKeychainASecretIsNotSaved()
    {
        QTemporaryDir dir;
        QTemporaryDir runtime;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());  // no bus socket there either
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-no-keychain"), dir.path()});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QCOMPARE(child.exitCode(), 1);
        QVERIFY2(out.contains(QLatin1String("node 'No keychain': no system keychain:")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("the password was not saved")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("plain: saved")), qPrintable(out));

        auto registry = NodeRegistry::open(dir.path());
        QVERIFY(registry.ok());
        QCOMPARE(registry.value()->get(QStringLiteral("No keychain"), false).error().code, ErrorCode::NotFound);
        QVERIFY(registry.value()->get(QStringLiteral("Plain"), false).ok());
        QVERIFY(!secretOnDisk(dir.path(), kSecret.toUtf8()));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child-no-keychain") == 0)
        return childNoKeychain(QString::fromLocal8Bit(argv[2]));
    TestNodesKeychain test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_nodes_keychain.moc"
