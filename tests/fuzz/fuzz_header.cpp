// Fuzzes the header reader (structure check, GDCM parse, character sets, deflate) and the overlay
// planes' reader with any bytes as a file: each must return a result or an Error, never crash,
// hang or allocate without bound.
#include "FuzzSupport.h"

#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/Overlays.h>

#include <algorithm>

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
    if (header.ok() && header.value().pixel.hasOverlays) {
        if (auto planes = strata::dicom::readOverlays(path); planes.ok()) {
            for (const strata::dicom::OverlayPlane &plane : planes.value()) {
                const int k = plane.planeFrame(0);
                for (int r = 0; k >= 0 && r < std::min(plane.rows, 8); ++r)
                    for (int c = 0; c < std::min(plane.columns, 8); ++c)
                        (void)plane.isSet(k, r, c);
            }
        }
    }
    return 0;
}
