#include <strata/ui/models/MprRenderQueue.h>

namespace strata::ui {

bool MprRenderQueue::request()
{
    m_pending = true;
    return !m_rendering;
}

quint64 MprRenderQueue::start()
{
    m_pending = false;
    m_rendering = true;
    return ++m_latest;
}

MprRenderQueue::Finished MprRenderQueue::finish(quint64 ticket)
{
    m_rendering = false;
    Finished f;
    f.show = ticket == m_latest;
    f.startNext = m_pending;
    return f;
}

} // namespace strata::ui
