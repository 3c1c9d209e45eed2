#include <strata/ui/models/LayoutModel.h>

#include <algorithm>

namespace strata::ui {

using imaging::PlaneOrientation;

const std::array<LayoutModel::Preset, 5> &LayoutModel::presets()
{
    static const std::array<Preset, 5> all{Preset::Single, Preset::OneByTwo, Preset::TwoByOne, Preset::TwoByTwo, Preset::Mpr};
    return all;
}

std::vector<LayoutCell> LayoutModel::presetCells(Preset preset)
{
    switch (preset) {
    case Preset::Single: return {{0, 0, 1, 1}};
    case Preset::OneByTwo: return {{0, 0, 1, 1}, {0, 1, 1, 1}};
    case Preset::TwoByOne: return {{0, 0, 1, 1}, {1, 0, 1, 1}};
    case Preset::TwoByTwo: return {{0, 0, 1, 1}, {0, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 1, 1}};
    case Preset::Mpr:
        return {{0, 0, 3, 1, ViewKind::MprPlane, PlaneOrientation::Axial},
                {0, 1, 1, 1, ViewKind::MprPlane, PlaneOrientation::Coronal},
                {1, 1, 1, 1, ViewKind::MprPlane, PlaneOrientation::Sagittal},
                {2, 1, 1, 1, ViewKind::Slices}};
    }
    return {{0, 0, 1, 1}};
}

QString LayoutModel::key(Preset preset)
{
    switch (preset) {
    case Preset::Single: return QStringLiteral("1x1");
    case Preset::OneByTwo: return QStringLiteral("1x2");
    case Preset::TwoByOne: return QStringLiteral("2x1");
    case Preset::TwoByTwo: return QStringLiteral("2x2");
    case Preset::Mpr: return QStringLiteral("mpr");
    }
    return QStringLiteral("1x1");
}

std::optional<LayoutModel::Preset> LayoutModel::fromKey(const QString &key)
{
    for (Preset p : presets())
        if (LayoutModel::key(p) == key.toLower())
            return p;
    return std::nullopt;
}

QString LayoutModel::name(Preset preset)
{
    switch (preset) {
    case Preset::Single: return tr("1×1");
    case Preset::OneByTwo: return tr("1×2 (side by side)");
    case Preset::TwoByOne: return tr("2×1 (one above the other)");
    case Preset::TwoByTwo: return tr("2×2");
    case Preset::Mpr: return tr("1+3 MPR");
    }
    return {};
}

LayoutModel::LayoutModel(Preset preset) { setPreset(preset); }

void LayoutModel::setPreset(Preset preset)
{
    m_preset = preset;
    m_cells = presetCells(preset);
    // The 1+3 MPR layout gives the big plane two thirds of the width.
    m_columnStretch = preset == Preset::Mpr ? std::vector<int>{2, 1} : std::vector<int>{};
}

bool LayoutModel::setCells(std::vector<LayoutCell> cells, std::vector<int> columnStretch)
{
    if (cells.empty() || int(cells.size()) > kMaxCells)
        return false;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const LayoutCell &a = cells[i];
        if (a.row < 0 || a.column < 0 || a.rowSpan < 1 || a.columnSpan < 1)
            return false;
        for (std::size_t j = 0; j < i; ++j) {
            const LayoutCell &b = cells[j];
            const bool rows = a.row < b.row + b.rowSpan && b.row < a.row + a.rowSpan;
            const bool columns = a.column < b.column + b.columnSpan && b.column < a.column + a.columnSpan;
            if (rows && columns)
                return false;
        }
    }
    m_preset.reset();
    m_cells = std::move(cells);
    m_columnStretch = std::move(columnStretch);
    return true;
}

int LayoutModel::rows() const
{
    int n = 0;
    for (const LayoutCell &c : m_cells)
        n = std::max(n, c.row + c.rowSpan);
    return n;
}

int LayoutModel::columns() const
{
    int n = 0;
    for (const LayoutCell &c : m_cells)
        n = std::max(n, c.column + c.columnSpan);
    return n;
}

int LayoutModel::columnStretch(int column) const
{
    if (column >= 0 && column < int(m_columnStretch.size()))
        return std::max(1, m_columnStretch[std::size_t(column)]);
    return 1;
}

int LayoutModel::indexOf(ViewKind kind) const
{
    for (std::size_t i = 0; i < m_cells.size(); ++i)
        if (m_cells[i].kind == kind)
            return int(i);
    return -1;
}

} // namespace strata::ui
