#include <strata/ui/models/ViewportImage.h>

#include <cmath>

namespace strata::ui {

void ViewportImage::startSeries(const dicom::PixelDescription &pixel, const QString &modality)
{
    clear();
    m_windowSet = false;
    if (const auto opening = imaging::openingWindow(modality, pixel)) {
        m_window = *opening;
        m_windowSet = true;
    }
    m_window.inverted = pixel.displaysInverted();  // MONOCHROME1 (or Presentation LUT Shape INVERSE) shown as MONOCHROME2
}

void ViewportImage::clear()
{
    m_owner.reset();
    m_values = {};
    m_geometry.reset();
    m_color = false;
    m_picture = QImage();
}

void ViewportImage::setValues(std::shared_ptr<const void> owner, std::span<const float> values, const imaging::SliceGeometry &geometry)
{
    m_owner = std::move(owner);
    m_values = values;
    m_geometry = geometry;
    m_color = false;
}

void ViewportImage::setColor(std::shared_ptr<const std::vector<std::uint32_t>> rgb, const imaging::SliceGeometry &geometry)
{
    m_values = {};
    m_geometry = geometry;
    m_color = true;
    m_picture = QImage(reinterpret_cast<const uchar *>(rgb->data()), geometry.width, geometry.height, geometry.width * 4,
                       QImage::Format_RGB32);
    m_owner = std::move(rgb);
}

bool ViewportImage::rewindow()
{
    if (m_color)
        return false;  // shown as stored
    if (m_values.empty() || !m_geometry) {
        m_picture = QImage();
        return false;
    }
    const int w = m_geometry->width, h = m_geometry->height;
    m_pixels.resize(std::size_t(w) * std::size_t(h));
    imaging::applyWindowColor(m_values.data(), m_pixels.size(), m_window, m_colorMap, m_pixels.data());
    m_picture = QImage(reinterpret_cast<const uchar *>(m_pixels.data()), w, h, w * 4, QImage::Format_RGB32);
    return true;
}

std::optional<float> ViewportImage::valueAt(QPointF pixel) const
{
    if (!m_geometry || m_values.empty())
        return std::nullopt;
    const long x = std::lround(pixel.x()), y = std::lround(pixel.y());
    if (x < 0 || y < 0 || x >= m_geometry->width || y >= m_geometry->height)
        return std::nullopt;
    return m_values[std::size_t(y) * std::size_t(m_geometry->width) + std::size_t(x)];
}

bool ViewportImage::setWindow(const imaging::WindowLevel &window)
{
    if (!window.isValid())
        return false;
    m_windowSet = true;
    if (window == m_window)
        return false;
    m_window = window;
    return true;
}

void ViewportImage::setAutomaticWindow(const QString &modality, const imaging::AutoWindowOptions &options)
{
    const bool inverted = m_window.inverted;
    m_window = imaging::autoWindow(m_values.data(), m_values.size(), modality, options, m_window);
    m_window.inverted = inverted;
    m_windowSet = true;
}

bool ViewportImage::setColorMap(imaging::ColorMap map)
{
    if (map == m_colorMap)
        return false;
    m_colorMap = map;
    return true;
}

} // namespace strata::ui
