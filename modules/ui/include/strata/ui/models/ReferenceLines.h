#pragma once
/// Which viewports draw which other viewports' planes as reference lines, and in which colour:
/// viewports of one frame of reference show each other (in MPR the lines are the crosshair, in
/// the plane colours); an MPR plane does not show the native stack beside it. No widget: tested
/// headless.
#include <strata/imaging/Plane.h>

#include <QColor>
#include <QString>

#include <optional>
#include <vector>

namespace strata::ui {

/// A plane drawn as a line where it cuts the image.
struct ReferenceLine {
    imaging::SliceGeometry geometry;
    QColor color;
};

/// A viewport as reference lines see it.
struct ReferenceView {
    bool hasSeries = false;
    QString frameOfReference;  ///< empty: unknown (shows no lines, is shown by none)
    bool mpr = false;          ///< an MPR plane (else native slices)
    imaging::PlaneOrientation plane = imaging::PlaneOrientation::Axial;
    std::optional<imaging::SliceGeometry> target;  ///< the geometry shown or about to be
};

class ReferenceLines {
public:
    /// The lines each viewport draws, by viewport.
    static std::vector<std::vector<ReferenceLine>> compute(const std::vector<ReferenceView> &views);
    /// The colour of an MPR plane's lines: axial red, coronal green, sagittal yellow.
    static QColor planeColor(imaging::PlaneOrientation plane);
    /// The colour of a stack of native slices.
    static QColor stackColor() { return QColor(90, 160, 255); }
};

} // namespace strata::ui
