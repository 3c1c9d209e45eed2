// Background sync against an Orthanc of the test's own (its own loopback ports and storage, not
// the shared fixture's): the archive killed with SIGKILL mid-transfer and started again, twice;
// bytes flipped in transit on a DIMSE-over-TLS link (TLS's record check refuses them, the
// association breaks, the engine sends again) and in the archive's answers on a plain link. After
// each: every instance imported locally is on the archive byte-identical, none twice, the queue
// empty; each case prints jobs, faults, retries, lost, duplicates and time to drain.
#include "sync_archive_kill.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace strata;
using namespace strata::testing;

class TestSyncArchiveFaults : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void proxyInvertsExactlyTheBytesAsked()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        FaultProxy proxy("127.0.0.1", server.serverPort(), Fault::flip(Direction::ClientToServer, 1000, 3000));
        QVERIFY(proxy.ok());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *peer = server.nextPendingConnection();
        QByteArray sent(10000, Qt::Uninitialized);
        for (int i = 0; i < sent.size(); ++i)
            sent[i] = char(i * 7);
        client.write(sent);
        QVERIFY(client.waitForBytesWritten(5000));
        QByteArray got;
        while (got.size() < sent.size() && peer->waitForReadyRead(5000))
            got += peer->readAll();
        QByteArray expected = sent;
        for (int at : {1000, 4000, 7000})
            expected[at] = char(~static_cast<unsigned char>(expected[at]));
        QCOMPARE(got.size(), expected.size());
        QCOMPARE(got, expected);
        client.close();
        QTRY_COMPARE(proxy.openConnections(), quint64(0));
        QCOMPARE(proxy.faultsTriggered(), quint64(1));
    }

    void orthancKilledAndRestartedMidTransfer()
    {
        PrivateOrthanc archive;
        QVERIFY2(archive.start(m_tmp.filePath(QStringLiteral("orthanc-restart"))), qPrintable(archive.error()));
        // A slow link (5 ms per chunk read), so that a C-STORE is in flight when the archive dies.
        FaultProxy link("127.0.0.1", archive.dicomPort(), Fault::delay(Direction::ClientToServer, 5));
        QVERIFY(link.ok());
        SyncCase c = makeCase(m_tmp.filePath(QStringLiteral("restart")), archiveNode(QStringLiteral("primary"), link.port()), 5, 2);

        killAndRestartWhileSyncing(archive, link, c, "Orthanc SIGKILL mid-transfer, restarted");
    }

    void bytesFlippedOnATlsLink()
    {
        // A certificate for the archive's DICOM TLS; Strata trusts exactly it.
        const QString dir = m_tmp.filePath(QStringLiteral("orthanc-tls"));
        QDir().mkpath(dir);
        QProcess openssl;
        openssl.setWorkingDirectory(dir);
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"), {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem",
                                                  "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        PrivateOrthanc archive;
        QVERIFY2(archive.start(dir, QJsonObject{{QStringLiteral("DicomTlsEnabled"), true},
                                                {QStringLiteral("DicomTlsCertificate"), dir + QStringLiteral("/cert.pem")},
                                                {QStringLiteral("DicomTlsPrivateKey"), dir + QStringLiteral("/key.pem")},
                                                {QStringLiteral("DicomTlsTrustedCertificates"), dir + QStringLiteral("/cert.pem")},
                                                {QStringLiteral("DicomTlsRemoteCertificateRequired"), false}}),
                 qPrintable(archive.error()));
        // One byte in 50,000 inverted in what Strata sends, past the handshake, on the first three
        // connections: TLS's record authentication refuses the record, the association breaks.
        Fault flip = Fault::flip(Direction::ClientToServer, 30000, 50000);
        flip.connectionCount = 3;
        FaultProxy link("127.0.0.1", archive.dicomPort(), flip);
        QVERIFY(link.ok());
        net::TlsSettings tls;
        tls.enabled = true;
        tls.trustedCertificates = dir + QStringLiteral("/cert.pem");
        tls.verifyPeer = true;
        ManualClock clock;
        SyncCase c = makeCase(m_tmp.filePath(QStringLiteral("tls")), archiveNode(QStringLiteral("primary"), link.port(), tls), 4, 1, clock);
        sync::SyncEngine engine(c.dataDir, clock, fastOptions());
        QVERIFY(engine.start().ok());
        sync::RunReport report;
        QVERIFY(drain(engine, clock, &report));
        QVERIFY(link.faultsTriggered() >= 1);
        QVERIFY(report.totals.failed >= 1);
        QVERIFY(checkAndPrint(archive.dir(), "bytes flipped in transit (DIMSE over TLS)", c, int(link.faultsTriggered())));
    }

    void answersCorruptedOnAPlainLink()
    {
        PrivateOrthanc archive;
        QVERIFY2(archive.start(m_tmp.filePath(QStringLiteral("orthanc-plain"))), qPrintable(archive.error()));
        // Every 97th byte of the archive's answers inverted, on the first three connections: the
        // association acceptance or a C-STORE/C-FIND response no longer parses, the attempt fails.
        Fault flip = Fault::flip(Direction::ServerToClient, 10, 97);
        flip.connectionCount = 3;
        FaultProxy link("127.0.0.1", archive.dicomPort(), flip);
        QVERIFY(link.ok());
        ManualClock clock;
        SyncCase c = makeCase(m_tmp.filePath(QStringLiteral("plain")), archiveNode(QStringLiteral("primary"), link.port()), 3, 1, clock);
        sync::SyncEngine engine(c.dataDir, clock, fastOptions());
        QVERIFY(engine.start().ok());
        sync::RunReport report;
        QVERIFY(drain(engine, clock, &report));
        QVERIFY(link.faultsTriggered() >= 1);
        QVERIFY(report.totals.failed >= 1);
        QVERIFY(checkAndPrint(archive.dir(), "archive's answers corrupted in transit (plain DIMSE)", c, int(link.faultsTriggered())));
    }
};

QTEST_GUILESS_MAIN(TestSyncArchiveFaults)
#include "tst_sync_archive_faults.moc"
