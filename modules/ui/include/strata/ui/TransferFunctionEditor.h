#pragma once
/// Edits a 3D preset's opacity transfer function over the volume's histogram: each point is a
/// handle (drawn in the colour the preset gives its value) that the mouse drags — sideways the
/// value, up and down the opacity; a double click adds a point, a right click removes one.
#include <strata/render3d/VolumePreset.h>

#include <QWidget>

namespace strata::ui {

class TransferFunctionEditor : public QWidget {
    Q_OBJECT
public:
    explicit TransferFunctionEditor(QWidget *parent = nullptr);

    /// The preset to edit, its values in the volume's units (resolved, not relative), and the
    /// histogram drawn behind it (its range is the editor's value axis).
    void setPreset(const render3d::VolumePreset &preset, const render3d::Histogram &histogram);
    const render3d::VolumePreset &preset() const { return m_preset; }
    /// The widget position of opacity point `index` (for tests and painting).
    QPointF handlePosition(int index) const;

signals:
    /// The user changed the opacity points (emitted while dragging too).
    void presetChanged(const strata::render3d::VolumePreset &preset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QRectF plotRect() const;
    double valueAt(double x) const;
    double opacityAt(double y) const;
    int handleAt(QPointF position) const;

    render3d::VolumePreset m_preset;
    render3d::Histogram m_histogram;
    int m_dragged = -1;
};

} // namespace strata::ui
