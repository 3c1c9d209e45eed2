#pragma once
/// The thumbnails the viewer and the browser cache on disk, one PNG per series and size under
/// <data>/thumbnails/; deleting a study removes its series' thumbnails through here.
#include <QString>
#include <QStringList>

namespace strata::store {

class ThumbnailRepository {
public:
    explicit ThumbnailRepository(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    QString dir() const;  ///< <data>/thumbnails
    /// The cached thumbnail of a series at `size` pixels: <data>/thumbnails/<series uid>_<size>.png
    /// (characters other than letters, digits, '.' and '-' in the UID become '_').
    QString path(const QString &seriesInstanceUid, int size) const;
    /// The cached thumbnails of a series, every size.
    QStringList files(const QString &seriesInstanceUid) const;
    /// Removes a series' thumbnails, every size; returns how many files went.
    int removeSeries(const QString &seriesInstanceUid) const;

private:
    QString m_dataDir;
};

} // namespace strata::store
