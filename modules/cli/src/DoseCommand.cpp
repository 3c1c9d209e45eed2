// `strata dvh`: the dose–volume histograms of a radiotherapy plan — its RT Dose over the
// structures of its RT Structure Set — as a table of each structure's figures, JSON, or the
// cumulative curves as CSV.
#include "CliSupport.h"
#include "Commands.h"

#include <strata/dicom/Volume.h>
#include <strata/measure/DoseVolume.h>
#include <strata/store/AuditLog.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace strata::cli {

namespace {

constexpr const char *kRtDose = "1.2.840.10008.5.1.4.1.1.481.2";
constexpr const char *kRtStructureSet = "1.2.840.10008.5.1.4.1.1.481.3";

/// The RT Doses and Structure Sets of a study in the cache (by its UID) or among files and folders.
Result<std::vector<dicom::DicomHeader>> planHeaders(const QStringList &where)
{
    return headersOf(where, [](const QString &sopClass) { return sopClass == QLatin1String(kRtDose) || sopClass == QLatin1String(kRtStructureSet); });
}

QString figure(double value) { return QString::number(value, 'f', 2); }

} // namespace

int dvhCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The dose-volume histograms of a radiotherapy plan: its RT Dose (the whole plan's, else the largest) over each\n"
        "structure of its RT Structure Sets in the same frame of reference. Per structure: volume, the part inside the\n"
        "dose grid, minimum, mean and maximum dose, D98, D95, D50, D2 (the least dose the hottest x % receive) and the\n"
        "volume receiving at least each --at dose."));
    parser.addPositionalArgument(QStringLiteral("where"), QStringLiteral("files or folders of the plan, or a study UID in the local cache"));
    const QCommandLineOption structureOpt(QStringLiteral("structure"), QStringLiteral("only the structure of this name (repeatable)"), QStringLiteral("name"));
    const QCommandLineOption atOpt(QStringLiteral("at"), QStringLiteral("also the volume (%) receiving at least this dose, e.g. --at 20 (repeatable)"),
                                   QStringLiteral("dose"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), QStringLiteral("write the cumulative histograms to this CSV file"), QStringLiteral("file"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("print JSON"));
    parser.addOptions({structureOpt, atOpt, csvOpt, jsonOpt});
    int code = 0;
    if (!parseCommand(parser, QStringLiteral("dvh"), args, out, err, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err << "strata dvh: name the plan's files or folder, or a study UID in the local cache\n";
        return 2;
    }
    std::vector<double> at;
    for (const QString &v : parser.values(atOpt)) {
        bool ok = false;
        at.push_back(v.toDouble(&ok));
        if (!ok || at.back() < 0) {
            err << "strata dvh: --at takes a dose (a number, not negative): " << v << "\n";
            return 2;
        }
    }
    auto headers = planHeaders(parser.positionalArguments());
    if (!headers.ok()) {
        err << "strata dvh: " << headers.error().message() << "\n";
        return 1;
    }
    const auto stacks = dicom::buildStacks(headers.value());
    const int which = measure::planDose(stacks, headers.value());
    if (which < 0) {
        err << "strata dvh: no RT Dose grid among " << parser.positionalArguments().join(QLatin1Char(' ')) << "\n";
        return 1;
    }
    const dicom::Stack &doseStack = stacks[std::size_t(which)];
    const dicom::DicomHeader &doseHeader = headers.value()[std::size_t(doseStack.slices.front().header)];
    QStringList problems;
    const auto sets = measure::readStructureSets(headers.value(), &problems);
    for (const QString &p : problems)
        err << "strata dvh: " << p << "\n";
    std::vector<std::shared_ptr<const measure::StructureSet>> matching;
    for (const auto &set : sets)
        if (set->frameOfReferenceUid == doseHeader.frameOfReferenceUid)
            matching.push_back(set);
    if (matching.empty()) {
        err << "strata dvh: " << (sets.empty() ? QStringLiteral("no RT Structure Set with the dose")
                                               : QStringLiteral("no RT Structure Set in the dose's frame of reference %1").arg(doseHeader.frameOfReferenceUid))
            << "\n";
        return 1;
    }
    InterruptScope interrupt;
    auto dose = dicom::loadVolume(doseStack, headers.value(), interrupt.token());
    if (!dose.ok()) {
        err << "strata dvh: " << dose.error().message() << "\n";
        return 1;
    }
    const QString unit = doseHeader.valueUnit;
    const QStringList wanted = parser.values(structureOpt);
    std::vector<measure::DoseVolumeHistogram> histograms;
    QStringList setLabels;
    for (const auto &set : matching) {
        std::vector<int> rois;
        for (const measure::StructureRoi &roi : set->rois)
            if (wanted.isEmpty() || wanted.contains(roi.name, Qt::CaseInsensitive))
                rois.push_back(roi.number);
        if (rois.empty())
            continue;
        setLabels << (set->label.isEmpty() ? QFileInfo(set->path).fileName() : set->label);
        for (auto &h : measure::doseVolumeHistograms(*set, dose.value(), {}, rois, interrupt.token()))
            histograms.push_back(std::move(h));
    }
    if (interrupt.token().isCancelled()) {
        err << "strata dvh: interrupted\n";
        return 130;
    }
    if (histograms.empty()) {
        err << "strata dvh: no structure named " << wanted.join(QStringLiteral(", ")) << "\n";
        return 1;
    }

    if (parser.isSet(csvOpt)) {
        const QString target = QFileInfo(parser.value(csvOpt)).absoluteFilePath();
        QSaveFile file(target);
        const QByteArray bytes = measure::doseVolumeCsv(histograms, unit).toUtf8();
        const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
        // The patient's dose leaves the cache: audited.
        store::audit({QStringLiteral("dose-volume-export"), doseHeader.studyInstanceUid, written ? QStringLiteral("success") : QStringLiteral("failure"),
                      target, written ? QStringLiteral("%1 structure(s)").arg(histograms.size()) : file.errorString()});
        if (!written) {
            err << "strata dvh: " << target << ": " << file.errorString() << "\n";
            return 1;
        }
    }
    if (parser.isSet(jsonOpt)) {
        QJsonArray list;
        for (const measure::DoseVolumeHistogram &h : histograms) {
            QJsonObject o{{QStringLiteral("roi"), h.roi},
                          {QStringLiteral("name"), h.name},
                          {QStringLiteral("type"), h.interpretedType},
                          {QStringLiteral("volumeCc"), h.volumeCc},
                          {QStringLiteral("coveredCc"), h.coveredCc}};
            if (!h.empty()) {
                o.insert(QStringLiteral("min"), h.minimum);
                o.insert(QStringLiteral("mean"), h.mean);
                o.insert(QStringLiteral("max"), h.maximum);
                for (int percent : {98, 95, 50, 2})
                    o.insert(QStringLiteral("D%1").arg(percent), h.doseToVolumePercent(percent));
                QJsonObject v;
                for (double d : at)
                    v.insert(QString::number(d), h.volumePercentAtDose(d));
                if (!at.empty())
                    o.insert(QStringLiteral("volumePercentAt"), v);
            }
            list.append(o);
        }
        const QJsonObject doc{{QStringLiteral("dose"), QJsonObject{{QStringLiteral("sopInstanceUid"), doseHeader.sopInstanceUid},
                                                                    {QStringLiteral("units"), doseHeader.dose.units},
                                                                    {QStringLiteral("unit"), unit},
                                                                    {QStringLiteral("type"), doseHeader.dose.type},
                                                                    {QStringLiteral("summation"), doseHeader.dose.summation}}},
                              {QStringLiteral("structureSets"), QJsonArray::fromStringList(setLabels)},
                              {QStringLiteral("structures"), list}};
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QString u = unit.isEmpty() ? QStringLiteral("(relative)") : unit;
    out << "Dose: " << doseHeader.dose.summation.toLower() << " dose (" << doseHeader.dose.type.toLower() << "), " << u << ", "
        << doseStack.slices.size() << " planes  [" << doseHeader.sopInstanceUid << "]\n";
    out << "Structures: " << setLabels.join(QStringLiteral(", ")) << "\n\n";
    QStringList head{QStringLiteral("Structure").leftJustified(20), QStringLiteral("Type").leftJustified(9), QStringLiteral("cc").rightJustified(9),
                     QStringLiteral("in grid").rightJustified(8)};
    for (const char *name : {"min", "mean", "max", "D98", "D95", "D50", "D2"})
        head << QString::fromLatin1(name).rightJustified(8);
    for (double d : at)
        head << QStringLiteral("V%1").arg(d).rightJustified(8);
    out << head.join(QLatin1Char(' ')) << "\n";
    for (const measure::DoseVolumeHistogram &h : histograms) {
        QStringList row{h.name.left(20).leftJustified(20), h.interpretedType.left(9).leftJustified(9), figure(h.volumeCc).rightJustified(9),
                        (h.volumeCc > 0 ? QString::number(100.0 * h.coveredCc / h.volumeCc, 'f', 0) + QLatin1Char('%') : QStringLiteral("-")).rightJustified(8)};
        if (!(h.volumeCc > 0)) {
            row << QStringLiteral("no contoured volume");
        } else if (h.empty()) {
            row << QStringLiteral("outside the dose grid");
        } else {
            for (double v : {h.minimum, h.mean, h.maximum, h.doseToVolumePercent(98), h.doseToVolumePercent(95), h.doseToVolumePercent(50),
                             h.doseToVolumePercent(2)})
                row << figure(v).rightJustified(8);
            for (double d : at)
                row << (QString::number(h.volumePercentAtDose(d), 'f', 1) + QLatin1Char('%')).rightJustified(8);
        }
        out << row.join(QLatin1Char(' ')) << "\n";
    }
    out << "\nDoses in " << u << "; D98 … D2: the least dose the hottest 98 … 2 % of the structure receive.\n";
    if (parser.isSet(csvOpt))
        out << "Wrote " << QFileInfo(parser.value(csvOpt)).absoluteFilePath() << "\n";
    return 0;
}

} // namespace strata::cli
