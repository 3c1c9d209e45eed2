#pragma once
// dcmsr and dcmpstat say on the console what Strata reports itself (a document that is not quite
// valid, a character set its VR checker does not know): their warnings are kept off stderr. And
// DCMTK's conditions become Strata's errors in one way.
#include <strata/core/Error.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/ofstd/ofcond.h>

#include <QString>

namespace strata::measure::detail {

void quietDcmtkWarnings();

/// `what` failed on `subject` for DCMTK's reason: "writing the report: <DCMTK's text>".
inline Error dcmtkError(ErrorCode code, const QString &subject, const QString &what, const OFCondition &c)
{
    return Error(code, subject, QStringLiteral("%1: %2").arg(what, QString::fromLatin1(c.text())));
}

} // namespace strata::measure::detail
