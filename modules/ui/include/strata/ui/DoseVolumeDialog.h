#pragma once
/// The dose–volume histograms of a radiotherapy plan (View → Dose–Volume Histogram): each
/// structure's cumulative curve in its colour (volume in % against dose), a table of its figures
/// (volume, the part in the dose grid, minimum, mean and maximum dose, D98, D95, D50, D2, and the
/// volume receiving the prescription), each curve shown or hidden by its row's check box, and
/// the curves saved as CSV (audited: the patient's dose leaves the cache).
#include <strata/dicom/Volume.h>
#include <strata/measure/DoseVolume.h>

#include <QDialog>

#include <memory>
#include <vector>

class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableWidget;

namespace strata::ui {

class DoseVolumeDialog : public QDialog {
    Q_OBJECT
public:
    struct Plan {
        std::shared_ptr<const dicom::Volume> dose;
        std::vector<std::shared_ptr<const measure::StructureSet>> structureSets;   ///< in the dose's frame of reference
        QString unit;              ///< the dose's ("Gy"; empty: relative)
        double prescription = 0;   ///< Gy, from the plan (0: none known)
        QString title;             ///< what the window names ("plan dose, Se 5")
        QString studyInstanceUid;  ///< for the audit log
        QString dataDir;           ///< the cache whose audit log records a save (empty: the default)
    };
    /// Starts computing the histograms off the GUI thread (computed() once they are in).
    explicit DoseVolumeDialog(Plan plan, QWidget *parent = nullptr);

    const std::vector<measure::DoseVolumeHistogram> &histograms() const { return m_histograms; }
    bool isComputed() const { return m_computed; }
    QChartView *chartView() const { return m_chart; }
    QTableWidget *table() const { return m_table; }
    /// The curve drawn for the histogram at `index` (null before they are computed).
    QLineSeries *curve(int index) const;
    /// Writes the curves as CSV to `path`, audited; false (and the reason on the dialog) on failure.
    bool saveTo(const QString &path);

signals:
    void computed();

private:
    void present(std::vector<measure::DoseVolumeHistogram> histograms);
    void saveAs();
    Plan m_plan;
    std::vector<measure::DoseVolumeHistogram> m_histograms;
    std::vector<QLineSeries *> m_curves;
    bool m_computed = false;
    QChartView *m_chart = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace strata::ui
