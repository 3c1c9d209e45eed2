#include <strata/ui/models/OverlayText.h>

#include <strata/imaging/SliceGaps.h>

#include <algorithm>
#include <cmath>

namespace strata::ui {
namespace {

QString formatNumber(double v, int decimals = 1) { return QString::number(v, 'f', decimals); }

/// 20240131 → 2024-01-31 (other forms as they are).
QString isoDate(QString date)
{
    if (date.size() == 8)
        date = date.left(4) + QLatin1Char('-') + date.mid(4, 2) + QLatin1Char('-') + date.mid(6, 2);
    return date;
}

} // namespace

QString OverlayText::planeTitle(imaging::PlaneOrientation plane, bool oblique)
{
    QString name = imaging::planeOrientationName(plane);
    if (oblique)
        name = tr("%1 (oblique)").arg(name);
    return name;
}

QStringList OverlayText::geometryWarnings(const dicom::Stack &stack)
{
    using dicom::GeometryIssue;
    QStringList lines;
    if (stack.has(GeometryIssue::NoGeometry)) {
        if (stack.slices.size() > 1)
            lines << tr("No slice positions: ordered by image number, no MPR");
        return lines;
    }
    if (stack.has(GeometryIssue::MissingSlices)) {
        const std::vector<imaging::SliceGap> gaps = imaging::sliceGaps(stack);
        if (gaps.size() == 1) {
            const imaging::SliceGap &g = gaps.front();
            lines << tr("Missing slices: gap of %1 mm between images %2 and %3")
                         .arg(formatNumber(g.size())).arg(g.before + 1).arg(g.before + 2);
        } else if (!gaps.empty()) {
            const auto largest = std::max_element(gaps.begin(), gaps.end(), [](const imaging::SliceGap &a, const imaging::SliceGap &b) {
                return a.size() < b.size();
            });
            lines << tr("Missing slices: %1 gaps, largest %2 mm (images %3–%4)")
                         .arg(gaps.size()).arg(formatNumber(largest->size())).arg(largest->before + 1).arg(largest->before + 2);
        }
    }
    if (stack.has(GeometryIssue::IrregularSpacing))
        lines << tr("Irregular spacing %1–%2 mm").arg(formatNumber(stack.minStep), formatNumber(stack.maxStep));
    if (stack.has(GeometryIssue::GantryTilt))
        lines << tr("Gantry tilt %1°").arg(formatNumber(stack.tiltDegrees));
    if (stack.has(GeometryIssue::DuplicatePositions))
        lines << tr("Duplicate slice positions");
    if (stack.has(GeometryIssue::MixedSizes))
        lines << tr("Series mixes sizes or orientations: one part shown");
    return lines;
}

QString OverlayText::lossyNotice(const dicom::LossyCompression &example, int lossyImages, int images)
{
    if (lossyImages <= 0)
        return {};
    const QString how = example.summary();
    if (lossyImages < images)
        return how.isEmpty() ? tr("Lossy compressed: %1 of %2 images").arg(lossyImages).arg(images)
                             : tr("Lossy compressed: %1 of %2 images (%3)").arg(lossyImages).arg(images).arg(how);
    return how.isEmpty() ? tr("Lossy compressed") : tr("Lossy compressed: %1").arg(how);
}

QString OverlayText::lossyNotice(int images, const std::function<const dicom::DicomHeader &(int)> &headerOf)
{
    int lossy = 0;
    const dicom::LossyCompression *example = nullptr;
    for (int k = 0; k < images; ++k)
        if (const dicom::LossyCompression &l = headerOf(k).lossyCompression; l.lossy) {
            ++lossy;
            example = example ? example : &l;
        }
    return example ? lossyNotice(*example, lossy, images) : QString();
}

QString OverlayText::forProcessingNotice() { return tr("For processing: raw detector values, not for diagnosis"); }

QString OverlayText::placeholder(const OverlayState &s)
{
    if (!s.hasSeries)
        return tr("Drop a series here");
    if (!s.loadError.isEmpty())
        return s.loadError;
    if (s.mpr && s.color)
        return tr("Colour series are shown as 2D images only (no MPR)");
    if (s.mpr && !s.fullVolume)
        return tr("This series is larger than the memory budget: it opens in 2D only");
    if (s.mpr && s.complete && !s.hasVolume)
        return tr("This series does not form a volume");
    if (s.mpr)
        return tr("Building the volume… %1 of %2 slices").arg(s.readyCount).arg(s.sliceCount);
    return tr("Loading…");
}

QString OverlayText::formatValue(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (std::abs(value - std::round(value)) < 1e-4 || std::abs(value) >= 1000)
        return QString::number(std::llround(value));
    return QString::number(value, 'f', std::abs(value) < 10 ? 2 : 1);
}

QStringList OverlayText::cursorLines(const CursorReadout &c)
{
    QStringList parts;
    if (c.rgb) {
        parts << tr("R %1 G %2 B %3").arg(qRed(*c.rgb)).arg(qGreen(*c.rgb)).arg(qBlue(*c.rgb));
    } else if (c.value && c.padding) {
        parts << tr("padding (%1), no image").arg(formatValue(*c.value));
    } else if (c.value) {
        parts << QStringLiteral("%1 %2").arg(formatValue(*c.value), c.unit).trimmed();
        if (c.suv > 0)
            parts << tr("SUVbw %1").arg(formatNumber(c.suv, 2));
        else if (!c.suvNote.isEmpty())
            parts << tr("no SUV: %1").arg(c.suvNote);
    }
    if (c.fusedValue) {
        if (c.fusedSuv > 0)
            parts << tr("fused SUVbw %1").arg(formatNumber(c.fusedSuv, 2));
        else
            parts << tr("fused %1 %2 %3").arg(c.fusedModality, formatValue(*c.fusedValue), c.fusedUnit).simplified();
    }
    QString first = tr("Px %1, %2").arg(c.column).arg(c.row);
    if (!parts.isEmpty())
        first += QStringLiteral(": ") + parts.join(QStringLiteral(" · "));
    return {first, tr("(%1, %2, %3) mm").arg(formatNumber(c.position[0]), formatNumber(c.position[1]), formatNumber(c.position[2]))};
}

double OverlayText::displayZoom(const imaging::SliceGeometry &image, const ViewTransform &view, QSizeF viewportSize)
{
    const double ppm = view.pixelsPerMm(QSizeF(image.width, image.height), QSizeF(image.spacing[0], image.spacing[1]), viewportSize);
    return ppm * std::min(image.spacing[0], image.spacing[1]);
}

QStringList OverlayText::lines(OverlayCorner corner, const OverlayState &s)
{
    const dicom::DicomHeader &h = s.header;
    QStringList lines;
    switch (corner) {
    case OverlayCorner::TopLeft: {
        lines << h.patientName.display() << tr("ID: %1").arg(h.patientId);
        const QString born = isoDate(h.patientBirthDate);
        if (!born.isEmpty() || !h.patientSex.isEmpty())
            lines << QStringLiteral("%1 %2").arg(born, h.patientSex).trimmed();
        break;
    }
    case OverlayCorner::TopRight: {
        if (!h.institutionName.isEmpty())
            lines << h.institutionName;
        lines << h.studyDescription;
        QString time = h.studyTime.left(4);
        if (time.size() == 4)
            time = time.left(2) + QLatin1Char(':') + time.mid(2);
        lines << QStringLiteral("%1 %2").arg(isoDate(h.studyDate), time).trimmed();
        if (!h.accessionNumber.isEmpty())
            lines << tr("Acc: %1").arg(h.accessionNumber);
        break;
    }
    case OverlayCorner::BottomLeft: {
        lines << (s.volumeLabel.isEmpty() ? tr("Se: %1 %2").arg(h.seriesNumber).arg(h.seriesDescription).trimmed()
                                          : tr("Se: %1 %2 (%3)").arg(h.seriesNumber).arg(h.seriesDescription.trimmed(), s.volumeLabel));
        // A radiograph's side and view ("R MLO", "PA"): what a reader checks first.
        if (const QString view = QStringLiteral("%1 %2").arg(h.laterality, h.viewPosition).trimmed(); !view.isEmpty())
            lines << (h.viewModifier.isEmpty() ? tr("View: %1").arg(view) : tr("View: %1, %2").arg(view, h.viewModifier));
        if (!s.mpr)
            lines << tr("Im: %1/%2").arg(s.slice + 1).arg(s.sliceCount);
        else
            lines << s.planeTitle;
        if (!s.presentationLabel.isEmpty())
            lines << tr("PR: %1").arg(s.presentationLabel);
        for (const QString &report : s.reportMarks)
            lines << tr("Marks: %1").arg(report);
        if (!s.fusionLabel.isEmpty())
            lines << tr("Fused: %1").arg(s.fusionLabel);
        // The first four names, and how many more.
        const auto names = [](const QStringList &all) {
            return all.size() > 4 ? all.mid(0, 4).join(QStringLiteral(", ")) + tr(" (+%1)").arg(all.size() - 4) : all.join(QStringLiteral(", "));
        };
        if (!s.segments.isEmpty())
            lines << tr("SEG: %1").arg(names(s.segments));
        if (!s.structures.isEmpty())
            lines << tr("RT: %1").arg(names(s.structures));
        if (s.clipSeconds && !s.mpr) {
            lines << tr("Time: %1 s").arg(QString::number(*s.clipSeconds, 'f', 2));
        } else if (const auto &g = s.geometry) {
            const imaging::Vec3 n = g->normal();
            const imaging::Vec3 centre = s.mpr && s.mprCenter ? *s.mprCenter
                                                              : g->patientPosition((g->width - 1) / 2.0, (g->height - 1) / 2.0);
            lines << tr("Pos: %1 mm").arg(formatNumber(imaging::dot(centre, n), 1));
        }
        if (s.mpr && s.slab != imaging::SlabMode::None && s.slabThicknessMm > 0) {
            const QString mode = s.slab == imaging::SlabMode::Max   ? tr("MIP")
                                 : s.slab == imaging::SlabMode::Min ? tr("MinIP")
                                                                    : tr("Average");
            lines << tr("%1 slab: %2 mm").arg(mode, formatNumber(s.slabThicknessMm, 1));
        } else if (s.geometry && !s.mpr && !s.clipSeconds) {
            lines << tr("Thk: %1 mm").arg(formatNumber(s.geometry->thickness, 2));
        }
        if (s.readyCount < s.sliceCount && s.fullVolume)
            lines << tr("Loading %1/%2").arg(s.readyCount).arg(s.sliceCount);
        if (s.cursor)
            lines << cursorLines(*s.cursor);
        break;
    }
    case OverlayCorner::BottomRight: {
        if (!s.color) {
            if (s.window.table)   // the file's display curve, not a window
                lines << (s.window.table->explanation.isEmpty() ? tr("VOI LUT") : tr("VOI LUT: %1").arg(s.window.table->explanation));
            else
                lines << tr("W: %1 L: %2").arg(std::lround(s.window.width)).arg(std::lround(s.window.center));
            if (s.window.inverted)
                lines << tr("Inverted");
        }
        if (s.imageGeometry)
            lines << tr("Zoom: %1%").arg(std::lround(displayZoom(*s.imageGeometry, s.view, s.viewportSize) * 100));
        QStringList turned;
        if (s.view.quarterTurns)
            turned << tr("Rot %1°").arg(90 * s.view.quarterTurns);
        if (s.view.flipHorizontal)
            turned << tr("Flip H");
        if (s.view.flipVertical)
            turned << tr("Flip V");
        if (!turned.isEmpty())
            lines << turned.join(QLatin1Char(' '));
        break;
    }
    }
    return lines;
}

} // namespace strata::ui
