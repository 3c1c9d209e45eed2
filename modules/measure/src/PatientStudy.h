#pragma once
// The patient and study attributes a DICOM object Strata writes about images (a report, a key
// object selection) copies from them: shared by DicomExport.cpp and KeyObjects.cpp.
#include <strata/core/Result.h>

#include <QString>

class DcmItem;

namespace strata::measure::detail {

/// Puts the patient and study attributes of `image` into `out`, converted from the image's
/// character set to UTF-8 (the character set of the objects Strata writes). The error names
/// `subject` (the file being written).
Status copyPatientAndStudy(DcmItem &image, DcmItem &out, const QString &subject);

} // namespace strata::measure::detail
