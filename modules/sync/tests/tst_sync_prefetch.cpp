// Inbound prefetch against the fixture's real Orthanc (C-FIND and C-GET through net::RemoteArchive):
// the priors of the patients of today's studies (newest first, a few per patient, never another
// patient's), new studies of the last days of one modality, each study fetched once (deleting it
// afterwards does not bring it back), the backup node when the primary does not answer, and a
// prefetched study that an outbound rule routes back to its node not sent again. "Today" is the
// engine's clock, set to a day no other test's studies carry.
#include "fresh_copies.h"
#include "ports.h"
#include "sync_case.h"

#include <strata/core/Clock.h>
#include <strata/net/NodeRegistry.h>
#include <strata/store/Ingest.h>
#include <strata/store/StoreService.h>
#include <strata/sync/Routing.h>
#include <strata/sync/SyncEngine.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::sync;

namespace {

const QString kOrthancDir = QStringLiteral(STRATA_ORTHANC_DIR);

// 2031-07-15 12:00 UTC: the studies "of today" are dated 20310715.
constexpr qint64 kToday = 1941883200000;

/// The clock of every engine of the test and of the ingest routing (which keeps it for the process).
ManualClock &testClock()
{
    static ManualClock clock(kToday);
    return clock;
}

/// Copies of `files` as one new study of `patientId` dated `date` (YYYYMMDD), in a new folder.
QStringList study(const QString &scratch, const QStringList &files, const QString &patientId, const QString &date)
{
    static int n = 0;
    return testing::makeStudy(files, QStringLiteral("%1/study%2").arg(scratch).arg(n++), patientId, {QStringLiteral("StudyDate=") + date});
}

QStringList ct() { return {testing::ctFile()}; }
QStringList mr() { return testing::mrFiles(); }

QString studyUid(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("dcmdump"), {QStringLiteral("+P"), QStringLiteral("StudyInstanceUID"), QStringLiteral("-s"), file});
    p.waitForFinished(30000);
    const QString line = QString::fromLatin1(p.readAllStandardOutput());
    const qsizetype open = line.indexOf(QLatin1Char('[')), close = line.indexOf(QLatin1Char(']'));
    return open >= 0 && close > open ? line.mid(open + 1, close - open - 1) : QString();
}

net::Node orthanc(const QString &name)
{
    net::Node n = testing::orthancNode(kOrthancDir);
    n.name = name;
    n.dicomWebUrl.clear();  // DIMSE: C-FIND and C-GET
    return n;
}

/// A cache at `dir` with `nodes` saved and `rules` added.
QString makeCache(const QString &dir, const std::vector<net::Node> &nodes, const std::vector<store::SyncRule> &rules)
{
    QDir().mkpath(dir);
    auto registry = net::NodeRegistry::open(dir);
    for (const net::Node &n : nodes)
        if (auto e = registry.value()->save(n))
            qFatal("node: %s", qPrintable(e->message()));
    QStringList names;
    for (const net::Node &n : nodes)
        names << n.name;
    auto repo = store::StoreService::open(dir).value()->syncJobs().value();
    for (const store::SyncRule &r : rules) {
        if (Status s = validateRule(r, names); !s.ok())
            qFatal("rule: %s", qPrintable(s.error().message()));
        if (!repo->addRule(r, testClock().nowMs()).ok())
            qFatal("rule");
    }
    return dir;
}

void importHere(const QString &dataDir, const QStringList &files)
{
    auto cache = store::LocalCache::open(dataDir);
    const store::ImportSummary s = store::ingest(*cache.value(), store::IngestSource::Import, files);
    if (s.imported != files.size())
        qFatal("import: %d of %d", s.imported, int(files.size()));
}

int localInstances(const QString &dataDir, const QString &studyUid)
{
    auto cache = store::LocalCache::open(dataDir);
    auto s = cache.value()->study(studyUid);
    return s.ok() ? s.value().instanceCount : 0;
}

SyncOptions options()
{
    SyncOptions o;
    o.timeouts.connect = 3;
    o.timeouts.acse = 5;
    o.timeouts.dimse = 20;
    o.seed = 7;
    o.interactive = [] { return 0; };
    return o;
}

} // namespace

class TestSyncPrefetch : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        installIngestRouting(testClock());
    }

    void rulesThatPrefetchAreValidated()
    {
        const QStringList nodes{QStringLiteral("pacs")};
        store::SyncRule r;
        r.name = QStringLiteral("r");
        r.primaryNode = QStringLiteral("pacs");
        r.match = store::SyncMatch::None;
        QVERIFY(!validateRule(r, nodes).ok());  // sends nothing and fetches nothing
        r.prefetch = store::PrefetchMode::Priors;
        QVERIFY(validateRule(r, nodes).ok());
        r.prefetchPriors = 0;
        QVERIFY(!validateRule(r, nodes).ok());
        r.prefetch = store::PrefetchMode::New;
        r.prefetchDays = 0;
        QVERIFY(!validateRule(r, nodes).ok());
        r.prefetchDays = 7;
        QVERIFY(validateRule(r, nodes).ok());
        r.match = store::SyncMatch::Source;
        r.value = QStringLiteral("import");
        QVERIFY(!validateRule(r, nodes).ok());  // the node's studies have no local source
        // Saved and read back with their prefetch settings.
        const QString dir = m_tmp.filePath(QStringLiteral("rules"));
        store::SyncRule priors;
        priors.name = QStringLiteral("priors");
        priors.primaryNode = QStringLiteral("pacs");
        priors.match = store::SyncMatch::None;
        priors.prefetch = store::PrefetchMode::Priors;
        priors.prefetchPriors = 5;
        net::Node pacs = orthanc(QStringLiteral("pacs"));
        makeCache(dir, {pacs}, {priors});
        const auto rules = store::StoreService::open(dir).value()->syncJobs().value()->rules().value();
        QCOMPARE(rules.size(), size_t(1));
        QCOMPARE(rules[0].match, store::SyncMatch::None);
        QCOMPARE(rules[0].prefetch, store::PrefetchMode::Priors);
        QCOMPARE(rules[0].prefetchPriors, 5);
        QCOMPARE(rules[0].prefetchCheckedMs, qint64(0));
        // A rule that sends nothing routes nothing.
        QVERIFY(!ruleMatches(rules[0], store::IngestSource::Import, {QStringLiteral("CT")}));
    }

    void priorsOfTodaysPatients()
    {
        const QString scratch = m_tmp.filePath(QStringLiteral("priors-in"));
        const QString patient = testing::uniquePatientId(QStringLiteral("PRIORS"));
        const QString other = testing::uniquePatientId(QStringLiteral("OTHER"));
        // On the archive: four earlier studies of the patient (one of six MR images), and a study
        // of another patient dated today.
        const QStringList prior2030 = study(scratch, ct(), patient, QStringLiteral("20300101"));
        const QStringList prior2029 = study(scratch, mr(), patient, QStringLiteral("20290610"));
        const QStringList prior2020 = study(scratch, ct(), patient, QStringLiteral("20200101"));
        const QStringList prior2010 = study(scratch, ct(), patient, QStringLiteral("20100101"));
        const QStringList otherToday = study(scratch, ct(), other, QStringLiteral("20310715"));
        testing::OwnStudies archive(kOrthancDir);
        QVERIFY(archive.store(prior2030 + prior2029 + prior2020 + prior2010 + otherToday));
        // Here: the patient's study of today (not on the archive).
        const QStringList today = study(scratch, ct(), patient, QStringLiteral("20310715"));

        store::SyncRule rule;
        rule.name = QStringLiteral("priors");
        rule.primaryNode = QStringLiteral("pacs");
        rule.match = store::SyncMatch::None;
        rule.prefetch = store::PrefetchMode::Priors;
        rule.prefetchPriors = 3;
        const QString data = makeCache(m_tmp.filePath(QStringLiteral("priors")), {orthanc(QStringLiteral("pacs"))}, {rule});
        importHere(data, today);

        SyncEngine engine(data, testClock(), options());
        QStringList lines;
        engine.setProgress([&](const QString &l) { lines << l; });
        QVERIFY(engine.start().ok());
        auto first = engine.prefetch();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message()));
        QVERIFY2(first.value().errors.isEmpty(), qPrintable(first.value().errors.join('\n')));
        QCOMPARE(first.value().rules, 1);
        QCOMPARE(first.value().listed, 4);
        // The three latest priors, whole; not the fourth, nor the other patient's study of today.
        QCOMPARE(first.value().fetched, 3);
        QCOMPARE(first.value().instances, 1 + 6 + 1);
        QCOMPARE(localInstances(data, studyUid(prior2030[0])), 1);
        QCOMPARE(localInstances(data, studyUid(prior2029[0])), 6);
        QCOMPARE(localInstances(data, studyUid(prior2020[0])), 1);
        QCOMPARE(localInstances(data, studyUid(prior2010[0])), 0);
        QCOMPARE(localInstances(data, studyUid(otherToday[0])), 0);
        QVERIFY2(lines.join('\n').contains(QStringLiteral("fetching 3 stud")), qPrintable(lines.join('\n')));

        // Asked again before the interval is over: nothing asked. Forced: nothing fetched twice.
        QCOMPARE(engine.prefetch().value().rules, 0);
        auto again = engine.prefetch(true);
        QCOMPARE(again.value().rules, 1);
        QCOMPARE(again.value().fetched, 0);
        QCOMPARE(again.value().skipped, 3);

        // A prior the user deletes is not fetched again.
        QVERIFY(store::LocalCache::open(data).value()->deleteStudy(studyUid(prior2020[0])).ok());
        testClock().advance(11 * 60 * 1000);  // past the interval
        auto later = engine.prefetch();
        QCOMPARE(later.value().rules, 1);
        QCOMPARE(later.value().fetched, 0);
        QCOMPARE(localInstances(data, studyUid(prior2020[0])), 0);

        // The status shows the rule's prefetch; the history has the fetches.
        const SyncStatus status = engine.status().value();
        QCOMPARE(status.prefetch.size(), size_t(1));
        QCOMPARE(status.prefetch[0].rule, QStringLiteral("priors"));
        QCOMPARE(status.prefetch[0].fetched, 3);
        QCOMPARE(status.prefetch[0].failed, 0);
        QCOMPARE(status.prefetch[0].checkedMs, testClock().nowMs());
        auto repo = store::StoreService::open(data).value()->syncJobs().value();
        QCOMPARE(repo->eventSum(QStringLiteral("prefetched"), 0).value().events, 3);
        QCOMPARE(repo->eventSum(QStringLiteral("prefetched"), 0).value().instances, qint64(8));
        // A rule that sends nothing queued nothing.
        QCOMPARE(repo->totals().value().pending() + repo->totals().value().done, 0);
    }

    void newStudiesOfAModalityAreNotSentBack()
    {
        const QString scratch = m_tmp.filePath(QStringLiteral("new-in"));
        const QString patient = testing::uniquePatientId(QStringLiteral("NEW"));
        const QStringList ctToday = study(scratch, ct(), patient, QStringLiteral("20310715"));
        const QStringList mrToday = study(scratch, mr(), patient, QStringLiteral("20310715"));
        const QStringList ctEarlier = study(scratch, ct(), patient, QStringLiteral("20310712"));
        testing::OwnStudies archive(kOrthancDir);
        QVERIFY(archive.store(ctToday + mrToday + ctEarlier));

        // New CT of today from the archive, and every study routed to the same archive.
        store::SyncRule fetchCt;
        fetchCt.name = QStringLiteral("new ct");
        fetchCt.primaryNode = QStringLiteral("pacs");
        fetchCt.match = store::SyncMatch::Modality;
        fetchCt.value = QStringLiteral("CT");
        fetchCt.prefetch = store::PrefetchMode::New;
        fetchCt.prefetchDays = 1;
        store::SyncRule sendAll;
        sendAll.name = QStringLiteral("archive");
        sendAll.primaryNode = QStringLiteral("pacs");
        const QString data = makeCache(m_tmp.filePath(QStringLiteral("new")), {orthanc(QStringLiteral("pacs"))}, {fetchCt, sendAll});

        SyncEngine engine(data, testClock(), options());
        QVERIFY(engine.start().ok());
        auto fetched = engine.prefetch(true);
        QVERIFY(fetched.ok());
        QVERIFY2(fetched.value().errors.isEmpty(), qPrintable(fetched.value().errors.join('\n')));
        qInfo("new CT of the day: %d listed, %d fetched (%d instances)", fetched.value().listed, fetched.value().fetched,
              fetched.value().instances);
        QCOMPARE(localInstances(data, studyUid(ctToday[0])), 1);
        QCOMPARE(localInstances(data, studyUid(mrToday[0])), 0);    // another modality
        QCOMPARE(localInstances(data, studyUid(ctEarlier[0])), 0);  // three days ago
        QVERIFY(fetched.value().fetched >= 1);  // other CTs of that day would come too

        // The outbound rule queued the fetched study for the archive it came from: the engine asks
        // the archive first, which holds it, and sends nothing.
        auto repo = store::StoreService::open(data).value()->syncJobs().value();
        QVERIFY(repo->totals().value().queued >= 1);
        SyncEngine::RunOptions run;
        run.untilDrained = true;
        run.idle = [](qint64 ms) { testClock().advance(ms); };
        auto report = engine.run(run);
        QVERIFY(report.ok());
        QVERIFY(report.value().drained);
        QCOMPARE(report.value().totals.sentInstances, 0);
        QVERIFY(report.value().totals.done >= 1);
        QCOMPARE(repo->totals().value().pending(), 0);
    }

    void backupAnswersWhenThePrimaryDoesNot()
    {
        const QString scratch = m_tmp.filePath(QStringLiteral("backup-in"));
        const QString patient = testing::uniquePatientId(QStringLiteral("BACKUP"));
        const QStringList prior = study(scratch, ct(), patient, QStringLiteral("20250101"));
        testing::OwnStudies archive(kOrthancDir);
        QVERIFY(archive.store(prior));
        const QStringList today = study(scratch, ct(), patient, QStringLiteral("20310715"));

        // The primary: a port where nothing listens.
        net::Node dead = orthanc(QStringLiteral("dead"));
        dead.port = testing::freePort();
        store::SyncRule rule;
        rule.name = QStringLiteral("priors");
        rule.primaryNode = QStringLiteral("dead");
        rule.backupNode = QStringLiteral("pacs");
        rule.match = store::SyncMatch::None;
        rule.prefetch = store::PrefetchMode::Priors;
        const QString data = makeCache(m_tmp.filePath(QStringLiteral("backup")), {dead, orthanc(QStringLiteral("pacs"))}, {rule});
        importHere(data, today);

        SyncEngine engine(data, testClock(), options());
        QVERIFY(engine.start().ok());
        auto fetched = engine.prefetch(true);
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value().fetched, 1);
        QCOMPARE(localInstances(data, studyUid(prior[0])), 1);
        // The primary's failure is named and counts against its breaker.
        QCOMPARE(fetched.value().errors.size(), qsizetype(1));
        QVERIFY2(fetched.value().errors[0].contains(QStringLiteral("dead")), qPrintable(fetched.value().errors[0]));
        const SyncStatus status = engine.status().value();
        bool deadCounted = false;
        for (const NodeSyncStatus &n : status.nodes)
            if (n.node == QLatin1String("dead"))
                deadCounted = n.failures == 1 && !n.lastError.isEmpty();
        QVERIFY(deadCounted);

        // No node answers at all: the rule's prefetch fails, saying so, and nothing is marked asked.
        store::SyncRule alone = rule;
        alone.name = QStringLiteral("dead only");
        alone.backupNode.clear();
        const QString lonely = makeCache(m_tmp.filePath(QStringLiteral("dead-only")), {dead}, {alone});
        importHere(lonely, study(scratch, ct(), patient, QStringLiteral("20310715")));
        SyncEngine failing(lonely, testClock(), options());
        QVERIFY(failing.start().ok());
        auto failed = failing.prefetch(true);
        QVERIFY(failed.ok());
        QCOMPARE(failed.value().fetched, 0);
        QCOMPARE(failed.value().failed, 1);
        QVERIFY(failed.value().errors.join(' ').contains(QStringLiteral("dead")));
        QCOMPARE(failing.status().value().prefetch[0].checkedMs, qint64(0));
    }

    void eachRuleKeepsItsOwnRoundAndTheBackupItsProbe()
    {
        const QString scratch = m_tmp.filePath(QStringLiteral("rounds-in"));
        const QString patient = testing::uniquePatientId(QStringLiteral("ROUNDS"));
        const QStringList older = study(scratch, ct(), patient, QStringLiteral("20240101"));
        const QStringList newer = study(scratch, ct(), patient, QStringLiteral("20250101"));
        testing::OwnStudies archive(kOrthancDir);
        QVERIFY(archive.store(older + newer));
        const QStringList today = study(scratch, ct(), patient, QStringLiteral("20310715"));

        net::Node dead = orthanc(QStringLiteral("dead"));
        dead.port = testing::freePort();
        // "main" asks the archive, with the dead node as its backup; "dead first" the other way round.
        store::SyncRule main;
        main.name = QStringLiteral("main");
        main.primaryNode = QStringLiteral("pacs");
        main.backupNode = QStringLiteral("dead");
        main.match = store::SyncMatch::None;
        main.prefetch = store::PrefetchMode::Priors;
        store::SyncRule deadFirst = main;
        deadFirst.name = QStringLiteral("dead first");
        deadFirst.primaryNode = QStringLiteral("dead");
        deadFirst.backupNode = QStringLiteral("pacs");
        const QString data = makeCache(m_tmp.filePath(QStringLiteral("rounds")), {orthanc(QStringLiteral("pacs")), dead}, {main, deadFirst});
        importHere(data, today);

        SyncOptions o = options();
        o.prefetchPerRound = 1;
        o.breaker.threshold = 1;
        o.breaker.cooldownMs = 1000;
        SyncEngine engine(data, testClock(), o);
        QVERIFY(engine.start().ok());
        const auto checkedMs = [&](const QString &rule) {
            for (const PrefetchStatus &p : engine.status().value().prefetch)
                if (p.rule == rule)
                    return p.checkedMs;
            return qint64(-1);
        };

        // "main" takes one of its two priors and has more; "dead first" finds that one here, takes
        // the other through its backup and is done: it is marked asked although "main" is not.
        auto first = engine.prefetch(true);
        QVERIFY(first.ok());
        QCOMPARE(first.value().fetched, 2);
        QVERIFY(first.value().more);
        QCOMPARE(first.value().errors.size(), qsizetype(1));
        QVERIFY2(first.value().errors[0].contains(QStringLiteral("dead")), qPrintable(first.value().errors[0]));
        QCOMPARE(localInstances(data, studyUid(older[0])), 1);
        QCOMPARE(localInstances(data, studyUid(newer[0])), 1);
        QCOMPARE(checkedMs(QStringLiteral("main")), qint64(0));
        QCOMPARE(checkedMs(QStringLiteral("dead first")), testClock().nowMs());

        // The dead node's breaker opened; past its cool-down it half-opens. "main" is answered by
        // its primary and leaves the backup's probe alone, so that "dead first" does probe it
        // (and fails again) rather than finding the probe taken.
        testClock().advance(2000);
        auto second = engine.prefetch(true);
        QVERIFY(second.ok());
        QCOMPARE(second.value().fetched, 0);
        QVERIFY(!second.value().more);
        QCOMPARE(second.value().errors.size(), qsizetype(1));
        QVERIFY2(second.value().errors[0].contains(QStringLiteral("asking dead failed")), qPrintable(second.value().errors[0]));
        QCOMPARE(checkedMs(QStringLiteral("main")), testClock().nowMs());
    }
};

QTEST_GUILESS_MAIN(TestSyncPrefetch)
#include "tst_sync_prefetch.moc"
