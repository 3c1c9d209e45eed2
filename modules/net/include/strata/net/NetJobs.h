#pragma once
/// Network work as background jobs for the GUI, through RemoteArchive: a query over several
/// registered nodes whose answers arrive node by node, a retrieve with per-instance progress, and
/// a send of cached studies to one node.
/// Nodes are read from the registry (secrets from the keychain) on the job's thread, never on the
/// GUI thread.
#include <strata/core/Job.h>
#include <strata/net/RemoteTypes.h>
#include <strata/net/Node.h>

#include <QList>
#include <QStringList>

namespace strata::net {

class QueryJob : public Job {
    Q_OBJECT
public:
    QueryJob(QString dataDir, QStringList nodeNames, StudyFindQuery query, Timeouts timeouts = {}, QObject *parent = nullptr);

signals:
    /// One node's studies (queued to the receiver as each node answers).
    void nodeAnswered(const QString &nodeName, const QList<strata::net::RemoteStudy> &studies);
    void nodeFailed(const QString &nodeName, const QString &message);

protected:
    Error execute() override;

private:
    QString m_dataDir;
    QStringList m_nodeNames;
    StudyFindQuery m_query;
    Timeouts m_timeouts;
};

class RetrieveJob : public Job {
    Q_OBJECT
public:
    RetrieveJob(QString dataDir, QString nodeName, RetrieveRequest request, Timeouts timeouts = {}, QObject *parent = nullptr);
    /// Valid after finished().
    const RetrieveReport &report() const { return m_report; }
    QString studyInstanceUid() const { return m_request.studyInstanceUid; }

protected:
    Error execute() override;

private:
    QString m_dataDir;
    QString m_nodeName;
    RetrieveRequest m_request;
    Timeouts m_timeouts;
    RetrieveReport m_report;
};

/// Sends studies of the local cache, or some of their series, to one registered node (C-STORE, or
/// STOW-RS for a web-only node), instance by instance with progress, then checks each study on the
/// node (RemoteArchive::verifyStored) so that the ones it holds whole count as stored remotely.
class SendJob : public Job {
    Q_OBJECT
public:
    SendJob(QString dataDir, QString nodeName, QStringList studyUids, Timeouts timeouts = {}, QObject *parent = nullptr);
    QString nodeName() const { return m_nodeName; }
    /// Sends only these series (of the job's studies) instead of the studies whole. Before start().
    void limitToSeries(QStringList seriesUids) { m_seriesUids = std::move(seriesUids); }
    /// Valid after finished() (and after failed() for what was sent before the failure).
    const SendReport &report() const { return m_report; }
    /// One line per study: whether the node holds it whole now (empty when nothing was checked).
    const QStringList &verification() const { return m_verification; }
    /// Studies the node now holds whole (marked as stored remotely).
    int studiesStoredRemotely() const { return m_storedRemotely; }

protected:
    Error execute() override;

private:
    QString m_dataDir;
    QString m_nodeName;
    QStringList m_studyUids;
    QStringList m_seriesUids;
    Timeouts m_timeouts;
    SendReport m_report;
    QStringList m_verification;
    int m_storedRemotely = 0;
};

} // namespace strata::net

Q_DECLARE_METATYPE(strata::net::RemoteStudy)
