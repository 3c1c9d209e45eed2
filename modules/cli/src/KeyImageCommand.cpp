// `strata keyimages`: a study's key images in the local cache (those marked in the viewer, and
// those of the key object selections a PACS sent with the study), listed or written as a DICOM
// Key Object Selection document for an archive.
#include "CliSupport.h"
#include "Commands.h"

#include <strata/core/Paths.h>
#include <strata/measure/KeyObjects.h>
#include <strata/measure/MeasurementRecords.h>
#include <strata/measure/ReportImport.h>
#include <strata/store/AuditLog.h>
#include <strata/store/KeyImageRepository.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace strata::cli {

int keyImagesCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A study's key images: list them, or export them as a DICOM Key Object Selection (KOS) for an archive (a file, or kept in the study)."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or export"));
    parser.addPositionalArgument(QStringLiteral("study"), QStringLiteral("Study Instance UID."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("list: JSON output."));
    const QCommandLineOption kosOpt(QStringLiteral("kos"), QStringLiteral("export: write the KOS to this file."), QStringLiteral("file"));
    const QCommandLineOption descriptionOpt(QStringLiteral("description"), QStringLiteral("export: the KOS's Key Object Description."),
                                            QStringLiteral("text"));
    const QCommandLineOption storeOpt(QStringLiteral("store"),
                                      QStringLiteral("export: also keep the KOS in the study in the local cache (sync and send take it to archives)."));
    parser.addOptions({jsonOpt, kosOpt, descriptionOpt, storeOpt});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("keyimages"), args, out, err, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || (pos[0] != QLatin1String("list") && pos[0] != QLatin1String("export"))) {
        err << "strata keyimages: give list or export, and a Study Instance UID\n";
        return 2;
    }
    const bool exporting = pos[0] == QLatin1String("export");
    if (exporting && !parser.isSet(kosOpt) && !parser.isSet(storeOpt)) {
        err << "strata keyimages export: give --kos FILE and/or --store\n";
        return 2;
    }
    const QString study = pos[1];
    auto cache = store::LocalCache::open(paths::dataDir());
    if (!cache.ok()) {
        err << "strata keyimages: " << cache.error().message() << "\n";
        return 1;
    }
    // The study's key object selections not read before mark their images first.
    auto imported = measure::importStudyReports(*cache.value()->service(), study);
    if (!imported.ok())
        err << "strata keyimages: reading the study's reports: " << imported.error().message() << "\n";
    else
        for (const QString &problem : imported.value().problems)
            err << "strata keyimages: " << problem << "\n";
    if (!exporting) {
        auto repo = cache.value()->service()->keyImages();
        if (!repo.ok()) {
            err << "strata keyimages: " << repo.error().message() << "\n";
            return 1;
        }
        auto keys = repo.value()->keyImages(study);
        if (!keys.ok()) {
            err << "strata keyimages: " << keys.error().message() << "\n";
            return 1;
        }
        if (parser.isSet(jsonOpt)) {
            QJsonArray array;
            for (const store::KeyImage &k : keys.value())
                array.append(QJsonObject{{QStringLiteral("sopInstanceUid"), k.sopInstanceUid},
                                         {QStringLiteral("frame"), k.frame},
                                         {QStringLiteral("seriesInstanceUid"), k.seriesInstanceUid},
                                         {QStringLiteral("note"), k.note},
                                         {QStringLiteral("created"), k.createdAt.toUTC().toString(Qt::ISODate)}});
            out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("studyInstanceUid"), study},
                                                               {QStringLiteral("keyImages"), array}})
                                         .toJson(QJsonDocument::Indented));
            return 0;
        }
        for (const store::KeyImage &k : keys.value())
            out << k.sopInstanceUid << "  frame " << k.frame + 1 << "  " << k.note << "\n";
        if (keys.value().empty())
            out << "No key images for study " << study << "\n";
        return 0;
    }
    if (parser.isSet(storeOpt)) {
        auto stored = measure::storeKeyObjectSelection(*cache.value(), study, parser.value(descriptionOpt), measure::currentAuthor());
        if (!stored.ok()) {
            err << "strata keyimages: " << stored.error().message() << "\n";
            return 1;
        }
        out << "Kept key object selection " << stored.value().sopInstanceUid << " in study " << study << " (" << stored.value().images
            << " key images)\n";
        if (!parser.isSet(kosOpt))
            return 0;
    }
    // The file leaves the cache with the patient's identity in it: audited.
    const QString target = QFileInfo(parser.value(kosOpt)).absoluteFilePath();
    auto failed = [&](const QString &why) {
        err << "strata keyimages: " << why << "\n";
        store::audit({QStringLiteral("keyimages-export"), study, QStringLiteral("failure"), target, why});
        return 1;
    };
    auto selected = measure::keyImageFiles(*cache.value(), study);
    if (!selected.ok())
        return failed(selected.error().message());
    if (selected.value().empty())
        return failed(QStringLiteral("study %1 has no key images").arg(study));
    auto written = measure::writeKeyObjectSelection(selected.value(), parser.value(descriptionOpt), measure::currentAuthor(), target);
    if (!written.ok())
        return failed(written.error().message());
    store::audit({QStringLiteral("keyimages-export"), study, QStringLiteral("success"), target, QString()});
    out << "Wrote key object selection " << target << " (" << selected.value().size() << " key images, SOP Instance UID "
        << written.value() << ")\n";
    return 0;
}

} // namespace strata::cli
