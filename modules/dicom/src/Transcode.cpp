#include <strata/dicom/Transcode.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/TransferSyntax.h>

#include "GdcmSupport.h"
#include "PixelChecks.h"
#include "StructureCheck.h"

#include <gdcmImageChangeTransferSyntax.h>
#include <gdcmImageReader.h>
#include <gdcmImageWriter.h>
#include <gdcmTransferSyntax.h>
#include <gdcmWriter.h>

#include <QFileInfo>
#include <QSaveFile>
#include <QCoreApplication>

#include <algorithm>
#include <sstream>

namespace strata::dicom {
namespace {

bool isNative(gdcm::TransferSyntax::TSType ts)
{
    return ts == gdcm::TransferSyntax::ImplicitVRLittleEndian || ts == gdcm::TransferSyntax::ExplicitVRLittleEndian
           || ts == gdcm::TransferSyntax::ExplicitVRBigEndian;
}

/// What `writer` (set up with the file to write) writes, in memory; guarded as every GDCM call.
template <typename Writer>
Result<QByteArray> writtenCopy(Writer &writer, const QString &path, const TransferSyntaxInfo &target)
{
    std::ostringstream out;
    writer.SetStream(out);
    bool written = false;
    if (!detail::runGuarded([&] { written = writer.Write(); }) || !written)
        return Error(ErrorCode::Internal, path, QCoreApplication::translate("strata::dicom", "the %1 copy could not be written").arg(target.name));
    const std::string bytes = std::move(out).str();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

gdcm::DataElement usElement(std::uint16_t element, std::uint16_t value)
{
    gdcm::DataElement de(gdcm::Tag(0x0028, element));
    de.SetVR(gdcm::VR::US);
    de.SetByteValue(reinterpret_cast<const char *>(&value), 2);  // GDCM keeps values little endian
    return de;
}

/// The uncompressed copy of an image whose compressed pixel data GDCM cannot read but Strata
/// decodes (High-Throughput JPEG 2000, deflated image frames): Strata's decoded values written as
/// native pixel data into the data set GDCM read up to it. Grayscale keeps its depth (stored
/// values at bit 0; 1-bit frames packed as DICOM packs them, across frames); colour becomes 8-bit
/// RGB, as Strata decodes it.
Result<QByteArray> transcodeDecoded(const QString &path, const detail::FileStructure &fs, const DicomHeader &header,
                                    const TransferSyntaxInfo &target, gdcm::TransferSyntax::TSType gdcmTarget)
{
    const PixelDescription &pd = header.pixel;
    const QString source = transferSyntaxInfo(fs.transferSyntaxUid).name;
    if (!isNative(gdcmTarget))
        return Error(ErrorCode::Unsupported, path,
                     QCoreApplication::translate("strata::dicom", "%1 pixel data can be transcoded only to an uncompressed syntax, not to %2").arg(source, target.name));
    auto decoded = decodePixels(path);
    if (!decoded.ok())
        return decoded.error();
    const DecodedImage &image = decoded.value();
    if (image.type == SampleType::Float32 || image.type == SampleType::Float64)
        return Error(ErrorCode::Unsupported, path, QCoreApplication::translate("strata::dicom", "floating-point pixels cannot be written as integer pixel data"));
    auto read = detail::readUpToPixelData(path, fs);
    if (!read.ok())
        return read.error();
    gdcm::File &file = read.value()->reader->GetFile();
    gdcm::DataSet &ds = file.GetDataSet();
    const bool packed = pd.bitsAllocated == 1 && !image.isColor();
    const int bits = image.isColor() ? 8
                     : packed        ? 1
                                     : int(image.data.size() / (std::size_t(image.rows) * std::size_t(image.columns) * std::size_t(image.frames))) * 8;
    if (image.isColor()) {
        ds.Replace(usElement(0x0002, 3));
        gdcm::DataElement pi(gdcm::Tag(0x0028, 0x0004));
        pi.SetVR(gdcm::VR::CS);
        pi.SetByteValue("RGB ", 4);
        ds.Replace(pi);
        ds.Replace(usElement(0x0006, 0));
        ds.Replace(usElement(0x0101, 8));
        ds.Replace(usElement(0x0103, 0));
    }
    ds.Replace(usElement(0x0100, std::uint16_t(bits)));
    // The decoded values sit at bit 0, sign-extended where signed.
    const std::optional<int> stored = detail::ushortValue(ds, gdcm::Tag(0x0028, 0x0101));
    ds.Replace(usElement(0x0102, std::uint16_t(std::clamp(stored.value_or(bits), 1, bits) - 1)));
    gdcm::DataElement pixels(gdcm::Tag(0x7FE0, 0x0010));
    pixels.SetVR(bits > 8 ? gdcm::VR::OW : gdcm::VR::OB);
    std::vector<char> value;
    if (packed) {
        value.assign((image.data.size() + 7) / 8, '\0');
        for (std::size_t i = 0; i < image.data.size(); ++i)
            if (image.data[i] & 1u)
                value[i / 8] = char(std::uint8_t(value[i / 8]) | std::uint8_t(1u << (i % 8)));
    } else {
        value.assign(image.data.begin(), image.data.end());
    }
    if (value.size() % 2)
        value.push_back('\0');
    pixels.SetByteValue(value.data(), std::uint32_t(value.size()));
    ds.Replace(pixels);
    // Once lossy, always lossy (PS3.5 8.2): the uncompressed copy says so, with the method the
    // codestream showed where the file named none.
    if (const LossyCompression &lossy = header.lossyCompression; lossy.lossy) {
        gdcm::DataElement flag(gdcm::Tag(0x0028, 0x2110));
        flag.SetVR(gdcm::VR::CS);
        flag.SetByteValue("01", 2);
        ds.Replace(flag);
        if (!ds.FindDataElement(gdcm::Tag(0x0028, 0x2114)) && !lossy.methods.isEmpty()) {
            QByteArray methods = lossy.methods.join(QLatin1Char('\\')).toLatin1();
            if (methods.size() % 2)
                methods.append(' ');
            gdcm::DataElement method(gdcm::Tag(0x0028, 0x2114));
            method.SetVR(gdcm::VR::CS);
            method.SetByteValue(methods.constData(), std::uint32_t(methods.size()));
            ds.Replace(method);
        }
    }
    file.GetHeader().SetDataSetTransferSyntax(gdcm::TransferSyntax(gdcmTarget));

    gdcm::Writer writer;
    writer.SetFile(file);
    return writtenCopy(writer, path, target);
}

} // namespace

Result<QByteArray> transcode(const QString &path, const QString &targetSyntax)
{
    detail::installGdcmLogBridge();
    const TransferSyntaxInfo target = transferSyntaxInfo(targetSyntax);
    const QByteArray targetUid = target.uid.toLatin1();
    const gdcm::TransferSyntax gdcmTarget = gdcm::TransferSyntax::GetTSType(targetUid.constData());
    if (!target.known || gdcmTarget == gdcm::TransferSyntax::TS_END)
        return Error(ErrorCode::Unsupported, path, QCoreApplication::translate("strata::dicom", "cannot transcode to %1: unknown transfer syntax").arg(targetSyntax));
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::NotFound, path, QCoreApplication::translate("strata::dicom", "no such file"));

    auto structure = detail::checkFileStructure(path);
    if (!structure.ok())
        return structure.error();
    const detail::FileStructure &fs = structure.value();
    if (!fs.hasPixelData)
        return Error(ErrorCode::Unsupported, path, QCoreApplication::translate("strata::dicom", "cannot transcode to %1: the object has no pixel data").arg(target.name));
    auto header = readHeader(path);
    if (!header.ok())
        return header.error();
    if (fs.pixelDataEncapsulated && !fs.declaredSyntaxFollowed) {
        // GDCM reads such a file only as a copy labelled uncompressed: it would write the
        // fragments back under that label. Strata decodes HTJ2K and deflated frames itself; any
        // other is refused.
        if (detail::decodedByStrataOnly(fs.transferSyntaxUid))
            return transcodeDecoded(path, fs, header.value(), target, gdcmTarget);
        const TransferSyntaxInfo source = transferSyntaxInfo(fs.transferSyntaxUid);
        return Error(ErrorCode::Unsupported, path,
                     QCoreApplication::translate("strata::dicom", "cannot transcode to %1: GDCM %2 cannot read compressed pixel data in %3 (%4)")
                         .arg(target.name, gdcmVersion(), source.name, source.uid.isEmpty() ? QCoreApplication::translate("strata::dicom", "no transfer syntax") : source.uid));
    }
    // The same checks as before a decode: GDCM decodes the source to encode the copy.
    auto sizes = detail::pixelSizes(path, header.value().pixel, DecodeOptions{}.maxBytes);
    if (!sizes.ok())
        return sizes.error();
    if (Status checked = detail::checkBeforeDecoding(path, header.value(), fs, sizes.value()); !checked.ok())
        return checked.error();

    auto guarded = detail::readGuarded<gdcm::ImageReader>(path, fs, [](gdcm::ImageReader &r) { return r.Read(); });
    if (guarded->error)
        return *guarded->error;
    if (guarded->outcome == detail::ReadOutcome::Aborted) {
        detail::abandon(guarded.release());  // never destroyed: see readGuarded
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the image attributes are inconsistent (GDCM refused them)"));
    }
    if (guarded->outcome != detail::ReadOutcome::Ok)
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the image could not be parsed"));
    gdcm::ImageReader &reader = *guarded->reader;

    const QString source = transferSyntaxInfo(fs.transferSyntaxUid).name;
    auto change = std::make_unique<gdcm::ImageChangeTransferSyntax>();
    change->SetTransferSyntax(gdcm::TransferSyntax(gdcmTarget));
    change->SetInput(reader.GetImage());
    bool changed = false;
    if (!detail::runGuarded([&] { changed = change->Change(); })) {
        detail::abandon(guarded.release());  // codec state undefined after the abort
        detail::abandon(change.release());
        changed = false;
    }
    if (!changed)
        return Error(ErrorCode::DecodeFailed, path,
                     QCoreApplication::translate("strata::dicom", "%1 pixel data could not be transcoded to %2 (corrupt or unsupported encoding)").arg(source, target.name));

    gdcm::ImageWriter writer;
    writer.SetFile(reader.GetFile());
    writer.SetImage(change->GetOutput());
    return writtenCopy(writer, path, target);
}

Status transcodeToFile(const QString &path, const QString &targetSyntax, const QString &outPath)
{
    auto bytes = transcode(path, targetSyntax);
    if (!bytes.ok())
        return bytes.error();
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit())
        return Error(ErrorCode::IoError, outPath, file.errorString());
    return {};
}

} // namespace strata::dicom
