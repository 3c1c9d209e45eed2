// The local cache on the command line: import, studies, series, delete, verify, quota.
#include "CliSupport.h"
#include "Commands.h"

#include <strata/dicom/Reconcile.h>
#include <strata/core/Paths.h>
#include <strata/store/ImportPipeline.h>
#include <strata/store/Ingest.h>
#include <strata/store/LocalCache.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>


namespace strata::cli {
namespace {

using namespace strata::store;

/// Parses the command's options; returns false (after printing) when the caller should exit.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &args, QTextStream &out,
           QTextStream &err, int *exitCode)
{
    return parseCommand(parser, command, args, out, err, exitCode);
}

std::unique_ptr<LocalCache> openCache(const QString &command, QTextStream &err)
{
    auto cache = LocalCache::open(paths::dataDir());
    if (!cache.ok()) {
        err << "strata " << command << ": " << cache.error().message() << "\n";
        return nullptr;
    }
    return std::move(cache).value();
}

QString settingsPath() { return paths::dataDir() + QStringLiteral("/strata.ini"); }

qint64 quotaBytes()
{
    return QSettings(settingsPath(), QSettings::IniFormat).value(QStringLiteral("cache/quotaBytes"), 0).toLongLong();
}

/// "20G", "500M", "1.5T", "123456" -> bytes; -1 when unreadable.
qint64 parseSize(QString text)
{
    text = text.trimmed().toUpper();
    if (text.endsWith(QLatin1Char('B')))
        text.chop(1);
    double factor = 1;
    if (text.endsWith(QLatin1Char('K'))) factor = 1024.0;
    else if (text.endsWith(QLatin1Char('M'))) factor = 1024.0 * 1024;
    else if (text.endsWith(QLatin1Char('G'))) factor = 1024.0 * 1024 * 1024;
    else if (text.endsWith(QLatin1Char('T'))) factor = 1024.0 * 1024 * 1024 * 1024;
    if (factor > 1)
        text.chop(1);
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && v >= 0 ? qint64(v * factor) : -1;
}


QJsonObject studyJson(const StudyRecord &s)
{
    return QJsonObject{{QStringLiteral("studyInstanceUid"), s.studyInstanceUid},
                       {QStringLiteral("patientName"), s.patientName},
                       {QStringLiteral("patientId"), s.patientId},
                       {QStringLiteral("patientBirthDate"), s.patientBirthDate},
                       {QStringLiteral("studyDate"), s.studyDate},
                       {QStringLiteral("accessionNumber"), s.accessionNumber},
                       {QStringLiteral("studyDescription"), s.studyDescription},
                       {QStringLiteral("modalities"), s.modalities},
                       {QStringLiteral("series"), s.seriesCount},
                       {QStringLiteral("instances"), s.instanceCount},
                       {QStringLiteral("sizeBytes"), double(s.sizeBytes)},
                       {QStringLiteral("remoteStored"), s.remoteStored}};
}

} // namespace

int importCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import files, folders, DICOMDIRs, zip files and disc images (ISO 9660) into the local cache."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the summary as JSON.")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress line.")});
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("What to import."), QStringLiteral("<path>..."));
    int code = 0;
    if (!parse(parser, QStringLiteral("import"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err << "strata import: give at least one file, folder, DICOMDIR or zip\n";
        return 2;
    }
    auto cache = openCache(QStringLiteral("import"), err);
    if (!cache)
        return 1;
    InterruptScope interrupt;
    const CancellationToken &cancel = interrupt.token();
    const bool quiet = parser.isSet(QStringLiteral("quiet")) || parser.isSet(QStringLiteral("json"));
    // The one ingest path: the import, then the import policy (the quota among it).
    const ImportSummary s = ingest(*cache, IngestSource::Import, parser.positionalArguments(), {}, cancel, [&](const ImportProgress &p) {
        if (quiet)
            return;
        err << "\rimporting: " << p.filesDone << "/" << p.filesTotal << " files, " << megabytes(p.bytesDone) << ", "
            << p.studiesFound << " studies";
        if (p.etaSeconds >= 0)
            err << ", about " << int(p.etaSeconds + 0.5) << " s left";
        err << "   ";
        err.flush();
    });
    if (!quiet)
        err << "\n";

    // Quota (enforced by the ingest policy): what is stored remotely was evicted, least recently used first.
    if (const std::optional<EvictionReport> &evicted = s.eviction) {
        if (!evicted->evictedStudies.isEmpty())
            err << "quota: evicted " << evicted->evictedStudies.size() << " remotely stored studies ("
                << megabytes(evicted->bytesFreed) << ")\n";
        if (!evicted->quotaMet)
            err << "quota: the cache holds " << megabytes(evicted->bytesAfter) << ", above its quota of "
                << megabytes(quotaBytes()) << ", and nothing left is stored remotely\n";
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray broken;
        for (const Error &e : s.broken)
            broken.append(QJsonObject{{QStringLiteral("path"), e.subject}, {QStringLiteral("reason"), e.reason}});
        QJsonObject o{{QStringLiteral("filesSeen"), s.filesSeen},
                      {QStringLiteral("imported"), s.imported},
                      {QStringLiteral("duplicates"), s.duplicates},
                      {QStringLiteral("conflicts"), s.conflicts},
                      {QStringLiteral("notDicom"), QJsonArray::fromStringList(s.notDicom)},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(s.notes)},
                      {QStringLiteral("broken"), broken},
                      {QStringLiteral("studies"), QJsonArray::fromStringList(s.studies)},
                      {QStringLiteral("bytesImported"), double(s.bytesImported)},
                      {QStringLiteral("seconds"), s.seconds},
                      {QStringLiteral("cancelled"), s.cancelled}};
        if (s.fatal)
            o[QStringLiteral("fatal")] = s.fatal->message();
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        out << "Imported " << s.imported << " of " << s.filesSeen << " file(s) (" << megabytes(s.bytesImported) << ") in "
            << QString::number(s.seconds, 'f', 1) << " s into " << s.studies.size() << " study(ies)";
        if (s.seconds > 0)
            out << ", " << QString::number(s.imported / s.seconds, 'f', 0) << " files/s";
        out << "\n";
        for (const QString &note : s.notes)
            out << "  " << note << "\n";
        if (s.duplicates)
            out << "  " << s.duplicates << " already in the cache (skipped)\n";
        if (!s.notDicom.isEmpty())
            out << "  " << s.notDicom.size() << " file(s) are not DICOM"
                << (s.notDicom.size() <= 10 ? QStringLiteral(": ") + s.notDicom.join(QStringLiteral(", ")) : QString()) << "\n";
        printImportProblems(out, s);
        if (s.cancelled)
            out << "  cancelled: everything imported before that is stored and indexed\n";
    }
    if (s.fatal) {
        err << "strata import: stopped: " << s.fatal->message() << "\n"
            << "strata import: what was imported before is stored and indexed; the cache is consistent\n";
        return 1;
    }
    if (s.cancelled)
        return 130;
    return s.broken.empty() ? 0 : 1;
}

int studiesCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search the studies in the local cache."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Patient name (case/accent-insensitive, * and ?)."), QStringLiteral("text"));
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Patient ID."), QStringLiteral("id"));
    const QCommandLineOption accession(QStringLiteral("accession"), QStringLiteral("Accession number."), QStringLiteral("number"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("Study description."), QStringLiteral("text"));
    const QCommandLineOption modality(QStringLiteral("modality"), QStringLiteral("Modality, e.g. CT."), QStringLiteral("code"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Study date from (YYYYMMDD)."), QStringLiteral("date"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Study date to (YYYYMMDD)."), QStringLiteral("date"));
    const QCommandLineOption sort(QStringLiteral("sort"), QStringLiteral("date|name|id|accession|description|modalities|instances|imported"), QStringLiteral("key"), QStringLiteral("date"));
    const QCommandLineOption asc(QStringLiteral("asc"), QStringLiteral("Ascending order."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Page size (default 100)."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption offset(QStringLiteral("offset"), QStringLiteral("Skip this many."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({name, id, accession, description, modality, from, to, sort, asc, limit, offset, json});
    int code = 0;
    if (!parse(parser, QStringLiteral("studies"), args, out, err, &code))
        return code;
    StudyQuery q;
    q.patientName = parser.value(name);
    q.patientId = parser.value(id);
    q.accessionNumber = parser.value(accession);
    q.studyDescription = parser.value(description);
    q.modality = parser.value(modality);
    auto date = [](const QString &t) {
        QDate d = QDate::fromString(t, QStringLiteral("yyyyMMdd"));
        return d.isValid() ? d : QDate::fromString(t, Qt::ISODate);
    };
    if (parser.isSet(from) && !(q.from = date(parser.value(from))).isValid()) {
        err << "strata studies: --from needs a date like 20240131\n";
        return 2;
    }
    if (parser.isSet(to) && !(q.to = date(parser.value(to))).isValid()) {
        err << "strata studies: --to needs a date like 20240131\n";
        return 2;
    }
    static const QHash<QString, StudyQuery::Sort> sorts{
        {QStringLiteral("date"), StudyQuery::Sort::StudyDate},         {QStringLiteral("name"), StudyQuery::Sort::PatientName},
        {QStringLiteral("id"), StudyQuery::Sort::PatientId},           {QStringLiteral("accession"), StudyQuery::Sort::Accession},
        {QStringLiteral("description"), StudyQuery::Sort::Description}, {QStringLiteral("modalities"), StudyQuery::Sort::Modalities},
        {QStringLiteral("instances"), StudyQuery::Sort::Instances},    {QStringLiteral("imported"), StudyQuery::Sort::Imported}};
    if (!sorts.contains(parser.value(sort))) {
        err << "strata studies: unknown --sort key '" << parser.value(sort) << "'\n";
        return 2;
    }
    q.sort = sorts.value(parser.value(sort));
    q.descending = !parser.isSet(asc);
    q.limit = parser.value(limit).toInt();
    q.offset = parser.value(offset).toInt();
    auto cache = openCache(QStringLiteral("studies"), err);
    if (!cache)
        return 1;
    auto page = cache->searchStudies(q);
    if (!page.ok()) {
        err << "strata studies: " << page.error().message() << "\n";
        return 1;
    }
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const StudyRecord &s : page->studies)
            a.append(studyJson(s));
        out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const StudyRecord &s : page->studies)
        out << s.studyDate.leftJustified(9) << s.patientNameDisplay.leftJustified(28).left(28) << " "
            << s.patientId.leftJustified(14).left(14) << " " << s.modalities.leftJustified(8).left(8) << " "
            << QString::number(s.instanceCount).rightJustified(6) << "  " << s.studyDescription.left(40) << "  "
            << s.studyInstanceUid << "\n";
    out << page->studies.size() << " of " << page->total << " study(ies)\n";
    return 0;
}

int seriesCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the series of a study in the local cache."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    parser.addPositionalArgument(QStringLiteral("study"), QStringLiteral("Study Instance UID."));
    int code = 0;
    if (!parse(parser, QStringLiteral("series"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err << "strata series: give one Study Instance UID\n";
        return 2;
    }
    auto cache = openCache(QStringLiteral("series"), err);
    if (!cache)
        return 1;
    const QString uid = parser.positionalArguments().first();
    if (auto study = cache->study(uid); !study.ok()) {
        err << "strata series: " << study.error().message() << "\n";
        return 1;
    }
    auto series = cache->series(uid);
    if (!series.ok()) {
        err << "strata series: " << series.error().message() << "\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const SeriesRecord &s : series.value())
            a.append(QJsonObject{{QStringLiteral("seriesInstanceUid"), s.seriesInstanceUid},
                                 {QStringLiteral("number"), s.seriesNumber},
                                 {QStringLiteral("modality"), s.modality},
                                 {QStringLiteral("description"), s.seriesDescription},
                                 {QStringLiteral("instances"), s.instanceCount},
                                 {QStringLiteral("sizeBytes"), double(s.sizeBytes)}});
        out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const SeriesRecord &s : series.value())
        out << QString::number(s.seriesNumber).rightJustified(5) << "  " << s.modality.leftJustified(4) << " "
            << QString::number(s.instanceCount).rightJustified(6) << " images  " << s.seriesDescription.leftJustified(32).left(32)
            << "  " << s.seriesInstanceUid << "\n";
    return 0;
}

int deleteCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Delete studies (rows and files) from the local cache."));
    parser.addPositionalArgument(QStringLiteral("studies"), QStringLiteral("Study Instance UIDs."), QStringLiteral("<study>..."));
    int code = 0;
    if (!parse(parser, QStringLiteral("delete"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err << "strata delete: give at least one Study Instance UID\n";
        return 2;
    }
    auto cache = openCache(QStringLiteral("delete"), err);
    if (!cache)
        return 1;
    int failures = 0;
    for (const QString &uid : parser.positionalArguments()) {
        if (Status s = cache->deleteStudy(uid); !s.ok()) {
            err << "strata delete: " << s.error().message() << "\n";
            ++failures;
        } else {
            out << "Deleted study " << uid << "\n";
        }
    }
    return failures ? 1 : 0;
}

int reconcileCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "File a cached study under the local patient record (a study from another hospital's CD): its files are written again with the\n"
        "values given, the former ones kept in each file's Original Attributes Sequence; UIDs and pixels stay. Values not given are kept."));
    parser.addPositionalArgument(QStringLiteral("study"), QStringLiteral("Study Instance UID."), QStringLiteral("<study>"));
    const QCommandLineOption id(QStringLiteral("patient-id"), QStringLiteral("Patient ID (the local record number)."), QStringLiteral("id"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Patient's name, as Family^Given."), QStringLiteral("name"));
    const QCommandLineOption issuer(QStringLiteral("issuer"), QStringLiteral("Issuer of Patient ID."), QStringLiteral("issuer"));
    const QCommandLineOption birth(QStringLiteral("birth-date"), QStringLiteral("Birth date, YYYYMMDD (empty: unknown)."), QStringLiteral("date"));
    const QCommandLineOption sex(QStringLiteral("sex"), QStringLiteral("M, F or O (empty: unknown)."), QStringLiteral("sex"));
    const QCommandLineOption accession(QStringLiteral("accession"), QStringLiteral("Accession number of the local order."), QStringLiteral("number"));
    const QCommandLineOption correct(QStringLiteral("correct"),
                                     QStringLiteral("The values correct errors (reason CORRECT); by default they replace another institution's (COERCE)."));
    parser.addOptions({id, name, issuer, birth, sex, accession, correct});
    int code = 0;
    if (!parse(parser, QStringLiteral("reconcile"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err << "strata reconcile: give one Study Instance UID\n";
        return 2;
    }
    dicom::PatientIdentityChange change;
    auto take = [&](const QCommandLineOption &o, std::optional<QString> &into) {
        if (parser.isSet(o))
            into = parser.value(o).trimmed();
    };
    take(id, change.id);
    take(name, change.name);
    take(issuer, change.issuer);
    take(birth, change.birthDate);
    take(sex, change.sex);
    take(accession, change.accessionNumber);
    if (change.sex)
        change.sex = change.sex->toUpper();
    if (const QString problem = dicom::checkIdentityChange(change); !problem.isEmpty()) {
        err << "strata reconcile: " << problem << "\n";
        return 2;
    }
    auto cache = openCache(QStringLiteral("reconcile"), err);
    if (!cache)
        return 1;
    const QString study = parser.positionalArguments().front();
    auto report = cache->reconcileStudy(study, change, parser.isSet(correct) ? dicom::ModificationReason::Correct : dicom::ModificationReason::Coerce);
    if (!report.ok()) {
        err << "strata reconcile: " << report.error().message() << "\n";
        return 1;
    }
    out << "Reconciled study " << study << ": " << report->instances << " file(s) written again (" << report->changed.join(QStringLiteral(", "))
        << ")\n  was: " << report->formerPatient << "\n  now: " << report->patient
        << (report->joinedPatient ? QStringLiteral(" (with this patient's other studies)") : QString()) << "\n";
    return 0;
}

int verifyCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Re-hash every stored file and compare with the index."));
    int code = 0;
    if (!parse(parser, QStringLiteral("verify"), args, out, err, &code))
        return code;
    auto cache = openCache(QStringLiteral("verify"), err);
    if (!cache)
        return 1;
    const RecoveryReport &r = cache->recovery();
    if (r.orphanFilesRemoved || r.pendingDeletesFinished)
        out << "Recovered an interrupted operation: " << r.orphanFilesRemoved << " unindexed file(s) removed, "
            << r.pendingDeletesFinished << " deletion(s) finished\n";
    auto report = cache->verify();
    if (!report.ok()) {
        err << "strata verify: " << report.error().message() << "\n";
        return 1;
    }
    for (const QString &line : report->details)
        out << line << "\n";
    out << report->checked << " file(s) checked: " << report->missing.size() << " missing, " << report->corrupt.size()
        << " corrupt\n";
    return report->ok() ? 0 : 1;
}

int quotaCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show the cache size and quota; --set changes the quota (0 = none). Studies stored on a remote archive are "
        "evicted least recently used first; studies that exist only here are never evicted."));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("New quota, e.g. 20G or 500M."), QStringLiteral("size"));
    const QCommandLineOption evict(QStringLiteral("evict"), QStringLiteral("Evict now to meet the quota."));
    parser.addOptions({set, evict});
    int code = 0;
    if (!parse(parser, QStringLiteral("quota"), args, out, err, &code))
        return code;
    auto cache = openCache(QStringLiteral("quota"), err);
    if (!cache)
        return 1;
    if (parser.isSet(set)) {
        const qint64 bytes = parseSize(parser.value(set));
        if (bytes < 0) {
            err << "strata quota: --set needs a size like 20G, 500M or 0\n";
            return 2;
        }
        QSettings(settingsPath(), QSettings::IniFormat).setValue(QStringLiteral("cache/quotaBytes"), bytes);
    }
    const qint64 quota = quotaBytes();
    if (parser.isSet(evict) && quota > 0) {
        auto report = cache->enforceQuota(quota);
        if (!report.ok()) {
            err << "strata quota: " << report.error().message() << "\n";
            return 1;
        }
        out << "Evicted " << report->evictedStudies.size() << " study(ies), " << megabytes(report->bytesFreed) << "\n";
        if (!report->quotaMet)
            out << "The quota is still exceeded: the rest exists only here and is never evicted\n";
    }
    auto total = cache->totalBytes();
    out << "Cache: " << (total.ok() ? megabytes(total.value()) : QStringLiteral("?")) << ", quota: "
        << (quota > 0 ? megabytes(quota) : QStringLiteral("none")) << "\n";
    return 0;
}

} // namespace strata::cli
