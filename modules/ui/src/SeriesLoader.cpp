#include <strata/ui/SeriesLoader.h>

#include <strata/dicom/FolderScan.h>
#include <strata/store/LocalCache.h>

namespace strata::ui {

SeriesLoader::SeriesLoader(QString folder, QObject *parent) : Job(parent), m_paths{folder}, m_subject(std::move(folder)) {}

SeriesLoader::SeriesLoader(QStringList paths, QObject *parent)
    : Job(parent), m_paths(std::move(paths)), m_subject(m_paths.size() == 1 ? m_paths.first() : m_paths.value(0) + QStringLiteral(", …"))
{
}

SeriesLoader *SeriesLoader::forStudy(const QString &dataDir, const QString &studyUid, QObject *parent)
{
    auto *loader = new SeriesLoader(QStringList(), parent);
    loader->m_dataDir = dataDir;
    loader->m_studyUid = studyUid;
    loader->m_subject = tr("study %1").arg(studyUid);
    return loader;
}

Error SeriesLoader::execute()
{
    QStringList files;
    if (!m_studyUid.isEmpty()) {
        reportProgress({0, 0, tr("Finding the study's files")});
        auto cache = store::LocalCache::open(m_dataDir);
        if (!cache.ok())
            return cache.error();
        auto instances = cache.value()->studyInstances(m_studyUid);
        if (!instances.ok())
            return instances.error();
        for (const store::InstanceRecord &i : instances.value())
            files << i.filePath;
        if (files.isEmpty())
            return Error(ErrorCode::NotFound, m_subject, tr("the study has no stored files"));
        (void)cache.value()->touch(m_studyUid);  // least-recently-used bookkeeping; not worth failing over
    } else {
        files = dicom::listFiles(m_paths);
    }
    reportProgress({0, 0, tr("Reading headers")});
    const auto scan = dicom::scanFiles(files, token());
    if (token().isCancelled())
        return Error(ErrorCode::Cancelled, m_subject, tr("loading cancelled"));
    const auto stacks = dicom::buildStacks(scan.headers);
    const dicom::Stack *best = nullptr;
    for (const dicom::Stack &s : stacks)
        if (s.isVolume() && (!best || s.slices.size() > best->slices.size()))
            best = &s;
    if (!best) {
        if (!scan.failures.empty())
            return scan.failures.front();
        return Error(ErrorCode::NotFound, m_subject, tr("no series that forms a volume was found"));
    }
    const dicom::DicomHeader &h = scan.headers[std::size_t(best->slices.front().header)];
    if (!h.pixel.windows.empty()) {
        m_center = h.pixel.windows.front().center;
        m_width = h.pixel.windows.front().width;
    }
    auto volume = dicom::loadVolume(*best, scan.headers, token(), [this](const Progress &p) { reportProgress(p); });
    if (!volume.ok())
        return volume.error();
    m_volume = std::make_shared<const dicom::Volume>(std::move(volume).value());
    m_description = tr("%1 — %2 %3, %4 slices").arg(h.patientName.display(), h.modality, best->seriesDescription).arg(best->slices.size());
    return {};
}

} // namespace strata::ui
