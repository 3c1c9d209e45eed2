#pragma once
// The sync tests' archive-restart scenario: the engine drains a case on a thread of its own (real
// clock) while the test kills its Orthanc with SIGKILL as soon as a C-STORE's data set flows, and
// starts it again once the engine saw the failure; twice. Then the usual checks (sync_case.h).
#include "fault_proxy.h"
#include "orthanc_process.h"
#include "sync_case.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <atomic>
#include <mutex>
#include <thread>

namespace strata::testing {

/// `link` is the proxy between the engine and `archive` (a slow link keeps a C-STORE in flight
/// long enough). Failures are QVERIFY failures of the calling test.
inline void killAndRestartWhileSyncing(PrivateOrthanc &archive, FaultProxy &link, const SyncCase &c, const char *name)
{
    // The engine runs on a thread of its own on the real clock; its progress lines come here.
    std::mutex mutex;
    QStringList lines;
    std::atomic<bool> finished{false};
    sync::RunReport report;
    bool runOk = false;
    QElapsedTimer wall;
    wall.start();
    CancellationToken cancel;
    std::thread worker([&] {
        sync::SyncEngine engine(c.dataDir, systemClock(), fastOptions());
        engine.setProgress([&](const QString &line) {
            std::lock_guard lock(mutex);
            lines << line;
        });
        if (engine.start().ok()) {
            sync::SyncEngine::RunOptions o;
            o.untilDrained = true;
            o.timeoutMs = 100000;
            auto r = engine.run(o, cancel);
            runOk = r.ok();
            if (r.ok())
                report = r.value();
        }
        finished = true;
    });
    // A failed check returns early: the engine is stopped and its thread joined first.
    auto stopEngine = qScopeGuard([&] {
        cancel.cancel();
        worker.join();
    });
    const auto seen = [&](const QString &text, int from) {
        std::lock_guard lock(mutex);
        for (int i = from; i < lines.size(); ++i)
            if (lines.at(i).contains(text))
                return i;
        return -1;
    };
    // Twice: killed as soon as a send begins, started again once the engine saw the failure.
    int kills = 0;
    int from = 0;
    for (int round = 0; round < 2; ++round) {
        int at = -1;
        QTRY_VERIFY_WITH_TIMEOUT((at = seen(QStringLiteral(": sending "), from)) >= 0 || finished, 60000);
        if (at < 0)
            break;  // drained before a send began (cannot happen in round 0: nothing is on the archive)
        // Killed once the data set flows (50 kB more through the link), or at the latest when
        // the engine says it verifies.
        const quint64 bytes = link.bytesClientToServer();
        QTRY_VERIFY_WITH_TIMEOUT(link.bytesClientToServer() > bytes + 50000 || seen(QStringLiteral(": verifying "), at) >= 0, 60000);
        archive.kill();
        ++kills;
        int failedAt = -1;
        QTRY_VERIFY_WITH_TIMEOUT((failedAt = seen(QStringLiteral(" failed: "), at)) >= 0, 60000);
        QVERIFY2(archive.restart(), qPrintable(archive.error()));
        from = failedAt + 1;
    }
    const qint64 back = wall.elapsed();
    worker.join();
    stopEngine.dismiss();
    const qint64 toDrain = wall.elapsed() - back;
    QVERIFY(kills >= 1);
    QVERIFY2(runOk && report.drained, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(report.totals.failed >= kills);
    QVERIFY2(checkAndPrint(archive.dir(), qPrintable(QStringLiteral("%1 (x%2)").arg(QLatin1String(name)).arg(kills)), c, kills, toDrain),
             qPrintable(lines.join(QLatin1Char('\n'))));
}

} // namespace strata::testing
