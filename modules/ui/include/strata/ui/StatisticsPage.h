#pragma once
/// What the local cache holds, as charts (Qt Charts): studies and instances per modality, studies
/// and instances per day (by import date or by study date, over the last 7/30/90/365 days) and the
/// totals. refresh() counts on the job pool (LocalCache::statistics, a few GROUP BY queries) and
/// updates the charts when the figures are back; the GUI thread never waits on the index.
#include <strata/store/Records.h>

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QValueAxis;

namespace strata::ui {

class StatisticsPage : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsPage(QString dataDir, QWidget *parent = nullptr);
    ~StatisticsPage() override;

    /// Days shown in the per-day chart, up to today (7, 30, 90 or 365; 30 unless the user chose
    /// otherwise before: remembered in QSettings "statistics/days").
    int days() const { return m_days; }
    void setDays(int days);
    /// The date the per-day chart groups by (import date unless chosen otherwise; remembered).
    store::DateBasis dateBasis() const { return m_basis; }
    void setDateBasis(store::DateBasis basis);

    /// The figures on screen (as of the last refresh that finished).
    const store::CacheStatistics &statistics() const { return m_stats; }
    bool isRefreshing() const { return m_running; }
    /// "3 patients · 4 studies · …", as shown above the charts.
    QString totalsText() const;

    /// Per modality, in the order of modalityCategories(): studies and instances.
    QBarSet *modalityStudies() const { return m_modalityStudies; }
    QBarSet *modalityInstances() const { return m_modalityInstances; }
    QStringList modalityCategories() const;
    /// Per day, one point per day (x: the day's local midnight in ms since the epoch).
    QLineSeries *dayStudies() const { return m_dayStudies; }
    QLineSeries *dayInstances() const { return m_dayInstances; }
    QChartView *modalityChartView() const { return m_modalityView; }
    QChartView *dayChartView() const { return m_dayView; }

public slots:
    /// Counts again in the background; a refresh asked for while one runs runs once after it.
    void refresh();

signals:
    /// New figures are on screen.
    void refreshed();
    /// Counting failed; the message names the index and the reason.
    void refreshFailed(const QString &message);

private:
    void apply(const store::CacheStatistics &stats);
    void applyDays(const store::CacheStatistics &stats);

    QString m_dataDir;
    int m_days = 30;
    store::DateBasis m_basis = store::DateBasis::ImportDate;
    store::CacheStatistics m_stats;
    bool m_running = false;
    bool m_again = false;

    QComboBox *m_daysCombo = nullptr;
    QComboBox *m_basisCombo = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_state = nullptr;
    QChartView *m_modalityView = nullptr;
    QChartView *m_dayView = nullptr;
    QBarSet *m_modalityStudies = nullptr;
    QBarSet *m_modalityInstances = nullptr;
    QBarCategoryAxis *m_modalityAxis = nullptr;
    QValueAxis *m_modalityValues = nullptr;
    QLineSeries *m_dayStudies = nullptr;
    QLineSeries *m_dayInstances = nullptr;
    QDateTimeAxis *m_dayAxis = nullptr;
    QValueAxis *m_dayStudyValues = nullptr;
    QValueAxis *m_dayInstanceValues = nullptr;
};

} // namespace strata::ui
