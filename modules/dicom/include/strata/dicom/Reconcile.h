#pragma once
/// Patient reconciliation: a study brought from elsewhere (another hospital's CD) given the local
/// patient's identity before it is read and sent on to the archive (IHE Import Reconciliation
/// Workflow). Files are written again with the new values; the values they replace go with them,
/// in an item of the Original Attributes Sequence (0400,0561, PS3.3 C.12.1.1.9) that says when,
/// by what system and why. UIDs and pixel data stay as they are.
#include <strata/core/Result.h>

#include <QString>
#include <QStringList>

#include <optional>

namespace strata::dicom {

/// The attributes a reconciliation sets; those left empty (std::nullopt) are kept as they are.
struct PatientIdentityChange {
    std::optional<QString> name;             ///< Patient's Name in DICOM form, "Family^Given^Middle^Prefix^Suffix"
    std::optional<QString> id;               ///< Patient ID
    std::optional<QString> issuer;           ///< Issuer of Patient ID
    std::optional<QString> birthDate;        ///< Patient's Birth Date, YYYYMMDD (empty: unknown)
    std::optional<QString> sex;              ///< Patient's Sex: M, F, O (empty: unknown)
    std::optional<QString> accessionNumber;  ///< Accession Number (the local order's)

    bool isEmpty() const { return !name && !id && !issuer && !birthDate && !sex && !accessionNumber; }
};

/// Why the values change (Reason for the Attribute Modification, 0400,0565).
enum class ModificationReason {
    Coerce,   ///< COERCE: the values of another institution replaced by the local ones
    Correct,  ///< CORRECT: wrong values corrected
};

/// Whether `change` holds values DICOM allows (lengths, characters, a real date, a known sex);
/// empty when it does, else why not.
QString checkIdentityChange(const PatientIdentityChange &change);

/// What reconcileFile() did to one file.
struct ReconciledFile {
    QString sopInstanceUid;
    QString studyInstanceUid;
    QStringList changed;  ///< the attributes whose value changed, by name ("Patient ID", …); none when it already had the values
};

/// Reads `source` and writes it to `target` (created; its folder must exist) with the values of
/// `change`, each one that differs recorded with its former value in a new item of the Original
/// Attributes Sequence (kept items stay). Values are written in the file's character set; a file
/// without one whose new values are not ASCII is given ISO_IR 192 (UTF-8: its other text is ASCII).
/// Fails, naming the file, for values its character set cannot hold, an invalid change, or a file
/// GDCM cannot read or write.
Result<ReconciledFile> reconcileFile(const QString &source, const QString &target, const PatientIdentityChange &change,
                                     ModificationReason reason);

} // namespace strata::dicom
