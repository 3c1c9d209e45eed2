// kill -9 at random moments of a real `strata import`: after every kill the next open leaves the
// index and the file store consistent (every indexed file present with its SHA-256, no file in the
// store that the index does not know), and a final import completes the set.
#include <strata/dicom/Phantom.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/LocalCache.h>

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace strata;
using namespace strata::store;

class TestCrash : public QObject {
    Q_OBJECT
private slots:
    void killDuringImportLeavesConsistentCache()
    {
        QTemporaryDir src, data;
        dicom::PhantomSpec spec;
        spec.columns = spec.rows = 64;
        spec.slices = 600;
        spec.noiseHu = 4;
        QVERIFY(dicom::writePhantom(spec, src.path()).ok());

        std::mt19937 rng(90210);
        int killedWhileRunning = 0;
        qint64 previousCount = 0;
        for (int round = 0; round < 80 && killedWhileRunning < 24; ++round) {
            QProcess import;
            import.start(QStringLiteral(STRATA_EXE), {"--data-dir", data.path(), "import", "--quiet", src.path()});
            QVERIFY(import.waitForStarted());
            // Kill at a random moment: early rounds while little is stored, later ones mid-batch.
            QTest::qWait(int(20 + rng() % 700));
            if (import.state() == QProcess::Running) {
                ++killedWhileRunning;
                import.kill();  // SIGKILL
                QVERIFY(import.waitForFinished(60000));
            }

            auto opened = LocalCache::open(data.path());
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
            LocalCache &cache = *opened.value();
            const qint64 count = cache.instanceCount().value();
            QVERIFY2(count >= previousCount, "an indexed instance was lost");
            previousCount = count;
            // Every indexed file is there with its hash...
            auto verify = cache.verify();
            QVERIFY(verify.ok());
            QVERIFY2(verify->ok(), qPrintable(verify->details.join('\n')));
            QCOMPARE(qint64(verify->checked), count);
            // ...and the store holds nothing else.
            int stored = 0;
            QDirIterator it(cache.storeDir(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                ++stored;
            }
            QCOMPARE(qint64(stored), count);
            if (count == spec.slices) {
                // Everything is in: delete it so the next rounds kill real imports again.
                for (const StudyRecord &st : cache.searchStudies({}).value().studies)
                    QVERIFY(cache.deleteStudy(st.studyInstanceUid).ok());
                previousCount = 0;
            }
        }
        qInfo("%d kills landed during an import; %lld of %d instances in after them", killedWhileRunning,
              previousCount, spec.slices);
        QVERIFY(killedWhileRunning >= 20);

        // A last, uninterrupted import completes the set.
        QProcess finish;
        finish.start(QStringLiteral(STRATA_EXE), {"--data-dir", data.path(), "import", "--quiet", src.path()});
        QVERIFY(finish.waitForFinished(120000));
        QCOMPARE(finish.exitCode(), 0);
        auto cache = LocalCache::open(data.path());
        QVERIFY(cache.ok());
        QCOMPARE(cache.value()->instanceCount().value(), qint64(spec.slices));
        QVERIFY(cache.value()->verify().value().ok());
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
