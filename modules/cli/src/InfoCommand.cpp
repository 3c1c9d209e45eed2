// `strata info`: what a DICOM file or folder holds, and whether its series make sound volumes.
#include "CliSupport.h"
#include "Commands.h"

#include <strata/dicom/FolderScan.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/SeriesGeometry.h>
#include <strata/dicom/VideoFrames.h>
#include <strata/dicom/Volume.h>
#include <strata/measure/KeyObjects.h>
#include <strata/measure/PresentationState.h>
#include <strata/measure/ReportMarks.h>

#include <strata/core/WorkPool.h>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

namespace strata::cli {
namespace {

using namespace strata::dicom;

QJsonArray numbers(const double *v, int n)
{
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(v[i]);
    return a;
}

QJsonObject headerJson(const DicomHeader &h)
{
    QJsonObject o;
    o[QStringLiteral("path")] = h.path;
    o[QStringLiteral("hasPreamble")] = h.hasPreamble;
    o[QStringLiteral("hasFileMeta")] = h.hasFileMeta;
    o[QStringLiteral("transferSyntax")] = QJsonObject{{QStringLiteral("uid"), h.transferSyntax.uid},
                                                      {QStringLiteral("name"), h.transferSyntax.name},
                                                      {QStringLiteral("decodable"), h.transferSyntax.decodable}};
    o[QStringLiteral("specificCharacterSet")] = QString::fromLatin1(h.specificCharacterSet);
    o[QStringLiteral("sopClassUid")] = h.sopClassUid;
    o[QStringLiteral("sopClass")] = sopClassName(h.sopClassUid);
    o[QStringLiteral("sopInstanceUid")] = h.sopInstanceUid;
    o[QStringLiteral("modality")] = h.modality;
    o[QStringLiteral("patient")] = QJsonObject{{QStringLiteral("name"), h.patientName.raw},
                                               {QStringLiteral("displayName"), h.patientName.display()},
                                               {QStringLiteral("id"), h.patientId},
                                               {QStringLiteral("birthDate"), h.patientBirthDate},
                                               {QStringLiteral("sex"), h.patientSex}};
    o[QStringLiteral("study")] = QJsonObject{{QStringLiteral("instanceUid"), h.studyInstanceUid},
                                             {QStringLiteral("date"), h.studyDate},
                                             {QStringLiteral("time"), h.studyTime},
                                             {QStringLiteral("description"), h.studyDescription},
                                             {QStringLiteral("accessionNumber"), h.accessionNumber},
                                             {QStringLiteral("id"), h.studyId}};
    o[QStringLiteral("series")] = QJsonObject{{QStringLiteral("instanceUid"), h.seriesInstanceUid},
                                              {QStringLiteral("number"), h.seriesNumber},
                                              {QStringLiteral("description"), h.seriesDescription},
                                              {QStringLiteral("frameOfReferenceUid"), h.frameOfReferenceUid}};
    o[QStringLiteral("instanceNumber")] = h.instanceNumber;
    QJsonObject image;
    const PixelDescription &p = h.pixel;
    image[QStringLiteral("rows")] = p.rows;
    image[QStringLiteral("columns")] = p.columns;
    image[QStringLiteral("frames")] = p.frames;
    image[QStringLiteral("samplesPerPixel")] = p.samplesPerPixel;
    image[QStringLiteral("bitsAllocated")] = p.bitsAllocated;
    image[QStringLiteral("bitsStored")] = p.bitsStored;
    image[QStringLiteral("pixelRepresentation")] = p.pixelRepresentation;
    image[QStringLiteral("photometric")] = p.photometric;
    image[QStringLiteral("rescaleSlope")] = p.rescaleSlope;
    image[QStringLiteral("rescaleIntercept")] = p.rescaleIntercept;
    image[QStringLiteral("hasPixelData")] = p.hasPixelData;
    if (const LossyCompression &l = h.lossyCompression; l.lossy) {
        QJsonArray ratios;
        for (double r : l.ratios)
            ratios.append(r);
        image[QStringLiteral("lossyCompression")] = QJsonObject{{QStringLiteral("ratios"), ratios},
                                                                {QStringLiteral("methods"), QJsonArray::fromStringList(l.methods)},
                                                                {QStringLiteral("undeclared"), l.undeclared}};
    }
    if (h.geometry.position)
        image[QStringLiteral("position")] = numbers(h.geometry.position->data(), 3);
    if (h.geometry.orientation)
        image[QStringLiteral("orientation")] = numbers(h.geometry.orientation->data(), 6);
    if (h.geometry.pixelSpacing)
        image[QStringLiteral("pixelSpacing")] = numbers(h.geometry.pixelSpacing->data(), 2);
    image[QStringLiteral("sliceThickness")] = h.geometry.sliceThickness;
    QJsonArray windows;
    for (const Window &w : p.windows)
        windows.append(QJsonObject{{QStringLiteral("center"), w.center}, {QStringLiteral("width"), w.width},
                                   {QStringLiteral("explanation"), w.explanation}});
    image[QStringLiteral("windows")] = windows;
    o[QStringLiteral("image")] = image;
    // A dose grid's units and summation, a plan's prescription; a run's mask subtraction.
    if (h.dose != DicomHeader::RtDose{})
        o[QStringLiteral("dose")] = QJsonObject{{QStringLiteral("units"), h.dose.units},
                                                {QStringLiteral("type"), h.dose.type},
                                                {QStringLiteral("summation"), h.dose.summation},
                                                {QStringLiteral("referencedPlan"), h.dose.referencedPlan},
                                                {QStringLiteral("prescriptionGy"), h.dose.prescriptionGy}};
    if (h.petDose) {   // a PET's unit and SUV, or why it has none
        QJsonObject pet{{QStringLiteral("unit"), h.valueUnit}, {QStringLiteral("suvPerValue"), h.suvPerValue}};
        if (h.sulPerValue > 0)
            pet[QStringLiteral("sulPerValue")] = h.sulPerValue;
        if (!h.suvNote.isEmpty())
            pet[QStringLiteral("noSuv")] = h.suvNote;
        o[QStringLiteral("pet")] = pet;
    }
    if (h.maskSubtraction) {
        QJsonArray frames;
        for (int f : h.maskSubtraction->maskFrames)
            frames.append(f);
        o[QStringLiteral("maskSubtraction")] = QJsonObject{{QStringLiteral("operation"), h.maskSubtraction->operation},
                                                           {QStringLiteral("maskFrames"), frames},
                                                           {QStringLiteral("shift"), numbers(h.maskSubtraction->shift.data(), 2)}};
    }
    if (!h.recommendedViewingMode.isEmpty())
        o[QStringLiteral("recommendedViewingMode")] = h.recommendedViewingMode;
    return o;
}

QJsonObject stackJson(const Stack &s)
{
    QJsonObject o;
    o[QStringLiteral("seriesInstanceUid")] = s.seriesInstanceUid;
    o[QStringLiteral("seriesNumber")] = s.seriesNumber;
    o[QStringLiteral("description")] = s.seriesDescription;
    o[QStringLiteral("modality")] = s.modality;
    o[QStringLiteral("slices")] = int(s.slices.size());
    o[QStringLiteral("rows")] = s.rows;
    o[QStringLiteral("columns")] = s.columns;
    o[QStringLiteral("sliceSpacing")] = s.sliceSpacing;
    o[QStringLiteral("minStep")] = s.minStep;
    o[QStringLiteral("maxStep")] = s.maxStep;
    o[QStringLiteral("tiltDegrees")] = s.tiltDegrees;
    QJsonArray issues;
    for (GeometryIssue i : s.issues)
        issues.append(geometryIssueName(i));
    o[QStringLiteral("issues")] = issues;
    o[QStringLiteral("messages")] = QJsonArray::fromStringList(s.messages);
    o[QStringLiteral("isVolume")] = s.isVolume();
    if (s.volumeCount > 1)   // one volume of a series of several (b-values, echoes, time points)
        o[QStringLiteral("volumeOfSeries")] = QJsonObject{{QStringLiteral("index"), s.volumeIndex + 1},
                                                          {QStringLiteral("count"), s.volumeCount},
                                                          {QStringLiteral("label"), s.volumeLabel}};
    if (s.isVolume()) {
        const Volume v = volumeGeometry(s);
        o[QStringLiteral("volume")] = QJsonObject{
            {QStringLiteral("dimensions"), QJsonArray{v.dimensions[0], v.dimensions[1], v.dimensions[2]}},
            {QStringLiteral("spacing"), numbers(v.spacing.data(), 3)},
            {QStringLiteral("origin"), numbers(v.origin.data(), 3)},
            {QStringLiteral("direction"), numbers(v.direction.data(), 9)},
            {QStringLiteral("indexToPatient"), numbers(v.indexToPatient.data(), 16)},
            {QStringLiteral("sheared"), v.sheared}};
    }
    return o;
}

QString verdict(const Stack &s)
{
    if (s.issues.empty())
        return QStringLiteral("regular volume");
    QStringList names;
    for (GeometryIssue i : s.issues)
        names << geometryIssueName(i);
    return names.join(QStringLiteral(", "));
}

void printHeader(QTextStream &out, const DicomHeader &h)
{
    const PixelDescription &p = h.pixel;
    out << h.path << "\n";
    out << "  " << sopClassName(h.sopClassUid) << " · " << h.transferSyntax.name;
    if (!h.hasFileMeta)
        out << " (no file meta)";
    out << "\n";
    out << "  Patient: " << h.patientName.display() << " (ID " << h.patientId << ")";
    if (!h.patientBirthDate.isEmpty())
        out << " born " << h.patientBirthDate;
    out << "\n";
    out << "  Study: " << h.studyDate << " " << h.studyDescription << "  [" << h.studyInstanceUid << "]\n";
    out << "  Series " << h.seriesNumber << ": " << h.modality << " " << h.seriesDescription << "  instance " << h.instanceNumber << "\n";
    if (p.hasPixelData) {
        out << "  Image: " << p.columns << "×" << p.rows << ", " << p.frames << " frame(s), " << p.photometric << ", "
            << p.bitsStored << "/" << p.bitsAllocated << " bits " << (p.pixelRepresentation ? "signed" : "unsigned");
        if (p.rescaleSlope != 1.0 || p.rescaleIntercept != 0.0)
            out << ", rescale " << p.rescaleSlope << "/" << p.rescaleIntercept;
        out << "\n";
        if (const LossyCompression &l = h.lossyCompression; l.lossy)
            out << "  Lossy compressed: " << (l.summary().isEmpty() ? QStringLiteral("yes") : l.summary())
                << (l.undeclared ? " (the pixel data shows it; the file does not say)" : "") << "\n";
    }
    if (h.geometry.position && h.geometry.pixelSpacing) {
        const auto &pos = *h.geometry.position;
        const auto &ps = *h.geometry.pixelSpacing;
        out << "  Position: (" << pos[0] << ", " << pos[1] << ", " << pos[2] << ") mm, pixel spacing " << ps[0] << "×" << ps[1] << " mm\n";
    }
    // A PET's values: in SUVbw by what factor, or why not.
    if (h.petDose) {
        out << "  PET: values in " << (h.valueUnit.isEmpty() ? QStringLiteral("no stated unit") : h.valueUnit);
        if (h.suvPerValue > 0)
            out << "; SUVbw = value × " << QString::number(h.suvPerValue, 'g', 6)
                << (h.sulPerValue > 0 ? QStringLiteral(", SUL = value × ") + QString::number(h.sulPerValue, 'g', 6) : QString());
        else if (!h.suvNote.isEmpty())
            out << "; no SUV: " << h.suvNote;
        out << "\n";
    }
    // A treatment plan's dose grid and prescription; an angiography run's mask.
    if (!h.dose.units.isEmpty())
        out << "  Dose grid: " << h.dose.summation.toLower() << " dose (" << h.dose.type.toLower() << "), "
            << (h.dose.units == QLatin1String("GY") ? QStringLiteral("Gy") : h.dose.units.toLower()) << ", "
            << std::max<std::size_t>(1, h.geometry.frames.size()) << " plane(s)"
            << (h.dose.referencedPlan.isEmpty() ? QString() : QStringLiteral(", for plan ") + h.dose.referencedPlan) << "\n";
    if (h.dose.prescriptionGy > 0)
        out << "  Prescription: " << h.dose.prescriptionGy << " Gy\n";
    if (h.maskSubtraction && h.maskSubtraction->operation != QLatin1String("NONE")) {
        QStringList frames;
        for (int f : h.maskSubtraction->maskFrames)
            frames << QString::number(f);
        out << "  Mask subtraction: " << h.maskSubtraction->operation << ", mask frame(s) " << frames.join(QStringLiteral(", "));
        if (h.maskSubtraction->shift != std::array<double, 2>{0, 0})
            out << ", shifted " << h.maskSubtraction->shift[0] << ", " << h.maskSubtraction->shift[1] << " px";
        out << (h.recommendedViewingMode == QLatin1String("SUB") ? ", read subtracted" : "") << "\n";
    }
    // What a reader left on the images: a presentation state, a key object selection.
    if (h.sopClassUid == QLatin1String(measure::kGrayscalePresentationStateClass)) {
        if (auto state = measure::PresentationState::read(h.path); state.ok())
            out << "  Presentation state: " << state.value()->title() << ", for " << state.value()->referencedInstances().size()
                << " image(s)\n";
        else
            out << "  Presentation state not applied: " << state.error().reason << "\n";
    } else if (h.sopClassUid == QLatin1String(measure::kKeyObjectSelectionClass)) {
        if (auto kos = measure::readKeyObjectSelection(h.path); kos.ok())
            out << "  " << (kos.value().isRejection() ? "Rejection note" : "Key object selection") << ": " << kos.value().note()
                << ", " << kos.value().images.size() << " image(s)\n";
        else
            out << "  Key object selection not read: " << kos.error().reason << "\n";
    } else if (measure::mayMarkImages(h.sopClassUid)) {
        // A CAD's findings, another reader's outlines: what the viewer draws on the images.
        if (auto marks = measure::readReportMarks(h.path); marks.ok() && !marks.value().marks.empty()) {
            QSet<QString> images;
            int inPatient = 0;
            for (const measure::ReportMark &m : marks.value().marks) {
                if (m.sopInstanceUid.isEmpty())
                    ++inPatient;   // a SCOORD3D: on whichever slice it lies in
                else
                    images.insert(m.sopInstanceUid);
            }
            const std::size_t onImages = marks.value().marks.size() - std::size_t(inPatient);
            out << "  Marks: ";
            if (onImages > 0)
                out << onImages << " on " << images.size() << " image(s)" << (inPatient > 0 ? ", " : "");
            if (inPatient > 0)
                out << inPatient << " in the patient";
            out << " (" << marks.value().label() << ")";
            if (const int hidden = marks.value().optional + marks.value().notForPresentation; hidden > 0)
                out << ", " << hidden << " not for presentation or optional";
            out << "\n";
        }
    }
}

} // namespace

int infoCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Summarise DICOM files and folders."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("JSON output, with the SHA-256 of each file's decoded pixel values.")});
    parser.addOption({QStringLiteral("files"), QStringLiteral("List every file, even for large folders.")});
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Files or folders."), QStringLiteral("<file|folder>..."));
    int parseExit = 0;
    if (!parseCommand(parser, QStringLiteral("info"), args, out, err, &parseExit))
        return parseExit;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << "strata info: give at least one file or folder\n";
        return 2;
    }
    for (const QString &p : paths) {
        if (!QFileInfo::exists(p)) {
            err << "strata info: " << p << ": no such file or folder\n";
            return 1;
        }
    }

    const QStringList files = listFiles(paths);
    FolderScanResult scan = scanFiles(files);
    settleSeriesSuv(scan.headers);   // a PET's SUV as the viewer gives it: its series' start checked over the series
    const std::vector<Stack> stacks = buildStacks(scan.headers);
    int failures = int(scan.failures.size());

    if (parser.isSet(QStringLiteral("json"))) {
        struct PixelOutcome {
            QString sha;
            QString error;
            bool failed = false;
        };
        const std::function<PixelOutcome(const DicomHeader &)> hashOne = [](const DicomHeader &h) -> PixelOutcome {
            if (!h.pixel.hasPixelData)
                return {};
            if (h.transferSyntax.video && h.transferSyntax.decodable) {
                // A video of any length, a few frames at a time (its whole decode may exceed the budget).
                auto video = VideoFrames::open(h.path);
                auto sha = video.ok() ? video.value()->valuesSha256() : Result<QByteArray>(video.error());
                if (!sha.ok())
                    return {QString(), sha.error().reason, true};
                return {QString::fromLatin1(sha.value()), QString(), false};
            }
            auto d = decodePixels(h.path);
            if (!d.ok())
                return {QString(), d.error().reason, true};
            const QByteArray sha = d->valuesSha256();
            if (sha.isEmpty())  // the decoded buffer does not match its dimensions
                return {QString(), QStringLiteral("the decoded pixel buffer does not match its dimensions"), true};
            return {QString::fromLatin1(sha), QString(), false};
        };
        const QList<PixelOutcome> pixels = QtConcurrent::blockingMapped(workPool(),
            QList<DicomHeader>(scan.headers.begin(), scan.headers.end()), hashOne);
        QJsonArray filesJson;
        for (qsizetype i = 0; i < pixels.size(); ++i) {
            QJsonObject o = headerJson(scan.headers[std::size_t(i)]);
            o[QStringLiteral("ok")] = !pixels[i].failed;
            if (!pixels[i].sha.isEmpty())
                o[QStringLiteral("pixelSha256")] = pixels[i].sha;
            if (pixels[i].failed) {
                o[QStringLiteral("error")] = pixels[i].error;
                ++failures;
            }
            filesJson.append(o);
        }
        for (const Error &e : scan.failures)
            filesJson.append(QJsonObject{{QStringLiteral("path"), e.subject}, {QStringLiteral("ok"), false},
                                         {QStringLiteral("errorKind"), errorCodeName(e.code)},
                                         {QStringLiteral("error"), e.reason}});
        QJsonArray seriesJson;
        for (const Stack &s : stacks)
            seriesJson.append(stackJson(s));
        QJsonObject root{{QStringLiteral("files"), filesJson},
                         {QStringLiteral("series"), seriesJson},
                         {QStringLiteral("fileCount"), int(files.size())},
                         {QStringLiteral("failures"), failures}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        const bool listAll = parser.isSet(QStringLiteral("files")) || files.size() <= 20;
        if (listAll)
            for (const DicomHeader &h : scan.headers)
                printHeader(out, h);
        if (files.size() > 1 || !stacks.empty()) {
            out << "\n" << files.size() << " file(s): " << scan.headers.size() << " DICOM object(s), "
                << scan.failures.size() << " unreadable\n";
            for (const Stack &s : stacks) {
                out << "Series " << s.seriesNumber << " " << s.modality << " \"" << s.seriesDescription << "\": "
                    << s.slices.size() << " slice(s) " << s.columns << "×" << s.rows;
                if (s.isVolume())
                    out << ", " << s.pixelSpacing[1] << "×" << s.pixelSpacing[0] << "×" << QString::number(s.sliceSpacing, 'f', 2) << " mm";
                out << " — " << verdict(s) << "\n";
                for (const QString &m : s.messages)
                    out << "    " << m << "\n";
            }
        }
    }
    for (const Error &e : scan.failures)
        err << "strata info: " << e.message() << "\n";
    out.flush();
    return failures > 0 ? 1 : 0;
}

} // namespace strata::cli
