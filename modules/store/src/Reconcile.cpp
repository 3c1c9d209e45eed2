// Patient reconciliation of a cached study (LocalCache::reconcileStudy): its files written again
// with the new identity, staged and placed as an import's are, and swapped in by one index
// transaction.
#include <strata/store/AuditLog.h>
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>

#include "LocalCachePrivate.h"

#include <strata/core/Sha256.h>
#include <strata/core/Translate.h>
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/Reconcile.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <utility>
#include <unistd.h>

namespace strata::store {

namespace {

QString tr(const char *text) { return translated({"strata::store", "strata::store::LocalCache"}, text); }

/// One instance of the study: its stored file as the index had it, and its new copy.
struct Rewritten {
    QString sopUid;
    QString formerFile;   ///< relative to the store
    QString formerSha;
    QString temp;         ///< the new copy in the store's tmp folder, until placed
    QByteArray sha;
    qint64 size = 0;
};

/// The study as the index holds it: its row, its patient and its instances.
struct StudyState {
    qint64 study = 0;
    qint64 patient = 0;
    detail::PatientIdentity identity;
    QString sex;
    QHash<QString, QString> shaOf;   ///< SOP Instance UID → SHA-256
    std::vector<Rewritten> instances;
};

Result<StudyState> readStudy(const LocalCache::Private &d, const QString &uid)
{
    StudyState s;
    QSqlQuery q(d.db);
    q.prepare(QStringLiteral("SELECT s.id, p.id, p.patient_id, p.name, p.birth_date, p.sex FROM studies s"
                             " JOIN patients p ON p.id = s.patient_ref WHERE s.study_uid = ?"));
    q.addBindValue(uid);
    if (!q.exec())
        return d.sqlError(tr("finding study"), q.lastError());
    if (!q.next())
        return Error(ErrorCode::NotFound, uid, tr("no such study in the local cache"));
    s.study = q.value(0).toLongLong();
    s.patient = q.value(1).toLongLong();
    s.identity = {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    s.sex = q.value(5).toString();
    q.prepare(QStringLiteral("SELECT i.sop_uid, i.file, i.sha256 FROM instances i JOIN series se ON se.id = i.series_ref"
                             " WHERE se.study_ref = ? ORDER BY i.id"));
    q.addBindValue(s.study);
    if (!q.exec())
        return d.sqlError(tr("listing the study's instances"), q.lastError());
    while (q.next()) {
        Rewritten r;
        r.sopUid = q.value(0).toString();
        r.formerFile = q.value(1).toString();
        r.formerSha = q.value(2).toString();
        s.shaOf.insert(r.sopUid, r.formerSha);
        s.instances.push_back(std::move(r));
    }
    return s;
}

/// The patient the study goes to: one the cache holds that the identity rule finds the same,
/// else none (0). Another patient with that ID (not the study's own) is a conflict.
Result<qint64> samePatient(const LocalCache::Private &d, const StudyState &state, const detail::PatientIdentity &wanted)
{
    QSqlQuery q(d.db);
    q.prepare(QStringLiteral("SELECT id, patient_id, name, birth_date FROM patients WHERE patient_id = ? ORDER BY id"));
    q.addBindValue(wanted.id);
    if (!q.exec())
        return d.sqlError(tr("finding the patient"), q.lastError());
    qint64 same = 0;
    std::optional<detail::PatientIdentity> other;
    while (q.next()) {
        const detail::PatientIdentity p{q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        if (p.sameAs(wanted)) {
            if (!same)
                same = q.value(0).toLongLong();
        } else if (q.value(0).toLongLong() != state.patient && !other) {
            other = p;
        }
    }
    if (!same && other)
        return Error(ErrorCode::InvalidArgument, wanted.id,
                     tr("the cache holds another patient with Patient ID %1 (%2): give that patient's name and birth date to file the study"
                        " under them, or another ID")
                         .arg(wanted.id, other->text()));
    return same;
}

/// Writes the rows: the study to its patient, each instance to its new file, the former files to
/// be removed, in one transaction that also clears `owner`'s pending rows.
Status swapIn(LocalCache::Private &w, const QString &uid, const StudyState &before, const detail::PatientIdentity &wanted,
              const QString &sex, const dicom::PatientIdentityChange &change, qint64 owner, ReconcileReport &report)
{
    QSqlQuery q(w.db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return w.sqlError(tr("starting the index transaction"), q.lastError());
    auto fail = [&](const Error &e) {
        q.exec(QStringLiteral("ROLLBACK"));
        return Status(e);
    };
    // Nothing of the study changed since its files were read.
    auto now = readStudy(w, uid);
    if (!now.ok())
        return fail(now.error());
    if (now.value().shaOf != before.shaOf || now.value().patient != before.patient)
        return fail(Error(ErrorCode::InvalidArgument, uid, tr("the study changed while it was being reconciled (an import or a deletion): nothing was changed, try again")));
    auto same = samePatient(w, before, wanted);
    if (!same.ok())
        return fail(same.error());
    qint64 patient = same.value();
    report.joinedPatient = patient && patient != before.patient;
    const dicom::PersonName name = dicom::PersonName::fromDecoded(wanted.name);
    auto exec = [&](const QString &what) -> std::optional<Error> {
        if (!q.exec())
            return w.sqlError(what, q.lastError());
        return std::nullopt;
    };
    if (!patient) {
        // Nobody the cache holds: a new patient (the former one goes below if nothing is left to it).
        q.prepare(QStringLiteral("INSERT INTO patients(patient_key, patient_id, name, name_display, name_fold, birth_date, sex)"
                                 " VALUES(?,?,?,?,?,?,?) RETURNING id"));
        q.addBindValue(detail::patientKey(wanted.id, wanted.name, wanted.birthDate));
        q.addBindValue(wanted.id);
        q.addBindValue(wanted.name);
        q.addBindValue(name.display());
        q.addBindValue(detail::nameFold(wanted.name));
        q.addBindValue(wanted.birthDate);
        q.addBindValue(sex);
        if (!q.exec() || !q.next())
            return fail(w.sqlError(tr("indexing patient"), q.lastError()));
        patient = q.value(0).toLongLong();
        QSqlError wordsError;
        if (!detail::indexPatientWords(w.db, patient, detail::nameFold(wanted.name), &wordsError))
            return fail(w.sqlError(tr("indexing patient"), wordsError));
    } else if (change.sex) {
        q.prepare(QStringLiteral("UPDATE patients SET sex = ? WHERE id = ?"));
        q.addBindValue(sex);
        q.addBindValue(patient);
        if (auto e = exec(tr("indexing patient")))
            return fail(*e);
    }
    q.prepare(change.accessionNumber ? QStringLiteral("UPDATE studies SET patient_ref = ?, remote_stored = 0, accession = ? WHERE id = ?")
                                     : QStringLiteral("UPDATE studies SET patient_ref = ?, remote_stored = 0 WHERE id = ?"));
    q.addBindValue(patient);
    if (change.accessionNumber)
        q.addBindValue(*change.accessionNumber);
    q.addBindValue(before.study);
    if (auto e = exec(tr("moving the study")))
        return fail(*e);
    for (const Rewritten &r : before.instances) {
        q.prepare(QStringLiteral("INSERT INTO pending_deletes(file) VALUES(?)"));
        q.addBindValue(r.formerFile);
        if (auto e = exec(tr("recording files to delete")))
            return fail(*e);
        q.prepare(QStringLiteral("UPDATE instances SET sha256 = ?, size_bytes = ?, file = ? WHERE sop_uid = ?"));
        q.addBindValue(QString::fromLatin1(r.sha));
        q.addBindValue(r.size);
        q.addBindValue(storePathFor(r.sha));
        q.addBindValue(r.sopUid);
        if (auto e = exec(tr("indexing instance %1").arg(r.sopUid)))
            return fail(*e);
    }
    q.prepare(QStringLiteral("UPDATE series SET size_bytes = (SELECT COALESCE(SUM(size_bytes), 0) FROM instances WHERE series_ref = series.id)"
                             " WHERE study_ref = ?"));
    q.addBindValue(before.study);
    if (auto e = exec(tr("indexing series")))
        return fail(*e);
    q.prepare(QStringLiteral("UPDATE studies SET size_bytes = (SELECT COALESCE(SUM(size_bytes), 0) FROM series WHERE study_ref = ?) WHERE id = ?"));
    q.addBindValue(before.study);
    q.addBindValue(before.study);
    if (auto e = exec(tr("indexing study")))
        return fail(*e);
    q.prepare(QStringLiteral("DELETE FROM pending_files WHERE owner = ?"));
    q.addBindValue(owner);
    if (auto e = exec(tr("clearing pending files")))
        return fail(*e);
    q.prepare(QStringLiteral("DELETE FROM patients WHERE id = ? AND NOT EXISTS (SELECT 1 FROM studies WHERE patient_ref = ?)"));
    q.addBindValue(before.patient);
    q.addBindValue(before.patient);
    if (auto e = exec(tr("deleting patient")))
        return fail(*e);
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(w.sqlError(tr("committing the index transaction"), q.lastError()));
    return {};
}

/// STRATA_TEST_PAUSE_AT=reconcile:<staged|placed|swapped>: there the reconciliation says so on
/// stderr ("strata: test pause at reconcile <stage>") and blocks for good, for a test to kill it
/// at a known moment (tst_crash.cpp): its copies written beside the store, recorded and placed in
/// the store, or swapped in by the index transaction (the former files not yet removed).
void pauseForTest(const char *stage)
{
    static const QByteArray wanted = qgetenv("STRATA_TEST_PAUSE_AT");
    if (wanted != QByteArray("reconcile:") + stage)
        return;
    const QByteArray line = QByteArray("strata: test pause at reconcile ") + stage + '\n';
    (void)!::write(STDERR_FILENO, line.constData(), size_t(line.size()));
    for (;;)
        ::pause();
}

} // namespace

Result<ReconcileReport> LocalCache::reconcileStudy(const QString &uid, const dicom::PatientIdentityChange &change, dicom::ModificationReason reason,
                                                   const CancellationToken &cancel, const std::function<void(const Progress &)> &progress)
{
    ReconcileReport report;
    auto run = [&]() -> Status {
        if (const QString problem = dicom::checkIdentityChange(change); !problem.isEmpty())
            return Error(ErrorCode::InvalidArgument, uid, problem);
        auto read = readStudy(*m_d, uid);
        if (!read.ok())
            return read.error();
        StudyState state = std::move(read).value();
        const detail::PatientIdentity wanted{change.id.value_or(state.identity.id), change.name.value_or(state.identity.name),
                                             change.birthDate.value_or(state.identity.birthDate)};
        const QString sex = change.sex.value_or(state.sex);
        report.formerPatient = state.identity.text();
        report.patient = wanted.text();
        // Asked here first, so that a conflict is said before any file is written.
        if (auto same = samePatient(*m_d, state, wanted); !same.ok())
            return same.error();

        // The new copies, beside the store.
        auto dropTemps = [&] {
            for (Rewritten &r : state.instances)
                if (!r.temp.isEmpty())
                    QFile::remove(std::exchange(r.temp, QString()));
        };
        QDir().mkpath(m_d->tempDir());
        Progress p;
        p.stage = QStringLiteral("reconciling");
        p.total = qint64(state.instances.size());
        QSet<QString> changed;
        for (Rewritten &r : state.instances) {
            if (cancel.isCancelled()) {
                dropTemps();
                return Error(ErrorCode::Cancelled, uid, tr("reconciliation cancelled: nothing was changed"));
            }
            auto temp = openStoreTemp(*m_d);
            if (!temp.ok()) {
                dropTemps();
                return temp.error();
            }
            ::close(temp.value().fd);   // GDCM writes the file by its name
            r.temp = temp.value().path;
            auto written = dicom::reconcileFile(m_d->absolute(r.formerFile), r.temp, change, reason);
            if (!written.ok()) {
                dropTemps();
                return written.error();
            }
            for (const QString &c : written.value().changed)
                changed.insert(c);
            auto sha = sha256OfFile(r.temp);
            if (!sha.ok()) {
                dropTemps();
                return Error(ErrorCode::IoError, r.temp, sha.error().reason);
            }
            r.sha = sha.value();
            r.size = QFileInfo(r.temp).size();
            ++p.done;
            if (progress)
                progress(p);
        }
        if (changed.isEmpty()) {
            dropTemps();
            return Error(ErrorCode::InvalidArgument, uid, tr("nothing to change: every file of the study has these values already"));
        }
        report.changed = QStringList(changed.begin(), changed.end());
        report.changed.sort();
        report.instances = int(state.instances.size());

        pauseForTest("staged");
        // Recorded as pending (a crash from here on rolls them back), placed, flushed.
        const qint64 owner = newImportOwner();
        Status recorded = writeIndex(*m_d, [&](Private &w) -> Status {
            if (!w.db.transaction())
                return w.sqlError(tr("starting a transaction"), w.db.lastError());
            QSqlQuery q(w.db);
            q.prepare(QStringLiteral("INSERT INTO pending_files(file, owner) VALUES(?, ?)"));
            for (const Rewritten &r : state.instances) {
                q.addBindValue(storePathFor(r.sha));
                q.addBindValue(owner);
                if (!q.exec()) {
                    const Error e = w.sqlError(tr("recording pending files"), q.lastError());
                    w.db.rollback();
                    return e;
                }
            }
            if (!w.db.commit()) {
                const Error e = w.sqlError(tr("recording pending files"), w.db.lastError());
                w.db.rollback();
                return e;
            }
            return {};
        });
        auto rollBack = [&] {
            dropTemps();
            // What this left pending goes (else the next open's recovery removes it).
            const Status undone = writeIndex(*m_d, [&](Private &w) -> Status {
                auto removed = rollBackPending(w, owner);
                return removed.ok() ? Status() : Status(removed.error());
            });
            if (!undone.ok())
                qWarning("%s", qPrintable(undone.error().message()));
        };
        if (!recorded.ok()) {
            rollBack();
            return recorded;
        }
        for (Rewritten &r : state.instances) {
            const QString dest = m_d->absolute(storePathFor(r.sha));
            if (!QDir().mkpath(QFileInfo(dest).absolutePath())
                || ::rename(QFile::encodeName(r.temp).constData(), QFile::encodeName(dest).constData()) != 0) {
                const QString why = QString::fromLocal8Bit(std::strerror(errno));
                rollBack();
                return Error(ErrorCode::IoError, dest, tr("cannot move into place: ") + why);
            }
            r.temp.clear();
        }
        syncStore(m_d->storeDir());
        pauseForTest("placed");
        Status swapped = writeIndex(*m_d, [&](Private &w) { return swapIn(w, uid, state, wanted, sex, change, owner, report); });
        if (!swapped.ok()) {
            rollBack();
            return swapped;
        }
        pauseForTest("swapped");
        // The former files (an interruption here is finished by the next open).
        return writeIndex(*m_d, [&](Private &w) -> Status {
            auto removed = finishPendingDeletes(w);
            return removed.ok() ? Status() : Status(removed.error());
        });
    };
    const Status s = run();
    if (s.ok()) {
        // Background sync sends the study again (its archive copy has the former values).
        ImportSummary changed;
        changed.studies = {uid};
        changed.imported = report.instances;
        notifyIngestListeners(IngestSource::Reconcile, m_d->dataDir, changed);
    }
    if (!m_d->writer && m_d->service)
        audit(*m_d->service, {QStringLiteral("reconcile"), uid, s.ok() ? QStringLiteral("success") : QStringLiteral("failure"), {},
                              s.ok() ? QStringLiteral("%1 instance(s); %2").arg(report.instances).arg(report.changed.join(QStringLiteral(", ")))
                                     : s.error().message()});
    if (!s.ok())
        return s.error();
    return report;
}

} // namespace strata::store
