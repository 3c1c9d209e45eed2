// `strata sync`: background sync to remote archives (rules, status, run, retry, pause, resume).
#include "CliSupport.h"
#include "Commands.h"

#include <strata/core/Paths.h>
#include <strata/net/NodeRegistry.h>
#include <strata/store/StoreService.h>
#include <strata/sync/Routing.h>
#include <strata/sync/SyncEngine.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace strata::cli {
namespace {

const char kUsage[] =
    "Usage: strata sync <subcommand> [options]\n\n"
    "  rule add <name> --to NODE [--backup NODE] [--modality MOD | --source SOURCE | --no-send] [--existing]\n"
    "           [--prefetch new|priors [--days N] [--priors N]]\n"
    "                   route every ingested study (or those of a modality, or of an ingest source:\n"
    "                   import, storage-scp, c-get, c-move, wado-rs, reconcile) to NODE, failing over to the backup;\n"
    "                   --existing also queues the studies already in the cache; --prefetch also fetches\n"
    "                   from the node the studies of the last N days (new, default 1: today) or the N\n"
    "                   latest earlier studies of the patients of today's studies (priors, default 3);\n"
    "                   --no-send: a rule that only prefetches\n"
    "  rule list [--json]\n"
    "  rule remove <name>   remove the rule and its queued jobs\n"
    "  status [--json]      queue, nodes, rates, alerts\n"
    "  jobs [--json] [--state STATE]   the jobs, newest first\n"
    "  run [--until-drained] [--timeout S] [--parallel N] [--batch N] [--dimse-timeout S]\n"
    "                   send what is queued, verify it on the node, retry with backoff; Ctrl-C stops\n"
    "  commitment [<node> auto|on|off] [--ae AE --port P [--timeout S]]\n"
    "                   Storage Commitment per node (auto: where the node takes part, else C-FIND);\n"
    "                   the node reports to AE on port P (register them on the node as a modality)\n"
    "  prefetch [--json]  fetch now what the prefetching rules want (`sync run` and `serve` do it\n"
    "                   every 10 minutes)\n"
    "  retry            failed and waiting jobs are due now; open breakers probe at once\n"
    "  pause | resume   stop or restart sending (`sync run` and `serve` obey it)\n";

QString stamp(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate) : QString();
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 120)
        return QStringLiteral("%1 s").arg(s);
    if (s < 7200)
        return QStringLiteral("%1 min").arg(s / 60);
    if (s < 2 * 86400)
        return QStringLiteral("%1 h").arg(s / 3600.0, 0, 'f', 1);
    return QStringLiteral("%1 days").arg(s / 86400.0, 0, 'f', 1);
}

int parse(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("sync ") + command, args, out, err, &code))
        return code;
    return -1;
}

std::unique_ptr<store::SyncJobRepository> openRepository(const QString &command, QTextStream &err)
{
    auto service = store::StoreService::open(paths::dataDir());
    if (!service.ok()) {
        err << "strata sync " << command << ": " << service.error().message() << "\n";
        return nullptr;
    }
    auto repo = service.value()->syncJobs();
    if (!repo.ok()) {
        err << "strata sync " << command << ": " << repo.error().message() << "\n";
        return nullptr;
    }
    return std::move(repo).value();
}

QJsonObject ruleJson(const store::SyncRule &r)
{
    return QJsonObject{{QStringLiteral("name"), r.name},
                       {QStringLiteral("match"), store::syncMatchName(r.match)},
                       {QStringLiteral("value"), r.value},
                       {QStringLiteral("primary"), r.primaryNode},
                       {QStringLiteral("backup"), r.backupNode},
                       {QStringLiteral("enabled"), r.enabled},
                       {QStringLiteral("prefetch"), store::prefetchModeName(r.prefetch)},
                       {QStringLiteral("prefetchDays"), r.prefetchDays},
                       {QStringLiteral("prefetchPriors"), r.prefetchPriors},
                       {QStringLiteral("prefetchChecked"), stamp(r.prefetchCheckedMs)}};
}

int ruleCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add")) {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The rule's name."));
        parser.addOption({QStringLiteral("to"), QStringLiteral("The node the rule sends to."), QStringLiteral("node")});
        parser.addOption({QStringLiteral("backup"), QStringLiteral("The node to fail over to."), QStringLiteral("node")});
        parser.addOption({QStringLiteral("modality"), QStringLiteral("Only studies with a series of this modality."), QStringLiteral("mod")});
        parser.addOption({QStringLiteral("source"), QStringLiteral("Only studies from this ingest source."), QStringLiteral("source")});
        parser.addOption({QStringLiteral("existing"), QStringLiteral("Also queue the matching studies already in the cache.")});
        parser.addOption({QStringLiteral("no-send"), QStringLiteral("Send nothing: a rule that only prefetches.")});
        parser.addOption({QStringLiteral("prefetch"), QStringLiteral("Fetch from the node: new (studies of the last days) or priors."),
                          QStringLiteral("what")});
        parser.addOption({QStringLiteral("days"), QStringLiteral("Prefetch new: studies of this many days, today included (default 1)."),
                          QStringLiteral("n"), QStringLiteral("1")});
        parser.addOption({QStringLiteral("priors"), QStringLiteral("Prefetch priors: at most this many per patient (default 3)."),
                          QStringLiteral("n"), QStringLiteral("3")});
        if (const int rc = parse(parser, QStringLiteral("rule add"), rest, out, err); rc >= 0)
            return rc;
        if (parser.positionalArguments().size() != 1) {
            err << "strata sync rule add: give the rule one name\n";
            return 2;
        }
        store::SyncRule rule;
        rule.name = parser.positionalArguments().first();
        rule.primaryNode = parser.value(QStringLiteral("to"));
        rule.backupNode = parser.value(QStringLiteral("backup"));
        if (int(parser.isSet(QStringLiteral("modality"))) + int(parser.isSet(QStringLiteral("source"))) + int(parser.isSet(QStringLiteral("no-send"))) > 1) {
            err << "strata sync rule add: a rule matches by --modality, by --source or sends nothing (--no-send), one of them\n";
            return 2;
        }
        if (parser.isSet(QStringLiteral("no-send")))
            rule.match = store::SyncMatch::None;
        const auto prefetch = store::prefetchModeFromName(parser.value(QStringLiteral("prefetch")));
        bool daysOk = true, priorsOk = true;
        rule.prefetchDays = parser.value(QStringLiteral("days")).toInt(&daysOk);
        rule.prefetchPriors = parser.value(QStringLiteral("priors")).toInt(&priorsOk);
        if (!prefetch || !daysOk || !priorsOk) {
            err << "strata sync rule add: --prefetch takes new or priors, --days and --priors a number\n";
            return 2;
        }
        rule.prefetch = *prefetch;
        if (parser.isSet(QStringLiteral("modality"))) {
            rule.match = store::SyncMatch::Modality;
            rule.value = parser.value(QStringLiteral("modality")).toUpper();
        } else if (parser.isSet(QStringLiteral("source"))) {
            rule.match = store::SyncMatch::Source;
            rule.value = parser.value(QStringLiteral("source")).toLower();
        }
        auto registry = net::NodeRegistry::open(paths::dataDir());
        if (!registry.ok()) {
            err << "strata sync rule add: " << registry.error().message() << "\n";
            return 1;
        }
        auto nodes = registry.value()->list();
        if (!nodes.ok()) {
            err << "strata sync rule add: " << nodes.error().message() << "\n";
            return 1;
        }
        QStringList names;
        for (const net::Node &n : nodes.value())
            names << n.name;
        if (Status valid = sync::validateRule(rule, names); !valid.ok()) {
            err << "strata sync rule add: " << valid.error().message() << "\n";
            return 2;
        }
        auto repo = openRepository(QStringLiteral("rule add"), err);
        if (!repo)
            return 1;
        auto id = repo->addRule(rule, systemClock().nowMs());
        if (!id.ok()) {
            err << "strata sync rule add: " << id.error().message() << "\n";
            return 1;
        }
        rule.id = id.value();
        out << "Added sync rule '" << rule.name << "'.\n";
        if (parser.isSet(QStringLiteral("existing"))) {
            auto queued = sync::queueExisting(paths::dataDir(), rule);
            if (!queued.ok()) {
                err << "strata sync rule add: " << queued.error().message() << "\n";
                return 1;
            }
            out << "Queued " << queued.value() << " stud" << (queued.value() == 1 ? "y" : "ies") << " already in the cache.\n";
        }
        return 0;
    }
    if (sub == QLatin1String("list")) {
        QCommandLineParser parser;
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
        if (const int rc = parse(parser, QStringLiteral("rule list"), rest, out, err); rc >= 0)
            return rc;
        auto repo = openRepository(QStringLiteral("rule list"), err);
        if (!repo)
            return 1;
        auto rules = repo->rules();
        if (!rules.ok()) {
            err << "strata sync rule list: " << rules.error().message() << "\n";
            return 1;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray a;
            for (const store::SyncRule &r : rules.value())
                a.append(ruleJson(r));
            out << QJsonDocument(a).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (rules.value().empty())
            out << "No sync rules. Add one with `strata sync rule add <name> --to <node>`.\n";
        for (const store::SyncRule &r : rules.value()) {
            out << r.name << ": " << (r.match == store::SyncMatch::All ? QStringLiteral("every study")
                                      : r.match == store::SyncMatch::Modality ? QStringLiteral("studies with %1").arg(r.value)
                                      : r.match == store::SyncMatch::None ? QStringLiteral("nothing")
                                                                          : QStringLiteral("studies from %1").arg(r.value))
                << " -> " << r.primaryNode;
            if (!r.backupNode.isEmpty())
                out << " (backup " << r.backupNode << ")";
            if (r.prefetch == store::PrefetchMode::New)
                out << "; prefetches new studies of " << r.prefetchDays << " day(s)";
            else if (r.prefetch == store::PrefetchMode::Priors)
                out << "; prefetches up to " << r.prefetchPriors << " prior(s) per patient of today's studies";
            if (r.prefetch != store::PrefetchMode::None)
                out << (r.match == store::SyncMatch::Modality ? QStringLiteral(" (%1)").arg(r.value) : QString()) << " from " << r.primaryNode
                    << (r.prefetchCheckedMs > 0 ? QStringLiteral(", last asked %1").arg(stamp(r.prefetchCheckedMs)) : QString());
            out << "\n";
        }
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The rule's name."));
        if (const int rc = parse(parser, QStringLiteral("rule remove"), rest, out, err); rc >= 0)
            return rc;
        if (parser.positionalArguments().size() != 1) {
            err << "strata sync rule remove: name one rule\n";
            return 2;
        }
        auto repo = openRepository(QStringLiteral("rule remove"), err);
        if (!repo)
            return 1;
        if (Status s = repo->removeRule(parser.positionalArguments().first()); !s.ok()) {
            err << "strata sync rule remove: " << s.error().message() << "\n";
            return 1;
        }
        out << "Removed sync rule '" << parser.positionalArguments().first() << "'.\n";
        return 0;
    }
    err << kUsage;
    return 2;
}

void printStatus(const sync::SyncStatus &s, QTextStream &out)
{
    out << "Sync: " << sync::healthName(s.health) << (s.paused ? " (paused)" : "") << (s.yielding ? " (yielding to interactive work)" : "") << "\n";
    out << "Queue: " << s.queue.pending() << " pending (" << s.queue.queued << " queued, " << s.queue.sending << " sending, "
        << s.queue.verifying << " verifying, " << s.queue.waiting << " waiting, " << s.queue.failed << " failed), " << s.queue.done
        << " done\n";
    if (s.queue.pending() > 0)
        out << "Pending: " << s.queue.pendingInstances << " instance(s), " << megabytes(s.queue.pendingBytes) << "; oldest "
            << duration(s.oldestPendingAgeMs) << "\n";
    out << "Last hour: " << s.sentPerHour << " sent, " << s.verifiedPerHour << " verified\n";
    for (const sync::NodeSyncStatus &n : s.nodes) {
        out << "Node " << n.node << ": breaker " << n.breaker;
        if (n.failures > 0)
            out << ", " << n.failures << " failure(s) in a row";
        if (n.offlineForMs > 0)
            out << ", offline for " << duration(n.offlineForMs);
        if (n.lastSuccessMs > 0)
            out << ", last success " << stamp(n.lastSuccessMs);
        if (!n.lastError.isEmpty())
            out << "\n  last error: " << n.lastError;
        out << "\n";
    }
    for (const sync::PrefetchStatus &p : s.prefetch) {
        out << "Prefetch " << p.rule << " (" << p.mode << " from " << p.node << "): " << p.fetched << " stud"
            << (p.fetched == 1 ? "y" : "ies") << " fetched, " << p.failed << " failed, last asked "
            << (p.checkedMs > 0 ? stamp(p.checkedMs) : QStringLiteral("never"));
        if (!p.lastError.isEmpty())
            out << "\n  last error: " << p.lastError;
        out << "\n";
    }
    if (s.daysUntilDiskFull >= 0)
        out << "Disk: " << megabytes(s.freeBytes) << " free, full in " << QString::number(s.daysUntilDiskFull, 'f', 1)
            << " day(s) at the last week's import rate\n";
    for (const QString &a : s.alerts)
        out << "Alert: " << a << "\n";
}

int statusCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("prometheus"), QStringLiteral("Print Prometheus text metrics.")});
    if (const int rc = parse(parser, QStringLiteral("status"), args, out, err); rc >= 0)
        return rc;
    auto status = sync::readSyncStatus(paths::dataDir());
    if (!status.ok()) {
        err << "strata sync status: " << status.error().message() << "\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(status.value().toJson()).toJson(QJsonDocument::Indented);
    else if (parser.isSet(QStringLiteral("prometheus")))
        out << status.value().toPrometheus();
    else
        printStatus(status.value(), out);
    return 0;
}

int jobsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addOption({QStringLiteral("state"), QStringLiteral("Only jobs in this state (queued, sending, verifying, done, waiting, failed)."),
                      QStringLiteral("state")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most this many (default 100)."), QStringLiteral("n"), QStringLiteral("100")});
    if (const int rc = parse(parser, QStringLiteral("jobs"), args, out, err); rc >= 0)
        return rc;
    std::vector<store::SyncState> states;
    if (parser.isSet(QStringLiteral("state"))) {
        bool known = false;
        for (int i = 0; i <= int(store::SyncState::Failed); ++i)
            if (store::syncStateName(store::SyncState(i)) == parser.value(QStringLiteral("state"))) {
                states.push_back(store::SyncState(i));
                known = true;
            }
        if (!known) {
            err << "strata sync jobs: unknown state '" << parser.value(QStringLiteral("state")) << "'\n";
            return 2;
        }
    }
    auto repo = openRepository(QStringLiteral("jobs"), err);
    if (!repo)
        return 1;
    auto jobs = repo->jobs(states, std::max(1, parser.value(QStringLiteral("limit")).toInt()));
    if (!jobs.ok()) {
        err << "strata sync jobs: " << jobs.error().message() << "\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const store::SyncJob &j : jobs.value())
            a.append(QJsonObject{{QStringLiteral("id"), double(j.id)},
                                 {QStringLiteral("study"), j.studyInstanceUid},
                                 {QStringLiteral("state"), store::syncStateName(j.state)},
                                 {QStringLiteral("node"), j.node},
                                 {QStringLiteral("attempts"), j.attempts},
                                 {QStringLiteral("created"), stamp(j.createdMs)},
                                 {QStringLiteral("done"), stamp(j.doneMs)},
                                 {QStringLiteral("nextAttempt"), stamp(j.nextAttemptMs)},
                                 {QStringLiteral("lastError"), j.lastError}});
        out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const store::SyncJob &j : jobs.value()) {
        out << j.id << "  " << store::syncStateName(j.state).leftJustified(9) << " " << j.studyInstanceUid;
        if (!j.node.isEmpty())
            out << (j.state == store::SyncState::Done ? "  safe on " : "  node ") << j.node;
        out << "  attempts " << j.attempts;
        if (!j.lastError.isEmpty() && j.state != store::SyncState::Done)
            out << "\n    " << j.lastError;
        out << "\n";
    }
    return 0;
}

int runCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("until-drained"), QStringLiteral("Stop when nothing is left to send (failed jobs wait for `sync retry`).")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Stop after this many seconds."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("parallel"), QStringLiteral("Associations at once (default 2)."), QStringLiteral("n"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Jobs of a node sent over one association and verified together (default 16)."),
                      QStringLiteral("n"), QStringLiteral("16")});
    parser.addOption({QStringLiteral("dimse-timeout"), QStringLiteral("Seconds to wait for a DIMSE answer (default 30)."), QStringLiteral("s"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("connect-timeout"), QStringLiteral("Seconds to wait for a connection (default 10)."), QStringLiteral("s"),
                      QStringLiteral("10")});
    if (const int rc = parse(parser, QStringLiteral("run"), args, out, err); rc >= 0)
        return rc;
    sync::SyncOptions options;
    options.maxParallel = std::clamp(parser.value(QStringLiteral("parallel")).toInt(), 1, 32);
    options.batchJobs = std::clamp(parser.value(QStringLiteral("batch")).toInt(), 1, 1000);
    options.timeouts.dimse = std::max(1, parser.value(QStringLiteral("dimse-timeout")).toInt());
    options.timeouts.acse = std::max(1, std::min(options.timeouts.acse, options.timeouts.dimse));
    options.timeouts.connect = std::max(1, parser.value(QStringLiteral("connect-timeout")).toInt());
    sync::SyncEngine engine(paths::dataDir(), systemClock(), options);
    QMutex mutex;
    engine.setProgress([&](const QString &line) {
        QMutexLocker lock(&mutex);
        out << QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss.zzz")) << " " << line << "\n";
        out.flush();
    });
    if (Status s = engine.start(); !s.ok()) {
        err << "strata sync run: " << s.error().message() << "\n";
        return 1;
    }
    sync::SyncEngine::RunOptions run;
    run.untilDrained = parser.isSet(QStringLiteral("until-drained"));
    if (parser.isSet(QStringLiteral("timeout")))
        run.timeoutMs = qint64(parser.value(QStringLiteral("timeout")).toDouble() * 1000);
    InterruptScope interrupt;
    auto report = engine.run(run, interrupt.token());
    if (!report.ok()) {
        err << "strata sync run: " << report.error().message() << "\n";
        return 1;
    }
    const sync::RunReport &r = report.value();
    out << "Sync " << (r.paused ? "paused" : r.drained ? "drained" : r.timedOut ? "timed out" : "stopped") << ": " << r.totals.done
        << " stud" << (r.totals.done == 1 ? "y" : "ies") << " safe, " << r.totals.sentInstances << " instance(s) sent ("
        << megabytes(r.totals.sentBytes) << "), " << r.totals.failed << " failed attempt(s), " << r.totals.corrupt
        << " corrupt file(s), " << r.totals.missing << " missing after send\n";
    if (r.prefetch.rules > 0)
        out << "Prefetch: " << r.prefetch.fetched << " stud" << (r.prefetch.fetched == 1 ? "y" : "ies") << " fetched ("
            << r.prefetch.instances << " instance(s)), " << r.prefetch.failed << " failed\n";
    auto status = engine.status();
    if (status.ok() && status.value().queue.failed > 0)
        out << status.value().queue.failed << " job(s) failed; see `strata sync jobs --state failed`, then `strata sync retry`.\n";
    if (run.untilDrained && !r.drained)
        return 3;
    return 0;
}

int commitmentCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("node"), QStringLiteral("The node."));
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("auto, on or off."));
    parser.addOption({QStringLiteral("ae"), QStringLiteral("The AE title the node reports to (default STRATA)."), QStringLiteral("ae")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("The port Strata receives reports on (0: none)."), QStringLiteral("port")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for a report (default 30)."), QStringLiteral("s")});
    if (const int rc = parse(parser, QStringLiteral("commitment"), args, out, err); rc >= 0)
        return rc;
    const QString dataDir = paths::dataDir();
    auto settings = sync::commitmentSettings(dataDir);
    if (!settings.ok()) {
        err << "strata sync commitment: " << settings.error().message() << "\n";
        return 1;
    }
    sync::CommitmentSettings c = settings.value();
    if (parser.isSet(QStringLiteral("ae")) || parser.isSet(QStringLiteral("port")) || parser.isSet(QStringLiteral("timeout"))) {
        if (parser.isSet(QStringLiteral("ae")))
            c.aeTitle = parser.value(QStringLiteral("ae")).trimmed();
        bool ok = true;
        if (parser.isSet(QStringLiteral("port"))) {
            const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
            ok = ok && port <= 65535;
            c.port = quint16(port);
        }
        if (parser.isSet(QStringLiteral("timeout")))
            c.timeoutS = std::max(1, parser.value(QStringLiteral("timeout")).toInt());
        if (!ok || c.aeTitle.isEmpty() || c.aeTitle.size() > 16) {
            err << "strata sync commitment: an AE title of 1 to 16 characters and a port of 0 to 65535 are needed\n";
            return 2;
        }
        if (Status s = sync::setCommitmentSettings(dataDir, c); !s.ok()) {
            err << "strata sync commitment: " << s.error().message() << "\n";
            return 1;
        }
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() == 1 || pos.size() > 2) {
        err << kUsage;
        return 2;
    }
    if (pos.size() == 2) {
        const auto mode = sync::parseCommitmentMode(pos[1]);
        auto registry = net::NodeRegistry::open(dataDir);
        if (!mode || !registry.ok() || !registry.value()->get(pos[0]).ok()) {
            err << "strata sync commitment: " << (!mode ? QStringLiteral("the mode is auto, on or off") : QStringLiteral("no node named %1").arg(pos[0])) << "\n";
            return 2;
        }
        if (Status s = sync::setCommitmentMode(dataDir, pos[0], *mode); !s.ok()) {
            err << "strata sync commitment: " << s.error().message() << "\n";
            return 1;
        }
    }
    out << "Reports to: " << (c.port > 0 ? QStringLiteral("%1 on port %2, %3 s timeout").arg(c.aeTitle).arg(c.port).arg(c.timeoutS)
                                         : QStringLiteral("no listener (auto verifies by C-FIND/QIDO)"))
        << "\n";
    auto registry = net::NodeRegistry::open(dataDir);
    auto nodes = registry.ok() ? registry.value()->list() : Result<std::vector<net::Node>>(registry.error());
    if (nodes.ok())
        for (const net::Node &n : nodes.value()) {
            auto mode = sync::commitmentMode(dataDir, n.name);
            out << "Node " << n.name << ": " << (mode.ok() ? sync::commitmentModeName(mode.value()) : mode.error().message()) << "\n";
        }
    return 0;
}

int prefetchCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (const int rc = parse(parser, QStringLiteral("prefetch"), args, out, err); rc >= 0)
        return rc;
    sync::SyncEngine engine(paths::dataDir());
    QMutex mutex;
    if (!parser.isSet(QStringLiteral("json")))
        engine.setProgress([&](const QString &line) {
            QMutexLocker lock(&mutex);
            out << line << "\n";
            out.flush();
        });
    if (Status s = engine.start(); !s.ok()) {
        err << "strata sync prefetch: " << s.error().message() << "\n";
        return 1;
    }
    InterruptScope interrupt;
    auto report = engine.prefetch(true, interrupt.token());
    if (!report.ok()) {
        err << "strata sync prefetch: " << report.error().message() << "\n";
        return 1;
    }
    const sync::PrefetchReport &r = report.value();
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("rules"), r.rules},
                                         {QStringLiteral("listed"), r.listed},
                                         {QStringLiteral("fetched"), r.fetched},
                                         {QStringLiteral("instances"), r.instances},
                                         {QStringLiteral("skipped"), r.skipped},
                                         {QStringLiteral("failed"), r.failed},
                                         {QStringLiteral("more"), r.more},
                                         {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)}})
                   .toJson(QJsonDocument::Indented);
    } else if (r.rules == 0 && r.errors.isEmpty()) {
        out << "No rule prefetches. Add one with `strata sync rule add <name> --to <node> --prefetch priors`.\n";
    } else {
        out << "Prefetch: " << r.rules << " rule(s) asked, " << r.listed << " stud" << (r.listed == 1 ? "y" : "ies") << " listed, "
            << r.fetched << " fetched (" << r.instances << " instance(s)), " << r.skipped << " here already or fetched before, "
            << r.failed << " failed" << (r.more ? "; more next round" : "") << "\n";
    }
    for (const QString &e : r.errors)
        err << "strata sync prefetch: " << e << "\n";
    return r.failed > 0 ? 1 : 0;
}

int simpleCommand(const QString &name, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (const int rc = parse(parser, name, args, out, err); rc >= 0)
        return rc;
    sync::SyncEngine engine(paths::dataDir());
    if (Status s = engine.start(); !s.ok()) {
        err << "strata sync " << name << ": " << s.error().message() << "\n";
        return 1;
    }
    if (name == QLatin1String("retry")) {
        auto n = engine.retryNow();
        if (!n.ok()) {
            err << "strata sync retry: " << n.error().message() << "\n";
            return 1;
        }
        out << n.value() << " job(s) due now.\n";
        return 0;
    }
    Status s = name == QLatin1String("pause") ? engine.pause() : engine.resume();
    if (!s.ok()) {
        err << "strata sync " << name << ": " << s.error().message() << "\n";
        return 1;
    }
    out << (name == QLatin1String("pause") ? "Sync paused.\n" : "Sync resumed.\n");
    return 0;
}

} // namespace

int syncCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("rule"))
        return ruleCommand(rest, out, err);
    if (sub == QLatin1String("status"))
        return statusCommand(rest, out, err);
    if (sub == QLatin1String("jobs"))
        return jobsCommand(rest, out, err);
    if (sub == QLatin1String("run"))
        return runCommand(rest, out, err);
    if (sub == QLatin1String("commitment"))
        return commitmentCommand(rest, out, err);
    if (sub == QLatin1String("prefetch"))
        return prefetchCommand(rest, out, err);
    if (sub == QLatin1String("retry") || sub == QLatin1String("pause") || sub == QLatin1String("resume"))
        return simpleCommand(sub, rest, out, err);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out << kUsage;
        return 0;
    }
    err << kUsage;
    return 2;
}

} // namespace strata::cli
