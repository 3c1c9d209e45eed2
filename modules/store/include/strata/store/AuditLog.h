#pragma once
/// The tamper-evident audit log of a data directory: who did what to which PHI, when, with what
/// outcome and with which peer, as a hash chain kept in the index with its head anchored in a file
/// beside it. From StoreService::auditLog(); appends and verification run on the service's writer
/// thread, listing reads on a connection of the calling thread.
///
/// Each record's hash is SHA-256 over a canonical serialisation of its own fields and the previous
/// record's hash (canonicalRecord()); ids run 1, 2, 3… without gaps. The anchor file
/// (<data>/audit-anchor.json) holds the count and the last hash, written while the append holds
/// the index's write lock, so a removed tail is found too. What the chain cannot see: whoever can
/// rewrite both the index and the anchor file (there is no secret key) can forge a consistent log;
/// an append interrupted between writing the anchor and committing reads as one missing record.
#include <strata/core/Result.h>

#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace strata::store {

class StoreService;

/// What happened, as the caller says it; time and OS user are filled in by the log.
struct AuditEvent {
    QString action;   ///< import, retrieve, receive, delete, export, measurements-export, measurement-change, send, query, study-opened, node-change, anonymize, …
    QString object;   ///< what it concerned: a Study Instance UID, a node name, a query
    QString outcome = QStringLiteral("success");  ///< "success" or "failure"
    QString peer;     ///< the other party: a node, an AE title, a folder or file written to
    QString detail;   ///< a short free text (counts, the reason of a failure)
};

/// One stored record.
struct AuditRecord {
    qint64 id = 0;
    QDateTime time;  ///< UTC, millisecond precision
    QString user;    ///< the OS user the process ran as
    QString action;
    QString object;
    QString outcome;
    QString peer;
    QString detail;
    QByteArray previousHash;  ///< lower-case hex; 64 zeros for the first record
    QByteArray hash;          ///< lower-case hex
};

/// Which records list() returns; empty fields do not filter.
struct AuditFilter {
    QDateTime from;   ///< at or after
    QDateTime to;     ///< before
    QString action;   ///< exact
    QString user;     ///< exact
    QString object;   ///< substring, case-insensitive
    QString outcome;  ///< exact
    int last = 0;     ///< only the newest N matching (still listed oldest first); 0 = all
};

/// The patient a study belongs to, as the index knows it (for the Patient participant object of
/// an audit message).
struct AuditPatient {
    QString id;    ///< Patient ID (0010,0020)
    QString name;  ///< Patient's Name (0010,0010), as stored
};
/// Patients by Study Instance UID.
using AuditPatients = QHash<QString, AuditPatient>;

/// What verify() found.
struct AuditVerification {
    bool ok = false;
    qint64 records = 0;      ///< records in the index
    qint64 anchored = 0;     ///< records the anchor file says there are
    qint64 firstBad = 0;     ///< the first record that fails (0 when ok)
    QString reason;          ///< why it fails, in words (empty when ok)
    /// What the user should know of a log that verifies: an append cut off by a crash before it
    /// was committed (the log ends where it did before it). Empty otherwise.
    QString note;
};

class AuditLog {
public:
    ~AuditLog();

    /// Appends `event` with the current time and OS user; returns the stored record.
    Result<AuditRecord> append(const AuditEvent &event);
    /// The records that match, oldest first.
    Result<std::vector<AuditRecord>> list(const AuditFilter &filter = {}) const;
    /// Walks the chain from the first record and compares its end with the anchor; names the first
    /// record that was changed, removed, reordered or cut off. A failing log is a result, not an error.
    Result<AuditVerification> verify() const;
    /// The patients of the studies the records name, as the index holds them now (a deleted
    /// study's patient is not known any more).
    Result<AuditPatients> patientsOf(const std::vector<AuditRecord> &records) const;

    /// The anchor file of `dataDir`.
    static QString anchorFile(const QString &dataDir);
    /// The bytes a record's hash covers (version tag, then id, time, user, action, object, outcome,
    /// peer, detail and the previous hash, each as "<byte length>:<UTF-8 bytes>\n").
    static QByteArray canonicalRecord(qint64 id, const QString &time, const QString &user, const QString &action,
                                      const QString &object, const QString &outcome, const QString &peer,
                                      const QString &detail, const QByteArray &previousHash);
    /// The hash of the first record's predecessor: 64 zeros.
    static QByteArray genesisHash();

private:
    friend class StoreService;
    class Private;
    AuditLog();
    std::unique_ptr<Private> d;
};

/// A record as a DICOM audit message (PS3.15 A.5.1's schema, with the event-specific parts of
/// A.5.3): EventIdentification (event ID, action code and outcome from the record's action and
/// outcome); ActiveParticipants: the OS user (the requestor), Strata on this host and the peer,
/// each with its RoleIDCode (Source/Destination Role ID for transfers and queries, Destination or
/// Source Media for exports and imports, Application otherwise), and a network access point
/// (machine name or IP address) where the event has a network peer; this host as
/// AuditSourceIdentification; ParticipantObjectIdentification: each study by its UID (110180),
/// its patient (when `patients` knows the study) by Patient Number, a query by the SOP Class UID
/// of the query (110181) with the query itself (base64) in ParticipantObjectQuery, a node by its
/// name, the audit log by its URI.
QByteArray dicomAuditMessage(const AuditRecord &record, const AuditPatients &patients = {});
/// Every record as one XML document: <AuditMessages> holding one <AuditMessage> each (the wrapper is
/// Strata's; each child is a PS3.15 message), with the chain's id and hash as XML comments.
QByteArray dicomAuditMessages(const std::vector<AuditRecord> &records, const AuditPatients &patients = {});

/// The name of the OS user this process runs as.
QString osUserName();

/// Records `event` in the audit log of `dataDir`. It never fails its caller: an audit that cannot
/// be written is logged as a warning. With `dataDir` empty (what net's queries, sends and retrieves
/// and the CLI's exports pass) it goes to core's paths::dataDir() once the application turned that
/// on with setDefaultAuditLog(true) (the CLI and the GUI do, at start); before that, nowhere (so that
/// library tests do not write into the user's data directory).
void audit(const AuditEvent &event, const QString &dataDir = {});
void setDefaultAuditLog(bool on);
/// The same on a service already open. Not from inside a write (the append is a write of its own).
void audit(StoreService &service, const AuditEvent &event);

} // namespace strata::store
