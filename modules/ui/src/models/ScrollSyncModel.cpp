#include <strata/ui/models/ScrollSyncModel.h>

#include <algorithm>
#include <cmath>

namespace strata::ui {

int ScrollSyncModel::nearestSlice(const std::vector<imaging::Vec3> &origins, const imaging::Vec3 &normal, double position,
                                  int fallback)
{
    int best = fallback;
    double bestDistance = 1e300;
    for (std::size_t k = 0; k < origins.size(); ++k) {
        const double d = std::abs(imaging::dot(origins[k], normal) - position);
        if (d < bestDistance) {
            bestDistance = d;
            best = int(k);
        }
    }
    return best;
}

double ScrollSyncModel::onSliceTolerance(const std::vector<imaging::SliceGeometry> &slices, int slice)
{
    const imaging::SliceGeometry &g = slices[std::size_t(slice)];
    double step = 0;
    for (int k : {slice - 1, slice + 1})
        if (k >= 0 && k < int(slices.size()))
            step = std::max(step, std::abs(g.distance(slices[std::size_t(k)].origin)));
    return std::max({0.5 * step, 0.5 * g.thickness, 0.5});
}

std::optional<int> ScrollSyncModel::sliceThrough(const std::vector<imaging::SliceGeometry> &slices, const imaging::Vec3 &point)
{
    int best = -1;
    double bestDistance = 1e300;
    for (std::size_t k = 0; k < slices.size(); ++k)
        if (const double d = std::abs(slices[k].distance(point)); d < bestDistance) {
            bestDistance = d;
            best = int(k);
        }
    if (best < 0 || bestDistance > onSliceTolerance(slices, best))
        return std::nullopt;
    const imaging::SliceGeometry &g = slices[std::size_t(best)];
    const auto px = g.pixelPosition(point);
    if (px[0] < -0.5 || px[1] < -0.5 || px[0] > g.width - 0.5 || px[1] > g.height - 0.5)
        return std::nullopt;
    return best;
}

void ScrollSyncModel::link(int active, const Stacks &stacks)
{
    m_offsets.assign(stacks.size(), 0.0);
    if (active < 0 || active >= int(stacks.size()) || !stacks[std::size_t(active)])
        return;
    const SyncStack &a = *stacks[std::size_t(active)];
    for (std::size_t i = 0; i < stacks.size(); ++i) {
        if (int(i) == active || !stacks[i])
            continue;
        if (a.frameOfReference.isEmpty() || stacks[i]->frameOfReference != a.frameOfReference)
            m_offsets[i] = a.position() - stacks[i]->position();
    }
}

void ScrollSyncModel::clear(int index)
{
    if (index >= 0 && index < int(m_offsets.size()))
        m_offsets[std::size_t(index)] = 0;
}

double ScrollSyncModel::offset(int index) const
{
    return index >= 0 && index < int(m_offsets.size()) ? m_offsets[std::size_t(index)] : 0.0;
}

std::vector<std::pair<int, int>> ScrollSyncModel::follow(int source, const Stacks &stacks) const
{
    std::vector<std::pair<int, int>> moves;
    if (source < 0 || source >= int(stacks.size()) || !stacks[std::size_t(source)])
        return moves;
    const SyncStack &s = *stacks[std::size_t(source)];
    const imaging::Vec3 n = s.normal;
    const double position = s.position() + offset(source);
    for (std::size_t i = 0; i < stacks.size(); ++i) {
        if (int(i) == source || !stacks[i] || stacks[i]->series == s.series)
            continue;
        const SyncStack &v = *stacks[i];
        if (std::abs(imaging::dot(v.normal, n)) < 0.99)
            continue;  // not parallel: reference lines show the relation instead
        // Another frame of reference (a prior study) keeps the offset the two had when linked.
        const int slice = nearestSlice(v.origins, n, position - offset(int(i)), v.slice);
        if (slice != v.slice)
            moves.emplace_back(int(i), slice);
    }
    return moves;
}

} // namespace strata::ui
