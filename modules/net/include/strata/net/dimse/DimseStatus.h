#pragma once
/// The one table of DIMSE status codes (PS3.7 Annex C): which class a status belongs to
/// (success, pending, warning, failure, cancel) and what it means in words, per service where
/// the same code means different things (0xB000 answers a C-STORE and a C-GET differently).
#include <QString>

namespace strata::net {

enum class StatusClass { Success, Pending, Warning, Failure, Cancel };

/// The service a status answers. `Any` = the meaning shared by the query/retrieve services.
enum class DimseService { Any, Echo, Find, Get, Move, Store };

/// Codes the network layer sends or tests for by name.
namespace dimse {
inline constexpr quint16 kSuccess = 0x0000;
inline constexpr quint16 kPending = 0xFF00;
inline constexpr quint16 kPendingWarning = 0xFF01;          ///< C-FIND: optional keys not supported
inline constexpr quint16 kCancel = 0xFE00;
inline constexpr quint16 kSubOperationsWarning = 0xB000;    ///< C-GET / C-MOVE: one or more failures
inline constexpr quint16 kOutOfResources = 0xA700;
inline constexpr quint16 kMoveDestinationUnknown = 0xA801;
inline constexpr quint16 kUnableToProcess = 0xC000;
inline constexpr quint16 kSopClassNotSupported = 0x0122;
inline constexpr quint16 kNotAuthorised = 0x0124;
inline constexpr quint16 kDuplicateInvocation = 0x0210;
inline constexpr quint16 kUnrecognisedOperation = 0x0211;
inline constexpr quint16 kMistypedArgument = 0x0212;
} // namespace dimse

struct DimseStatusInfo {
    StatusClass statusClass = StatusClass::Failure;
    QString words;   ///< e.g. "refused: out of resources"
};

/// Looks the status up: the entry for `service` when the table has one, else the shared one,
/// else "failure" (or "warning" for an unlisted 0xBxxx).
DimseStatusInfo dimseStatus(quint16 status, DimseService service = DimseService::Any);

/// The class alone (it does not depend on the service).
StatusClass statusClass(quint16 status);

/// True for success and warning: the operation was carried out.
inline bool statusSucceeded(quint16 status)
{
    const StatusClass c = statusClass(status);
    return c == StatusClass::Success || c == StatusClass::Warning;
}

/// "success", "pending", "warning", "failure", "cancel".
QString statusClassName(StatusClass statusClass);

} // namespace strata::net
