// Fuzzes the reading of a study's documents for a person (DCMTK's dcmsr reading a structured
// report leniently, rendering it as HTML and text, and reading the marks it leaves on images; an
// encapsulated document's bytes) with any bytes as a file: a report on an outside CD is untrusted.
// Each must give a rendering or an Error, never crash, hang or allocate without bound.
#include "FuzzSupport.h"

#include <strata/measure/Documents.h>
#include <strata/measure/ReportMarks.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = strata::fuzz::writeInput(data, size, QStringLiteral("input.dcm"));
    (void)strata::measure::structuredReportHtml(path);
    (void)strata::measure::structuredReportText(path);
    (void)strata::measure::readReportMarks(path);
    (void)strata::measure::encapsulatedDocument(path);
    return 0;
}
