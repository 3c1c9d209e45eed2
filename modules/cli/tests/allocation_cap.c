/* Preloaded (LD_PRELOAD) into a strata process by test_cli_privacy in the builds without a
 * sanitizer: any single allocation above STRATA_ALLOCATION_CAP_MB (default 512) MiB ends the
 * process with a message and a backtrace, so that a test sees a parser that asks for what a lying
 * length says instead of a run that happens to survive it. The sanitizer builds get the same from
 * ASan's max_allocation_size_mb. glibc only (__libc_malloc and friends). */
#define _GNU_SOURCE
#include <execinfo.h>
#include <stdio.h>
#include <stdlib.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);

static size_t cap(void)
{
    static size_t bytes;
    if (!bytes) {
        const char *mb = getenv("STRATA_ALLOCATION_CAP_MB");
        const long value = mb ? atol(mb) : 0;
        bytes = (size_t)(value > 0 ? value : 512) << 20;
    }
    return bytes;
}

static void refuse(size_t size)
{
    void *frames[48];
    fprintf(stderr, "allocation cap: %zu bytes asked for in one allocation (cap %zu MiB)\n", size, cap() >> 20);
    backtrace_symbols_fd(frames, backtrace(frames, 48), 2);
    abort();
}

void *malloc(size_t size)
{
    if (size > cap())
        refuse(size);
    return __libc_malloc(size);
}

void *calloc(size_t count, size_t size)
{
    if (size && count > cap() / size)
        refuse(count * size);
    return __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size)
{
    if (size > cap())
        refuse(size);
    return __libc_realloc(pointer, size);
}

int posix_memalign(void **out, size_t alignment, size_t size)
{
    if (size > cap())
        refuse(size);
    *out = __libc_memalign(alignment, size);
    return *out ? 0 : 12; /* ENOMEM */
}

void *aligned_alloc(size_t alignment, size_t size)
{
    if (size > cap())
        refuse(size);
    return __libc_memalign(alignment, size);
}
