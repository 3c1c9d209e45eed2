#pragma once
/// Private helpers around GDCM: logging bridge and typed reads of data set values. GDCM types
/// never leave modules/dicom/src.
#include <strata/dicom/Charset.h>

#include <gdcmDataSet.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmTag.h>

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace strata::dicom::detail {

/// Routes GDCM's warnings and errors into the strata.dicom logging category (once per process).
void installGdcmLogBridge();

/// The raw bytes of an element's value (empty if absent or empty).
QByteArray rawValue(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// A non-text string value (UI, CS, DA, TM, AS, ...) with padding removed.
QString asciiValue(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// A text value (PN, LO, SH, ST, LT, UT, UC) decoded for the character set.
QString textValue(const gdcm::DataSet &ds, const gdcm::Tag &tag, const QByteArray &charset,
                  TextKind kind = TextKind::Text);
/// Numbers of a DS or IS value ("1.5\\2" -> {1.5, 2}); unparsable parts are skipped.
std::vector<double> decimalValues(const gdcm::DataSet &ds, const gdcm::Tag &tag);
std::optional<double> decimalValue(const gdcm::DataSet &ds, const gdcm::Tag &tag, int index = 0);
/// A binary US/SS value (first value), in the data set's byte order as GDCM holds it.
std::optional<int> ushortValue(const gdcm::DataSet &ds, const gdcm::Tag &tag, bool isSigned = false);
/// The items of a sequence (null when absent or empty). Hold the pointer while using its items.
gdcm::SmartPointer<gdcm::SequenceOfItems> sequence(const gdcm::DataSet &ds, const gdcm::Tag &sequenceTag);

} // namespace strata::dicom::detail

namespace strata::dicom::detail {

/// Runs `work` (a GDCM call) so that a failed GDCM assertion, which Debian's GDCM build turns into
/// abort(), returns false instead of ending the process. Exceptions are caught too.
/// Objects inside the aborted call are abandoned (their memory is not freed): only for reading
/// damaged files, where the alternative is a crash.
bool runGuarded(const std::function<void()> &work);

} // namespace strata::dicom::detail
