#include <strata/core/Allocator.h>

#include <malloc.h>

namespace strata {

void configureAllocatorForImages()
{
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

} // namespace strata
