// The sync light and dashboard on screen: green with nothing to sync, amber with studies queued,
// red with a failed job; the dashboard lists the node and the alert, and pauses and resumes. The
// browser's Sync column: safe / pending / failed per study with the light's colours on screen,
// updated in place when the status is read again, and sorted by state.
#include <strata/net/NodeRegistry.h>
#include <strata/store/Ingest.h>
#include <strata/store/StoreService.h>
#include <strata/sync/Routing.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/StudyBrowser.h>
#include <strata/ui/SyncController.h>
#include <strata/ui/models/StudyTableModel.h>

#include "SyncDashboard.h"

#include <QLabel>
#include <QListWidget>
#include <QDateTime>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTableView>
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

    void dashboardShowsWhatPrefetchFetched()
    {
        const QString dir = queuedCache(QStringLiteral("prefetch"));
        auto repo = store::StoreService::open(dir).value()->syncJobs().value();
        QVERIFY(repo->setSetting(QStringLiteral("paused"), QStringLiteral("1")).ok());
        store::SyncRule priors;
        priors.name = QStringLiteral("priors");
        priors.primaryNode = QStringLiteral("archive");
        priors.match = store::SyncMatch::None;
        priors.prefetch = store::PrefetchMode::Priors;
        const qint64 id = repo->addRule(priors, 0).value();
        QVERIFY(repo->savePrefetch({id, QStringLiteral("2.25.1"), QStringLiteral("archive"), true, 4, 1, 0, 5, {}}).ok());
        QVERIFY(repo->savePrefetch({id, QStringLiteral("2.25.2"), QStringLiteral("archive"), false, 0, 2, 99, 6, QStringLiteral("no answer")}).ok());
        QVERIFY(repo->setPrefetchChecked(id, 1941883200000).ok());  // 2031-07-15 12:00 UTC
        QWidget window;
        SyncController sync(dir, &window);
        window.show();
        QTRY_VERIFY(sync.status().has_value());
        emit sync.light()->clicked();
        SyncDashboard *dashboard = sync.dashboard();
        QTRY_VERIFY(dashboard->isVisible());
        QTRY_VERIFY(dashboard->prefetch()->isVisible());
        const QString text = dashboard->prefetch()->text();
        QVERIFY2(text.contains(QStringLiteral("\"priors\": priors from archive: 1 fetched, 1 failed; last asked 2031-07-15 12:00 UTC")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("last error: no answer")));
        // On screen: the line is painted (dark text pixels in the label's grab).
        const QImage shot = dashboard->prefetch()->grab().toImage();
        int dark = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                dark += qGray(shot.pixel(x, y)) < 100 ? 1 : 0;
        QVERIFY(dark > 50);
    }

    void browserShowsEachStudysSyncState()
    {
        const QString ct = QStringLiteral("1.3.6.1.4.1.5962.1.2.1.20040119072730.12322");  // CT_small.dcm
        const QString mr = QStringLiteral("1.3.6.1.4.1.5962.1.2.4.20040826185059.5457");   // MR_small.dcm
        const QString nm = QStringLiteral("1.3.6.1.4.1.5962.1.2.8.20040826185059.5457");   // JPEG2000.dcm
        const QString dir = m_tmp.filePath(QStringLiteral("browser"));
        QDir().mkpath(dir);
        {
            auto cache = store::LocalCache::open(dir);
            const QString data = QStringLiteral(STRATA_TESTDATA_DIR "/ts-matrix/pydicom-pkg/");
            const auto s = store::ingest(*cache.value(), store::IngestSource::Import,
                                         {data + QStringLiteral("CT_small.dcm"), data + QStringLiteral("MR_small.dcm"),
                                          data + QStringLiteral("JPEG2000.dcm")});
            QCOMPARE(s.imported, 3);
        }
        // A rule added after the import: nothing queued yet, so the column starts empty. Paused, so
        // that the engine leaves the jobs set below as they are.
        auto repo = store::StoreService::open(dir).value()->syncJobs().value();
        store::SyncRule rule;
        rule.name = QStringLiteral("all");
        rule.primaryNode = QStringLiteral("archive");
        const qint64 ruleId = repo->addRule(rule, 0).value();
        QVERIFY(repo->setSetting(QStringLiteral("paused"), QStringLiteral("1")).ok());

        MainWindow window(dir);
        window.resize(1400, 900);
        window.show();
        StudyBrowser *browser = window.studyBrowser();
        StudyTableModel *model = browser->studyModel();
        QTableView *table = browser->table();
        QTRY_COMPARE(model->rowCount(), 3);
        QVERIFY(!table->isColumnHidden(StudyTableModel::Sync));
        QCOMPARE(model->headerData(StudyTableModel::Sync, Qt::Horizontal).toString(), QStringLiteral("Sync"));
        for (int r = 0; r < 3; ++r) {
            QCOMPARE(model->index(r, StudyTableModel::Sync).data().toString(), QString());
            QVERIFY(!model->index(r, StudyTableModel::Sync).data(Qt::DecorationRole).isValid());
        }

        // CT done on the archive, MR waiting for it (an hour from now), NM failed.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto jobOf = [&](const QString &study) {
            if (!repo->enqueue(study, ruleId, now).value())
                qFatal("enqueue");
            for (const store::SyncJob &j : repo->jobs({store::SyncState::Queued}).value())
                if (j.studyInstanceUid == study)
                    return j.id;
            qFatal("no job");
            return qint64(0);
        };
        const qint64 ctJob = jobOf(ct), mrJob = jobOf(mr), nmJob = jobOf(nm);
        for (qint64 id : {ctJob, mrJob, nmJob})
            QVERIFY(repo->claim(id, QStringLiteral("archive"), now).value());
        QVERIFY(repo->markVerifying(ctJob, 1, 100, now).ok());
        QVERIFY(repo->markDone(ctJob, QStringLiteral("archive"), now).value());
        QVERIFY(repo->markWaiting(mrJob, now + 3600 * 1000, QStringLiteral("connection refused"), now).ok());
        QVERIFY(repo->markFailed(nmJob, QStringLiteral("corrupt local file"), now).ok());

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        window.syncController()->refresh();  // the status read the browser follows
        auto cell = [&](const QString &study, int role = Qt::DisplayRole) {
            return model->index(model->rowOfStudy(study), StudyTableModel::Sync).data(role);
        };
        QTRY_COMPARE(cell(nm).toString(), QStringLiteral("Failed"));
        QTRY_COMPARE(cell(ct).toString(), QStringLiteral("Safe"));
        QTRY_COMPARE(cell(mr).toString(), QStringLiteral("Pending"));
        QCOMPARE(resets.count(), 0);  // updated in place
        QCOMPARE(cell(ct, Qt::ToolTipRole).toString(), QStringLiteral("Safe on archive"));
        const QString waiting = cell(mr, Qt::ToolTipRole).toString();
        QVERIFY2(waiting.contains(QStringLiteral("Waiting for archive, next try")) && waiting.contains(QStringLiteral("connection refused")),
                 qPrintable(waiting));
        QCOMPARE(cell(nm, Qt::ToolTipRole).toString(), QStringLiteral("Failed on archive: corrupt local file"));
        using Kind = store::StudySyncState::Kind;
        const std::pair<QString, Kind> expected[] = {{ct, Kind::Safe}, {mr, Kind::Pending}, {nm, Kind::Failed}};
        for (const auto &[study, kind] : expected) {
            QCOMPARE(cell(study, Qt::DecorationRole).value<QColor>(), StudyTableModel::syncStateColor(kind));
            QCOMPARE(cell(study, StudyTableModel::SyncStateRole).toInt(), int(kind));
        }
        QCOMPARE(StudyTableModel::syncStateColor(Kind::Failed), SyncStatusLight::colour(Health::Failing));

        // The colours on screen: each Sync cell holds a patch of its state's colour, and none of
        // the other two states' colours.
        auto pixelsOf = [&](const QString &study, const QColor &colour) {
            table->viewport()->repaint();
            const QImage shot = table->viewport()->grab().toImage();
            const qreal dpr = shot.devicePixelRatio();
            const QRect r = table->visualRect(model->index(model->rowOfStudy(study), StudyTableModel::Sync));
            int n = 0;
            for (int y = int(r.top() * dpr); y < int(r.bottom() * dpr); ++y)
                for (int x = int(r.left() * dpr); x < int(r.right() * dpr); ++x)
                    if (shot.pixelColor(x, y).rgb() == colour.rgb())
                        ++n;
            return n;
        };
        for (const auto &[study, kind] : expected)
            for (const auto &[other, otherKind] : expected) {
                const int n = pixelsOf(study, StudyTableModel::syncStateColor(otherKind));
                if (otherKind == kind)
                    QVERIFY2(n >= 16, qPrintable(QStringLiteral("%1 pixels of its colour").arg(n)));
                else
                    QCOMPARE(n, 0);
            }

        // The CT selected, the MR's job fails: its row updates, the selection stays.
        browser->selectStudy(ct);
        QCOMPARE(browser->selectedStudy(), ct);
        QVERIFY(repo->markFailed(mrJob, QStringLiteral("association rejected"), now).ok());
        window.syncController()->refresh();
        QTRY_COMPARE(cell(mr).toString(), QStringLiteral("Failed"));
        QCOMPARE(cell(mr, Qt::ToolTipRole).toString(), QStringLiteral("Failed on archive: association rejected"));
        QCOMPARE(browser->selectedStudies(), QStringList{ct});
        QCOMPARE(resets.count(), 0);

        // Sorted by the column: failed first (newest study first within), then safe; and back.
        auto order = [&] {
            QStringList uids;
            for (int r = 0; r < model->rowCount(); ++r)
                uids << model->study(r).studyInstanceUid;
            return uids;
        };
        QVERIFY(repo->retryNow(now).value() == 2);  // MR and NM queued again: pending
        QVERIFY(repo->markFailed(nmJob, QStringLiteral("corrupt local file"), now).ok());
        table->sortByColumn(StudyTableModel::Sync, Qt::DescendingOrder);
        QTRY_VERIFY(!model->isLoading() && model->sortColumn() == StudyTableModel::Sync);
        QTRY_COMPARE(order(), (QStringList{nm, mr, ct}));
        QTRY_COMPARE(cell(mr).toString(), QStringLiteral("Pending"));
        table->sortByColumn(StudyTableModel::Sync, Qt::AscendingOrder);
        QTRY_COMPARE(order(), (QStringList{ct, mr, nm}));
    }
};

QTEST_MAIN(TestSyncGui)
#include "tst_sync_gui.moc"
