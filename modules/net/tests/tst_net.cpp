// DIMSE against a real Orthanc started by the CTest fixture "orthanc" (tests/support).
#include <strata/dicom/HeaderReader.h>
#include <strata/net/RemoteArchive.h>
#include <strata/net/dimse/Echo.h>
#include <strata/net/dimse/Find.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "fresh_copies.h"
#include "orthanc_rest.h"

using namespace strata;
using namespace strata::net;

namespace {
/// The fixture's Orthanc as a Node.
Node orthanc()
{
    return testing::orthancNode(QStringLiteral(STRATA_ORTHANC_DIR));
}
} // namespace

class TestNet : public QObject {
    Q_OBJECT
private slots:
    void echoReachesOrthanc()
    {
        auto reply = echo(orthanc());
        QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error().message()));
        QCOMPARE(reply.value().status, 0);
        QVERIFY(reply.value().milliseconds > 0);
    }

    void wrongCalledAeTitleIsRejectedAndNamed()
    {
        Node n = orthanc();
        n.aeTitle = QStringLiteral("NOT_ORTHANC");  // the fixture checks the called AE title
        auto reply = echo(n);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().subject, n.label());
        QVERIFY2(reply.error().reason.contains(QLatin1String("association"), Qt::CaseInsensitive), qPrintable(reply.error().message()));
    }

    void closedPortIsRefusedQuickly()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Node n = orthanc();
        n.port = port;
        QElapsedTimer timer;
        timer.start();
        auto reply = echo(n);
        QVERIFY(!reply.ok());
        QVERIFY2(reply.error().message().contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(reply.error().message()));
        QVERIFY(timer.elapsed() < 10000);
    }

    void silentPeerTimesOut()
    {
        // A peer that accepts the TCP connection and never answers the association request.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Node n = orthanc();
        n.port = silent.serverPort();
        Timeouts t;
        t.connect = 2;
        t.acse = 2;
        t.dimse = 2;
        QElapsedTimer timer;
        timer.start();
        auto reply = echo(n, t);
        QVERIFY(!reply.ok());
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(reply.error().subject, n.label());
    }

    void initTestCase()
    {
        // Studies of this run's own, under a patient ID no other test uses: every query below is
        // restricted to it, so tests that store and delete studies in the shared archive meanwhile
        // change nothing here. A CT (its patient name kept) and one MR image, one study each.
        QVERIFY(m_copies.isValid());
        m_patientId = testing::uniquePatientId(QStringLiteral("TNET"));
        const QStringList ct = testing::freshCopies({QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm")},
                                                    m_copies.path(), m_patientId + QStringLiteral("-CT"));
        const QStringList mr = testing::freshCopies({QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl/bbmri-53323131.dcm")},
                                                    m_copies.path(), m_patientId + QStringLiteral("-MR"));
        QCOMPARE(ct.size(), 1);
        QCOMPARE(mr.size(), 1);
        QVERIFY(m_own.store(ct + mr));
        QCOMPARE(m_own.studies().size(), 2);
    }

    void findStudiesMatchesFindscu_data()
    {
        QTest::addColumn<QString>("patientName");
        QTest::addColumn<QString>("modality");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << QString() << QString() << 2;
        QTest::newRow("CT") << QString() << QStringLiteral("CT") << 1;
        QTest::newRow("name wildcard") << QStringLiteral("Compressed*") << QString() << 1;
        QTest::newRow("no match") << QStringLiteral("Nobody*") << QString() << 0;
    }
    void findStudiesMatchesFindscu()
    {
        QFETCH(QString, patientName);
        QFETCH(QString, modality);
        QFETCH(int, expected);
        const Node node = orthanc();
        StudyFindQuery q;
        q.patientId = m_patientId + QLatin1Char('*');   // this run's own studies only
        q.patientName = patientName;
        q.modality = modality;
        auto studies = findStudies(node, q);
        QVERIFY2(studies.ok(), qPrintable(studies.ok() ? QString() : studies.error().message()));
        QCOMPARE(int(studies.value().size()), expected);
        QStringList ours;
        for (const auto &s : studies.value()) {
            QVERIFY(!s.studyInstanceUid.isEmpty());
            QVERIFY2(s.patientId.startsWith(m_patientId), qPrintable(s.patientId));
            ours << s.studyInstanceUid;
        }
        // The same query through DCMTK's findscu, the natural peer.
        QStringList args{"-S", "-aec", node.aeTitle, "-k", "QueryRetrieveLevel=STUDY", "-k", "StudyInstanceUID",
                         "-k", "PatientID=" + q.patientId, "-k", "PatientName=" + patientName,
                         "-k", "ModalitiesInStudy=" + modality, node.host, QString::number(node.port)};
        QProcess findscu;
        findscu.start(QStringLiteral("findscu"), args);
        QVERIFY(findscu.waitForFinished(60000));
        QCOMPARE(findscu.exitCode(), 0);
        const QString log = QString::fromLatin1(findscu.readAllStandardError() + findscu.readAllStandardOutput());
        QStringList theirs;
        const QRegularExpression uid(QStringLiteral("\\(0020,000d\\) UI \\[([0-9.]+)"));
        for (auto it = uid.globalMatch(log); it.hasNext();)
            theirs << it.next().captured(1);
        ours.sort();
        theirs.sort();
        QCOMPARE(ours, theirs);
    }

    void findResultsAreCapped()
    {
        // This run's two studies with a cap of one: the node is stopped and the query refused in
        // words; a cap of two lets both through.
        StudyFindQuery q;
        q.patientId = m_patientId + QLatin1Char('*');
        q.maxResults = 1;
        auto capped = findStudies(orthanc(), q);
        QVERIFY(!capped.ok());
        QVERIFY2(capped.error().message().contains(QLatin1String("more than 1 results; narrow the query")), qPrintable(capped.error().message()));
        QCOMPARE(capped.error().subject, orthanc().label());
        q.maxResults = 2;
        auto whole = findStudies(orthanc(), q);
        QVERIFY2(whole.ok(), qPrintable(whole.ok() ? QString() : whole.error().message()));
        QCOMPARE(int(whole.value().size()), 2);
        QVERIFY(echo(orthanc()).ok());   // the node is fine after the abort
    }

    void findFieldsComeBack()
    {
        StudyFindQuery q;
        q.modality = QStringLiteral("CT");
        auto header = dicom::readHeader(QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm"));
        QVERIFY(header.ok());
        q.studyInstanceUid = header.value().studyInstanceUid;   // the fixture's CT, not a copy another test stored
        auto studies = findStudies(orthanc(), q);
        QVERIFY(studies.ok());
        QCOMPARE(int(studies.value().size()), 1);
        const RemoteStudy &ct = studies.value().front();
        QCOMPARE(ct.patientName, QStringLiteral("CompressedSamples^CT1"));
        QCOMPARE(ct.modalities, QStringLiteral("CT"));
        QCOMPARE(ct.instanceCount, 1);
        QCOMPARE(ct.seriesCount, 1);
    }

    void incompleteNodeIsRefused()
    {
        Node n;
        auto reply = echo(n);
        QVERIFY(!reply.ok());
        QCOMPARE(reply.error().code, ErrorCode::InvalidArgument);
    }

private:
    QTemporaryDir m_copies;
    QString m_patientId;
    testing::OwnStudies m_own{QStringLiteral(STRATA_ORTHANC_DIR)};
};

QTEST_GUILESS_MAIN(TestNet)
#include "tst_net.moc"
