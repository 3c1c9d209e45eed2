#pragma once
/// What a viewport draws over the native slices shown lately — the image's own overlay planes, the
/// segmentations' picture, a fused series — made off the GUI thread, one slice at a time: the
/// pictures made (slice → picture), the slices on their way, and a generation that drops a late
/// result once the pictures were dropped (another series, other segments, another opacity).
#include <strata/core/Executors.h>

#include <QHash>
#include <QObject>
#include <QSet>

#include <utility>

namespace strata::ui {

template <typename Picture>
class SlicePictures {
public:
    /// Whether the slice's picture is made or on its way.
    bool has(int slice) const { return m_ready.contains(slice) || m_pending.contains(slice); }
    bool isPending(int slice) const { return m_pending.contains(slice); }
    /// The slice's picture (an empty one while there is none).
    Picture value(int slice) const { return m_ready.value(slice); }
    const QHash<int, Picture> &ready() const { return m_ready; }
    /// Drops every picture; what was asked for before is dropped when it comes.
    void drop()
    {
        ++m_generation;
        m_ready.clear();
        m_pending.clear();
    }
    /// Makes the slice's picture: `make()` on the interactive executor, then — unless the pictures
    /// were dropped meanwhile or `owner` is gone — keeps it and calls `shown(slice)` on `owner`'s
    /// thread. Beyond `keep` pictures, those kept are dropped first (made again when wanted).
    template <typename Make, typename Shown>
    void request(QObject *owner, int slice, int keep, Make make, Shown shown)
    {
        if (m_ready.size() > keep)
            m_ready.clear();
        m_pending.insert(slice);
        runThen(owner, Executor::Interactive, std::move(make),
                [this, slice, generation = m_generation, shown = std::move(shown)](const Picture &picture) {
                    if (generation != m_generation)
                        return;
                    m_pending.remove(slice);
                    m_ready.insert(slice, picture);
                    shown(slice);
                });
    }

private:
    quint64 m_generation = 0;
    QHash<int, Picture> m_ready;
    QSet<int> m_pending;
};

} // namespace strata::ui
