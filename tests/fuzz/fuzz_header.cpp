// Fuzzes the header reader (structure check, GDCM parse, character sets, deflate) with any bytes
// as a file: it must return a header or an Error, never crash, hang or allocate without bound.
#include "FuzzSupport.h"

#include <strata/dicom/HeaderReader.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = strata::fuzz::writeInput(data, size, QStringLiteral("input.dcm"));
    auto header = strata::dicom::readHeader(path);
    if (header.ok())
        (void)header.value().patientName.display();
    return 0;
}
