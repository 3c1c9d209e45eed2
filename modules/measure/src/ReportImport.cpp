#include <strata/measure/ReportImport.h>

#include <strata/measure/KeyObjects.h>
#include <strata/store/KeyImageRepository.h>

#include <strata/dicom/FolderScan.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/Plane.h>
#include <strata/measure/DicomExport.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>

#include <QHash>
#include <QUuid>

#include <cmath>

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

/// A plane through measured points in patient mm (a report's SCOORD3D: an MPR plane that is no
/// stored image): through the first point, the row along the first two points, the normal from
/// three points not on a line (else across the row and the patient axis most across it).
imaging::SliceGeometry planeThrough(const std::vector<Vec3> &points)
{
    imaging::SliceGeometry g;
    g.origin = points.front();
    Vec3 row{1, 0, 0};
    if (points.size() >= 2) {
        const Vec3 d = imaging::difference(points[1], points[0]);
        const double n = std::sqrt(imaging::dot(d, d));
        if (n > 1e-9)
            row = {d[0] / n, d[1] / n, d[2] / n};
    }
    Vec3 normal{0, 0, 0};
    for (std::size_t i = 2; i < points.size() && imaging::dot(normal, normal) < 1e-12; ++i)
        normal = imaging::cross(row, imaging::difference(points[i], points[0]));
    if (imaging::dot(normal, normal) < 1e-12) {
        const Vec3 axes[3] = {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}};
        const Vec3 *best = &axes[0];
        for (const Vec3 &a : axes)
            if (std::abs(imaging::dot(a, row)) < std::abs(imaging::dot(*best, row)))
                best = &a;
        normal = imaging::cross(row, *best);
    }
    const double n = std::sqrt(imaging::dot(normal, normal));
    normal = {normal[0] / n, normal[1] / n, normal[2] / n};
    g.row = row;
    g.column = imaging::cross(normal, row);   // row × column = normal
    g.spacing = {1, 1};
    return g;
}

/// Puts a measurement read from a report where it was made, from the coordinates the report gives:
/// on its stored image (pixel coordinates through the image's own geometry) or in patient mm; so
/// it is drawn on that plane again and can be edited. Without coordinates it keeps no points.
void placeFromCoordinates(Measurement &m, const ReportGroup &group, const QHash<QString, store::InstanceRecord> &bySop,
                          QStringList &problems)
{
    if (!group.patientCoordinates.empty()) {
        std::vector<Vec3> points = pointsFromCoordinates(m.kind, group.patientCoordinates);
        if (points.empty())
            return;
        m.plane = ImagePlane::ofVolumeSlice(planeThrough(group.patientCoordinates), m.plane.modality);
        m.points = std::move(points);
        return;
    }
    if (group.imageCoordinates.empty())
        return;
    const auto image = bySop.constFind(group.coordinatesImageUid);
    if (image == bySop.constEnd()) {
        problems << QStringLiteral("%1: the image %2 its points are on is not in the study").arg(m.uid, group.coordinatesImageUid);
        return;
    }
    auto header = dicom::readHeader(image->filePath);
    const std::optional<imaging::SliceGeometry> g = header.ok() ? imaging::imageGeometry(header.value()) : std::nullopt;
    if (!g) {
        problems << QStringLiteral("%1: the geometry of %2 is not known").arg(m.uid, image->filePath);
        return;
    }
    std::vector<Vec3> coordinates;
    for (const auto &c : group.imageCoordinates)   // SCOORD (0, 0) is the corner, a pixel index its centre
        coordinates.push_back(g->patientPosition(c[0] - 0.5, c[1] - 0.5));
    std::vector<Vec3> points = pointsFromCoordinates(m.kind, std::move(coordinates));
    if (points.empty())
        return;
    const QString modality = m.plane.modality.isEmpty() ? header.value().modality : m.plane.modality;
    m.plane = ImagePlane::ofVolumeSlice(*g, modality);
    m.points = std::move(points);
    if (m.image.sopInstanceUid.isEmpty()) {
        m.image.sopInstanceUid = image->sopInstanceUid;
        m.image.sopClassUid = image->sopClassUid;
        m.image.seriesInstanceUid = image->seriesInstanceUid;
    }
    if (m.image.sopInstanceUid == image->sopInstanceUid)
        m.image.frame = group.coordinatesFrame;   // of a multi-frame image: the frame its points lie on
}

/// Marks the images a key object selection names as key images. Returns whether it is done with
/// (false: an image it names is not in the cache yet, read it again next time).
Result<bool> importKeyObjects(store::StoreService &service, const store::InstanceRecord &report,
                              const QHash<QString, store::InstanceRecord> &bySop, ReportImportSummary &summary)
{
    auto kos = readKeyObjectSelection(report.filePath);
    if (!kos.ok()) {
        summary.problems << kos.error().message();
        return true;
    }
    const KeyObjectDocument &doc = kos.value();
    if (doc.isRejection()) {
        summary.problems << QStringLiteral("%1: a rejection note (%2) of %3 images: not key images (the viewer does not show them)")
                                .arg(report.filePath, doc.titleMeaning)
                                .arg(doc.images.size());
        return true;
    }
    auto keys = service.keyImages();
    if (!keys.ok())
        return keys.error();
    ++summary.reports;
    bool complete = true;
    for (const KeyObjectImage &image : doc.images) {
        if (!bySop.contains(image.sopInstanceUid)) {
            complete = false;   // it comes later (a KOS often arrives before its images)
            continue;
        }
        // No Referenced Frame Number: the whole image, every frame of a multi-frame one.
        std::vector<int> frames = image.frames;
        if (frames.empty())
            for (int f = 1; f <= std::max(1, bySop.value(image.sopInstanceUid).frames); ++f)
                frames.push_back(f);
        for (int frame : frames) {
            auto marked = keys.value()->isKeyImage(image.sopInstanceUid, frame - 1);
            if (!marked.ok())
                return marked.error();
            if (marked.value())
                continue;
            store::KeyImage k;
            k.sopInstanceUid = image.sopInstanceUid;
            k.frame = frame - 1;
            k.note = doc.note();
            if (Status s = keys.value()->setKeyImage(k); !s.ok())
                summary.problems << s.error().message();
            else
                ++summary.keyImages;
        }
    }
    return complete;
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
        if (report.sopClassUid == QLatin1String(kKeyObjectSelectionClass)) {
            auto taken = importKeyObjects(service, report, bySop, summary);
            if (!taken.ok())
                return taken.error();
            if (taken.value())
                if (Status s = repo.value()->markReportImported(report.sopInstanceUid, studyUid, 0); !s.ok())
                    return s.error();
            continue;
        }
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
                        lesion.finding = m.finding;
                        lesion.created = {};
                        m = std::move(lesion);
                    }
                }
            }
            if (m.kind != MeasurementKind::Lesion)
                placeFromCoordinates(m, group, bySop, summary.problems);
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
