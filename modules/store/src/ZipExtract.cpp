#include "ZipExtract.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <utility>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace strata::store {
namespace {

/// Below this many inflated bytes any compression ratio passes: a blank image or a block of
/// zero padding compresses far better than any sensible ratio limit.
constexpr qint64 kRatioFloor = 16LL << 20;

/// A file descriptor closed when it goes out of scope.
class Fd {
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    Fd(Fd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    Fd &operator=(Fd &&other) noexcept
    {
        reset(std::exchange(other.m_fd, -1));
        return *this;
    }
    ~Fd() { reset(); }
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }
    int get() const { return m_fd; }
    bool ok() const { return m_fd >= 0; }

private:
    int m_fd;
};

QString errnoText(int e) { return QString::fromLocal8Bit(std::strerror(e)); }

/// Splits an entry's name into safe path components; returns why it is unsafe, or an empty string.
QString splitName(const QString &name, QStringList *components)
{
    if (name.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("strata::store", "a backslash in the name (a Windows path trick)");
    if (name.startsWith(QLatin1Char('/')))
        return QCoreApplication::translate("strata::store", "an absolute name");
    for (const QChar c : name)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QCoreApplication::translate("strata::store", "a control character in the name");
    for (const QString &part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            return QCoreApplication::translate("strata::store", "'..' in the name (it would point outside the folder)");
        if (part != QLatin1String("."))
            *components << part;
    }
    if (components->isEmpty())
        return QCoreApplication::translate("strata::store", "an empty name");
    return {};
}

/// Opens (creating where missing) the folders `dirs` below `root`, never following a link.
Fd openFolders(int root, const QStringList &dirs, QString *why)
{
    Fd fd(::dup(root));
    for (const QString &dir : dirs) {
        const QByteArray name = QFile::encodeName(dir);
        int next = ::openat(fd.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (next < 0 && errno == ENOENT) {
            if (::mkdirat(fd.get(), name.constData(), 0700) != 0 && errno != EEXIST) {
                *why = QCoreApplication::translate("strata::store", "cannot create folder '%1': %2").arg(dir, errnoText(errno));
                return Fd();
            }
            next = ::openat(fd.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        }
        if (next < 0) {
            *why = errno == ELOOP || errno == ENOTDIR
                       ? QCoreApplication::translate("strata::store", "'%1' in its path is not a folder").arg(dir)
                       : QCoreApplication::translate("strata::store", "cannot open folder '%1': %2").arg(dir, errnoText(errno));
            return Fd();
        }
        fd.reset(next);
    }
    return fd;
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

qint64 unpackBudget(qint64 archiveSize, const ZipLimits &limits)
{
    const qint64 maxRatio = std::max<qint64>(1, limits.maxRatio);
    return std::max(kRatioFloor, archiveSize > limits.maxTotalBytes / maxRatio ? limits.maxTotalBytes : archiveSize * maxRatio);
}

Result<ZipExtraction> extractZip(const QString &zipPath, const QString &targetDir, const ZipLimits &limits,
                                 const CancellationToken &cancel)
{
    const qint64 zipSize = QFileInfo(zipPath).size();
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return Error(ErrorCode::Malformed, zipPath, QCoreApplication::translate("strata::store", "the zip file cannot be read (damaged or not a zip), code %1").arg(zip.getZipError()));
    if (zip.getEntriesCount() > limits.maxEntries)
        return Error(ErrorCode::TooLarge, zipPath,
                     QCoreApplication::translate("strata::store", "the zip file has %1 entries, more than the limit of %2").arg(zip.getEntriesCount()).arg(limits.maxEntries));
    const Fd root(::open(QFile::encodeName(targetDir).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!root.ok())
        return Error(ErrorCode::IoError, targetDir, QCoreApplication::translate("strata::store", "cannot open the folder to extract into: ") + errnoText(errno));

    const qint64 maxRatio = std::max<qint64>(1, limits.maxRatio);
    const qint64 zipBudget = unpackBudget(zipSize, limits);
    ZipExtraction out;
    qint64 entries = 0;
    qint64 total = 0;
    constexpr qint64 kChunk = 1 << 16;
    std::unique_ptr<char[]> buffer(new char[kChunk]);
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, zipPath, QCoreApplication::translate("strata::store", "extraction cancelled"));
        if (++entries > limits.maxEntries)
            return Error(ErrorCode::TooLarge, zipPath, QCoreApplication::translate("strata::store", "the zip file has more than %1 entries").arg(limits.maxEntries));
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return Error(ErrorCode::Malformed, zipPath, QCoreApplication::translate("strata::store", "entry %1 cannot be read (damaged zip)").arg(entries));
        const QString entry = info.name;
        auto refuse = [&](const QString &why) { out.refused << QStringLiteral("%1: %2").arg(entry, why); };
        QStringList parts;
        if (const QString why = splitName(entry, &parts); !why.isEmpty()) {
            refuse(why);
            continue;
        }
        // The high 16 bits of the external attributes hold the Unix mode where the zip was made
        // on Unix; a link, device, FIFO or socket declared there is refused whatever the host.
        const quint32 type = (info.externalAttr >> 16) & S_IFMT;
        if (type == S_IFLNK) {
            refuse(QCoreApplication::translate("strata::store", "a symbolic link (only regular files are extracted)"));
            continue;
        }
        const bool directory = entry.endsWith(QLatin1Char('/')) || type == S_IFDIR;
        if (type != 0 && type != S_IFREG && type != S_IFDIR) {
            refuse(QCoreApplication::translate("strata::store", "not a regular file (a device, FIFO or socket)"));
            continue;
        }
        QString why;
        if (directory) {
            if (!openFolders(root.get(), parts, &why).ok())
                refuse(why);
            continue;
        }
        const QString leaf = parts.takeLast();
        const Fd folder = openFolders(root.get(), parts, &why);
        if (!folder.ok()) {
            refuse(why);
            continue;
        }
        const QByteArray leafName = QFile::encodeName(leaf);
        const Fd file(::openat(folder.get(), leafName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
        if (!file.ok()) {
            refuse(errno == EEXIST ? QCoreApplication::translate("strata::store", "a second entry of the same name")
                                   : QCoreApplication::translate("strata::store", "cannot create the file: ") + errnoText(errno));
            continue;
        }
        auto discard = [&](const QString &reason) {
            ::unlinkat(folder.get(), leafName.constData(), 0);
            refuse(reason);
        };
        QuaZipFile in(&zip);
        if (!in.open(QIODevice::ReadOnly)) {
            discard(QCoreApplication::translate("strata::store", "cannot be read (encrypted or damaged), code %1").arg(in.getZipError()));
            continue;
        }
        // The sizes in the headers are the archive's word; the limits count the bytes inflated.
        const qint64 entryBudget = std::max(kRatioFloor, qint64(std::min<quint64>(info.compressedSize, quint64(limits.maxTotalBytes))) * maxRatio);
        qint64 written = 0;
        QString failure;
        for (;;) {
            const qint64 n = in.read(buffer.get(), kChunk);
            if (n < 0) {
                failure = QCoreApplication::translate("strata::store", "damaged (the data cannot be inflated)");
                break;
            }
            if (n == 0)
                break;
            written += n;
            total += n;
            if (total > limits.maxTotalBytes || total > zipBudget) {
                ::unlinkat(folder.get(), leafName.constData(), 0);
                return Error(ErrorCode::TooLarge, zipPath,
                             total > limits.maxTotalBytes
                                 ? QCoreApplication::translate("strata::store", "more than %1 bytes uncompressed (the limit for one zip), at entry %2").arg(limits.maxTotalBytes).arg(entry)
                                 : QCoreApplication::translate("strata::store", "inflates to more than %1 times its size (a zip bomb?), at entry %2").arg(maxRatio).arg(entry));
            }
            if (written > entryBudget) {
                failure = QCoreApplication::translate("strata::store", "inflates to more than %1 times its compressed size (a zip bomb?)").arg(maxRatio);
                break;
            }
            if (!writeAll(file.get(), buffer.get(), n)) {
                failure = QCoreApplication::translate("strata::store", "cannot be written: ") + errnoText(errno);
                break;
            }
            if (cancel.isCancelled()) {
                ::unlinkat(folder.get(), leafName.constData(), 0);
                return Error(ErrorCode::Cancelled, zipPath, QCoreApplication::translate("strata::store", "extraction cancelled"));
            }
        }
        in.close();
        if (failure.isEmpty() && in.getZipError() != UNZ_OK)
            failure = QCoreApplication::translate("strata::store", "damaged (checksum or data error, code %1)").arg(in.getZipError());
        if (!failure.isEmpty()) {
            discard(failure);
            continue;
        }
        out.files << targetDir + QLatin1Char('/') + (parts.isEmpty() ? leaf : parts.join(QLatin1Char('/')) + QLatin1Char('/') + leaf);
    }
    if (zip.getZipError() != UNZ_OK && zip.getZipError() != UNZ_END_OF_LIST_OF_FILE)
        return Error(ErrorCode::Malformed, zipPath, QCoreApplication::translate("strata::store", "the zip file's directory is damaged, code %1").arg(zip.getZipError()));
    out.bytes = total;
    return out;
}

} // namespace strata::store
