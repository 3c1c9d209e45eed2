// Background sync against an Orthanc whose index is in PostgreSQL (Debian's orthanc-postgresql),
// the archive a hospital runs once it outgrows SQLite: a private PostgreSQL 15 cluster started here
// (initdb into the test's folder, the server on a free loopback port), an Orthanc of the test's
// own with the PostgreSQL index plugin. The drain of a backlog, then Orthanc killed with SIGKILL
// mid-transfer and restarted; after each the usual checks (sync_case.h). Without PostgreSQL or the
// plugin the test fails and says what to install: it never skips.
#include "sync_archive_kill.h"

#include <QTemporaryDir>

using namespace strata;
using namespace strata::testing;

class TestSyncPostgres : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    PostgresCluster m_postgres;
    PrivateOrthanc m_archive;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString plugin = QStringLiteral("/usr/share/orthanc/plugins/libOrthancPostgreSQLIndex.so");
        QVERIFY2(QFile::exists(plugin), "the PostgreSQL index plugin is missing: apt-get install orthanc-postgresql (packaging/install-deps.sh)");
        QVERIFY2(m_postgres.start(m_tmp.filePath(QStringLiteral("postgres"))), qPrintable(m_postgres.error()));
        QVERIFY2(m_archive.start(m_tmp.filePath(QStringLiteral("orthanc")),
                                 QJsonObject{{QStringLiteral("Plugins"), QJsonArray{plugin}}, {QStringLiteral("PostgreSQL"), m_postgres.orthancSection()}}),
                 qPrintable(m_archive.error()));
        // Orthanc really keeps its index there (not its own SQLite file).
        const QJsonObject system = QJsonDocument::fromJson(orthancRestBody(m_archive.dir(), "GET", QStringLiteral("/system"))).object();
        QVERIFY2(system.value(QStringLiteral("DatabaseBackendPlugin")).toString().contains(QStringLiteral("PostgreSQL")),
                 QJsonDocument(system).toJson().constData());
    }

    void cleanupTestCase()
    {
        m_archive.stop();
        m_postgres.stop();
    }

    /// The same backlog into the PostgreSQL-indexed Orthanc and, for comparison in the same run,
    /// into one with its default SQLite index.
    void drainsABacklog_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("PostgreSQL index") << true;
        QTest::newRow("SQLite index (comparison)") << false;
    }
    void drainsABacklog()
    {
        QFETCH(bool, postgres);
        PrivateOrthanc sqlite;
        if (!postgres)
            QVERIFY2(sqlite.start(m_tmp.filePath(QStringLiteral("orthanc-sqlite"))), qPrintable(sqlite.error()));
        PrivateOrthanc &archive = postgres ? m_archive : sqlite;
        ManualClock clock;
        SyncCase c = makeCase(m_tmp.filePath(QStringLiteral("drain-%1").arg(postgres)), archiveNode(QStringLiteral("primary"), archive.dicomPort()), 8, 4, clock);
        sync::SyncEngine engine(c.dataDir, clock, fastOptions());
        QVERIFY(engine.start().ok());
        QElapsedTimer wall;
        wall.start();
        sync::RunReport report;
        QVERIFY(drain(engine, clock, &report));
        const qint64 ms = wall.elapsed();
        QCOMPARE(report.totals.failed, 0);
        QVERIFY(checkAndPrint(archive.dir(), qPrintable(QStringLiteral("%1: backlog drained (%2 s of wall time)").arg(QLatin1String(QTest::currentDataTag())).arg(ms / 1000.0, 0, 'f', 1)),
                              c, 0));
    }

    void orthancKilledAndRestartedMidTransfer()
    {
        FaultProxy link("127.0.0.1", m_archive.dicomPort(), Fault::delay(Direction::ClientToServer, 5));
        QVERIFY(link.ok());
        SyncCase c = makeCase(m_tmp.filePath(QStringLiteral("restart")), archiveNode(QStringLiteral("primary"), link.port()), 5, 2);
        killAndRestartWhileSyncing(m_archive, link, c, "PostgreSQL index: Orthanc SIGKILL mid-transfer, restarted");
    }
};

QTEST_GUILESS_MAIN(TestSyncPostgres)
#include "tst_sync_postgres.moc"
