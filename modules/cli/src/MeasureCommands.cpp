// `strata segment` (lesion quantification from a seed) and `strata measurements` (a study's
// measurements: list, export as CSV or JSON).
#include "CliSupport.h"
#include "Commands.h"

#include <strata/core/Csv.h>
#include <strata/core/Numbers.h>
#include <strata/core/Paths.h>
#include <strata/dicom/FolderScan.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/Volume.h>
#include <strata/measure/DicomExport.h>
#include <strata/measure/LesionSegmenter.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/measure/PresentationState.h>
#include <strata/measure/ReportImport.h>
#include <strata/store/AuditLog.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace strata::cli {

namespace {

QJsonArray point(const imaging::Vec3 &p) { return QJsonArray{p[0], p[1], p[2]}; }

/// The files of a folder (or file), or of a series in the local cache.
Result<QStringList> sourceFiles(const QString &source)
{
    if (QFileInfo::exists(source)) {
        QStringList files = dicom::listFiles({source});
        files.erase(std::remove_if(files.begin(), files.end(),
                                   [](const QString &f) { return f.endsWith(QLatin1String(".json")); }),
                    files.end());
        return files;
    }
    auto cache = store::LocalCache::open(paths::dataDir());
    if (!cache.ok())
        return cache.error();
    auto instances = cache.value()->instances(source);
    if (!instances.ok())
        return instances.error();
    QStringList files;
    for (const store::InstanceRecord &i : instances.value())
        files << i.filePath;
    if (files.isEmpty())
        return Error(ErrorCode::NotFound, source, QStringLiteral("neither a file or folder nor a series in the local cache"));
    return files;
}

std::unique_ptr<store::MeasurementRepository> openMeasurements(const QString &command, QTextStream &err)
{
    auto service = store::StoreService::open(paths::dataDir());
    if (!service.ok()) {
        err << "strata " << command << ": " << service.error().message() << "\n";
        return nullptr;
    }
    auto repo = service.value()->measurements();
    if (!repo.ok()) {
        err << "strata " << command << ": " << repo.error().message() << "\n";
        return nullptr;
    }
    return std::move(repo).value();
}

/// One row per value (a measurement without values, such as a text, gets one row of its own).
QByteArray toCsv(const std::vector<measure::Measurement> &list)
{
    QString out = QStringLiteral("uid,kind,study,series,sop_instance,frame,author,created,modified,name,value,unit,text\n");
    for (const measure::Measurement &m : list) {
        const QString head = QStringList{m.uid, measure::kindName(m.kind), m.image.studyInstanceUid, m.image.seriesInstanceUid,
                                         m.image.sopInstanceUid, QString::number(m.image.frame), csvField(m.author),
                                         m.created.toUTC().toString(Qt::ISODateWithMs), m.modified.toUTC().toString(Qt::ISODateWithMs)}
                                 .join(QLatin1Char(','));
        if (m.values.empty())
            out += head + QStringLiteral(",,,,") + csvField(m.text) + QLatin1Char('\n');
        for (const measure::Quantity &q : m.values)
            out += head + QLatin1Char(',') + q.name + QLatin1Char(',') + QString::number(q.value, 'g', 10) + QLatin1Char(',')
                   + csvField(q.unit) + QLatin1Char(',') + csvField(m.text) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

/// The study's measurements as a TID 1500 SR at `path`, each lesion's segmentation (its stored
/// mask, or segmented again from its seed and interval when it has none) as a SEG beside it
/// (<name>-seg<n>.dcm).
Status writeReport(const std::vector<measure::Measurement> &list, const QString &studyUid, const QString &path, QTextStream &out)
{
    auto cache = store::LocalCache::open(paths::dataDir());
    if (!cache.ok())
        return cache.error();
    auto instances = cache.value()->studyInstances(studyUid);
    if (!instances.ok())
        return instances.error();
    QHash<QString, QString> fileOf;
    for (const store::InstanceRecord &i : instances.value())
        fileOf.insert(i.sopInstanceUid, i.filePath);
    QStringList images;
    for (const measure::Measurement &m : list) {
        QString file = fileOf.value(m.image.sopInstanceUid);
        // Made on an MPR plane or along a curved path (no stored image): an image of its series,
        // whose frame of reference its patient coordinates are in.
        if (file.isEmpty() && !m.image.seriesInstanceUid.isEmpty())
            for (const store::InstanceRecord &i : instances.value())
                if (i.seriesInstanceUid == m.image.seriesInstanceUid) {
                    file = i.filePath;
                    break;
                }
        if (!file.isEmpty() && !images.contains(file))
            images << file;
    }
    if (images.isEmpty())
        return Error(ErrorCode::NotFound, studyUid, QStringLiteral("none of the measured images is in the local cache"));
    std::vector<measure::ReportSegment> segments;
    QString base = path;
    if (base.endsWith(QLatin1String(".dcm"), Qt::CaseInsensitive))
        base.chop(4);
    int n = 0;
    for (const measure::Measurement &m : list) {
        if (m.kind != measure::MeasurementKind::Lesion || m.points.empty())
            continue;
        auto series = cache.value()->instances(m.image.seriesInstanceUid);
        if (!series.ok())
            return series.error();
        QStringList files;
        for (const store::InstanceRecord &i : series.value())
            files << i.filePath;
        const auto scan = dicom::scanFiles(files);
        const auto stacks = dicom::buildStacks(scan.headers);
        const dicom::Stack *stack = nullptr;
        for (const dicom::Stack &s : stacks)
            if (s.isVolume() && (!stack || s.slices.size() > stack->slices.size()))
                stack = &s;
        if (!stack)
            return Error(ErrorCode::NotFound, m.image.seriesInstanceUid, QStringLiteral("the lesion's series holds no volume"));
        // The stored mask when it lies on this series' grid; else segmented again from the seed.
        Result<dicom::Volume> volume = dicom::volumeGeometry(*stack);
        Result<measure::LesionResult> lesion = measure::LesionResult{};
        if (m.mask && m.mask->grid.dimensions == volume.value().dimensions
            && m.mask->grid.indexToPatient == volume.value().indexToPatient) {
            lesion.value().mask = m.mask->mask;
        } else {
            volume = dicom::loadVolume(*stack, scan.headers);
            if (!volume.ok())
                return volume.error();
            measure::SegmentationOptions options = measure::SegmentationOptions::defaultFor(stack->modality);
            options.lower = m.value(QStringLiteral("lower"));
            options.upper = m.value(QStringLiteral("upper"));
            lesion = measure::segmentLesion(volume.value(), m.points[0], options);
            if (!lesion.ok())
                return lesion.error();
        }
        std::vector<measure::SourceSlice> slices;
        if (!dicom::needsRegularGrid(*stack))
            for (const dicom::SliceRef &s : stack->slices)
                slices.push_back({scan.headers[std::size_t(s.header)].sopClassUid, scan.headers[std::size_t(s.header)].sopInstanceUid});
        const QString segPath = QStringLiteral("%1-seg%2.dcm").arg(base).arg(++n);
        auto seg = measure::writeLesionSegmentation(lesion.value(), volume.value(),
                                                    scan.headers[std::size_t(stack->slices.front().header)].path, slices,
                                                    QStringLiteral("Lesion %1").arg(n), segPath);
        if (!seg.ok())
            return seg.error();
        out << "Wrote segmentation " << segPath << " (" << seg.value().frames << " frames)\n";
        segments.push_back({m.uid, segPath, m.image.seriesInstanceUid});
    }
    auto sr = measure::writeMeasurementReport(list, images, segments, measure::currentAuthor(), path);
    if (!sr.ok())
        return sr.error();
    out << "Wrote measurement report " << path << "\n";
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *why = f.errorString();
        return false;
    }
    return true;
}

} // namespace

int segmentCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Segment a lesion in 3-D from a seed point (patient mm) and report its volume, mean and maximum, and its RECIST axes."));
    parser.addPositionalArgument(QStringLiteral("source"), QStringLiteral("A folder of DICOM files, or a Series Instance UID in the local cache."));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Seed in patient coordinates (LPS, mm)."), QStringLiteral("x,y,z"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("JSON output."));
    const QCommandLineOption saveOpt(QStringLiteral("save"), QStringLiteral("Keep the result with the study as a measurement."));
    const QCommandLineOption lowerOpt(QStringLiteral("lower"), QStringLiteral("Lowest value of the lesion (default: from the seed's neighbourhood)."), QStringLiteral("value"));
    const QCommandLineOption upperOpt(QStringLiteral("upper"), QStringLiteral("Highest value of the lesion (default: from the seed's neighbourhood)."), QStringLiteral("value"));
    const QCommandLineOption radiusOpt(QStringLiteral("max-radius"), QStringLiteral("Farthest the region may grow from the seed, mm (default 60)."), QStringLiteral("mm"));
    const QCommandLineOption boxOpt(QStringLiteral("box"),
                                    QStringLiteral("Keep the lesion within the box of these opposite corners (LPS, mm); the seed defaults to its centre."),
                                    QStringLiteral("x0,y0,z0,x1,y1,z1"));
    parser.addOptions({seedOpt, jsonOpt, saveOpt, lowerOpt, upperOpt, radiusOpt, boxOpt});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("segment"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || (!parser.isSet(seedOpt) && !parser.isSet(boxOpt))) {
        err << "strata segment: give a folder or series UID and --seed X,Y,Z (or --box)\n";
        return 2;
    }
    const auto numbers = [&](const QCommandLineOption &option, int count) {
        return commaSeparatedNumbers(parser.value(option), count).value_or(std::vector<double>{});
    };
    std::optional<measure::LesionBox> box;
    if (parser.isSet(boxOpt)) {
        const std::vector<double> c = numbers(boxOpt, 6);
        if (!c.empty()) {
            measure::LesionBox b;
            for (std::size_t a = 0; a < 3; ++a) {
                b.centre[a] = (c[a] + c[a + 3]) / 2;
                b.halfSize[a] = std::abs(c[a + 3] - c[a]) / 2;
            }
            if (b.halfSize[0] > 0 && b.halfSize[1] > 0 && b.halfSize[2] > 0)
                box = b;
        }
        if (!box) {
            err << "strata segment: --box takes six numbers, two opposite corners of a box with some depth, e.g. --box -80,-20,-60,-50,10,-30\n";
            return 2;
        }
    }
    imaging::Vec3 seed = box ? box->centre : imaging::Vec3{};
    if (parser.isSet(seedOpt)) {
        const std::vector<double> s = numbers(seedOpt, 3);
        if (s.empty()) {
            err << "strata segment: --seed takes three numbers, e.g. --seed -90,-10,80\n";
            return 2;
        }
        seed = {s[0], s[1], s[2]};
        if (box && !box->contains(seed)) {
            err << "strata segment: the seed lies outside the --box\n";
            return 2;
        }
    }
    auto files = sourceFiles(parser.positionalArguments().first());
    if (!files.ok()) {
        err << "strata segment: " << files.error().message() << "\n";
        return 1;
    }
    const auto scan = dicom::scanFiles(files.value());
    const auto stacks = dicom::buildStacks(scan.headers);
    // The largest volume of the files.
    const dicom::Stack *stack = nullptr;
    for (const dicom::Stack &s : stacks)
        if (s.isVolume() && (!stack || s.slices.size() > stack->slices.size()))
            stack = &s;
    if (!stack) {
        err << "strata segment: " << parser.positionalArguments().first() << ": no volume (a stack of two or more slices)\n";
        return 1;
    }
    InterruptScope interrupt;
    auto volume = dicom::loadVolume(*stack, scan.headers, interrupt.token());
    if (!volume.ok()) {
        err << "strata segment: " << volume.error().message() << "\n";
        return 1;
    }
    measure::SegmentationOptions options = measure::SegmentationOptions::defaultFor(stack->modality);
    bool okLower = true, okUpper = true, okRadius = true;
    if (parser.isSet(lowerOpt))
        options.lower = parser.value(lowerOpt).toDouble(&okLower);
    if (parser.isSet(upperOpt))
        options.upper = parser.value(upperOpt).toDouble(&okUpper);
    if (parser.isSet(radiusOpt))
        options.maxRadiusMm = parser.value(radiusOpt).toDouble(&okRadius);
    if (!okLower || !okUpper || !okRadius || options.maxRadiusMm <= 0) {
        err << "strata segment: --lower, --upper and --max-radius take numbers (the radius positive)\n";
        return 2;
    }
    options.box = box;
    auto result = measure::segmentLesion(volume.value(), seed, options);
    if (!result.ok()) {
        err << "strata segment: " << result.error().message() << "\n";
        return 1;
    }
    const measure::LesionResult &r = result.value();
    // The measurement names the stored slice nearest the seed.
    const dicom::SliceRef &nearest = stack->slices[std::size_t(measure::nearestSlice(*stack, r.seed))];
    const dicom::DicomHeader &h = scan.headers[std::size_t(nearest.header)];
    measure::Measurement m = measure::lesionMeasurement(
        r, volume.value(), stack->modality,
        {h.studyInstanceUid, h.seriesInstanceUid, h.sopInstanceUid, h.sopClassUid, nearest.frame});
    m.box = box;
    // A region that reached the box around the seed leaked into its surroundings: it is reported,
    // never kept as a lesion (the viewer refuses it the same way).
    const bool saving = parser.isSet(saveOpt) && !r.reachedLimit;
    if (saving) {
        auto repo = openMeasurements(QStringLiteral("segment"), err);
        if (!repo)
            return 1;
        if (Status s = repo->saveMeasurement(measure::toRecord(m)); !s.ok()) {
            err << "strata segment: " << s.error().message() << "\n";
            return 1;
        }
    }
    const QString unit = m.plane.valueUnit();
    if (parser.isSet(jsonOpt)) {
        QJsonObject o{{QStringLiteral("seed"), point(seed)},
                      {QStringLiteral("seriesInstanceUid"), stack->seriesInstanceUid},
                      {QStringLiteral("studyInstanceUid"), m.image.studyInstanceUid},
                      {QStringLiteral("volumeMl"), r.volumeMl},
                      {QStringLiteral("mean"), r.mean},
                      {QStringLiteral("max"), r.max},
                      {QStringLiteral("unit"), unit},
                      {QStringLiteral("longAxisMm"), r.longAxisMm},
                      {QStringLiteral("shortAxisMm"), r.shortAxisMm},
                      {QStringLiteral("longAxis"), QJsonArray{point(r.longAxis[0]), point(r.longAxis[1])}},
                      {QStringLiteral("shortAxis"), QJsonArray{point(r.shortAxis[0]), point(r.shortAxis[1])}},
                      {QStringLiteral("voxels"), double(r.voxelCount)},
                      {QStringLiteral("interval"), QJsonArray{r.lower, r.upper}},
                      {QStringLiteral("reachedLimit"), r.reachedLimit},
                      {QStringLiteral("touchedBox"), r.touchedBox}};
        if (saving)
            o.insert(QStringLiteral("measurementUid"), m.uid);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << "Lesion at (" << seed[0] << ", " << seed[1] << ", " << seed[2] << ") mm in series " << stack->seriesInstanceUid << "\n";
        out << "  volume      " << QString::number(r.volumeMl, 'f', 3) << " mL (" << r.voxelCount << " voxels)\n";
        out << "  mean / max  " << QString::number(r.mean, 'f', 1) << " / " << QString::number(r.max, 'f', 1) << " " << unit << "\n";
        out << "  long axis   " << QString::number(r.longAxisMm, 'f', 1) << " mm, short axis "
            << QString::number(r.shortAxisMm, 'f', 1) << " mm (slice " << r.recistSlice << ")\n";
        out << "  interval    " << QString::number(r.lower, 'f', 1) << " to " << QString::number(r.upper, 'f', 1) << " " << unit << "\n";
        if (r.touchedBox)
            out << "  the lesion reaches the --box: give a larger box if it goes on\n";
        if (saving)
            out << "Saved as measurement " << m.uid << " of study " << m.image.studyInstanceUid << "\n";
    }
    if (r.reachedLimit) {
        err << "strata segment: the region reached " << options.maxRadiusMm
            << " mm from the seed: it probably leaked into its surroundings (try --lower/--upper)"
            << (parser.isSet(saveOpt) ? "; not saved" : "") << "\n";
        if (parser.isSet(saveOpt))
            return 1;
    }
    return 0;
}

int measurementsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A study's measurements: list them, or export them as CSV, JSON, a DICOM SR or presentation states (GSPS)."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or export"));
    parser.addPositionalArgument(QStringLiteral("study"), QStringLiteral("Study Instance UID."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("list: JSON output; export: write JSON to this file."), QStringLiteral("file"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), QStringLiteral("export: write CSV to this file."), QStringLiteral("file"));
    const QCommandLineOption srOpt(QStringLiteral("sr"), QStringLiteral("export: write a DICOM SR (TID 1500) to this file, and each lesion as a DICOM SEG beside it."), QStringLiteral("file"));
    const QCommandLineOption gspsOpt(QStringLiteral("gsps"),
                                     QStringLiteral("export: write the measurements on the study's images as grayscale presentation states (GSPS, one per series, image size and shutter) into this folder."),
                                     QStringLiteral("folder"));
    const QCommandLineOption storeGspsOpt(QStringLiteral("store-gsps"),
                                          QStringLiteral("export: keep those presentation states in the study in the local cache (sync and send take them to the archives)."));
    const QCommandLineOption windowOpt(QStringLiteral("window"),
                                       QStringLiteral("export: the window of the presentation states (centre and width, e.g. 40,400 for HU); default: each series' own."),
                                       QStringLiteral("c,w"));
    parser.addOptions({jsonOpt, csvOpt, srOpt, gspsOpt, storeGspsOpt, windowOpt});
    // `list --json` takes no file: accept it bare by giving it "-" (stdout). With list, --json
    // never takes a value, wherever it stands (`list --json UID` as well as `list UID --json`).
    QStringList argv = args;
    bool listing = false;
    for (int i = 0; i < argv.size(); ++i) {
        if (argv[i] == QLatin1String("--csv") || argv[i] == QLatin1String("--sr") || argv[i] == QLatin1String("--gsps") || argv[i] == QLatin1String("--window")) {
            ++i;  // their file
            continue;
        }
        if (!argv[i].startsWith(QLatin1Char('-'))) {
            listing = argv[i] == QLatin1String("list");
            break;
        }
    }
    for (int i = 0; i < argv.size(); ++i)
        if (argv[i] == QLatin1String("--json")
            && (i + 1 >= argv.size() || argv[i + 1].startsWith(QLatin1String("--")) || (listing && argv[i + 1] != QLatin1String("-"))))
            argv.insert(i + 1, QStringLiteral("-"));
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("measurements"), argv, out, err, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || (pos[0] != QLatin1String("list") && pos[0] != QLatin1String("export"))) {
        err << "strata measurements: give list or export, and a Study Instance UID\n";
        return 2;
    }
    const bool exporting = pos[0] == QLatin1String("export");
    if (exporting && !parser.isSet(jsonOpt) && !parser.isSet(csvOpt) && !parser.isSet(srOpt) && !parser.isSet(gspsOpt) && !parser.isSet(storeGspsOpt)) {
        err << "strata measurements export: give --csv FILE, --json FILE, --sr FILE, --gsps FOLDER and/or --store-gsps\n";
        return 2;
    }
    std::optional<measure::ReadingWindow> window;
    if (parser.isSet(windowOpt)) {
        const auto cw = commaSeparatedNumbers(parser.value(windowOpt), 2);
        if (!cw || (*cw)[1] <= 0) {
            err << "strata measurements: --window takes a centre and a width above 0, e.g. 40,400\n";
            return 2;
        }
        window = measure::ReadingWindow{(*cw)[0], (*cw)[1]};
    }
    // Measurement reports (SR, with their SEGs) of the study not read before become its measurements.
    if (auto service = store::StoreService::open(paths::dataDir()); service.ok()) {
        auto imported = measure::importStudyReports(*service.value(), pos[1]);
        if (!imported.ok())
            err << "strata measurements: reading the study's reports: " << imported.error().message() << "\n";
        else
            for (const QString &problem : imported.value().problems)
                err << "strata measurements: " << problem << "\n";
    }
    auto repo = openMeasurements(QStringLiteral("measurements"), err);
    if (!repo)
        return 1;
    auto records = repo->measurements(pos[1]);
    if (!records.ok()) {
        err << "strata measurements: " << records.error().message() << "\n";
        return 1;
    }
    std::vector<measure::Measurement> list;
    for (const store::MeasurementRecord &r : records.value()) {
        auto m = measure::fromRecord(r);
        if (!m.ok()) {
            err << "strata measurements: " << m.error().message() << "\n";
            continue;
        }
        list.push_back(std::move(m).value());
    }
    QJsonArray array;
    for (const measure::Measurement &m : list) {
        QJsonObject o = measure::toJson(m);
        // A lesion's mask: whether the store holds it, and its voxels (tools compare them with
        // the voxel_count value).
        if (m.kind == measure::MeasurementKind::Lesion)
            o.insert(QStringLiteral("mask"),
                     QJsonObject{{QStringLiteral("present"), bool(m.mask)},
                                 {QStringLiteral("voxels"), m.mask ? double(m.mask->voxelCount()) : 0.0},
                                 {QStringLiteral("box"), m.mask ? QJsonArray{m.mask->mask.size[0], m.mask->mask.size[1], m.mask->mask.size[2]}
                                                                : QJsonArray{}}});
        array.append(o);
    }
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("studyInstanceUid"), pos[1]},
                                                      {QStringLiteral("measurements"), array}})
                                .toJson(QJsonDocument::Indented);
    if (!exporting) {
        if (parser.isSet(jsonOpt)) {
            out << QString::fromUtf8(json);
            return 0;
        }
        for (const measure::Measurement &m : list)
            out << m.uid << "  " << measure::kindName(m.kind).leftJustified(10) << " " << measure::displayText(m).leftJustified(36)
                << " " << m.author << "  " << m.created.toUTC().toString(Qt::ISODate) << "\n";
        if (list.empty())
            out << "No measurements for study " << pos[1] << "\n";
        return 0;
    }
    // The files leave the cache with the patient's identity in them: each export is audited.
    const QString study = pos[1];
    QStringList targets;
    for (const QCommandLineOption *o : {&csvOpt, &jsonOpt, &srOpt, &gspsOpt})
        if (parser.isSet(*o))
            targets << QFileInfo(parser.value(*o)).absoluteFilePath();
    if (parser.isSet(storeGspsOpt))
        targets << QStringLiteral("the study in the local cache");
    auto failed = [&](const QString &why) {
        err << "strata measurements: " << why << "\n";
        store::audit({QStringLiteral("measurements-export"), study, QStringLiteral("failure"), targets.join(QLatin1Char(' ')), why});
        return 1;
    };
    QString why;
    if (parser.isSet(csvOpt) && !writeFile(parser.value(csvOpt), toCsv(list), &why))
        return failed(parser.value(csvOpt) + QStringLiteral(": ") + why);
    if (parser.isSet(jsonOpt) && !writeFile(parser.value(jsonOpt), json, &why))
        return failed(parser.value(jsonOpt) + QStringLiteral(": ") + why);
    if (parser.isSet(srOpt))
        if (Status s = writeReport(list, study, parser.value(srOpt), out); !s.ok())
            return failed(s.error().message());
    if (parser.isSet(gspsOpt) || parser.isSet(storeGspsOpt)) {
        auto cache = store::LocalCache::open(paths::dataDir());
        if (!cache.ok())
            return failed(cache.error().message());
        // The window for every series the study's images are in, when one is given.
        std::map<QString, measure::ReadingView> windows;
        if (window) {
            auto series = cache.value()->studyInstances(study);
            if (!series.ok())
                return failed(series.error().message());
            measure::ReadingView view;
            view.window = *window;
            for (const store::InstanceRecord &i : series.value())
                windows.emplace(i.seriesInstanceUid, view);
        }
        const QString author = measure::currentAuthor();
        if (parser.isSet(gspsOpt)) {
            const QString folder = parser.value(gspsOpt);
            if (!QDir().mkpath(folder))
                return failed(folder + QStringLiteral(": cannot create the folder"));
            int leftOut = 0;
            auto written = measure::writeStudyPresentationStates(*cache.value(), study, windows, author, {}, folder, &leftOut);
            if (!written.ok())
                return failed(written.error().message());
            for (const measure::WrittenPresentationFile &w : written.value())
                out << "Wrote " << w.path << ": " << w.state.marks << " measurement(s) on " << w.state.images << " image(s)\n";
            if (leftOut > 0)
                out << leftOut << " measurement(s) not on a stored grayscale image (MPR planes, curved paths, lesions, colour images): in the SR only\n";
        }
        if (parser.isSet(storeGspsOpt)) {
            auto stored = measure::storePresentationStates(*cache.value(), study, windows, author);
            if (!stored.ok())
                return failed(stored.error().message());
            out << "Stored " << stored.value().sopInstanceUids.size() << " presentation state(s) in study " << study << ": "
                << stored.value().marks << " measurement(s) drawn\n";
        }
    }
    store::audit({QStringLiteral("measurements-export"), study, QStringLiteral("success"), targets.join(QLatin1Char(' ')),
                  QStringLiteral("%1 measurement(s)").arg(list.size())});
    out << "Exported " << list.size() << " measurement(s) of study " << pos[1] << "\n";
    return 0;
}

} // namespace strata::cli
