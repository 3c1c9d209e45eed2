#pragma once
/// The 3D view's clipping box: two sliders per patient axis (right–left, anterior–posterior,
/// inferior–superior) that set the box's faces within the volume's bounds, with the positions in mm.
#include <QFrame>

#include <array>

class QLabel;
class QSlider;

namespace strata::ui {

class ClipBoxPanel : public QFrame {
    Q_OBJECT
public:
    /// Slider steps across the volume's extent along one axis.
    static constexpr int kSteps = 1000;

    explicit ClipBoxPanel(QWidget *parent = nullptr);

    /// The volume's bounds (LPS, mm: xmin, xmax, ymin, ymax, zmin, zmax); the box opens on all of it.
    void setBounds(const std::array<double, 6> &bounds);
    /// The box the sliders set now (LPS, mm), inside the bounds.
    std::array<double, 6> box() const;
    /// Moves the sliders to `box` (clamped to the bounds); emits boxChanged once.
    void setBox(const std::array<double, 6> &box);
    /// The whole volume again.
    void reset();

signals:
    /// The box moved; `dragging` while a slider is held (the view renders coarser frames then).
    void boxChanged(const std::array<double, 6> &box, bool dragging);

private:
    void sliderMoved(int face);
    void updateLabels();

    std::array<double, 6> m_bounds{0, 1, 0, 1, 0, 1};
    std::array<QSlider *, 6> m_sliders{};
    std::array<QLabel *, 3> m_labels{};
    bool m_quiet = false;
};

} // namespace strata::ui
