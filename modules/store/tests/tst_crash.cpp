// kill -9 of a real `strata import` at moments the importer itself reports (STRATA_TEST_PAUSE_AT:
// it stops there, says so on stderr, and is killed): before the first batch, in the middle of a
// batch's copying, between a batch's copying and its index transaction, and between batches.
// After every kill the next open leaves the index and the file store consistent (every indexed
// file present with its SHA-256, no file in the store that the index does not know, no count
// going down), and a final import completes the set. No clock decides where a kill lands.
#include <strata/dicom/Phantom.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>

#include <QDirIterator>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace strata;
using namespace strata::store;

namespace {

constexpr int kBatch = 200;  // the importer's default batch size (ImportOptions::batchSize)

/// Runs `strata <args>` with STRATA_TEST_PAUSE_AT=`pauseAt` and kills it (SIGKILL) once it says
/// "strata: test pause at <marker>". Returns whether the pause was reached (false: it ended first).
bool runAndKillAt(const QStringList &args, const QString &pauseAt, const QByteArray &marker, QString *log)
{
    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STRATA_TEST_PAUSE_AT"), pauseAt);
    run.setProcessEnvironment(env);
    run.setProcessChannelMode(QProcess::MergedChannels);
    run.start(QStringLiteral(STRATA_EXE), args);
    if (!run.waitForStarted())
        return false;
    const QByteArray said = "strata: test pause at " + marker;
    QByteArray output;
    // The wait is bounded only so that a broken command fails the test instead of hanging it.
    while (!output.contains(said) && run.state() == QProcess::Running)
        if (run.waitForReadyRead(300000))
            output += run.readAll();
        else
            break;
    output += run.readAll();
    const bool paused = output.contains(said);
    if (run.state() == QProcess::Running) {
        run.kill();
        run.waitForFinished(60000);
    }
    *log = QString::fromLocal8Bit(output);
    return paused;
}

/// Runs `strata import` paused at `stage`:`n` and kills it there.
bool importAndKillAt(const QString &dataDir, const QString &source, const QString &stage, int n, QString *log)
{
    return runAndKillAt({"--data-dir", dataDir, "import", "--quiet", source}, QStringLiteral("%1:%2").arg(stage).arg(n), stage.toLatin1() + ' ', log);
}

/// Runs `strata reconcile <study> --patient-id LOCAL-9` paused at `stage` and kills it there.
bool reconcileAndKillAt(const QString &dataDir, const QString &study, const QString &stage, QString *log)
{
    return runAndKillAt({"--data-dir", dataDir, "reconcile", study, "--patient-id", "LOCAL-9"}, QStringLiteral("reconcile:") + stage,
                        "reconcile " + stage.toLatin1(), log);
}

/// Every indexed file present with its hash, and nothing else in the store (tmp emptied too).
void checkConsistent(LocalCache &cache, qint64 count)
{
    auto verify = cache.verify();
    QVERIFY(verify.ok());
    QVERIFY2(verify->ok(), qPrintable(verify->details.join('\n')));
    QCOMPARE(qint64(verify->checked), count);
    int stored = 0;
    QDirIterator it(cache.storeDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        QVERIFY2(!f.startsWith(cache.storeDir() + "/tmp/"), qPrintable("left behind: " + f));
        ++stored;
    }
    QCOMPARE(qint64(stored), count);
}

} // namespace

class TestCrash : public QObject {
    Q_OBJECT
private slots:
    void killDuringReconciliationLeavesTheStudyWholeOneWayOrTheOther()
    {
        // Killed with its copies written, with them placed in the store, and after the index
        // transaction: the next open finds the study with its former identity and files in the
        // first two cases, with the new ones in the last, and the store holding the indexed files
        // alone every time.
        QTemporaryDir src;
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 64;
        spec.slices = 12;
        QVERIFY(dicom::writePhantom(spec, src.path()).ok());
        for (const QString stage : {QStringLiteral("staged"), QStringLiteral("placed"), QStringLiteral("swapped")}) {
            QTemporaryDir data;
            QString study, formerId;
            {
                auto cache = LocalCache::open(data.path());
                QVERIFY(cache.ok());
                const ImportSummary imported = runImport(*cache.value(), {src.path()});
                QCOMPARE(imported.imported, spec.slices);
                study = imported.studies.front();
                formerId = cache.value()->study(study).value().patientId;
            }
            QString log;
            QVERIFY2(reconcileAndKillAt(data.path(), study, stage, &log), qPrintable(stage + QStringLiteral(": never paused\n") + log));
            auto opened = LocalCache::open(data.path());
            QVERIFY(opened.ok());
            LocalCache &cache = *opened.value();
            QCOMPARE(cache.instanceCount().value(), qint64(spec.slices));
            QCOMPARE(cache.study(study).value().patientId, stage == QStringLiteral("swapped") ? QStringLiteral("LOCAL-9") : formerId);
            checkConsistent(cache, spec.slices);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void killDuringImportLeavesConsistentCache()
    {
        QTemporaryDir src, data;
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 64;
        spec.slices = 600;  // three batches
        spec.noiseHu = 4;
        QVERIFY(dicom::writePhantom(spec, src.path()).ok());

        // The kill points, in turn: mid-batch ones (copying, or copied and not yet indexed) are
        // two thirds of them.
        const QStringList stages{"stored", "index", "committed", "stored", "index", "start"};
        std::mt19937 rng(90210);
        QMap<QString, int> kills;
        qint64 previousCount = 0;
        for (int round = 0; round < 36; ++round) {
            const QString stage = stages[round % stages.size()];
            const int remaining = spec.slices - int(previousCount);
            const int batchesLeft = (remaining + kBatch - 1) / kBatch;
            // A point the import reaches for sure: the files still to store are at least
            // `remaining`, in at least `batchesLeft` batches that store files.
            int n = 0;
            if (stage == "stored")
                n = 1 + int(rng() % unsigned(remaining));
            else if (stage == "index" || stage == "committed")
                n = 1 + int(rng() % unsigned(batchesLeft));
            QString log;
            QVERIFY2(importAndKillAt(data.path(), src.path(), stage, n, &log),
                     qPrintable(QStringLiteral("round %1: the import never reached %2:%3\n%4").arg(round).arg(stage).arg(n).arg(log)));
            ++kills[stage];

            auto opened = LocalCache::open(data.path());
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
            LocalCache &cache = *opened.value();
            const qint64 count = cache.instanceCount().value();
            QVERIFY2(count >= previousCount, "an indexed instance was lost");
            if (stage == "committed")  // the kill came after batch n's commit: n batches that stored files are in
                QVERIFY2(count >= previousCount + n,
                         qPrintable(QStringLiteral("%1 instances after a kill past batch %2's commit").arg(count).arg(n)));
            previousCount = count;
            checkConsistent(cache, count);
            if (QTest::currentTestFailed())
                return;
            if (count == spec.slices) {
                // Everything is in: delete it so the next rounds kill real imports again.
                for (const StudyRecord &st : cache.searchStudies({}).value().studies)
                    QVERIFY(cache.deleteStudy(st.studyInstanceUid).ok());
                previousCount = 0;
            }
        }
        const int midBatch = kills.value("stored") + kills.value("index");
        qInfo("kills: %d before the first batch, %d while copying, %d between copying and indexing, %d between batches",
              kills.value("start"), kills.value("stored"), kills.value("index"), kills.value("committed"));
        QVERIFY(midBatch >= 20);

        // A last, uninterrupted import completes the set.
        QProcess finish;
        finish.start(QStringLiteral(STRATA_EXE), {"--data-dir", data.path(), "import", "--quiet", src.path()});
        QVERIFY(finish.waitForFinished(300000));
        QCOMPARE(finish.exitCode(), 0);
        auto cache = LocalCache::open(data.path());
        QVERIFY(cache.ok());
        QCOMPARE(cache.value()->instanceCount().value(), qint64(spec.slices));
        QVERIFY(cache.value()->verify().value().ok());
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
