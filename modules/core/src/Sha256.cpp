#include <strata/core/Sha256.h>

#include <QCryptographicHash>
#include <QFile>

namespace strata {

Result<QByteArray> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::IoError, path, file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error(ErrorCode::IoError, path, QStringLiteral("read failed: ") + file.errorString());
    return hash.result().toHex();
}

QByteArray sha256Hex(const void *data, qsizetype size)
{
    return QCryptographicHash::hash(QByteArrayView(static_cast<const char *>(data), size),
                                    QCryptographicHash::Sha256)
        .toHex();
}

} // namespace strata
