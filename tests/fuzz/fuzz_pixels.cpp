// Fuzzes the pixel decoder (every transfer syntax GDCM decodes, Modality LUT, colour conversion)
// with any bytes as a file, under a 256 MiB decode budget: an image or an Error, never a crash.
#include "FuzzSupport.h"

#include <strata/dicom/PixelDecoder.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = strata::fuzz::writeInput(data, size, QStringLiteral("input.dcm"));
    strata::dicom::DecodeOptions options;
    options.maxBytes = std::size_t(256) << 20;
    auto image = strata::dicom::decodePixels(path, options);
    if (image.ok() && image.value().frames > 0 && !image.value().isColor()) {
        // Every consumer reads the buffer through these: they must stay inside it.
        const auto &img = image.value();
        (void)img.modalityValue(img.frames - 1, img.rows - 1, img.columns - 1);
    }
    return 0;
}
