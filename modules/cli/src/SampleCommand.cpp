// `strata sample`: writes the synthetic CT phantom study.
#include "CliSupport.h"
#include "Commands.h"

#include <strata/dicom/Phantom.h>

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>

#include <numbers>
#include <optional>

namespace strata::cli {

int sampleCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a synthetic CT study (body, lungs, spine, aorta, liver and spherical lesions of known size and HU), and with --pet its PET."));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Folder to write into."), QStringLiteral("dir"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Rows and columns (default 512)."), QStringLiteral("n"), QStringLiteral("512"));
    const QCommandLineOption slicesOpt(QStringLiteral("slices"), QStringLiteral("Number of slices (default 300)."), QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption pixelOpt(QStringLiteral("pixel-spacing"), QStringLiteral("In-plane spacing in mm (default: 358.4 mm field of view / size)."), QStringLiteral("mm"));
    const QCommandLineOption sliceOpt(QStringLiteral("slice-spacing"), QStringLiteral("Slice spacing in mm (default: 300 mm / slices)."), QStringLiteral("mm"));
    const QCommandLineOption noiseOpt(QStringLiteral("noise"), QStringLiteral("Noise standard deviation in HU (default 8, 0 for exact values)."), QStringLiteral("hu"), QStringLiteral("8"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Noise seed."), QStringLiteral("n"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("JSON output: the study and its lesions (centre, radius, volume, value) as ground truth."));
    const QCommandLineOption petOpt(QStringLiteral("pet"),
                                    QStringLiteral("Also write a PET of the same anatomy into <dir>/pet (the same study and frame of reference; "
                                                   "Bq/ml with what SUV needs, the lesions hot): PET/CT fusion."));
    parser.addOptions({outOpt, sizeOpt, slicesOpt, pixelOpt, sliceOpt, noiseOpt, seedOpt, jsonOpt, petOpt});
    int parseExit = 0;
    if (!parseCommand(parser, QStringLiteral("sample"), args, out, err, &parseExit))
        return parseExit;
    if (!parser.isSet(outOpt)) {
        err << "strata sample: --out <dir> is required\n";
        return 2;
    }
    dicom::PhantomSpec spec;
    bool ok1 = false, ok2 = false, ok3 = true, ok4 = true, ok5 = false, ok6 = true;
    const int size = parser.value(sizeOpt).toInt(&ok1);
    const int slices = parser.value(slicesOpt).toInt(&ok2);
    spec.columns = spec.rows = size;
    spec.slices = slices;
    // Same anatomy at any size: a 358.4 mm field of view and a 300 mm scan range by default.
    spec.pixelSpacingMm = parser.isSet(pixelOpt) ? parser.value(pixelOpt).toDouble(&ok3) : 358.4 / std::max(1, size);
    spec.sliceSpacingMm = parser.isSet(sliceOpt) ? parser.value(sliceOpt).toDouble(&ok4) : 300.0 / std::max(1, slices);
    spec.noiseHu = parser.value(noiseOpt).toDouble(&ok5);
    if (parser.isSet(seedOpt))
        spec.seed = parser.value(seedOpt).toUInt(&ok6);
    if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || size < 16 || size > 2048 || slices < 1 || slices > 4000
        || spec.pixelSpacingMm <= 0 || spec.sliceSpacingMm <= 0 || spec.noiseHu < 0) {
        err << "strata sample: sizes must be 16–2048 pixels and 1–4000 slices, spacings and noise positive numbers\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    auto result = dicom::writePhantom(spec, parser.value(outOpt), {}, [&](const Progress &p) {
        const int percent = int(100 * p.fraction());
        if (percent / 10 != lastPercent / 10) {
            err << "\rwriting slices: " << percent << "%";
            err.flush();
        }
        lastPercent = percent;
    });
    err << "\n";
    if (!result.ok()) {
        err << "strata sample: " << result.error().message() << "\n";
        return 1;
    }
    const dicom::PhantomStudy &study = result.value();
    std::optional<dicom::PhantomStudy> petStudy;
    if (parser.isSet(petOpt)) {
        // The PET over the CT's extent, whatever the CT's grid.
        dicom::PhantomSpec pet = dicom::PhantomSpec::pet();
        pet.pixelSpacingMm = spec.columns * spec.pixelSpacingMm / pet.columns;
        pet.sliceSpacingMm = spec.slices * spec.sliceSpacingMm / pet.slices;
        pet.studyInstanceUid = study.studyInstanceUid;
        pet.frameOfReferenceUid = study.frameOfReferenceUid;
        auto written = dicom::writePhantom(pet, QDir(parser.value(outOpt)).filePath(QStringLiteral("pet")));
        if (!written.ok()) {
            err << "strata sample: " << written.error().message() << "\n";
            return 1;
        }
        petStudy = written.value();
    }
    if (parser.isSet(jsonOpt)) {
        QJsonArray lesions;
        for (const dicom::PhantomLesion &l : study.lesions) {
            const double r = l.diameterMm / 2;
            lesions.append(QJsonObject{{QStringLiteral("name"), l.name},
                                       {QStringLiteral("centerMm"), QJsonArray{l.centerMm[0], l.centerMm[1], l.centerMm[2]}},
                                       {QStringLiteral("diameterMm"), l.diameterMm},
                                       {QStringLiteral("radiusMm"), r},
                                       {QStringLiteral("volumeMl"), 4.0 / 3.0 * std::numbers::pi * r * r * r / 1000.0},
                                       {QStringLiteral("value"), l.hu},
                                       {QStringLiteral("unit"), QStringLiteral("HU")}});
        }
        const QJsonObject o{{QStringLiteral("folder"), study.folder},
                            {QStringLiteral("studyInstanceUid"), study.studyInstanceUid},
                            {QStringLiteral("seriesInstanceUid"), study.seriesInstanceUid},
                            {QStringLiteral("frameOfReferenceUid"), study.frameOfReferenceUid},
                            {QStringLiteral("files"), int(study.files.size())},
                            {QStringLiteral("dimensions"), QJsonArray{spec.columns, spec.rows, spec.slices}},
                            {QStringLiteral("spacingMm"), QJsonArray{spec.pixelSpacingMm, spec.pixelSpacingMm, spec.sliceSpacingMm}},
                            {QStringLiteral("lesions"), lesions}};
        QJsonObject all = o;
        if (petStudy)
            all.insert(QStringLiteral("pet"), QJsonObject{{QStringLiteral("folder"), petStudy->folder},
                                                          {QStringLiteral("seriesInstanceUid"), petStudy->seriesInstanceUid},
                                                          {QStringLiteral("files"), int(petStudy->files.size())},
                                                          {QStringLiteral("suvPerBqMl"), dicom::phantomSuvFactor()}});
        out << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "Wrote " << study.files.size() << " CT slices (" << spec.columns << "×" << spec.rows << ", "
        << spec.pixelSpacingMm << "×" << spec.pixelSpacingMm << "×" << spec.sliceSpacingMm << " mm) to "
        << study.folder << " in " << timer.elapsed() << " ms\n";
    out << "Study " << study.studyInstanceUid << "\n";
    if (petStudy)
        out << "Wrote " << petStudy->files.size() << " PET slices of the same study to " << petStudy->folder << "\n";
    for (const dicom::PhantomLesion &l : study.lesions)
        out << "  lesion " << l.name << ": " << l.diameterMm << " mm, " << l.hu << " HU at (" << l.centerMm[0] << ", "
            << l.centerMm[1] << ", " << l.centerMm[2] << ")\n";
    return 0;
}

} // namespace strata::cli
