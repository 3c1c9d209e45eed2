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

QString seriesFileName(const QString &seriesUid)
{
    QString name = seriesUid;
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')))
            c = QLatin1Char('_');
    return name;
}

QString thumbnailFile(const QString &dataDir, const QString &seriesUid, int size)
{
    return QStringLiteral("%1/thumbnails/%2_%3.png").arg(dataDir, seriesFileName(seriesUid)).arg(size);
}

} // namespace strata::paths
