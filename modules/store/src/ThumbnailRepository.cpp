#include <strata/store/ThumbnailRepository.h>

#include <QDir>
#include <QFile>

namespace strata::store {
namespace {

QString safeName(QString uid)
{
    for (QChar &c : uid)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')))
            c = QLatin1Char('_');
    return uid;
}

} // namespace

QString ThumbnailRepository::dir() const { return m_dataDir + QStringLiteral("/thumbnails"); }

QString ThumbnailRepository::path(const QString &seriesUid, int size) const
{
    return QStringLiteral("%1/%2_%3.png").arg(dir(), safeName(seriesUid)).arg(size);
}

QStringList ThumbnailRepository::files(const QString &seriesUid) const
{
    const QString prefix = safeName(seriesUid) + QLatin1Char('_');
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
