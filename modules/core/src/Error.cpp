#include <strata/core/Error.h>

namespace strata {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("no error");
    case ErrorCode::NotFound: return QStringLiteral("not found");
    case ErrorCode::IoError: return QStringLiteral("I/O error");
    case ErrorCode::NotDicom: return QStringLiteral("not DICOM");
    case ErrorCode::Malformed: return QStringLiteral("malformed");
    case ErrorCode::MissingAttribute: return QStringLiteral("missing attribute");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::DecodeFailed: return QStringLiteral("decode failed");
    case ErrorCode::TooLarge: return QStringLiteral("too large");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid argument");
    case ErrorCode::Internal: return QStringLiteral("internal error");
    }
    return QStringLiteral("unknown error");
}

QString Error::message() const
{
    if (subject.isEmpty())
        return reason;
    return subject + QStringLiteral(": ") + reason;
}

} // namespace strata
