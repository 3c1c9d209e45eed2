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

#include <QFileInfo>
#include <QSaveFile>
#include <QCoreApplication>

#include <sstream>

namespace strata::dicom {

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
    // The same checks as before a decode: GDCM decodes the source to encode the copy.
    auto header = readHeader(path);
    if (!header.ok())
        return header.error();
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

    std::ostringstream out;
    gdcm::ImageWriter writer;
    writer.SetFile(reader.GetFile());
    writer.SetImage(change->GetOutput());
    writer.SetStream(out);
    bool written = false;
    if (!detail::runGuarded([&] { written = writer.Write(); }) || !written)
        return Error(ErrorCode::Internal, path, QCoreApplication::translate("strata::dicom", "the %1 copy could not be written").arg(target.name));
    const std::string bytes = std::move(out).str();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
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
