#include <strata/store/NodeRepository.h>

#include <strata/store/StoreService.h>

#include "LocalCachePrivate.h"

#include <QDateTime>
#include <QCoreApplication>

namespace strata::store {

struct NodeRepository::Private {
    std::shared_ptr<StoreService> service;  // kept alive while this repository lives
    QString file;
    QString connection;
    QSqlDatabase db;

    Error sqlError(const QString &what, const QSqlError &e) const { return detail::indexError(file, what, e); }
};

namespace {

NodeRow rowFrom(const QSqlQuery &q)
{
    NodeRow n;
    n.name = q.value(QStringLiteral("name")).toString();
    n.aeTitle = q.value(QStringLiteral("ae_title")).toString();
    n.host = q.value(QStringLiteral("host")).toString();
    n.port = q.value(QStringLiteral("port")).toInt();
    n.callingAeTitle = q.value(QStringLiteral("calling_ae_title")).toString();
    n.tlsEnabled = q.value(QStringLiteral("tls_enabled")).toBool();
    n.tlsCertificate = q.value(QStringLiteral("tls_certificate")).toString();
    n.tlsPrivateKey = q.value(QStringLiteral("tls_private_key")).toString();
    n.tlsTrusted = q.value(QStringLiteral("tls_trusted")).toString();
    n.tlsVerifyPeer = q.value(QStringLiteral("tls_verify_peer")).toBool();
    n.tlsPinnedSha256 = q.value(QStringLiteral("tls_pinned_sha256")).toString();
    n.allowInsecureAuth = q.value(QStringLiteral("allow_insecure_auth")).toBool();
    n.dicomWebUrl = q.value(QStringLiteral("dicomweb_url")).toString();
    n.auth = q.value(QStringLiteral("auth")).toString();
    n.username = q.value(QStringLiteral("username")).toString();
    n.secretRef = q.value(QStringLiteral("secret_ref")).toString();
    n.capabilities = q.value(QStringLiteral("capabilities")).toByteArray();
    n.probedAt = q.value(QStringLiteral("probed_at")).toString();
    n.createdAt = q.value(QStringLiteral("created_at")).toString();
    n.updatedAt = q.value(QStringLiteral("updated_at")).toString();
    return n;
}

} // namespace

NodeRepository::NodeRepository() : d(std::make_unique<Private>()) {}

NodeRepository::~NodeRepository()
{
    if (d)
        detail::closeConnection(d->db, d->connection);
}

QString NodeRepository::indexFile() const { return d->file; }

Result<std::vector<NodeRow>> NodeRepository::list() const
{
    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("SELECT * FROM nodes ORDER BY name COLLATE NOCASE")))
        return d->sqlError(QCoreApplication::translate("strata::store", "listing nodes"), q.lastError());
    std::vector<NodeRow> rows;
    while (q.next())
        rows.push_back(rowFrom(q));
    return rows;
}

Result<std::optional<NodeRow>> NodeRepository::find(const QString &name) const
{
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT * FROM nodes WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return d->sqlError(QCoreApplication::translate("strata::store", "reading node '%1'").arg(name), q.lastError());
    if (!q.next())
        return std::optional<NodeRow>();
    return std::optional<NodeRow>(rowFrom(q));
}

Status NodeRepository::save(const NodeRow &row, const QString &replacing, const QString &what)
{
    const Status s = saveRow(row, replacing, what);
    audit(*d->service, {QStringLiteral("node-change"), row.name, s.ok() ? QStringLiteral("success") : QStringLiteral("failure"),
                        row.host.isEmpty() ? row.dicomWebUrl : QStringLiteral("%1@%2:%3").arg(row.aeTitle, row.host).arg(row.port),
                        replacing.isEmpty() ? QStringLiteral("added") : QStringLiteral("replaced '%1'").arg(replacing)});
    return s;
}

Status NodeRepository::saveRow(const NodeRow &row, const QString &replacing, const QString &what)
{
    return d->service->write([&](QSqlDatabase &db) -> Status {
        if (!db.transaction())
            return d->sqlError(what, db.lastError());
        QSqlQuery q(db);
        QString created = row.createdAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : row.createdAt;
        if (!replacing.isEmpty()) {
            QSqlQuery c(db);
            c.prepare(QStringLiteral("SELECT created_at FROM nodes WHERE name = ?"));
            c.addBindValue(replacing);
            if (c.exec() && c.next() && !c.value(0).toString().isEmpty())
                created = c.value(0).toString();
            q.prepare(QStringLiteral("DELETE FROM nodes WHERE name = ?"));
            q.addBindValue(replacing);
            if (!q.exec()) {
                const Error e = d->sqlError(what, q.lastError());
                db.rollback();
                return e;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO nodes(name, ae_title, host, port, calling_ae_title, tls_enabled, tls_certificate,"
                                 " tls_private_key, tls_trusted, tls_verify_peer, dicomweb_url, auth, username, secret_ref,"
                                 " capabilities, probed_at, created_at, updated_at, tls_pinned_sha256, allow_insecure_auth)"
                                 " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(row.name);
        q.addBindValue(row.aeTitle);
        q.addBindValue(row.host);
        q.addBindValue(row.port);
        q.addBindValue(row.callingAeTitle);
        q.addBindValue(row.tlsEnabled);
        q.addBindValue(row.tlsCertificate);
        q.addBindValue(row.tlsPrivateKey);
        q.addBindValue(row.tlsTrusted);
        q.addBindValue(row.tlsVerifyPeer);
        q.addBindValue(row.dicomWebUrl);
        q.addBindValue(row.auth);
        q.addBindValue(row.username);
        q.addBindValue(row.secretRef);
        q.addBindValue(QString::fromUtf8(row.capabilities));
        q.addBindValue(row.probedAt);
        q.addBindValue(created);
        q.addBindValue(row.updatedAt.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate) : row.updatedAt);
        q.addBindValue(row.tlsPinnedSha256.isNull() ? QStringLiteral("") : row.tlsPinnedSha256);  // never NULL
        q.addBindValue(row.allowInsecureAuth);
        if (!q.exec() || !db.commit()) {
            const Error e = d->sqlError(what, q.lastError());
            db.rollback();
            return e;
        }
        return {};
    });
}

Status NodeRepository::remove(const QString &name, const QString &what)
{
    bool removed = false;
    const Status s = d->service->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM nodes WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec())
            return d->sqlError(what, q.lastError());
        removed = q.numRowsAffected() > 0;
        return {};
    });
    if (removed || !s.ok())
        audit(*d->service, {QStringLiteral("node-change"), name, s.ok() ? QStringLiteral("success") : QStringLiteral("failure"),
                            {}, QStringLiteral("removed")});
    return s;
}

Result<bool> NodeRepository::updateCapabilities(const QString &name, const QByteArray &json, const QString &probedAt,
                                                const QString &what)
{
    bool updated = false;
    const Status s = d->service->write([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE nodes SET capabilities = ?, probed_at = ?, updated_at = ? WHERE name = ?"));
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(probedAt);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(name);
        if (!q.exec())
            return d->sqlError(what, q.lastError());
        updated = q.numRowsAffected() > 0;
        return {};
    });
    if (!s.ok())
        return s.error();
    return updated;
}

Result<std::unique_ptr<NodeRepository>> StoreService::nodes()
{
    std::unique_ptr<NodeRepository> repo(new NodeRepository);
    repo->d->service = shared_from_this();
    repo->d->file = indexFile();
    if (auto e = detail::openConnection(indexFile(), QStringLiteral("strata-nodes"), false, repo->d->db, repo->d->connection))
        return *e;
    return repo;
}

} // namespace strata::store
