#include <strata/measure/Calibration.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace strata::measure {

namespace {

bool validSpacing(double mm) { return std::isfinite(mm) && mm > 0 && mm < 1000; }

QString tr(const char *text) { return QCoreApplication::translate("strata::measure::Calibration", text); }

} // namespace

QString Calibration::lengthUnit() const { return calibrated() ? QStringLiteral("mm") : QStringLiteral("px"); }

QString Calibration::areaUnit() const { return calibrated() ? QStringLiteral("mm²") : QStringLiteral("px²"); }

QString Calibration::note() const
{
    switch (source) {
    case CalibrationSource::Patient: return {};
    case CalibrationSource::Detector: return tr("calibration: detector");
    case CalibrationSource::Ultrasound: return tr("calibration: ultrasound region");
    case CalibrationSource::Uncalibrated: return tr("no calibration: pixels");
    case CalibrationSource::Magnification:
        return magnification > 0 ? tr("calibration: magnification corrected, ERMF %1").arg(magnification, 0, 'g', 4)
                                 : tr("calibration: magnification corrected");
    case CalibrationSource::Fiducial: return tr("calibration: fiducial");
    }
    return {};
}

Calibration calibrationOf(const dicom::DicomHeader &header)
{
    Calibration c;
    const auto &ps = header.geometry.pixelSpacing;
    // Pixel Spacing is stored as [between rows, between columns]; ours is [along a row, down a column].
    if (!ps || !validSpacing((*ps)[0]) || !validSpacing((*ps)[1]))
        return c;
    const dicom::ImageGeometry &g = header.geometry;
    c.source = CalibrationSource::Patient;
    c.spacing = {(*ps)[1], (*ps)[0]};
    if (g.pixelSpacingAtDetector) {
        c.source = CalibrationSource::Detector;
        // The beam widens from the source: an object at the patient's depth is imaged larger by
        // the factor; dividing by it gives its size there (a plausible factor only).
        if (const auto m = g.magnificationFactor; m && std::isfinite(*m) && *m > 1.0 && *m <= 10.0) {
            c.source = CalibrationSource::Magnification;
            c.magnification = *m;
            c.spacing = {c.spacing[0] / *m, c.spacing[1] / *m};
        }
    } else if (g.imagerPixelSpacing) {   // a projection image whose Pixel Spacing was calibrated
        c.source = g.pixelSpacingCalibrationType == QLatin1String("FIDUCIAL") ? CalibrationSource::Fiducial : CalibrationSource::Magnification;
    }
    return c;
}

std::optional<Calibration> ultrasoundCalibration(const std::vector<UltrasoundRegion> &regions, double x, double y)
{
    constexpr int kCentimetres = 3;
    for (const UltrasoundRegion &r : regions) {
        if (x < r.minX - 0.5 || x > r.maxX + 0.5 || y < r.minY - 0.5 || y > r.maxY + 0.5)
            continue;
        if (r.unitsX != kCentimetres || r.unitsY != kCentimetres)
            continue;
        const double dx = std::abs(r.deltaX) * 10.0, dy = std::abs(r.deltaY) * 10.0;
        if (!validSpacing(dx) || !validSpacing(dy))
            continue;
        return Calibration{CalibrationSource::Ultrasound, {dx, dy}};
    }
    return std::nullopt;
}

std::optional<Calibration> ultrasoundCalibration(const std::vector<UltrasoundRegion> &regions,
                                                 const std::vector<std::array<double, 2>> &pixels)
{
    if (pixels.empty())
        return std::nullopt;
    for (const UltrasoundRegion &r : regions) {
        const bool all = std::all_of(pixels.begin(), pixels.end(), [&](const std::array<double, 2> &p) {
            return p[0] >= r.minX - 0.5 && p[0] <= r.maxX + 0.5 && p[1] >= r.minY - 0.5 && p[1] <= r.maxY + 0.5;
        });
        if (!all)
            continue;
        // The first region holding every point decides (regions do not overlap in practice).
        return ultrasoundCalibration(std::vector<UltrasoundRegion>{r}, pixels.front()[0], pixels.front()[1]);
    }
    return std::nullopt;
}

std::vector<UltrasoundRegion> readUltrasoundRegions(const QString &file)
{
    std::vector<UltrasoundRegion> regions;
    DcmFileFormat ff;
    if (ff.loadFile(OFFilename(file.toUtf8().constData()), EXS_Unknown, EGL_noChange, 64 * 1024, ERM_autoDetect).bad())
        return regions;
    DcmSequenceOfItems *sequence = nullptr;
    if (ff.getDataset()->findAndGetSequence(DCM_SequenceOfUltrasoundRegions, sequence).bad() || !sequence)
        return regions;
    for (unsigned long n = 0; n < sequence->card(); ++n) {
        DcmItem *item = sequence->getItem(n);
        Uint32 minX = 0, minY = 0, maxX = 0, maxY = 0;
        Uint16 unitsX = 0, unitsY = 0;
        Float64 deltaX = 0, deltaY = 0;
        if (item->findAndGetUint32(DCM_RegionLocationMinX0, minX).bad() || item->findAndGetUint32(DCM_RegionLocationMinY0, minY).bad()
            || item->findAndGetUint32(DCM_RegionLocationMaxX1, maxX).bad() || item->findAndGetUint32(DCM_RegionLocationMaxY1, maxY).bad())
            continue;
        item->findAndGetUint16(DCM_PhysicalUnitsXDirection, unitsX);
        item->findAndGetUint16(DCM_PhysicalUnitsYDirection, unitsY);
        item->findAndGetFloat64(DCM_PhysicalDeltaX, deltaX);
        item->findAndGetFloat64(DCM_PhysicalDeltaY, deltaY);
        regions.push_back({int(minX), int(minY), int(maxX), int(maxY), int(unitsX), int(unitsY), deltaX, deltaY});
    }
    return regions;
}

Calibration volumeCalibration(const std::array<double, 2> &spacing)
{
    if (validSpacing(spacing[0]) && validSpacing(spacing[1]))
        return Calibration{CalibrationSource::Patient, spacing};
    return {};
}

} // namespace strata::measure
