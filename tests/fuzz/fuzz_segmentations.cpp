// Fuzzes the reading of a DICOM Segmentation for display (Strata's decoder for its frames, DCMTK
// for its segments and functional groups) with any bytes as a file: an AI tool's or an outside
// CD's SEG is untrusted. It must give the segmentation or an Error, never crash, hang or allocate
// without bound.
#include "FuzzSupport.h"

#include <strata/measure/Segmentations.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = strata::fuzz::writeInput(data, size, QStringLiteral("input.dcm"));
    auto segmentation = strata::measure::readSegmentation(path);
    if (segmentation.ok()) {
        // Every frame's mask is read where it says it is.
        const strata::measure::Segmentation &s = segmentation.value();
        std::size_t inside = 0;
        for (std::size_t f = 0; f < s.frames.size(); ++f)
            inside += s.inside(f, s.frames[f].plane.width - 1, s.frames[f].plane.height - 1);
        (void)inside;
    }
    return 0;
}
