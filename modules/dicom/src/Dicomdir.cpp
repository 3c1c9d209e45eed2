#include <strata/dicom/Dicomdir.h>

#include <strata/dicom/HeaderReader.h>

#include "GdcmSupport.h"
#include "StructureCheck.h"

#include <gdcmReader.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <memory>

namespace strata::dicom {
namespace {

/// Resolves "A\\B\\C" below `root`, each component case-insensitively.
QString resolveCaseInsensitive(const QString &root, const QStringList &components, QHash<QString, QStringList> &listings)
{
    QString current = root;
    for (const QString &raw : components) {
        const QString want = raw.trimmed();
        if (want.isEmpty() || want == QLatin1String("..") || want == QLatin1String("."))
            return {};
        const QString direct = current + QLatin1Char('/') + want;
        if (QFileInfo::exists(direct)) {
            current = direct;
            continue;
        }
        auto it = listings.find(current);
        if (it == listings.end())
            it = listings.insert(current, QDir(current).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
        QString found;
        for (const QString &entry : *it) {
            // Also accept a trailing "." (ISO 9660 version-less names shown as "NAME.").
            if (entry.compare(want, Qt::CaseInsensitive) == 0 || entry.compare(want + QLatin1Char('.'), Qt::CaseInsensitive) == 0) {
                found = entry;
                break;
            }
        }
        if (found.isEmpty())
            return {};
        current += QLatin1Char('/') + found;
    }
    return current;
}

} // namespace

bool isDicomdir(const QString &path)
{
    if (QFileInfo(path).fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0)
        return true;
    auto h = readHeader(path);
    return h.ok() && h->sopClassUid == QLatin1String("1.2.840.10008.1.3.10");
}

Result<QStringList> dicomdirFiles(const QString &path, QStringList *missing)
{
    detail::installGdcmLogBridge();
    auto structure = detail::checkFileStructure(path);
    if (!structure.ok())
        return structure.error();
    auto reader = std::make_unique<gdcm::Reader>();
    reader->SetFileName(QFile::encodeName(path).constData());
    bool read = false;
    if (!detail::runGuarded([&] { read = reader->Read(); })) {
        (void)reader.release();  // never destroy an object whose call was aborted
        read = false;
    }
    if (!read)
        return Error(ErrorCode::Malformed, path, QStringLiteral("the DICOMDIR could not be parsed"));
    const gdcm::DataSet &ds = reader->GetFile().GetDataSet();
    auto records = detail::sequence(ds, gdcm::Tag(0x0004, 0x1220));
    const QString root = QFileInfo(path).absolutePath();
    QStringList files;
    QHash<QString, QStringList> listings;
    if (!records)
        return files;  // an empty file-set
    for (std::size_t i = 1; i <= records->GetNumberOfItems(); ++i) {
        const gdcm::DataSet &item = records->GetItem(i).GetNestedDataSet();
        const QString id = detail::asciiValue(item, gdcm::Tag(0x0004, 0x1500));
        if (id.isEmpty())
            continue;
        const QStringList components = id.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        const QString resolved = resolveCaseInsensitive(root, components, listings);
        if (resolved.isEmpty()) {
            if (missing)
                *missing << root + QLatin1Char('/') + components.join(QLatin1Char('/'));
            continue;
        }
        files << QFileInfo(resolved).absoluteFilePath();
    }
    files.removeDuplicates();
    return files;
}

} // namespace strata::dicom
