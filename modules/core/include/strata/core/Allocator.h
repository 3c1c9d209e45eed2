#pragma once
/// Process-wide allocator settings for a program that decodes many large, short-lived images.

namespace strata {

/// Keeps buffers up to 64 MiB in the heap and trims it only beyond 256 MiB, instead of mapping and
/// unmapping every decoded image (page faults dominated uncompressed decoding otherwise; see
/// docs/performance.md). Call once at the start of main().
void configureAllocatorForImages();

} // namespace strata
