#pragma once
/// What an image file asks to be drawn over it: its overlay planes and its display shutter.
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/Overlays.h>
#include <strata/imaging/DisplayShutter.h>

#include <QColor>
#include <QImage>
#include <QPainterPath>

#include <vector>

namespace strata::ui {

/// The overlay planes of one image frame as the viewer draws them: one picture the size of the
/// image, one bit a pixel, transparent where no plane is set and `colour` where one is, each plane placed at its
/// Overlay Origin (1-based, may lie outside the image: what falls outside is cut off).
/// Null when no plane lies on `frame` (0-based) or none sets a pixel inside the image.
QImage composeOverlays(const std::vector<dicom::OverlayPlane> &planes, int frame, int rows, int columns, QRgb colour = qRgb(255, 255, 255));

/// A plane and the colour it is drawn in.
struct ColouredPlane {
    const dicom::OverlayPlane *plane = nullptr;
    QRgb colour = qRgb(255, 255, 255);
};
/// As above, each plane in its colour, a later one over an earlier one (one bit a pixel when all
/// have one colour, else eight).
QImage composeOverlays(const std::vector<ColouredPlane> &planes, int frame, int rows, int columns);

/// The part of a rows × columns image a display shutter hides, in image coordinates (pixel (c, r),
/// 0-based, covers c ± 0.5, r ± 0.5): the image less what lies inside every shape.
QPainterPath shutteredRegion(const dicom::DisplayShutter &shutter, int rows, int columns);

} // namespace strata::ui
