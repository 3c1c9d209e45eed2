#include <strata/core/Paths.h>

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace strata::paths {
namespace {
QString &overrideDir()
{
    static QString dir;
    return dir;
}
} // namespace

void setDataDirSetting(const QString &dir)
{
    QSettings settings(QStringLiteral("Strata"), QStringLiteral("Strata"));
    if (dir.isEmpty())
        settings.remove(QStringLiteral("cache/dataDir"));
    else
        settings.setValue(QStringLiteral("cache/dataDir"), QDir(dir).absolutePath());
}

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
    const QString setting = QSettings(QStringLiteral("Strata"), QStringLiteral("Strata"))
                                .value(QStringLiteral("cache/dataDir")).toString();
    if (!setting.isEmpty())
        return QDir(setting).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/strata");
}

} // namespace strata::paths
