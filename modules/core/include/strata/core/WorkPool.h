#pragma once
/// The thread pool for data-parallel work (header scans, decoding, hashing, copying).
///
/// Not QThreadPool::globalInstance(): Qt's painter splits large fills into tasks on the global pool
/// and waits for them on the GUI thread, so long work there froze the window for seconds. Code that
/// runs on this pool must not itself wait on this pool (no nested blocking maps).
#include <QThreadPool>

namespace strata {

QThreadPool *workPool();

} // namespace strata
