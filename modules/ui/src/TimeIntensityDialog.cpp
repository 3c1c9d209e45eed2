#include <strata/ui/TimeIntensityDialog.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace strata::ui {

TimeIntensityDialog::TimeIntensityDialog(const QString &title, std::vector<measure::TimePoint> curve, const QString &unit, const QString &modality,
                                         QWidget *parent)
    : QDialog(parent), m_curve(std::move(curve)), m_unit(unit)
{
    m_classified = modality == QLatin1String("MR");
    if (m_classified)
        m_kinetics = measure::curveKinetics(m_curve);
    setWindowTitle(tr("Time–Intensity Curve — %1").arg(title));
    auto *line = new QLineSeries;
    auto *points = new QScatterSeries;
    points->setMarkerSize(8);
    double lo = 0, hi = 1, last = 1;
    for (const measure::TimePoint &p : m_curve) {
        line->append(p.seconds, p.mean);
        points->append(p.seconds, p.mean);
        lo = std::min(lo, p.mean);
        hi = std::max(hi, p.mean);
        last = std::max(last, p.seconds);
    }
    auto *chart = new QChart;
    chart->addSeries(line);
    chart->addSeries(points);
    chart->legend()->hide();
    auto *x = new QValueAxis;
    x->setTitleText(!m_curve.empty() && m_curve.front().timed ? tr("seconds from the first phase") : tr("phase"));
    x->setRange(0, last);
    if (m_curve.empty() || !m_curve.front().timed)
        x->setLabelFormat(QStringLiteral("%d"));
    auto *y = new QValueAxis;
    y->setTitleText(unit.isEmpty() ? tr("mean in the region") : tr("mean in the region (%1)").arg(unit));
    y->setRange(lo, hi + (hi - lo) * 0.05);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_chart = new QChartView(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(520, 340);
    m_summary = new QLabel(kineticsText());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("Copy as CSV"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(csv()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

QString TimeIntensityDialog::kineticsText() const
{
    const QString phases = tr("%n phase(s)", nullptr, int(m_curve.size()));
    if (!m_classified)
        return tr("%1; contrast kinetics are classed for MR series only").arg(phases);
    if (m_kinetics.type == measure::CurveType::Undetermined)
        return tr("%1; kinetics undetermined (a phase before contrast, early phases and a late one are needed)").arg(phases);
    auto percent = [](double v) { return QStringLiteral("%1%2 %").arg(v < 0 ? QStringLiteral("−") : QStringLiteral("+")).arg(std::abs(v), 0, 'f', 0); };
    return tr("%1; initial enhancement %2, late phase %3 from the early peak: %4")
        .arg(phases, percent(m_kinetics.initialEnhancementPercent), percent(m_kinetics.latePercent), measure::curveTypeName(m_kinetics.type));
}

QString TimeIntensityDialog::csv() const { return measure::timeIntensityCsv(m_curve, m_unit); }

} // namespace strata::ui
