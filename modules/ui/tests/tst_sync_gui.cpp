// The sync light and dashboard on screen: green with nothing to sync, amber with studies queued,
// red with a failed job; the dashboard lists the node and the alert, and pauses and resumes.
#include <strata/net/NodeRegistry.h>
#include <strata/store/Ingest.h>
#include <strata/store/StoreService.h>
#include <strata/sync/Routing.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/SyncController.h>

#include "SyncDashboard.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::ui;
using Health = sync::SyncStatus::Health;

class TestSyncGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    /// A cache with the CT imported and a rule routing it to an unreachable node (port 1).
    QString queuedCache(const QString &name)
    {
        const QString dir = m_tmp.filePath(name);
        QDir().mkpath(dir);
        net::Node n;
        n.name = QStringLiteral("archive");
        n.aeTitle = QStringLiteral("ARCHIVE");
        n.host = QStringLiteral("127.0.0.1");
        n.port = 1;
        if (auto e = net::NodeRegistry::open(dir).value()->save(n))
            qFatal("%s", qPrintable(e->message()));
        store::SyncRule rule;
        rule.name = QStringLiteral("all");
        rule.primaryNode = n.name;
        auto repo = store::StoreService::open(dir).value()->syncJobs().value();
        if (!repo->addRule(rule, 0).ok())
            qFatal("rule");
        sync::installIngestRouting();
        auto cache = store::LocalCache::open(dir);
        const auto s = store::ingest(*cache.value(), store::IngestSource::Import,
                                     {QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/CT_small.dcm")});
        if (s.imported != 1 || repo->jobs().value().size() != 1)
            qFatal("import");
        return dir;
    }

    static QColor dotColour(SyncStatusLight *light)
    {
        const QImage image = light->grab().toImage();
        const int d = std::min(light->height() - 4, light->fontMetrics().height() - 2);
        return image.pixelColor(int((2 + d / 2.0) * image.devicePixelRatio()), image.height() / 2);
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void greenWhenNothingIsPending()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("empty"));
        QDir().mkpath(dir);
        MainWindow window(dir);
        window.show();
        SyncController *sync = window.syncController();
        QVERIFY(sync);
        QVERIFY(window.statusBar()->findChildren<SyncStatusLight *>().contains(sync->light()));
        QTRY_VERIFY(sync->light()->health().has_value());
        QCOMPARE(*sync->light()->health(), Health::Safe);
        QCOMPARE(sync->light()->text(), QStringLiteral("All safe"));
        QVERIFY(!sync->engineRunning());  // no rule: nothing runs
        QTRY_COMPARE(dotColour(sync->light()), SyncStatusLight::colour(Health::Safe));
    }

    void amberWhileQueuedThenRedWhenAJobFails()
    {
        const QString dir = queuedCache(QStringLiteral("queued"));
        // Paused, so that the engine leaves the job as it is while the light is looked at.
        auto repo = store::StoreService::open(dir).value()->syncJobs().value();
        QVERIFY(repo->setSetting(QStringLiteral("paused"), QStringLiteral("1")).ok());
        QWidget window;
        SyncController sync(dir, &window);
        sync.light()->resize(sync.light()->sizeHint());
        window.show();
        QTRY_VERIFY(sync.status().has_value());
        QCOMPARE(*sync.light()->health(), Health::Pending);
        QVERIFY(sync.light()->text().contains(QStringLiteral("1 pending")));
        QTRY_COMPARE(dotColour(sync.light()), SyncStatusLight::colour(Health::Pending));
        QVERIFY(sync.engineRunning());
        // A job that failed for good: red, and the dashboard says why.
        const store::SyncJob job = repo->jobs().value().at(0);
        QVERIFY(repo->markFailed(job.id, QStringLiteral("corrupt local file"), 1).ok());
        sync.refresh();
        QTRY_COMPARE(*sync.light()->health(), Health::Failing);
        QTRY_COMPARE(dotColour(sync.light()), SyncStatusLight::colour(Health::Failing));
        emit sync.light()->clicked();
        SyncDashboard *dashboard = sync.dashboard();
        QTRY_VERIFY(dashboard->isVisible());
        QTRY_COMPARE(dashboard->nodes()->rowCount(), 1);
        QCOMPARE(dashboard->nodes()->item(0, 0)->text(), QStringLiteral("archive"));
        QVERIFY(dashboard->alerts()->item(0)->text().contains(QStringLiteral("failed")));
        QVERIFY(dashboard->summary()->text().contains(QStringLiteral("paused")));
        // Resume, then pause again, through the dashboard's button.
        QCOMPARE(dashboard->pauseButton()->text(), QStringLiteral("Resume"));
        dashboard->pauseButton()->click();
        QTRY_VERIFY(sync.status().has_value() && !sync.status()->paused);
        QTRY_COMPARE(dashboard->pauseButton()->text(), QStringLiteral("Pause"));
        dashboard->pauseButton()->click();
        QTRY_VERIFY(sync.status()->paused);
        // Retry now: the failed job is queued again (amber).
        dashboard->retryButton()->click();
        QTRY_COMPARE(*sync.light()->health(), Health::Pending);
    }
};

QTEST_MAIN(TestSyncGui)
#include "tst_sync_gui.moc"
