// Fuzzes the presentation state reader (DCMTK's dcmpstat, and Strata's reading of its layers,
// annotations, VOI, shutter and displayed areas per image) with any bytes as a file: a state from
// an archive or a CD is untrusted. Each must give a state or an Error, never crash, hang or
// allocate without bound.
#include "FuzzSupport.h"

#include <strata/measure/PresentationState.h>

#include <algorithm>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = strata::fuzz::writeInput(data, size, QStringLiteral("input.dcm"));
    auto state = strata::measure::PresentationState::read(path);
    if (!state.ok())
        return 0;
    (void)state.value()->title();
    const QStringList &images = state.value()->referencedInstances();
    for (int i = 0; i < std::min<int>(int(images.size()), 4); ++i)
        for (int frame : {1, 2})
            if (auto p = state.value()->forImage(images[i], frame))
                (void)p->hasAnnotations();
    return 0;
}
