#include <strata/ui/SeriesLoader.h>

#include <strata/dicom/FolderScan.h>

namespace strata::ui {

SeriesLoader::SeriesLoader(QString folder, QObject *parent) : Job(parent), m_folder(std::move(folder)) {}

Error SeriesLoader::execute()
{
    reportProgress({0, 0, tr("Reading headers")});
    const auto scan = dicom::scanFiles(dicom::listFiles({m_folder}), token());
    if (token().isCancelled())
        return Error(ErrorCode::Cancelled, m_folder, tr("loading cancelled"));
    const auto stacks = dicom::buildStacks(scan.headers);
    const dicom::Stack *best = nullptr;
    for (const dicom::Stack &s : stacks)
        if (s.isVolume() && (!best || s.slices.size() > best->slices.size()))
            best = &s;
    if (!best) {
        if (!scan.failures.empty())
            return scan.failures.front();
        return Error(ErrorCode::NotFound, m_folder, tr("no series that forms a volume was found"));
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
