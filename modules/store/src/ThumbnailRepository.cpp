#include <strata/store/ThumbnailRepository.h>

#include <strata/core/Paths.h>

#include <QDir>
#include <QFile>

namespace strata::store {

QString ThumbnailRepository::dir() const { return m_dataDir + QStringLiteral("/thumbnails"); }

QString ThumbnailRepository::path(const QString &seriesUid, int size) const
{
    return paths::thumbnailFile(m_dataDir, seriesUid, size);
}

QStringList ThumbnailRepository::files(const QString &seriesUid) const
{
    const QString prefix = paths::seriesFileName(seriesUid) + QLatin1Char('_');
    QStringList out;
    const QDir folder(dir());
    for (const QString &name : folder.entryList({prefix + QStringLiteral("*.png")}, QDir::Files)) {
        // "<uid>_<digits>.png" only: another series' name never starts with this one's and a '_'
        // (UIDs have no '_'), but a stray file is left alone.
        bool number = false;
        name.mid(prefix.size(), name.size() - prefix.size() - 4).toInt(&number);
        if (number)
            out << folder.filePath(name);
    }
    return out;
}

int ThumbnailRepository::removeSeries(const QString &seriesUid) const
{
    int removed = 0;
    for (const QString &f : files(seriesUid))
        if (QFile::remove(f))
            ++removed;
    return removed;
}

} // namespace strata::store
