#include <strata/ui/models/ViewTransform.h>

#include <algorithm>
#include <cmath>

namespace strata::ui {

double ViewTransform::pixelsPerMm(QSizeF imagePixels, QSizeF spacing, QSizeF widget) const
{
    // The image's extent in mm, turned: a quarter turn swaps what must fit across and down.
    double w = imagePixels.width() * spacing.width();
    double h = imagePixels.height() * spacing.height();
    if (quarterTurns % 2 == 1)
        std::swap(w, h);
    if (w <= 0 || h <= 0 || widget.isEmpty())
        return 1.0;
    return std::min(widget.width() / w, widget.height() / h) * zoom;
}

QTransform ViewTransform::imageToWidget(QSizeF imagePixels, QSizeF spacing, QSizeF widget) const
{
    const double scale = pixelsPerMm(imagePixels, spacing, widget);
    // Read right to left: centre the image on its middle (pixel centres at integers, so the middle
    // is at (n − 1) / 2), into mm, turn, flip, scale to screen pixels, then to the widget centre.
    QTransform t;
    t.translate(widget.width() / 2.0, widget.height() / 2.0);
    t.scale(flipHorizontal ? -scale : scale, flipVertical ? -scale : scale);
    t.rotate(90.0 * quarterTurns);
    t.scale(spacing.width(), spacing.height());
    t.translate(-(imagePixels.width() - 1) / 2.0, -(imagePixels.height() - 1) / 2.0);
    QPointF shift = pan;
    if (anchorColumnSide != 0 && !imagePixels.isEmpty()) {
        // The anchored side's middle, seen from the image's centre, says which widget edge it faces.
        const QRectF box = t.mapRect(QRectF(-0.5, -0.5, imagePixels.width(), imagePixels.height()));
        const QPointF side = t.map(QPointF(anchorColumnSide < 0 ? -0.5 : imagePixels.width() - 0.5, (imagePixels.height() - 1) / 2.0));
        const QPointF from = side - box.center();
        if (std::abs(from.x()) >= std::abs(from.y()))
            shift.rx() += from.x() < 0 ? -box.left() : widget.width() - box.right();
        else
            shift.ry() += from.y() < 0 ? -box.top() : widget.height() - box.bottom();
    }
    return t * QTransform::fromTranslate(shift.x(), shift.y());
}

} // namespace strata::ui
