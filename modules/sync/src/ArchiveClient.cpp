#include <strata/sync/ArchiveClient.h>

namespace strata::sync {

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
