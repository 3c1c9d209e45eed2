#pragma once
/// A 3D rendering preset: colour and opacity transfer functions, blend mode and shading, read from
/// JSON (resources/presets/volume3d.json is built in) so that users and tests can add their own.
#include <strata/core/Result.h>

#include <QByteArray>
#include <QString>

#include <array>
#include <vector>

namespace strata::render3d {

/// How samples along a ray become a pixel: alpha compositing, or the largest, smallest or mean value.
enum class BlendMode { Composite, Maximum, Minimum, Average };

/// The JSON name of a blend mode ("composite", "mip", "minip", "average") and back.
QString blendModeName(BlendMode mode);
bool blendModeFromName(const QString &name, BlendMode *mode);

struct ColorPoint {
    double value = 0;  ///< in the volume's units, or 0..1 of its range when the preset is relative
    double r = 0, g = 0, b = 0;  ///< 0..1
};
struct OpacityPoint {
    double value = 0;
    double opacity = 0;  ///< 0..1
};

struct VolumePreset {
    QString name;   ///< key, e.g. "ct-bone"
    QString label;  ///< shown to the user
    BlendMode blend = BlendMode::Composite;
    bool shade = false;
    double ambient = 0.2, diffuse = 0.8, specular = 0.2, specularPower = 10;
    /// Values are fractions of the volume's range (0: its lowest value, 1: its highest), not units.
    bool relative = false;
    std::vector<ColorPoint> colors;      ///< sorted by value
    std::vector<OpacityPoint> opacity;   ///< sorted by value

    /// The points with relative values turned into units for a volume whose values span [low, high]
    /// (a copy with relative = false; unchanged when not relative).
    VolumePreset resolved(double low, double high) const;
};

/// Parses a presets file ({"presets": [{name, label, blend, shade, ambient, diffuse, specular,
/// specularPower, relative, colors: [[v, r, g, b], ...], opacity: [[v, a], ...]}, ...]}).
/// Errors name `source` and what is wrong (a preset without points, an unknown blend mode, ...).
Result<std::vector<VolumePreset>> parsePresets(const QByteArray &json, const QString &source);
/// The built-in presets (resources/presets/volume3d.json, compiled in): ct-bone, ct-soft-tissue,
/// ct-lung, ct-angio, mr-default, pet, mip, minip, average.
const std::vector<VolumePreset> &builtinPresets();
/// The built-in preset called `name`, or nullptr.
const VolumePreset *findPreset(const QString &name);

} // namespace strata::render3d

namespace strata::dicom {
struct Volume;
}

namespace strata::render3d {

/// The volume's values counted in `bins` equal bins over [low, high] (values outside are left out),
/// for the transfer function editor's background. Reads every voxel once: run it off the GUI thread.
struct Histogram {
    double low = 0, high = 0;
    std::vector<qint64> counts;
};
Histogram histogram(const dicom::Volume &volume, int bins);

} // namespace strata::render3d
