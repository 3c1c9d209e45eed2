#include <strata/core/Executors.h>
#include <strata/core/Job.h>
#include <strata/core/Numbers.h>
#include <strata/core/Paths.h>
#include <strata/core/Result.h>
#include <strata/core/SerialQueue.h>
#include <strata/core/Sha256.h>
#include <strata/core/WorkPool.h>

#include <QFile>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

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
/// Writes `name` in `dir` once `msecs` have passed: work that is still running when main() returns.
void writeLater(const QString &dir, const QString &name, unsigned long msecs)
{
    QThread::msleep(msecs);
    QFile file(dir + QLatin1Char('/') + name);
    if (file.open(QIODevice::WriteOnly))
        file.write("done");
}

/// The process the exit test starts (this executable with STRATA_EXIT_PROBE set to a folder): it
/// starts work on the executors and returns from main() at once.
int exitProbe(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = qEnvironmentVariable("STRATA_EXIT_PROBE");
    executor(Executor::Jobs)->start([dir] { writeLater(dir, QStringLiteral("job"), 400); });
    // A task that starts another on a different executor once it has run a while.
    executor(Executor::Interactive)->start([dir] {
        QThread::msleep(300);
        workPool()->start([dir] { writeLater(dir, QStringLiteral("chained"), 300); });
    });
    {
        // A save posted by an object that is gone by then (a viewer closed after a measurement).
        QObject owner;
        SerialQueue saves(&owner, Executor::Jobs);
        saves.post([dir] { writeLater(dir, QStringLiteral("first save"), 200); }, [] {});
        saves.post([dir] { writeLater(dir, QStringLiteral("second save"), 200); }, [] {});
    }
    return 0;
}
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

    void commaSeparatedNumbersAreExactlyThatManyFiniteOnes()
    {
        QVERIFY(commaSeparatedNumbers(QStringLiteral("-90, -10.5,80"), 3) == (std::vector<double>{-90, -10.5, 80}));
        QVERIFY(commaSeparatedNumbers(QStringLiteral("1e2,0"), 2) == (std::vector<double>{100, 0}));
        QVERIFY(!commaSeparatedNumbers(QStringLiteral("1,2"), 3));
        QVERIFY(!commaSeparatedNumbers(QStringLiteral("1,2,3,4"), 3));
        QVERIFY(!commaSeparatedNumbers(QStringLiteral("1,,3"), 3));
        QVERIFY(!commaSeparatedNumbers(QStringLiteral("1,two,3"), 3));
        QVERIFY(!commaSeparatedNumbers(QStringLiteral("nan,0,0"), 3));
        QVERIFY(!commaSeparatedNumbers(QStringLiteral("0,inf,0"), 3));
        QVERIFY(!commaSeparatedNumbers(QStringLiteral("0,0,-inf"), 3));
        QVERIFY(!commaSeparatedNumbers(QString(), 1));
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

    void runThenDeliversOnTheCallersThread()
    {
        QObject owner;
        QThread *workThread = nullptr;
        QThread *doneThread = nullptr;
        int value = 0;
        runThen(&owner, Executor::Interactive, [&workThread] {
            workThread = QThread::currentThread();
            return 21;
        }, [&](int v) {
            doneThread = QThread::currentThread();
            value = v * 2;
        });
        QTRY_COMPARE(value, 42);
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
    }

    void runThenDropsTheResultOfADestroyedContext()
    {
        QSemaphore release;
        QSemaphore started;
        bool delivered = false;
        auto *owner = new QObject;
        runThen(owner, Executor::Interactive, [&] {
            started.release();
            release.acquire();
            return 1;
        }, [&](int) { delivered = true; });
        started.acquire();
        delete owner;  // while the work runs
        release.release();
        QVERIFY(executor(Executor::Interactive)->waitForDone(10000));
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!delivered);
    }

    void latestRequestDeliversOnlyTheNewest()
    {
        QObject owner;
        LatestRequest latest(&owner);
        QSemaphore release;
        QSemaphore started;
        CancellationToken first;
        QList<int> delivered;
        latest.start([&](const CancellationToken &token) {
            first = token;
            started.release();
            release.acquire();
            return 1;
        }, [&](int v) { delivered << v; });
        started.acquire();
        QVERIFY(latest.busy());
        latest.start([](const CancellationToken &) { return 2; }, [&](int v) { delivered << v; });
        QVERIFY(first.isCancelled());  // the older request is told to stop
        QTRY_COMPARE(delivered, QList<int>{2});
        QVERIFY(!latest.busy());
        release.release();  // the older one returns after the newer was delivered
        QVERIFY(executor(Executor::Interactive)->waitForDone(10000));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(delivered, QList<int>{2});
        QCOMPARE(latest.started(), quint64(2));
    }

    void latestRequestCancelAndDestructionDropResults()
    {
        QObject owner;
        QList<int> delivered;
        QSemaphore release;
        QSemaphore started;
        {
            LatestRequest latest(&owner);
            latest.start([&](const CancellationToken &) {
                started.release();
                release.acquire();
                return 1;
            }, [&](int v) { delivered << v; });
            started.acquire();
            latest.cancel();
            QVERIFY(!latest.busy());
            release.release();
            QVERIFY(executor(Executor::Interactive)->waitForDone(10000));
            QCoreApplication::sendPostedEvents();
            QVERIFY(delivered.isEmpty());

            latest.start([&](const CancellationToken &) {
                started.release();
                release.acquire();
                return 2;
            }, [&](int v) { delivered << v; });
            started.acquire();
        }  // destroyed while the second request runs
        release.release();
        QVERIFY(executor(Executor::Interactive)->waitForDone(10000));
        QCoreApplication::sendPostedEvents();
        QVERIFY(delivered.isEmpty());
    }

    void serialQueueRunsAndDeliversInOrder()
    {
        QObject owner;
        SerialQueue queue(&owner, Executor::Interactive);
        QMutex mutex;
        QList<int> ran;
        QList<int> delivered;
        QSemaphore release;
        // The first task holds the queue: the others wait behind it, whatever the pool's threads.
        queue.post([&] {
            release.acquire();
            QMutexLocker lock(&mutex);
            ran << 0;
            return 0;
        }, [&](int v) { delivered << v; });
        for (int i = 1; i < 20; ++i)
            queue.post([&, i] {
                QMutexLocker lock(&mutex);
                ran << i;
                return i;
            }, [&](int v) { delivered << v; });
        QVERIFY(queue.busy());
        release.release();
        queue.waitForDone();
        QVERIFY(!queue.busy());
        QList<int> expected;
        for (int i = 0; i < 20; ++i)
            expected << i;
        {
            QMutexLocker lock(&mutex);
            QCOMPARE(ran, expected);
        }
        QTRY_COMPARE_WITH_TIMEOUT(delivered, expected, 10000);
    }

    void serialQueueOutlivesItsOwnerWithoutDelivering()
    {
        QList<int> delivered;
        std::atomic_bool ran = false;
        QSemaphore started, release;
        {
            QObject owner;
            SerialQueue queue(&owner);
            queue.post([&] {
                started.release();
                release.acquire();
                ran = true;
            }, [&] { delivered << 1; });
            started.acquire();
        }  // owner and queue gone while the task runs: it still finishes, its result is dropped
        release.release();
        QVERIFY(executor(Executor::Interactive)->waitForDone(10000));
        QCoreApplication::sendPostedEvents();
        QVERIFY(ran);
        QVERIFY(delivered.isEmpty());
    }

    void ownedJobRunsOnTheJobsExecutorAndIsDeleted()
    {
        auto *job = new CountingJob;
        QPointer<CountingJob> alive(job);
        bool finished = false;
        connect(job, &Job::finished, this, [&] { finished = true; });
        startOwnedJob(job);
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 10000);  // deleted after its signals were handled
    }

    void executorsAreNamedAndNotTheGlobalPool()
    {
        const QList<Executor> all{Executor::Compute, Executor::Jobs, Executor::Interactive, Executor::Render};
        QSet<QThreadPool *> pools;
        for (Executor e : all) {
            QThreadPool *pool = executor(e);
            QVERIFY(pool != QThreadPool::globalInstance());
            QVERIFY(pool->objectName().startsWith(QLatin1String("strata-")));
            pools.insert(pool);
        }
        QCOMPARE(pools.size(), all.size());
        QCOMPARE(executor(Executor::Compute), workPool());
        QVERIFY(executor(Executor::Jobs)->maxThreadCount() >= 2);
    }

    void waitForExecutorsWaitsForEveryOneAndGivesUpAfterItsBound()
    {
        QSemaphore release;
        std::atomic_bool ran{false};
        executor(Executor::Render)->start([&] {
            release.acquire();
            workPool()->start([&] { QThread::msleep(50); ran = true; });
        });
        QVERIFY(!waitForExecutors(50));  // blocked on the semaphore: not idle within the bound
        release.release();
        QVERIFY(waitForExecutors());
        QVERIFY(ran);  // the work the task started on another executor was waited for too
        QVERIFY(waitForExecutors(0));
    }

    void workInFlightFinishesBeforeTheProcessEnds()
    {
        // Without the drain at exit the process ended with these still sleeping: no file written
        // (and work still running while statics are destroyed crashed GUI tests at exit).
        QTemporaryDir dir;
        QProcess probe;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STRATA_EXIT_PROBE"), dir.path());
        probe.setProcessEnvironment(env);
        probe.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(probe.waitForFinished(60000));
        QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
        QCOMPARE(probe.exitCode(), 0);
        for (const char *name : {"job", "chained", "first save", "second save"})
            QVERIFY2(QFile::exists(dir.filePath(QLatin1String(name))), name);
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

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("STRATA_EXIT_PROBE"))
        return exitProbe(argc, argv);
    QCoreApplication app(argc, argv);
    TestCore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_core.moc"
