#include <strata/net/NetJobs.h>

#include <strata/net/Interactive.h>

#include <strata/net/NodeRegistry.h>
#include <strata/net/RemoteArchive.h>
#include <strata/store/LocalCache.h>

#include <QCoreApplication>

namespace strata::net {

namespace {

/// A node of the registry with its secrets (keychain), read on the job's thread.
Result<Node> registeredNode(const QString &dataDir, const QString &name)
{
    auto registry = NodeRegistry::open(dataDir);
    if (!registry.ok())
        return registry.error();
    return registry.value()->get(name, true);
}

} // namespace

QueryJob::QueryJob(QString dataDir, QStringList nodeNames, StudyFindQuery query, Timeouts timeouts, QObject *parent)
    : Job(parent), m_dataDir(std::move(dataDir)), m_nodeNames(std::move(nodeNames)), m_query(std::move(query)), m_timeouts(timeouts)
{
    qRegisterMetaType<QList<strata::net::RemoteStudy>>();
}

Error QueryJob::execute()
{
    const InteractiveScope interactive;  // background sync yields meanwhile
    auto registry = NodeRegistry::open(m_dataDir);
    if (!registry.ok())
        return registry.error();
    std::vector<Node> nodes;
    for (const QString &name : m_nodeNames) {
        auto node = registry.value()->get(name, true);
        if (node.ok())
            nodes.push_back(node.value());
        else
            emit nodeFailed(name, node.error().message());
    }
    const CancellationToken cancel = token();
    const MultiFindResult result = RemoteArchive::findStudiesOnNodes(nodes, m_query, m_timeouts, [&](const QString &name, const std::vector<RemoteStudy> &studies) {
        if (!cancel.isCancelled())
            emit nodeAnswered(name, QList<RemoteStudy>(studies.begin(), studies.end()));
    }, cancel);
    for (const auto &[name, error] : result.failures)
        emit nodeFailed(name, error.message());
    if (cancel.isCancelled())
        return Error(ErrorCode::Cancelled, QStringLiteral("query"), QCoreApplication::translate("strata::net", "cancelled"));
    return {};
}

RetrieveJob::RetrieveJob(QString dataDir, QString nodeName, RetrieveRequest request, Timeouts timeouts, QObject *parent)
    : Job(parent), m_dataDir(std::move(dataDir)), m_nodeName(std::move(nodeName)), m_request(std::move(request)), m_timeouts(timeouts)
{
}

Error RetrieveJob::execute()
{
    const InteractiveScope interactive;  // background sync yields meanwhile
    auto registered = registeredNode(m_dataDir, m_nodeName);
    if (!registered.ok())
        return registered.error();
    const Node node = registered.value();
    auto report = RemoteArchive(node, m_timeouts).retrieve(m_request, m_dataDir, token(), [this](const RetrieveProgress &p) {
        reportProgress(Progress{p.received, p.expected, QCoreApplication::translate("strata::net", "%1 instances").arg(p.received)});
    });
    if (!report.ok())
        return report.error();
    m_report = report.value();
    if (!m_report.complete())
        return Error(ErrorCode::IoError, node.name,
                     QCoreApplication::translate("strata::net", "%1 of %2 instances arrived; %3 missing%4 (Retrieve again fetches just the missing ones)")
                         .arg(m_report.expected - m_report.missing.size())
                         .arg(m_report.expected)
                         .arg(m_report.missing.size())
                         .arg(m_report.problems.empty() ? QString() : QStringLiteral(": ") + m_report.problems.front().reason));
    return {};
}

SendJob::SendJob(QString dataDir, QString nodeName, QStringList studyUids, Timeouts timeouts, QObject *parent)
    : Job(parent), m_dataDir(std::move(dataDir)), m_nodeName(std::move(nodeName)), m_studyUids(std::move(studyUids)), m_timeouts(timeouts)
{
}

Error SendJob::execute()
{
    auto registered = registeredNode(m_dataDir, m_nodeName);
    if (!registered.ok())
        return registered.error();
    const Node node = registered.value();
    QStringList files;
    {
        auto cache = store::LocalCache::open(m_dataDir);
        if (!cache.ok())
            return cache.error();
        auto held = m_seriesUids.isEmpty() ? cache.value()->studyFiles(m_studyUids) : cache.value()->seriesFiles(m_seriesUids);
        if (!held.ok())
            return held.error();
        files = held.value();
    }
    const RemoteArchive archive(node, m_timeouts);
    auto sent = archive.send(files, SendMethod::Auto, token(), [this](const SendProgress &p) {
        reportProgress(Progress{p.done, p.total, QCoreApplication::translate("strata::net", "%1 of %2 instances").arg(p.done).arg(p.total)});
    });
    if (!sent.ok())
        return sent.error();
    m_report = sent.value();
    if (m_report.cancelled)
        return Error(ErrorCode::Cancelled, node.name, QCoreApplication::translate("strata::net", "cancelled after %1 of %2 instances").arg(m_report.succeeded + m_report.warnings).arg(files.size()));
    if (m_report.failed > 0)
        return Error(ErrorCode::IoError, node.name, QCoreApplication::translate("strata::net", "%1 of %2 instances failed; the first: %3")
                                                        .arg(m_report.failed)
                                                        .arg(files.size())
                                                        .arg([&] {
                                                            for (const SentInstance &s : m_report.instances)
                                                                if (!s.ok())
                                                                    return s.reason;
                                                            return QString();
                                                        }()));
    for (const QString &study : m_studyUids) {
        auto check = archive.verifyStored(study, m_dataDir, token());
        if (!check.ok()) {
            m_verification << QCoreApplication::translate("strata::net", "%1: not checked on the node (%2)").arg(study, check.error().reason);
            continue;
        }
        if (check.value().safe()) {
            ++m_storedRemotely;
            m_verification << QCoreApplication::translate("strata::net", "%1: the node holds all %2 instances").arg(study).arg(check.value().local);
        } else {
            m_verification << QCoreApplication::translate("strata::net", "%1: the node lists %2 of %3 instances").arg(study).arg(check.value().onNode).arg(check.value().local);
        }
    }
    return {};
}

} // namespace strata::net
