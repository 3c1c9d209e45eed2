#pragma once
/// When a failed sync job tries again: exponential backoff with jitter, so that many jobs that
/// failed together do not come back together.
#include <QtGlobal>

namespace strata::sync {

struct BackoffPolicy {
    qint64 baseMs = 2000;      ///< the delay after the first failure (before jitter)
    qint64 maxMs = 300000;     ///< no delay longer than this
    double jitter = 0.5;       ///< the delay is drawn from [d·(1 − jitter), d]
};

/// The delay before attempt `failures + 1`, after `failures` (≥ 1) failures in a row:
/// min(max, base · 2^(failures−1)), less up to `jitter` of it by `random01` in [0, 1).
qint64 backoffDelayMs(int failures, const BackoffPolicy &policy, double random01);

} // namespace strata::sync
