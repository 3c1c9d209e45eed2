#pragma once
/// SHA-256 of files and byte ranges, as lower-case hex.
#include <strata/core/Result.h>

#include <QByteArray>
#include <QString>

namespace strata {

/// SHA-256 of a whole file, read in chunks (never loads the file at once).
Result<QByteArray> sha256OfFile(const QString &path);
/// SHA-256 of a buffer, as lower-case hex.
QByteArray sha256Hex(const void *data, qsizetype size);

} // namespace strata
