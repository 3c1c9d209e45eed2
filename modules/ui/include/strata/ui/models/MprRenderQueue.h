#pragma once
/// The render requests of one MPR viewport: one render at a time, the newest state rendered next
/// (requests made while one runs fold into one), and results that a newer series made stale never
/// shown. The viewport runs the renders; this keeps the bookkeeping. No widget: tested headless.
#include <QtGlobal>

namespace strata::ui {

class MprRenderQueue {
public:
    /// A render is wanted (the plane, the slab or the volume changed). True: start one now
    /// (start()); false: one is running, and the newest state is rendered after it.
    bool request();
    /// A render starts now, of the newest state; returns its ticket.
    quint64 start();

    struct Finished {
        bool show = false;       ///< the result is current: show it
        bool startNext = false;  ///< a request came meanwhile: start() the next render now
    };
    /// The render with `ticket` finished.
    Finished finish(quint64 ticket);

    /// Results of renders in flight will not be shown (the viewport shows another series).
    void invalidate() { ++m_latest; }

    bool isRendering() const { return m_rendering; }
    bool isPending() const { return m_pending; }

private:
    quint64 m_latest = 0;  ///< the ticket whose result may be shown
    bool m_rendering = false;
    bool m_pending = false;
};

} // namespace strata::ui
