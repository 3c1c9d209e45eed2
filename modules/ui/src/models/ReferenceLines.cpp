#include <strata/ui/models/ReferenceLines.h>

namespace strata::ui {

QColor ReferenceLines::planeColor(imaging::PlaneOrientation plane)
{
    switch (plane) {
    case imaging::PlaneOrientation::Axial: return QColor(230, 70, 70);
    case imaging::PlaneOrientation::Coronal: return QColor(80, 200, 90);
    case imaging::PlaneOrientation::Sagittal: return QColor(235, 200, 60);
    }
    return Qt::white;
}

std::vector<std::vector<ReferenceLine>> ReferenceLines::compute(const std::vector<ReferenceView> &views)
{
    std::vector<std::vector<ReferenceLine>> lines(views.size());
    for (std::size_t i = 0; i < views.size(); ++i) {
        const ReferenceView &v = views[i];
        if (!v.hasSeries || v.frameOfReference.isEmpty())
            continue;
        for (std::size_t j = 0; j < views.size(); ++j) {
            const ReferenceView &w = views[j];
            if (j == i || !w.hasSeries || w.frameOfReference != v.frameOfReference || !w.target)
                continue;
            // The native stack in the MPR layout shows where the planes are, not the reverse.
            if (v.mpr && !w.mpr)
                continue;
            lines[i].push_back({*w.target, w.mpr ? planeColor(w.plane) : stackColor()});
        }
    }
    return lines;
}

} // namespace strata::ui
