// `strata query`: C-FIND (or QIDO-RS) on one or more nodes, merged and marked by node.
#include "CliSupport.h"
#include "Commands.h"
#include "NodeOptions.h"

#include <strata/net/RemoteArchive.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace strata::cli {
namespace {

QDate parseDate(const QString &text)
{
    QDate d = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
    return d.isValid() ? d : QDate::fromString(text, Qt::ISODate);
}

} // namespace

int queryCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Search remote nodes (C-FIND, or QIDO-RS for DICOMweb-only nodes). Several --node options query them at once; "
        "results are merged by Study Instance UID and marked with the nodes that hold them.\n"
        "--level series|image lists the series or instances of --study on one node."));
    addNodeOptions(parser);
    parser.addOption({QStringLiteral("name"), QStringLiteral("Patient name (DICOM wildcards * and ?)."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("id"), QStringLiteral("Patient ID."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("accession"), QStringLiteral("Accession number."), QStringLiteral("number")});
    parser.addOption({QStringLiteral("description"), QStringLiteral("Study description."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("modality"), QStringLiteral("Modality in study, e.g. CT."), QStringLiteral("code")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("Study date from (YYYYMMDD)."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Study date to (YYYYMMDD)."), QStringLiteral("date")});
    parser.addOption({QStringLiteral("study"), QStringLiteral("Study Instance UID."), QStringLiteral("uid")});
    parser.addOption({QStringLiteral("series"), QStringLiteral("Series Instance UID (with --level image)."), QStringLiteral("uid")});
    parser.addOption({QStringLiteral("level"), QStringLiteral("patient, study (default), series or image."), QStringLiteral("level"), QStringLiteral("study")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("query"), args, out, err, &code))
        return code;
    auto nodes = nodesFromOptions(parser);
    if (!nodes.ok()) {
        err << "strata query: " << nodes.error().message() << "\n";
        return 2;
    }
    const net::Timeouts timeouts = timeoutsFromOptions(parser);
    const QString level = parser.value(QStringLiteral("level")).toLower();
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray rows;

    if (level == QLatin1String("series") || level == QLatin1String("image") || level == QLatin1String("patient")) {
        if (nodes.value().size() != 1) {
            err << "strata query: --level " << level << " queries one node\n";
            return 2;
        }
        const net::RemoteArchive archive(nodes.value().front(), timeouts);
        if (level == QLatin1String("patient")) {
            auto patients = archive.findPatients(parser.value(QStringLiteral("name")), parser.value(QStringLiteral("id")));
            if (!patients.ok()) {
                err << "strata query: " << patients.error().message() << "\n";
                return 1;
            }
            for (const net::RemotePatient &p : patients.value()) {
                if (json)
                    rows.append(QJsonObject{{QStringLiteral("patientName"), p.patientName}, {QStringLiteral("patientId"), p.patientId},
                                            {QStringLiteral("birthDate"), p.birthDate}, {QStringLiteral("sex"), p.sex},
                                            {QStringLiteral("studies"), p.studyCount}});
                else
                    out << p.patientId.leftJustified(16) << " " << p.patientName.leftJustified(30) << " " << p.birthDate << " "
                        << p.sex << "  " << p.studyCount << " studies\n";
            }
        } else if (!parser.isSet(QStringLiteral("study"))) {
            err << "strata query: --level " << level << " needs --study <uid>\n";
            return 2;
        } else if (level == QLatin1String("series")) {
            auto series = archive.findSeries(parser.value(QStringLiteral("study")));
            if (!series.ok()) {
                err << "strata query: " << series.error().message() << "\n";
                return 1;
            }
            for (const net::RemoteSeries &s : series.value()) {
                if (json)
                    rows.append(QJsonObject{{QStringLiteral("seriesInstanceUid"), s.seriesInstanceUid}, {QStringLiteral("number"), s.number},
                                            {QStringLiteral("modality"), s.modality}, {QStringLiteral("description"), s.description},
                                            {QStringLiteral("instances"), s.instanceCount}});
                else
                    out << QString::number(s.number).rightJustified(4) << " " << s.modality.leftJustified(3) << " "
                        << s.description.leftJustified(32) << " " << QString::number(s.instanceCount).rightJustified(5)
                        << " images  " << s.seriesInstanceUid << "\n";
            }
        } else {
            auto instances = archive.findInstances(parser.value(QStringLiteral("study")), parser.value(QStringLiteral("series")));
            if (!instances.ok()) {
                err << "strata query: " << instances.error().message() << "\n";
                return 1;
            }
            for (const net::RemoteInstance &i : instances.value()) {
                if (json)
                    rows.append(QJsonObject{{QStringLiteral("seriesInstanceUid"), i.seriesInstanceUid}, {QStringLiteral("sopInstanceUid"), i.sopInstanceUid},
                                            {QStringLiteral("sopClassUid"), i.sopClassUid}, {QStringLiteral("number"), i.number}});
                else
                    out << QString::number(i.number).rightJustified(5) << "  " << i.sopInstanceUid << "  " << i.sopClassUid << "\n";
            }
        }
        if (json)
            out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (level != QLatin1String("study")) {
        err << "strata query: --level is patient, study, series or image\n";
        return 2;
    }

    net::StudyFindQuery query;
    query.patientName = parser.value(QStringLiteral("name"));
    query.patientId = parser.value(QStringLiteral("id"));
    query.accessionNumber = parser.value(QStringLiteral("accession"));
    query.studyDescription = parser.value(QStringLiteral("description"));
    query.modality = parser.value(QStringLiteral("modality"));
    query.from = parseDate(parser.value(QStringLiteral("from")));
    query.to = parseDate(parser.value(QStringLiteral("to")));
    query.studyInstanceUid = parser.value(QStringLiteral("study"));
    QMutex mutex;
    const net::MultiFindResult result = net::RemoteArchive::findStudiesOnNodes(nodes.value(), query, timeouts,
        [&](const QString &node, const std::vector<net::RemoteStudy> &studies) {
            if (json || nodes.value().size() < 2)
                return;
            QMutexLocker lock(&mutex);
            err << node << ": " << studies.size() << " studies\n";
            err.flush();
        });
    for (const auto &[node, error] : result.failures)
        err << "strata query: " << node << ": " << error.message() << "\n";
    for (const net::FoundStudy &r : result.studies) {
        const net::RemoteStudy &s = r.study;
        if (json) {
            rows.append(QJsonObject{{QStringLiteral("nodes"), QJsonArray::fromStringList(r.nodes)},
                                    {QStringLiteral("studyInstanceUid"), s.studyInstanceUid},
                                    {QStringLiteral("patientName"), s.patientName},
                                    {QStringLiteral("patientId"), s.patientId},
                                    {QStringLiteral("studyDate"), s.studyDate},
                                    {QStringLiteral("accessionNumber"), s.accessionNumber},
                                    {QStringLiteral("studyDescription"), s.studyDescription},
                                    {QStringLiteral("modalities"), s.modalities},
                                    {QStringLiteral("series"), s.seriesCount},
                                    {QStringLiteral("instances"), s.instanceCount}});
        } else {
            out << r.nodes.join(QLatin1Char(',')).leftJustified(14) << " " << s.studyDate.leftJustified(8) << " "
                << s.patientName.leftJustified(24) << " " << s.patientId.leftJustified(12) << " " << s.modalities.leftJustified(6)
                << " " << s.studyDescription.leftJustified(28) << " " << QString::number(s.seriesCount).rightJustified(3) << "/"
                << QString::number(s.instanceCount).leftJustified(5) << " " << s.studyInstanceUid << "\n";
        }
    }
    if (json)
        out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    else
        out << result.studies.size() << " studies\n";
    return result.failures.empty() ? 0 : (result.studies.empty() ? 1 : 3);
}

} // namespace strata::cli
