#include <strata/net/Interactive.h>

#include <atomic>

namespace strata::net {

namespace {
std::atomic<int> g_active{0};
}

int interactiveActivity() { return g_active.load(); }

InteractiveScope::InteractiveScope() { g_active.fetch_add(1); }
InteractiveScope::~InteractiveScope() { g_active.fetch_sub(1); }

} // namespace strata::net
