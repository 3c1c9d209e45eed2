#pragma once
#include <strata/store/LocalCache.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace strata::store {

class LocalCache::Private {
public:
    QString dataDir;
    QString connection;
    QSqlDatabase db;
    RecoveryReport recovery;
    int version = 0;

    QString storeDir() const { return dataDir + QStringLiteral("/store"); }
    QString tempDir() const { return dataDir + QStringLiteral("/store/tmp"); }
    QString absolute(const QString &relative) const { return storeDir() + QLatin1Char('/') + relative; }

    /// An error about the index, naming the database file.
    Error sqlError(const QString &what, const QSqlError &e) const
    {
        return Error(ErrorCode::IoError, dataDir + QStringLiteral("/index.sqlite"),
                     QStringLiteral("%1: %2").arg(what, e.text()));
    }
    /// Runs a statement; on failure returns the error.
    std::optional<Error> exec(QSqlQuery &q, const QString &what) const
    {
        if (!q.exec())
            return sqlError(what, q.lastError());
        return std::nullopt;
    }
};

/// Relative store path of a file with this SHA-256: "ab/cd/abcd….dcm".
inline QString storePathFor(const QByteArray &sha256Hex)
{
    const QString h = QString::fromLatin1(sha256Hex);
    return h.left(2) + QLatin1Char('/') + h.mid(2, 2) + QLatin1Char('/') + h + QStringLiteral(".dcm");
}

} // namespace strata::store
