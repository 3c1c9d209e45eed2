#include <strata/net/dimse/DimseStatus.h>

#include <QCoreApplication>

#include <array>

namespace strata::net {
namespace {

struct Entry {
    quint16 code;
    quint16 mask;            ///< 0xFFFF: this code only; 0xFF00 / 0xF000: a range
    DimseService service;    ///< Any: every service without an entry of its own
    StatusClass statusClass;
    const char *words;
};

using C = StatusClass;
using S = DimseService;

/// Looked up in order: the first entry that matches the code and the service wins, so exact codes
/// and service-specific meanings come before the ranges.
constexpr std::array kTable{
    Entry{0x0000, 0xFFFF, S::Any, C::Success, QT_TRANSLATE_NOOP("strata::net", "success")},
    Entry{0xFF00, 0xFFFF, S::Any, C::Pending, QT_TRANSLATE_NOOP("strata::net", "pending")},
    Entry{0xFF01, 0xFFFF, S::Any, C::Pending, QT_TRANSLATE_NOOP("strata::net", "pending")},
    Entry{0xFE00, 0xFFFF, S::Any, C::Cancel, QT_TRANSLATE_NOOP("strata::net", "cancelled")},
    // Warnings.
    Entry{0x0001, 0xFFFF, S::Any, C::Warning, QT_TRANSLATE_NOOP("strata::net", "warning: requested optional attributes are not supported")},
    Entry{0x0107, 0xFFFF, S::Any, C::Warning, QT_TRANSLATE_NOOP("strata::net", "warning: attribute list error")},
    Entry{0x0116, 0xFFFF, S::Any, C::Warning, QT_TRANSLATE_NOOP("strata::net", "warning: attribute value out of range")},
    Entry{0xB000, 0xFFFF, S::Store, C::Warning, QT_TRANSLATE_NOOP("strata::net", "warning: coercion of data elements (the node changed some attributes)")},
    Entry{0xB000, 0xFFFF, S::Any, C::Warning, QT_TRANSLATE_NOOP("strata::net", "warning: sub-operations complete, one or more failures")},
    Entry{0xB006, 0xFFFF, S::Any, C::Warning, QT_TRANSLATE_NOOP("strata::net", "warning: elements discarded")},
    Entry{0xB007, 0xFFFF, S::Store, C::Warning, QT_TRANSLATE_NOOP("strata::net", "warning: data set does not match SOP class (stored anyway)")},
    Entry{0xB007, 0xFFFF, S::Any, C::Warning, QT_TRANSLATE_NOOP("strata::net", "warning: data set does not match SOP class")},
    Entry{0xB000, 0xF000, S::Any, C::Warning, QT_TRANSLATE_NOOP("strata::net", "warning")},
    // Failures with a code of their own.
    Entry{0x0110, 0xFFFF, S::Store, C::Failure, QT_TRANSLATE_NOOP("strata::net", "failed: processing failure")},
    Entry{0x0111, 0xFFFF, S::Store, C::Failure, QT_TRANSLATE_NOOP("strata::net", "failed: duplicate SOP instance")},
    Entry{0x0117, 0xFFFF, S::Store, C::Failure, QT_TRANSLATE_NOOP("strata::net", "failed: invalid SOP instance")},
    Entry{0x0119, 0xFFFF, S::Store, C::Failure, QT_TRANSLATE_NOOP("strata::net", "failed: SOP class and instance do not match")},
    Entry{0x0122, 0xFFFF, S::Any, C::Failure, QT_TRANSLATE_NOOP("strata::net", "refused: SOP class not supported")},
    Entry{0x0124, 0xFFFF, S::Any, C::Failure, QT_TRANSLATE_NOOP("strata::net", "refused: not authorised")},
    Entry{0x0211, 0xFFFF, S::Store, C::Failure, QT_TRANSLATE_NOOP("strata::net", "failed: unrecognised operation")},
    Entry{0x0211, 0xFFFF, S::Any, C::Failure, QT_TRANSLATE_NOOP("strata::net", "unrecognised operation")},
    Entry{0xA801, 0xFFFF, S::Any, C::Failure, QT_TRANSLATE_NOOP("strata::net", "refused: move destination unknown (the node does not know this AE title)")},
    Entry{0xC122, 0xFFFF, S::Store, C::Failure, QT_TRANSLATE_NOOP("strata::net", "refused: transfer syntax not supported")},
    // Failure ranges.
    Entry{0xA700, 0xFF00, S::Any, C::Failure, QT_TRANSLATE_NOOP("strata::net", "refused: out of resources")},
    Entry{0xA900, 0xFF00, S::Any, C::Failure, QT_TRANSLATE_NOOP("strata::net", "error: data set does not match SOP class")},
    Entry{0xC000, 0xF000, S::Store, C::Failure, QT_TRANSLATE_NOOP("strata::net", "error: cannot understand")},
    Entry{0xC000, 0xF000, S::Any, C::Failure, QT_TRANSLATE_NOOP("strata::net", "failed: unable to process")},
};

} // namespace

DimseStatusInfo dimseStatus(quint16 status, DimseService service)
{
    for (const Entry &e : kTable) {
        if ((status & e.mask) == e.code && (e.service == S::Any || e.service == service))
            return {e.statusClass, QCoreApplication::translate("strata::net", e.words)};
    }
    return {C::Failure, QCoreApplication::translate("strata::net", "failure")};
}

StatusClass statusClass(quint16 status)
{
    return dimseStatus(status).statusClass;
}

QString statusClassName(StatusClass statusClass)
{
    switch (statusClass) {
    case C::Success: return QStringLiteral("success");
    case C::Pending: return QStringLiteral("pending");
    case C::Warning: return QStringLiteral("warning");
    case C::Failure: return QStringLiteral("failure");
    case C::Cancel: return QStringLiteral("cancel");
    }
    return QStringLiteral("failure");
}

} // namespace strata::net
