#include <strata/measure/ReportImport.h>

#include <strata/dicom/FolderScan.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Volume.h>
#include <strata/measure/DicomExport.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>

#include <QHash>
#include <QUuid>

namespace strata::measure {

namespace {

/// A UID of the 2.25 form for a group without a tracking UID: the same for the same report and group.
QString derivedUid(const QString &reportUid, int group)
{
    const QUuid uuid = QUuid::createUuidV5(QUuid(QStringLiteral("{8a3c5a7e-3f0b-4c55-9a43-2f4d0c1b7e61}")),
                                           QStringLiteral("%1/%2").arg(reportUid).arg(group));
    const QByteArray hex = uuid.toRfc4122().toHex();
    // The 128-bit value in decimal.
    std::vector<int> digits{0};
    for (char c : hex) {
        int carry = QByteArray(1, c).toInt(nullptr, 16);
        for (int &d : digits) {
            const int v = d * 16 + carry;
            d = v % 10;
            carry = v / 10;
        }
        while (carry) {
            digits.push_back(carry % 10);
            carry /= 10;
        }
    }
    QString out = QStringLiteral("2.25.");
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out += QChar(u'0' + *it);
    return out;
}

bool isReport(const QString &sopClassUid)
{
    return sopClassUid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.88."));
}

/// The largest volume of a series' files, with their headers.
struct SeriesGrid {
    std::vector<dicom::DicomHeader> headers;
    dicom::Stack stack;
    dicom::Volume grid;
};

Result<SeriesGrid> seriesGrid(store::LocalCache &cache, const QString &seriesUid)
{
    auto instances = cache.instances(seriesUid);
    if (!instances.ok())
        return instances.error();
    QStringList files;
    for (const store::InstanceRecord &i : instances.value())
        files << i.filePath;
    SeriesGrid out;
    auto scan = dicom::scanFiles(files);
    out.headers = std::move(scan.headers);
    const auto stacks = dicom::buildStacks(out.headers);
    const dicom::Stack *best = nullptr;
    for (const dicom::Stack &s : stacks)
        if (s.isVolume() && (!best || s.slices.size() > best->slices.size()))
            best = &s;
    if (!best)
        return Error(ErrorCode::NotFound, seriesUid, QStringLiteral("the source series holds no volume in the cache"));
    out.stack = *best;
    out.grid = dicom::volumeGeometry(out.stack);
    return out;
}

} // namespace

Result<ReportImportSummary> importStudyReports(store::StoreService &service, const QString &studyUid)
{
    ReportImportSummary summary;
    auto cache = service.studies();
    if (!cache.ok())
        return cache.error();
    auto instances = cache.value()->studyInstances(studyUid);
    if (!instances.ok())
        return instances.error();
    QHash<QString, store::InstanceRecord> bySop;
    std::vector<store::InstanceRecord> reports;
    for (const store::InstanceRecord &i : instances.value()) {
        bySop.insert(i.sopInstanceUid, i);
        if (isReport(i.sopClassUid))
            reports.push_back(i);
    }
    if (reports.empty())
        return summary;
    auto repo = service.measurements();
    if (!repo.ok())
        return repo.error();
    QHash<QString, SeriesGrid> grids;
    for (const store::InstanceRecord &report : reports) {
        auto done = repo.value()->reportImported(report.sopInstanceUid);
        if (!done.ok())
            return done.error();
        if (done.value())
            continue;
        auto groups = readMeasurementReportGroups(report.filePath);
        if (!groups.ok()) {
            // Not a report Strata reads (another template): recorded, so it is not read again.
            summary.problems << groups.error().message();
            if (Status s = repo.value()->markReportImported(report.sopInstanceUid, studyUid, 0); !s.ok())
                return s.error();
            continue;
        }
        ++summary.reports;
        int added = 0, n = 0;
        bool complete = true;  ///< every group taken (or known): the report need not be read again
        for (ReportGroup &group : groups.value()) {
            ++n;
            Measurement m = std::move(group.measurement);
            if (m.uid.isEmpty())
                m.uid = derivedUid(report.sopInstanceUid, n);
            auto existing = repo.value()->measurement(m.uid);
            if (!existing.ok())
                return existing.error();
            if (existing.value()) {
                ++summary.known;
                continue;
            }
            if (m.author.isEmpty())
                m.author = QStringLiteral("unknown");
            m.image.studyInstanceUid = studyUid;
            if (const auto it = bySop.constFind(m.image.sopInstanceUid); it != bySop.constEnd())
                m.image.seriesInstanceUid = it->seriesInstanceUid;
            if (m.kind == MeasurementKind::Lesion) {
                const auto seg = bySop.constFind(group.segmentationSopInstanceUid);
                if (seg == bySop.constEnd() && !group.segmentationSopInstanceUid.isEmpty()) {
                    // Its SEG is not (yet) in the cache: the report is read again next time.
                    summary.problems << QStringLiteral("%1: the lesion's segmentation %2 is not in the study yet")
                                            .arg(m.uid, group.segmentationSopInstanceUid);
                    complete = false;
                    continue;
                }
                if (seg == bySop.constEnd() || group.sourceSeriesInstanceUid.isEmpty()) {
                    summary.problems << QStringLiteral("%1: the lesion names no segmentation or source series").arg(m.uid);
                } else {
                    if (!grids.contains(group.sourceSeriesInstanceUid)) {
                        auto grid = seriesGrid(*cache.value(), group.sourceSeriesInstanceUid);
                        if (!grid.ok()) {
                            summary.problems << grid.error().message();
                            grids.insert(group.sourceSeriesInstanceUid, SeriesGrid{});
                        } else {
                            grids.insert(group.sourceSeriesInstanceUid, std::move(grid).value());
                        }
                    }
                    const SeriesGrid &source = grids[group.sourceSeriesInstanceUid];
                    auto shape = source.stack.slices.empty()
                                     ? Result<LesionShape>(Error(ErrorCode::NotFound, group.sourceSeriesInstanceUid, QString()))
                                     : readLesionSegmentation(seg->filePath, group.segmentNumber, source.grid);
                    if (!shape.ok()) {
                        if (!source.stack.slices.empty())
                            summary.problems << shape.error().message();
                    } else {
                        // The axes measured on the segment, the report's values, the mask's voxels.
                        const LesionResult r = lesionOfMask(shape.value());
                        const dicom::SliceRef &nearest = source.stack.slices[std::size_t(nearestSlice(source.stack, r.seed))];
                        const dicom::DicomHeader &h = source.headers[std::size_t(nearest.header)];
                        Measurement lesion = lesionMeasurement(r, source.grid, source.stack.modality,
                                                               {studyUid, h.seriesInstanceUid, h.sopInstanceUid, h.sopClassUid, nearest.frame});
                        std::vector<Quantity> values = m.values;
                        values.push_back({QStringLiteral("voxel_count"), double(r.voxelCount), QString()});
                        for (const Quantity &measured : lesion.values)
                            if (!m.value(measured.name) && measured.name != QLatin1String("lower") && measured.name != QLatin1String("upper")
                                && measured.name != QLatin1String("voxel_count") && measured.name != QLatin1String("mean")
                                && measured.name != QLatin1String("max"))
                                values.push_back(measured);
                        lesion.values = std::move(values);
                        lesion.uid = m.uid;
                        lesion.author = m.author;
                        lesion.created = {};
                        m = std::move(lesion);
                    }
                }
            }
            stamp(m);
            if (Status s = repo.value()->saveMeasurement(toRecord(m)); !s.ok())
                return s.error();
            ++added;
        }
        summary.added += added;
        if (!complete)
            continue;
        if (Status s = repo.value()->markReportImported(report.sopInstanceUid, studyUid, added); !s.ok())
            return s.error();
    }
    return summary;
}

} // namespace strata::measure
