#include <strata/ui/StatisticsPage.h>

#include <strata/core/Executors.h>
#include <strata/store/LocalCache.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>

#include "RememberedLayout.h"
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace strata::ui {
namespace {

struct Outcome {
    store::CacheStatistics stats;
    QString error;
};

const QColor kStudiesColor(0x2f, 0x6f, 0xc6);    // blue
const QColor kInstancesColor(0xf0, 0x8a, 0x24);  // orange

QString basisKey(store::DateBasis basis) { return basis == store::DateBasis::StudyDate ? QStringLiteral("study") : QStringLiteral("import"); }

/// A value axis from 0 to a little above `max`, in whole numbers.
void fitAxis(QValueAxis *axis, double max)
{
    axis->setRange(0, std::max(1.0, max * 1.1));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

QChartView *chartView(QChart *chart, const QString &name, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

} // namespace

StatisticsPage::StatisticsPage(QString dataDir, QWidget *parent) : QWidget(parent), m_dataDir(std::move(dataDir))
{
    const QSettings settings;
    m_days = settings.value(QStringLiteral("statistics/days"), 30).toInt();
    if (m_days != 7 && m_days != 30 && m_days != 90 && m_days != 365)
        m_days = 30;
    m_basis = settings.value(QStringLiteral("statistics/basis")).toString() == QLatin1String("study") ? store::DateBasis::StudyDate
                                                                                                      : store::DateBasis::ImportDate;

    // Controls.
    m_daysCombo = new QComboBox(this);
    m_daysCombo->setObjectName(QStringLiteral("statisticsDays"));
    for (int d : {7, 30, 90, 365})
        m_daysCombo->addItem(tr("Last %1 days").arg(d), d);
    m_daysCombo->setCurrentIndex(m_daysCombo->findData(m_days));
    m_basisCombo = new QComboBox(this);
    m_basisCombo->setObjectName(QStringLiteral("statisticsBasis"));
    m_basisCombo->addItem(tr("by import date"), int(store::DateBasis::ImportDate));
    m_basisCombo->addItem(tr("by study date"), int(store::DateBasis::StudyDate));
    m_basisCombo->setCurrentIndex(m_basisCombo->findData(int(m_basis)));
    connect(m_daysCombo, &QComboBox::activated, this, [this] { setDays(m_daysCombo->currentData().toInt()); });
    connect(m_basisCombo, &QComboBox::activated, this,
            [this] { setDateBasis(store::DateBasis(m_basisCombo->currentData().toInt())); });
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("statisticsRefresh"));
    connect(m_refresh, &QPushButton::clicked, this, &StatisticsPage::refresh);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("statisticsTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("statisticsState"));

    // Per modality: studies and instances as two bar sets.
    auto *modalityChart = new QChart;
    modalityChart->setTitle(tr("Studies and instances per modality"));
    m_modalityStudies = new QBarSet(tr("Studies"));
    m_modalityInstances = new QBarSet(tr("Instances"));
    for (auto [set, color] : {std::pair{m_modalityStudies, kStudiesColor}, std::pair{m_modalityInstances, kInstancesColor}}) {
        set->setColor(color);
        set->setBorderColor(color);
        set->setLabelColor(palette().color(QPalette::WindowText));
    }
    auto *bars = new QBarSeries;
    bars->append(m_modalityStudies);
    bars->append(m_modalityInstances);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    modalityChart->addSeries(bars);
    m_modalityAxis = new QBarCategoryAxis;
    modalityChart->addAxis(m_modalityAxis, Qt::AlignBottom);
    bars->attachAxis(m_modalityAxis);
    m_modalityValues = new QValueAxis;
    modalityChart->addAxis(m_modalityValues, Qt::AlignLeft);
    bars->attachAxis(m_modalityValues);
    fitAxis(m_modalityValues, 1);
    m_modalityView = chartView(modalityChart, QStringLiteral("modalityChart"), this);

    // Per day: instances on the left axis, studies on the right (they differ by orders of magnitude).
    auto *dayChart = new QChart;
    m_dayInstances = new QLineSeries;
    m_dayInstances->setName(tr("Instances"));
    m_dayInstances->setColor(kInstancesColor);
    m_dayStudies = new QLineSeries;
    m_dayStudies->setName(tr("Studies"));
    m_dayStudies->setColor(kStudiesColor);
    dayChart->addSeries(m_dayInstances);
    dayChart->addSeries(m_dayStudies);
    m_dayAxis = new QDateTimeAxis;
    dayChart->addAxis(m_dayAxis, Qt::AlignBottom);
    m_dayInstances->attachAxis(m_dayAxis);
    m_dayStudies->attachAxis(m_dayAxis);
    m_dayInstanceValues = new QValueAxis;
    m_dayInstanceValues->setTitleText(tr("Instances"));
    dayChart->addAxis(m_dayInstanceValues, Qt::AlignLeft);
    m_dayInstances->attachAxis(m_dayInstanceValues);
    m_dayStudyValues = new QValueAxis;
    m_dayStudyValues->setTitleText(tr("Studies"));
    dayChart->addAxis(m_dayStudyValues, Qt::AlignRight);
    m_dayStudies->attachAxis(m_dayStudyValues);
    fitAxis(m_dayInstanceValues, 1);
    fitAxis(m_dayStudyValues, 1);
    m_dayView = chartView(dayChart, QStringLiteral("dayChart"), this);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Per day:"), this));
    controls->addWidget(m_daysCombo);
    controls->addWidget(m_basisCombo);
    controls->addStretch(1);
    controls->addWidget(m_state);
    controls->addWidget(m_refresh);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_modalityView);
    charts->addWidget(m_dayView);
    charts->setChildrenCollapsible(false);
    rememberSplitter(charts, QStringLiteral("splitters/statistics"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_totals);
    layout->addWidget(charts, 1);

    apply(m_stats);  // empty until the first refresh
}

StatisticsPage::~StatisticsPage() = default;

void StatisticsPage::setDays(int days)
{
    if (days < 1 || days == m_days)
        return;
    m_days = days;
    if (const int i = m_daysCombo->findData(days); i >= 0)
        m_daysCombo->setCurrentIndex(i);
    QSettings().setValue(QStringLiteral("statistics/days"), days);
    refresh();
}

void StatisticsPage::setDateBasis(store::DateBasis basis)
{
    if (basis == m_basis)
        return;
    m_basis = basis;
    m_basisCombo->setCurrentIndex(m_basisCombo->findData(int(basis)));
    QSettings().setValue(QStringLiteral("statistics/basis"), basisKey(basis));
    refresh();
}

QStringList StatisticsPage::modalityCategories() const { return m_modalityAxis->categories(); }

QString StatisticsPage::totalsText() const { return m_totals->text(); }

void StatisticsPage::refresh()
{
    if (m_running) {
        m_again = true;  // the running count may predate what the caller just changed
        return;
    }
    m_running = true;
    m_state->setText(tr("Counting…"));
    runThen(
        this, Executor::Interactive,
        [dataDir = m_dataDir, basis = m_basis, days = m_days] {
            Outcome out;
            auto cache = store::LocalCache::open(dataDir);
            if (!cache.ok()) {
                out.error = cache.error().message();
                return out;
            }
            auto stats = cache.value()->statistics(basis, days);
            if (stats.ok())
                out.stats = std::move(stats).value();
            else
                out.error = stats.error().message();
            return out;
        },
        [this](const Outcome &outcome) {
            m_running = false;
            if (outcome.error.isEmpty()) {
                m_state->clear();
                apply(outcome.stats);
            } else {
                m_state->setText(tr("Counting failed: %1").arg(outcome.error));
            }
            if (m_again) {
                m_again = false;
                refresh();
            }
            if (outcome.error.isEmpty())
                emit refreshed();
            else
                emit refreshFailed(outcome.error);
        });
}

void StatisticsPage::apply(const store::CacheStatistics &stats)
{
    m_stats = stats;
    const QLocale locale;
    const store::CacheTotals &t = stats.totals;
    m_totals->setText(QStringList{tr("%Ln patients", nullptr, int(t.patients)), tr("%Ln studies", nullptr, int(t.studies)),
                                  tr("%Ln series", nullptr, int(t.series)), tr("%Ln instances", nullptr, int(t.instances)),
                                  locale.formattedDataSize(t.bytes)}
                          .join(QStringLiteral(" · ")));

    QStringList categories;
    QList<qreal> studies, instances;
    double max = 0;
    for (const store::ModalityCount &m : stats.modalities) {
        categories << (m.modality.isEmpty() ? tr("(none)") : m.modality);
        studies << m.studies;
        instances << qreal(m.instances);
        max = std::max({max, double(m.studies), double(m.instances)});
    }
    m_modalityStudies->remove(0, m_modalityStudies->count());
    m_modalityInstances->remove(0, m_modalityInstances->count());
    m_modalityAxis->clear();
    m_modalityAxis->append(categories);
    m_modalityStudies->append(studies);
    m_modalityInstances->append(instances);
    fitAxis(m_modalityValues, max);
    applyDays(stats);
}

void StatisticsPage::applyDays(const store::CacheStatistics &stats)
{
    const QDate last = stats.last.isValid() ? stats.last : QDate::currentDate();
    const QDate first = stats.first.isValid() ? stats.first : last.addDays(1 - m_days);
    QList<QPointF> studies, instances;
    double maxStudies = 0, maxInstances = 0;
    for (const store::DayCount &d : stats.days) {
        const qreal x = qreal(d.day.startOfDay().toMSecsSinceEpoch());
        studies << QPointF(x, d.studies);
        instances << QPointF(x, qreal(d.instances));
        maxStudies = std::max(maxStudies, double(d.studies));
        maxInstances = std::max(maxInstances, double(d.instances));
    }
    m_dayStudies->replace(studies);
    m_dayInstances->replace(instances);
    const bool fewDays = stats.days.size() <= 31;
    for (QLineSeries *line : {m_dayStudies, m_dayInstances}) {
        line->setPointsVisible(fewDays);
        line->setMarkerSize(7);
    }
    m_dayAxis->setFormat(first.daysTo(last) > 120 ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM d"));
    m_dayAxis->setTickCount(first.daysTo(last) >= 6 ? 8 : int(first.daysTo(last)) + 2);
    m_dayAxis->setRange(first.startOfDay(), last.startOfDay());
    fitAxis(m_dayStudyValues, maxStudies);
    fitAxis(m_dayInstanceValues, maxInstances);
    m_dayView->chart()->setTitle(stats.basis == store::DateBasis::StudyDate
                                     ? tr("Studies and instances per day, by study date (last %1 days)").arg(stats.days.size())
                                     : tr("Studies and instances per day, by import date (last %1 days)").arg(stats.days.size()));
}

} // namespace strata::ui
