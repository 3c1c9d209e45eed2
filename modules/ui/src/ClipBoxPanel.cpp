#include "ClipBoxPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace strata::ui {
namespace {

// Face names as sliders are named: the lower and the upper face along x (towards the patient's
// left), y (towards posterior) and z (towards the head), as in LPS.
const char *const kFaceNames[6] = {"xmin", "xmax", "ymin", "ymax", "zmin", "zmax"};

} // namespace

ClipBoxPanel::ClipBoxPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("volume3d.clipBox"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(2);
    auto *title = new QLabel(tr("Clip box"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    grid->addWidget(title, 0, 0, 1, 2);
    auto *reset = new QPushButton(tr("Whole Volume"), this);
    reset->setObjectName(QStringLiteral("volume3d.clipBox.reset"));
    connect(reset, &QPushButton::clicked, this, &ClipBoxPanel::reset);
    grid->addWidget(reset, 0, 2, Qt::AlignRight);
    // In LPS the lower x face is the patient's right side, the lower y face anterior, the lower z face inferior.
    const QString sides[6] = {tr("Right"), tr("Left"), tr("Anterior"), tr("Posterior"), tr("Inferior"), tr("Superior")};
    // The sliders' rows name the side by its letter (R, L, A, P, I, S); the tooltip says it in full.
    const QString letters[6] = {tr("R", "patient right"), tr("L", "patient left"),      tr("A", "anterior"),
                                tr("P", "posterior"),     tr("I", "inferior"),          tr("S", "superior")};
    for (int axis = 0; axis < 3; ++axis) {
        m_labels[std::size_t(axis)] = new QLabel(this);
        grid->addWidget(m_labels[std::size_t(axis)], 1 + 3 * axis, 0, 1, 3);
        for (int end = 0; end < 2; ++end) {
            const int face = 2 * axis + end;
            auto *name = new QLabel(letters[face], this);
            name->setToolTip(sides[face]);
            auto *slider = new QSlider(Qt::Horizontal, this);
            slider->setObjectName(QStringLiteral("volume3d.clipBox.%1").arg(QLatin1String(kFaceNames[face])));
            slider->setRange(0, kSteps);
            slider->setValue(end == 0 ? 0 : kSteps);
            slider->setToolTip(tr("Moves the box's %1 face").arg(sides[face].toLower()));
            connect(slider, &QSlider::valueChanged, this, [this, face] { sliderMoved(face); });
            connect(slider, &QSlider::sliderReleased, this, [this] { emit boxChanged(box(), false); });
            m_sliders[std::size_t(face)] = slider;
            grid->addWidget(name, 2 + 3 * axis + end, 0);
            grid->addWidget(slider, 2 + 3 * axis + end, 1, 1, 2);
        }
    }
    updateLabels();
}

void ClipBoxPanel::setBounds(const std::array<double, 6> &bounds)
{
    m_bounds = bounds;
    for (int a = 0; a < 3; ++a)   // a flat volume still gets a box of some thickness
        if (m_bounds[std::size_t(2 * a + 1)] <= m_bounds[std::size_t(2 * a)])
            m_bounds[std::size_t(2 * a + 1)] = m_bounds[std::size_t(2 * a)] + 1;
    const QSignalBlocker quiet(this);
    reset();
}

std::array<double, 6> ClipBoxPanel::box() const
{
    std::array<double, 6> b{};
    for (std::size_t face = 0; face < 6; ++face) {
        const double lo = m_bounds[face & ~std::size_t(1)], hi = m_bounds[face | 1];
        b[face] = lo + (hi - lo) * m_sliders[face]->value() / double(kSteps);
    }
    return b;
}

void ClipBoxPanel::setBox(const std::array<double, 6> &box)
{
    m_quiet = true;
    for (std::size_t face = 0; face < 6; ++face) {
        const double lo = m_bounds[face & ~std::size_t(1)], hi = m_bounds[face | 1];
        const double t = std::clamp((box[face] - lo) / (hi - lo), 0.0, 1.0);
        m_sliders[face]->setValue(int(std::lround(t * kSteps)));
    }
    for (std::size_t axis = 0; axis < 3; ++axis)   // the upper face never below the lower one
        if (m_sliders[2 * axis + 1]->value() < m_sliders[2 * axis]->value())
            m_sliders[2 * axis + 1]->setValue(m_sliders[2 * axis]->value());
    m_quiet = false;
    updateLabels();
    emit boxChanged(this->box(), false);
}

void ClipBoxPanel::reset() { setBox(m_bounds); }

void ClipBoxPanel::sliderMoved(int face)
{
    if (m_quiet)
        return;
    // A face pushed past its partner takes the partner along.
    m_quiet = true;
    QSlider *moved = m_sliders[std::size_t(face)];
    QSlider *partner = m_sliders[std::size_t(face ^ 1)];
    if (face % 2 == 0 && partner->value() < moved->value())
        partner->setValue(moved->value());
    if (face % 2 == 1 && partner->value() > moved->value())
        partner->setValue(moved->value());
    m_quiet = false;
    updateLabels();
    emit boxChanged(box(), moved->isSliderDown());
}

void ClipBoxPanel::updateLabels()
{
    std::array<double, 6> b = box();
    for (double &v : b)   // to the tenth shown, and never "-0.0"
        v = std::round(v * 10) / 10 + 0.0;
    const QString axes[3] = {tr("R–L"), tr("A–P"), tr("I–S")};
    for (std::size_t axis = 0; axis < 3; ++axis)
        m_labels[axis]->setText(tr("%1: %2 to %3 mm").arg(axes[axis]).arg(b[2 * axis], 0, 'f', 1).arg(b[2 * axis + 1], 0, 'f', 1));
}

} // namespace strata::ui
