#include <strata/ui/models/SeriesThumbnailModel.h>

#include <strata/imaging/ThumbnailRenderer.h>
#include <strata/store/LocalCache.h>

#include <QFutureWatcher>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace strata::ui {
using imaging::ThumbnailRenderer;

struct SeriesThumbnailModel::Listing {
    int generation = 0;
    bool skipped = false;
    std::vector<store::SeriesRecord> series;
    QStringList files;  ///< per series: its middle instance's file (empty when it has none)
    QString error;
};

struct SeriesThumbnailModel::Rendered {
    int generation = 0;
    int row = 0;
    bool skipped = false;
    QImage image;
    QString error;
};

SeriesThumbnailModel::SeriesThumbnailModel(QString dataDir, QObject *parent)
    : QAbstractListModel(parent), m_dataDir(std::move(dataDir))
{
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("SeriesThumbnailModel"));
}

SeriesThumbnailModel::~SeriesThumbnailModel()
{
    m_latest->store(-1);
    m_pool.waitForDone();
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
    const int generation = ++m_generation;
    m_latest->store(generation);
    if (m_study.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        m_pending = 0;
        setLoading(false);
        return;
    }
    setLoading(true);
    auto *watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        applyListing(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [dataDir = m_dataDir, study = m_study, generation, latest = m_latest] {
        Listing listing;
        listing.generation = generation;
        if (latest->load() != generation) {
            listing.skipped = true;
            return listing;
        }
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
    }));
}

void SeriesThumbnailModel::applyListing(const Listing &listing)
{
    if (listing.generation != m_generation || listing.skipped)
        return;
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
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.file.isEmpty()) {
            row.pending = false;
            row.problem = listing.error.isEmpty() ? tr("the series has no stored instance") : listing.error;
            continue;
        }
        ++m_pending;
        auto *watcher = new QFutureWatcher<Rendered>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            applyThumbnail(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, [dataDir = m_dataDir, uid = row.series.seriesInstanceUid, file = row.file,
                                                       size = m_size, generation = m_generation, r = int(i), latest = m_latest] {
            Rendered rendered;
            rendered.generation = generation;
            rendered.row = r;
            if (latest->load() != generation) {
                rendered.skipped = true;
                return rendered;
            }
            auto image = ThumbnailRenderer::thumbnail(dataDir, uid, file, size);
            if (image.ok())
                rendered.image = std::move(image).value();
            else
                rendered.error = image.error().message();
            return rendered;
        }));
    }
    if (m_pending == 0) {
        setLoading(false);
        emit thumbnailsReady();
    }
}

void SeriesThumbnailModel::applyThumbnail(const Rendered &rendered)
{
    if (rendered.generation != m_generation || rendered.skipped || rendered.row >= rowCount())
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
