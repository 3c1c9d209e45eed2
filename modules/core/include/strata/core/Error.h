#pragma once
/// Strata's one error type: a code, the subject it concerns (file or peer), and a reason in words.
#include <QString>

namespace strata {

enum class ErrorCode {
    None = 0,
    NotFound,          ///< the file or object does not exist
    IoError,           ///< reading or writing failed (permissions, disk full, ...)
    NotDicom,          ///< not a DICOM file at all
    Malformed,         ///< DICOM, but the data set is broken (truncated, bad lengths, ...)
    MissingAttribute,  ///< a required attribute is absent or empty
    Unsupported,       ///< valid DICOM that Strata cannot handle (e.g. a transfer syntax)
    DecodeFailed,      ///< the pixel data could not be decoded
    TooLarge,          ///< the object would need more memory than allowed
    Cancelled,         ///< the user or the caller cancelled the work
    InvalidArgument,   ///< a caller passed something wrong
    Internal,          ///< a bug: should never reach a user
};

/// Human name of a code, e.g. "malformed".
QString errorCodeName(ErrorCode code);

/// An error that names its subject (a file path or a peer) and the reason.
struct Error {
    ErrorCode code = ErrorCode::None;
    QString subject;  ///< file path, peer, or empty when there is none
    QString reason;   ///< one sentence, no trailing full stop needed

    Error() = default;
    Error(ErrorCode c, QString subj, QString why)
        : code(c), subject(std::move(subj)), reason(std::move(why)) {}

    /// "<subject>: <reason>" — what a user is shown.
    QString message() const;
};

} // namespace strata
