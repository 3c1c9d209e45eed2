#pragma once
/// The overlay planes of one image frame as the viewer draws them: one picture the size of the
/// image, transparent where no plane is set and `colour` where one is, each plane placed at its
/// Overlay Origin (1-based, may lie outside the image: what falls outside is cut off).
#include <strata/dicom/Overlays.h>

#include <QImage>

#include <vector>

namespace strata::ui {

/// Null when no plane lies on `frame` (0-based) or none sets a pixel inside the image.
QImage composeOverlays(const std::vector<dicom::OverlayPlane> &planes, int frame, int rows, int columns, QRgb colour = qRgb(255, 255, 255));

} // namespace strata::ui
