#pragma once
/// Window/level: the VOI LUT functions of DICOM PS3.3 C.11.2.1.2 (LINEAR, LINEAR_EXACT, SIGMOID)
/// mapping output-unit values (HU for CT) to 8-bit display values, CT presets, presets from a
/// file's Window Center/Width, and an automatic window from the histogram.
///
/// Every function here is pure and thread-safe (the viewer calls them from its render worker).
#include <strata/dicom/DicomHeader.h>
#include <strata/dicom/Volume.h>

#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace strata::imaging {

/// VOI LUT Function (0028,1056).
enum class VoiFunction { Linear, LinearExact, Sigmoid };

/// "LINEAR", "LINEAR_EXACT" or "SIGMOID" → the function; empty or unknown → Linear (the default
/// the standard prescribes when the attribute is absent).
VoiFunction voiFunctionFromString(const QString &name);
QString voiFunctionName(VoiFunction function);

/// A window: centre and width in output units, the VOI function, and whether black and white are
/// swapped (invert; also the way to show MONOCHROME1).
struct WindowLevel {
    double center = 40;
    double width = 400;
    VoiFunction function = VoiFunction::Linear;
    bool inverted = false;
    /// A VOI LUT of the file (VOI LUT Sequence): when set, it maps the values instead of the
    /// function, its output range onto 0..255; centre and width then span the table's input range,
    /// so that an adjustment starting from it (which drops the table) begins where it was.
    std::shared_ptr<const dicom::VoiLut> table = nullptr;

    /// LINEAR needs width ≥ 1, LINEAR_EXACT and SIGMOID width > 0 (PS3.3 C.11.2.1.2); a table
    /// needs entries.
    bool isValid() const;
    bool operator==(const WindowLevel &) const = default;
};

/// A named window offered to the user.
struct WindowPreset {
    QString id;           ///< stable key for settings and shortcuts, e.g. "ct.lung", "file.0", "auto"
    QString name;         ///< shown in menus, e.g. "Lung"
    WindowLevel window;
    QString source;       ///< where the values come from (shown as a tooltip)
};

/// The CT presets as centre/width in HU, in menu order: brain 40/80, subdural 75/215,
/// stroke 40/40, lung −600/1500, mediastinum 50/350, abdomen 50/400, liver 30/150, bone 400/1800.
/// Values are the common radiological practice (as taught in radiology references such as
/// Radiopaedia's "Windowing (CT)" article and used as defaults by clinical workstations); stroke
/// uses the 40/40 variant (the narrow 32/8 one is too noisy on a routine head CT).
const std::vector<WindowPreset> &ctPresets();

/// The CT preset with that id ("ct.brain", ...), if any.
std::optional<WindowPreset> ctPreset(const QString &id);

/// One preset per Window Center/Width pair stored in the file, named after its explanation
/// ("Window 1" when none), with the file's VOI LUT Function, then one per table of its VOI LUT
/// Sequence ("VOI LUT 1" when unexplained). Invalid widths and empty tables are skipped.
std::vector<WindowPreset> presetsFromFile(const dicom::PixelDescription &pixel);

/// What the viewer offers for a series: the file's windows first, then the CT presets for CT.
std::vector<WindowPreset> presetsFor(const QString &modality, const dicom::PixelDescription &pixel);

/// The window a series opens with before any value is looked at: the file's first stored window
/// (presetsFromFile), else for CT the abdomen soft-tissue preset (50/400, the modality's default),
/// else none (the caller takes autoWindow() of the first picture). Not inverted: MONOCHROME1 is the
/// caller's. The viewer and the thumbnails both start from it.
std::optional<WindowLevel> openingWindow(const QString &modality, const dicom::PixelDescription &pixel);

/// Options of the automatic window.
struct AutoWindowOptions {
    double lowPercentile = 1.0;    ///< of the voxels that count
    double highPercentile = 99.0;
    /// Values below this do not count (air and padding): for CT −900 HU is used when unset;
    /// for other modalities the minimum value (background/padding) is left out when unset.
    std::optional<double> ignoreBelow;
    std::size_t maxSamples = 1u << 20;  ///< larger inputs are sampled with a regular stride
    /// Values in this range never count: the image's padding (PixelDescription::paddingRange), which
    /// for a MONOCHROME1 radiograph lies above every value and would stretch the window.
    std::optional<std::array<double, 2>> exclude;
};

/// The options of the automatic window for an image of this description: its padding left out.
AutoWindowOptions autoWindowOptions(const dicom::PixelDescription &pixel);

/// A LINEAR window spanning the [low, high] percentiles of the values that count. Returns the
/// given fallback when nothing counts (an empty or all-padding input).
WindowLevel autoWindow(const float *values, std::size_t count, const QString &modality,
                       const AutoWindowOptions &options = {}, WindowLevel fallback = {});
WindowLevel autoWindow(const dicom::Volume &volume, const QString &modality,
                       const AutoWindowOptions &options = {}, WindowLevel fallback = {});

/// The VOI function exactly as the standard writes it, with output range [yMin, yMax], as a
/// real number (no rounding, no inversion).
double voiFunction(double x, const WindowLevel &window, double yMin = 0.0, double yMax = 255.0);

/// The 8-bit display value of one value: the VOI function onto 0..255, rounded to nearest,
/// then inverted if the window says so. The reference the fast path is measured against.
std::uint8_t displayValue(double x, const WindowLevel &window);

/// A grayscale 8-bit image, rows top to bottom, `width` bytes per row. The viewer wraps it without
/// copying: QImage(pixels.data(), width, height, width, QImage::Format_Grayscale8).
struct Image8 {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;
};

/// Maps `count` values to 8-bit display values (the fast path). LINEAR and LINEAR_EXACT are
/// computed directly as a clamped ramp (equal to displayValue() except for float rounding exactly
/// at a half level); SIGMOID goes through a 4096-entry table corrected by the exact level
/// boundaries (equal to displayValue() but for rounding at a boundary). `out` holds `count` bytes.
void applyWindow(const float *values, std::size_t count, const WindowLevel &window, std::uint8_t *out);

/// A whole float image (width × height values, row-major) to 8-bit.
Image8 windowImage(const float *values, int width, int height, const WindowLevel &window);

} // namespace strata::imaging
