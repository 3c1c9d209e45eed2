#include <strata/dicom/TransferSyntax.h>

#include <gdcmVersion.h>

#include <array>

namespace strata::dicom {
namespace {

struct Entry {
    const char *uid;
    const char *name;
    bool encapsulated;
    bool lossy;
    bool decodable;
    bool alwaysLossy;
};

// Every transfer syntax of PS3.6 Table A-1 that a file may carry; lossy = may lose; decodable = Strata
// decodes it (GDCM 3.0; OpenJPEG 2.5 for HTJ2K; zlib for deflated frames; FFmpeg for video); alwaysLossy = every
// encoding loses (JPEG's DCT processes, MPEG-2, H.264, HEVC).
constexpr std::array<Entry, 45> kSyntaxes{{
    {"1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, true, false},
    {"1.2.840.10008.1.2.1", "Explicit VR Little Endian", false, false, true, false},
    {"1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian", true, false, false, false},
    {"1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", false, false, true, false},
    {"1.2.840.10008.1.2.2", "Explicit VR Big Endian", false, false, true, false},
    {"1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", true, true, true, true},
    {"1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", true, true, true, true},
    {"1.2.840.10008.1.2.4.52", "JPEG Extended (Process 3 & 5, retired)", true, true, false, true},
    {"1.2.840.10008.1.2.4.53", "JPEG Spectral Selection (retired)", true, true, false, true},
    {"1.2.840.10008.1.2.4.55", "JPEG Full Progression (retired)", true, true, false, true},
    {"1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", true, false, true, false},
    {"1.2.840.10008.1.2.4.70", "JPEG Lossless, First-Order Prediction (Process 14, SV1)", true, false, true, false},
    {"1.2.840.10008.1.2.4.80", "JPEG-LS Lossless", true, false, true, false},
    {"1.2.840.10008.1.2.4.81", "JPEG-LS Near-Lossless", true, true, true, false},
    {"1.2.840.10008.1.2.4.90", "JPEG 2000 (Lossless Only)", true, false, true, false},
    {"1.2.840.10008.1.2.4.91", "JPEG 2000", true, true, true, false},
    {"1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component (Lossless Only)", true, false, false, false},
    {"1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component", true, true, false, false},
    {"1.2.840.10008.1.2.4.94", "JPIP Referenced", false, false, false, false},
    {"1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate", false, false, false, false},
    {"1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level", true, true, true, true},
    {"1.2.840.10008.1.2.4.100.1", "Fragmentable MPEG2 Main Profile / Main Level", true, true, true, true},
    {"1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level", true, true, true, true},
    {"1.2.840.10008.1.2.4.101.1", "Fragmentable MPEG2 Main Profile / High Level", true, true, true, true},
    {"1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1", true, true, true, true},
    {"1.2.840.10008.1.2.4.102.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1", true, true, true, true},
    {"1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", true, true, true, true},
    {"1.2.840.10008.1.2.4.103.1", "Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", true, true, true, true},
    {"1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 (2D video)", true, true, true, true},
    {"1.2.840.10008.1.2.4.104.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 (2D video)", true, true, true, true},
    {"1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 (3D video)", true, true, true, true},
    {"1.2.840.10008.1.2.4.105.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 (3D video)", true, true, true, true},
    {"1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", true, true, true, true},
    {"1.2.840.10008.1.2.4.106.1", "Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", true, true, true, true},
    {"1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1", true, true, true, true},
    {"1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1", true, true, true, true},
    {"1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 (HTJ2K, Lossless Only)", true, false, true, false},
    {"1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options (HTJ2K, Lossless Only)", true, false, true, false},
    {"1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 (HTJ2K)", true, true, true, false},
    {"1.2.840.10008.1.2.4.110", "JPEG XL Lossless", true, false, false, false},
    {"1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression", true, false, false, false},
    {"1.2.840.10008.1.2.4.112", "JPEG XL", true, true, false, false},
    {"1.2.840.10008.1.2.5", "RLE Lossless", true, false, true, false},
    {"1.2.840.10008.1.2.8.1", "Deflated Image Frame Compression", true, false, true, false},
    {"1.2.840.10008.1.2.6.1", "RFC 2557 MIME Encapsulation (retired)", false, false, false, false},
}};

} // namespace

QString gdcmVersion() { return QString::fromLatin1(gdcm::Version::GetVersion()); }

TransferSyntaxInfo transferSyntaxInfo(const QString &uidIn)
{
    QString uid = uidIn;
    while (!uid.isEmpty() && (uid.back() == QChar(0) || uid.back() == QChar(' ')))
        uid.chop(1);
    TransferSyntaxInfo info;
    info.uid = uid;
    for (const Entry &e : kSyntaxes) {
        if (uid == QLatin1String(e.uid)) {
            info.name = QString::fromLatin1(e.name);
            info.known = true;
            info.encapsulated = e.encapsulated;
            info.lossy = e.lossy;
            info.decodable = e.decodable;
            info.alwaysLossy = e.alwaysLossy;
            info.video = uid.startsWith(QLatin1String("1.2.840.10008.1.2.4.10"));   // .100–.108, and the fragmentable .10x.1
            return info;
        }
    }
    info.name = QStringLiteral("unknown transfer syntax");
    return info;
}

} // namespace strata::dicom
