#include <strata/store/ImportPipeline.h>
#include <strata/store/Ingest.h>

#include "LocalCachePrivate.h"

#include <strata/core/Logging.h>
#include <strata/core/Sha256.h>
#include <strata/dicom/Dicomdir.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/HeaderReader.h>

#include "IsoExtract.h"
#include "ZipExtract.h"

#include <strata/core/WorkPool.h>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentMap>

#include <QMutex>
#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <atomic>
#include <memory>
#include <numeric>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace strata::store {
namespace {

constexpr const char *kDicomdirClass = "1.2.840.10008.1.3.10";

QMutex g_hookMutex;
std::shared_ptr<const ImportTestHook> g_processHook;

std::shared_ptr<const ImportTestHook> processHook()
{
    QMutexLocker lock(&g_hookMutex);
    return g_processHook;
}

/// STRATA_TEST_PAUSE_AT=<stage>:<n>: at that point the import says so on stderr and blocks for
/// good (every later stage blocks too), so that a crash test kills it at a moment the importer
/// chose, not at one a clock chose.
ImportTestHook pauseHookFromEnvironment()
{
    const QByteArray spec = qgetenv("STRATA_TEST_PAUSE_AT");
    if (spec.isEmpty())
        return {};
    const QByteArray name = spec.split(':').value(0);
    const int n = spec.split(':').value(1).toInt();
    ImportStage stage;
    if (name == "start")
        stage = ImportStage::BeforeFirstBatch;
    else if (name == "stored")
        stage = ImportStage::FileStored;
    else if (name == "index")
        stage = ImportStage::BeforeIndex;
    else if (name == "committed")
        stage = ImportStage::BatchCommitted;
    else
        return {};
    auto paused = std::make_shared<std::atomic<bool>>(false);
    return [stage, n, name, paused](ImportStage s, int at) {
        if (!paused->load() && !(s == stage && (at == n || s == ImportStage::BeforeFirstBatch)))
            return;
        if (!paused->exchange(true)) {
            const QByteArray line = "strata: test pause at " + name + ' ' + QByteArray::number(at) + '\n';
            (void)!::write(STDERR_FILENO, line.constData(), size_t(line.size()));
        }
        for (;;)
            ::pause();
    };
}

struct Parsed {
    QString path;
    qint64 size = 0;
    enum class Kind { Skip, NotDicom, Broken, Directory, Ok } kind = Kind::Skip;
    Error error;
    dicom::DicomHeader header;
    QByteArray sha;
};

/// What a file named as a source is: a DICOMDIR (by its name, any case and ISO 9660 version, or
/// by its content: one given under another name is read by its records too, instead of being
/// skipped as a file that holds no image), a zip, a disc image (ISO 9660), or a file to import.
/// One read of its first bytes (and of the volume descriptor where they are not DICOM).
enum class SourceKind { File, Dicomdir, Zip, Iso, UdfOnly };
SourceKind sourceKind(const QFileInfo &info)
{
    if (dicom::isDicomdirName(info.fileName()))
        return SourceKind::Dicomdir;
    QFile f(info.absoluteFilePath());
    if (!f.open(QIODevice::ReadOnly))
        return SourceKind::File;   // the import says why it cannot be read
    const QByteArray head = f.read(dicom::kFileMetaHead);
    if (head.startsWith(QByteArray("PK\x03\x04", 4)))
        return SourceKind::Zip;
    if (head.mid(128, 4) == "DICM")
        return dicom::mediaStorageSopClassIn(head) == QLatin1String(kDicomdirClass) ? SourceKind::Dicomdir : SourceKind::File;
    if (isIsoImage(f))
        return SourceKind::Iso;
    return isUdfOnlyImage(f) ? SourceKind::UdfOnly : SourceKind::File;
}

/// Why a disc image in UDF alone is not imported, and what to do.
Error udfOnlyImage(const QString &path)
{
    return Error(ErrorCode::Unsupported, path,
                 QCoreApplication::translate("strata::store", "a disc image in UDF only (no ISO 9660 part), which cannot be unpacked here: mount it and import the disc"));
}

/// The files below a DICOMDIR's folder, without the DICOMDIR itself and without the folders below
/// it that hold a DICOMDIR of their own.
QStringList filesOfFileSet(const QString &dicomdir)
{
    const QString root = QFileInfo(dicomdir).absolutePath();
    QStringList files;
    QStringList pending{root};
    while (!pending.isEmpty()) {
        const QDir dir(pending.takeFirst());
        const bool nested = dir.absolutePath() != root;
        const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
        if (nested && std::any_of(entries.begin(), entries.end(), [](const QFileInfo &e) {
                return e.isFile() && dicom::isDicomdirName(e.fileName());
            }))
            continue;
        for (const QFileInfo &e : entries) {
            if (e.isDir())
                pending << e.absoluteFilePath();
            else if (e.isFile() && e.absoluteFilePath() != QFileInfo(dicomdir).absoluteFilePath())
                files << e.absoluteFilePath();
        }
    }
    files.sort();
    return files;
}

/// The files below folders, in the order dicom::listFiles gives them (all paths sorted) without
/// holding that list: each folder's entries are listed when the walk reaches it, so that an
/// import of a million files keeps only the folders on its way in memory. Hidden entries count;
/// links to files are files, links to folders are not entered (as QDirIterator).
class FolderWalk {
public:
    explicit FolderWalk(QStringList roots) : m_roots(std::move(roots)) {}

    /// Up to `n` more files; fewer only at the end.
    QStringList next(int n)
    {
        QStringList out;
        while (out.size() < n) {
            if (m_stack.empty()) {
                if (m_nextRoot >= m_roots.size())
                    break;
                enter(m_roots.at(m_nextRoot++));
                continue;
            }
            Level &top = m_stack.back();
            if (top.at >= top.entries.size()) {
                m_stack.pop_back();
                continue;
            }
            const Entry e = top.entries.at(top.at++);
            const QString path = top.dir + QLatin1Char('/') + e.name;
            if (e.folder)
                enter(path);
            else
                out << path;
        }
        return out;
    }

    /// How many files the walk will give and their bytes, by a walk of its own (no list kept).
    static std::pair<qint64, qint64> count(const QStringList &roots)
    {
        qint64 files = 0, bytes = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                ++files;
                bytes += it.fileInfo().size();
            }
        }
        return {files, bytes};
    }

private:
    struct Entry {
        QString name;
        bool folder = false;
    };
    struct Level {
        QString dir;
        std::vector<Entry> entries;
        std::size_t at = 0;
    };

    void enter(const QString &dir)
    {
        Level level;
        level.dir = dir;
        QDir d(dir);
        for (const QString &name : d.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::NoSort))
            level.entries.push_back({name, false});
        for (const QFileInfo &sub : d.entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::NoSort))
            level.entries.push_back({sub.fileName(), true});
        // A folder sorts as its name and a '/': then the walk visits paths in sorted order.
        auto key = [](const Entry &e) { return e.folder ? e.name + QLatin1Char('/') : e.name; };
        std::sort(level.entries.begin(), level.entries.end(), [&](const Entry &a, const Entry &b) { return key(a) < key(b); });
        m_stack.push_back(std::move(level));
    }

    QStringList m_roots;
    qsizetype m_nextRoot = 0;
    std::vector<Level> m_stack;
};

/// A zip or disc image unpacked for the import: its folder lives until the import ends.
struct Unpacked {
    std::unique_ptr<QTemporaryDir> dir;
    QString source;   ///< the zip or image as the user named it
    QString root;     ///< the folder its entries' names are relative to
};

/// The summary names what came from a zip or disc image by the archive and the entry
/// ("/media/x/disc.iso: entry DICOM/IM1"), never by the private folder it was unpacked into,
/// which is gone when the user reads the summary.
void nameEntriesByTheirArchive(ImportSummary &summary, const std::vector<Unpacked> &unpacked)
{
    auto rename = [&](QString &text) {
        // Inner archives first: their names lie in an outer one's folder, named in turn.
        for (auto u = unpacked.rbegin(); u != unpacked.rend(); ++u)
            if (text.contains(u->root + QLatin1Char('/')))
                text.replace(u->root + QLatin1Char('/'), QCoreApplication::translate("strata::store", "%1: entry ").arg(u->source));
    };
    for (QString &path : summary.notDicom)
        rename(path);
    for (Error &e : summary.broken)
        rename(e.subject);
    for (QString &detail : summary.conflictDetails)
        rename(detail);
}

/// The files to import: named one by one (single files, a DICOMDIR's references, a zip's
/// entries), then everything below the folders, walked while the import goes.
struct ImportFiles {
    QStringList listed;
    QStringList folders;
};

/// Expands the sources into the files to import. Zip files and disc images are unpacked into
/// private temporary folders below `tempRoot` (kept in `extracted` until the import ends).
ImportFiles expandSources(const QStringList &sources, const QString &tempRoot, ImportSummary &summary,
                          std::vector<Unpacked> &extracted, const CancellationToken &cancel,
                          const std::function<void(const ImportProgress &)> &progress)
{
    QStringList files;
    QStringList folders;
    // A zip or disc image: unpacked into a private folder; its files are imported, and a zip or
    // image among them is unpacked in turn (a portal's download: a zip that holds the CD's image),
    // up to three levels.
    // What a named archive unpacks to, everything nested in it included, is bounded as one zip's
    // is (ZipLimits: 200 times its size, at least 16 MiB, at most 64 GiB; 100,000 entries): zips
    // inside zips do not multiply the bomb.
    constexpr int kMaxNesting = 3;
    struct Budget {
        qint64 bytes;
        qint64 entries;
    } budget{0, 0};
    std::function<void(const QString &, SourceKind, int)> unpack = [&](const QString &archive, SourceKind kind, int depth) {
        const bool iso = kind == SourceKind::Iso;
        if (depth == 1) {
            budget = {unpackBudget(QFileInfo(archive).size()), ZipLimits{}.maxEntries};
        }
        if (budget.bytes <= 0 || budget.entries <= 0) {
            summary.broken.push_back(Error(ErrorCode::TooLarge, archive,
                                           QCoreApplication::translate("strata::store", "not unpacked: the archives around it have unpacked to as much as they may")));
            return;
        }
        // The pid in the name lets recovery remove the folder once this process is gone.
        auto dir = std::make_unique<QTemporaryDir>(tempRoot + (iso ? QStringLiteral("/iso-%1-XXXXXX") : QStringLiteral("/zip-%1-XXXXXX")).arg(::getpid()));
        if (!dir->isValid()) {
            summary.broken.push_back(Error(ErrorCode::IoError, archive, QCoreApplication::translate("strata::store", "cannot create a folder to extract into: ") + dir->errorString()));
            return;
        }
        if (progress) {   // a disc image takes seconds: the dialog says what it is doing
            ImportProgress unpacking;
            unpacking.currentFile = QCoreApplication::translate("strata::store", "unpacking %1").arg(archive);
            progress(unpacking);
        }
        ZipLimits limits;   // a named zip: its own; one inside it: what the named one has left
        if (depth > 1) {
            limits.maxTotalBytes = budget.bytes;
            limits.maxEntries = budget.entries;
        }
        auto extraction = iso ? extractIso(archive, dir->path(), budget.bytes, cancel) : extractZip(archive, dir->path(), limits, cancel);
        const QString root = iso ? dir->path() + QStringLiteral("/disc") : dir->path();
        extracted.push_back({std::move(dir), archive, root});
        if (!extraction.ok()) {
            if (extraction.error().code == ErrorCode::TooLarge)
                budget.bytes = 0;   // it wrote up to what was left before it stopped
            summary.broken.push_back(extraction.error());
            return;
        }
        budget.bytes -= extraction.value().bytes;
        budget.entries -= extraction.value().files.size() + extraction.value().refused.size();
        for (const QString &refused : extraction.value().refused)
            summary.broken.push_back(Error(ErrorCode::Malformed, archive,
                                           iso ? QCoreApplication::translate("strata::store", "entry %1").arg(refused)
                                               : QCoreApplication::translate("strata::store", "entry %1 (refused, not extracted)").arg(refused)));
        if (iso && extraction.value().files.isEmpty())
            summary.broken.push_back(Error(ErrorCode::Malformed, archive, QCoreApplication::translate("strata::store", "the disc image holds no files")));
        if (!iso && extraction.value().files.isEmpty() && extraction.value().refused.isEmpty())
            summary.broken.push_back(Error(ErrorCode::Malformed, archive, QCoreApplication::translate("strata::store", "the zip file holds no files")));
        for (const QString &f : extraction.value().files) {
            const SourceKind inner = sourceKind(QFileInfo(f));
            if (inner == SourceKind::UdfOnly)
                summary.broken.push_back(udfOnlyImage(f));
            else if (inner != SourceKind::Zip && inner != SourceKind::Iso)
                files << f;
            else if (depth < kMaxNesting && !cancel.isCancelled())
                unpack(f, inner, depth + 1);
            else if (!cancel.isCancelled())
                summary.broken.push_back(Error(ErrorCode::Unsupported, f,
                                               QCoreApplication::translate("strata::store", "a zip or disc image inside %1 others: not unpacked").arg(kMaxNesting)));
        }
    };
    for (const QString &source : sources) {
        const QFileInfo info(source);
        if (!info.exists()) {
            summary.broken.push_back(Error(ErrorCode::NotFound, source, QCoreApplication::translate("strata::store", "does not exist")));
            continue;
        }
        const SourceKind kind = info.isDir() ? SourceKind::File : sourceKind(info);
        if (info.isDir()) {
            folders << QDir::cleanPath(info.absoluteFilePath());
        } else if (kind == SourceKind::Dicomdir) {
            QStringList missing;
            QList<Error> refused;  // references that leave the media or name no regular file
            auto referenced = dicom::dicomdirFiles(info.absoluteFilePath(), &missing, &refused);
            // The disc the DICOMDIR describes: its folder, every file below it but the DICOMDIR
            // and what lies in a folder with a DICOMDIR of its own (another file-set).
            const QStringList onDisc = filesOfFileSet(info.absoluteFilePath());
            if (!referenced.ok()) {
                // A broken DICOMDIR does not refuse the disc: every file on it is read instead.
                summary.notes << QCoreApplication::translate("strata::store", "%1 could not be read (%2); the disc was scanned instead: %3 file(s)")
                                     .arg(info.absoluteFilePath(), referenced.error().reason)
                                     .arg(onDisc.size());
                files << onDisc;
                continue;
            }
            files << referenced.value();
            // DICOM files the DICOMDIR does not list (written after it, or a careless burner) come
            // too; other files on the disc (a bundled viewer, autorun) are no concern of an import.
            const QSet<QString> listed(referenced.value().begin(), referenced.value().end());
            QStringList unlisted;
            for (const QString &f : onDisc) {
                if (listed.contains(f))
                    continue;
                const QString sopClass = dicom::mediaStorageSopClass(f);   // the meta header only
                if (!sopClass.isEmpty() && sopClass != QLatin1String(kDicomdirClass))
                    unlisted << f;
            }
            if (!unlisted.isEmpty()) {
                summary.notes << QCoreApplication::translate("strata::store", "%1 file(s) on the disc that %2 does not list were imported too")
                                     .arg(unlisted.size())
                                     .arg(info.absoluteFilePath());
                files << unlisted;
            }
            for (const Error &e : refused)
                summary.broken.push_back(e);
            for (const QString &m : missing)
                summary.broken.push_back(Error(ErrorCode::NotFound, m, QCoreApplication::translate("strata::store", "referenced by %1 but not on the media").arg(info.absoluteFilePath())));
        } else if (kind == SourceKind::Iso || kind == SourceKind::Zip) {
            unpack(info.absoluteFilePath(), kind, 1);
        } else if (kind == SourceKind::UdfOnly) {
            summary.broken.push_back(udfOnlyImage(info.absoluteFilePath()));
        } else {
            files << info.absoluteFilePath();
        }
    }
    // Each file once: a folder inside another (or named twice) is walked once, and a file below a
    // walked folder comes with the walk.
    folders.removeDuplicates();
    auto below = [](const QString &path, const QString &folder) {
        return path.startsWith(folder) && (folder.endsWith(QLatin1Char('/')) || path.mid(folder.size(), 1) == QLatin1String("/"));
    };
    QStringList walked;
    for (const QString &f : folders)
        if (std::none_of(folders.begin(), folders.end(), [&](const QString &o) { return o != f && below(f, o); }))
            walked << f;
    files.removeDuplicates();
    files.erase(std::remove_if(files.begin(), files.end(),
                               [&](const QString &f) {
                                   return std::any_of(walked.begin(), walked.end(), [&](const QString &o) { return below(f, o); });
                               }),
                files.end());
    return {files, walked};
}

/// Reads a file's header. Its bytes are hashed later, once: while they are copied into the store
/// (new instances), or on their own where they are compared with a stored copy.
Parsed parseHeader(const QString &path, const CancellationToken &cancel)
{
    Parsed p;
    p.path = path;
    if (cancel.isCancelled())
        return p;
    p.size = QFileInfo(path).size();
    auto header = dicom::readHeader(path);
    if (!header.ok()) {
        p.error = header.error();
        p.kind = header.error().code == ErrorCode::NotDicom ? Parsed::Kind::NotDicom : Parsed::Kind::Broken;
        return p;
    }
    p.header = std::move(header).value();
    if (p.header.sopClassUid == QLatin1String(kDicomdirClass)) {
        p.kind = Parsed::Kind::Directory;
        return p;
    }
    const auto &h = p.header;
    if (h.sopInstanceUid.isEmpty() || h.studyInstanceUid.isEmpty() || h.seriesInstanceUid.isEmpty()) {
        p.kind = Parsed::Kind::Broken;
        p.error = Error(ErrorCode::MissingAttribute, path,
                        QCoreApplication::translate("strata::store", "SOP Instance, Study Instance or Series Instance UID is missing"));
        return p;
    }
    p.kind = Parsed::Kind::Ok;
    return p;
}

/// A new file on its way into the store: copied into a temporary file (or, for moved sources,
/// still where it was), with the SHA-256 of exactly those bytes.
struct Staged {
    QString temp;  ///< empty for a source that is to be moved
    QByteArray sha;
    std::optional<Error> error;
};

/// Copies into the store: into a uniquely named temporary file while hashing (one read; the hash
/// names and indexes exactly the bytes stored), then into place by an atomic rename.
class StoreWriter {
public:
    /// `knownSha256`: the hashes the caller took of its own files as it wrote them (by path),
    /// taken as given for sources that are moved, never for copies (ImportOptions::knownSha256).
    StoreWriter(const LocalCache::Private &d, qint64 diskLimit, bool moveSources, const QHash<QString, QByteArray> &knownSha256)
        : m_d(d), m_limit(diskLimit), m_move(moveSources && diskLimit <= 0), m_known(knownSha256)
    {
    }

    /// The caller's hash of `source`, where it is to be taken as given; else empty.
    QByteArray knownSha(const QString &source) const { return m_move ? m_known.value(source) : QByteArray(); }

    /// Copies (or, for moved sources, only hashes) `source`. A moved source whose hash the caller
    /// took as it wrote the file is not read at all.
    Staged stage(const QString &source)
    {
        if (!m_move)
            return copyToTemp(source);
        Staged s;
        s.sha = knownSha(source);
        if (!s.sha.isEmpty())
            return s;
        auto sha = sha256OfFile(source);
        if (!sha.ok())
            s.error = Error(ErrorCode::IoError, source, QCoreApplication::translate("strata::store", "cannot read: ") + sha.error().reason);
        else
            s.sha = sha.value();
        return s;
    }

    /// Puts a staged file at its place in the store. Its pending row must be committed before:
    /// from then on no deletion removes the file at `relative` (see finishPendingDeletes).
    std::optional<Error> place(const QString &source, Staged &staged, const QString &relative)
    {
        const QString dest = m_d.absolute(relative);
        auto dropTemp = [&] {
            if (!staged.temp.isEmpty())
                QFile::remove(staged.temp);
            staged.temp.clear();
        };
        const qint64 size = QFileInfo(staged.temp.isEmpty() ? source : staged.temp).size();
        if (QFileInfo(dest).size() == size && QFileInfo::exists(dest)) {
            dropTemp();
            return std::nullopt;  // content-addressed: the same bytes are already there
        }
        if (!QDir().mkpath(QFileInfo(dest).absolutePath())) {
            dropTemp();
            return Error(ErrorCode::IoError, dest, QCoreApplication::translate("strata::store", "cannot create the store folder"));
        }
        if (staged.temp.isEmpty()) {
            // The caller's own file (a received instance) on the same file system: one atomic
            // rename instead of writing the bytes a second time. Across file systems: copied,
            // and the copy must have the bytes that were hashed.
            if (::rename(QFile::encodeName(source).constData(), QFile::encodeName(dest).constData()) == 0)
                return std::nullopt;
            Staged copy = copyToTemp(source);
            if (copy.error)
                return copy.error;
            if (copy.sha != staged.sha) {
                QFile::remove(copy.temp);
                return Error(ErrorCode::IoError, source, QCoreApplication::translate("strata::store", "changed while it was being imported"));
            }
            staged.temp = copy.temp;
        }
        if (::rename(QFile::encodeName(staged.temp).constData(), QFile::encodeName(dest).constData()) != 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            dropTemp();
            return Error(ErrorCode::IoError, dest, QCoreApplication::translate("strata::store", "cannot move into place: ") + why);
        }
        staged.temp.clear();
        return std::nullopt;
    }

private:
    Staged copyToTemp(const QString &source)
    {
        Staged s;
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly)) {
            s.error = Error(ErrorCode::IoError, source, QCoreApplication::translate("strata::store", "cannot read: ") + in.errorString());
            return s;
        }
        auto temp = openStoreTemp(m_d);
        if (!temp.ok()) {
            s.error = temp.error();
            return s;
        }
        const int fd = temp.value().fd;
        s.temp = temp.value().path;
        auto fail = [&](const QString &subject, const QString &why) {
            ::close(fd);
            QFile::remove(s.temp);
            s.temp.clear();
            s.error = Error(ErrorCode::IoError, subject, why);
            return s;
        };
        Sha256 hash;
        if (!hash.ok())
            return fail(source, QCoreApplication::translate("strata::store", "SHA-256 is not available (OpenSSL)"));
        constexpr qint64 kChunk = 1 << 20;
        std::unique_ptr<char[]> buffer(new char[kChunk]);
        for (;;) {
            const qint64 n = in.read(buffer.get(), kChunk);
            if (n < 0)
                return fail(source, QCoreApplication::translate("strata::store", "read failed: ") + in.errorString());
            if (n == 0)
                break;
            if (m_limit > 0 && m_written.fetch_add(n) + n > m_limit)
                return fail(m_d.storeDir(), QCoreApplication::translate("strata::store", "disk full: no space left on device while copying %1 into the cache").arg(source));
            hash.add(buffer.get(), n);
            for (qint64 off = 0; off < n;) {
                const ssize_t w = ::write(fd, buffer.get() + off, size_t(n - off));
                if (w < 0 && errno == EINTR)
                    continue;
                if (w <= 0) {
                    const bool full = errno == ENOSPC || errno == EDQUOT;
                    const QString why = QString::fromLocal8Bit(std::strerror(errno));
                    return fail(m_d.storeDir(), full ? QCoreApplication::translate("strata::store", "disk full: %1 while copying %2 into the cache").arg(why, source)
                                                     : QCoreApplication::translate("strata::store", "write failed (%1) while copying %2").arg(why, source));
                }
                off += w;
            }
        }
        if (::close(fd) != 0) {
            const QString why = QString::fromLocal8Bit(std::strerror(errno));
            QFile::remove(s.temp);
            s.temp.clear();
            s.error = Error(ErrorCode::IoError, m_d.storeDir(), QCoreApplication::translate("strata::store", "disk full or write failed: %1 while copying %2").arg(why, source));
            return s;
        }
        s.sha = hash.hex();
        return s;
    }

    const LocalCache::Private &m_d;
    qint64 m_limit;
    bool m_move = false;
    const QHash<QString, QByteArray> &m_known;
    std::atomic<qint64> m_written{0};
};

QString patientKey(const dicom::DicomHeader &h) { return detail::patientKey(h.patientId, h.patientName.raw, h.patientBirthDate); }

using detail::nameFold;
using detail::PatientIdentity;

struct BatchOutcome {
    std::vector<const Parsed *> indexed;
    QStringList conflicts;  ///< one line per instance kept apart
    int duplicates = 0;
    QStringList duplicateUids;
};

/// Indexes one batch in one write transaction; clears its pending rows in the same transaction.
/// `d` is on the writer connection (inside a write): what it looks up, it reads there.
/// An instance whose study belongs to another patient, or whose series belongs to another study,
/// is not indexed: it is a conflict, kept apart (its copy goes with the batch's pending files).
std::optional<Error> indexBatch(LocalCache::Private &d, const std::vector<const Parsed *> &batch, qint64 owner, BatchOutcome &outcome)
{
    if (batch.empty())
        return std::nullopt;
    QSqlQuery q(d.db);
    // IMMEDIATE: the batch reads what it checks and writes in one snapshot (a deferred transaction
    // that reads first cannot always upgrade to a write while another import commits).
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return d.sqlError(QCoreApplication::translate("strata::store", "starting the index transaction"), q.lastError());
    auto fail = [&](const QString &what, const QSqlError &e) {
        const Error err = d.sqlError(what, e);
        q.exec(QStringLiteral("ROLLBACK"));
        outcome = {};
        return std::optional<Error>(err);
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    struct StudyRow {
        qint64 id = 0;
        PatientIdentity patient;
    };
    struct SeriesRow {
        qint64 id = 0;
        qint64 study = 0;
        QString studyUid;
    };
    QHash<QString, qint64> patients;
    QHash<QString, StudyRow> studies;
    QHash<QString, SeriesRow> seriesRows;
    QSet<qint64> touchedSeries, touchedStudies;
    QHash<qint64, int> newInstancesOfStudy;  // for the statistics by import hour
    for (const Parsed *p : batch) {
        const dicom::DicomHeader &h = p->header;
        const PatientIdentity incoming{h.patientId, h.patientName.raw, h.patientBirthDate};
        // The instance itself: another import may have indexed it since this batch looked.
        q.prepare(QStringLiteral("SELECT sha256 FROM instances WHERE sop_uid = ?"));
        q.addBindValue(h.sopInstanceUid);
        if (!q.exec())
            return fail(QCoreApplication::translate("strata::store", "looking up instance %1").arg(h.sopInstanceUid), q.lastError());
        if (q.next()) {
            if (q.value(0).toString().toLatin1() == p->sha) {
                ++outcome.duplicates;
                outcome.duplicateUids << h.sopInstanceUid;
            } else {
                outcome.conflicts << QCoreApplication::translate("strata::store", "%1: %2 differs from the stored copy (kept the stored one)").arg(h.sopInstanceUid, p->path);
            }
            continue;
        }
        // The study, and whose it is.
        if (!studies.contains(h.studyInstanceUid)) {
            q.prepare(QStringLiteral("SELECT s.id, p.patient_id, p.name, p.birth_date FROM studies s JOIN patients p ON p.id = s.patient_ref"
                                     " WHERE s.study_uid = ?"));
            q.addBindValue(h.studyInstanceUid);
            if (!q.exec())
                return fail(QCoreApplication::translate("strata::store", "looking up study %1").arg(h.studyInstanceUid), q.lastError());
            if (q.next())
                studies.insert(h.studyInstanceUid, {q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}});
        }
        const auto studyIt = studies.constFind(h.studyInstanceUid);
        if (studyIt != studies.cend() && !studyIt->patient.sameAs(incoming)) {
            outcome.conflicts << QCoreApplication::translate("strata::store", "%1: Study Instance UID %2 belongs to another patient in the cache (%3); this file names %4"
                                                " (kept apart, not imported)")
                                     .arg(p->path, h.studyInstanceUid, studyIt->patient.text(), incoming.text());
            continue;
        }
        // The series, and whose it is.
        if (!seriesRows.contains(h.seriesInstanceUid)) {
            q.prepare(QStringLiteral("SELECT se.id, se.study_ref, st.study_uid FROM series se JOIN studies st ON st.id = se.study_ref"
                                     " WHERE se.series_uid = ?"));
            q.addBindValue(h.seriesInstanceUid);
            if (!q.exec())
                return fail(QCoreApplication::translate("strata::store", "looking up series %1").arg(h.seriesInstanceUid), q.lastError());
            if (q.next())
                seriesRows.insert(h.seriesInstanceUid, {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
        }
        const auto seriesIt = seriesRows.constFind(h.seriesInstanceUid);
        if (seriesIt != seriesRows.cend() && seriesIt->studyUid != h.studyInstanceUid) {
            outcome.conflicts << QCoreApplication::translate("strata::store", "%1: Series Instance UID %2 belongs to study %3 in the cache; this file names study %4"
                                                " (kept apart, not imported)")
                                     .arg(p->path, h.seriesInstanceUid, seriesIt->studyUid, h.studyInstanceUid);
            continue;
        }
        qint64 study = studyIt != studies.cend() ? studyIt->id : 0;
        if (!study) {
            const QString key = patientKey(h);
            qint64 patient = patients.value(key, 0);
            if (!patient) {
                q.prepare(QStringLiteral("INSERT INTO patients(patient_key, patient_id, name, name_display, name_fold, birth_date, sex)"
                                         " VALUES(?,?,?,?,?,?,?) ON CONFLICT(patient_key) DO UPDATE SET sex = excluded.sex RETURNING id"));
                q.addBindValue(key);
                q.addBindValue(h.patientId);
                q.addBindValue(h.patientName.raw);
                q.addBindValue(h.patientName.display());
                q.addBindValue(nameFold(h.patientName.raw));
                q.addBindValue(h.patientBirthDate);
                q.addBindValue(h.patientSex);
                if (!q.exec() || !q.next())
                    return fail(QCoreApplication::translate("strata::store", "indexing patient"), q.lastError());
                patient = q.value(0).toLongLong();
                QSqlError wordsError;
                if (!detail::indexPatientWords(d.db, patient, nameFold(h.patientName.raw), &wordsError))
                    return fail(QCoreApplication::translate("strata::store", "indexing patient"), wordsError);
                patients.insert(key, patient);
            }
            q.prepare(QStringLiteral("INSERT INTO studies(study_uid, patient_ref, study_date, study_time, accession, description,"
                                     " description_fold, referring, imported_at, last_access) VALUES(?,?,?,?,?,?,?,?,?,?) RETURNING id"));
            q.addBindValue(h.studyInstanceUid);
            q.addBindValue(patient);
            q.addBindValue(h.studyDate);
            q.addBindValue(h.studyTime);
            q.addBindValue(h.accessionNumber);
            q.addBindValue(h.studyDescription);
            q.addBindValue(foldForSearch(h.studyDescription));
            q.addBindValue(h.referringPhysician.raw);
            q.addBindValue(now);
            q.addBindValue(now);
            if (!q.exec() || !q.next())
                return fail(QCoreApplication::translate("strata::store", "indexing study"), q.lastError());
            study = q.value(0).toLongLong();
            studies.insert(h.studyInstanceUid, {study, incoming});
        } else if (!touchedStudies.contains(study)) {
            q.prepare(QStringLiteral("UPDATE studies SET imported_at = ? WHERE id = ?"));
            q.addBindValue(now);
            q.addBindValue(study);
            if (!q.exec())
                return fail(QCoreApplication::translate("strata::store", "indexing study"), q.lastError());
        }
        qint64 series = seriesIt != seriesRows.cend() ? seriesIt->id : 0;
        if (!series) {
            q.prepare(QStringLiteral("INSERT INTO series(series_uid, study_ref, number, modality, description, body_part)"
                                     " VALUES(?,?,?,?,?,?) RETURNING id"));
            q.addBindValue(h.seriesInstanceUid);
            q.addBindValue(study);
            q.addBindValue(h.seriesNumber);
            q.addBindValue(h.modality);
            q.addBindValue(h.seriesDescription);
            q.addBindValue(h.bodyPartExamined);
            if (!q.exec() || !q.next())
                return fail(QCoreApplication::translate("strata::store", "indexing series"), q.lastError());
            series = q.value(0).toLongLong();
            seriesRows.insert(h.seriesInstanceUid, {series, study, h.studyInstanceUid});
        } else if (!touchedSeries.contains(series)) {
            q.prepare(QStringLiteral("UPDATE series SET number = ? WHERE id = ?"));
            q.addBindValue(h.seriesNumber);
            q.addBindValue(series);
            if (!q.exec())
                return fail(QCoreApplication::translate("strata::store", "indexing series"), q.lastError());
        }
        touchedSeries.insert(series);
        touchedStudies.insert(study);
        q.prepare(QStringLiteral("INSERT INTO instances(sop_uid, series_ref, sop_class, instance_number, transfer_syntax, sha256,"
                                 " size_bytes, file, source, imported_at, frames) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(h.sopInstanceUid);
        q.addBindValue(series);
        q.addBindValue(h.sopClassUid);
        q.addBindValue(h.instanceNumber);
        q.addBindValue(h.transferSyntax.uid);
        q.addBindValue(QString::fromLatin1(p->sha));
        q.addBindValue(p->size);
        q.addBindValue(storePathFor(p->sha));
        q.addBindValue(p->path);
        q.addBindValue(now);
        q.addBindValue(h.pixel.frames);
        if (!q.exec())
            return fail(QCoreApplication::translate("strata::store", "indexing instance %1").arg(h.sopInstanceUid), q.lastError());
        if (h.rejection) {
            QSqlError rejectionError;
            if (!detail::indexRejection(d.db, h.sopInstanceUid, h.studyInstanceUid, *h.rejection, &rejectionError))
                return fail(QCoreApplication::translate("strata::store", "indexing rejection note %1").arg(h.sopInstanceUid), rejectionError);
        }
        ++newInstancesOfStudy[study];
        outcome.indexed.push_back(p);
        q.prepare(QStringLiteral("DELETE FROM pending_files WHERE file = ? AND owner = ?"));
        q.addBindValue(storePathFor(p->sha));
        q.addBindValue(owner);
        if (!q.exec())
            return fail(QCoreApplication::translate("strata::store", "clearing pending files"), q.lastError());
    }
    for (auto it = newInstancesOfStudy.cbegin(); it != newInstancesOfStudy.cend(); ++it) {
        q.prepare(QStringLiteral("INSERT INTO import_hours(hour, study_ref, instances) VALUES(?,?,?)"
                                 " ON CONFLICT(hour, study_ref) DO UPDATE SET instances = instances + excluded.instances"));
        q.addBindValue(now.left(13));  // "YYYY-MM-DDTHH", UTC
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return fail(QCoreApplication::translate("strata::store", "counting the import hour"), q.lastError());
    }
    for (qint64 s : touchedSeries) {
        q.prepare(QStringLiteral("UPDATE series SET instance_count = (SELECT COUNT(*) FROM instances WHERE series_ref = :id),"
                                 " size_bytes = (SELECT COALESCE(SUM(size_bytes), 0) FROM instances WHERE series_ref = :id) WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), s);
        if (!q.exec())
            return fail(QCoreApplication::translate("strata::store", "updating series counts"), q.lastError());
    }
    for (qint64 s : touchedStudies) {
        q.prepare(QStringLiteral(
            "UPDATE studies SET series_count = (SELECT COUNT(*) FROM series WHERE study_ref = :id),"
            " instance_count = (SELECT COALESCE(SUM(instance_count), 0) FROM series WHERE study_ref = :id),"
            " size_bytes = (SELECT COALESCE(SUM(size_bytes), 0) FROM series WHERE study_ref = :id),"
            " modalities = (SELECT group_concat(m, '\\') FROM (SELECT DISTINCT modality AS m FROM series"
            "   WHERE study_ref = :id AND modality <> '' ORDER BY m)) WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), s);
        if (!q.exec())
            return fail(QCoreApplication::translate("strata::store", "updating study counts"), q.lastError());
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(QCoreApplication::translate("strata::store", "committing the index transaction"), q.lastError());
    return std::nullopt;
}

} // namespace

Result<StoreTemp> openStoreTemp(const LocalCache::Private &d)
{
    QByteArray name = QFile::encodeName(d.tempDir() + QStringLiteral("/%1-XXXXXX").arg(::getpid()));
    const int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0)
        return Error(ErrorCode::IoError, d.tempDir(),
                     QCoreApplication::translate("strata::store", "cannot write into the cache: ") + QString::fromLocal8Bit(std::strerror(errno)));
    return StoreTemp{fd, QFile::decodeName(name)};
}

void syncStore(const QString &storeDir)
{
    const int fd = ::open(QFile::encodeName(storeDir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::syncfs(fd);
        ::close(fd);
    }
}

void setImportTestHook(ImportTestHook hook)
{
    QMutexLocker lock(&g_hookMutex);
    g_processHook = hook ? std::make_shared<const ImportTestHook>(std::move(hook)) : nullptr;
}

void mergeSummary(ImportSummary &total, const ImportSummary &batch)
{
    total.filesSeen += batch.filesSeen;
    total.imported += batch.imported;
    total.duplicates += batch.duplicates;
    total.conflicts += batch.conflicts;
    total.notDicom += batch.notDicom;
    total.broken.insert(total.broken.end(), batch.broken.begin(), batch.broken.end());
    total.conflictDetails += batch.conflictDetails;
    total.notes += batch.notes;
    for (const QString &s : batch.studies)
        if (!total.studies.contains(s))
            total.studies << s;
    total.instances += batch.instances;  // each batch's files are other files: a UID twice is rare, and counted once where it matters
    total.lossyImages += batch.lossyImages;
    for (const QString &how : batch.lossyMethods)
        if (!total.lossyMethods.contains(how))
            total.lossyMethods << how;
    total.bytesImported += batch.bytesImported;
    total.seconds += batch.seconds;
    total.cancelled = total.cancelled || batch.cancelled;
    if (!total.fatal && batch.fatal)
        total.fatal = batch.fatal;
    if (batch.eviction) {
        if (!total.eviction)
            total.eviction = EvictionReport{};
        total.eviction->evictedStudies += batch.eviction->evictedStudies;
        total.eviction->bytesFreed += batch.eviction->bytesFreed;
        total.eviction->bytesAfter = batch.eviction->bytesAfter;
        total.eviction->quotaMet = batch.eviction->quotaMet;
    }
}

namespace {

ImportSummary importSources(LocalCache &cache, const QStringList &sources, const ImportOptions &options,
                            const CancellationToken &cancel, const std::function<void(const ImportProgress &)> &progress)
{
    LocalCache::Private &d = *cache.d();
    ImportSummary summary;
    QElapsedTimer timer;
    timer.start();
    const qint64 owner = newImportOwner();
    std::vector<Unpacked> extracted;
    const ImportFiles files = expandSources(sources, d.tempDir(), summary, extracted, cancel, progress);
    FolderWalk walk(files.folders);
    const auto [walkFiles, walkBytes] = FolderWalk::count(files.folders);
    qint64 filesTotal = files.listed.size() + walkFiles;

    ImportProgress prog;
    prog.filesTotal = int(filesTotal);
    prog.bytesTotal = walkBytes;
    for (const QString &f : files.listed)
        prog.bytesTotal += QFileInfo(f).size();
    auto report = [&] {
        const double elapsed = timer.elapsed() / 1000.0;
        prog.etaSeconds = prog.bytesDone > 0 && elapsed > 0.5
                              ? elapsed * double(prog.bytesTotal - prog.bytesDone) / double(prog.bytesDone) : -1;
        if (progress)
            progress(prog);
    };
    report();

    const std::shared_ptr<const ImportTestHook> sharedHook = processHook();
    const ImportTestHook pauseHook = pauseHookFromEnvironment();
    const auto hook = [&](ImportStage stage, int n) {
        if (options.testHook)
            options.testHook(stage, n);
        if (sharedHook)
            (*sharedHook)(stage, n);
        if (pauseHook)
            pauseHook(stage, n);
    };
    int filesStored = 0;
    int batchesStored = 0;
    hook(ImportStage::BeforeFirstBatch, 0);

    qint64 diskLimit = options.simulatedDiskLimit;
    if (diskLimit == 0 && qEnvironmentVariableIsSet("STRATA_TEST_DISK_LIMIT"))
        diskLimit = qEnvironmentVariable("STRATA_TEST_DISK_LIMIT").toLongLong();
    StoreWriter writer(d, diskLimit, options.moveSources, options.knownSha256);
    QSet<QString> studiesSeen;
    QSet<QString> held;  // options.listInstances
    const int batchSize = std::max(1, options.batchSize);

    qint64 filesTaken = 0;
    while (!summary.fatal) {
        if (cancel.isCancelled()) {
            if (filesTaken < files.listed.size() || !walk.next(1).isEmpty())
                summary.cancelled = true;  // files were left out
            break;
        }
        // The named files first, then the walk, a batch at a time.
        QStringList chunk = files.listed.mid(filesTaken, batchSize);
        if (chunk.size() < batchSize)
            chunk << walk.next(batchSize - int(chunk.size()));
        if (chunk.isEmpty())
            break;
        filesTaken += chunk.size();
        if (filesTaken > filesTotal) {  // files appeared in a folder since it was counted
            filesTotal = filesTaken;
            prog.filesTotal = int(filesTotal);
        }
        // A: read the headers, on all cores.
        const std::function<Parsed(const QString &)> parse = [&cancel](const QString &f) { return parseHeader(f, cancel); };
        QList<Parsed> parsed = QtConcurrent::blockingMapped(workPool(), chunk, parse);

        // B: sort out what is new and what is to be compared with a copy already here.
        QHash<QString, QByteArray> stored;  // SOP UID -> SHA-256 of the copy in the index
        {
            QStringList uids;
            for (const Parsed &p : parsed)
                if (p.kind == Parsed::Kind::Ok)
                    uids << p.header.sopInstanceUid;
            QSqlQuery q(d.db);
            for (qsizetype i = 0; i < uids.size(); i += 400) {
                const QStringList part = uids.mid(i, 400);
                q.prepare(QStringLiteral("SELECT sop_uid, sha256 FROM instances WHERE sop_uid IN (%1)")
                              .arg(QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','))));
                for (const QString &u : part)
                    q.addBindValue(u);
                if (!q.exec()) {
                    summary.fatal = d.sqlError(QCoreApplication::translate("strata::store", "looking up instances"), q.lastError());
                    break;
                }
                while (q.next())
                    stored.insert(q.value(0).toString(), q.value(1).toString().toLatin1());
            }
        }
        if (summary.fatal)
            break;
        std::vector<Parsed *> fresh;
        QHash<QString, Parsed *> freshByUid;
        std::vector<Parsed *> compare;  // a second copy of a SOP Instance UID: identical or a conflict
        for (Parsed &p : parsed) {
            switch (p.kind) {
            case Parsed::Kind::Skip:
                summary.cancelled = true;
                continue;
            case Parsed::Kind::NotDicom: summary.notDicom << p.path; continue;
            case Parsed::Kind::Broken: summary.broken.push_back(p.error); continue;
            case Parsed::Kind::Directory: continue;  // a DICOMDIR describes files, it is not one
            case Parsed::Kind::Ok: break;
            }
            studiesSeen.insert(p.header.studyInstanceUid);
            if (const dicom::LossyCompression &lossy = p.header.lossyCompression; lossy.lossy && p.header.isImage()) {
                ++summary.lossyImages;
                const QString how = lossy.summary().isEmpty() ? QCoreApplication::translate("strata::store", "method not stated") : lossy.summary();
                if (!summary.lossyMethods.contains(how))
                    summary.lossyMethods << how;
            }
            if (stored.contains(p.header.sopInstanceUid) || freshByUid.contains(p.header.sopInstanceUid)) {
                compare.push_back(&p);
                continue;
            }
            freshByUid.insert(p.header.sopInstanceUid, &p);
            fresh.push_back(&p);
        }

        // C: copy the new files into temporary files, hashing them as they pass, on all cores.
        std::vector<Staged> staged(fresh.size());
        std::vector<int> indices(fresh.size());
        std::iota(indices.begin(), indices.end(), 0);
        std::atomic<bool> stop{false};
        QtConcurrent::blockingMap(workPool(), indices, [&](int &i) {
            if (stop.load())
                return;
            staged[std::size_t(i)] = writer.stage(fresh[std::size_t(i)]->path);
            if (staged[std::size_t(i)].error)
                stop = true;
        });
        std::vector<std::size_t> ready;
        for (std::size_t i = 0; i < fresh.size(); ++i) {
            if (staged[i].error) {
                if (!summary.fatal)
                    summary.fatal = *staged[i].error;
            } else if (!staged[i].sha.isEmpty()) {
                fresh[i]->sha = staged[i].sha;
                ready.push_back(i);
            }
        }
        // The copies of an instance this batch already has: hashed, then identical or a conflict.
        const std::function<QByteArray(Parsed *const &)> hashOf = [&writer](Parsed *const &p) {
            if (QByteArray known = writer.knownSha(p->path); !known.isEmpty())
                return known;
            auto sha = sha256OfFile(p->path);
            return sha.ok() ? sha.value() : QByteArray();
        };
        const QList<QByteArray> compareSha = QtConcurrent::blockingMapped(workPool(), QList<Parsed *>(compare.begin(), compare.end()), hashOf);
        for (qsizetype i = 0; i < compareSha.size(); ++i) {
            Parsed &p = *compare[std::size_t(i)];
            const QByteArray other = stored.contains(p.header.sopInstanceUid) ? stored.value(p.header.sopInstanceUid)
                                                                                : freshByUid.value(p.header.sopInstanceUid)->sha;
            if (compareSha[i].isEmpty()) {
                summary.broken.push_back(Error(ErrorCode::IoError, p.path, QCoreApplication::translate("strata::store", "cannot be read")));
            } else if (compareSha[i] == other) {
                ++summary.duplicates;
                if (options.listInstances)
                    held.insert(p.header.sopInstanceUid);
            } else {
                ++summary.conflicts;
                summary.conflictDetails << QCoreApplication::translate("strata::store", "%1: %2 differs from the stored copy (kept the stored one)")
                                               .arg(p.header.sopInstanceUid, p.path);
            }
        }

        // D: record the files about to enter the store, so a crash can roll them back (and no
        // deletion removes one of them while this import holds it). After a copy error the files
        // copied before it still go in.
        bool recorded = false;
        if (!ready.empty()) {
            bool began = true;
            const Status s = writeIndex(d, [&](LocalCache::Private &w) -> Status {
                if (!w.db.transaction()) {
                    began = false;
                    return w.sqlError(QCoreApplication::translate("strata::store", "starting a transaction"), w.db.lastError());
                }
                QSqlQuery q(w.db);
                q.prepare(QStringLiteral("INSERT INTO pending_files(file, owner) VALUES(?, ?)"));
                bool ok = true;
                for (std::size_t i : ready) {
                    q.addBindValue(storePathFor(staged[i].sha));
                    q.addBindValue(owner);
                    ok = ok && q.exec();
                }
                if (!ok || !w.db.commit()) {
                    // A failed insert says why in its query; a failed commit (a full disk) in the connection.
                    const Error e = w.sqlError(QCoreApplication::translate("strata::store", "recording pending files"), ok ? w.db.lastError() : q.lastError());
                    w.db.rollback();
                    return e;
                }
                return {};
            });
            if (!s.ok()) {
                if (!began || !summary.fatal)
                    summary.fatal = s.error();
            } else {
                recorded = true;
            }
        }
        // E: into place.
        std::vector<const Parsed *> copied;
        if (recorded) {
            for (std::size_t i : ready) {
                if (auto e = writer.place(fresh[i]->path, staged[i], storePathFor(staged[i].sha))) {
                    if (!summary.fatal)
                        summary.fatal = *e;
                    break;
                }
                copied.push_back(fresh[i]);
                hook(ImportStage::FileStored, ++filesStored);
            }
        }
        for (Staged &st : staged)
            if (!st.temp.isEmpty())
                QFile::remove(st.temp);
        // F: data on disk before the index says it is there.
        syncStore(d.storeDir());
        if (!copied.empty())
            hook(ImportStage::BeforeIndex, ++batchesStored);
        // G: index.
        BatchOutcome outcome;
        if (!copied.empty()) {
            const Status s = writeIndex(d, [&](LocalCache::Private &w) -> Status {
                if (auto e = indexBatch(w, copied, owner, outcome))
                    return *e;
                return {};
            });
            if (!s.ok()) {
                summary.fatal = s.error();
                break;
            }
        }
        for (const Parsed *p : outcome.indexed) {
            ++summary.imported;
            summary.bytesImported += p->size;
            if (options.listInstances)
                held.insert(p->header.sopInstanceUid);
        }
        summary.duplicates += outcome.duplicates;
        if (options.listInstances)
            for (const QString &uid : outcome.duplicateUids)
                held.insert(uid);
        summary.conflicts += int(outcome.conflicts.size());
        summary.conflictDetails << outcome.conflicts;
        if (options.onBatchCommitted)
            options.onBatchCommitted();
        if (!copied.empty())
            hook(ImportStage::BatchCommitted, batchesStored);
        prog.filesDone = int(filesTaken);
        for (const Parsed &p : parsed)
            prog.bytesDone += p.size;
        prog.studiesFound = int(studiesSeen.size());
        prog.currentFile = chunk.last();
        report();
    }
    // Whatever this import left pending and did not index (a batch stopped by an error) goes now.
    const Status rolledBack = writeIndex(d, [&](LocalCache::Private &w) -> Status {
        auto removed = rollBackPending(w, owner);
        return removed.ok() ? Status() : Status(removed.error());
    });
    if (!rolledBack.ok() && !summary.fatal)
        summary.fatal = rolledBack.error();
    // A Cancel that comes after the last batch was committed cancels nothing: every file was
    // imported, and the summary says so (cancelled is set above only when files were left out).
    // Every file found; where the import stopped early, also those it did not reach.
    summary.filesSeen = int(summary.cancelled || summary.fatal ? std::max(filesTaken, filesTotal) : filesTaken);
    summary.studies = QStringList(studiesSeen.begin(), studiesSeen.end());
    summary.studies.sort();
    summary.instances = QStringList(held.begin(), held.end());
    nameEntriesByTheirArchive(summary, extracted);
    extracted.clear();
    summary.seconds = timer.elapsed() / 1000.0;
    return summary;
}

/// importSources, then the zips and disc images met in its folders.
ImportSummary importSourcesAndArchives(LocalCache &cache, const QStringList &sources, const ImportOptions &options,
                                       const CancellationToken &cancel, const std::function<void(const ImportProgress &)> &progress)
{
    ImportSummary summary = importSources(cache, sources, options, cancel, progress);
    if (options.moveSources || summary.cancelled || summary.fatal || cancel.isCancelled())
        return summary;
    // Zips and disc images met in a folder (a stick that holds the patient's CD as an image, a
    // share of zipped studies) are imported as if named too, after the folder: the walk reads
    // files as it goes, and an archive is unpacked whole before its files are read.
    // Only files named as archives: a disc's bundled viewer brings .jar files (zips of classes),
    // an office document is a zip too, and neither holds images.
    QStringList archives;
    for (auto it = summary.notDicom.begin(); it != summary.notDicom.end();) {
        const QFileInfo info(*it);
        const QString suffix = info.suffix().toLower();
        const bool named = suffix == QLatin1String("zip") || suffix == QLatin1String("iso");
        const SourceKind kind = named && info.isFile() ? sourceKind(info) : SourceKind::File;
        if (kind == SourceKind::Zip || kind == SourceKind::Iso || kind == SourceKind::UdfOnly) {
            archives << *it;
            it = summary.notDicom.erase(it);
        } else {
            ++it;
        }
    }
    if (archives.isEmpty())
        return summary;
    // Their progress goes on from where the folder's ended.
    const int filesBefore = summary.filesSeen;
    const qint64 bytesBefore = summary.bytesImported;
    const int studiesBefore = int(summary.studies.size());
    ImportSummary more = importSources(cache, archives, options, cancel, [&](const ImportProgress &p) {
        if (!progress)
            return;
        ImportProgress shifted = p;
        shifted.filesDone += filesBefore;
        shifted.filesTotal += filesBefore;
        shifted.bytesDone += bytesBefore;
        shifted.bytesTotal += bytesBefore;
        shifted.studiesFound += studiesBefore;
        progress(shifted);
    });
    mergeSummary(summary, more);
    return summary;
}

/// Images from another hospital's CD or a portal are often compressed with loss: the person
/// importing them should know before a radiologist reads them as originals.
void sayWhatWasLossy(ImportSummary &summary)
{
    if (summary.lossyImages == 0)
        return;
    QStringList how = summary.lossyMethods.mid(0, 4);
    if (summary.lossyMethods.size() > 4)
        how << QStringLiteral("…");
    summary.notes.prepend(QCoreApplication::translate("strata::store", "Compressed with loss: %1 image(s) (%2), not as the modality acquired them")
                              .arg(summary.lossyImages)
                              .arg(how.join(QStringLiteral(", "))));
}

} // namespace

ImportSummary runImport(LocalCache &cache, const QStringList &sources, const ImportOptions &options,
                        const CancellationToken &cancel, const std::function<void(const ImportProgress &)> &progress)
{
    ImportSummary summary = importSourcesAndArchives(cache, sources, options, cancel, progress);
    sayWhatWasLossy(summary);
    return summary;
}

ImportJob::ImportJob(QString dataDir, QStringList sources, QObject *parent)
    : Job(parent), m_dataDir(std::move(dataDir)), m_sources(std::move(sources))
{
    qRegisterMetaType<strata::store::ImportProgress>();
}

Error ImportJob::execute()
{
    auto cache = LocalCache::open(m_dataDir);
    if (!cache.ok())
        return cache.error();
    ImportOptions options;
    options.onBatchCommitted = [this] { emit batchCommitted(); };
    m_summary = ingest(*cache.value(), IngestSource::Import, m_sources, options, token(), [this](const ImportProgress &p) {
        emit importProgress(p);
        reportProgress({p.filesDone, p.filesTotal, tr("Importing")});
    });
    if (m_summary.fatal)
        return *m_summary.fatal;
    if (m_summary.cancelled)
        return Error(ErrorCode::Cancelled, m_dataDir, tr("import cancelled"));
    return {};
}

} // namespace strata::store
