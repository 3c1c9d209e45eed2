#pragma once
/// A waveform drawn as it is read on paper: an ECG on its millimetre grid (1 mm and 5 mm lines) at
/// a paper speed (mm/s) and a gain (mm/mV), each row with its lead's name and a 1 mV calibration
/// pulse; a 12-lead ECG as the standard sheet (three rows of four leads, 2.5 s each, over the
/// rhythm strip of lead II) or every lead along the whole recording; other waveforms (pressures,
/// respiration, audio) a channel a row, scaled to the row. Above the grid, the device's findings
/// (its statements, intervals and axes) and the heart rate. Calipers: a drag measures the time
/// between two points (and the rate it makes) and the amplitude between them.
#include <strata/measure/Waveform.h>

#include <QWidget>

#include <memory>

namespace strata::ui {

class WaveformView : public QWidget {
    Q_OBJECT
public:
    enum class Layout {
        Standard,   ///< a 12-lead ECG's sheet: 3 × 4 leads over lead II's rhythm strip
        Stacked,    ///< every channel a row, along the whole recording
    };

    explicit WaveformView(QWidget *parent = nullptr);

    /// Shows `waveform`'s first group, in the standard layout when it has the twelve leads.
    void setWaveform(std::shared_ptr<const measure::Waveform> waveform);
    const measure::Waveform *waveform() const { return m_waveform.get(); }
    void setGroup(int group);
    int group() const { return m_group; }
    /// Paper speed in mm/s (25 by default) and gain in mm/mV (10 by default).
    void setSpeed(double millimetresPerSecond);
    double speed() const { return m_speed; }
    void setGain(double millimetresPerMillivolt);
    double gain() const { return m_gain; }
    void setLayout(Layout layout);
    Layout layout() const { return m_layout; }
    /// Whether the shown group can be laid out as the standard sheet (it has the twelve leads).
    bool canShowStandard() const;
    /// Screen pixels a paper millimetre takes (from the screen's dots per inch).
    double pixelsPerMm() const { return m_pxPerMm; }

    /// Where `channel`'s value at `seconds` (from the group's start) is drawn, in this widget's
    /// coordinates, in the row that shows that time of the channel (the rhythm strip for lead II
    /// in the standard layout when `rhythm`); nothing when no row shows it.
    std::optional<QPointF> tracePoint(int channel, double seconds, bool rhythm = false) const;
    /// The points the device marked on the shown group (its annotations with sample positions:
    /// P onset and offset, QRS onset, fiducial point and offset, T offset …), in time order, with
    /// the label drawn at each ("QRS on", "fid") and the channel they mark (-1: every channel).
    struct Mark {
        double seconds = 0;
        QString label;
        int channel = -1;
    };
    std::vector<Mark> marks() const;
    /// Whether the marks are drawn: a dashed blue line through the rows that show their time (the
    /// rhythm strip on the 12-lead sheet; each lead's row along the recording), labelled where
    /// there is room. Off at first.
    void setMarksShown(bool shown);
    bool marksShown() const { return m_marksShown; }
    static QColor markColour();

    /// The lines drawn above the grid: whose and when, the device's findings, the settings.
    QStringList headerLines() const { return m_header; }

    /// Calipers from `a` to `b` (widget coordinates), as a drag sets them; the text says what
    /// they measure ("Δt 982 ms (61 /min), 1.20 mV"), empty without calipers.
    void setCalipers(QPointF a, QPointF b);
    void clearCalipers();
    QString caliperText() const { return m_caliperText; }

    QSize sizeHint() const override { return minimumSize(); }

signals:
    void calipersChanged(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    /// One strip of trace on the sheet: a channel from `start` seconds for `seconds`, at `origin`
    /// (the left end of its zero line) — or, for a channel not in millivolts, scaled between
    /// `low` and `high` over the row's height.
    struct Strip {
        int channel = 0;
        double start = 0, seconds = 0;
        QPointF origin;
        double rowHeight = 0;
        bool rhythm = false;
        bool scaled = false;
        double low = 0, high = 1;
    };
    void relayout();
    QStringList makeHeaderLines() const;
    void measureRate();
    const measure::WaveformGroup *shownGroup() const;
    /// Pixels per unit of the strip's channel, upwards.
    double pixelsPerUnit(const Strip &strip) const;
    const Strip *stripAt(QPointF point) const;

    std::shared_ptr<const measure::Waveform> m_waveform;
    int m_group = 0;
    double m_speed = 25, m_gain = 10, m_pxPerMm = 3.78;
    Layout m_layout = Layout::Stacked;
    std::vector<Strip> m_strips;
    QRectF m_grid;
    double m_headerHeight = 0;
    QStringList m_header;   ///< headerLines(), made again by relayout()
    /// The shown group's rate found from its beats (where the device wrote none): found once a
    /// group, not at every change of speed or gain.
    std::optional<measure::MeasuredRate> m_measuredRate;
    bool m_marksShown = false;
    std::optional<QPointF> m_caliperA, m_caliperB;
    QString m_caliperText;
};

} // namespace strata::ui
