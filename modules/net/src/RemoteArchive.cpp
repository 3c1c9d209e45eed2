#include <strata/net/RemoteArchive.h>

#include <strata/net/dicomweb/DicomWeb.h>
#include <strata/net/dimse/Echo.h>
#include <strata/net/dimse/Commitment.h>
#include <strata/net/dimse/Find.h>
#include <strata/net/dimse/Retrieve.h>
#include <strata/net/dimse/Send.h>
#include <strata/store/AuditLog.h>
#include <strata/store/LocalCache.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QCoreApplication>

#include "RetrieveClasses.h"
#include "Staging.h"

#include <future>
#include <map>
#include <thread>

Q_LOGGING_CATEGORY(lcArchive, "strata.net.archive")

namespace strata::net {
namespace {

/// Queries go over DICOMweb only for a node that cannot be reached by DIMSE.
bool webOnly(const Node &node)
{
    return (node.aeTitle.isEmpty() || node.host.isEmpty()) && !node.dicomWebUrl.isEmpty();
}

Error cancelledError(const Node &node, const QString &what)
{
    return Error(ErrorCode::Cancelled, node.label(), QStringLiteral("%1 cancelled").arg(what));
}

/// A query in words for the audit log: the keys that were given.
QString queryText(const StudyFindQuery &q)
{
    QStringList parts;
    const std::pair<const char *, QString> keys[] = {{"name", q.patientName},          {"id", q.patientId},
                                                     {"accession", q.accessionNumber}, {"description", q.studyDescription},
                                                     {"modality", q.modality},         {"study", q.studyInstanceUid}};
    for (const auto &[key, value] : keys)
        if (!value.isEmpty())
            parts << QStringLiteral("%1=%2").arg(QLatin1String(key), value);
    if (q.from.isValid() || q.to.isValid())
        parts << QStringLiteral("date=%1-%2").arg(q.from.toString(QStringLiteral("yyyyMMdd")), q.to.toString(QStringLiteral("yyyyMMdd")));
    return parts.isEmpty() ? QStringLiteral("(all)") : parts.join(QLatin1Char(' '));
}

/// Records a query, retrieve or send in the audit log (the application's; see store::audit).
template <typename T>
void auditResult(const Node &node, const QString &action, const QString &object, const Result<T> &result,
                 const std::function<QString(const T &)> &detail, const QString &dataDir = {})
{
    store::AuditEvent e;
    e.action = action;
    e.object = object;
    e.peer = node.name.isEmpty() ? node.label() : QStringLiteral("%1 (%2)").arg(node.name, node.label());
    e.outcome = result.ok() ? QStringLiteral("success") : QStringLiteral("failure");
    e.detail = result.ok() ? detail(result.value()) : result.error().message();
    store::audit(e, dataDir);
}

template <typename T>
QString countOf(const std::vector<T> &v) { return QStringLiteral("%1 result(s)").arg(v.size()); }

} // namespace

QSet<QString> detail::cachedInstances(const QString &dataDir, const QString &studyUid)
{
    QSet<QString> present;
    auto cache = store::LocalCache::open(dataDir);
    if (!cache.ok())
        return present;
    if (auto have = cache.value()->studyInstances(studyUid); have.ok())
        for (const store::InstanceRecord &r : have.value())
            present.insert(r.sopInstanceUid);
    return present;
}

namespace {

using detail::cachedInstances;

/// A retrieve's problems, missing and not-coming instances that the cache at `dataDir` now holds
/// (a later fetch brought them) are dropped; returns how many problems went.
int settleArrived(RetrieveReport &report, const QString &dataDir, const QString &studyUid)
{
    const QSet<QString> now = cachedInstances(dataDir, studyUid);
    const auto held = [&](const QString &uid) { return !uid.isEmpty() && now.contains(uid); };
    const auto before = report.problems.size();
    std::erase_if(report.problems, [&](const InstanceProblem &p) { return held(p.sopInstanceUid); });
    report.missing.removeIf(held);
    report.cannotCome.removeIf(held);
    return int(before - report.problems.size());
}

/// A later fetch's report folded into the first's: its sub-operation counts, problems and import.
void absorb(RetrieveReport &report, const RetrieveReport &more)
{
    report.completed += more.completed;
    report.failed += more.failed;
    report.warnings += more.warnings;
    report.problems.insert(report.problems.end(), more.problems.begin(), more.problems.end());
    store::mergeSummary(report.import, more.import);
}

/// The SOP Instance UIDs of `listed` that the cache at `dataDir` does not hold.
QStringList missingFrom(const QString &dataDir, const QString &studyUid, const std::vector<RemoteInstance> &listed)
{
    const QSet<QString> present = cachedInstances(dataDir, studyUid);
    QStringList missing;
    for (const RemoteInstance &m : listed)
        if (!present.contains(m.sopInstanceUid))
            missing << m.sopInstanceUid;
    return missing;
}

/// Compares the cache's instances of a study with what the node listed and marks the study as
/// stored remotely when the node holds each of them.
Result<StoredCheck> markIfStored(const QString &dataDir, const QString &studyUid, const std::vector<RemoteInstance> &listed)
{
    auto cache = store::LocalCache::open(dataDir);
    if (!cache.ok())
        return cache.error();
    auto have = cache.value()->studyInstances(studyUid);
    if (!have.ok())
        return have.error();
    StoredCheck check;
    check.local = int(have.value().size());
    if (check.local == 0)
        return Error(ErrorCode::NotFound, studyUid, QCoreApplication::translate("strata::net", "the local cache does not hold this study"));
    QSet<QString> onNode;
    for (const RemoteInstance &m : listed)
        onNode.insert(m.sopInstanceUid);
    for (const store::InstanceRecord &r : have.value()) {
        if (onNode.contains(r.sopInstanceUid))
            ++check.onNode;
        else
            check.lacking << r.sopInstanceUid;
    }
    if (check.safe()) {
        if (Status s = cache.value()->setRemoteStored(studyUid, true); !s.ok())
            return s.error();
        check.marked = true;
    }
    return check;
}

/// WADO-RS names an instance by its study and series: instances of several series (the missing
/// instances of a whole study) are fetched series by series, into one report. A series that
/// fails after others arrived is a problem of the report, as a transfer that breaks off is.
Result<RetrieveReport> wadoBySeries(const Node &node, const RetrieveRequest &request, const std::vector<RemoteInstance> &instances,
                                    const QString &dataDir, const Timeouts &timeouts, const CancellationToken &cancel,
                                    const RetrieveProgressCallback &progress)
{
    std::map<QString, QStringList> bySeries;
    for (const RemoteInstance &m : instances)
        bySeries[m.seriesInstanceUid] << m.sopInstanceUid;
    RetrieveReport all;
    all.method = RetrieveMethod::WadoRs;
    RetrieveProgress done;
    for (const auto &[series, sops] : bySeries) {
        RetrieveRequest one = request;
        one.seriesInstanceUid = series;
        one.sopInstanceUids = sops;
        qint64 partBytes = 0;
        auto part = wadoRetrieve(node, one, dataDir, timeouts, cancel, [&](const RetrieveProgress &p) {
            partBytes = p.bytes;
            if (progress)
                progress({done.received + p.received, int(instances.size()), done.bytes + p.bytes});
        });
        done.bytes += partBytes;
        if (!part.ok()) {
            if (all.completed == 0 && all.import.imported == 0 && all.import.duplicates == 0)
                return part.error();
            all.problems.push_back({QString(), part.error().message()});
            break;
        }
        const RetrieveReport &r = part.value();
        done.received += r.completed;
        all.completed += r.completed;
        all.failed += r.failed;
        all.warnings += r.warnings;
        all.expected += r.expected;
        all.problems.insert(all.problems.end(), r.problems.begin(), r.problems.end());
        all.missing << r.missing;
        store::mergeSummary(all.import, r.import);
        if (r.import.fatal || cancel.isCancelled())
            break;
    }
    return all;
}

QString scopeText(const RetrieveRequest &request)
{
    return QStringLiteral("study %1%2").arg(request.studyInstanceUid,
                                           request.seriesInstanceUid.isEmpty() ? QString() : QStringLiteral(" series ") + request.seriesInstanceUid);
}

} // namespace

RemoteArchive::RemoteArchive(Node node, Timeouts timeouts) : m_node(std::move(node)), m_timeouts(timeouts) {}

Protocol RemoteArchive::queryProtocol() const
{
    return webOnly(m_node) ? Protocol::DicomWeb : Protocol::Dimse;
}

RetrieveMethod RemoteArchive::retrieveMethod(RetrieveMethod requested) const
{
    if (requested != RetrieveMethod::Auto)
        return requested;
    const Capabilities &c = m_node.capabilities;
    if (c.probed) {
        if (c.cGet)
            return RetrieveMethod::CGet;
        if (c.cMove)
            return RetrieveMethod::CMove;
        if (c.wadoRs)
            return RetrieveMethod::WadoRs;
    }
    return m_node.aeTitle.isEmpty() && !m_node.dicomWebUrl.isEmpty() ? RetrieveMethod::WadoRs : RetrieveMethod::CGet;
}

SendMethod RemoteArchive::sendMethod(SendMethod requested) const
{
    if (requested != SendMethod::Auto)
        return requested;
    return webOnly(m_node) ? SendMethod::StowRs : SendMethod::CStore;
}

Result<VerifyReply> RemoteArchive::verify() const
{
    VerifyReply reply;
    reply.protocol = queryProtocol();
    if (reply.protocol == Protocol::Dimse) {
        auto echoed = echo(m_node, m_timeouts);
        if (!echoed.ok())
            return echoed.error();
        reply.status = echoed.value().status;
        reply.milliseconds = echoed.value().milliseconds;
        return reply;
    }
    // A search that can match nothing: the server, TLS and the credentials all have to answer.
    QElapsedTimer timer;
    timer.start();
    StudyFindQuery nothing;
    nothing.studyInstanceUid = QStringLiteral("2.25.0");
    nothing.maxResults = 1;
    auto found = qidoStudies(m_node, nothing, m_timeouts);
    if (!found.ok())
        return found.error();
    reply.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return reply;
}

Result<ProbeReport> RemoteArchive::probe() const
{
    return net::probe(m_node, m_timeouts);
}

Result<std::vector<RemoteStudy>> RemoteArchive::findStudies(const StudyFindQuery &query, const CancellationToken &cancel) const
{
    auto r = findStudiesUnaudited(query, cancel);
    auditResult<std::vector<RemoteStudy>>(m_node, QStringLiteral("query"), queryText(query), r, countOf<RemoteStudy>);
    return r;
}

Result<std::vector<RemoteStudy>> RemoteArchive::findStudiesUnaudited(const StudyFindQuery &query, const CancellationToken &cancel) const
{
    if (cancel.isCancelled())
        return cancelledError(m_node, QStringLiteral("query"));
    if (queryProtocol() == Protocol::DicomWeb)
        return qidoStudies(m_node, query, m_timeouts, kQidoPageSize, cancel);
    return net::findStudies(m_node, query, m_timeouts, cancel);
}

Result<std::vector<RemotePatient>> RemoteArchive::findPatients(const QString &patientName, const QString &patientId,
                                                               const CancellationToken &cancel) const
{
    auto r = findPatientsUnaudited(patientName, patientId, cancel);
    StudyFindQuery q;
    q.patientName = patientName;
    q.patientId = patientId;
    auditResult<std::vector<RemotePatient>>(m_node, QStringLiteral("query"), QStringLiteral("patients: ") + queryText(q), r,
                                            countOf<RemotePatient>);
    return r;
}

Result<std::vector<RemotePatient>> RemoteArchive::findPatientsUnaudited(const QString &patientName, const QString &patientId,
                                                                        const CancellationToken &cancel) const
{
    if (cancel.isCancelled())
        return cancelledError(m_node, QStringLiteral("query"));
    if (queryProtocol() == Protocol::DicomWeb)
        return Error(ErrorCode::Unsupported, m_node.name.isEmpty() ? m_node.label() : m_node.name,
                     QCoreApplication::translate("strata::net", "a patient-level query needs DIMSE (C-FIND); DICOMweb has no patient level"));
    return net::findPatients(m_node, patientName, patientId, m_timeouts, cancel);
}

Result<std::vector<RemoteSeries>> RemoteArchive::findSeries(const QString &studyInstanceUid, const CancellationToken &cancel) const
{
    auto r = findSeriesUnaudited(studyInstanceUid, cancel);
    auditResult<std::vector<RemoteSeries>>(m_node, QStringLiteral("query"), studyInstanceUid, r, countOf<RemoteSeries>);
    return r;
}

Result<std::vector<RemoteSeries>> RemoteArchive::findSeriesUnaudited(const QString &studyInstanceUid, const CancellationToken &cancel) const
{
    if (cancel.isCancelled())
        return cancelledError(m_node, QStringLiteral("query"));
    if (queryProtocol() == Protocol::DicomWeb)
        return qidoSeries(m_node, studyInstanceUid, m_timeouts, kQidoPageSize, cancel);
    return net::findSeries(m_node, studyInstanceUid, m_timeouts, cancel);
}

Result<std::vector<RemoteInstance>> RemoteArchive::findInstances(const QString &studyInstanceUid, const QString &seriesInstanceUid,
                                                                 const CancellationToken &cancel) const
{
    if (cancel.isCancelled())
        return cancelledError(m_node, QStringLiteral("query"));
    if (queryProtocol() == Protocol::DicomWeb)
        return qidoInstances(m_node, studyInstanceUid, seriesInstanceUid, m_timeouts, kQidoPageSize, cancel);
    return net::findInstances(m_node, studyInstanceUid, seriesInstanceUid, m_timeouts, cancel);
}

Result<RetrieveReport> RemoteArchive::retrieve(const RetrieveRequest &request, const QString &dataDir,
                                               const CancellationToken &cancel, const RetrieveProgressCallback &progress) const
{
    auto r = retrieveUnaudited(request, dataDir, cancel, progress);
    auditResult<RetrieveReport>(m_node, QStringLiteral("retrieve"), request.studyInstanceUid, r, [](const RetrieveReport &report) {
        return QStringLiteral("%1 completed, %2 failed, %3 missing, %4 imported")
            .arg(report.completed).arg(report.failed).arg(report.missing.size()).arg(report.import.imported);
    }, dataDir);
    return r;
}

detail::StudyFacts detail::studyFacts(const Node &node, const QString &studyUid, const Timeouts &timeouts, const CancellationToken &cancel)
{
    FindRequest request;
    request.level = QueryLevel::Study;
    request.keys = {{QStringLiteral("StudyInstanceUID"), studyUid},
                    {QStringLiteral("SOPClassesInStudy"), {}},
                    {QStringLiteral("NumberOfStudyRelatedInstances"), {}}};
    request.maxResults = 2;
    StudyFacts facts;
    auto matches = net::find(node, request, timeouts, cancel);
    if (!matches.ok() || matches.value().size() != 1)
        return facts;
    const FindMatch &match = matches.value().front();
    for (const QString &c : match.value(QStringLiteral("SOPClassesInStudy")).split(QLatin1Char('\\')))
        if (!c.trimmed().isEmpty())
            facts.classes << c.trimmed();
    bool number = false;
    const int count = match.value(QStringLiteral("NumberOfStudyRelatedInstances")).trimmed().toInt(&number);
    if (number && count >= 0)
        facts.instances = count;
    return facts;
}

bool detail::settleByCount(RetrieveReport &report, int nodeCount, const QString &dataDir, const QString &studyUid)
{
    if (nodeCount <= 0 || report.failed > 0 || !report.problems.empty() || report.import.fatal)
        return false;
    auto cache = store::LocalCache::open(dataDir);
    if (!cache.ok())
        return false;
    auto held = cache.value()->studyInstances(studyUid);
    if (!held.ok() || held.value().size() != std::size_t(nodeCount))
        return false;
    QSet<QString> inCache;
    for (const store::InstanceRecord &r : held.value())
        inCache.insert(r.sopInstanceUid);
    const QSet<QString> arrived(report.import.instances.begin(), report.import.instances.end());
    if (std::count_if(arrived.begin(), arrived.end(), [&](const QString &uid) { return inCache.contains(uid); }) != nodeCount)
        return false;
    if (Status s = cache.value()->setRemoteStored(studyUid, true); !s.ok())
        qCWarning(lcArchive) << "cannot mark study" << studyUid << "as stored on the node:" << s.error().message();
    report.expected = nodeCount;
    report.missing.clear();
    report.checkedBy = RetrieveReport::Check::Count;
    return true;
}

void detail::fetchUnofferedClasses(const Node &node, const Timeouts &timeouts, const RetrieveRequest &request,
                                   const QStringList &offered, const std::vector<RemoteInstance> &listed,
                                   const QString &dataDir, const CancellationToken &cancel,
                                   const RetrieveProgressCallback &progress, RetrieveReport &report)
{
    // A node whose SOP Classes in Study leaves a class out could not send that class's instances
    // over the C-GET (no presentation context for them): they are fetched now, with their classes.
    const QSet<QString> offeredSet(offered.begin(), offered.end());
    const QSet<QString> present = cachedInstances(dataDir, request.studyInstanceUid);
    std::vector<RemoteInstance> left;
    for (const RemoteInstance &m : listed)
        if (!offeredSet.contains(m.sopClassUid) && !present.contains(m.sopInstanceUid))
            left.push_back(m);
    if (left.empty() || cancel.isCancelled())
        return;
    qCInfo(lcArchive) << node.label() << "left" << left.size() << "instance(s) of study" << request.studyInstanceUid
                      << "out of SOP Classes in Study; fetching them with their classes";
    RetrieveRequest again = request;
    for (const RemoteInstance &m : left)
        again.sopInstanceUids << m.sopInstanceUid;
    auto more = retrieveByDimse(node, again, left, dataDir, timeouts, cancel, progress);
    if (!more.ok()) {
        report.problems.push_back({QString(), more.error().message()});
        return;
    }
    // What the second C-GET brought is no longer a failure of the first.
    report.failed = std::max(0, report.failed - settleArrived(report, dataDir, request.studyInstanceUid));
    absorb(report, more.value());
}

Result<RetrieveReport> RemoteArchive::retrieveUnaudited(const RetrieveRequest &requested, const QString &dataDir,
                                                        const CancellationToken &cancel, const RetrieveProgressCallback &progress) const
{
    QElapsedTimer timer;
    timer.start();
    const Node &node = m_node;
    if (requested.studyInstanceUid.isEmpty())
        return Error(ErrorCode::InvalidArgument, node.label(), QCoreApplication::translate("strata::net", "a retrieve needs the Study Instance UID"));
    RetrieveRequest request = requested;
    request.method = retrieveMethod(request.method);
    const bool web = request.method == RetrieveMethod::WadoRs;
    if (web && node.dicomWebUrl.isEmpty())
        return Error(ErrorCode::InvalidArgument, node.name.isEmpty() ? node.label() : node.name, QCoreApplication::translate("strata::net", "WADO-RS needs the node's DICOMweb URL"));
    const bool wholeStudy = request.seriesInstanceUid.isEmpty() && request.sopInstanceUids.isEmpty() && !request.onlyMissing;

    // What the node holds for the request, asked over the retrieve's own protocol: the SOP
    // classes to negotiate, and what must arrive.
    std::vector<RemoteInstance> expected;
    std::vector<RemoteInstance> studyList;   // the node's whole study, when the retrieve asked for it
    int alreadyCached = 0;
    // A whole study needs no instance-level search when the node says at study level how many
    // instances it holds: what arrived is checked against that count (settleByCount), and the
    // node's instances are listed only where the counts disagree. A C-GET of a whole study or
    // series needs the study's SOP classes before it starts (its presentation contexts): the same
    // study-level query gives them; for a series, the instance-level search (what must arrive)
    // runs beside the transfer on its own association. Nodes that do not list SOP Classes in
    // Study get the search first, as below.
    int nodeCount = -1;
    std::future<Result<std::vector<RemoteInstance>>> listing;
    QStringList classes;
    if (!web && request.method == RetrieveMethod::CGet && request.sopInstanceUids.isEmpty() && !request.onlyMissing) {
        const detail::StudyFacts facts = detail::studyFacts(node, request.studyInstanceUid, m_timeouts, cancel);
        classes = facts.classes;
        if (!classes.isEmpty()) {
            if (wholeStudy && facts.instances > 0) {
                nodeCount = facts.instances;
            } else {
                listing = std::async(std::launch::async, [node, study = request.studyInstanceUid, series = request.seriesInstanceUid,
                                                          timeouts = m_timeouts, cancel] {
                    return net::findInstances(node, study, series, timeouts, cancel);
                });
            }
            for (const QString &sopClass : classes)
                expected.push_back({QString(), QString(), sopClass, 0});  // classes only, for the contexts
        }
    }
    if (!web && request.method == RetrieveMethod::CMove && wholeStudy && !movesToThirdNode(node, request)) {
        // Strata's own receiver takes the study's instances (StorageScpConfig::expectedStudy).
        const detail::StudyFacts facts = detail::studyFacts(node, request.studyInstanceUid, m_timeouts, cancel);
        if (facts.instances > 0)
            nodeCount = facts.instances;
    }
    const bool searchFirst = classes.isEmpty() && nodeCount < 0 && (!web || request.onlyMissing);
    if (searchFirst) {
        auto found = web ? qidoInstances(node, request.studyInstanceUid, request.seriesInstanceUid, m_timeouts, kQidoPageSize, cancel)
                         : net::findInstances(node, request.studyInstanceUid, request.seriesInstanceUid, m_timeouts, cancel);
        if (!found.ok())
            return found.error();
        expected = std::move(found).value();
        if (request.seriesInstanceUid.isEmpty())
            studyList = expected;
        if (!request.sopInstanceUids.isEmpty()) {
            const QSet<QString> wanted(request.sopInstanceUids.begin(), request.sopInstanceUids.end());
            std::erase_if(expected, [&](const RemoteInstance &m) { return !wanted.contains(m.sopInstanceUid); });
        }
        if (expected.empty())
            return Error(ErrorCode::NotFound, node.label(), QCoreApplication::translate("strata::net", "the node holds nothing for %1").arg(scopeText(request)));
    }
    if (request.onlyMissing) {
        const QSet<QString> present = cachedInstances(dataDir, request.studyInstanceUid);
        const size_t before = expected.size();
        std::erase_if(expected, [&](const RemoteInstance &m) { return present.contains(m.sopInstanceUid); });
        alreadyCached = int(before - expected.size());
        if (expected.empty()) {   // nothing to fetch
            RetrieveReport report;
            report.method = request.method;
            report.alreadyCached = alreadyCached;
            report.seconds = timer.nsecsElapsed() / 1e9;
            return report;
        }
        request.sopInstanceUids.clear();
        for (const RemoteInstance &m : expected)
            request.sopInstanceUids << m.sopInstanceUid;
    }

    // What the node lists for the request, asked now (after a transfer whose counts disagreed).
    auto listNow = [&]() -> Result<std::vector<RemoteInstance>> {
        return web ? qidoInstances(node, request.studyInstanceUid, request.seriesInstanceUid, m_timeouts, kQidoPageSize, cancel)
                   : net::findInstances(node, request.studyInstanceUid, request.seriesInstanceUid, m_timeouts, cancel);
    };
    auto listingProblem = [](const Error &e) {
        return InstanceProblem{QString(), QCoreApplication::translate("strata::net", "what the node holds could not be listed, so nothing missing can be named: %1")
                                              .arg(e.message())};
    };

    if (web && request.onlyMissing && request.seriesInstanceUid.isEmpty()) {
        auto wado = wadoBySeries(node, request, expected, dataDir, m_timeouts, cancel, progress);
        if (wado.ok()) {
            wado.value().alreadyCached = alreadyCached;
            wado.value().checkedBy = RetrieveReport::Check::Listing;
            wado.value().seconds = timer.nsecsElapsed() / 1e9;
            markRetrievedStored(wado.value(), request, dataDir, studyList, cancel);
        }
        return wado;
    }
    if (web) {
        // The transfer's own QIDO-RS search, beside it, asks a whole study's count; where the node
        // gives none, it lists the whole study, and the check of what the node holds needs no
        // second search.
        auto wado = wadoRetrieve(node, request, dataDir, m_timeouts, cancel, progress, wholeStudy ? &studyList : nullptr,
                                 wholeStudy ? &nodeCount : nullptr);
        if (!wado.ok() || nodeCount < 0) {
            if (wado.ok()) {
                wado.value().alreadyCached = alreadyCached;
                markRetrievedStored(wado.value(), request, dataDir, studyList, cancel);
            }
            return wado;
        }
        RetrieveReport report = std::move(wado).value();
        if (!detail::settleByCount(report, nodeCount, dataDir, request.studyInstanceUid) && !cancel.isCancelled()) {
            auto listed = listNow();
            if (listed.ok()) {
                studyList = std::move(listed).value();
                report.checkedBy = RetrieveReport::Check::Listing;
                report.expected = int(studyList.size());
                report.missing << missingFrom(dataDir, request.studyInstanceUid, studyList);
                markRetrievedStored(report, request, dataDir, studyList, cancel);
            } else {
                report.expected = nodeCount;
                report.problems.push_back(listingProblem(listed.error()));
            }
        }
        report.seconds = timer.nsecsElapsed() / 1e9;
        return report;
    }

    auto dimse = retrieveByDimse(node, request, expected, dataDir, m_timeouts, cancel, progress);
    if (!dimse.ok())
        return dimse.error();
    RetrieveReport report = std::move(dimse).value();
    report.alreadyCached = alreadyCached;
    if (searchFirst)
        report.checkedBy = RetrieveReport::Check::Listing;
    bool settled = false;
    if (nodeCount > 0) {
        settled = detail::settleByCount(report, nodeCount, dataDir, request.studyInstanceUid);
        if (!settled && !cancel.isCancelled()) {
            listing = std::async(std::launch::deferred, listNow);   // the counts disagree: list now
        } else {
            expected.clear();
            report.expected = nodeCount;
        }
    }
    if (listing.valid()) {
        auto listed = listing.get();
        expected.clear();
        if (listed.ok()) {
            expected = std::move(listed).value();
            report.checkedBy = RetrieveReport::Check::Listing;
            if (request.seriesInstanceUid.isEmpty())
                studyList = expected;
            if (!classes.isEmpty())
                detail::fetchUnofferedClasses(node, m_timeouts, request, classes, expected, dataDir, cancel, progress, report);
        } else if (!cancel.isCancelled()) {
            report.problems.push_back(listingProblem(listed.error()));
        }
        report.expected = int(expected.size());
    }
    if (!movesToThirdNode(node, request))
        report.missing << missingFrom(dataDir, request.studyInstanceUid, expected);
    if (requested.method == RetrieveMethod::Auto && !report.cannotCome.isEmpty() && !cancel.isCancelled())
        fetchTheRestAnotherWay(request, expected, dataDir, cancel, progress, report);
    if (cancel.isCancelled()) {
        // Without a listing, what the cache holds of the study is what arrived (and was there).
        const int have = nodeCount > 0 && !settled ? int(cachedInstances(dataDir, request.studyInstanceUid).size())
                                                   : report.expected - int(report.missing.size());
        return Error(ErrorCode::Cancelled, node.label(), QCoreApplication::translate("strata::net", "retrieve cancelled after %1 of %2 instances").arg(have).arg(report.expected));
    }
    if (!movesToThirdNode(node, request) && !settled)
        markRetrievedStored(report, request, dataDir, studyList, cancel);
    report.seconds = timer.nsecsElapsed() / 1e9;
    return report;
}

void RemoteArchive::fetchTheRestAnotherWay(const RetrieveRequest &request, const std::vector<RemoteInstance> &listed, const QString &dataDir,
                                           const CancellationToken &cancel, const RetrieveProgressCallback &progress, RetrieveReport &report) const
{
    // What the method chosen for the node could not bring (a C-GET whose class the node took no
    // storage context for: Orthanc, for a class DCMTK does not list) comes by the node's other
    // way: WADO-RS where it has a DICOMweb address, else C-MOVE where the probe found one; series
    // by series (WADO-RS names an instance by its series).
    const Capabilities &c = m_node.capabilities;
    RetrieveMethod other;
    if (!m_node.dicomWebUrl.isEmpty() && (!c.probed || c.wadoRs))
        other = RetrieveMethod::WadoRs;
    else if (c.probed && c.cMove && request.method != RetrieveMethod::CMove)
        other = RetrieveMethod::CMove;
    else
        return;
    const QSet<QString> wanted(report.cannotCome.begin(), report.cannotCome.end());
    std::map<QString, QStringList> bySeries;
    for (const RemoteInstance &m : listed)
        if (wanted.contains(m.sopInstanceUid))
            bySeries[m.seriesInstanceUid] << m.sopInstanceUid;
    qCInfo(lcArchive) << m_node.label() << "could not send" << wanted.size() << "instance(s) of study" << request.studyInstanceUid << "by"
                      << methodName(request.method) << "; fetching them by" << methodName(other);
    for (const auto &[series, uids] : bySeries) {
        if (cancel.isCancelled())
            return;
        RetrieveRequest again = request;
        again.method = other;
        again.seriesInstanceUid = series;
        again.sopInstanceUids = uids;
        again.onlyMissing = false;
        auto more = retrieveUnaudited(again, dataDir, cancel, progress);
        if (!more.ok()) {
            report.problems.push_back({QString(), more.error().message()});
            continue;
        }
        absorb(report, more.value());
    }
    settleArrived(report, dataDir, request.studyInstanceUid);
}

void RemoteArchive::markRetrievedStored(const RetrieveReport &report, const RetrieveRequest &request, const QString &dataDir,
                                        const std::vector<RemoteInstance> &studyList, const CancellationToken &cancel) const
{
    if (!report.complete() || cancel.isCancelled())
        return;
    // The node's list of the whole study when the retrieve asked for it; else one more query.
    auto checked = studyList.empty() ? verifyStored(request.studyInstanceUid, dataDir, cancel)
                                     : markIfStored(dataDir, request.studyInstanceUid, studyList);
    if (!checked.ok())
        qCWarning(lcArchive) << "cannot check whether" << m_node.label() << "holds study" << request.studyInstanceUid << ":" << checked.error().message();
}

Result<StoredCheck> RemoteArchive::verifyStored(const QString &studyInstanceUid, const QString &dataDir, const CancellationToken &cancel) const
{
    auto listed = findInstances(studyInstanceUid, QString(), cancel);
    if (!listed.ok())
        return listed.error();
    return markIfStored(dataDir, studyInstanceUid, listed.value());
}

Result<CommitmentResult> RemoteArchive::commitStorage(const std::vector<CommitmentReference> &references, int timeoutMs,
                                                      const CancellationToken &cancel) const
{
    if (m_node.aeTitle.isEmpty() || m_node.host.isEmpty())
        return Error(ErrorCode::Unsupported, m_node.name, QCoreApplication::translate("strata::net", "storage commitment needs a DIMSE node"));
    auto transaction = requestStorageCommitment(m_node, m_timeouts, references);
    if (!transaction.ok())
        return transaction.error();
    auto report = takeCommitmentReport(transaction.value(), timeoutMs, cancel);
    if (!report)
        return Error(ErrorCode::IoError, m_node.label(),
                     QCoreApplication::translate("strata::net", "no storage commitment report within %1 s").arg(timeoutMs / 1000.0));
    return *report;
}

Result<std::vector<StoredCheck>> RemoteArchive::verifyStoredMany(const QStringList &studyInstanceUids, const QString &dataDir,
                                                                 const CancellationToken &cancel) const
{
    std::vector<StoredCheck> checks;
    if (queryProtocol() != Protocol::Dimse) {
        for (const QString &uid : studyInstanceUids) {
            auto check = verifyStored(uid, dataDir, cancel);
            if (!check.ok())
                return check.error();
            checks.push_back(check.value());
        }
        return checks;
    }
    auto listed = net::findInstancesOfStudies(m_node, studyInstanceUids, m_timeouts, cancel);
    if (!listed.ok())
        return listed.error();
    for (qsizetype i = 0; i < studyInstanceUids.size(); ++i) {
        auto check = markIfStored(dataDir, studyInstanceUids[i], listed.value()[size_t(i)]);
        if (!check.ok())
            return check.error();
        checks.push_back(check.value());
    }
    return checks;
}

Result<SendReport> RemoteArchive::send(const QStringList &files, SendMethod method, const CancellationToken &cancel,
                                       const SendProgressCallback &progress) const
{
    auto r = sendMethod(method) == SendMethod::StowRs ? stowInstances(m_node, files, m_timeouts, cancel, progress)
                                                       : sendFiles(m_node, files, m_timeouts, cancel, progress);
    // The object: the studies of what was sent, read from the files' headers by the send itself.
    QStringList studies;
    if (r.ok())
        for (const SentInstance &i : r.value().instances)
            if (!i.studyInstanceUid.isEmpty() && !studies.contains(i.studyInstanceUid))
                studies << i.studyInstanceUid;
    auditResult<SendReport>(m_node, QStringLiteral("send"), studies.isEmpty() ? QStringLiteral("%1 file(s)").arg(files.size()) : studies.join(QLatin1Char(' ')),
                            r, [](const SendReport &report) {
        return QStringLiteral("%1 sent, %2 warning(s), %3 failed%4").arg(report.succeeded).arg(report.warnings).arg(report.failed)
            .arg(report.cancelled ? QStringLiteral(", cancelled") : QString());
    });
    return r;
}

MultiFindResult RemoteArchive::findStudiesOnNodes(const std::vector<Node> &nodes, const StudyFindQuery &query, const Timeouts &timeouts,
                                                  const std::function<void(const QString &, const std::vector<RemoteStudy> &)> &onNodeResults,
                                                  const CancellationToken &cancel)
{
    std::vector<Result<std::vector<RemoteStudy>>> results(nodes.size(), Error(ErrorCode::IoError, QString(), QString()));
    std::vector<std::thread> threads;
    for (size_t i = 0; i < nodes.size(); ++i) {
        threads.emplace_back([&, i] {
            const Node &node = nodes[i];
            results[i] = RemoteArchive(node, timeouts).findStudies(query, cancel);
            if (results[i].ok() && onNodeResults)
                onNodeResults(node.name, results[i].value());
        });
    }
    for (std::thread &t : threads)
        t.join();

    MultiFindResult merged;
    std::map<QString, size_t> byUid;
    for (size_t i = 0; i < nodes.size(); ++i) {
        const QString name = nodes[i].name.isEmpty() ? nodes[i].label() : nodes[i].name;
        if (!results[i].ok()) {
            merged.failures.push_back({name, results[i].error()});
            continue;
        }
        for (const RemoteStudy &s : results[i].value()) {
            auto it = byUid.find(s.studyInstanceUid);
            if (it == byUid.end()) {
                byUid.emplace(s.studyInstanceUid, merged.studies.size());
                merged.studies.push_back({s, {name}});
            } else {
                merged.studies[it->second].nodes << name;
            }
        }
    }
    return merged;
}

Result<RetrieveReport> retrieve(const Node &node, const RetrieveRequest &request, const QString &dataDir, const Timeouts &timeouts,
                                const CancellationToken &cancel, const RetrieveProgressCallback &progress)
{
    return RemoteArchive(node, timeouts).retrieve(request, dataDir, cancel, progress);
}

RetrieveMethod chooseMethod(const Node &node, RetrieveMethod requested)
{
    return RemoteArchive(node).retrieveMethod(requested);
}

MultiFindResult findStudiesOnNodes(const std::vector<Node> &nodes, const StudyFindQuery &query, const Timeouts &timeouts,
                                   const std::function<void(const QString &, const std::vector<RemoteStudy> &)> &onNodeResults)
{
    return RemoteArchive::findStudiesOnNodes(nodes, query, timeouts, onNodeResults);
}

} // namespace strata::net
