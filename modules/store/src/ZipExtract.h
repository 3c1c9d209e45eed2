#pragma once
/// Extraction of a zip file for import, safe against hostile archives: regular files only (links,
/// devices and FIFOs refused), no absolute names, no `..`, no backslashes, every file created new
/// (O_CREAT|O_EXCL|O_NOFOLLOW) below a folder the caller owns, and limits on the number of
/// entries, on the bytes written and on the compression ratio, counted while inflating.
#include <strata/core/Job.h>
#include <strata/core/Result.h>

#include <QStringList>

namespace strata::store {

struct ZipLimits {
    qint64 maxEntries = 100000;        ///< entries in the central directory
    qint64 maxTotalBytes = 64LL << 30; ///< bytes written for the whole zip
    /// Inflated bytes per compressed byte, per entry (against the entry's stored size) and for the
    /// whole zip (against the zip file's size); below 16 MiB inflated, any ratio passes (a blank
    /// image compresses far better than 200:1).
    qint64 maxRatio = 200;
};

struct ZipExtraction {
    QStringList files;   ///< absolute paths of the files written, in the zip's order
    QStringList refused; ///< "entry: reason", one per entry left out
    qint64 bytes = 0;    ///< written in all
};

/// What an archive of `archiveSize` bytes may unpack to in all: `maxRatio` times its size, at
/// least 16 MiB (any ratio passes below that), at most `maxTotalBytes`.
qint64 unpackBudget(qint64 archiveSize, const ZipLimits &limits = {});

/// Extracts `zipPath` into `targetDir` (an existing, private, empty folder). An entry that is
/// unsafe or over the per-entry ratio is refused and listed; the zip as a whole fails (an Error
/// naming it) when it cannot be read, has too many entries, or exceeds the total size or ratio —
/// whatever was written by then stays in `targetDir` for the caller to remove with it.
Result<ZipExtraction> extractZip(const QString &zipPath, const QString &targetDir, const ZipLimits &limits = {},
                                 const CancellationToken &cancel = {});

} // namespace strata::store
