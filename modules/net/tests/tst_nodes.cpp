// The node registry (round trip in a temporary index, validation messages) and capability
// auto-detection against real peers: the fixture's Orthanc and a DCMTK storescp started here.
#include <strata/net/dimse/Echo.h>
#include <strata/net/NodeRegistry.h>
#include <strata/net/Probe.h>
#include <strata/net/dimse/StorageScp.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace strata;
using namespace strata::net;

#include "orthanc_env.h"
#include "ports.h"

namespace {

QByteArray orthancEnv(const QByteArray &key)
{
    return strata::testing::orthancEnvValue(QStringLiteral(STRATA_ORTHANC_DIR), key);
}

/// The fixture's Orthanc as a registry would hold it: DIMSE and DICOMweb.
Node orthancNode()
{
    Node n = strata::testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
    n.name = QStringLiteral("Test archive");
    return n;
}

using testing::freePort;

QString messageOf(const std::optional<Error> &e) { return e ? e->message() : QString(); }

} // namespace

class TestNodes : public QObject {
    Q_OBJECT
private slots:
    void validationSaysWhatToFix_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("AE too long") << "aeTitle" << "ORTHANC_ARCHIVE_1" << "AE title 'ORTHANC_ARCHIVE_1' is 17 characters; DICOM allows at most 16";
        QTest::newRow("AE empty") << "aeTitle" << "" << "AE title is empty: enter the AE title";
        QTest::newRow("AE backslash") << "aeTitle" << "OR\\TH" << "AE title 'OR\\TH' contains '\\': use plain ASCII";
        QTest::newRow("AE non-ASCII") << "aeTitle" << QStringLiteral("ÄRCHIV") << QStringLiteral("AE title 'ÄRCHIV' contains 'Ä'");
        QTest::newRow("calling AE") << "callingAeTitle" << "STRATA_WORKSTATION_1" << "Calling AE title 'STRATA_WORKSTATION_1' is 20 characters";
        QTest::newRow("host empty") << "host" << "" << "Host is empty: enter the node's host name or IP address";
        QTest::newRow("host bad") << "host" << "pacs server" << "Host 'pacs server' is neither an IP address nor a host name";
        QTest::newRow("port 0") << "port" << "0" << "Port 0 is not a DICOM port: enter the node's port, 1 to 65535";
        QTest::newRow("url scheme") << "dicomWebUrl" << "ftp://127.0.0.1/dicom-web" << "DICOMweb URL 'ftp://127.0.0.1/dicom-web' must start with http:// or https://";
        QTest::newRow("url host") << "dicomWebUrl" << "http:///dicom-web" << "names no host";
        QTest::newRow("url credentials") << "dicomWebUrl" << "http://user:pw@127.0.0.1:8042/dicom-web" << "DICOMweb URL has a user name or password in it: remove them";
        QTest::newRow("name empty") << "name" << "" << "Name is empty: give the node a name";
        QTest::newRow("name taken") << "name" << "main archive" << "A node named 'main archive' already exists: choose another name";
        QTest::newRow("tls ca missing") << "tlsCa" << "/nonexistent/ca.pem" << "TLS trusted certificates '/nonexistent/ca.pem' does not exist";
        QTest::newRow("tls no ca") << "tlsCa" << "" << "TLS needs the certificate(s) to trust";
        QTest::newRow("basic no user") << "basicUser" << "" << "Basic authentication needs a user name";
        QTest::newRow("basic no password") << "basicPassword" << "" << "Basic authentication needs a password";
        QTest::newRow("bearer no token") << "bearer" << "" << "Bearer authentication needs a token";
    }
    void validationSaysWhatToFix()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Node n;
        n.name = QStringLiteral("New archive");
        n.aeTitle = QStringLiteral("ORTHANC");
        n.host = QStringLiteral("127.0.0.1");
        n.port = 4242;
        n.dicomWebUrl = QStringLiteral("http://127.0.0.1:8042/dicom-web");
        QVERIFY2(validateNode(n).isEmpty(), qPrintable(validateNode(n).join('\n')));
        if (field == QLatin1String("aeTitle")) n.aeTitle = value;
        else if (field == QLatin1String("callingAeTitle")) n.callingAeTitle = value;
        else if (field == QLatin1String("host")) n.host = value;
        else if (field == QLatin1String("port")) n.port = quint16(value.toUInt());
        else if (field == QLatin1String("dicomWebUrl")) n.dicomWebUrl = value;
        else if (field == QLatin1String("name")) n.name = value;
        else if (field == QLatin1String("tlsCa")) { n.tls.enabled = true; n.tls.trustedCertificates = value; }
        else if (field == QLatin1String("basicUser")) { n.auth = AuthKind::Basic; n.secret = QStringLiteral("pw"); }
        else if (field == QLatin1String("basicPassword")) { n.auth = AuthKind::Basic; n.username = QStringLiteral("u"); }
        else if (field == QLatin1String("bearer")) n.auth = AuthKind::Bearer;
        NodeValidationContext context;
        context.takenNames << QStringLiteral("Main Archive");
        const QStringList problems = validateNode(n, context);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(expected) || problems.first().contains(expected), qPrintable(problems.first()));
    }

    void storedSecretSatisfiesValidation()
    {
        Node n;
        n.name = QStringLiteral("A");
        n.aeTitle = QStringLiteral("A");
        n.host = QStringLiteral("localhost");
        n.port = 104;
        n.dicomWebUrl = QStringLiteral("https://pacs.example.org/dicom-web");
        n.auth = AuthKind::Bearer;
        QCOMPARE(validateNode(n).size(), 1);
        NodeValidationContext context;
        context.secretStored = true;
        QVERIFY(validateNode(n, context).isEmpty());
    }

    void registryRoundTrip()
    {
        QTemporaryDir dir;
        QTemporaryDir tlsDir;
        for (const char *f : {"ca.pem", "cert.pem", "key.pem"}) {
            QFile file(tlsDir.filePath(QString::fromLatin1(f)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("-----BEGIN CERTIFICATE-----\n");
        }
        {
            auto opened = NodeRegistry::open(dir.path());
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
            NodeRegistry &registry = *opened.value();
            QVERIFY(registry.list().value().empty());

            Node a = orthancNode();
            a.name = QStringLiteral("Zeta archive");
            a.callingAeTitle = QStringLiteral("WORKSTATION1");
            a.tls.enabled = true;
            a.tls.trustedCertificates = tlsDir.filePath(QStringLiteral("ca.pem"));
            a.tls.certificateFile = tlsDir.filePath(QStringLiteral("cert.pem"));
            a.tls.privateKeyFile = tlsDir.filePath(QStringLiteral("key.pem"));
            a.tls.verifyPeer = false;
            QVERIFY2(!registry.save(a), qPrintable(messageOf(registry.save(a))));
            Node b;
            b.name = QStringLiteral("alpha");
            b.aeTitle = QStringLiteral("ALPHA");
            b.host = QStringLiteral("pacs.example.org");
            b.port = 11112;
            QVERIFY(!registry.save(b));

            // A second node with the same name (any case) is refused, and the message says why.
            Node dup = b;
            dup.name = QStringLiteral("ALPHA");
            const auto e = registry.save(dup);
            QVERIFY(e.has_value());
            QCOMPARE(e->code, ErrorCode::InvalidArgument);
            QVERIFY2(e->reason.contains(QLatin1String("A node named 'ALPHA' already exists")), qPrintable(e->message()));

            // Invalid nodes are not saved; every problem is listed.
            Node bad = b;
            bad.name = QStringLiteral("bad");
            bad.aeTitle = QStringLiteral("ORTHANC_ARCHIVE_1");
            bad.port = 0;
            const auto badError = registry.save(bad);
            QVERIFY(badError.has_value());
            QCOMPARE(badError->reason.split('\n').size(), 2);
            QCOMPARE(badError->subject, QStringLiteral("node 'bad'"));
            QCOMPARE(registry.get(QStringLiteral("bad")).error().code, ErrorCode::NotFound);

            Capabilities caps;
            caps.probed = true;
            caps.echo = caps.cGet = caps.qidoRs = true;
            caps.probedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
            QVERIFY(!registry.saveCapabilities(QStringLiteral("Zeta archive"), caps));
            QCOMPARE(registry.saveCapabilities(QStringLiteral("nobody"), caps)->code, ErrorCode::NotFound);
        }
        // A fresh registry on the same index sees everything as saved.
        auto reopened = NodeRegistry::open(dir.path());
        QVERIFY(reopened.ok());
        NodeRegistry &registry = *reopened.value();
        const std::vector<Node> nodes = registry.list().value();
        QCOMPARE(int(nodes.size()), 2);
        QCOMPARE(nodes[0].name, QStringLiteral("alpha"));
        QCOMPARE(nodes[1].name, QStringLiteral("Zeta archive"));
        const Node z = registry.get(QStringLiteral("zeta ARCHIVE")).value();
        const Node expected = orthancNode();
        QCOMPARE(z.aeTitle, expected.aeTitle);
        QCOMPARE(z.host, expected.host);
        QCOMPARE(z.port, expected.port);
        QCOMPARE(z.callingAeTitle, QStringLiteral("WORKSTATION1"));
        QCOMPARE(z.dicomWebUrl, expected.dicomWebUrl);
        QVERIFY(z.tls.enabled);
        QVERIFY(!z.tls.verifyPeer);
        QCOMPARE(z.tls.trustedCertificates, tlsDir.filePath(QStringLiteral("ca.pem")));
        QCOMPARE(z.tls.certificateFile, tlsDir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(z.tls.privateKeyFile, tlsDir.filePath(QStringLiteral("key.pem")));
        QCOMPARE(z.auth, AuthKind::None);
        QVERIFY(z.capabilities.probed);
        QVERIFY(z.capabilities.echo && z.capabilities.cGet && z.capabilities.qidoRs);
        QVERIFY(!z.capabilities.cMove && !z.capabilities.wadoRs);
        QCOMPARE(z.capabilities.probedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(nodes[0].capabilities.probed, false);
        QCOMPARE(capabilitiesSummary(nodes[0].capabilities), QStringLiteral("not tested"));
        QCOMPARE(capabilitiesSummary(z.capabilities), QStringLiteral("C-ECHO, C-GET, QIDO-RS"));

        // Edit with a rename: the old name is gone, the new one holds the changes.
        Node renamed = registry.get(QStringLiteral("alpha")).value();
        renamed.name = QStringLiteral("beta");
        renamed.port = 104;
        QVERIFY2(!registry.save(renamed, QStringLiteral("alpha")), qPrintable(messageOf(registry.save(renamed, QStringLiteral("alpha")))));
        QCOMPARE(registry.get(QStringLiteral("alpha")).error().code, ErrorCode::NotFound);
        QCOMPARE(registry.get(QStringLiteral("beta")).value().port, quint16(104));
        // Renaming onto another node's name is refused.
        renamed.name = QStringLiteral("Zeta archive");
        QVERIFY(registry.save(renamed, QStringLiteral("beta")).has_value());

        QVERIFY(!registry.remove(QStringLiteral("beta")));
        QCOMPARE(registry.remove(QStringLiteral("beta"))->code, ErrorCode::NotFound);
        QCOMPARE(int(registry.list().value().size()), 1);
    }

    void probeFindsWhatOrthancOffers()
    {
        Node node = orthancNode();
        Timeouts t;
        t.connect = 5;
        t.acse = 10;
        t.dimse = 20;
        auto report = probe(node, t);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        const Capabilities &c = report.value().capabilities;
        const QString notes = report.value().notes.join('\n');
        QVERIFY2(c.probed && c.probedAt.isValid(), qPrintable(notes));
        QVERIFY2(c.echo, qPrintable(notes));
        QVERIFY2(c.findStudyRoot, qPrintable(notes));
        QVERIFY2(c.findPatientRoot, qPrintable(notes));
        QVERIFY2(c.cGet, qPrintable(notes));
        QVERIFY2(c.cStore, qPrintable(notes));
        QVERIFY2(c.qidoRs, qPrintable(notes));
        QVERIFY2(c.wadoRs, qPrintable(notes));
        QVERIFY2(c.stowRs, qPrintable(notes));
        QVERIFY2(c.orthancRest, qPrintable(notes));
        // C-GET of a study that does not exist: Orthanc answers 0xC000 (unable to process), which
        // is an answer about the data, not a refusal of the service.
        QVERIFY2(notes.contains(QLatin1String("C-GET: request for a study that does not exist ended with status 0xC000")), qPrintable(notes));
        // The fixture's Orthanc knows no modality STRATA and does not set DicomAlwaysAllowMove: it
        // accepts the C-MOVE context but, asked to move, logs "Rejected Move request from remote
        // DICOM modality with AET STRATA" and aborts the association. So no C-MOVE to Strata.
        QVERIFY2(!c.cMove, qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("C-MOVE to STRATA: ORTHANC@127.0.0.1:")), qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("Peer aborted Association")), qPrintable(notes));
    }

    void probeFindsWhatStorescpOffers()
    {
        const quint16 port = freePort();
        QTemporaryDir received;
        QProcess scp;
        scp.setProcessChannelMode(QProcess::MergedChannels);
        scp.start(QStringLiteral("storescp"), {QStringLiteral("-aet"), QStringLiteral("STORESCP"), QStringLiteral("-od"), received.path(),
                                               QString::number(port)});
        QVERIFY2(scp.waitForStarted(10000), "storescp (package dcmtk) could not be started");
        Node node;
        node.name = QStringLiteral("storescp");
        node.aeTitle = QStringLiteral("STORESCP");
        node.host = QStringLiteral("127.0.0.1");
        node.port = port;
        Timeouts t;
        t.connect = 2;
        t.acse = 5;
        t.dimse = 10;
        // Wait until it listens.
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            up = echo(node, t).ok();
            if (!up)
                QThread::msleep(100);
        }
        QVERIFY2(up, scp.readAll().constData());
        auto report = probe(node, t);
        scp.kill();
        scp.waitForFinished(5000);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        const Capabilities &c = report.value().capabilities;
        const QString notes = report.value().notes.join('\n');
        QVERIFY2(c.echo && c.cStore, qPrintable(notes));
        QVERIFY2(!c.findStudyRoot && !c.findPatientRoot && !c.cGet && !c.cMove, qPrintable(notes));
        QVERIFY2(!c.qidoRs && !c.wadoRs && !c.stowRs && !c.orthancRest, qPrintable(notes));
        QVERIFY2(notes.contains(QLatin1String("C-FIND (study root): not accepted")), qPrintable(notes));
    }

    void rejectionSaysWhatTheNodeSaid()
    {
        // A node that does not know Strata's calling AE title: echo says so in the node's words
        // (DCMTK's own text was "DUL Association Rejected"), and a probe counts the node as
        // reached (it answered) with the reason in its notes.
        QTemporaryDir data;
        StorageScpConfig config;
        config.dataDir = data.path();
        config.aeTitle = QStringLiteral("ARCHIVE");
        config.allowedCallingAeTitles = {QStringLiteral("MODALITY1")};
        StorageScp scp(config);
        auto port = scp.start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message()));
        Node node;
        node.name = QStringLiteral("archive");
        node.aeTitle = QStringLiteral("ARCHIVE");
        node.callingAeTitle = QStringLiteral("WORKSTATION7");
        node.host = QStringLiteral("127.0.0.1");
        node.port = port.value();
        auto reply = echo(node);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().subject, node.label());
        QCOMPARE(reply.error().reason, QStringLiteral("association rejected: it does not know the calling AE title WORKSTATION7 (add it to the node's list of DICOM peers)"));
        auto report = probe(node);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message()));
        QVERIFY2(report.value().notes.join('\n').contains(QLatin1String("does not know the calling AE title WORKSTATION7")), qPrintable(report.value().notes.join('\n')));
        // Allowed, it answers.
        node.callingAeTitle = QStringLiteral("MODALITY1");
        QVERIFY(echo(node).ok());
    }

    void probeOfNothingFailsNamingThePeer()
    {
        Node node;
        node.name = QStringLiteral("gone");
        node.aeTitle = QStringLiteral("GONE");
        node.host = QStringLiteral("127.0.0.1");
        node.port = freePort();
        node.dicomWebUrl = QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(freePort());
        Timeouts t;
        t.connect = t.acse = t.dimse = 3;
        QElapsedTimer timer;
        timer.start();
        auto report = probe(node, t);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().subject, node.label());
        QVERIFY2(report.error().reason.contains(QLatin1String("refused")), qPrintable(report.error().message()));
        QVERIFY2(report.error().reason.contains(QLatin1String("DICOMweb did not answer")), qPrintable(report.error().message()));
        QVERIFY(timer.elapsed() < 20000);
    }

    void dicomWebOnlyNodeSendsCredentials()
    {
        // Orthanc's HTTP side here has authentication off: credentials are sent but not needed;
        // the probe must still succeed (the header is well-formed) and QIDO-RS must work.
        Node node = orthancNode();
        node.host.clear();
        node.auth = AuthKind::Basic;
        node.username = QStringLiteral("user");
        node.secret = QStringLiteral("pw");
        auto caps = probeNode(node);
        QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().message()));
        QVERIFY(caps.value().qidoRs && caps.value().orthancRest);
        QVERIFY(!caps.value().echo);
    }
};

QTEST_MAIN(TestNodes)
#include "tst_nodes.moc"
