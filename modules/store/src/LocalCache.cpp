#include <strata/store/LocalCache.h>

#include "LocalCachePrivate.h"
#include "Schema.h"

#include <strata/core/Logging.h>
#include <strata/core/Sha256.h>

#include <strata/core/WorkPool.h>
#include <QAtomicInteger>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlRecord>
#include <QMutex>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <csignal>
#include <cerrno>
#include <unistd.h>

namespace strata::store {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == qint64(::getpid()))
        return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

qint64 newImportOwner()
{
    static QAtomicInteger<quint32> counter;
    return (qint64(::getpid()) << 32) | qint64(++counter);
}

namespace {

QAtomicInteger<quint64> g_connectionCounter;

/// A write transaction that takes the lock at once (other writers wait, or are waited for).
class WriteLock {
public:
    explicit WriteLock(LocalCache::Private &d) : m_q(d.db) { m_ok = m_q.exec(QStringLiteral("BEGIN IMMEDIATE")); }
    ~WriteLock()
    {
        if (m_ok && !m_done)
            m_q.exec(QStringLiteral("ROLLBACK"));
    }
    bool ok() const { return m_ok; }
    QSqlError error() const { return m_q.lastError(); }
    bool commit()
    {
        m_done = true;
        if (m_q.exec(QStringLiteral("COMMIT")))
            return true;
        m_q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    QSqlQuery m_q;
    bool m_ok = false;
    bool m_done = false;
};

/// Whether an instance references `file` or a live importer other than `exceptOwner` has it pending.
Result<bool> fileInUse(LocalCache::Private &d, const QString &file, qint64 exceptOwner)
{
    QSqlQuery q(d.db);
    q.prepare(QStringLiteral("SELECT 1 FROM instances WHERE file = ? LIMIT 1"));
    q.addBindValue(file);
    if (!q.exec())
        return d.sqlError(QStringLiteral("checking a stored file"), q.lastError());
    if (q.next())
        return true;
    q.prepare(QStringLiteral("SELECT DISTINCT owner FROM pending_files WHERE file = ? AND owner <> ?"));
    q.addBindValue(file);
    q.addBindValue(exceptOwner);
    if (!q.exec())
        return d.sqlError(QStringLiteral("checking a stored file"), q.lastError());
    while (q.next())
        if (processAlive(ownerProcess(q.value(0).toLongLong())))
            return true;
    return false;
}

} // namespace

Result<int> rollBackPending(LocalCache::Private &d, qint64 owner)
{
    WriteLock lock(d);
    if (!lock.ok())
        return d.sqlError(QStringLiteral("rolling back pending files"), lock.error());
    QSqlQuery q(d.db);
    q.prepare(QStringLiteral("SELECT DISTINCT file FROM pending_files WHERE owner = ?"));
    q.addBindValue(owner);
    if (!q.exec())
        return d.sqlError(QStringLiteral("reading pending files"), q.lastError());
    QStringList files;
    while (q.next())
        files << q.value(0).toString();
    int removed = 0;
    for (const QString &file : files) {
        auto inUse = fileInUse(d, file, owner);
        if (!inUse.ok())
            return inUse.error();
        if (!inUse.value() && QFile::remove(d.absolute(file)))
            ++removed;
    }
    q.prepare(QStringLiteral("DELETE FROM pending_files WHERE owner = ?"));
    q.addBindValue(owner);
    if (!q.exec() || !lock.commit())
        return d.sqlError(QStringLiteral("clearing pending files"), q.lastError());
    return removed;
}

Result<int> finishPendingDeletes(LocalCache::Private &d, QStringList *failed)
{
    WriteLock lock(d);
    if (!lock.ok())
        return d.sqlError(QStringLiteral("finishing deletions"), lock.error());
    QSqlQuery q(d.db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT file FROM pending_deletes")))
        return d.sqlError(QStringLiteral("reading pending deletions"), q.lastError());
    QStringList files;
    while (q.next())
        files << q.value(0).toString();
    int removed = 0;
    QStringList kept;
    for (const QString &file : files) {
        auto inUse = fileInUse(d, file, 0);
        if (!inUse.ok())
            return inUse.error();
        const QString path = d.absolute(file);
        if (inUse.value() || !QFile::exists(path))
            continue;
        if (QFile::remove(path)) {
            ++removed;
        } else {
            if (failed)
                *failed << path;
            kept << file;  // tried again at the next open
        }
    }
    if (!q.exec(QStringLiteral("DELETE FROM pending_deletes")))
        return d.sqlError(QStringLiteral("clearing pending deletions"), q.lastError());
    q.prepare(QStringLiteral("INSERT INTO pending_deletes(file) VALUES(?)"));
    for (const QString &file : kept) {
        q.addBindValue(file);
        if (!q.exec())
            return d.sqlError(QStringLiteral("keeping pending deletions"), q.lastError());
    }
    if (!lock.commit())
        return d.sqlError(QStringLiteral("clearing pending deletions"), d.db.lastError());
    return removed;
}

namespace {

Status migrate(LocalCache::Private &d)
{
    QSqlQuery q(d.db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)")))
        return d.sqlError(QStringLiteral("creating schema_version"), q.lastError());
    int version = 0;
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
        version = q.value(0).toInt();
    for (const detail::Migration &m : detail::kMigrations) {
        if (m.version <= version)
            continue;
        // IMMEDIATE: take the write lock now (waiting for other writers), not at the first write.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return d.sqlError(QStringLiteral("starting migration"), q.lastError());
        // Another process may have migrated while this one waited.
        if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next() && q.value(0).toInt() >= m.version) {
            q.exec(QStringLiteral("COMMIT"));
            version = q.value(0).toInt();
            continue;
        }
        for (const char *const *s = m.statements; *s; ++s) {
            if (!q.exec(QString::fromLatin1(*s))) {
                const Error e = d.sqlError(QStringLiteral("migrating to schema %1").arg(m.version), q.lastError());
                q.exec(QStringLiteral("ROLLBACK"));
                return e;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version(version) VALUES(?)"));
        q.addBindValue(m.version);
        if (!q.exec() || !q.exec(QStringLiteral("COMMIT"))) {
            const Error e = d.sqlError(QStringLiteral("recording schema %1").arg(m.version), q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return e;
        }
        version = m.version;
    }
    d.version = version;
    return {};
}

/// Finishes or rolls back what an interrupted import or deletion left behind.
Status recover(LocalCache::Private &d)
{
    // Temporary copies never reached the store.
    QDirIterator tmp(d.tempDir(), QDir::Files);
    while (tmp.hasNext()) {
        const QString f = tmp.next();
        // A live importer in another process may be writing it: temp names carry the writer's pid.
        const qint64 pid = QFileInfo(f).fileName().section(QLatin1Char('-'), 0, 0).toLongLong();
        if (!processAlive(pid) && QFile::remove(f))
            ++d.recovery.tempFilesRemoved;
    }
    // Extraction folders of zip imports whose process died ("zip-<pid>-XXXXXX").
    for (const QFileInfo &dir : QDir(d.tempDir()).entryInfoList({QStringLiteral("zip-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const qint64 pid = dir.fileName().section(QLatin1Char('-'), 1, 1).toLongLong();
        if (!processAlive(pid) && QDir(dir.absoluteFilePath()).removeRecursively())
            ++d.recovery.tempFilesRemoved;
    }
    QSqlQuery q(d.db);
    // Files of batches whose importer died before indexing them; a file that a live importer
    // also has pending (it found it in the store and re-uses it) stays.
    if (!q.exec(QStringLiteral("SELECT DISTINCT owner FROM pending_files")))
        return d.sqlError(QStringLiteral("reading pending files"), q.lastError());
    QList<qint64> deadOwners;
    while (q.next())
        if (!processAlive(ownerProcess(q.value(0).toLongLong())))
            deadOwners << q.value(0).toLongLong();
    for (qint64 owner : deadOwners) {
        auto removed = rollBackPending(d, owner);
        if (!removed.ok())
            return removed.error();
        d.recovery.orphanFilesRemoved += removed.value();
    }
    // Deletions whose files were not all removed.
    auto finished = finishPendingDeletes(d);
    if (!finished.ok())
        return finished.error();
    d.recovery.pendingDeletesFinished += finished.value();
    if (d.recovery.orphanFilesRemoved || d.recovery.pendingDeletesFinished || d.recovery.tempFilesRemoved)
        qCInfo(lcCore) << "cache recovery:" << d.recovery.orphanFilesRemoved << "orphan file(s),"
                       << d.recovery.pendingDeletesFinished << "pending deletion(s),"
                       << d.recovery.tempFilesRemoved << "temporary file(s)";
    return {};
}

StudyRecord studyFrom(const QSqlQuery &q)
{
    StudyRecord s;
    s.id = q.value(QStringLiteral("id")).toLongLong();
    s.studyInstanceUid = q.value(QStringLiteral("study_uid")).toString();
    s.patientName = q.value(QStringLiteral("name")).toString();
    s.patientNameDisplay = q.value(QStringLiteral("name_display")).toString();
    s.patientId = q.value(QStringLiteral("patient_id")).toString();
    s.patientBirthDate = q.value(QStringLiteral("birth_date")).toString();
    s.patientSex = q.value(QStringLiteral("sex")).toString();
    s.studyDate = q.value(QStringLiteral("study_date")).toString();
    s.studyTime = q.value(QStringLiteral("study_time")).toString();
    s.accessionNumber = q.value(QStringLiteral("accession")).toString();
    s.studyDescription = q.value(QStringLiteral("description")).toString();
    s.referringPhysician = q.value(QStringLiteral("referring")).toString();
    s.modalities = q.value(QStringLiteral("modalities")).toString();
    s.seriesCount = q.value(QStringLiteral("series_count")).toInt();
    s.instanceCount = q.value(QStringLiteral("instance_count")).toInt();
    s.sizeBytes = q.value(QStringLiteral("size_bytes")).toLongLong();
    s.importedAt = QDateTime::fromString(q.value(QStringLiteral("imported_at")).toString(), Qt::ISODateWithMs);
    s.lastAccess = QDateTime::fromString(q.value(QStringLiteral("last_access")).toString(), Qt::ISODateWithMs);
    s.remoteStored = q.value(QStringLiteral("remote_stored")).toInt() != 0;
    s.readingStatus = ReadingStatus(std::clamp(q.value(QStringLiteral("reading_status")).toInt(), 0, 2));
    s.priority = Priority(std::clamp(q.value(QStringLiteral("priority")).toInt(), 0, 2));
    return s;
}

const char *kStudyColumns =
    "s.id, s.study_uid, p.name, p.name_display, p.patient_id, p.birth_date, p.sex, s.study_date, s.study_time,"
    " s.accession, s.description, s.referring, s.modalities, s.series_count, s.instance_count, s.size_bytes,"
    " s.imported_at, s.last_access, s.remote_stored, s.reading_status, s.priority";

/// DICOM wildcards to a LIKE pattern (escape '\'); returns whether the value had wildcards.
QString likePattern(const QString &value, bool *hadWildcard)
{
    QString out;
    *hadWildcard = false;
    for (QChar c : value) {
        if (c == QLatin1Char('*')) {
            out += QLatin1Char('%');
            *hadWildcard = true;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('_');
            *hadWildcard = true;
        } else if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

InstanceRecord instanceFrom(const LocalCache::Private &d, const QSqlQuery &q)
{
    InstanceRecord r;
    r.id = q.value(0).toLongLong();
    r.sopInstanceUid = q.value(1).toString();
    r.seriesInstanceUid = q.value(2).toString();
    r.sopClassUid = q.value(3).toString();
    r.instanceNumber = q.value(4).toInt();
    r.transferSyntaxUid = q.value(5).toString();
    r.sha256 = q.value(6).toString().toLatin1();
    r.sizeBytes = q.value(7).toLongLong();
    r.filePath = d.absolute(q.value(8).toString());
    r.source = q.value(9).toString();
    r.importedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    r.frames = q.value(11).toInt();
    return r;
}

const char *kInstanceColumns =
    "i.id, i.sop_uid, se.series_uid, i.sop_class, i.instance_number, i.transfer_syntax, i.sha256, i.size_bytes,"
    " i.file, i.source, i.imported_at, i.frames";

} // namespace

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c == QLatin1Char('^') || c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c.toCaseFolded();
    }
    return out;
}

LocalCache::LocalCache() : m_d(std::make_unique<Private>()) {}

LocalCache::~LocalCache()
{
    if (!m_d)
        return;
    const QString name = m_d->connection;
    m_d->db.close();
    m_d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<LocalCache>> LocalCache::open(const QString &dataDirIn)
{
    const QString dataDir = QDir(dataDirIn).absolutePath();
    std::unique_ptr<LocalCache> cache(new LocalCache);
    Private &d = *cache->m_d;
    d.dataDir = dataDir;
    if (!QDir().mkpath(d.tempDir()))
        return Error(ErrorCode::IoError, dataDir, QStringLiteral("cannot create the cache folder"));
    d.connection = QStringLiteral("strata-cache-%1").arg(++g_connectionCounter);
    d.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.connection);
    d.db.setDatabaseName(dataDir + QStringLiteral("/index.sqlite"));
    d.db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!d.db.open())
        return d.sqlError(QStringLiteral("cannot open the index"), d.db.lastError());
    // Opening, migrating and recovering happen one at a time in this process; other processes are
    // waited for (busy timeout, and a few retries for the one statement SQLite does not wait on).
    static QMutex openMutex;
    QMutexLocker lock(&openMutex);
    QSqlQuery q(d.db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32000"}) {
        bool done = q.exec(QString::fromLatin1(pragma));
        for (int attempt = 0; !done && attempt < 100 && q.lastError().text().contains(QLatin1String("locked")); ++attempt) {
            QThread::msleep(50);
            done = q.exec(QString::fromLatin1(pragma));
        }
        if (!done)
            return d.sqlError(QString::fromLatin1(pragma), q.lastError());
    }
    if (Status s = migrate(d); !s.ok())
        return s.error();
    if (Status s = recover(d); !s.ok())
        return s.error();
    return cache;
}

QString LocalCache::dataDir() const { return m_d->dataDir; }
QString LocalCache::storeDir() const { return m_d->storeDir(); }
int LocalCache::schemaVersion() const { return m_d->version; }
QString LocalCache::indexFile() const { return m_d->dataDir + QStringLiteral("/index.sqlite"); }
const RecoveryReport &LocalCache::recovery() const { return m_d->recovery; }

Result<StudyPage> LocalCache::searchStudies(const StudyQuery &query) const
{
    QStringList where;
    QVariantList binds;
    bool wild = false;
    if (!query.patientName.trimmed().isEmpty()) {
        const QString pattern = likePattern(foldForSearch(query.patientName), &wild);
        if (wild) {
            where << QStringLiteral("p.name_fold LIKE ? ESCAPE '\\'");
            binds << pattern;
        } else {
            // Prefix of any name component: "smi" finds "Smith^John" and "Jones^Smita".
            where << QStringLiteral("(' ' || p.name_fold) LIKE ? ESCAPE '\\'");
            binds << QStringLiteral("% ") + pattern + QLatin1Char('%');
        }
    }
    auto exactOrWild = [&](const QString &value, const char *column) {
        if (value.trimmed().isEmpty())
            return;
        const QString pattern = likePattern(value.trimmed(), &wild);
        if (wild) {
            where << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            binds << pattern;
        } else {
            where << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            binds << value.trimmed();
        }
    };
    exactOrWild(query.patientId, "p.patient_id");
    exactOrWild(query.accessionNumber, "s.accession");
    if (!query.studyDescription.trimmed().isEmpty()) {
        const QString pattern = likePattern(foldForSearch(query.studyDescription), &wild);
        where << QStringLiteral("s.description_fold LIKE ? ESCAPE '\\'");
        binds << (wild ? pattern : QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    if (!query.modality.trimmed().isEmpty()) {
        where << QStringLiteral("('\\' || s.modalities || '\\') LIKE ? ESCAPE '!'");
        binds << QStringLiteral("%\\") + query.modality.trimmed().toUpper() + QStringLiteral("\\%");
    }
    if (query.from.isValid()) {
        where << QStringLiteral("s.study_date >= ?");
        binds << query.from.toString(QStringLiteral("yyyyMMdd"));
    }
    if (query.to.isValid()) {
        where << QStringLiteral("s.study_date <= ?");
        binds << query.to.toString(QStringLiteral("yyyyMMdd"));
    }
    // Sets of small integers: written into the SQL (they are enum values, never user text).
    auto inSet = [&](const char *column, const auto &values) {
        if (values.empty())
            return;
        QStringList list;
        for (auto v : values)
            list << QString::number(int(v));
        where << QStringLiteral("%1 IN (%2)").arg(QLatin1String(column), list.join(QLatin1Char(',')));
    };
    inSet("s.reading_status", query.readingStatuses);
    inSet("s.priority", query.priorities);
    const QString whereSql = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QString order;
    switch (query.sort) {
    case StudyQuery::Sort::StudyDate: order = QStringLiteral("s.study_date %1, s.study_time %1"); break;
    case StudyQuery::Sort::PatientName: order = QStringLiteral("p.name_fold %1"); break;
    case StudyQuery::Sort::PatientId: order = QStringLiteral("p.patient_id %1"); break;
    case StudyQuery::Sort::Accession: order = QStringLiteral("s.accession %1"); break;
    case StudyQuery::Sort::Description: order = QStringLiteral("s.description_fold %1"); break;
    case StudyQuery::Sort::Modalities: order = QStringLiteral("s.modalities %1"); break;
    case StudyQuery::Sort::Instances: order = QStringLiteral("s.instance_count %1"); break;
    case StudyQuery::Sort::Imported: order = QStringLiteral("s.imported_at %1"); break;
    case StudyQuery::Sort::Priority: order = QStringLiteral("s.priority %1, s.study_date DESC, s.study_time DESC"); break;
    case StudyQuery::Sort::ReadingStatus: order = QStringLiteral("s.reading_status %1, s.study_date DESC, s.study_time DESC"); break;
    }
    order = order.arg(query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC")) + QStringLiteral(", s.id");

    // With a patient filter or sort, walk from the (few) matching patients to their studies: SQLite
    // would otherwise walk every study in date order and test each one's patient (a rare name cost
    // 20 ms at 20,000 studies, a page sorted by name 35 ms; 1–5 ms this way, see docs/performance.md).
    const bool patientFirst = !query.patientName.trimmed().isEmpty() || !query.patientId.trimmed().isEmpty()
                              || query.sort == StudyQuery::Sort::PatientName || query.sort == StudyQuery::Sort::PatientId;
    const QString from = patientFirst ? QStringLiteral(" FROM patients p CROSS JOIN studies s ON s.patient_ref = p.id")
                                      : QStringLiteral(" FROM studies s JOIN patients p ON p.id = s.patient_ref");
    // Every study has exactly one patient (NOT NULL foreign key): without a patient filter the
    // count needs no join.
    const bool patientFilter = !query.patientName.trimmed().isEmpty() || !query.patientId.trimmed().isEmpty();
    StudyPage page;
    QSqlQuery count(m_d->db);
    count.prepare(QStringLiteral("SELECT COUNT(*)") + (patientFilter ? from : QStringLiteral(" FROM studies s")) + whereSql);
    for (const QVariant &b : binds)
        count.addBindValue(b);
    if (!count.exec() || !count.next())
        return m_d->sqlError(QStringLiteral("counting studies"), count.lastError());
    page.total = count.value(0).toInt();

    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2%3 ORDER BY %4 LIMIT ? OFFSET ?").arg(QLatin1String(kStudyColumns), from, whereSql, order));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(std::max(0, query.limit));
    q.addBindValue(std::max(0, query.offset));
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("searching studies"), q.lastError());
    while (q.next())
        page.studies.push_back(studyFrom(q));
    return page;
}

Result<StudyRecord> LocalCache::study(const QString &uid) const
{
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("SELECT %1 FROM studies s JOIN patients p ON p.id = s.patient_ref WHERE s.study_uid = ?")
                  .arg(QLatin1String(kStudyColumns)));
    q.addBindValue(uid);
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("reading study"), q.lastError());
    if (!q.next())
        return Error(ErrorCode::NotFound, uid, QStringLiteral("no such study in the local cache"));
    return studyFrom(q);
}

Result<std::vector<SeriesRecord>> LocalCache::series(const QString &studyUid) const
{
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("SELECT se.id, se.series_uid, st.study_uid, se.number, se.modality, se.description, se.body_part,"
                             " se.instance_count, se.size_bytes FROM series se JOIN studies st ON st.id = se.study_ref"
                             " WHERE st.study_uid = ? ORDER BY se.number, se.series_uid"));
    q.addBindValue(studyUid);
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("reading series"), q.lastError());
    std::vector<SeriesRecord> out;
    while (q.next()) {
        SeriesRecord s;
        s.id = q.value(0).toLongLong();
        s.seriesInstanceUid = q.value(1).toString();
        s.studyInstanceUid = q.value(2).toString();
        s.seriesNumber = q.value(3).toInt();
        s.modality = q.value(4).toString();
        s.seriesDescription = q.value(5).toString();
        s.bodyPartExamined = q.value(6).toString();
        s.instanceCount = q.value(7).toInt();
        s.sizeBytes = q.value(8).toLongLong();
        out.push_back(s);
    }
    return out;
}

namespace {
/// Instances selected by `joinsAndWhere` (one '?' bound to `uid`), in `orderBy` order.
Result<std::vector<InstanceRecord>> queryInstances(const LocalCache::Private &d, const char *joinsAndWhere,
                                                   const char *orderBy, const QString &uid)
{
    QSqlQuery q(d.db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM instances i JOIN series se ON se.id = i.series_ref %2 ORDER BY %3")
                  .arg(QLatin1String(kInstanceColumns), QLatin1String(joinsAndWhere), QLatin1String(orderBy)));
    q.addBindValue(uid);
    if (!q.exec())
        return d.sqlError(QStringLiteral("reading instances"), q.lastError());
    std::vector<InstanceRecord> out;
    while (q.next())
        out.push_back(instanceFrom(d, q));
    return out;
}
} // namespace

Result<std::vector<InstanceRecord>> LocalCache::instances(const QString &seriesUid) const
{
    return queryInstances(*m_d, "WHERE se.series_uid = ?", "i.instance_number, i.sop_uid", seriesUid);
}

Result<std::vector<InstanceRecord>> LocalCache::studyInstances(const QString &studyUid) const
{
    return queryInstances(*m_d, "JOIN studies st ON st.id = se.study_ref WHERE st.study_uid = ?",
                          "se.number, se.series_uid, i.instance_number, i.sop_uid", studyUid);
}

Result<qint64> LocalCache::totalBytes() const
{
    QSqlQuery q(m_d->db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(size_bytes), 0) FROM studies")) || !q.next())
        return m_d->sqlError(QStringLiteral("summing sizes"), q.lastError());
    return q.value(0).toLongLong();
}

Result<qint64> LocalCache::instanceCount() const
{
    QSqlQuery q(m_d->db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM instances")) || !q.next())
        return m_d->sqlError(QStringLiteral("counting instances"), q.lastError());
    return q.value(0).toLongLong();
}

Status LocalCache::deleteStudy(const QString &uid)
{
    Private &d = *m_d;
    if (!d.db.transaction())
        return d.sqlError(QStringLiteral("starting deletion"), d.db.lastError());
    auto fail = [&](const QString &what, const QSqlError &e) {
        const Error err = d.sqlError(what, e);
        d.db.rollback();
        return Status(err);
    };
    QSqlQuery q(d.db);
    q.prepare(QStringLiteral("SELECT id, patient_ref FROM studies WHERE study_uid = ?"));
    q.addBindValue(uid);
    if (!q.exec())
        return fail(QStringLiteral("finding study"), q.lastError());
    if (!q.next()) {
        d.db.rollback();
        return Error(ErrorCode::NotFound, uid, QStringLiteral("no such study in the local cache"));
    }
    const qint64 studyId = q.value(0).toLongLong();
    const qint64 patientId = q.value(1).toLongLong();
    // The files are recorded for removal in the same transaction that removes their rows.
    q.prepare(QStringLiteral("INSERT INTO pending_deletes(file) SELECT i.file FROM instances i JOIN series se"
                             " ON se.id = i.series_ref WHERE se.study_ref = ?"));
    q.addBindValue(studyId);
    if (!q.exec())
        return fail(QStringLiteral("recording files to delete"), q.lastError());
    q.prepare(QStringLiteral("DELETE FROM studies WHERE id = ?"));  // cascades to series, instances
    q.addBindValue(studyId);
    if (!q.exec())
        return fail(QStringLiteral("deleting study"), q.lastError());
    q.prepare(QStringLiteral("DELETE FROM key_images WHERE study_instance_uid = ?"));
    q.addBindValue(uid);
    if (!q.exec())
        return fail(QStringLiteral("deleting key images"), q.lastError());
    q.prepare(QStringLiteral("DELETE FROM patients WHERE id = ? AND NOT EXISTS (SELECT 1 FROM studies WHERE patient_ref = ?)"));
    q.addBindValue(patientId);
    q.addBindValue(patientId);
    if (!q.exec())
        return fail(QStringLiteral("deleting patient"), q.lastError());
    if (!d.db.commit())
        return fail(QStringLiteral("committing deletion"), d.db.lastError());
    // Now the files; an interruption here is finished by the next open. A file that a live
    // importer has pending (it found it in the store while this study was being deleted, and
    // will index it) stays.
    QStringList failed;
    auto removed = finishPendingDeletes(d, &failed);
    if (!removed.ok())
        return removed.error();
    if (!failed.isEmpty())
        return Error(ErrorCode::IoError, failed.first(), QStringLiteral("could not remove %1 file(s) of the deleted study").arg(failed.size()));
    return {};
}

Status LocalCache::setRemoteStored(const QString &uid, bool stored)
{
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("UPDATE studies SET remote_stored = ? WHERE study_uid = ?"));
    q.addBindValue(stored ? 1 : 0);
    q.addBindValue(uid);
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("updating study"), q.lastError());
    if (q.numRowsAffected() == 0)
        return Error(ErrorCode::NotFound, uid, QStringLiteral("no such study in the local cache"));
    return {};
}

Status LocalCache::touch(const QString &uid)
{
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("UPDATE studies SET last_access = ? WHERE study_uid = ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(uid);
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("updating study"), q.lastError());
    return {};
}

namespace {
Status studyUpdate(const LocalCache::Private &d, const char *sql, int value, const QString &uid)
{
    QSqlQuery q(d.db);
    q.prepare(QLatin1String(sql));
    q.addBindValue(value);
    q.addBindValue(uid);
    if (!q.exec())
        return d.sqlError(QStringLiteral("updating study %1").arg(uid), q.lastError());
    if (q.numRowsAffected() == 0)
        return Error(ErrorCode::NotFound, uid, QStringLiteral("no such study in the local cache"));
    return {};
}
} // namespace

Status LocalCache::setReadingStatus(const QString &uid, ReadingStatus status)
{
    return studyUpdate(*m_d, "UPDATE studies SET reading_status = ? WHERE study_uid = ?", int(status), uid);
}

Status LocalCache::setPriority(const QString &uid, Priority priority)
{
    return studyUpdate(*m_d, "UPDATE studies SET priority = ? WHERE study_uid = ?", int(priority), uid);
}

Result<bool> LocalCache::markOpened(const QString &uid)
{
    Private &d = *m_d;
    if (!d.db.transaction())
        return d.sqlError(QStringLiteral("marking study %1 as opened").arg(uid), d.db.lastError());
    QSqlQuery q(d.db);
    q.prepare(QStringLiteral("UPDATE studies SET last_access = ? WHERE study_uid = ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(uid);
    if (!q.exec()) {
        const Error e = d.sqlError(QStringLiteral("marking study %1 as opened").arg(uid), q.lastError());
        d.db.rollback();
        return e;
    }
    if (q.numRowsAffected() == 0) {
        d.db.rollback();
        return Error(ErrorCode::NotFound, uid, QStringLiteral("no such study in the local cache"));
    }
    q.prepare(QStringLiteral("UPDATE studies SET reading_status = ? WHERE study_uid = ? AND reading_status = ?"));
    q.addBindValue(int(ReadingStatus::Read));
    q.addBindValue(uid);
    q.addBindValue(int(ReadingStatus::Unread));
    if (!q.exec()) {
        const Error e = d.sqlError(QStringLiteral("marking study %1 as read").arg(uid), q.lastError());
        d.db.rollback();
        return e;
    }
    const bool changed = q.numRowsAffected() > 0;
    if (!d.db.commit()) {
        const Error e = d.sqlError(QStringLiteral("marking study %1 as opened").arg(uid), d.db.lastError());
        d.db.rollback();
        return e;
    }
    return changed;
}

Status LocalCache::setKeyImage(const KeyImage &image)
{
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("SELECT se.series_uid, st.study_uid, i.frames FROM instances i JOIN series se ON se.id = i.series_ref"
                             " JOIN studies st ON st.id = se.study_ref WHERE i.sop_uid = ?"));
    q.addBindValue(image.sopInstanceUid);
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("finding instance %1").arg(image.sopInstanceUid), q.lastError());
    if (!q.next())
        return Error(ErrorCode::NotFound, image.sopInstanceUid, QStringLiteral("no such instance in the local cache"));
    const QString seriesUid = q.value(0).toString();
    const QString studyUid = q.value(1).toString();
    const int frames = std::max(1, q.value(2).toInt());
    if (image.frame < 0 || image.frame >= frames)
        return Error(ErrorCode::InvalidArgument, image.sopInstanceUid,
                     QStringLiteral("frame %1 is outside the instance (it has %2 frame(s))").arg(image.frame).arg(frames));
    const QDateTime created = image.createdAt.isValid() ? image.createdAt : QDateTime::currentDateTimeUtc();
    q.prepare(QStringLiteral("INSERT INTO key_images(sop_instance_uid, frame, study_instance_uid, series_instance_uid, note, created_at)"
                             " VALUES(?,?,?,?,?,?) ON CONFLICT(sop_instance_uid, frame) DO UPDATE SET note = excluded.note"));
    q.addBindValue(image.sopInstanceUid);
    q.addBindValue(image.frame);
    q.addBindValue(studyUid);
    q.addBindValue(seriesUid);
    q.addBindValue(image.note);
    q.addBindValue(created.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("marking key image %1 frame %2").arg(image.sopInstanceUid).arg(image.frame), q.lastError());
    return {};
}

Status LocalCache::removeKeyImage(const QString &sopUid, int frame)
{
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("DELETE FROM key_images WHERE sop_instance_uid = ? AND frame = ?"));
    q.addBindValue(sopUid);
    q.addBindValue(frame);
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("unmarking key image %1 frame %2").arg(sopUid).arg(frame), q.lastError());
    return {};
}

Result<std::vector<KeyImage>> LocalCache::keyImages(const QString &studyUid) const
{
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT k.sop_instance_uid, k.frame, k.study_instance_uid, k.series_instance_uid, k.note, k.created_at"
                             " FROM key_images k LEFT JOIN instances i ON i.sop_uid = k.sop_instance_uid"
                             " LEFT JOIN series se ON se.id = i.series_ref WHERE k.study_instance_uid = ?"
                             " ORDER BY se.number, k.series_instance_uid, i.instance_number, k.sop_instance_uid, k.frame"));
    q.addBindValue(studyUid);
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("reading key images of %1").arg(studyUid), q.lastError());
    std::vector<KeyImage> out;
    while (q.next()) {
        KeyImage k;
        k.sopInstanceUid = q.value(0).toString();
        k.frame = q.value(1).toInt();
        k.studyInstanceUid = q.value(2).toString();
        k.seriesInstanceUid = q.value(3).toString();
        k.note = q.value(4).toString();
        k.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        out.push_back(k);
    }
    return out;
}

Result<bool> LocalCache::isKeyImage(const QString &sopUid, int frame) const
{
    QSqlQuery q(m_d->db);
    q.prepare(QStringLiteral("SELECT 1 FROM key_images WHERE sop_instance_uid = ? AND frame = ?"));
    q.addBindValue(sopUid);
    q.addBindValue(frame);
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("reading key image %1").arg(sopUid), q.lastError());
    return q.next();
}

Result<CacheTotals> LocalCache::totals() const
{
    QSqlQuery q(m_d->db);
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM patients), COUNT(*), COALESCE(SUM(series_count), 0),"
                               " COALESCE(SUM(instance_count), 0), COALESCE(SUM(size_bytes), 0) FROM studies"))
        || !q.next())
        return m_d->sqlError(QStringLiteral("counting the cache"), q.lastError());
    CacheTotals t;
    t.patients = q.value(0).toLongLong();
    t.studies = q.value(1).toLongLong();
    t.series = q.value(2).toLongLong();
    t.instances = q.value(3).toLongLong();
    t.bytes = q.value(4).toLongLong();
    return t;
}

Result<std::vector<ModalityCount>> LocalCache::modalityCounts() const
{
    // The series rows carry their instance counts and sizes: no instance row is read.
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COALESCE(modality, '') AS m, COUNT(DISTINCT study_ref), COUNT(*), SUM(instance_count),"
                               " SUM(size_bytes) FROM series GROUP BY m ORDER BY 4 DESC, m")))
        return m_d->sqlError(QStringLiteral("counting per modality"), q.lastError());
    std::vector<ModalityCount> out;
    while (q.next()) {
        ModalityCount m;
        m.modality = q.value(0).toString();
        m.studies = q.value(1).toInt();
        m.series = q.value(2).toLongLong();
        m.instances = q.value(3).toLongLong();
        m.bytes = q.value(4).toLongLong();
        out.push_back(m);
    }
    return out;
}

Result<std::vector<DayCount>> LocalCache::dayCounts(DateBasis basis, const QDate &first, const QDate &last) const
{
    if (!first.isValid() || !last.isValid() || last < first)
        return Error(ErrorCode::InvalidArgument, indexFile(), QStringLiteral("day counts need a valid range of days"));
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    std::vector<DayCount> out;
    for (QDate day = first; day <= last; day = day.addDays(1))
        out.push_back({day, 0, 0});
    if (basis == DateBasis::ImportDate) {
        // import_hours has a row per UTC hour and study: the local days' bounds become UTC hours, and
        // each hour is folded into its local day here (a study counts once per day).
        auto hourOf = [](const QDate &day) { return QDateTime(day, QTime(0, 0)).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH")); };
        q.prepare(QStringLiteral("SELECT hour, study_ref, instances FROM import_hours WHERE hour >= ? AND hour < ?"));
        q.addBindValue(hourOf(first));
        q.addBindValue(hourOf(last.addDays(1)));
        if (!q.exec())
            return m_d->sqlError(QStringLiteral("counting per import day"), q.lastError());
        std::vector<QSet<qint64>> studiesOfDay(out.size());
        QString lastHour;
        QDate lastDay;
        while (q.next()) {
            const QString hour = q.value(0).toString();
            if (hour != lastHour) {
                lastHour = hour;
                lastDay = QDateTime::fromString(hour + QStringLiteral(":00:00Z"), Qt::ISODate).toLocalTime().date();
            }
            if (!lastDay.isValid() || lastDay < first || lastDay > last)
                continue;
            const std::size_t i = std::size_t(first.daysTo(lastDay));
            studiesOfDay[i].insert(q.value(1).toLongLong());
            out[i].instances += q.value(2).toLongLong();
        }
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i].studies = int(studiesOfDay[i].size());
        return out;
    }
    q.prepare(QStringLiteral("SELECT study_date, COUNT(*), SUM(instance_count) FROM studies"
                             " WHERE study_date >= ? AND study_date < ? GROUP BY study_date"));
    q.addBindValue(first.toString(QStringLiteral("yyyyMMdd")));
    q.addBindValue(last.addDays(1).toString(QStringLiteral("yyyyMMdd")));
    if (!q.exec())
        return m_d->sqlError(QStringLiteral("counting per study date"), q.lastError());
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString().left(8), QStringLiteral("yyyyMMdd"));
        if (!day.isValid() || day < first || day > last)
            continue;  // a malformed Study Date
        DayCount &c = out[std::size_t(first.daysTo(day))];
        c.studies += q.value(1).toInt();
        c.instances += q.value(2).toLongLong();
    }
    return out;
}

Result<CacheStatistics> LocalCache::statistics(DateBasis basis, int days, const QDate &today) const
{
    if (days < 1)
        return Error(ErrorCode::InvalidArgument, indexFile(), QStringLiteral("statistics need at least one day"));
    CacheStatistics stats;
    stats.basis = basis;
    stats.last = today;
    stats.first = today.addDays(1 - days);
    // One read transaction: the figures agree with each other even while an import commits.
    const bool snapshot = m_d->db.transaction();
    auto totalsResult = totals();
    auto modalities = totalsResult.ok() ? modalityCounts() : Result<std::vector<ModalityCount>>(totalsResult.error());
    auto perDay = modalities.ok() ? dayCounts(basis, stats.first, stats.last) : Result<std::vector<DayCount>>(modalities.error());
    if (snapshot)
        m_d->db.commit();
    if (!perDay.ok())
        return perDay.error();
    stats.totals = totalsResult.value();
    stats.modalities = std::move(modalities).value();
    stats.days = std::move(perDay).value();
    return stats;
}

Result<EvictionReport> LocalCache::enforceQuota(qint64 quotaBytes)
{
    EvictionReport report;
    auto total = totalBytes();
    if (!total.ok())
        return total.error();
    qint64 bytes = total.value();
    if (bytes <= quotaBytes) {
        report.bytesAfter = bytes;
        return report;
    }
    QSqlQuery q(m_d->db);
    if (!q.exec(QStringLiteral("SELECT study_uid, size_bytes FROM studies WHERE remote_stored = 1"
                               " ORDER BY COALESCE(last_access, imported_at) ASC, id ASC")))
        return m_d->sqlError(QStringLiteral("listing evictable studies"), q.lastError());
    QList<QPair<QString, qint64>> candidates;
    while (q.next())
        candidates.append({q.value(0).toString(), q.value(1).toLongLong()});
    for (const auto &[uid, size] : candidates) {
        if (bytes <= quotaBytes)
            break;
        if (Status s = deleteStudy(uid); !s.ok())
            return s.error();
        bytes -= size;
        report.bytesFreed += size;
        report.evictedStudies << uid;
    }
    report.bytesAfter = bytes;
    report.quotaMet = bytes <= quotaBytes;
    return report;
}

Result<VerifyReport> LocalCache::verify(const CancellationToken &cancel, const std::function<void(const Progress &)> &progress) const
{
    QSqlQuery q(m_d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sop_uid, file, sha256 FROM instances ORDER BY file")))
        return m_d->sqlError(QStringLiteral("listing instances"), q.lastError());
    struct Item {
        QString uid, path;
        QByteArray sha;
    };
    QList<Item> items;
    while (q.next())
        items.append({q.value(0).toString(), m_d->absolute(q.value(1).toString()), q.value(2).toString().toLatin1()});
    struct Outcome {
        int kind = 0;  // 0 ok, 1 missing, 2 corrupt
        QString detail;
    };
    std::atomic<int> done{0};
    const int total = int(items.size());
    const std::function<Outcome(const Item &)> check = [&](const Item &it) -> Outcome {
        if (cancel.isCancelled())
            return {};
        Outcome o;
        if (!QFile::exists(it.path)) {
            o = {1, QStringLiteral("%1 %2: file is missing").arg(it.uid, it.path)};
        } else {
            auto h = sha256OfFile(it.path);
            if (!h.ok())
                o = {1, QStringLiteral("%1 %2: %3").arg(it.uid, it.path, h.error().reason)};
            else if (h.value() != it.sha)
                o = {2, QStringLiteral("%1 %2: SHA-256 is %3, expected %4").arg(it.uid, it.path, QString::fromLatin1(h.value()), QString::fromLatin1(it.sha))};
        }
        const int n = ++done;
        if (progress && (n % 64 == 0 || n == total))
            progress({n, total, QStringLiteral("verifying")});
        return o;
    };
    const QList<Outcome> outcomes = QtConcurrent::blockingMapped(workPool(), items, check);
    if (cancel.isCancelled())
        return Error(ErrorCode::Cancelled, m_d->dataDir, QStringLiteral("verification cancelled"));
    VerifyReport report;
    report.checked = total;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (outcomes[i].kind == 1)
            report.missing << items[i].uid;
        else if (outcomes[i].kind == 2)
            report.corrupt << items[i].uid;
        if (outcomes[i].kind)
            report.details << outcomes[i].detail;
    }
    return report;
}

} // namespace strata::store
