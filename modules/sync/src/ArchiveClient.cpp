#include <strata/sync/ArchiveClient.h>

#include <QCoreApplication>

namespace strata::sync {

Result<net::CommitmentResult> ArchiveClient::commit(const std::vector<net::CommitmentReference> &, int, const CancellationToken &)
{
    return Error(ErrorCode::Unsupported, QString(), QCoreApplication::translate("strata::sync::SyncEngine", "storage commitment is not available here"));
}

Result<std::vector<net::RemoteStudy>> ArchiveClient::findStudies(const net::StudyFindQuery &, const CancellationToken &)
{
    return Error(ErrorCode::Unsupported, QString(), QCoreApplication::translate("strata::sync::SyncEngine", "this archive cannot be queried"));
}

Result<net::RetrieveReport> ArchiveClient::retrieve(const net::RetrieveRequest &, const QString &, const CancellationToken &)
{
    return Error(ErrorCode::Unsupported, QString(), QCoreApplication::translate("strata::sync::SyncEngine", "nothing can be retrieved from this archive"));
}

Result<std::vector<net::StoredCheck>> ArchiveClient::verifyStoredMany(const QStringList &studyInstanceUids, const QString &dataDir,
                                                                      const CancellationToken &cancel)
{
    std::vector<net::StoredCheck> checks;
    for (const QString &uid : studyInstanceUids) {
        auto check = verifyStored(uid, dataDir, cancel);
        if (!check.ok())
            return check.error();
        checks.push_back(check.value());
    }
    return checks;
}

namespace {
class RemoteArchiveClient final : public ArchiveClient {
public:
    RemoteArchiveClient(net::Node node, net::Timeouts timeouts) : m_archive(std::move(node), timeouts) {}
    Result<net::SendReport> send(const QStringList &files, const CancellationToken &cancel) override
    {
        return m_archive.send(files, net::SendMethod::Auto, cancel);
    }
    Result<net::StoredCheck> verifyStored(const QString &studyUid, const QString &dataDir, const CancellationToken &cancel) override
    {
        return m_archive.verifyStored(studyUid, dataDir, cancel);
    }
    Result<std::vector<net::StoredCheck>> verifyStoredMany(const QStringList &studyUids, const QString &dataDir,
                                                           const CancellationToken &cancel) override
    {
        return m_archive.verifyStoredMany(studyUids, dataDir, cancel);
    }
    Result<net::CommitmentResult> commit(const std::vector<net::CommitmentReference> &references, int timeoutMs,
                                         const CancellationToken &cancel) override
    {
        return m_archive.commitStorage(references, timeoutMs, cancel);
    }
    Result<std::vector<net::RemoteStudy>> findStudies(const net::StudyFindQuery &query, const CancellationToken &cancel) override
    {
        return m_archive.findStudies(query, cancel);
    }
    Result<net::RetrieveReport> retrieve(const net::RetrieveRequest &request, const QString &dataDir, const CancellationToken &cancel) override
    {
        return m_archive.retrieve(request, dataDir, cancel);
    }

private:
    net::RemoteArchive m_archive;
};
} // namespace

ArchiveClientFactory remoteArchiveClients(net::Timeouts timeouts)
{
    return [timeouts](const net::Node &node) -> std::unique_ptr<ArchiveClient> {
        return std::make_unique<RemoteArchiveClient>(node, timeouts);
    };
}

} // namespace strata::sync
