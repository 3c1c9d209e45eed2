#include <strata/ui/TransferFunctionEditor.h>

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace strata::ui {

TransferFunctionEditor::TransferFunctionEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("volume3d.transferFunction"));
    setMinimumSize(200, 90);
    setToolTip(tr("Drag a point: sideways the value, up and down the opacity. Double click adds a point, right click removes one."));
}

void TransferFunctionEditor::setPreset(const render3d::VolumePreset &preset, const render3d::Histogram &histogram)
{
    m_preset = preset;
    m_histogram = histogram;
    m_dragged = -1;
    update();
}

QRectF TransferFunctionEditor::plotRect() const { return QRectF(rect()).adjusted(6, 6, -6, -6); }

QPointF TransferFunctionEditor::handlePosition(int index) const
{
    const QRectF r = plotRect();
    const render3d::OpacityPoint &p = m_preset.opacity[std::size_t(index)];
    const double span = std::max(1e-9, m_histogram.high - m_histogram.low);
    return {r.left() + (p.value - m_histogram.low) / span * r.width(), r.bottom() - p.opacity * r.height()};
}

double TransferFunctionEditor::valueAt(double x) const
{
    const QRectF r = plotRect();
    return m_histogram.low + std::clamp((x - r.left()) / r.width(), 0.0, 1.0) * (m_histogram.high - m_histogram.low);
}

double TransferFunctionEditor::opacityAt(double y) const
{
    const QRectF r = plotRect();
    return std::clamp((r.bottom() - y) / r.height(), 0.0, 1.0);
}

int TransferFunctionEditor::handleAt(QPointF position) const
{
    for (int i = 0; i < int(m_preset.opacity.size()); ++i)
        if (QLineF(handlePosition(i), position).length() <= 7)
            return i;
    return -1;
}

void TransferFunctionEditor::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 170));
    const QRectF r = plotRect();
    // The histogram, logarithmic (air and soft tissue would flatten everything else).
    if (!m_histogram.counts.empty()) {
        qint64 most = 1;
        for (qint64 c : m_histogram.counts)
            most = std::max(most, c);
        const double bar = r.width() / double(m_histogram.counts.size());
        for (std::size_t i = 0; i < m_histogram.counts.size(); ++i) {
            const double h = std::log1p(double(m_histogram.counts[i])) / std::log1p(double(most)) * r.height();
            p.fillRect(QRectF(r.left() + double(i) * bar, r.bottom() - h, std::max(1.0, bar), h), QColor(110, 110, 110));
        }
    }
    if (m_preset.opacity.empty())
        return;
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath line;
    for (int i = 0; i < int(m_preset.opacity.size()); ++i)
        i == 0 ? line.moveTo(handlePosition(i)) : line.lineTo(handlePosition(i));
    p.setPen(QPen(QColor(240, 240, 240), 1.5));
    p.drawPath(line);
    for (int i = 0; i < int(m_preset.opacity.size()); ++i) {
        // Each handle in the colour its value gets.
        const double v = m_preset.opacity[std::size_t(i)].value;
        QColor c(200, 200, 200);
        const auto &colors = m_preset.colors;
        for (std::size_t k = 0; k + 1 < colors.size(); ++k)
            if (v >= colors[k].value && v <= colors[k + 1].value) {
                const double t = (v - colors[k].value) / std::max(1e-9, colors[k + 1].value - colors[k].value);
                c = QColor::fromRgbF(float(colors[k].r + t * (colors[k + 1].r - colors[k].r)), float(colors[k].g + t * (colors[k + 1].g - colors[k].g)),
                                     float(colors[k].b + t * (colors[k + 1].b - colors[k].b)));
            }
        p.setBrush(c);
        p.setPen(QPen(Qt::white, 1));
        p.drawEllipse(handlePosition(i), 4.5, 4.5);
    }
}

void TransferFunctionEditor::mousePressEvent(QMouseEvent *event)
{
    const int i = handleAt(event->position());
    if (event->button() == Qt::RightButton) {
        if (i >= 0 && m_preset.opacity.size() > 2) {
            m_preset.opacity.erase(m_preset.opacity.begin() + i);
            update();
            emit presetChanged(m_preset);
        }
        return;
    }
    m_dragged = event->button() == Qt::LeftButton ? i : -1;
}

void TransferFunctionEditor::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragged < 0)
        return;
    auto &points = m_preset.opacity;
    render3d::OpacityPoint &p = points[std::size_t(m_dragged)];
    // Between its neighbours, so the points stay in order.
    const double lowest = m_dragged > 0 ? points[std::size_t(m_dragged - 1)].value : m_histogram.low;
    const double highest = m_dragged + 1 < int(points.size()) ? points[std::size_t(m_dragged + 1)].value : m_histogram.high;
    p.value = std::clamp(valueAt(event->position().x()), lowest, highest);
    p.opacity = opacityAt(event->position().y());
    update();
    emit presetChanged(m_preset);
}

void TransferFunctionEditor::mouseReleaseEvent(QMouseEvent *) { m_dragged = -1; }

void TransferFunctionEditor::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || handleAt(event->position()) >= 0)
        return;
    const render3d::OpacityPoint added{valueAt(event->position().x()), opacityAt(event->position().y())};
    auto &points = m_preset.opacity;
    points.insert(std::upper_bound(points.begin(), points.end(), added,
                                   [](const render3d::OpacityPoint &a, const render3d::OpacityPoint &b) { return a.value < b.value; }),
                  added);
    update();
    emit presetChanged(m_preset);
}

} // namespace strata::ui
