#pragma once
/// The time–intensity curve of a region over the phases of a dynamic series: the region's mean in
/// each phase as a chart (seconds from the first phase, or the phase), its kinetics in words
/// (initial enhancement, late phase, curve type), and the curve as CSV for the clipboard.
#include <strata/measure/TimeIntensity.h>

#include <QDialog>

class QLabel;
class QChartView;
class QLineSeries;

namespace strata::ui {

class TimeIntensityDialog : public QDialog {
    Q_OBJECT
public:
    /// `title` names the region and series ("Ellipse on Se 7 DCE (slice 12)"); `unit` the values'.
    /// The kinetics are classed for an MR series (`modality` "MR": signal relative to the phase
    /// before contrast); a CT's or PET's curve is charted without them.
    TimeIntensityDialog(const QString &title, std::vector<measure::TimePoint> curve, const QString &unit, const QString &modality,
                        QWidget *parent = nullptr);

    const std::vector<measure::TimePoint> &curve() const { return m_curve; }
    measure::Kinetics kinetics() const { return m_kinetics; }
    /// The kinetics as the dialog says them ("Initial enhancement 180 % · late −14 % · type III, washout").
    QString kineticsText() const;
    QChartView *chartView() const { return m_chart; }
    /// The curve as CSV (also what Copy puts on the clipboard).
    QString csv() const;

private:
    std::vector<measure::TimePoint> m_curve;
    measure::Kinetics m_kinetics;
    bool m_classified = false;
    QString m_unit;
    QChartView *m_chart = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace strata::ui
