#include <strata/dicom/Dicomdir.h>

#include <strata/dicom/HeaderReader.h>

#include "GdcmSupport.h"
#include "StructureCheck.h"

#include <gdcmReader.h>

#include <strata/core/Logging.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QCoreApplication>

#include <memory>

#include <sys/stat.h>

namespace strata::dicom {
namespace {

/// Why a Referenced File ID is not followed (empty when it may be): its components are names
/// below the DICOMDIR's folder (PS3.10 8.5), so a leading "\\" (an absolute path),
/// ".", "..", "/" (a "../" path inside one component), ":" (a drive) or a control character is
/// refused before anything is looked up.
QString refusedId(const QString &id)
{
    if (id.startsWith(QLatin1Char('\\')))
        return QCoreApplication::translate("strata::dicom", "it is an absolute path");
    for (const QString &raw : id.split(QLatin1Char('\\'))) {
        const QString c = raw.trimmed();
        if (c.isEmpty())
            continue;  // an empty component (a doubled separator): skipped, as before
        if (c == QLatin1String(".") || c == QLatin1String(".."))
            return QCoreApplication::translate("strata::dicom", "it has a \"%1\" component").arg(c);
        for (QChar ch : c)
            if (ch == QLatin1Char('/') || ch == QLatin1Char(':') || ch.unicode() < 0x20 || ch.unicode() == 0x7F)
                return QCoreApplication::translate("strata::dicom", "a component holds \"%1\"").arg(ch.unicode() < 0x20 ? QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0')) : QString(ch));
    }
    return {};
}

/// Resolves "A\\B\\C" below `root`, each component case-insensitively.
QString resolveCaseInsensitive(const QString &root, const QStringList &components, QHash<QString, QStringList> &listings)
{
    QString current = root;
    for (const QString &raw : components) {
        const QString want = raw.trimmed();
        const QString direct = current + QLatin1Char('/') + want;
        if (QFileInfo::exists(direct)) {
            current = direct;
            continue;
        }
        auto it = listings.find(current);
        if (it == listings.end())
            it = listings.insert(current, QDir(current).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
        QString found;
        for (const QString &entry : *it) {
            // Also as an ISO 9660 disc may show it: "NAME.", "NAME;1", "NAME.;1".
            if (entry.compare(want, Qt::CaseInsensitive) == 0 || withoutIsoVersion(entry).compare(want, Qt::CaseInsensitive) == 0) {
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

/// Why a resolved reference is not opened (empty when it may be): it must stay inside the media
/// root once symbolic links are followed, and be a regular file (a FIFO would block the reader,
/// a device or socket is no file at all). Only stat() is used: nothing is opened.
QString refusedTarget(const QString &canonicalRoot, const QString &resolved)
{
    const QString canonical = QFileInfo(resolved).canonicalFilePath();
    if (canonical.isEmpty())
        return QCoreApplication::translate("strata::dicom", "it cannot be resolved (a dangling link?)");
    if (!canonical.startsWith(canonicalRoot + QLatin1Char('/')))
        return QCoreApplication::translate("strata::dicom", "it resolves outside the DICOMDIR's folder, to %1").arg(canonical);
    struct stat st {};
    if (::stat(QFile::encodeName(canonical).constData(), &st) != 0)
        return QCoreApplication::translate("strata::dicom", "it cannot be examined");
    if (S_ISFIFO(st.st_mode))
        return QCoreApplication::translate("strata::dicom", "it is a FIFO");
    if (S_ISSOCK(st.st_mode))
        return QCoreApplication::translate("strata::dicom", "it is a socket");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return QCoreApplication::translate("strata::dicom", "it is a device");
    if (!S_ISREG(st.st_mode))
        return QCoreApplication::translate("strata::dicom", "it is not a regular file");
    return {};
}

} // namespace

QString withoutIsoVersion(const QString &fileName)
{
    QString name = fileName;
    if (const qsizetype semicolon = name.lastIndexOf(QLatin1Char(';')); semicolon > 0 && semicolon + 1 < name.size()) {
        bool digits = true;
        for (qsizetype i = semicolon + 1; i < name.size() && digits; ++i)
            digits = name.at(i).isDigit() && name.at(i).unicode() < 0x80;
        if (digits)
            name.truncate(semicolon);
    }
    if (name.size() > 1 && name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

bool isDicomdirName(const QString &fileName)
{
    return withoutIsoVersion(fileName).compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0;
}

bool isDicomdir(const QString &path)
{
    if (isDicomdirName(QFileInfo(path).fileName()))
        return true;
    auto h = readHeader(path);
    return h.ok() && h->sopClassUid == QLatin1String("1.2.840.10008.1.3.10");
}

QString mediaStorageSopClass(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return mediaStorageSopClassIn(f.read(kFileMetaHead));
}

QString mediaStorageSopClassIn(const QByteArray &head)
{
    if (head.size() < 132 || head.mid(128, 4) != "DICM")
        return {};
    // Group 0002 is always explicit VR little endian (PS3.10 7.1).
    auto u16 = [&](qsizetype at) { return quint16(quint8(head[at])) | quint16(quint8(head[at + 1])) << 8; };
    auto u32 = [&](qsizetype at) { return quint32(u16(at)) | quint32(u16(at + 2)) << 16; };
    qsizetype at = 132;
    while (at + 8 <= head.size() && u16(at) == 0x0002) {
        const quint16 element = u16(at + 2);
        const QByteArray vr = head.mid(at + 4, 2);
        quint32 length;
        qsizetype value;
        if (vr == "OB" || vr == "OW" || vr == "UN" || vr == "SQ" || vr == "UT" || vr == "UC" || vr == "UR" || vr == "OD" || vr == "OF" || vr == "OL" || vr == "OV") {
            if (at + 12 > head.size())
                return {};
            length = u32(at + 8);
            value = at + 12;
        } else {
            length = u16(at + 6);
            value = at + 8;
        }
        if (length == 0xFFFFFFFFu || value + qsizetype(length) > head.size())
            return {};
        if (element == 0x0002)
            return QString::fromLatin1(head.mid(value, length)).remove(QChar(0)).trimmed();
        at = value + qsizetype(length);
    }
    return {};
}

Result<QStringList> dicomdirFiles(const QString &path, QStringList *missing, QList<Error> *refused)
{
    detail::installGdcmLogBridge();
    auto structure = detail::checkFileStructure(path);
    if (!structure.ok())
        return structure.error();
    auto guarded = detail::readGuarded<gdcm::Reader>(path, structure.value(), [](gdcm::Reader &r) { return r.Read(); });
    if (guarded->error)
        return *guarded->error;
    if (guarded->outcome != detail::ReadOutcome::Ok) {
        if (guarded->outcome == detail::ReadOutcome::Aborted)
            detail::abandon(guarded.release());  // never destroyed: see readGuarded
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "the DICOMDIR could not be parsed"));
    }
    const gdcm::DataSet &ds = guarded->reader->GetFile().GetDataSet();
    auto records = detail::sequence(ds, gdcm::Tag(0x0004, 0x1220));
    const QString root = QFileInfo(path).absolutePath();
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    QStringList files;
    QHash<QString, QStringList> listings;
    if (!records)
        return files;  // an empty file-set
    auto refuse = [&](const QString &id, const QString &why) {
        const Error e(ErrorCode::InvalidArgument, path, QCoreApplication::translate("strata::dicom", "the reference \"%1\" is not followed: %2").arg(id, why));
        qCWarning(lcDicom).noquote() << e.message();
        if (refused)
            refused->push_back(e);
    };
    for (std::size_t i = 1; i <= records->GetNumberOfItems(); ++i) {
        const gdcm::DataSet &item = records->GetItem(i).GetNestedDataSet();
        const QString id = detail::asciiValue(item, gdcm::Tag(0x0004, 0x1500));
        if (id.isEmpty())
            continue;
        if (const QString why = refusedId(id); !why.isEmpty()) {
            refuse(id, why);
            continue;
        }
        const QStringList components = id.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        const QString resolved = resolveCaseInsensitive(root, components, listings);
        if (resolved.isEmpty()) {
            if (missing)
                *missing << root + QLatin1Char('/') + components.join(QLatin1Char('/'));
            continue;
        }
        if (const QString why = refusedTarget(canonicalRoot, resolved); !why.isEmpty()) {
            refuse(id, why);
            continue;
        }
        files << QFileInfo(resolved).absoluteFilePath();
    }
    files.removeDuplicates();
    return files;
}

} // namespace strata::dicom
