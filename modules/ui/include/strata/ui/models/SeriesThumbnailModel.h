#pragma once
/// The series of one study with a thumbnail each (of the middle instance). The series list is a
/// LatestRequest and the thumbnails are made two at a time, all on the Interactive executor;
/// results of a study that is no longer shown are dropped.
#include <strata/core/Executors.h>
#include <strata/store/Records.h>

#include <QAbstractListModel>
#include <QImage>

#include <vector>

namespace strata::ui {

class SeriesThumbnailModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum Role { SeriesUidRole = Qt::UserRole + 1, ThumbnailRole, FileRole };

    explicit SeriesThumbnailModel(QString dataDir, QObject *parent = nullptr);
    ~SeriesThumbnailModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Shows the series of a study (empty: none).
    void setStudy(const QString &studyInstanceUid);
    QString study() const { return m_study; }
    /// Thumbnail edge in px (default 128); takes effect with the next setStudy().
    void setThumbnailSize(int px) { m_size = px; }
    int thumbnailSize() const { return m_size; }
    /// The thumbnail as rendered (null while pending or when the series has no image).
    QImage thumbnail(int row) const { return m_rows.at(std::size_t(row)).thumbnail; }
    const store::SeriesRecord &series(int row) const { return m_rows.at(std::size_t(row)).series; }
    bool isLoading() const { return m_loading; }

public slots:
    /// Lists the study's series again (the study grew during an import).
    void reload();

signals:
    void loadingChanged(bool loading);
    /// The series list is in; thumbnails follow.
    void seriesListed();
    /// Every thumbnail of the current study is done (or failed).
    void thumbnailsReady();

private:
    struct Row {
        store::SeriesRecord series;
        QString file;       ///< the middle instance's stored file
        QImage thumbnail;
        QImage tile;        ///< thumbnail centred on a square tile, for the view
        QString problem;    ///< why there is no thumbnail
        bool pending = true;
    };
    struct Listing;
    struct Rendered;
    void applyListing(const Listing &listing);
    void renderNext();
    void applyThumbnail(const Rendered &rendered);
    void setLoading(bool loading);
    QImage placeholder() const;

    QString m_dataDir;
    QString m_study;
    int m_size = 128;
    mutable QImage m_placeholder;  ///< grey tile while a thumbnail is pending
    std::vector<Row> m_rows;
    int m_pending = 0;              ///< thumbnails not yet delivered
    std::vector<int> m_toRender;    ///< rows whose thumbnail is not started yet, first first
    bool m_loading = false;
    LatestRequest m_listing{this};
    CancellationToken m_thumbnails;  ///< the shown listing's: cancelled when another is asked for
};

} // namespace strata::ui
