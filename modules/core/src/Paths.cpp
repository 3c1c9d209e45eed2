#include <strata/core/Paths.h>

#include <QDir>
#include <QStandardPaths>

namespace strata::paths {
namespace {
QString &overrideDir()
{
    static QString dir;
    return dir;
}
} // namespace

void setDataDirOverride(const QString &dir)
{
    overrideDir() = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

QString dataDir()
{
    if (!overrideDir().isEmpty())
        return overrideDir();
    const QString env = qEnvironmentVariable("STRATA_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/strata");
}

} // namespace strata::paths
