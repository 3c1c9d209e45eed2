#include <strata/ui/models/ScrollSyncModel.h>

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
