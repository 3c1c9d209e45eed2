#pragma once
/// Rows of the local cache's index, as plain values (no SQL types leak out of the store).
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace strata::store {

/// Where a study stands in the reading worklist. New studies are Unread; re-importing instances
/// into a study keeps its status. Stored as these integers (schema 3).
enum class ReadingStatus { Unread = 0, Read = 1, Reported = 2 };
/// How soon a study should be read. Stored as these integers (schema 3): higher is more urgent.
enum class Priority { Routine = 0, Urgent = 1, Stat = 2 };

struct StudyRecord {
    qint64 id = 0;
    QString studyInstanceUid;
    QString patientName;       ///< as stored (decoded), components separated by '^'
    QString patientNameDisplay;///< "Family, Given"
    QString patientId;
    QString patientBirthDate;  ///< YYYYMMDD
    QString patientSex;
    QString studyDate;         ///< YYYYMMDD
    QString studyTime;
    QString accessionNumber;
    QString studyDescription;
    QString referringPhysician;
    QString modalities;        ///< distinct series modalities, '\\'-separated, sorted
    int seriesCount = 0;
    int instanceCount = 0;
    /// Of those, the instances a rejection note withdraws (kept in the cache, not shown).
    int withdrawnCount = 0;
    qint64 sizeBytes = 0;
    QDateTime importedAt;
    QDateTime lastAccess;
    bool remoteStored = false; ///< safely stored on a remote archive: may be evicted
    ReadingStatus readingStatus = ReadingStatus::Unread;
    Priority priority = Priority::Routine;
};

struct SeriesRecord {
    qint64 id = 0;
    QString seriesInstanceUid;
    QString studyInstanceUid;
    int seriesNumber = 0;
    QString modality;
    QString seriesDescription;
    QString bodyPartExamined;
    int instanceCount = 0;
    qint64 sizeBytes = 0;
};

struct InstanceRecord {
    qint64 id = 0;
    QString sopInstanceUid;
    QString seriesInstanceUid;
    QString sopClassUid;
    int instanceNumber = 0;
    QString transferSyntaxUid;
    QByteArray sha256;   ///< hex
    qint64 sizeBytes = 0;
    QString filePath;    ///< absolute path of the stored file
    QString source;      ///< where it was imported from (path, or "scp:AE")
    QDateTime importedAt;
    int frames = 1;
    /// Why a rejection note (IHE IOCM) withdraws this instance, e.g. "Rejected for Quality
    /// Reasons"; empty when none does. Withdrawn instances stay in the cache, are not shown, and
    /// are left out of exports, CDs and de-identified copies.
    QString rejectedFor;
};

/// What a copy made for people (an export, a CD, a de-identified copy) takes of studies: their
/// files, less the instances a rejection note withdraws (images of the wrong patient, rejected
/// for quality), which are counted by reason.
struct StudyCopy {
    QStringList files;
    QMap<QString, int> withdrawn;  ///< reason → instances left out
    int withdrawnCount() const;
    /// "2 instances withdrawn by a rejection note (Rejected for Quality Reasons) left out", or empty.
    QString withdrawnNote() const;
};

/// A study search. Empty fields do not filter. Patient name and description match case- and
/// accent-insensitively; DICOM wildcards '*' and '?' are honoured (no wildcard = prefix match
/// on any name component for the name, substring for the description).
struct StudyQuery {
    QString patientName;
    QString patientId;       ///< exact, or with wildcards
    QString accessionNumber; ///< exact, or with wildcards
    QString studyDescription;
    QString modality;        ///< one modality, e.g. "CT": matches studies that contain it
    QDate from;              ///< study date from (inclusive)
    QDate to;                ///< study date to (inclusive)
    std::vector<ReadingStatus> readingStatuses; ///< any of these; empty = any status
    std::vector<Priority> priorities;           ///< any of these; empty = any priority
    /// Priority sorts Stat first when descending (then newest study first); ReadingStatus sorts
    /// Unread first when ascending (then newest study first). SyncState orders by the study's
    /// background-sync state (none, safe, pending, failed: StudySyncState::Kind), newest first within.
    enum class Sort { StudyDate, PatientName, PatientId, Accession, Description, Modalities, Instances, Imported,
                      Priority, ReadingStatus, SyncState };
    Sort sort = Sort::StudyDate;
    bool descending = true;
    int offset = 0;
    int limit = 100;
};

struct StudyPage {
    std::vector<StudyRecord> studies;
    int total = 0;  ///< matches of the query without paging
};

/// An image (one frame of an instance) the reader marked as key image, with an optional note.
struct KeyImage {
    QString sopInstanceUid;
    int frame = 0;             ///< 0-based frame of the instance (0 for single-frame images)
    QString studyInstanceUid;  ///< filled in from the index by KeyImageRepository::setKeyImage
    QString seriesInstanceUid; ///< filled in from the index by KeyImageRepository::setKeyImage
    QString note;
    QDateTime createdAt;       ///< UTC; set when first marked
};

/// A measurement as the store keeps it: the identity and references a list needs, and the
/// measurement itself as JSON (the measure module reads and writes it; the store never looks in).
struct MeasurementRecord {
    QString uid;
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString sopInstanceUid;
    int frame = 0;
    QString kind;              ///< e.g. "length", "lesion"
    QString author;
    QDateTime createdAt;       ///< UTC; kept from the first save
    QDateTime modifiedAt;      ///< UTC; set by each save
    QByteArray payload;        ///< the measurement's JSON
    QByteArray mask;           ///< a lesion's encoded 3-D mask (measure::encodeLesionShape); empty: none
};

/// Studies and instances of one modality in the cache (a study with CT and PT series counts for both).
struct ModalityCount {
    QString modality;          ///< as in the series' Modality; "" when the files had none
    int studies = 0;
    qint64 series = 0;
    qint64 instances = 0;
    qint64 bytes = 0;
};

/// Studies and instances of one day. By import date: instances imported that day and the studies
/// they belong to; by study date: studies with that Study Date and all their instances.
struct DayCount {
    QDate day;
    int studies = 0;
    qint64 instances = 0;
};

/// Which date the per-day statistics group by.
enum class DateBasis { ImportDate, StudyDate };

struct CacheTotals {
    qint64 patients = 0;
    qint64 studies = 0;
    qint64 series = 0;
    qint64 instances = 0;
    qint64 bytes = 0;
};

/// Everything the statistics page shows, from one LocalCache::statistics() call.
struct CacheStatistics {
    CacheTotals totals;
    std::vector<ModalityCount> modalities;  ///< most instances first
    DateBasis basis = DateBasis::ImportDate;
    std::vector<DayCount> days;             ///< every day from `first` to `last`, zeros included
    QDate first;
    QDate last;
};

} // namespace strata::store
