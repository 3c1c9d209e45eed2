#pragma once
/// Transfer syntaxes by UID: their names, and whether Strata can decode their pixel data.
#include <QString>

namespace strata::dicom {

struct TransferSyntaxInfo {
    QString uid;
    QString name;          ///< e.g. "JPEG 2000 (lossless only)"; "unknown transfer syntax" if unknown
    bool known = false;
    bool encapsulated = false;
    bool lossy = false;        ///< its encoding may lose (JPEG 2000, JPEG-LS near-lossless, the DCT JPEGs, video …)
    bool decodable = false;    ///< Strata decodes its pixel data
    bool alwaysLossy = false;  ///< every encoding loses (JPEG's DCT processes, MPEG-2, H.264, HEVC)
    bool video = false;        ///< MPEG-2, H.264 or HEVC: a stream decoded picture after picture, not frame by frame
};

/// The version of the GDCM library Strata decodes with, e.g. "3.0.21".
QString gdcmVersion();
/// The version of the OpenJPEG library that decodes JPEG 2000 (asked at run time), e.g. "2.5.0".
QString openJpegVersion();

/// Looks a transfer syntax up by UID (trailing NUL/space tolerated).
TransferSyntaxInfo transferSyntaxInfo(const QString &uid);

namespace ts {
inline constexpr const char *ImplicitLittle = "1.2.840.10008.1.2";
inline constexpr const char *ExplicitLittle = "1.2.840.10008.1.2.1";
inline constexpr const char *DeflatedExplicitLittle = "1.2.840.10008.1.2.1.99";
inline constexpr const char *ExplicitBig = "1.2.840.10008.1.2.2";
inline constexpr const char *JpegBaseline = "1.2.840.10008.1.2.4.50";
inline constexpr const char *JpegExtended = "1.2.840.10008.1.2.4.51";
inline constexpr const char *JpegLossless = "1.2.840.10008.1.2.4.57";
inline constexpr const char *JpegLosslessSV1 = "1.2.840.10008.1.2.4.70";
inline constexpr const char *JpegLsLossless = "1.2.840.10008.1.2.4.80";
inline constexpr const char *JpegLsNearLossless = "1.2.840.10008.1.2.4.81";
inline constexpr const char *Jpeg2000Lossless = "1.2.840.10008.1.2.4.90";
inline constexpr const char *Jpeg2000 = "1.2.840.10008.1.2.4.91";
inline constexpr const char *Rle = "1.2.840.10008.1.2.5";
} // namespace ts

} // namespace strata::dicom
