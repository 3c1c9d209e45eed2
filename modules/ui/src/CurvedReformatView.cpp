#include <strata/ui/CurvedReformatView.h>

#include <strata/imaging/Reslicer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QPushButton>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace strata::ui {

namespace {

QImage windowed(const float *values, int width, int height, const imaging::WindowLevel &window)
{
    const imaging::Image8 picture = imaging::windowImage(values, width, height, window);
    return QImage(picture.pixels.data(), picture.width, picture.height, picture.width, QImage::Format_Grayscale8).copy();
}

/// The (fractional) pixel of a `width` × `height` picture drawn in `shown` under a canvas position.
QPointF pixelAt(const QRectF &shown, int width, int height, QPointF at)
{
    return {(at.x() - shown.left()) / shown.width() * width - 0.5, (at.y() - shown.top()) / shown.height() * height - 0.5};
}

/// The canvas x of a (fractional) column of a `width`-column picture drawn in `shown`.
double canvasX(const QRectF &shown, int width, double column) { return shown.left() + (column + 0.5) / width * shown.width(); }

/// `size` fitted into `area`, centred, aspect kept.
QRectF fitted(QSizeF size, const QRectF &area)
{
    if (size.isEmpty() || area.isEmpty())
        return {};
    const double scale = std::min(area.width() / size.width(), area.height() / size.height());
    const QSizeF s = size * scale;
    return QRectF(area.center() - QPointF(s.width() / 2, s.height() / 2), s);
}

} // namespace

/// Paints the reformat (left) and the cross-section (right), and turns the mouse into the view's
/// changes.
class CurvedCanvas : public QWidget {
public:
    explicit CurvedCanvas(CurvedReformatView *view) : QWidget(view), m_view(view)
    {
        setMinimumSize(480, 240);
        setMouseTracking(true);   // the readout follows the mouse
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *event) override
    {
        m_press = event->position();
        m_button = event->button();
        m_dragged = false;
        m_startAngle = m_view->angle();
        m_startWindow = m_view->window();
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if (m_button == Qt::NoButton) {
            m_hover = event->position();
            update();
            return;
        }
        const QPointF d = event->position() - m_press;
        if (!m_dragged && std::hypot(d.x(), d.y()) < 3)
            return;
        m_dragged = true;
        if (m_button == Qt::LeftButton && m_view->mode() == imaging::CurvedMode::Straightened) {
            // Across the picture: the path turns half a degree a pixel.
            double a = m_startAngle + d.x() * 0.5;
            a = std::remainder(a, 360.0);
            m_view->setAngle(a);
        } else if (m_button == Qt::RightButton) {
            imaging::WindowLevel w = m_startWindow;
            const double sensitivity = std::max(0.5, m_startWindow.width / 400.0);
            w.width = std::max(1.0, m_startWindow.width + d.x() * sensitivity);
            w.center = m_startWindow.center + d.y() * sensitivity;
            m_view->setWindow(w);
        }
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (m_button == Qt::LeftButton && !m_dragged) {
            const QRectF r = m_view->reformatRect();
            const auto image = m_view->image();
            if (image && r.contains(event->position())) {
                const double column = pixelAt(r, image->width, image->height, event->position()).x();
                if (event->modifiers() & Qt::ShiftModifier)
                    m_view->setSecondMark(column);
                else
                    m_view->setMarker(column);
            }
        }
        m_button = Qt::NoButton;
    }
    void leaveEvent(QEvent *) override
    {
        m_hover.reset();
        update();
    }
    void wheelEvent(QWheelEvent *event) override
    {
        const auto image = m_view->image();
        if (!image)
            return;
        const int notches = event->angleDelta().y() / 120;
        const double mm = (event->modifiers() & Qt::ShiftModifier) ? 10.0 : 1.0;
        m_view->setMarker(m_view->marker() + notches * mm / image->spacing);
        event->accept();
    }

private:
    CurvedReformatView *m_view;
    std::optional<QPointF> m_hover;
    QPointF m_press;
    Qt::MouseButton m_button = Qt::NoButton;
    bool m_dragged = false;
    double m_startAngle = 0;
    imaging::WindowLevel m_startWindow;
};


void CurvedCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    const auto image = m_view->image();
    p.setPen(QColor(230, 230, 230));
    if (!image) {
        p.drawText(rect(), Qt::AlignCenter, m_view->summary());
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF r = m_view->reformatRect();
    p.drawImage(r, windowed(image->pixels.data(), image->width, image->height, m_view->window()));
    // Ticks every 10 mm along the path, longer and named every 50 mm.
    p.setPen(QColor(255, 255, 255, 200));
    for (int mm = 0; mm <= int(image->length); mm += 10) {
        const double x = canvasX(r, image->width, mm / image->spacing);
        const bool major = mm % 50 == 0;
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.top() + (major ? 10 : 5)));
        if (major)
            p.drawText(QPointF(x + 2, r.top() + 20), QString::number(mm));
    }
    // The marker, and the stretch to the second mark shaded, its length along the path over it.
    const double mx = canvasX(r, image->width, m_view->marker());
    if (const auto second = m_view->secondMark()) {
        const double sx = canvasX(r, image->width, *second);
        p.fillRect(QRectF(QPointF(std::min(mx, sx), r.top()), QPointF(std::max(mx, sx), r.bottom())), QColor(255, 220, 0, 40));
        p.setPen(QPen(QColor(255, 220, 0), 1.0, Qt::DashLine));
        p.drawLine(QPointF(sx, r.top()), QPointF(sx, r.bottom()));
        const QString length = CurvedReformatView::tr("%1 mm").arg(m_view->lengthBetweenMarks().value_or(0), 0, 'f', 1);
        p.setPen(QColor(255, 220, 0));
        p.drawText(QRectF(QPointF(std::min(mx, sx), r.bottom() - 22), QPointF(std::max(mx, sx), r.bottom() - 4)).adjusted(-60, 0, 60, 0),
                   Qt::AlignHCenter | Qt::AlignBottom, length);
    }
    p.setPen(QPen(QColor(255, 220, 0), 1.0));
    p.drawLine(QPointF(mx, r.top()), QPointF(mx, r.bottom()));

    const auto &cross = m_view->crossSection();
    if (cross) {
        const QRectF c = m_view->crossSectionRect();
        p.drawImage(c, windowed(cross->pixels.data(), cross->geometry.width, cross->geometry.height, m_view->window()));
        // The path's point: a small cross in the middle.
        p.setPen(QPen(QColor(255, 220, 0), 1.0));
        const QPointF m = c.center();
        p.drawLine(m - QPointF(6, 0), m - QPointF(2, 0));
        p.drawLine(m + QPointF(2, 0), m + QPointF(6, 0));
        p.drawLine(m - QPointF(0, 6), m - QPointF(0, 2));
        p.drawLine(m + QPointF(0, 2), m + QPointF(0, 6));
        p.setPen(QColor(230, 230, 230));
        p.drawText(c.adjusted(4, 4, -4, -4), Qt::AlignTop | Qt::AlignLeft,
                   CurvedReformatView::tr("%1 mm").arg(image->distanceAlong(m_view->marker()), 0, 'f', 1));
    }
    if (m_hover) {
        const QString text = m_view->readout(*m_hover);
        if (!text.isEmpty()) {
            p.setPen(QColor(255, 255, 160));
            p.drawText(rect().adjusted(6, 0, -6, -4), Qt::AlignBottom | Qt::AlignLeft, text);
        }
    }
}

CurvedReformatView::CurvedReformatView(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Curved Reformat"));
    setObjectName(QStringLiteral("curvedReformat"));
    resize(1000, 480);

    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(QStringLiteral("curved.mode"));
    m_modeBox->addItem(tr("Straightened"), int(imaging::CurvedMode::Straightened));
    m_modeBox->addItem(tr("Stretched"), int(imaging::CurvedMode::Stretched));
    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { setMode(imaging::CurvedMode(m_modeBox->itemData(i).toInt())); });

    m_angleSlider = new QSlider(Qt::Horizontal, this);
    m_angleSlider->setObjectName(QStringLiteral("curved.angle"));
    m_angleSlider->setRange(-180, 180);
    m_angleSlider->setToolTip(tr("Turns the reformat about the path (or drag across it)"));
    connect(m_angleSlider, &QSlider::valueChanged, this, [this](int v) {
        if (std::lround(m_options.angleDeg) != v)
            setAngle(v);
    });

    m_widthBox = new QDoubleSpinBox(this);
    m_widthBox->setObjectName(QStringLiteral("curved.width"));
    m_widthBox->setRange(10, 300);
    m_widthBox->setSuffix(tr(" mm"));
    m_widthBox->setDecimals(0);
    m_widthBox->setValue(m_options.widthMm);
    m_widthBox->setToolTip(tr("How far the reformat reaches across the path"));
    connect(m_widthBox, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_options.widthMm = v;
        recompute();
    });

    m_thicknessBox = new QDoubleSpinBox(this);
    m_thicknessBox->setObjectName(QStringLiteral("curved.thickness"));
    m_thicknessBox->setRange(0, 50);
    m_thicknessBox->setSuffix(tr(" mm MIP"));
    m_thicknessBox->setDecimals(0);
    m_thicknessBox->setSpecialValueText(tr("Thin"));
    m_thicknessBox->setToolTip(tr("Maximum intensity across the reformat's plane: a vessel the path misses a little still shows"));
    connect(m_thicknessBox, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_options.thicknessMm != v)
            setThickness(v);
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Reformat:"), this));
    controls->addWidget(m_modeBox);
    controls->addWidget(new QLabel(tr("Angle:"), this));
    controls->addWidget(m_angleSlider, 1);
    controls->addWidget(new QLabel(tr("Width:"), this));
    controls->addWidget(m_widthBox);
    controls->addWidget(new QLabel(tr("Thickness:"), this));
    controls->addWidget(m_thicknessBox);
    m_inMpr = new QCheckBox(tr("Cross-section in the MPR"), this);
    m_inMpr->setObjectName(QStringLiteral("curved.inMpr"));
    m_inMpr->setChecked(true);
    m_inMpr->setToolTip(tr("The viewer's MPR planes turn with the marker: one shows the cross-section, the other two "
                           "run along the path; measure there as on any plane"));
    connect(m_inMpr, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_image)
            emit crossSectionChanged(m_image->crossSection(m_marker));
    });
    controls->addWidget(m_inMpr);
    auto *exportButton = new QPushButton(tr("Export Image…"), this);
    exportButton->setObjectName(QStringLiteral("curved.export"));
    exportButton->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (!m_image)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the curved reformat"), QStringLiteral("curved.png"),
                                                          tr("Images (*.png *.jpg)"));
        if (path.isEmpty())
            return;
        if (const Status s = exportPicture(path); !s.ok())
            m_summary->setText(s.error().message());
    });
    controls->addWidget(exportButton);

    m_canvas = new CurvedCanvas(this);
    m_canvas->setObjectName(QStringLiteral("curved.canvas"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("curved.summary"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_summary);
    updateSummary();
}

CurvedReformatView::~CurvedReformatView() = default;

void CurvedReformatView::setPath(std::shared_ptr<const dicom::Volume> volume, std::vector<imaging::Vec3> points,
                                 const imaging::SliceGeometry &drawnOn, const imaging::WindowLevel &window, const QString &title,
                                 const QString &valueUnit)
{
    m_unit = valueUnit;
    // The same volume's path moved: the marker stays where it was along it, and the window.
    const bool edited = m_volume && volume == m_volume && m_image;
    m_volume = std::move(volume);
    m_points = std::move(points);
    m_drawnOn = drawnOn;
    if (!edited) {
        m_window = window;
        m_window.inverted = false;
        m_image.reset();
        m_cross.reset();
        m_markerPending = true;
    }
    setWindowTitle(tr("Curved Reformat — %1").arg(title));
    recompute();
}

void CurvedReformatView::recompute()
{
    if (!m_volume || m_points.size() < 2)
        return;
    imaging::CurvedOptions options = m_options;
    options.down = imaging::downOnImage(m_points, options.mode, m_drawnOn.row, m_drawnOn.column);
    m_request.start(
        [volume = m_volume, points = m_points, options](const CancellationToken &) {
            return imaging::curvedReformat(*volume, points, options);
        },
        [this](Result<imaging::CurvedImage> result) {
            if (!result.ok()) {
                m_error = result.error().reason;
                m_image.reset();
                m_cross.reset();
            } else {
                m_error.clear();
                m_image = std::make_shared<const imaging::CurvedImage>(std::move(result).value());
                if (m_markerPending) {
                    m_markerPending = false;
                    m_marker = (m_image->width - 1) / 2.0;
                    m_second.reset();   // its column meant another length
                }
                m_marker = std::clamp(m_marker, 0.0, double(m_image->width - 1));
                if (m_second)
                    m_second = std::clamp(*m_second, 0.0, double(m_image->width - 1));
                recomputeCrossSection();
            }
            updateSummary();
            m_canvas->update();
        });
}

void CurvedReformatView::recomputeCrossSection()
{
    if (!m_image || !m_volume)
        return;
    const imaging::Plane plane = m_image->crossSection(m_marker);
    if (m_inMpr->isChecked())
        emit crossSectionChanged(plane);
    imaging::ResliceOptions options;
    options.pixelSpacing = m_image->spacing;
    options.width = options.height = std::max(1, m_image->height);
    m_crossRequest.start(
        [volume = m_volume, plane, options](const CancellationToken &) { return imaging::reslice(*volume, plane, options); },
        [this](Result<imaging::SliceImage> result) {
            m_cross.reset();
            if (result.ok())
                m_cross.emplace(std::move(result.value()));
            m_canvas->update();
        });
}

void CurvedReformatView::setMode(imaging::CurvedMode mode)
{
    if (m_modeBox->currentData().toInt() != int(mode))
        m_modeBox->setCurrentIndex(m_modeBox->findData(int(mode)));
    if (m_options.mode == mode)
        return;
    m_options.mode = mode;
    m_angleSlider->setEnabled(mode == imaging::CurvedMode::Straightened);
    m_markerPending = true;   // the columns mean other lengths now
    recompute();
}

void CurvedReformatView::setAngle(double degrees)
{
    m_options.angleDeg = std::clamp(degrees, -180.0, 180.0);
    const QSignalBlocker block(m_angleSlider);
    m_angleSlider->setValue(int(std::lround(m_options.angleDeg)));
    recompute();
}

void CurvedReformatView::setThickness(double mm)
{
    m_options.thicknessMm = std::max(0.0, mm);
    const QSignalBlocker block(m_thicknessBox);
    m_thicknessBox->setValue(m_options.thicknessMm);
    recompute();
}

void CurvedReformatView::setWindow(const imaging::WindowLevel &window)
{
    m_window = window;
    m_canvas->update();
}

void CurvedReformatView::setMarker(double column)
{
    if (!m_image)
        return;
    m_marker = std::clamp(column, 0.0, double(m_image->width - 1));
    recomputeCrossSection();
    updateSummary();
    m_canvas->update();
    emit pointLocated(m_image->patientPosition(m_marker, m_image->centreRow()));
}

void CurvedReformatView::setSecondMark(std::optional<double> column)
{
    if (column && !m_image)
        return;
    m_second = column ? std::optional(std::clamp(*column, 0.0, double(m_image->width - 1))) : std::nullopt;
    updateSummary();
    m_canvas->update();
}

std::optional<double> CurvedReformatView::lengthBetweenMarks() const
{
    if (!m_second || !m_image)
        return std::nullopt;
    return std::abs(m_image->distanceAlong(*m_second) - m_image->distanceAlong(m_marker));
}

bool CurvedReformatView::crossSectionInMpr() const { return m_inMpr->isChecked(); }

void CurvedReformatView::setCrossSectionInMpr(bool on) { m_inMpr->setChecked(on); }

bool CurvedReformatView::busy() const { return m_request.busy() || m_crossRequest.busy(); }

QRectF CurvedReformatView::reformatRect() const
{
    if (!m_image)
        return {};
    const QRectF area(0, 0, m_canvas->width() * 0.7 - 4, m_canvas->height());
    return fitted(QSizeF(m_image->width, m_image->height), area);
}

QRectF CurvedReformatView::crossSectionRect() const
{
    if (!m_cross)
        return {};
    const QRectF area(m_canvas->width() * 0.7 + 4, 0, m_canvas->width() * 0.3 - 4, m_canvas->height());
    return fitted(QSizeF(m_cross->geometry.width, m_cross->geometry.height), area);
}

QString CurvedReformatView::summary() const { return m_summary->text(); }

QString CurvedReformatView::readout(QPointF at) const
{
    if (!m_image)
        return {};
    const auto value = [this](float v) { return QStringLiteral("%1 %2").arg(double(v), 0, 'f', 0).arg(m_unit).trimmed(); };
    if (const QRectF r = reformatRect(); r.contains(at)) {
        const QPointF px = pixelAt(r, m_image->width, m_image->height, at);
        const long x = std::lround(px.x()), y = std::lround(px.y());
        if (x < 0 || y < 0 || x >= m_image->width || y >= m_image->height)
            return {};
        return tr("%1 mm along, %2 mm off the path: %3")
            .arg(m_image->distanceAlong(double(x)), 0, 'f', 1)
            .arg(std::abs(double(y) - m_image->centreRow()) * m_image->spacing, 0, 'f', 1)
            .arg(value(m_image->at(int(x), int(y))));
    }
    if (const QRectF c = crossSectionRect(); m_cross && c.contains(at)) {
        const imaging::SliceGeometry &g = m_cross->geometry;
        const QPointF px = pixelAt(c, g.width, g.height, at);
        const long x = std::lround(px.x()), y = std::lround(px.y());
        if (x < 0 || y < 0 || x >= g.width || y >= g.height)
            return {};
        const imaging::Vec3 d = imaging::difference(g.patientPosition(double(x), double(y)), m_image->crossSection(m_marker).center);
        return tr("cross-section, %1 mm from the path: %2").arg(std::sqrt(imaging::dot(d, d)), 0, 'f', 1).arg(value(m_cross->at(int(x), int(y))));
    }
    return {};
}

Status CurvedReformatView::exportPicture(const QString &path) const
{
    if (!m_image)
        return Error(ErrorCode::InvalidArgument, path, tr("there is no reformat to export yet"));
    const QImage picture = windowed(m_image->pixels.data(), m_image->width, m_image->height, m_window);
    if (!picture.save(path))
        return Error(ErrorCode::IoError, path, tr("the picture could not be written"));
    return {};
}

void CurvedReformatView::updateSummary()
{
    QString text;
    if (!m_error.isEmpty()) {
        text = tr("No reformat: %1").arg(m_error);
    } else if (!m_image) {
        text = m_points.size() < 2 ? tr("Lay a path with Tools → Curved Reformat Path") : tr("Reformatting…");
    } else {
        text = m_options.mode == imaging::CurvedMode::Straightened
                   ? tr("Straightened along %1 mm (%2 points), turned %3°").arg(m_image->length, 0, 'f', 1).arg(m_points.size()).arg(m_options.angleDeg, 0, 'f', 0)
                   : tr("Stretched (panoramic) over %1 mm (%2 points)").arg(m_image->length, 0, 'f', 1).arg(m_points.size());
        if (m_options.thicknessMm > 0)
            text += tr(", MIP %1 mm thick").arg(m_options.thicknessMm, 0, 'f', 0);
        text += tr(" · marker at %1 mm").arg(m_image->distanceAlong(m_marker), 0, 'f', 1);
        if (const auto between = lengthBetweenMarks())
            text += tr(" · %1 mm to the second mark").arg(*between, 0, 'f', 1);
    }
    m_summary->setText(text);
    if (!m_image)
        m_canvas->update();
}

} // namespace strata::ui
