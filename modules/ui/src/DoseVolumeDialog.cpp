#include <strata/ui/DoseVolumeDialog.h>

#include <strata/core/Executors.h>
#include <strata/store/AuditLog.h>

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace strata::ui {

namespace {

enum Column { Name, Type, Volume, InGrid, Minimum, Mean, Maximum, D98, D95, D50, D2, AtPrescription, Columns };

} // namespace

DoseVolumeDialog::DoseVolumeDialog(Plan plan, QWidget *parent) : QDialog(parent), m_plan(std::move(plan))
{
    setWindowTitle(tr("Dose–Volume Histogram — %1").arg(m_plan.title));
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    m_chart = new QChartView(chart, this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(640, 360);
    m_table = new QTableWidget(0, Columns, this);
    const QString unit = m_plan.unit.isEmpty() ? tr("relative") : m_plan.unit;
    QStringList headers{tr("Structure"), tr("Type"), tr("Volume (cc)"), tr("In grid"), tr("Min (%1)").arg(unit), tr("Mean (%1)").arg(unit),
                        tr("Max (%1)").arg(unit), tr("D98"), tr("D95"), tr("D50"), tr("D2"),
                        m_plan.prescription > 0 ? tr("V %1 Gy").arg(m_plan.prescription) : tr("V prescription")};
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setColumnHidden(AtPrescription, !(m_plan.prescription > 0));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_status = new QLabel(tr("Computing the histograms…"), this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save As CSV…"), QDialogButtonBox::ActionRole);
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &DoseVolumeDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // Checking a row shows its curve.
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Name && item->row() < int(m_curves.size()) && m_curves[std::size_t(item->row())])
            m_curves[std::size_t(item->row())]->setVisible(item->checkState() == Qt::Checked);
    });

    // Off the GUI thread: a body outline is tens of thousands of points a plane.
    runThen(
        this, Executor::Jobs,
        [dose = m_plan.dose, sets = m_plan.structureSets] {
            std::vector<measure::DoseVolumeHistogram> all;
            if (!dose)
                return all;
            for (const auto &set : sets)
                for (auto &h : measure::doseVolumeHistograms(*set, *dose))
                    all.push_back(std::move(h));
            return all;
        },
        [this](const std::vector<measure::DoseVolumeHistogram> &histograms) { present(histograms); });
}

QLineSeries *DoseVolumeDialog::curve(int index) const
{
    return index >= 0 && index < int(m_curves.size()) ? m_curves[std::size_t(index)] : nullptr;
}

void DoseVolumeDialog::present(std::vector<measure::DoseVolumeHistogram> histograms)
{
    m_histograms = std::move(histograms);
    QChart *chart = m_chart->chart();
    auto *x = new QValueAxis;
    x->setTitleText(m_plan.unit.isEmpty() ? tr("dose (relative)") : tr("dose (%1)").arg(m_plan.unit));
    auto *y = new QValueAxis;
    y->setTitleText(tr("volume (%)"));
    y->setRange(0, 100);
    double top = m_plan.prescription * 1.1;
    for (const measure::DoseVolumeHistogram &h : m_histograms)
        top = std::max(top, h.maximum);
    x->setRange(0, top > 0 ? top * 1.02 : 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_histograms.size()));
    const auto figure = [](double v) { return QString::number(v, 'f', 2); };
    int row = 0;
    for (const measure::DoseVolumeHistogram &h : m_histograms) {
        QLineSeries *line = nullptr;
        auto *name = new QTableWidgetItem(h.name);
        name->setData(Qt::DecorationRole, QColor(h.rgb[0], h.rgb[1], h.rgb[2]));
        if (!h.empty()) {
            line = new QLineSeries;
            line->setName(h.name);
            line->setColor(QColor(h.rgb[0], h.rgb[1], h.rgb[2]));
            QList<QPointF> points;
            points.reserve(qsizetype(h.cumulative.size()));
            for (std::size_t k = 0; k < h.cumulative.size(); ++k)
                points.append(QPointF(double(k) * h.binWidth, 100.0 * (h.cumulative[k] / h.coveredCc)));
            line->replace(points);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
            name->setCheckState(Qt::Checked);
        }
        m_curves.push_back(line);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Type, new QTableWidgetItem(h.interpretedType));
        m_table->setItem(row, Volume, new QTableWidgetItem(figure(h.volumeCc)));
        m_table->setItem(row, InGrid, new QTableWidgetItem(h.volumeCc > 0 ? QStringLiteral("%1 %").arg(std::lround(100.0 * h.coveredCc / h.volumeCc)) : QString()));
        if (h.empty()) {
            m_table->setItem(row, Minimum, new QTableWidgetItem(h.volumeCc > 0 ? tr("outside the dose grid") : tr("no contoured volume")));
            m_table->setSpan(row, Minimum, 1, Columns - Minimum);
        } else {
            const double values[] = {h.minimum, h.mean, h.maximum, h.doseToVolumePercent(98), h.doseToVolumePercent(95), h.doseToVolumePercent(50),
                                     h.doseToVolumePercent(2)};
            for (int c = Minimum; c <= D2; ++c)
                m_table->setItem(row, c, new QTableWidgetItem(figure(values[c - Minimum])));
            if (m_plan.prescription > 0)
                m_table->setItem(row, AtPrescription, new QTableWidgetItem(QStringLiteral("%1 %").arg(h.volumePercentAtDose(m_plan.prescription), 0, 'f', 1)));
        }
        ++row;
    }
    m_computed = true;
    m_save->setEnabled(!m_histograms.empty());
    m_status->setText(m_histograms.empty() ? tr("No structure of the plan has a contoured volume.")
                                           : tr("D98 … D2: the least dose the hottest 98 … 2 % of the structure receive; the "
                                                "volume is each contoured plane's area times the spacing of the structure's planes."));
    emit computed();
}

bool DoseVolumeDialog::saveTo(const QString &path)
{
    const QByteArray bytes = measure::doseVolumeCsv(m_histograms, m_plan.unit).toUtf8();
    QSaveFile f(path);
    QString why;
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        why = QStringLiteral("%1: %2").arg(path, f.errorString());
    // The patient's dose leaves the cache.
    store::audit({QStringLiteral("dose-volume-export"), m_plan.studyInstanceUid, why.isEmpty() ? QStringLiteral("success") : QStringLiteral("failure"),
                  path, why.isEmpty() ? QStringLiteral("%1 structure(s)").arg(m_histograms.size()) : why},
                 m_plan.dataDir);
    m_status->setText(why.isEmpty() ? tr("Saved %1").arg(path) : why);
    return why.isEmpty();
}

void DoseVolumeDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Histograms"), QString(), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace strata::ui
