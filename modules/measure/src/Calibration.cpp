#include <strata/measure/Calibration.h>

#include <QCoreApplication>

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
    }
    return {};
}

Calibration calibrationOf(const dicom::DicomHeader &header)
{
    Calibration c;
    const auto &ps = header.geometry.pixelSpacing;
    // Pixel Spacing is stored as [between rows, between columns]; ours is [along a row, down a column].
    if (ps && validSpacing((*ps)[0]) && validSpacing((*ps)[1])) {
        c.source = header.geometry.pixelSpacingAtDetector ? CalibrationSource::Detector : CalibrationSource::Patient;
        c.spacing = {(*ps)[1], (*ps)[0]};
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

Calibration volumeCalibration(const std::array<double, 2> &spacing)
{
    if (validSpacing(spacing[0]) && validSpacing(spacing[1]))
        return Calibration{CalibrationSource::Patient, spacing};
    return {};
}

} // namespace strata::measure
