#pragma once
/// What an image file asks to be drawn over it: its overlay planes and its display shutter.
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/Overlays.h>

#include <QColor>
#include <QImage>
#include <QPainterPath>

#include <vector>

namespace strata::ui {

/// The overlay planes of one image frame as the viewer draws them: one picture the size of the
/// image, transparent where no plane is set and `colour` where one is, each plane placed at its
/// Overlay Origin (1-based, may lie outside the image: what falls outside is cut off).
/// Null when no plane lies on `frame` (0-based) or none sets a pixel inside the image.
QImage composeOverlays(const std::vector<dicom::OverlayPlane> &planes, int frame, int rows, int columns, QRgb colour = qRgb(255, 255, 255));

/// The part of a rows × columns image a display shutter hides, in image coordinates (pixel (c, r),
/// 0-based, covers c ± 0.5, r ± 0.5): the image less what lies inside every shape.
QPainterPath shutteredRegion(const dicom::DisplayShutter &shutter, int rows, int columns);

/// The values of a rows × columns image (row-major) that a display shutter leaves seen, at most
/// about `maxSamples` of them (a regular stride): what an automatic window should count, not the
/// collimated border. Empty when nothing is seen.
std::vector<float> seenValues(const dicom::DisplayShutter &shutter, const float *values, int rows, int columns,
                              std::size_t maxSamples = std::size_t(1) << 20);

/// The grey a shutter is shown in: its presentation value (0..65535) on the display's 0..255.
QColor shutterColour(const dicom::DisplayShutter &shutter);

} // namespace strata::ui
