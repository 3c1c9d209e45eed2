#pragma once
/// How an image sits in a viewport: fitted to it, then zoomed, panned, turned in quarter turns and
/// flipped. Maps image pixels (fractional, pixel centres at integers) to widget coordinates and
/// back, and says which way the screen's axes point in the image. No widget: tested headless.
#include <QPointF>
#include <QSizeF>
#include <QTransform>

namespace strata::ui {

struct ViewTransform {
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 64.0;

    double zoom = 1.0;        ///< 1: the whole image fits the viewport
    QPointF pan{0, 0};        ///< widget pixels the image centre is moved by
    int quarterTurns = 0;     ///< clockwise, 0..3
    bool flipHorizontal = false;  ///< mirror left/right on screen (after turning)
    bool flipVertical = false;    ///< mirror top/bottom on screen (after turning)
    /// Which side of the image is kept against the viewport's edge it faces, wherever turns and
    /// flips put it, instead of centring the image: -1 its first column, +1 its last, 0 none. A
    /// mammogram's chest wall: the breasts of a left and a right view meet back to back, with no
    /// empty band between the chest wall and the viewport's edge. Pan moves it from there.
    int anchorColumnSide = 0;

    void rotateClockwise() { quarterTurns = (quarterTurns + 1) % 4; }
    void rotateCounterClockwise() { quarterTurns = (quarterTurns + 3) % 4; }
    /// The zoom, kept within [kMinZoom, kMaxZoom].
    void setZoom(double z) { zoom = z < kMinZoom ? kMinZoom : z > kMaxZoom ? kMaxZoom : z; }
    void zoomBy(double factor) { setZoom(zoom * factor); }
    /// Back to fitted, unturned, unflipped (the anchor, the image's, stays).
    void reset()
    {
        const int anchor = anchorColumnSide;
        *this = ViewTransform{};
        anchorColumnSide = anchor;
    }
    bool operator==(const ViewTransform &) const = default;

    /// Image pixel → widget position, for an image of `imagePixels` (columns, rows) whose pixels are
    /// `spacing` mm apart (along a row, along a column) shown in a widget of `widget` size.
    QTransform imageToWidget(QSizeF imagePixels, QSizeF spacing, QSizeF widget) const;
    /// Screen pixels per millimetre at this zoom.
    double pixelsPerMm(QSizeF imagePixels, QSizeF spacing, QSizeF widget) const;
};

} // namespace strata::ui
