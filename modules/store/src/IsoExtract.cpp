#include "IsoExtract.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QStorageInfo>

#include <algorithm>

namespace strata::store {

bool isIsoImage(QFile &file)
{
    constexpr qint64 kDescriptor = 16 * 2048 + 1;   // the Primary Volume Descriptor's identifier
    if (file.size() < kDescriptor + 5 || !file.seek(kDescriptor))
        return false;
    return file.read(5) == "CD001";
}

bool isUdfOnlyImage(QFile &file)
{
    bool udf = false;
    for (qint64 sector = 16; sector < 32; ++sector) {
        if (!file.seek(sector * 2048 + 1))
            return false;
        const QByteArray id = file.read(5);
        if (id == "CD001")
            return false;   // an ISO 9660 volume too: a hybrid, read through it
        if (id == "NSR02" || id == "NSR03")
            udf = true;
        else if (id != "BEA01" && id != "TEA01" && id != "BOOT2" && id != "CDW02")
            break;          // the end of the recognition sequence
    }
    return udf;
}

void makeFoldersWritable(const QString &root)
{
    QFile::setPermissions(root, QFile::permissions(root) | QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDirIterator folders(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (folders.hasNext()) {
        const QString folder = folders.next();
        if (!folders.fileInfo().isSymLink())
            QFile::setPermissions(folder, folders.fileInfo().permissions() | QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

namespace {

constexpr qint64 kKeepFree = qint64(64) << 20;

/// What the image's files take once unpacked, as the image records it (xorriso -dus, in KiB);
/// 0 when it cannot be told.
qint64 unpackedSize(const QString &tool, const QString &isoPath)
{
    QProcess xorriso;
    xorriso.start(tool, {QStringLiteral("-no_rc"), QStringLiteral("-indev"), isoPath, QStringLiteral("-dus"), QStringLiteral("/")});
    if (!xorriso.waitForFinished(120000) || xorriso.exitCode() != 0)
        return 0;
    for (const QByteArray &line : xorriso.readAllStandardOutput().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.endsWith("'/'")) {
            bool ok = false;
            const qint64 kib = trimmed.split(' ').first().toLongLong(&ok);
            return ok ? kib * 1024 : 0;
        }
    }
    return 0;
}

/// The files of the image whose data lie, in part or whole, past the end of `isoPath` (an image
/// cut short): xorriso unpacks some of them as zeros without a word. From `-find -exec
/// report_lba`: "File data lba: <extent>, <first block>, <blocks>, <bytes>, '<path>'" per extent.
QSet<QString> filesPastTheEnd(const QString &tool, const QString &isoPath)
{
    const qint64 blocks = QFileInfo(isoPath).size() / 2048;
    QProcess xorriso;
    xorriso.start(tool, {QStringLiteral("-no_rc"), QStringLiteral("-abort_on"), QStringLiteral("NEVER"), QStringLiteral("-indev"), isoPath,
                         QStringLiteral("-find"), QStringLiteral("/"), QStringLiteral("-type"), QStringLiteral("f"), QStringLiteral("-exec"),
                         QStringLiteral("report_lba"), QStringLiteral("--")});
    QSet<QString> past;
    if (!xorriso.waitForFinished(120000))
        return past;
    for (const QByteArray &raw : xorriso.readAllStandardOutput().split('\n')) {
        if (!raw.startsWith("File data lba:"))
            continue;
        const QString line = QString::fromLocal8Bit(raw);
        const qsizetype quote = line.indexOf(QLatin1Char('\''));
        const QStringList numbers = line.mid(14, quote < 0 ? -1 : quote - 14).split(QLatin1Char(','));
        if (quote < 0 || numbers.size() < 4 || !line.endsWith(QLatin1Char('\'')))
            continue;
        const qint64 first = numbers[1].trimmed().toLongLong();
        const qint64 count = numbers[2].trimmed().toLongLong();
        if (first + count > blocks)
            past.insert(line.mid(quote + 1, line.size() - quote - 2));
    }
    return past;
}

/// Takes out of what xorriso unpacked below `root` all that is not a regular file or folder (each
/// named in `out.refused`), and lists the regular files with their bytes in `out`.
void keepRegularFiles(const QString &root, ZipExtraction &out)
{
    makeFoldersWritable(root);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    QStringList others;
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || (!info.isDir() && !info.isFile())) {
            others << path;
        } else if (info.isFile()) {
            out.files << path;
            out.bytes += info.size();
        }
    }
    for (const QString &path : others) {
        const QFileInfo info(path);
        out.refused << QCoreApplication::translate("strata::store", "%1: %2 (left out)")
                           .arg(QDir(root).relativeFilePath(path),
                                info.isSymLink() ? QCoreApplication::translate("strata::store", "a symbolic link")
                                                 : QCoreApplication::translate("strata::store", "not a regular file"));
        QFile::remove(path);
    }
    out.files.sort();
}

} // namespace

Result<ZipExtraction> extractIso(const QString &isoPath, const QString &targetDir, qint64 maxBytes, const CancellationToken &cancel)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("xorriso"));
    if (tool.isEmpty())
        return Error(ErrorCode::Unsupported, isoPath,
                     QCoreApplication::translate("strata::store", "a disc image (ISO 9660): install xorriso to import it, or mount it and import the disc"));
    // Unpacked, the files take what the image says they take (more than the image where they are
    // compressed on it, zisofs): that must fit beside the 64 MB the volume keeps free.
    const QStorageInfo volume(targetDir);
    const qint64 size = std::max(QFileInfo(isoPath).size(), unpackedSize(tool, isoPath));
    if (size > maxBytes)
        return Error(ErrorCode::TooLarge, isoPath,
                     QCoreApplication::translate("strata::store", "its files take %1 MB unpacked, more than the %2 MB it may unpack to (200 times the outermost archive it came in)")
                         .arg(size >> 20).arg(maxBytes >> 20));
    if (volume.isValid() && volume.bytesAvailable() < size + kKeepFree)
        return Error(ErrorCode::IoError, isoPath,
                     QCoreApplication::translate("strata::store", "not enough room to unpack the disc image: its files take %1 MB, %2 MB are free on %3 (64 MB are kept free)")
                         .arg(size >> 20).arg(volume.bytesAvailable() >> 20).arg(volume.rootPath()));
    const QString root = targetDir + QStringLiteral("/disc");
    QProcess xorriso;
    xorriso.setProcessChannelMode(QProcess::MergedChannels);
    // -no_rc: no startup file of the user's or the system's changes what follows; -osirrox on:
    // extraction allowed (device files stay refused); -abort_on NEVER: a damaged or cut-short
    // image gives every file that can still be read (each one that cannot is named).
    xorriso.start(tool, {QStringLiteral("-no_rc"), QStringLiteral("-abort_on"), QStringLiteral("NEVER"), QStringLiteral("-osirrox"), QStringLiteral("on"),
                         QStringLiteral("-indev"), isoPath, QStringLiteral("-extract"), QStringLiteral("/"), root});
    if (!xorriso.waitForStarted(30000))
        return Error(ErrorCode::IoError, isoPath, QCoreApplication::translate("strata::store", "cannot run xorriso: %1").arg(xorriso.errorString()));
    QByteArray output;
    while (!xorriso.waitForFinished(100)) {
        output += xorriso.readAll();
        if (cancel.isCancelled()) {
            xorriso.kill();
            xorriso.waitForFinished(10000);
            return Error(ErrorCode::Cancelled, isoPath, QCoreApplication::translate("strata::store", "cancelled while the disc image was unpacked"));
        }
        // Should the files take more than the image said: the volume that holds the cache is never
        // filled up by an image.
        QStorageInfo now(targetDir);
        if (now.isValid() && now.bytesAvailable() < kKeepFree) {
            xorriso.kill();
            xorriso.waitForFinished(10000);
            return Error(ErrorCode::IoError, isoPath,
                         QCoreApplication::translate("strata::store", "unpacking stopped: the disc image unpacks to more than %1 can hold (64 MB are kept free)")
                             .arg(now.rootPath()));
        }
        if (xorriso.state() == QProcess::NotRunning)
            break;
    }
    output += xorriso.readAll();
    // The files it could not read whole ("Restoring failed:  '/DICOM/IM1' = '<root>/DICOM/IM1'"):
    // what was written of them is removed, and each is named.
    QStringList unreadable;
    QString why;   // xorriso's own words, the last line that says what failed
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromLocal8Bit(raw);
        if (const qsizetype at = line.indexOf(QLatin1String("Restoring failed:")); at >= 0) {
            const QStringList quoted = line.mid(at).split(QLatin1Char('\''));
            if (quoted.size() >= 4) {
                unreadable << quoted[1];
                const QString written = QFileInfo(quoted[3]).absoluteFilePath();
                if (written.startsWith(root + QLatin1Char('/')))
                    QFile::remove(written);
            }
        } else if (line.contains(QLatin1String(": FAILURE :")) || line.contains(QLatin1String(": SORRY :")) || line.contains(QLatin1String(": FATAL :"))) {
            why = line.section(QLatin1Char(':'), 2).trimmed();
        }
    }
    // An image cut short: what lies past its end was written as zeros (or not at all), which would
    // pass for files that are not DICOM. Each is removed and named for what it is.
    QStringList cutOff;
    if (QFileInfo(isoPath).size() % 2048 != 0 || output.contains("larger than readable size")) {
        for (const QString &path : filesPastTheEnd(tool, isoPath)) {
            if (unreadable.contains(path))
                continue;
            cutOff << path;
            QFile::remove(root + path);
        }
    }
    ZipExtraction extraction;
    if (QFileInfo(root).isDir())
        keepRegularFiles(root, extraction);
    for (const QString &path : unreadable)
        extraction.refused << QCoreApplication::translate("strata::store", "%1: cannot be read from the image (damaged or cut short)").arg(path.mid(1));
    cutOff.sort();
    for (const QString &path : std::as_const(cutOff))
        extraction.refused << QCoreApplication::translate("strata::store", "%1: lies past the end of the disc image, which is cut short (a broken download?)").arg(path.mid(1));
    const bool failed = xorriso.exitStatus() != QProcess::NormalExit || xorriso.exitCode() != 0;
    if (failed && extraction.files.isEmpty())
        return Error(ErrorCode::Malformed, isoPath,
                     QCoreApplication::translate("strata::store", "the disc image cannot be read: %1")
                         .arg(why.isEmpty() ? QCoreApplication::translate("strata::store", "xorriso ended with status %1").arg(xorriso.exitCode()) : why));
    return extraction;
}

} // namespace strata::store
