#include <strata/core/Job.h>
#include <strata/core/Paths.h>
#include <strata/core/Result.h>
#include <strata/core/Sha256.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace strata;

namespace {
Result<int> parsePositive(int v)
{
    if (v <= 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("value"), QStringLiteral("must be positive"));
    return v * 2;
}

class CountingJob : public Job {
public:
    int iterations = 0;
protected:
    Error execute() override
    {
        for (int i = 0; i < 1000; ++i) {
            if (token().isCancelled())
                return Error(ErrorCode::Cancelled, {}, QStringLiteral("cancelled at %1").arg(i));
            ++iterations;
            reportProgress({i + 1, 1000, QStringLiteral("counting")});
        }
        return {};
    }
};
} // namespace

class TestCore : public QObject {
    Q_OBJECT
private slots:
    void resultCarriesValueOrError()
    {
        auto good = parsePositive(21);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        auto bad = parsePositive(-1);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(bad.error().message(), QStringLiteral("value: must be positive"));
    }

    void sha256OfKnownContent()
    {
        // FIPS 180-2 test vector "abc".
        QCOMPARE(sha256Hex("abc", 3),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QTemporaryDir dir;
        QFile f(dir.filePath("abc"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        auto fileHash = sha256OfFile(f.fileName());
        QVERIFY(fileHash.ok());
        QCOMPARE(fileHash.value(), sha256Hex("abc", 3));
        auto missing = sha256OfFile(dir.filePath("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::IoError);
        QVERIFY(missing.error().message().contains("nope"));
    }

    void dataDirOverride()
    {
        QTemporaryDir dir;
        paths::setDataDirOverride(dir.path());
        QCOMPARE(paths::dataDir(), QDir(dir.path()).absolutePath());
        paths::setDataDirOverride({});
        QVERIFY(paths::dataDir() != QDir(dir.path()).absolutePath());
        // The setting applies when neither --data-dir nor $STRATA_DATA_DIR is given.
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("STRATA_DATA_DIR");
        QTemporaryDir configured;
        paths::setDataDirSetting(configured.path());
        QCOMPARE(paths::dataDir(), QDir(configured.path()).absolutePath());
        paths::setDataDirSetting({});
        QVERIFY(paths::dataDir() != QDir(configured.path()).absolutePath());
    }

    void jobFinishesAndReportsProgress()
    {
        CountingJob job;
        bool finished = false;
        int progressCount = 0;
        Progress last;
        // Receivers in this (the GUI) thread: signals arrive queued, in order.
        connect(&job, &Job::finished, this, [&] { finished = true; });
        connect(&job, &Job::progressChanged, this, [&](const Progress &p) { last = p; ++progressCount; });
        QThreadPool::globalInstance()->start(&job);
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);  // generous: CI machines are loaded
        QCOMPARE(job.iterations, 1000);
        QCOMPARE(progressCount, 1000);
        QCOMPARE(last.done, qint64(1000));
        QCOMPARE(last.total, qint64(1000));
    }

    void jobCanBeCancelled()
    {
        CountingJob job;
        job.cancel();
        QSignalSpy failed(&job, &Job::failed);
        QThreadPool::globalInstance()->start(&job);
        // Not failed.wait(): a cancelled job can fail before wait() starts listening.
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::Cancelled);
        QCOMPARE(job.iterations, 0);
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
