#include <strata/ui/models/SeriesThumbnailModel.h>

#include <strata/imaging/ThumbnailRenderer.h>
#include <strata/store/LocalCache.h>

#include <QPainter>

#include <algorithm>

namespace strata::ui {
using imaging::ThumbnailRenderer;

struct SeriesThumbnailModel::Listing {
    std::vector<store::SeriesRecord> series;
    QStringList files;  ///< per series: its middle instance's file (empty when it has none)
    QString error;
};

struct SeriesThumbnailModel::Rendered {
    int row = 0;
    QImage image;
    QString error;
};

SeriesThumbnailModel::SeriesThumbnailModel(QString dataDir, QObject *parent)
    : QAbstractListModel(parent), m_dataDir(std::move(dataDir))
{
}

SeriesThumbnailModel::~SeriesThumbnailModel()
{
    m_thumbnails.cancel();  // thumbnails not started yet skip their work; m_listing drops its own
}

int SeriesThumbnailModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant SeriesThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = r.series.seriesDescription.isEmpty() ? tr("Series %1").arg(r.series.seriesNumber)
                                                                  : r.series.seriesDescription;
        return tr("%1\n%2 · %n image(s)", nullptr, r.series.instanceCount).arg(name, r.series.modality);
    }
    case Qt::DecorationRole: return r.tile.isNull() ? placeholder() : r.tile;
    case Qt::ToolTipRole:
        return r.problem.isEmpty() ? r.series.seriesInstanceUid : tr("%1\nNo thumbnail: %2").arg(r.series.seriesInstanceUid, r.problem);
    case SeriesUidRole: return r.series.seriesInstanceUid;
    case ThumbnailRole: return r.thumbnail;
    case FileRole: return r.file;
    }
    return {};
}

QImage SeriesThumbnailModel::placeholder() const
{
    if (m_placeholder.width() != m_size) {
        m_placeholder = QImage(m_size, m_size, QImage::Format_RGB32);
        m_placeholder.fill(QColor(40, 40, 40));
    }
    return m_placeholder;
}

void SeriesThumbnailModel::setStudy(const QString &uid)
{
    m_study = uid;
    reload();
}

void SeriesThumbnailModel::reload()
{
    // The thumbnails of the listing shown so far are moot.
    m_thumbnails.cancel();
    m_thumbnails = CancellationToken();
    m_toRender.clear();
    if (m_study.isEmpty()) {
        m_listing.cancel();
        beginResetModel();
        m_rows.clear();
        endResetModel();
        m_pending = 0;
        setLoading(false);
        return;
    }
    setLoading(true);
    m_listing.start(
        [dataDir = m_dataDir, study = m_study](const CancellationToken &) {
            Listing listing;
            auto cache = store::LocalCache::open(dataDir);
            if (!cache.ok()) {
                listing.error = cache.error().message();
                return listing;
            }
            auto series = cache.value()->series(study);
            if (!series.ok()) {
                listing.error = series.error().message();
                return listing;
            }
            listing.series = std::move(series).value();
            for (const store::SeriesRecord &s : listing.series) {
                auto instances = cache.value()->instances(s.seriesInstanceUid);
                if (!instances.ok() || instances.value().empty()) {
                    listing.files << QString();
                    continue;
                }
                std::vector<store::InstanceRecord> sorted = std::move(instances).value();
                std::stable_sort(sorted.begin(), sorted.end(), [](const store::InstanceRecord &a, const store::InstanceRecord &b) {
                    return a.instanceNumber < b.instanceNumber;
                });
                listing.files << sorted[sorted.size() / 2].filePath;
            }
            return listing;
        },
        [this](const Listing &listing) { applyListing(listing); });
}

void SeriesThumbnailModel::applyListing(const Listing &listing)
{
    beginResetModel();
    m_rows.clear();
    for (std::size_t i = 0; i < listing.series.size(); ++i) {
        Row row;
        row.series = listing.series[i];
        row.file = listing.files.value(qsizetype(i));
        m_rows.push_back(std::move(row));
    }
    endResetModel();
    emit seriesListed();

    m_pending = 0;
    m_toRender.clear();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.file.isEmpty()) {
            row.pending = false;
            row.problem = listing.error.isEmpty() ? tr("the series has no stored instance") : listing.error;
            continue;
        }
        ++m_pending;
        m_toRender.push_back(int(i));
    }
    if (m_pending == 0) {
        setLoading(false);
        emit thumbnailsReady();
        return;
    }
    // Two at a time, in row order: the Interactive executor keeps threads for the window's queries.
    renderNext();
    renderNext();
}

void SeriesThumbnailModel::renderNext()
{
    if (m_toRender.empty())
        return;
    const int r = m_toRender.front();
    m_toRender.erase(m_toRender.begin());
    const Row &row = m_rows[std::size_t(r)];
    const CancellationToken token = m_thumbnails;
    runThen(
        this, Executor::Interactive,
        [dataDir = m_dataDir, uid = row.series.seriesInstanceUid, file = row.file, size = m_size, r, token] {
            Rendered rendered;
            rendered.row = r;
            if (token.isCancelled())
                return rendered;
            auto image = ThumbnailRenderer::thumbnail(dataDir, uid, file, size);
            if (image.ok())
                rendered.image = std::move(image).value();
            else
                rendered.error = image.error().message();
            return rendered;
        },
        [this, token](const Rendered &rendered) {
            if (token.isCancelled())
                return;  // another study (or the same one again) was asked for meanwhile
            applyThumbnail(rendered);
            renderNext();
        });
}

void SeriesThumbnailModel::applyThumbnail(const Rendered &rendered)
{
    if (rendered.row >= rowCount())
        return;
    Row &row = m_rows[std::size_t(rendered.row)];
    row.pending = false;
    row.thumbnail = rendered.image;
    row.problem = rendered.error;
    if (!rendered.image.isNull()) {
        QImage tile(m_size, m_size, QImage::Format_RGB32);
        tile.fill(Qt::black);
        QPainter p(&tile);
        const QImage fitted = rendered.image.size().boundedTo(tile.size()) == rendered.image.size()
                                  ? rendered.image
                                  : ThumbnailRenderer::fitted(rendered.image, m_size);
        p.drawImage((tile.width() - fitted.width()) / 2, (tile.height() - fitted.height()) / 2, fitted);
        p.end();
        row.tile = tile;
    }
    const QModelIndex i = index(rendered.row);
    emit dataChanged(i, i, {Qt::DecorationRole, Qt::ToolTipRole, ThumbnailRole});
    if (--m_pending == 0) {
        setLoading(false);
        emit thumbnailsReady();
    }
}

void SeriesThumbnailModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

} // namespace strata::ui
