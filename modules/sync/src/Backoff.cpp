#include <strata/sync/Backoff.h>

#include <algorithm>
#include <cmath>

namespace strata::sync {

qint64 backoffDelayMs(int failures, const BackoffPolicy &policy, double random01)
{
    const int exponent = std::clamp(failures - 1, 0, 40);
    const double full = std::min(double(policy.maxMs), double(policy.baseMs) * std::ldexp(1.0, exponent));
    const double jitter = std::clamp(policy.jitter, 0.0, 1.0) * std::clamp(random01, 0.0, 1.0);
    return qint64(std::llround(full * (1.0 - jitter)));
}

} // namespace strata::sync
