// Fuzzes the key object selection reader (DCMTK's dcmsr under Strata's reading of the title,
// description, observer and the images and frames selected) with any bytes as a file: a KOS from
// an archive, a CD or a modality's rejection note is untrusted. Each must give a document or an
// Error, never crash, hang or allocate without bound.
#include "FuzzSupport.h"

#include <strata/measure/KeyObjects.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = strata::fuzz::writeInput(data, size, QStringLiteral("input.dcm"));
    auto kos = strata::measure::readKeyObjectSelection(path);
    if (kos.ok()) {
        (void)kos.value().note();
        (void)kos.value().isRejection();
    }
    return 0;
}
