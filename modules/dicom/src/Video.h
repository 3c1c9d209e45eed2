#pragma once
// Video pixel data (MPEG-2, MPEG-4 AVC/H.264, HEVC/H.265; PS3.5 8.2.5–8.2.7): the encapsulated
// stream — an elementary stream, an MPEG-2 program or transport stream, or an MP4/QuickTime file as
// some encoders wrap it — demultiplexed and decoded by FFmpeg's libavformat and libavcodec, each
// picture turned into 8-bit RGB by libswscale.
#include "PixelChecks.h"
#include "StructureCheck.h"

#include <strata/core/Result.h>
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/PixelDecoder.h>

#include <QString>

namespace strata::dicom::detail {

/// The video's first Number of Frames pictures as interleaved 8-bit RGB of the header's Rows ×
/// Columns (a coded picture larger than that, as MPEG pads to 16, is cropped); with `options.onlyFrame`
/// (from 0) that picture alone, the stream decoded no further; `cancel` set stops it between pictures. Errors name the file and the
/// reason: a stream FFmpeg does not recognise, pictures smaller than the header, fewer pictures
/// than declared. The size was checked against the memory budget before (pixelSizes).
Result<DecodedImage> decodeVideo(const QString &path, const DicomHeader &h, const FileStructure &fs, const PixelSizes &sizes, const DecodeOptions &options);

} // namespace strata::dicom::detail
