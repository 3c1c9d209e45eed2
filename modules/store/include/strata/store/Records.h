#pragma once
/// Rows of the local cache's index, as plain values (no SQL types leak out of the store).
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace strata::store {

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
    qint64 sizeBytes = 0;
    QDateTime importedAt;
    QDateTime lastAccess;
    bool remoteStored = false; ///< safely stored on a remote archive: may be evicted
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
    enum class Sort { StudyDate, PatientName, PatientId, Accession, Description, Modalities, Instances, Imported };
    Sort sort = Sort::StudyDate;
    bool descending = true;
    int offset = 0;
    int limit = 100;
};

struct StudyPage {
    std::vector<StudyRecord> studies;
    int total = 0;  ///< matches of the query without paging
};

} // namespace strata::store
