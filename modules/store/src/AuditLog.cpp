// The audit log: a hash chain in the index, its head anchored in a file beside it.
#include <strata/store/AuditLog.h>

#include <strata/store/StoreService.h>

#include "LocalCachePrivate.h"

#include <strata/core/Logging.h>
#include <strata/core/Paths.h>
#include <strata/core/Sha256.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QCoreApplication>

#include <atomic>
#include <cstdlib>
#include <optional>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace strata::store {
namespace {

constexpr const char kColumns[] = "id, time, user, action, object, outcome, peer, detail, previous_hash, hash";

QString timeText(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

AuditRecord recordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.user = q.value(2).toString();
    r.action = q.value(3).toString();
    r.object = q.value(4).toString();
    r.outcome = q.value(5).toString();
    r.peer = q.value(6).toString();
    r.detail = q.value(7).toString();
    r.previousHash = q.value(8).toString().toLatin1();
    r.hash = q.value(9).toString().toLatin1();
    return r;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    Sha256 h;
    h.add(bytes.constData(), bytes.size());
    return h.hex();
}

/// The anchor: how many records the log has and the last one's hash. While an append commits, it
/// also holds the head before it ("before"): a crash between the anchor and the commit then leaves
/// a log that ends either there (the record never committed) or at the new head, both whole.
struct Anchor {
    bool present = false;
    qint64 records = 0;
    QByteArray hash;
    std::optional<std::pair<qint64, QByteArray>> before;   ///< the head before an append not yet confirmed
};

Result<Anchor> readAnchor(const QString &file)
{
    Anchor a;
    QFile f(file);
    if (!f.exists())
        return a;
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, file, f.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::Malformed, file, QCoreApplication::translate("strata::store", "the audit anchor is not JSON: %1").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    a.present = true;
    a.records = o.value(QStringLiteral("records")).toInteger(-1);
    a.hash = o.value(QStringLiteral("hash")).toString().toLatin1();
    if (o.contains(QStringLiteral("beforeRecords")))
        a.before = std::make_pair(o.value(QStringLiteral("beforeRecords")).toInteger(-1), o.value(QStringLiteral("beforeHash")).toString().toLatin1());
    return a;
}

Status writeAnchor(const QString &file, qint64 records, const QByteArray &hash, const std::optional<std::pair<qint64, QByteArray>> &before = {})
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::IoError, file, f.errorString());
    QJsonObject o;
    o.insert(QStringLiteral("records"), records);
    o.insert(QStringLiteral("hash"), QString::fromLatin1(hash));
    if (before) {
        o.insert(QStringLiteral("beforeRecords"), before->first);
        o.insert(QStringLiteral("beforeHash"), QString::fromLatin1(before->second));
    }
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!f.commit())
        return Error(ErrorCode::IoError, file, f.errorString());
    return {};
}

/// Test hook: ends the process at a step of an append, as a power cut or kill -9 would
/// (STRATA_TEST_AUDIT_CRASH = "before-commit": the anchor written, the record not committed;
/// "after-commit": committed, the anchor not yet confirmed).
void crashPoint(const char *step)
{
    static const QByteArray where = qgetenv("STRATA_TEST_AUDIT_CRASH");
    if (!where.isEmpty() && where == step)
        std::_Exit(137);
}

} // namespace

AuditLog::AuditLog() : d(std::make_unique<Private>()) {}

AuditLog::~AuditLog()
{
    if (d)
        detail::closeConnection(d->db, d->connection);
}

QString AuditLog::anchorFile(const QString &dataDir) { return dataDir + QStringLiteral("/audit-anchor.json"); }

QByteArray AuditLog::genesisHash() { return QByteArray(64, '0'); }

QByteArray AuditLog::canonicalRecord(qint64 id, const QString &time, const QString &user, const QString &action,
                                     const QString &object, const QString &outcome, const QString &peer,
                                     const QString &detail, const QByteArray &previousHash)
{
    QByteArray out("strata-audit/1\n");
    auto field = [&out](const QByteArray &bytes) {
        out += QByteArray::number(bytes.size());
        out += ':';
        out += bytes;
        out += '\n';
    };
    field(QByteArray::number(id));
    for (const QString *s : {&time, &user, &action, &object, &outcome, &peer, &detail})
        field(s->toUtf8());
    field(previousHash);
    return out;
}

Result<AuditRecord> AuditLog::append(const AuditEvent &event)
{
    AuditRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.user = osUserName();
    r.action = event.action;
    r.object = event.object;
    r.outcome = event.outcome.isEmpty() ? QStringLiteral("success") : event.outcome;
    r.peer = event.peer;
    r.detail = event.detail;
    const QString anchor = anchorFile(d->dataDir);
    const Status s = writeIndex(*d, [&](LocalCache::Private &w) -> Status {
        QSqlQuery q(w.db);
        // IMMEDIATE: the last record is read and the next written under one write lock, and the
        // anchor is written while it is held, so appends of several processes stay one chain.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return w.sqlError(QCoreApplication::translate("strata::store", "appending to the audit log"), q.lastError());
        auto fail = [&](const Error &e) -> Status {
            QSqlQuery(w.db).exec(QStringLiteral("ROLLBACK"));
            return e;
        };
        if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
            return fail(w.sqlError(QCoreApplication::translate("strata::store", "reading the audit log's last record"), q.lastError()));
        r.id = 1;
        r.previousHash = genesisHash();
        if (q.next()) {
            r.id = q.value(0).toLongLong() + 1;
            r.previousHash = q.value(1).toString().toLatin1();
        }
        q.finish();
        const QString time = timeText(r.time);
        r.hash = sha256Hex(canonicalRecord(r.id, time, r.user, r.action, r.object, r.outcome, r.peer, r.detail, r.previousHash));
        q.prepare(QStringLiteral("INSERT INTO audit_log(%1) VALUES(?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kColumns)));
        q.addBindValue(r.id);
        // A null QString binds as NULL: the text columns take "" instead.
        for (const QString &v : {time, r.user, r.action, r.object, r.outcome, r.peer, r.detail,
                                 QString::fromLatin1(r.previousHash), QString::fromLatin1(r.hash)})
            q.addBindValue(v.isNull() ? QStringLiteral("") : v);
        if (!q.exec())
            return fail(w.sqlError(QCoreApplication::translate("strata::store", "appending to the audit log"), q.lastError()));
        auto previous = readAnchor(anchor);
        // First the new head with the old one beside it, then the commit, then the new head alone:
        // whichever step a crash ends, the log verifies (docs/security.md).
        const std::pair<qint64, QByteArray> before{r.id - 1, r.previousHash};
        if (Status a = writeAnchor(anchor, r.id, r.hash, before); !a.ok())
            return fail(a.error());
        crashPoint("before-commit");
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const Error e = w.sqlError(QCoreApplication::translate("strata::store", "appending to the audit log"), q.lastError());
            QSqlQuery(w.db).exec(QStringLiteral("ROLLBACK"));
            // The record is not there: the anchor goes back to what it said.
            if (previous.ok() && previous->present)
                (void)writeAnchor(anchor, previous->records, previous->hash);
            else
                QFile::remove(anchor);
            return e;
        }
        crashPoint("after-commit");
        // Committed: the anchor names the new head alone (a failure here leaves it with both, which
        // verifies as well; the next append writes it again).
        (void)writeAnchor(anchor, r.id, r.hash);
        return {};
    });
    if (!s.ok())
        return s.error();
    return r;
}

Result<std::vector<AuditRecord>> AuditLog::list(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.from.isValid()) {
        where << QStringLiteral("time >= ?");
        values << timeText(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("time < ?");
        values << timeText(filter.to);
    }
    const std::pair<const char *, QString> exact[] = {
        {"action", filter.action}, {"user", filter.user}, {"outcome", filter.outcome}};
    for (const auto &[column, value] : exact)
        if (!value.isEmpty()) {
            where << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            values << value;
        }
    if (!filter.object.isEmpty()) {
        where << QStringLiteral("instr(lower(object), lower(?)) > 0");
        values << filter.object;
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(kColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.last > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.last);
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return d->sqlError(QCoreApplication::translate("strata::store", "reading the audit log"), q.lastError());
    std::vector<AuditRecord> out;
    while (q.next())
        out.push_back(recordFrom(q));
    std::reverse(out.begin(), out.end());
    return out;
}

Result<AuditPatients> AuditLog::patientsOf(const std::vector<AuditRecord> &records) const
{
    QSet<QString> uids;
    for (const AuditRecord &r : records)
        for (const QString &part : r.object.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            uids.insert(part);
    AuditPatients out;
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT p.patient_id, p.name FROM studies s JOIN patients p ON p.id = s.patient_ref WHERE s.study_uid = ?"));
    for (const QString &uid : uids) {
        q.addBindValue(uid);
        if (!q.exec())
            return d->sqlError(QCoreApplication::translate("strata::store", "reading the audit log's patients"), q.lastError());
        if (q.next())
            out.insert(uid, {q.value(0).toString(), q.value(1).toString()});
        q.finish();
    }
    return out;
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification v;
    const QString anchor = anchorFile(d->dataDir);
    // Under the write lock, so that no append is half done (anchor written, row not committed).
    const Status s = writeIndex(*d, [&](LocalCache::Private &w) -> Status {
        QSqlQuery q(w.db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return w.sqlError(QCoreApplication::translate("strata::store", "verifying the audit log"), q.lastError());
        struct Rollback {
            QSqlDatabase &db;
            ~Rollback() { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); }
        } rollback{w.db};
        auto anchored = readAnchor(anchor);
        if (!anchored.ok())
            return anchored.error();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kColumns))))
            return w.sqlError(QCoreApplication::translate("strata::store", "reading the audit log"), q.lastError());
        qint64 expectedId = 1;
        QByteArray previous = genesisHash();
        auto bad = [&v](qint64 id, const QString &reason) {
            if (v.firstBad == 0) {
                v.firstBad = id;
                v.reason = reason;
            }
        };
        while (q.next() && v.firstBad == 0) {
            ++v.records;
            const qint64 id = q.value(0).toLongLong();
            const QByteArray storedPrevious = q.value(8).toString().toLatin1();
            const QByteArray stored = q.value(9).toString().toLatin1();
            if (id > expectedId) {
                bad(expectedId, id == expectedId + 1 ? QCoreApplication::translate("strata::store", "record %1 is missing (the log goes on at record %2)").arg(expectedId).arg(id)
                                                      : QCoreApplication::translate("strata::store", "records %1 to %2 are missing (the log goes on at record %3)")
                                                            .arg(expectedId).arg(id - 1).arg(id));
                break;
            }
            const QByteArray computed = sha256Hex(canonicalRecord(
                id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), storedPrevious));
            if (computed != stored)
                bad(id, QCoreApplication::translate("strata::store", "record %1 was changed: its fields do not give its hash").arg(id));
            else if (storedPrevious != previous)
                bad(id, id == 1 ? QCoreApplication::translate("strata::store", "record 1 does not start the chain")
                                : QCoreApplication::translate("strata::store", "record %1 does not follow record %2: the chain was rewritten from record %2 on")
                                      .arg(id).arg(id - 1));
            previous = stored;
            ++expectedId;
        }
        v.records = 0;
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next())
            v.records = q.value(0).toLongLong();
        Anchor a = anchored.value();
        const qint64 last = expectedId - 1;  // the chain is whole from 1 to here
        // An append that ended before its commit (a crash): the log ends at the head before it.
        if (a.present && a.before && last == a.before->first && (last == 0 || a.before->second == previous) && v.firstBad == 0) {
            v.note = QCoreApplication::translate("strata::store", "the last append (record %1) was interrupted before it was committed: the log ends at record %2, as it did before it")
                         .arg(a.records).arg(last);
            a.records = a.before->first;
            a.hash = a.before->second;
        }
        v.anchored = a.present ? a.records : 0;
        if (v.firstBad != 0)
            return {};
        if (!a.present) {
            if (last > 0)
                bad(1, QCoreApplication::translate("strata::store", "the anchor %1 is missing, so the log's end cannot be checked").arg(anchor));
        } else if (a.records > last) {
            bad(last + 1, last + 1 == a.records
                              ? QCoreApplication::translate("strata::store", "record %1 is missing: the log ends at record %2 but its anchor says %1").arg(a.records).arg(last)
                              : QCoreApplication::translate("strata::store", "records %1 to %2 are missing: the log ends at record %3 but its anchor says %2")
                                    .arg(last + 1).arg(a.records).arg(last));
        } else if (a.records < last) {
            bad(a.records + 1, QCoreApplication::translate("strata::store", "record %1 and after are not anchored: the anchor says the log ends at record %2")
                                   .arg(a.records + 1).arg(a.records));
        } else if (last > 0 && a.hash != previous) {
            bad(last, QCoreApplication::translate("strata::store", "record %1 is not the one anchored: the chain was rewritten").arg(last));
        }
        v.ok = v.firstBad == 0;
        return {};
    });
    if (!s.ok())
        return s.error();
    return v;
}

QString osUserName()
{
#if defined(Q_OS_UNIX)
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *name : {"USER", "USERNAME", "LOGNAME"})
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
    return QStringLiteral("unknown");
}

namespace {
std::atomic<bool> g_defaultAuditLog{false};
}

void setDefaultAuditLog(bool on) { g_defaultAuditLog = on; }

void audit(const AuditEvent &event, const QString &dataDirIn)
{
    if (dataDirIn.isEmpty() && !g_defaultAuditLog)
        return;
    const QString dataDir = dataDirIn.isEmpty() ? paths::dataDir() : dataDirIn;
    auto service = StoreService::open(dataDir);
    if (!service.ok()) {
        qCWarning(lcCore) << "audit record not written:" << event.action << event.object << service.error().message();
        return;
    }
    audit(*service.value(), event);
}

void audit(StoreService &service, const AuditEvent &event)
{
    auto log = service.auditLog();
    if (!log.ok()) {
        qCWarning(lcCore) << "audit record not written:" << event.action << event.object << log.error().message();
        return;
    }
    if (auto r = log.value()->append(event); !r.ok())
        qCWarning(lcCore) << "audit record not written:" << event.action << event.object << r.error().message();
}

} // namespace strata::store
