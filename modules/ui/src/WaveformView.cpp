#include <strata/ui/WaveformView.h>

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace strata::ui {

namespace {

constexpr double kLeftMarginMm = 10;   ///< room for the calibration pulse before the first strip
constexpr double kRightMarginMm = 5;
constexpr double kScaledRowMm = 25;    ///< a row of a channel not in millivolts
const QColor kPaper(255, 246, 246), kMinorLine(245, 200, 200), kMajorLine(225, 120, 120), kTrace(20, 20, 20),
    kCaliper(30, 80, 220);

QString number(double v, int decimals) { return QString::number(v, 'f', decimals); }

} // namespace

WaveformView::WaveformView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("waveformView"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Drag to measure between two points (time, rate and amplitude); click to clear"));
}

void WaveformView::setWaveform(std::shared_ptr<const measure::Waveform> waveform)
{
    m_waveform = std::move(waveform);
    m_group = 0;
    measureRate();
    m_layout = canShowStandard() ? Layout::Standard : Layout::Stacked;
    clearCalipers();
    relayout();
}

void WaveformView::setGroup(int group)
{
    if (!m_waveform || group < 0 || group >= int(m_waveform->groups.size()))
        return;
    m_group = group;
    measureRate();
    if (!canShowStandard())
        m_layout = Layout::Stacked;
    clearCalipers();
    relayout();
}

void WaveformView::setSpeed(double millimetresPerSecond)
{
    m_speed = std::clamp(millimetresPerSecond, 1.0, 500.0);
    clearCalipers();
    relayout();
}

void WaveformView::setGain(double millimetresPerMillivolt)
{
    m_gain = std::clamp(millimetresPerMillivolt, 0.5, 200.0);
    clearCalipers();
    relayout();
}

void WaveformView::setLayout(Layout layout)
{
    m_layout = layout == Layout::Standard && !canShowStandard() ? Layout::Stacked : layout;
    clearCalipers();
    relayout();
}

void WaveformView::measureRate()
{
    const measure::WaveformGroup *g = shownGroup();
    m_measuredRate = g && !m_waveform->heartRatePerMinute() ? measure::measuredHeartRate(*g) : std::nullopt;
}

const measure::WaveformGroup *WaveformView::shownGroup() const
{
    if (!m_waveform || m_group >= int(m_waveform->groups.size()))
        return nullptr;
    return &m_waveform->groups[std::size_t(m_group)];
}

bool WaveformView::canShowStandard() const
{
    const measure::WaveformGroup *g = shownGroup();
    return g && measure::isElectrical(*g) && !measure::standardLeads(*g).empty();
}

QStringList WaveformView::makeHeaderLines() const
{
    QStringList lines;
    const measure::WaveformGroup *g = shownGroup();
    if (!g)
        return lines;
    // Whose and when first: a sheet or a picture of it is never without the patient.
    if (const QString who = m_waveform->identity(); !who.isEmpty())
        lines << who;
    QStringList statements, measurements;
    if (const auto rate = m_waveform->heartRatePerMinute())
        measurements << tr("Heart rate %1 /min").arg(std::lround(*rate));
    else if (m_measuredRate)
        measurements << tr("Heart rate %1 /min (measured by Strata, lead %2)").arg(std::lround(m_measuredRate->perMinute)).arg(m_measuredRate->lead);
    for (const measure::WaveformAnnotation &a : m_waveform->findings())
        (a.value ? measurements : statements) << a.display();
    if (!statements.isEmpty())
        lines << statements.join(QStringLiteral(" · "));
    if (!measurements.isEmpty())
        lines << measurements.join(QStringLiteral(" · "));
    QString settings = g->label.isEmpty() ? tr("Group %1").arg(m_group + 1) : g->label;
    if (g->derived)
        settings += tr(" (derived)");
    settings += tr(", %1 s at %2 Hz · %3 mm/s").arg(number(g->durationSeconds(), 2)).arg(g->samplingHz).arg(m_speed);
    if (measure::isElectrical(*g))
        settings += tr(" · %1 mm/mV").arg(m_gain);
    if (!g->channels.empty() && (g->channels.front().filterLowHz || g->channels.front().filterHighHz)) {
        const measure::WaveformChannel &c = g->channels.front();
        settings += tr(" · filters %1–%2 Hz").arg(c.filterLowHz ? QString::number(*c.filterLowHz) : QStringLiteral("?"),
                                                   c.filterHighHz ? QString::number(*c.filterHighHz) : QStringLiteral("?"));
        if (c.notchHz && *c.notchHz > 0)
            settings += tr(", notch %1 Hz").arg(*c.notchHz);
    }
    lines << settings;
    return lines;
}

void WaveformView::relayout()
{
    m_pxPerMm = std::clamp(logicalDpiX() / 25.4, 2.0, 20.0);
    m_strips.clear();
    const measure::WaveformGroup *g = shownGroup();
    const QFontMetricsF metrics(font());
    m_header = makeHeaderLines();
    m_headerHeight = g ? (m_header.size() + 0.6) * metrics.lineSpacing() : 0;
    if (!g || g->samples == 0) {
        setMinimumSize(200, 100);
        update();
        return;
    }
    const double mm = m_pxPerMm;
    const double left = kLeftMarginMm * mm;
    const double duration = g->durationSeconds();
    double y = m_headerHeight;
    auto addRow = [&](double heightMm, const std::vector<std::pair<int, double>> &cells, double cellSeconds, bool rhythm) {
        const double height = heightMm * mm;
        for (std::size_t k = 0; k < cells.size(); ++k) {
            Strip s;
            s.channel = cells[k].first;
            s.start = cells[k].second;
            s.seconds = cellSeconds;
            s.rowHeight = height;
            s.rhythm = rhythm;
            s.origin = QPointF(left + s.start * m_speed * mm, y + height / 2);
            const measure::WaveformChannel &c = g->channels[std::size_t(s.channel)];
            if (!c.millivoltsPerUnit()) {
                s.scaled = true;
                s.low = std::numeric_limits<double>::max();
                s.high = std::numeric_limits<double>::lowest();
                for (float v : c.values)
                    if (!std::isnan(v)) {
                        s.low = std::min(s.low, double(v));
                        s.high = std::max(s.high, double(v));
                    }
                if (!(s.high > s.low)) {
                    const double centre = s.low <= s.high ? s.low : 0;
                    s.low = centre - 1;
                    s.high = centre + 1;
                }
            }
            m_strips.push_back(s);
        }
        y += height;
    };
    if (m_layout == Layout::Standard && canShowStandard()) {
        // The sheet: I II III | aVR aVL aVF | V1 V2 V3 | V4 V5 V6, each column a quarter of the
        // recording at the time it was recorded, over lead II along the whole of it.
        const std::vector<int> leads = measure::standardLeads(*g);
        const double rowMm = std::max(25.0, 3.0 * m_gain);
        const double quarter = duration / 4;
        for (int row = 0; row < 3; ++row)
            addRow(rowMm, {{leads[std::size_t(row)], 0.0}, {leads[std::size_t(3 + row)], quarter}, {leads[std::size_t(6 + row)], 2 * quarter},
                           {leads[std::size_t(9 + row)], 3 * quarter}},
                   quarter, false);
        addRow(rowMm, {{leads[1], 0.0}}, duration, true);
    } else {
        for (int c = 0; c < int(g->channels.size()); ++c)
            addRow(g->channels[std::size_t(c)].millivoltsPerUnit() ? std::max(20.0, 2.5 * m_gain) : kScaledRowMm, {{c, 0.0}}, duration, false);
    }
    m_grid = QRectF(0, m_headerHeight, left + (duration * m_speed + kRightMarginMm) * mm, y - m_headerHeight);
    const double headerWidth = [&] {
        double w = 0;
        for (const QString &line : m_header)
            w = std::max(w, metrics.horizontalAdvance(line));
        return w + 2 * mm;
    }();
    setMinimumSize(int(std::ceil(std::max(m_grid.width(), headerWidth))), int(std::ceil(y)) + 1);
    update();
}

double WaveformView::pixelsPerUnit(const Strip &strip) const
{
    const measure::WaveformGroup *g = shownGroup();
    if (strip.scaled)
        return strip.rowHeight * 0.8 / (strip.high - strip.low);
    return g->channels[std::size_t(strip.channel)].millivoltsPerUnit().value_or(1.0) * m_gain * m_pxPerMm;
}

std::optional<QPointF> WaveformView::tracePoint(int channel, double seconds, bool rhythm) const
{
    const measure::WaveformGroup *g = shownGroup();
    if (!g || channel < 0 || channel >= int(g->channels.size()))
        return std::nullopt;
    for (const Strip &s : m_strips) {
        if (s.channel != channel || s.rhythm != rhythm || seconds < s.start || seconds >= s.start + s.seconds)
            continue;
        const auto sample = std::size_t(std::clamp(std::lround(seconds * g->samplingHz), 0L, long(g->samples - 1)));
        const double v = g->channels[std::size_t(channel)].values[sample];
        if (std::isnan(v))
            return std::nullopt;
        const double centre = s.scaled ? (s.low + s.high) / 2 : 0.0;
        return QPointF(s.origin.x() + (seconds - s.start) * m_speed * m_pxPerMm, s.origin.y() - (v - centre) * pixelsPerUnit(s));
    }
    return std::nullopt;
}

const WaveformView::Strip *WaveformView::stripAt(QPointF point) const
{
    const Strip *best = nullptr;
    for (const Strip &s : m_strips)
        if (std::abs(point.y() - s.origin.y()) <= s.rowHeight / 2
            && point.x() >= s.origin.x() - (best ? 0.0 : kLeftMarginMm * m_pxPerMm) && (!best || s.origin.x() > best->origin.x()))
            best = &s;
    return best;
}

void WaveformView::setCalipers(QPointF a, QPointF b)
{
    m_caliperA = a;
    m_caliperB = b;
    const measure::WaveformGroup *g = shownGroup();
    const Strip *strip = stripAt(a);
    if (!g || !strip) {
        m_caliperText.clear();
    } else {
        const double ms = std::abs(b.x() - a.x()) / (m_speed * m_pxPerMm) * 1000;
        m_caliperText = tr("Δt %1 ms").arg(std::lround(ms));
        if (ms >= 100)
            m_caliperText += tr(" (%1 /min)").arg(std::lround(60000 / ms));
        const double rise = (a.y() - b.y()) / pixelsPerUnit(*strip);
        const measure::WaveformChannel &c = g->channels[std::size_t(strip->channel)];
        if (const auto toMv = c.millivoltsPerUnit())
            m_caliperText += tr(", %1 mV").arg(number(rise * *toMv, 2));
        else
            m_caliperText += QStringLiteral(", %1 %2").arg(number(rise, 1), c.unit).trimmed();
    }
    update();
    emit calipersChanged(m_caliperText);
}

void WaveformView::clearCalipers()
{
    const bool had = m_caliperA.has_value();
    m_caliperA.reset();
    m_caliperB.reset();
    m_caliperText.clear();
    update();
    if (had)
        emit calipersChanged(QString());
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_caliperA = event->position();
    m_caliperB = event->position();
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton) && m_caliperA)
        setCalipers(*m_caliperA, event->position());
}

void WaveformView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_caliperA)
        return QWidget::mouseReleaseEvent(event);
    if (QLineF(*m_caliperA, event->position()).length() < 3)
        clearCalipers();   // a click: no calipers
    else
        setCalipers(*m_caliperA, event->position());
}

QColor WaveformView::markColour() { return QColor(0, 110, 200); }

std::vector<WaveformView::Mark> WaveformView::marks() const
{
    std::vector<Mark> out;
    const measure::WaveformGroup *g = shownGroup();
    if (!g || !m_waveform || !(g->samplingHz > 0))
        return out;
    for (const measure::WaveformAnnotation &a : m_waveform->annotations) {
        if (a.group != m_group || a.samples.empty() || a.value || a.name.isEmpty())
            continue;
        // "QRS Onset" → "QRS on", "Fiducial Point" → "fid".
        QString label = a.name;
        label.replace(QStringLiteral("Onset"), QStringLiteral("on")).replace(QStringLiteral("Offset"), QStringLiteral("off"));
        if (label == QLatin1String("Fiducial Point"))
            label = QStringLiteral("fid");
        for (double sample : a.samples)
            out.push_back({sample / g->samplingHz, label.left(12), a.channel});
    }
    std::sort(out.begin(), out.end(), [](const Mark &a, const Mark &b) { return a.seconds < b.seconds; });
    return out;
}

void WaveformView::setMarksShown(bool shown)
{
    if (shown == m_marksShown)
        return;
    m_marksShown = shown;
    update();
}

void WaveformView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    // Only what is exposed is drawn: a day's Holter recording is metres of paper.
    const QRectF exposed = QRectF(event->rect()).adjusted(-2, 0, 2, 0);
    p.setClipRect(event->rect());
    p.fillRect(event->rect(), Qt::white);
    const measure::WaveformGroup *g = shownGroup();
    if (!g)
        return;
    const double mm = m_pxPerMm;
    const QFontMetricsF metrics(font());
    // The device's findings and the sheet's settings above the grid.
    p.setPen(Qt::black);
    double y = metrics.ascent() + 0.3 * metrics.lineSpacing();
    for (const QString &line : m_header) {
        p.drawText(QPointF(mm, y), line);
        y += metrics.lineSpacing();
    }
    // Paper: 1 mm and 5 mm lines from the grid's corner.
    p.fillRect(m_grid.intersected(exposed), kPaper);
    const int firstColumn = std::max(0, int(std::floor((exposed.left() - m_grid.left()) / mm)));
    const int columns = std::min(int(m_grid.width() / mm), int(std::ceil((exposed.right() - m_grid.left()) / mm)));
    const int rows = int(m_grid.height() / mm);
    for (int pass = 0; pass < 2; ++pass) {
        const bool major = pass == 1;
        if (!major && mm < 2.5)
            continue;   // too fine to see
        p.setPen(QPen(major ? kMajorLine : kMinorLine, 1));
        for (int i = firstColumn; i <= columns; ++i)
            if ((i % 5 == 0) == major) {
                const double x = std::round(m_grid.left() + i * mm) + 0.5;
                p.drawLine(QPointF(x, m_grid.top()), QPointF(x, m_grid.bottom()));
            }
        for (int i = 0; i <= rows; ++i)
            if ((i % 5 == 0) == major) {
                const double yy = std::round(m_grid.top() + i * mm) + 0.5;
                p.drawLine(QPointF(std::max(m_grid.left(), exposed.left()), yy), QPointF(std::min(m_grid.right(), exposed.right()), yy));
            }
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    const double pxPerSample = m_speed * mm / g->samplingHz;
    for (const Strip &s : m_strips) {
        if (s.origin.x() - kLeftMarginMm * mm > exposed.right() || s.origin.x() + s.seconds * m_speed * mm < exposed.left())
            continue;   // out of view (its calibration pulse lies before it, in the margin)
        const measure::WaveformChannel &c = g->channels[std::size_t(s.channel)];
        const double perUnit = pixelsPerUnit(s);
        const double centre = s.scaled ? (s.low + s.high) / 2 : 0.0;
        auto yOf = [&](double v) { return s.origin.y() - (v - centre) * perUnit; };
        const bool firstInRow = s.start == 0;
        p.setPen(QPen(kTrace, 1.2));
        // The 1 mV calibration pulse, 0.2 s wide, before the row's first lead.
        if (firstInRow && !s.scaled) {
            const double x0 = 2 * mm, x1 = x0 + 0.2 * m_speed * mm, top = s.origin.y() - m_gain * mm;
            p.drawPolyline(QPolygonF{QPointF(x0 - mm, s.origin.y()), QPointF(x0, s.origin.y()), QPointF(x0, top), QPointF(x1, top), QPointF(x1, s.origin.y()),
                                     QPointF(x1 + mm, s.origin.y())});
        } else if (!firstInRow) {
            // Where one lead gives way to the next.
            p.drawLine(QPointF(s.origin.x(), s.origin.y() - 2.5 * mm), QPointF(s.origin.x(), s.origin.y() + 2.5 * mm));
        }
        // The trace: every sample, or where a pixel column holds several, their lowest and
        // highest in the order they came (a spike stays as tall as it is).
        // The samples of the strip that fall in the exposed columns.
        const double secondsPerPixel = 1.0 / (m_speed * mm);
        const double from = std::max(s.start, s.start + (exposed.left() - s.origin.x()) * secondsPerPixel);
        const double to = std::min(s.start + s.seconds, s.start + (exposed.right() - s.origin.x()) * secondsPerPixel);
        if (to <= from)
            continue;
        const long stripFirst = std::lround(s.start * g->samplingHz);
        const long first = std::max(stripFirst, long(std::floor(from * g->samplingHz)) - 1);
        const long last = std::min<long>(g->samples, std::min(std::lround((s.start + s.seconds) * g->samplingHz), long(std::ceil(to * g->samplingHz)) + 1));
        QPolygonF line;
        auto flush = [&] {
            if (line.size() > 1)
                p.drawPolyline(line);
            line.clear();
        };
        long bucket = -1;
        double lo = 0, hi = 0;
        long loAt = 0, hiAt = 0;
        auto emitBucket = [&] {
            if (bucket < 0)
                return;
            const double x = s.origin.x() + (bucket + 0.5);
            if (loAt <= hiAt)
                line << QPointF(x, yOf(lo)) << QPointF(x, yOf(hi));
            else
                line << QPointF(x, yOf(hi)) << QPointF(x, yOf(lo));
        };
        for (long i = first; i < last; ++i) {
            const float v = c.values[std::size_t(i)];
            if (std::isnan(v)) {
                emitBucket();
                bucket = -1;
                flush();
                continue;
            }
            if (pxPerSample >= 1) {
                line << QPointF(s.origin.x() + (i - stripFirst) * pxPerSample, yOf(v));
                continue;
            }
            const long b = long(std::floor((i - stripFirst) * pxPerSample));
            if (b != bucket) {
                emitBucket();
                bucket = b;
                lo = hi = v;
                loAt = hiAt = i;
            } else if (v < lo) {
                lo = v;
                loAt = i;
            } else if (v > hi) {
                hi = v;
                hiAt = i;
            }
        }
        emitBucket();
        flush();
        // The lead's name at the strip's top left; a scaled channel says its range.
        p.setPen(Qt::black);
        QString label = c.label;
        if (s.rhythm)
            label += tr(" (rhythm)");
        if (s.scaled)
            label += QStringLiteral("  %1 … %2 %3").arg(number(s.low, 1), number(s.high, 1), c.unit).trimmed();
        p.drawText(QPointF(s.origin.x() + (firstInRow && !s.scaled ? 0.2 * m_speed * mm + 2 * mm : 0) + mm,
                           s.origin.y() - s.rowHeight / 2 + metrics.ascent() + 1),
                   label);
    }
    // The device's marks over the rows that show their time, labelled where there is room.
    if (m_marksShown) {
        const std::vector<Mark> all = marks();
        for (const Strip &s : m_strips) {
            if (m_layout == Layout::Standard && !s.rhythm)
                continue;   // the sheet's short strips would be crowded: the rhythm strip carries them
            const double top = s.origin.y() - s.rowHeight / 2, bottom = s.origin.y() + s.rowHeight / 2;
            // Labels right of the lead's name (drawn at the strip's top left).
            double labelsEnd = s.origin.x() + 2 * mm + metrics.horizontalAdvance(g->channels[std::size_t(s.channel)].label + tr(" (rhythm)"))
                               + (s.start == 0 && !s.scaled ? 0.2 * m_speed * mm + 2 * mm : 0);
            for (const Mark &m : all) {
                if ((m.channel >= 0 && m.channel != s.channel) || m.seconds < s.start || m.seconds > s.start + s.seconds)
                    continue;
                const double x = s.origin.x() + (m.seconds - s.start) * m_speed * mm;
                if (x < exposed.left() - 100 || x > exposed.right() + 100)
                    continue;
                p.setPen(QPen(markColour(), 1, Qt::DashLine));
                p.drawLine(QPointF(x, top + metrics.height()), QPointF(x, bottom));
                const double width = metrics.horizontalAdvance(m.label);
                if (x - width / 2 > labelsEnd + 2) {
                    p.setPen(markColour());
                    p.drawText(QPointF(x - width / 2, top + metrics.ascent()), m.label);
                    labelsEnd = x + width / 2;
                }
            }
        }
    }
    // Calipers: two upright lines through the row and the measurement between them.
    if (m_caliperA && m_caliperB && !m_caliperText.isEmpty()) {
        const Strip *strip = stripAt(*m_caliperA);
        const double top = strip ? strip->origin.y() - strip->rowHeight / 2 : m_grid.top();
        const double bottom = strip ? strip->origin.y() + strip->rowHeight / 2 : m_grid.bottom();
        p.setPen(QPen(kCaliper, 1.5));
        p.drawLine(QPointF(m_caliperA->x(), top), QPointF(m_caliperA->x(), bottom));
        p.drawLine(QPointF(m_caliperB->x(), top), QPointF(m_caliperB->x(), bottom));
        p.setPen(QPen(kCaliper, 1, Qt::DashLine));
        p.drawLine(*m_caliperA, *m_caliperB);
        const QRectF box = metrics.boundingRect(m_caliperText).adjusted(-3, -2, 3, 2);
        QPointF at(std::max(m_caliperA->x(), m_caliperB->x()) + 6, top + box.height());
        if (at.x() + box.width() > width())
            at.setX(std::min(m_caliperA->x(), m_caliperB->x()) - box.width() - 6);
        p.fillRect(box.translated(at), QColor(255, 255, 255, 230));
        p.setPen(kCaliper);
        p.drawText(at, m_caliperText);
    }
}

} // namespace strata::ui
