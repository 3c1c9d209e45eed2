#include <strata/ui/RemovableMediaWatcher.h>

#include <strata/dicom/Dicomdir.h>

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <functional>

namespace strata::ui {

struct RemovableMediaWatcher::Scan {
    QList<Volume> mounted;
    QHash<QString, QString> dicomdirs;  ///< root -> DICOMDIR ("" when it has DICOM files and none), for the newly mounted roots with DICOM
};

RemovableMediaWatcher::RemovableMediaWatcher(QObject *parent) : QObject(parent), m_source(&RemovableMediaWatcher::removableVolumes)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &RemovableMediaWatcher::poll);
    // Listing mounts calls statfs(), which can hang on a dead network mount: never on the GUI thread.
}

RemovableMediaWatcher::~RemovableMediaWatcher()
{
    m_scans.waitForDone();  // the volume source may refer to what its owner destroys next
}

namespace {

/// The first file under `root` that `wanted` accepts, looking at each folder's files (those
/// `fileFilter` lists, by name) before going a level deeper, down to `maxDepth` folders below;
/// an empty string when none, or when `wanted` says to stop (it sets `stop`).
QString firstFileBreadthFirst(const QString &root, int maxDepth, QDir::Filters fileFilter,
                              const std::function<bool(const QFileInfo &, bool &stop)> &wanted)
{
    QStringList level{root};
    bool stop = false;
    for (int depth = 0; depth <= maxDepth && !level.isEmpty(); ++depth) {
        QStringList next;
        for (const QString &folder : level) {
            const QDir dir(folder);
            for (const QFileInfo &f : dir.entryInfoList(fileFilter, QDir::Name)) {
                if (wanted(f, stop))
                    return f.absoluteFilePath();
                if (stop)
                    return {};
            }
            if (depth < maxDepth)
                for (const QFileInfo &d : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name))
                    next << d.absoluteFilePath();
        }
        level = next;
    }
    return {};
}

} // namespace

QString RemovableMediaWatcher::findDicomdir(const QString &root, int maxDepth)
{
    return firstFileBreadthFirst(root, maxDepth, QDir::Files | QDir::Readable,
                                 [](const QFileInfo &f, bool &) { return dicom::isDicomdirName(f.fileName()); });
}

bool RemovableMediaWatcher::holdsDicomFiles(const QString &root, int maxDepth, int maxFiles)
{
    int looked = 0;
    return !firstFileBreadthFirst(root, maxDepth, QDir::Files | QDir::Readable | QDir::NoSymLinks, [&](const QFileInfo &f, bool &stop) {
                if (++looked > maxFiles) {
                    stop = true;
                    return false;
                }
                QFile file(f.absoluteFilePath());
                return f.size() >= 132 && file.open(QIODevice::ReadOnly) && file.read(132).mid(128) == "DICM";
            }).isEmpty();
}

QStringList RemovableMediaWatcher::rootsWithDicomdir(const QStringList &roots, int maxDepth)
{
    QStringList found;
    for (const QString &root : roots)
        if (!findDicomdir(root, maxDepth).isEmpty())
            found << root;
    return found;
}

QList<RemovableMediaWatcher::Volume> RemovableMediaWatcher::removableVolumes()
{
    QList<Volume> volumes;
    for (const QStorageInfo &s : QStorageInfo::mountedVolumes()) {
        if (!s.isValid() || !s.isReady() || s.isRoot())
            continue;
        const QString root = s.rootPath();
        const QByteArray type = s.fileSystemType().toLower();
        const bool optical = type == "iso9660" || type == "udf";
        const bool mediaFolder = root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/"))
                                 || root.startsWith(QLatin1String("/mnt/")) || root.startsWith(QLatin1String("/Volumes/"));
        if (optical || mediaFolder)
            volumes.push_back({root, s.displayName().isEmpty() ? root : s.displayName()});
    }
    return volumes;
}

void RemovableMediaWatcher::start()
{
    m_timer.start();
    poll();  // media already in the drive at start-up are offered too
}

void RemovableMediaWatcher::poll()
{
    if (m_busy)
        return;
    m_busy = true;
    m_scans.post(
        [source = m_source, known = m_known] {
            Scan scan;
            scan.mounted = source();
            for (const Volume &v : scan.mounted) {
                if (known.contains(v.root))
                    continue;
                if (const QString dicomdir = findDicomdir(v.root); !dicomdir.isEmpty())
                    scan.dicomdirs.insert(v.root, dicomdir);
                else if (holdsDicomFiles(v.root))
                    scan.dicomdirs.insert(v.root, QString());   // DICOM without a DICOMDIR: the volume is read whole
            }
            return scan;
        },
        [this](const Scan &scan) {
            m_busy = false;
            apply(scan);
        });
}

void RemovableMediaWatcher::apply(const Scan &scan)
{
    QSet<QString> now;
    for (const Volume &v : scan.mounted) {
        now.insert(v.root);
        if (!m_known.contains(v.root) && scan.dicomdirs.contains(v.root))
            emit dicomMediaMounted(v.root, v.name, scan.dicomdirs.value(v.root));
    }
    for (const QString &root : std::as_const(m_known))
        if (!now.contains(root))
            emit mediaUnmounted(root);
    m_known = now;
    emit polled();
}

} // namespace strata::ui
