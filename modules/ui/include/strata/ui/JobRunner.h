#pragma once
/// Transitional: the window's jobs now run on core's named executors (strata/core/Executors.h,
/// `startOwnedJob` included); this header keeps `jobPool()` for the viewer until it uses them.
#include <strata/core/Executors.h>

namespace strata::ui {

/// The Jobs executor, under its old name.
inline QThreadPool *jobPool() { return executor(Executor::Jobs); }

} // namespace strata::ui
