// `strata documents`: the reports and documents a study holds beside its images (structured
// reports, encapsulated PDF and CDA), listed, shown as text, or written out for a PDF viewer.
#include "CliSupport.h"
#include "Commands.h"

#include <strata/core/Paths.h>
#include <strata/dicom/HeaderReader.h>
#include <strata/measure/Documents.h>
#include <strata/measure/Waveform.h>
#include <strata/store/AuditLog.h>
#include <strata/store/LocalCache.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace strata::cli {

namespace {

QString kindName(dicom::DocumentKind kind)
{
    switch (kind) {
    case dicom::DocumentKind::StructuredReport: return QStringLiteral("sr");
    case dicom::DocumentKind::Pdf: return QStringLiteral("pdf");
    case dicom::DocumentKind::Cda: return QStringLiteral("cda");
    case dicom::DocumentKind::Waveform: return QStringLiteral("waveform");
    case dicom::DocumentKind::None: break;
    }
    return {};
}

/// The documents of a study in the cache (by its UID) or among files and folders.
Result<std::vector<measure::StudyDocument>> documentsOf(const QStringList &where)
{
    auto headers = headersOf(where, [](const QString &sopClass) { return dicom::documentKind(sopClass) != dicom::DocumentKind::None; });
    if (!headers.ok())
        return headers.error();
    return measure::studyDocuments(headers.value());
}

/// A document named by its file or by its SOP Instance UID in the cache.
Result<QString> documentFile(const QString &which)
{
    if (QFileInfo::exists(which))
        return which;
    auto cache = store::LocalCache::open(paths::dataDir());
    if (!cache.ok())
        return cache.error();
    auto found = cache.value()->instance(which);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error(ErrorCode::NotFound, which, QStringLiteral("neither a file nor a SOP Instance UID in the local cache"));
    return found.value()->filePath;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *why)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        return true;
    *why = f.errorString();
    return false;
}

} // namespace

int documentsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The reports and documents a study holds beside its images: structured reports (SR), encapsulated PDF and CDA documents, "
        "and waveforms (ECG, hemodynamic, respiratory, audio). list: a study in the local cache (its UID) or files and folders; "
        "show: an SR as text (or --html F), a waveform's groups, channels and the device's findings; export: a document's file "
        "(the PDF itself; an SR as HTML; a waveform's first group as CSV) for a viewer."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, show or export"));
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("list: a Study Instance UID, or files and folders; "
                                                                        "show, export: a file or a SOP Instance UID in the local cache."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("list: JSON output."));
    const QCommandLineOption htmlOpt(QStringLiteral("html"), QStringLiteral("show: write the SR as HTML to this file instead."),
                                     QStringLiteral("file"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("export: the file to write."), QStringLiteral("file"));
    parser.addOptions({jsonOpt, htmlOpt, outOpt});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("documents"), args, out, err, &code))
        return code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() < 2 || (action != QLatin1String("list") && pos.size() != 2)
        || (action != QLatin1String("list") && action != QLatin1String("show") && action != QLatin1String("export"))) {
        err << "strata documents: give list, show or export, and what (see --help)\n";
        return 2;
    }
    if (action == QLatin1String("export") && !parser.isSet(outOpt)) {
        err << "strata documents export: say where to write with --out FILE\n";
        return 2;
    }

    if (action == QLatin1String("list")) {
        auto documents = documentsOf(pos.mid(1));
        if (!documents.ok()) {
            err << "strata documents: " << documents.error().message() << "\n";
            return 1;
        }
        if (parser.isSet(jsonOpt)) {
            QJsonArray array;
            for (const measure::StudyDocument &d : documents.value())
                array.append(QJsonObject{{QStringLiteral("sopInstanceUid"), d.sopInstanceUid},
                                         {QStringLiteral("sopClassUid"), d.sopClassUid},
                                         {QStringLiteral("kind"), kindName(d.kind)},
                                         {QStringLiteral("title"), d.title},
                                         {QStringLiteral("date"), d.date},
                                         {QStringLiteral("time"), d.time},
                                         {QStringLiteral("file"), d.path}});
            out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("documents"), array}}).toJson(QJsonDocument::Indented));
            return 0;
        }
        for (const measure::StudyDocument &d : documents.value())
            out << d.label() << "\n  " << d.sopInstanceUid << "  " << d.path << "\n";
        if (documents.value().empty())
            out << "No reports or documents\n";
        return 0;
    }

    auto file = documentFile(pos[1]);
    if (!file.ok()) {
        err << "strata documents: " << file.error().message() << "\n";
        return 1;
    }
    const auto header = dicom::readHeader(file.value());
    const dicom::DocumentKind kind = header.ok() ? dicom::documentKind(header.value().sopClassUid) : dicom::DocumentKind::None;
    if (kind == dicom::DocumentKind::None) {
        err << "strata documents: " << file.value() << ": "
            << (header.ok() ? QStringLiteral("not a report or document (%1)").arg(dicom::sopClassName(header.value().sopClassUid))
                            : header.error().reason)
            << "\n";
        return 1;
    }
    if (action == QLatin1String("show") && kind == dicom::DocumentKind::Waveform) {
        auto waveform = measure::readWaveform(file.value());
        if (!waveform.ok()) {
            err << "strata documents: " << waveform.error().message() << "\n";
            return 1;
        }
        out << measure::waveformText(waveform.value());
        return 0;
    }
    if (action == QLatin1String("show")) {
        if (kind != dicom::DocumentKind::StructuredReport) {
            err << "strata documents: " << file.value() << " is an encapsulated " << kindName(kind).toUpper()
                << " document: write it out with `strata documents export`\n";
            return 1;
        }
        if (parser.isSet(htmlOpt)) {
            auto html = measure::structuredReportHtml(file.value());
            QString why;
            if (!html.ok()) {
                err << "strata documents: " << html.error().message() << "\n";
                return 1;
            }
            if (!writeFile(parser.value(htmlOpt), html.value().toUtf8(), &why)) {
                err << "strata documents: " << parser.value(htmlOpt) << ": " << why << "\n";
                return 1;
            }
            out << "Wrote " << QFileInfo(parser.value(htmlOpt)).absoluteFilePath() << "\n";
            return 0;
        }
        auto text = measure::structuredReportText(file.value());
        if (!text.ok()) {
            err << "strata documents: " << text.error().message() << "\n";
            return 1;
        }
        out << text.value() << "\n";
        return 0;
    }

    // export: the document leaves the cache with the patient's identity in it: audited.
    const QString target = QFileInfo(parser.value(outOpt)).absoluteFilePath();
    const QString study = header.value().studyInstanceUid, sop = header.value().sopInstanceUid;
    auto failed = [&](const QString &why) {
        err << "strata documents: " << why << "\n";
        store::audit({QStringLiteral("document-export"), study, QStringLiteral("failure"), target, QStringLiteral("document %1: %2").arg(sop, why)});
        return 1;
    };
    auto document = measure::documentFileBytes(file.value(), kind);
    if (!document.ok())
        return failed(document.error().message());
    const QByteArray &bytes = document.value();
    QString why;
    if (!writeFile(target, bytes, &why))
        return failed(target + QStringLiteral(": ") + why);
    store::audit({QStringLiteral("document-export"), study, QStringLiteral("success"), target,
                  QStringLiteral("document %1, %2 bytes").arg(sop).arg(bytes.size())});
    out << "Wrote " << target << " (" << bytes.size() << " bytes)\n";
    return 0;
}

} // namespace strata::cli
