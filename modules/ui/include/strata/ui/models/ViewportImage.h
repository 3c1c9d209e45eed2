#pragma once
/// The image a viewport shows: its values (HU, …) and where they lie, the window and colour map,
/// and the windowed picture that is painted. The first window is the file's own, else an automatic
/// one from the first image; colour images are shown as stored. No widget: tested headless.
#include <strata/dicom/DicomHeader.h>
#include <strata/imaging/ColorMap.h>
#include <strata/imaging/Plane.h>
#include <strata/imaging/WindowLevel.h>

#include <QImage>
#include <QPointF>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace strata::ui {

class ViewportImage {
public:
    /// A new series: no image; the window is imaging::openingWindow() — the file's first Window
    /// Center/Width (with its VOI function), else the modality's default (CT) — or, when there is
    /// none, unset until the first image; MONOCHROME1 is shown inverted.
    void startSeries(const dicom::PixelDescription &pixel, const QString &modality = {});
    /// No image (the window and colour map stay).
    void clear();

    /// Grayscale values, `geometry.width × geometry.height`, whose memory `owner` keeps alive.
    /// Call rewindow() (after setAutomaticWindow() if no window is set) to see them.
    void setValues(std::shared_ptr<const void> owner, std::span<const float> values, const imaging::SliceGeometry &geometry);
    /// Colour pixels as 0xffRRGGBB words, shown as stored (no window, no colour map).
    void setColor(std::shared_ptr<const std::vector<std::uint32_t>> rgb, const imaging::SliceGeometry &geometry);

    /// Windows and colour-maps the values into the picture. Returns whether a new picture came out
    /// (false for a colour image, which needs none, and when there are no values: then no picture).
    bool rewindow();

    bool hasPicture() const { return !m_picture.isNull(); }
    /// After window and colour map, one pixel per image pixel, unturned (aliases this object's memory).
    const QImage &picture() const { return m_picture; }
    const std::optional<imaging::SliceGeometry> &geometry() const { return m_geometry; }
    std::span<const float> values() const { return m_values; }
    bool isColor() const { return m_color; }
    /// The value of the image pixel nearest a (fractional) pixel position, if inside the image.
    std::optional<float> valueAt(QPointF pixel) const;

    const imaging::WindowLevel &window() const { return m_window; }
    /// Whether a window was chosen (the file's, an automatic one or the user's).
    bool windowIsSet() const { return m_windowSet; }
    /// Sets a valid window (an invalid one is ignored); returns whether it changed.
    bool setWindow(const imaging::WindowLevel &window);
    /// The 1st–99th percentile window of the values for the modality, keeping the inversion.
    void setAutomaticWindow(const QString &modality, const imaging::AutoWindowOptions &options = {});
    imaging::ColorMap colorMap() const { return m_colorMap; }
    /// Returns whether it changed.
    bool setColorMap(imaging::ColorMap map);

private:
    std::shared_ptr<const void> m_owner;  ///< keeps m_values' (or the colour pixels') memory alive
    std::span<const float> m_values;
    std::optional<imaging::SliceGeometry> m_geometry;
    bool m_color = false;
    QImage m_picture;
    std::vector<std::uint32_t> m_pixels;
    imaging::WindowLevel m_window;
    bool m_windowSet = false;
    imaging::ColorMap m_colorMap = imaging::ColorMap::Grayscale;
};

} // namespace strata::ui
