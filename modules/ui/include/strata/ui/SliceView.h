#pragma once
/// Shows one slice of a volume with a window/level: wheel or arrow keys scroll, right-drag changes
/// the window. Paints a QImage; holds no VTK.
#include <strata/dicom/Volume.h>

#include <QImage>
#include <QWidget>

#include <memory>

namespace strata::ui {

class SliceView : public QWidget {
    Q_OBJECT
public:
    explicit SliceView(QWidget *parent = nullptr);

    void setVolume(std::shared_ptr<const dicom::Volume> volume, double center, double width);
    int slice() const { return m_slice; }
    void setSlice(int slice);
    void setWindow(double center, double width);
    double windowCenter() const { return m_center; }
    double windowWidth() const { return m_width; }
    /// The current slice rendered at native resolution (grayscale as RGB32).
    const QImage &image() const { return m_image; }

signals:
    void sliceChanged(int slice);

protected:
    void paintEvent(QPaintEvent *) override;
    void wheelEvent(QWheelEvent *) override;
    void keyPressEvent(QKeyEvent *) override;
    void mousePressEvent(QMouseEvent *) override;
    void mouseMoveEvent(QMouseEvent *) override;

private:
    void render();
    std::shared_ptr<const dicom::Volume> m_volume;
    QImage m_image;
    int m_slice = 0;
    double m_center = 40;
    double m_width = 400;
    QPoint m_dragStart;
    double m_dragCenter = 0;
    double m_dragWidth = 0;
};

} // namespace strata::ui
