// Load: 100 DCMTK storescu associations at once into `strata serve` (a Storage SCP limited to 8
// concurrent associations) while its sync engine sends what arrives to the fixture's Orthanc. Each
// storescu either completes (its instance stored) or has its association refused by the limit
// (DICOM's "local limit exceeded", nothing sent); nothing accepted is lost: every instance a
// storescu stored is in the local cache, and every cached instance reaches the archive
// byte-identical, none twice, the queue empty.
#include "ports.h"
#include "sync_case.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace strata;
using namespace strata::testing;

namespace {
const QString kOrthancDir = QStringLiteral(STRATA_ORTHANC_DIR);
constexpr int kAssociations = 100;
constexpr int kLimit = 8;
} // namespace

class TestSyncLoad : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_patient;

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }
    void cleanupTestCase()
    {
        if (!m_patient.isEmpty())
            deletePatient(kOrthancDir, m_patient);
    }

    void hundredAssociationsWhileSyncing()
    {
        // The cache with its rule to the archive (nothing imported yet), then 100 single-instance
        // studies to send, one per association.
        SyncCase c = makeCase(m_tmp.filePath(QStringLiteral("serve")), archiveNode(QStringLiteral("archive"), orthancNode(kOrthancDir).port), 0, 0);
        m_patient = c.patientId;
        QStringList files;
        for (int i = 0; i < kAssociations; ++i) {
            const QStringList study = makeStudy({ctFile()}, m_tmp.filePath(QStringLiteral("in/%1").arg(i)), c.patientId);
            QVERIFY(!study.isEmpty());
            files << study.first();
        }

        const quint16 port = freePort();
        QVERIFY(port != 0);
        QProcess serve;
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(STRATA_EXE), {QStringLiteral("--data-dir"), c.dataDir, QStringLiteral("serve"), QStringLiteral("--port"),
                                                 QString::number(port), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                                 QStringLiteral("--allow"), QStringLiteral("LOADTEST"), QStringLiteral("--max-associations"),
                                                 QString::number(kLimit), QStringLiteral("--min-free"), QStringLiteral("0")});
        QVERIFY(serve.waitForStarted());
        auto stop = qScopeGuard([&] {
            serve.terminate();
            serve.waitForFinished(60000);
        });
        QString output;
        QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(serve.readAll()), output.contains(QStringLiteral("listening on port"))), 30000);

        // All at once.
        QElapsedTimer wall;
        wall.start();
        std::vector<std::unique_ptr<QProcess>> senders;
        for (const QString &file : std::as_const(files)) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(QStringLiteral("storescu"), {QStringLiteral("-aet"), QStringLiteral("LOADTEST"), QStringLiteral("-aec"), QStringLiteral("STRATA"),
                                                  QStringLiteral("127.0.0.1"), QString::number(port), file});
            senders.push_back(std::move(p));
        }
        int completed = 0, refused = 0;
        QStringList accepted;  // SOP Instance UIDs a storescu stored
        auto cache = store::LocalCache::open(c.dataDir);
        QVERIFY(cache.ok());
        for (int i = 0; i < kAssociations; ++i) {
            QProcess &p = *senders[size_t(i)];
            QVERIFY(p.waitForFinished(120000));
            const QString said = QString::fromLocal8Bit(p.readAll());
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
                ++completed;
                // storescu's own reading of the file's SOP Instance UID: the one in the cache.
                QProcess dump;
                dump.start(QStringLiteral("dcmdump"), {QStringLiteral("+P"), QStringLiteral("0008,0018"), QStringLiteral("-q"), files.at(i)});
                QVERIFY(dump.waitForFinished(30000));
                const QString line = QString::fromLatin1(dump.readAll());
                accepted << line.section(QLatin1Char('['), 1).section(QLatin1Char(']'), 0, 0);
            } else {
                // Refused cleanly: the association rejected by the limit, nothing of it stored.
                QVERIFY2(said.contains(QStringLiteral("Association Rejected"), Qt::CaseInsensitive)
                             && said.contains(QStringLiteral("Local Limit Exceeded"), Qt::CaseInsensitive),
                         qPrintable(said));
                ++refused;
            }
        }
        const qint64 sendMs = wall.elapsed();
        QCOMPARE(completed + refused, kAssociations);
        QVERIFY(completed >= kLimit);

        // Every accepted instance is in the cache (the SCP imports in batches: wait for it), and the
        // engine sends them all.
        const auto cachedUids = [&] {
            QSet<QString> uids;
            store::StudyQuery q;
            q.limit = 10000;
            auto studies = cache.value()->searchStudies(q);
            for (const store::StudyRecord &s : studies.ok() ? studies.value().studies : std::vector<store::StudyRecord>{})
                if (auto instances = cache.value()->studyInstances(s.studyInstanceUid); instances.ok())
                    for (const store::InstanceRecord &i : instances.value())
                        uids.insert(i.sopInstanceUid);
            return uids;
        };
        QTRY_COMPARE_WITH_TIMEOUT(cachedUids().size(), qsizetype(completed), 60000);
        QCOMPARE(cachedUids(), QSet<QString>(accepted.begin(), accepted.end()));
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            auto s = sync::readSyncStatus(c.dataDir);
            return s.ok() && s.value().queue.pending() == 0 && s.value().queue.done == completed;
        }(), 120000);
        const qint64 drainMs = wall.elapsed() - sendMs;
        QVERIFY(checkAndPrint(kOrthancDir,
                              qPrintable(QStringLiteral("%1 storescu at once into serve (limit %2): %3 completed, %4 refused by the limit")
                                             .arg(kAssociations).arg(kLimit).arg(completed).arg(refused)),
                              c, refused, drainMs));
        QCOMPARE(compareWithArchive(kOrthancDir, c.dataDir, c.patientId).local, completed);
    }
};

QTEST_GUILESS_MAIN(TestSyncLoad)
#include "tst_sync_load.moc"
