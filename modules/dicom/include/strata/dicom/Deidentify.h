#pragma once
/// De-identification of DICOM files by the PS3.15 Annex E Basic Application Level Confidentiality
/// Profile and its options, with a report of every attribute changed.
///
/// The attributes acted on are GDCM's table of the Basic Profile (gdcm::Anonymizer's), widened by
/// the attributes later editions of PS3.15 added (identification sequences, addresses, other
/// names, procedure IDs), plus every date and time by its VR and every private element. Instance
/// UIDs (study, series, instance, frame of reference and every other UI value) are replaced
/// everywhere (also inside sequences, so references still resolve) by a keyed hash: the same key
/// maps the same UID, patient and date offset the same way across files, studies and runs. UIDs
/// that name a kind, not an instance, are kept: SOP Class UIDs (a private class too), Media
/// Storage and Referenced SOP Class UIDs, transfer syntaxes, coding schemes, and any UID of
/// DICOM's own root (1.2.840.10008.*, e.g. a well-known frame of reference).
///
/// Files are read only as the structure walk read them (a normalised copy when the data set does
/// not follow the declared syntax); a syntax GDCM does not know is refused from the file meta
/// alone, before GDCM reads the file.
#include <strata/core/Job.h>
#include <strata/core/Result.h>
#include <strata/dicom/FileSet.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace strata::dicom {

/// The profile's options (PS3.15 Table E.1-1's option columns); all off is the Basic Profile alone.
struct DeidentifyOptions {
    /// Retain Longitudinal Temporal Information, Modified Dates: every date is shifted by one offset
    /// per patient (whole days into the past), times are kept. Off: dates and times are removed
    /// (emptied where the attribute is type 2).
    bool retainLongitudinal = false;
    /// Retain Patient Characteristics: sex, age, size, weight, ethnic group, smoking and pregnancy
    /// status, sex neutered, patient state.
    bool retainPatientCharacteristics = false;
    /// Clean Descriptors: study and series descriptions, protocol name, comments and the like are
    /// kept with the patient's name parts, IDs and birth date cut out. Off: they are removed.
    bool cleanDescriptors = false;
    /// Retain UIDs: study, series, instance and frame of reference UIDs stay as they are.
    bool retainUids = false;
    /// Retain Safe Private (PS3.15 E.3.10, code 113111): the private attributes on Strata's list
    /// of known-safe ones (acquisition and scaling values of common vendors, by private creator)
    /// are kept with their creator elements; every other private element is removed. Off: every
    /// private element is removed.
    bool keepPrivate = false;
    /// Every private element is kept as it is, unchecked: they may hold the patient's identity.
    /// Not a PS3.15 option (113111 is not claimed); callers warn whoever asked for it.
    bool keepAllPrivate = false;
    /// Files whose Burned In Annotation (0028,0301) is YES are written with a warning instead of
    /// being refused (their pixels may show the patient's name).
    bool allowBurnedIn = false;
    /// The Source Application Entity Title (0002,0016) the written files get (Strata's default
    /// AE title; empty: none).
    QString sourceAeTitle = QStringLiteral("STRATA");
    /// The secret the pseudonyms, the new UIDs and the date offsets are derived from; the same key
    /// gives the same results (empty: a random key for this Deidentifier).
    QByteArray key;
};

/// One attribute changed in one file.
struct AttributeChange {
    QString tag;     ///< "(0010,0010)"; inside a sequence "(0008,1140)[1](0008,1155)"
    QString name;    ///< the dictionary's keyword-like name, e.g. "Patient's Name"
    QString action;  ///< removed, emptied, replaced, shifted, remapped, cleaned, added, decoded (pixel data)
    QString value;   ///< the new value (replaced, shifted, remapped, cleaned, added); never the old one
};

/// What deidentifyFile() did to one file.
struct DeidentifiedFile {
    QString source;
    QString target;
    QString sopInstanceUid;  ///< the new SOP Instance UID
    QString studyInstanceUid;
    std::vector<AttributeChange> changes;
    QString warning;  ///< e.g. burned-in annotation written because allowBurnedIn was set
};

class Deidentifier {
public:
    explicit Deidentifier(DeidentifyOptions options);

    const DeidentifyOptions &options() const { return m_options; }

    /// Reads `source`, de-identifies it and writes it to `target` (created; its folder must exist).
    /// A file with burned-in annotation is refused (InvalidArgument naming the file) unless the
    /// options allow it.
    Result<DeidentifiedFile> deidentifyFile(const QString &source, const QString &target) const;

    /// The UID that replaces `uid` (itself for DICOM's own UIDs and when UIDs are retained).
    QString mapUid(const QString &uid) const;
    /// The days every date of this patient is shifted by (negative: into the past).
    int dayShift(const QString &patientId) const;
    /// The pseudonym that replaces a patient's ID and name ("ANON" plus a keyed hash).
    QString pseudonym(const QString &patientId) const;

    /// The DeidentificationMethod (0012,0063) text the files get, naming the profile and options.
    QString methodText() const;

private:
    QByteArray keyed(const QByteArray &purpose, const QString &value) const;
    DeidentifyOptions m_options;
};

/// What writeDeidentifiedFileSet() wrote.
struct DeidentifiedSet {
    FileSetSummary fileSet;
    std::vector<DeidentifiedFile> files;  ///< each file's target is its copy in the file-set
    QStringList refused;                  ///< "<file>: <reason>" (burned-in annotation, unreadable)
    QStringList studies;                  ///< the new Study Instance UIDs
};

/// De-identifies `files` (into a private folder beside `folder`, removed afterwards) and writes
/// them as a file-set with a DICOMDIR in `folder` (writeFileSet()'s rules). Files the
/// de-identifier refuses are left out and listed; it fails when none is left, when cancelled, or
/// when writing fails, and then leaves nothing behind.
Result<DeidentifiedSet> writeDeidentifiedFileSet(const Deidentifier &deidentifier, const QStringList &files, const QString &folder,
                                                 const CancellationToken &cancel = {},
                                                 const std::function<void(const Progress &)> &progress = {});

/// The report of an export: per file, every attribute changed with its new value (never an old
/// one), and the refused files; as JSON or as text.
QByteArray deidentificationReport(const Deidentifier &deidentifier, const DeidentifiedSet &set, bool json);

} // namespace strata::dicom
