#pragma once
/// The viewer's grid: which cells there are, where each sits (row, column, spans) and what kind of
/// view it holds — native 2D slices, an MPR plane, or a 3D view. The built-in layouts are presets
/// (1×1, 1×2, 2×1, 2×2, 1+3 MPR); any other grid can be set cell by cell. No widget: tested headless.
#include <strata/imaging/Plane.h>

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace strata::ui {

/// What a cell of the layout shows.
enum class ViewKind {
    Slices,    ///< a series' native slices (2D reading)
    MprPlane,  ///< one plane of the volume, resliced (shares the crosshair with the other planes)
    Volume3D,  ///< a rendered 3D view of the volume
};

struct LayoutCell {
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    ViewKind kind = ViewKind::Slices;
    imaging::PlaneOrientation plane = imaging::PlaneOrientation::Axial;  ///< for MprPlane

    bool operator==(const LayoutCell &) const = default;
};

class LayoutModel {
    Q_DECLARE_TR_FUNCTIONS(strata::ui::Viewer)
public:
    enum class Preset { Single, OneByTwo, TwoByOne, TwoByTwo, Mpr };
    /// The most cells a layout may have (the viewer keeps this many viewports).
    static constexpr int kMaxCells = 4;

    static const std::array<Preset, 5> &presets();
    /// The cells of a preset, in viewport order. Mpr: axial (big, left), coronal, sagittal, and
    /// the native slices in the right column.
    static std::vector<LayoutCell> presetCells(Preset preset);
    /// "1x1", "1x2", "2x1", "2x2" or "mpr" (the names settings and `--layout` use).
    static QString key(Preset preset);
    static std::optional<Preset> fromKey(const QString &key);
    /// The name menus show, e.g. "1×2 (side by side)".
    static QString name(Preset preset);

    explicit LayoutModel(Preset preset = Preset::Single);

    /// The preset shown, or none for a grid set cell by cell.
    std::optional<Preset> preset() const { return m_preset; }
    void setPreset(Preset preset);
    /// A grid of one's own; refused (false, nothing changes) when it is empty, has more than
    /// kMaxCells cells, or cells overlap.
    bool setCells(std::vector<LayoutCell> cells, std::vector<int> columnStretch = {});

    const std::vector<LayoutCell> &cells() const { return m_cells; }
    int count() const { return int(m_cells.size()); }
    const LayoutCell &cell(int index) const { return m_cells[std::size_t(index)]; }
    int rows() const;
    int columns() const;
    /// How wide a column is relative to the others (1 unless the layout says otherwise).
    int columnStretch(int column) const;
    /// Whether any cell is of that kind, and the first such cell (-1: none).
    bool contains(ViewKind kind) const { return indexOf(kind) >= 0; }
    int indexOf(ViewKind kind) const;

private:
    std::optional<Preset> m_preset;
    std::vector<LayoutCell> m_cells;
    std::vector<int> m_columnStretch;
};

} // namespace strata::ui
