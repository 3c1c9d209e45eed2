// Fuzzes the pixel decoder (every transfer syntax GDCM decodes, Modality LUT, colour conversion)
// with any bytes as a file, under a 256 MiB decode budget: an image or an Error, never a crash. A
// video is also read as the viewer reads it (dicom::VideoFrames): a jump into its middle, one back
// to the start and on, each within the budget.
#include "FuzzSupport.h"

#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/VideoFrames.h>

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
    if (auto video = strata::dicom::VideoFrames::open(path); video.ok()) {
        strata::dicom::VideoFrames &v = *video.value();
        for (int first : {v.frameCount() / 2, 0, 2, v.frameCount() - 1}) {
            auto frames = v.read(first, 2, nullptr, options.maxBytes);
            if (frames.ok() && !frames.value().sizeMatches())
                __builtin_trap();   // what every reader of the frames relies on
        }
    }
    return 0;
}
