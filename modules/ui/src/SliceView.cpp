#include <strata/ui/SliceView.h>

#include <QKeyEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace strata::ui {

SliceView::SliceView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(256, 256);
    setAutoFillBackground(false);
}

void SliceView::setVolume(std::shared_ptr<const dicom::Volume> volume, double center, double width)
{
    m_volume = std::move(volume);
    m_center = center;
    m_width = width;
    m_slice = m_volume ? m_volume->dimensions[2] / 2 : 0;
    render();
    emit sliceChanged(m_slice);
}

void SliceView::setSlice(int slice)
{
    if (!m_volume)
        return;
    slice = std::clamp(slice, 0, m_volume->dimensions[2] - 1);
    if (slice == m_slice)
        return;
    m_slice = slice;
    render();
    emit sliceChanged(m_slice);
}

void SliceView::setWindow(double center, double width)
{
    m_center = center;
    m_width = std::max(1.0, width);
    render();
}

void SliceView::render()
{
    if (!m_volume) {
        m_image = QImage();
        update();
        return;
    }
    const int w = m_volume->dimensions[0], h = m_volume->dimensions[1];
    m_image = QImage(w, h, QImage::Format_RGB32);
    // DICOM linear window (PS3.3 C.11.2.1.2.1).
    const double lo = m_center - 0.5 - (m_width - 1) / 2, range = m_width - 1;
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const double v = m_volume->at(x, y, m_slice);
            const int g = range <= 0 ? (v > m_center ? 255 : 0) : int(std::clamp((v - lo) / range * 255.0, 0.0, 255.0) + 0.5);
            line[x] = qRgb(g, g, g);
        }
    }
    update();
}

void SliceView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (m_image.isNull()) {
        p.setPen(Qt::gray);
        p.drawText(rect(), Qt::AlignCenter, tr("No series loaded.\nFile ▸ Open Folder… (Ctrl+O)"));
        return;
    }
    const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, m_image);
    p.setPen(Qt::yellow);
    p.drawText(rect().adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignBottom,
               tr("Slice %1/%2   W %3 L %4").arg(m_slice + 1).arg(m_volume->dimensions[2]).arg(m_width).arg(m_center));
}

void SliceView::wheelEvent(QWheelEvent *e)
{
    setSlice(m_slice + (e->angleDelta().y() > 0 ? 1 : -1));
    e->accept();
}

void SliceView::keyPressEvent(QKeyEvent *e)
{
    switch (e->key()) {
    case Qt::Key_Up:
    case Qt::Key_PageUp: setSlice(m_slice + (e->key() == Qt::Key_PageUp ? 10 : 1)); break;
    case Qt::Key_Down:
    case Qt::Key_PageDown: setSlice(m_slice - (e->key() == Qt::Key_PageDown ? 10 : 1)); break;
    case Qt::Key_Home: setSlice(0); break;
    case Qt::Key_End: setSlice(m_volume ? m_volume->dimensions[2] - 1 : 0); break;
    default: QWidget::keyPressEvent(e);
    }
}

void SliceView::mousePressEvent(QMouseEvent *e)
{
    m_dragStart = e->pos();
    m_dragCenter = m_center;
    m_dragWidth = m_width;
}

void SliceView::mouseMoveEvent(QMouseEvent *e)
{
    if (!(e->buttons() & Qt::RightButton))
        return;
    const QPoint d = e->pos() - m_dragStart;
    setWindow(m_dragCenter + d.y() * 2.0, m_dragWidth + d.x() * 4.0);
}

} // namespace strata::ui
