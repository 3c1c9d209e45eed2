// Fuzzes the reading of a DICOM Segmentation and of an RT Structure Set for display (Strata's
// decoder and structure walk, then DCMTK for segments, functional groups, structures and contours)
// with any bytes as a file: an AI tool's, a planning system's or an outside CD's object is
// untrusted. Each must give its result or an Error, never crash, hang or allocate without bound.
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
    auto structures = strata::measure::readStructureSet(path);
    if (structures.ok()) {
        std::size_t points = 0;
        for (const auto &c : structures.value().contours)
            points += c.points.size() + (structures.value().roi(c.roi) ? 1 : 0);
        (void)points;
    }
    return 0;
}
