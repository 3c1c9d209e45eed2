// A study's waveforms (ECG, hemodynamic, respiratory, audio …) read for a person: multiplex
// groups, channels in their own units, the device's annotations (PS3.3 C.10.9, C.10.10).
#include <strata/measure/Waveform.h>

#include <strata/core/Csv.h>
#include <strata/core/Translate.h>

#include "DcmtkLog.h"
#include "DicomDates.h"

#include <strata/dicom/Charset.h>
#include <strata/dicom/DicomHeader.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

namespace strata::measure {

namespace {

QString tr(const char *text) { return translated({"strata::measure", "strata::measure::Waveform"}, text); }

QString ascii(DcmItem &item, const DcmTagKey &tag)
{
    OFString v;
    item.findAndGetOFString(tag, v);
    return QString::fromLatin1(v.c_str()).trimmed();
}

/// A text element decoded from the object's character set.
QString text(DcmItem &item, const DcmTagKey &tag, const QByteArray &charset)
{
    OFString v;
    item.findAndGetOFStringArray(tag, v);
    return dicom::decodeText(QByteArray(v.c_str(), int(v.size())), charset).trimmed();
}

std::optional<double> number(DcmItem &item, const DcmTagKey &tag)
{
    Float64 v = 0;
    if (item.findAndGetFloat64(tag, v).good() && std::isfinite(v))
        return v;
    return std::nullopt;
}

/// The first item's code value and meaning of a code sequence.
std::pair<QString, QString> code(DcmItem &item, const DcmTagKey &sequence, const QByteArray &charset)
{
    DcmItem *c = nullptr;
    if (item.findAndGetSequenceItem(sequence, c, 0).bad() || !c)
        return {};
    return {ascii(*c, DCM_CodeValue), text(*c, DCM_CodeMeaning, charset)};
}

/// "Lead I (Einthoven)" → "I", "Lead aVR" → "aVR"; other sources as they are.
QString shortLabel(QString source)
{
    const int paren = source.indexOf(QLatin1Char('('));
    if (paren > 0)
        source = source.left(paren).trimmed();
    if (source.startsWith(QLatin1String("Lead "), Qt::CaseInsensitive))
        source = source.mid(5).trimmed();
    return source;
}

/// G.711 µ-law and A-law samples as 16-bit linear values.
int fromMuLaw(quint8 u)
{
    u = quint8(~u);
    int t = ((u & 0x0F) << 3) + 0x84;
    t <<= (u & 0x70) >> 4;
    return (u & 0x80) ? 0x84 - t : t - 0x84;
}

int fromALaw(quint8 a)
{
    a ^= 0x55;
    int t = (a & 0x0F) << 4;
    const int segment = (a & 0x70) >> 4;
    if (segment == 0)
        t += 8;
    else {
        t += 0x108;
        if (segment > 1)
            t <<= segment - 1;
    }
    return (a & 0x80) ? t : -t;
}

/// The bytes of an OB/OW element in little-endian sample order (DCMTK holds OW as host-order
/// words; 32- and 64-bit samples of a big-endian file have their words the other way round).
QByteArray elementBytes(DcmItem &item, const DcmTagKey &tag, int bitsAllocated, bool bigEndianFile)
{
    DcmElement *e = nullptr;
    if (item.findAndGetElement(tag, e).bad() || !e)
        return {};
    const Uint32 length = e->getLength();
    QByteArray out;
    if (e->getVR() == EVR_OW) {
        Uint16 *words = nullptr;
        if (e->getUint16Array(words).bad() || !words)
            return {};
        out.resize(int(length / 2 * 2));
        for (Uint32 i = 0; i < length / 2; ++i) {
            out[int(2 * i)] = char(words[i] & 0xFF);
            out[int(2 * i + 1)] = char(words[i] >> 8);
        }
        if (bigEndianFile && bitsAllocated > 16) {
            const int wordsPerSample = bitsAllocated / 16;
            for (int s = 0; s + 2 * wordsPerSample <= out.size(); s += 2 * wordsPerSample)
                for (int w = 0; w < wordsPerSample / 2; ++w)
                    for (int b = 0; b < 2; ++b)
                        std::swap(out[s + 2 * w + b], out[s + 2 * (wordsPerSample - 1 - w) + b]);
        }
    } else {
        Uint8 *bytes = nullptr;
        if (e->getUint8Array(bytes).bad() || !bytes)
            return {};
        out = QByteArray(reinterpret_cast<const char *>(bytes), int(length));
    }
    return out;
}

/// Sample `index` of little-endian `data` as the interpretation says (SB UB MB AB SS US SL UL SV UV).
double sampleAt(const uchar *data, qsizetype index, int bytes, const QString &interpretation)
{
    const uchar *p = data + index * bytes;
    quint64 raw = 0;
    for (int b = 0; b < bytes; ++b)
        raw |= quint64(p[b]) << (8 * b);
    if (interpretation == QLatin1String("MB"))
        return fromMuLaw(quint8(raw));
    if (interpretation == QLatin1String("AB"))
        return fromALaw(quint8(raw));
    const bool isSigned = interpretation.startsWith(QLatin1Char('S'));
    if (isSigned && bytes < 8 && (raw >> (8 * bytes - 1)) & 1)
        raw |= ~quint64(0) << (8 * bytes);   // sign-extend
    return isSigned ? double(qint64(raw)) : double(raw);
}

/// The bytes each sample takes for an interpretation, or 0 for one not known.
int sampleBytes(const QString &interpretation)
{
    static const QSet<QString> one{QStringLiteral("SB"), QStringLiteral("UB"), QStringLiteral("MB"), QStringLiteral("AB")};
    if (one.contains(interpretation))
        return 1;
    if (interpretation == QLatin1String("SS") || interpretation == QLatin1String("US"))
        return 2;
    if (interpretation == QLatin1String("SL") || interpretation == QLatin1String("UL"))
        return 4;
    if (interpretation == QLatin1String("SV") || interpretation == QLatin1String("UV"))
        return 8;
    return 0;
}

Result<WaveformGroup> readGroup(DcmItem &item, int index, const QString &path, const QByteArray &charset, bool bigEndian)
{
    WaveformGroup g;
    const QString where = tr("multiplex group %1").arg(index + 1);
    g.label = text(item, DCM_MultiplexGroupLabel, charset);
    g.derived = ascii(item, DCM_WaveformOriginality) == QLatin1String("DERIVED");
    g.samplingHz = number(item, DCM_SamplingFrequency).value_or(0);
    g.timeOffsetMs = number(item, DCM_MultiplexGroupTimeOffset).value_or(0);
    Uint16 channelCount = 0;
    Uint32 sampleCount = 0;
    item.findAndGetUint16(DCM_NumberOfWaveformChannels, channelCount);
    item.findAndGetUint32(DCM_NumberOfWaveformSamples, sampleCount);
    Uint16 bitsAllocated = 0;
    item.findAndGetUint16(DCM_WaveformBitsAllocated, bitsAllocated);
    const QString interpretation = ascii(item, DCM_WaveformSampleInterpretation);
    const int bytes = sampleBytes(interpretation);
    if (!(g.samplingHz > 0))
        return Error(ErrorCode::Malformed, path, tr("%1 has no sampling frequency").arg(where));
    if (channelCount == 0)
        return Error(ErrorCode::Malformed, path, tr("%1 has no channels").arg(where));
    if (bytes == 0 || int(bitsAllocated) != 8 * bytes)
        return Error(ErrorCode::Unsupported, path,
                     tr("%1: samples of %2 bits interpreted as \"%3\" are not a known waveform encoding").arg(where).arg(bitsAllocated).arg(interpretation));
    const QByteArray data = elementBytes(item, DCM_WaveformData, bitsAllocated, bigEndian);
    const qsizetype needed = qsizetype(channelCount) * qsizetype(sampleCount) * bytes;
    if (data.size() < needed)
        return Error(ErrorCode::Malformed, path,
                     tr("%1 holds %2 bytes of samples where %3 channels × %4 samples need %5").arg(where).arg(data.size()).arg(channelCount).arg(sampleCount).arg(needed));
    g.samples = int(sampleCount);
    // The padding value marks samples without a signal (a lead off, a gap).
    std::optional<double> padding;
    if (const QByteArray pad = elementBytes(item, DCM_WaveformPaddingValue, bitsAllocated, bigEndian); pad.size() >= bytes)
        padding = sampleAt(reinterpret_cast<const uchar *>(pad.constData()), 0, bytes, interpretation);

    std::vector<double> scale(channelCount, 1.0), offset(channelCount, 0.0);
    for (Uint16 c = 0; c < channelCount; ++c) {
        WaveformChannel ch;
        DcmItem *def = nullptr;
        if (item.findAndGetSequenceItem(DCM_ChannelDefinitionSequence, def, int(c)).good() && def) {
            ch.source = code(*def, DCM_ChannelSourceSequence, charset).second;
            ch.label = text(*def, DCM_ChannelLabel, charset);
            if (ch.label.isEmpty())
                ch.label = shortLabel(ch.source);
            // Value = sample × Channel Sensitivity × Correction Factor + Channel Baseline (C.10.9.1.4.3).
            if (const auto sensitivity = number(*def, DCM_ChannelSensitivity); sensitivity && *sensitivity != 0) {
                scale[c] = *sensitivity * number(*def, DCM_ChannelSensitivityCorrectionFactor).value_or(1.0);
                offset[c] = number(*def, DCM_ChannelBaseline).value_or(0.0);
                std::tie(ch.unit, ch.unitMeaning) = code(*def, DCM_ChannelSensitivityUnitsSequence, charset);
                if (ch.unit.isEmpty() && ch.unitMeaning.isEmpty())
                    ch.unitMeaning = tr("scaled, no unit given");
            }
            ch.filterLowHz = number(*def, DCM_FilterLowFrequency);
            ch.filterHighHz = number(*def, DCM_FilterHighFrequency);
            ch.notchHz = number(*def, DCM_NotchFilterFrequency);
        }
        if (ch.label.isEmpty())
            ch.label = tr("Channel %1").arg(c + 1);
        ch.values.resize(sampleCount);
        g.channels.push_back(std::move(ch));
    }
    const auto *samples = reinterpret_cast<const uchar *>(data.constData());
    for (Uint32 s = 0; s < sampleCount; ++s)
        for (Uint16 c = 0; c < channelCount; ++c) {
            const double raw = sampleAt(samples, qsizetype(s) * channelCount + c, bytes, interpretation);
            g.channels[c].values[s] = padding && raw == *padding ? std::numeric_limits<float>::quiet_NaN() : float(raw * scale[c] + offset[c]);
        }
    return g;
}

/// III = II − I, aVR = −(I + II)/2, aVL = I − II/2, aVF = II − I/2, for those of them a group of
/// ECG leads lacks, in lead I's unit; padding in I or II is padding in them.
void deriveLimbLeads(WaveformGroup &g)
{
    const int i = g.channelNamed(QStringLiteral("I")), ii = g.channelNamed(QStringLiteral("II"));
    if (i < 0 || ii < 0 || !isElectrical(g))
        return;
    const WaveformChannel leadI = g.channels[std::size_t(i)], leadII = g.channels[std::size_t(ii)];
    const double toI = *leadII.millivoltsPerUnit() / *leadI.millivoltsPerUnit();   // lead II's values in lead I's unit
    struct Law {
        const char *label, *source;
        double a, b;   // value = a·I + b·II
    };
    static const Law kLaws[] = {{"III", "derived: II − I", -1, 1}, {"aVR", "derived: −(I + II)/2", -0.5, -0.5},
                                {"aVL", "derived: I − II/2", 1, -0.5}, {"aVF", "derived: II − I/2", -0.5, 1}};
    for (const Law &law : kLaws) {
        if (g.channelNamed(QString::fromLatin1(law.label)) >= 0)
            continue;
        WaveformChannel c;
        c.label = QString::fromLatin1(law.label);
        c.source = QString::fromUtf8(law.source);
        c.unit = leadI.unit;
        c.unitMeaning = leadI.unitMeaning;
        c.filterLowHz = leadI.filterLowHz;
        c.filterHighHz = leadI.filterHighHz;
        c.notchHz = leadI.notchHz;
        c.derived = true;
        c.values.resize(leadI.values.size());
        for (std::size_t s = 0; s < c.values.size(); ++s)
            c.values[s] = float(law.a * leadI.values[s] + law.b * toI * leadII.values[s]);   // NaN stays NaN
        g.channels.push_back(std::move(c));
    }
}

WaveformAnnotation readAnnotation(DcmItem &item, const std::vector<WaveformGroup> &groups, const QByteArray &charset)
{
    WaveformAnnotation a;
    a.name = code(item, DCM_ConceptNameCodeSequence, charset).second;
    a.text = text(item, DCM_UnformattedTextValue, charset);
    if (a.text.isEmpty())
        a.text = code(item, DCM_ConceptCodeSequence, charset).second;
    a.value = number(item, DCM_NumericValue);
    a.unit = code(item, DCM_MeasurementUnitsCodeSequence, charset).first;
    Uint16 group = 0, channel = 0, annotationGroup = 0;
    // Referenced Waveform Channels: pairs of (group, channel), both counted from 1; channel 0 is
    // every channel of the group.
    if (item.findAndGetUint16(DCM_ReferencedWaveformChannels, group, 0).good() && group >= 1 && group <= groups.size()) {
        a.group = group - 1;
        if (item.findAndGetUint16(DCM_ReferencedWaveformChannels, channel, 1).good() && channel >= 1
            && channel <= groups[std::size_t(a.group)].channels.size())
            a.channel = channel - 1;
    }
    if (item.findAndGetUint16(DCM_AnnotationGroupNumber, annotationGroup).good())
        a.annotationGroup = annotationGroup;
    Uint32 position = 0;
    for (unsigned long i = 0; item.findAndGetUint32(DCM_ReferencedSamplePositions, position, i).good(); ++i)
        a.samples.push_back(double(position) - 1);   // stored counted from 1
    if (a.samples.empty() && a.group >= 0) {
        Float64 seconds = 0;
        const double hz = groups[std::size_t(a.group)].samplingHz;
        for (unsigned long i = 0; item.findAndGetFloat64(DCM_ReferencedTimeOffsets, seconds, i).good(); ++i)
            a.samples.push_back(seconds * hz);
    }
    return a;
}

QString formatted(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v))) : QString::number(v, 'g', 6);
}

QString unitSuffix(const QString &unit)
{
    if (unit == QLatin1String("deg"))
        return QStringLiteral("°");
    if (unit == QLatin1String("{beats}/min") || unit == QLatin1String("{H.B.}/min") || unit == QLatin1String("/min"))
        return QStringLiteral(" /min");
    if (unit == QLatin1String("uV"))
        return QStringLiteral(" µV");
    return unit.isEmpty() || unit == QLatin1String("1") ? QString() : QLatin1Char(' ') + unit;
}

} // namespace

std::optional<double> WaveformChannel::millivoltsPerUnit() const
{
    if (unit == QLatin1String("uV"))
        return 1e-3;
    if (unit == QLatin1String("mV"))
        return 1.0;
    if (unit == QLatin1String("V"))
        return 1e3;
    if (unit == QLatin1String("nV"))
        return 1e-6;
    return std::nullopt;
}

int WaveformGroup::channelNamed(const QString &label) const
{
    for (std::size_t c = 0; c < channels.size(); ++c)
        if (channels[c].label.compare(label, Qt::CaseInsensitive) == 0)
            return int(c);
    return -1;
}

QString WaveformAnnotation::display() const
{
    if (!value)
        return text.isEmpty() ? name : text;
    return QStringLiteral("%1 %2%3").arg(name.isEmpty() ? text : name, formatted(*value), unitSuffix(unit)).trimmed();
}

QString Waveform::identity() const
{
    QStringList parts;
    if (!patientName.isEmpty())
        parts << patientName;
    if (!patientId.isEmpty())
        parts << tr("ID %1").arg(patientId);
    if (!birthDate.isEmpty())
        parts << tr("born %1").arg(birthDate);
    for (const QString &v : {sex, age, acquired, device})
        if (!v.isEmpty())
            parts << v;
    return parts.join(QStringLiteral(" · "));
}

std::vector<WaveformAnnotation> Waveform::findings() const
{
    std::vector<WaveformAnnotation> out;
    for (const WaveformAnnotation &a : annotations)
        if (a.samples.empty() && !a.display().isEmpty())
            out.push_back(a);
    return out;
}

std::optional<double> Waveform::heartRatePerMinute() const
{
    for (const WaveformAnnotation &a : annotations)
        if (a.value && *a.value > 0 && a.samples.empty() && unitSuffix(a.unit) == QLatin1String(" /min")
            && (a.name.contains(QLatin1String("rate"), Qt::CaseInsensitive)))
            return *a.value;
    for (const WaveformAnnotation &a : annotations)
        if (a.value && *a.value > 0 && a.samples.empty() && a.unit == QLatin1String("ms")
            && a.name.compare(QLatin1String("RR Interval"), Qt::CaseInsensitive) == 0)
            return 60000.0 / *a.value;
    return std::nullopt;
}

Result<Waveform> readWaveform(const QString &path)
{
    detail::quietDcmtkWarnings();
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::NotFound, path, tr("no such file"));
    DcmFileFormat file;
    if (OFCondition c = file.loadFile(path.toUtf8().constData()); c.bad())
        return detail::dcmtkError(ErrorCode::Malformed, path, tr("not readable as DICOM"), c);
    DcmDataset &data = *file.getDataset();
    Waveform w;
    w.path = path;
    w.sopClassUid = ascii(data, DCM_SOPClassUID);
    if (dicom::documentKind(w.sopClassUid) != dicom::DocumentKind::Waveform)
        return Error(ErrorCode::Unsupported, path, tr("not a waveform (%1)").arg(dicom::sopClassName(w.sopClassUid)));
    OFString charset;
    data.findAndGetOFStringArray(DCM_SpecificCharacterSet, charset);
    const QByteArray cs(charset.c_str());
    w.patientName = dicom::PersonName::fromDecoded(text(data, DCM_PatientName, cs)).display();
    w.patientId = text(data, DCM_PatientID, cs);
    w.birthDate = detail::isoDate(ascii(data, DCM_PatientBirthDate));
    w.sex = ascii(data, DCM_PatientSex);
    w.age = ascii(data, DCM_PatientAge);
    const QString acquisition = ascii(data, DCM_AcquisitionDateTime);
    w.acquired = acquisition.size() >= 8 ? detail::dateAndTime(acquisition.left(8), acquisition.mid(8), true)
                                         : detail::dateAndTime(ascii(data, DCM_ContentDate), ascii(data, DCM_ContentTime), true);
    w.device = QStringList{text(data, DCM_Manufacturer, cs), text(data, DCM_ManufacturerModelName, cs)}.join(QLatin1Char(' ')).trimmed();
    const bool bigEndian = DcmXfer(data.getOriginalXfer()).isBigEndian();
    DcmItem *item = nullptr;
    for (int i = 0; data.findAndGetSequenceItem(DCM_WaveformSequence, item, i).good() && item; ++i) {
        auto group = readGroup(*item, i, path, cs, bigEndian);
        if (!group.ok())
            return group.error();
        w.groups.push_back(std::move(group).value());
        deriveLimbLeads(w.groups.back());
    }
    if (w.groups.empty())
        return Error(ErrorCode::Malformed, path, tr("the waveform has no multiplex group (Waveform Sequence)"));
    for (int i = 0; data.findAndGetSequenceItem(DCM_WaveformAnnotationSequence, item, i).good() && item; ++i)
        w.annotations.push_back(readAnnotation(*item, w.groups, cs));
    return w;
}

std::vector<int> detectBeats(const WaveformGroup &group, int channel, double seconds)
{
    if (channel < 0 || channel >= int(group.channels.size()) || group.samplingHz <= 0)
        return {};
    const std::vector<float> &x = group.channels[std::size_t(channel)].values;
    const double hz = group.samplingHz;
    const int n = seconds > 0 ? int(std::min<double>(double(x.size()), seconds * hz)) : int(x.size());
    if (n < hz)
        return {};
    auto value = [&](int i) { return std::isnan(x[std::size_t(i)]) ? 0.0 : double(x[std::size_t(i)]); };
    // The slope squared, summed over a QRS's width: large where a QRS is, small on P and T waves.
    const int window = std::max(1, int(std::lround(0.15 * hz)));
    std::vector<double> energy(std::size_t(n), 0.0);
    double running = 0;
    std::vector<double> slope(std::size_t(n), 0.0);
    for (int i = 1; i + 1 < n; ++i) {
        const double d = (value(i + 1) - value(i - 1)) * hz / 2;
        slope[std::size_t(i)] = d * d;
    }
    for (int i = 0; i < n; ++i) {
        running += slope[std::size_t(i)];
        if (i >= window)
            running -= slope[std::size_t(i - window)];
        energy[std::size_t(i)] = running;
    }
    std::vector<double> sorted = energy;
    const auto high = sorted.begin() + std::ptrdiff_t(0.99 * (n - 1));
    std::nth_element(sorted.begin(), high, sorted.end());
    const double threshold = 0.5 * *high;
    if (!(threshold > 0))
        return {};
    // Peaks of the summed slope above the threshold, at least a refractory period apart.
    const int refractory = int(std::lround(0.25 * hz)), reach = int(std::lround(0.08 * hz));
    std::vector<int> beats;
    for (int i = 0; i < n;) {
        if (energy[std::size_t(i)] < threshold) {
            ++i;
            continue;
        }
        int peak = i;
        for (; i < n && energy[std::size_t(i)] >= threshold; ++i)
            if (energy[std::size_t(i)] > energy[std::size_t(peak)])
                peak = i;
        // The summed slope peaks at the QRS's end: the R wave lies before it, where the signal
        // stands furthest from the median of the beat's surroundings.
        const int from = std::max(0, peak - window - reach), to = std::min(n - 1, peak + reach);
        std::vector<double> around;
        for (int k = std::max(0, from - window); k <= std::min(n - 1, to + window); ++k)
            around.push_back(value(k));
        std::nth_element(around.begin(), around.begin() + std::ptrdiff_t(around.size() / 2), around.end());
        const double baseline = around[around.size() / 2];
        int r = from;
        for (int k = from; k <= to; ++k)
            if (std::abs(value(k) - baseline) > std::abs(value(r) - baseline))
                r = k;
        if (!beats.empty() && r - beats.back() < refractory) {
            if (std::abs(value(r) - baseline) > std::abs(value(beats.back()) - baseline))
                beats.back() = r;   // the same beat: its larger deflection
            continue;
        }
        beats.push_back(r);
    }
    return beats;
}

std::optional<MeasuredRate> measuredHeartRate(const WaveformGroup &group)
{
    if (!isElectrical(group))
        return std::nullopt;
    int channel = group.channelNamed(QStringLiteral("II"));
    if (channel < 0)
        channel = group.channelNamed(QStringLiteral("I"));
    if (channel < 0)
        channel = 0;
    const std::vector<int> beats = detectBeats(group, channel, 60);
    if (beats.size() < 3)
        return std::nullopt;
    std::vector<int> intervals;
    for (std::size_t i = 1; i < beats.size(); ++i)
        intervals.push_back(beats[i] - beats[i - 1]);
    std::nth_element(intervals.begin(), intervals.begin() + std::ptrdiff_t(intervals.size() / 2), intervals.end());
    const double rr = intervals[intervals.size() / 2] / group.samplingHz;
    return MeasuredRate{60.0 / rr, group.channels[std::size_t(channel)].label, int(beats.size())};
}

QString waveformCsv(const WaveformGroup &group)
{
    QStringList header{QStringLiteral("time_s")};
    for (const WaveformChannel &c : group.channels) {
        header << csvField(c.unit.isEmpty() ? c.label : QStringLiteral("%1 (%2)").arg(c.label, c.unit));
    }
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    out.reserve(out.size() + qsizetype(group.samples) * qsizetype(group.channels.size() + 1) * 8);
    for (int s = 0; s < group.samples; ++s) {
        out += QString::number(s / group.samplingHz, 'g', 10);
        for (const WaveformChannel &c : group.channels) {
            out += QLatin1Char(',');
            if (const float v = c.values[std::size_t(s)]; !std::isnan(v))
                out += QString::number(v, 'g', 7);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString waveformText(const Waveform &w)
{
    QString out = dicom::sopClassName(w.sopClassUid).remove(QStringLiteral(" Storage")) + QLatin1Char('\n');
    if (const QString who = w.identity(); !who.isEmpty())
        out += who + QLatin1Char('\n');
    for (std::size_t i = 0; i < w.groups.size(); ++i) {
        const WaveformGroup &g = w.groups[i];
        out += tr("Group %1: %2%3, %4 channels, %5 Hz, %6 s (%7 samples)\n")
                   .arg(i + 1)
                   .arg(g.label.isEmpty() ? tr("(no label)") : g.label, g.derived ? tr(" (derived)") : QString())
                   .arg(g.channels.size())
                   .arg(formatted(g.samplingHz))
                   .arg(QString::number(g.durationSeconds(), 'f', 2))
                   .arg(g.samples);
        for (const WaveformChannel &c : g.channels) {
            QString line = QStringLiteral("  ") + c.label;
            if (!c.source.isEmpty() && c.source != c.label)
                line = QStringLiteral("  %1 %2").arg(c.label, -6).arg(c.source);
            line += QStringLiteral(", %1").arg(!c.unitMeaning.isEmpty() ? c.unitMeaning : !c.unit.isEmpty() ? c.unit : tr("raw sample values"));
            if (c.filterLowHz || c.filterHighHz)
                line += tr(", filters %1–%2 Hz").arg(c.filterLowHz ? formatted(*c.filterLowHz) : QStringLiteral("?"),
                                                      c.filterHighHz ? formatted(*c.filterHighHz) : QStringLiteral("?"));
            if (c.notchHz && *c.notchHz > 0)
                line += tr(", notch %1 Hz").arg(formatted(*c.notchHz));
            out += line + QLatin1Char('\n');
        }
    }
    const auto findings = w.findings();
    if (!findings.empty()) {
        out += tr("Findings of the device:\n");
        for (const WaveformAnnotation &a : findings)
            out += QStringLiteral("  %1\n").arg(a.display());
    }
    if (const auto rate = w.heartRatePerMinute())
        out += tr("Heart rate: %1 /min\n").arg(std::lround(*rate));
    else if (const auto measured = measuredHeartRate(w.groups.front()))
        out += tr("Heart rate: %1 /min (measured by Strata: %2 beats of lead %3)\n").arg(std::lround(measured->perMinute)).arg(measured->beats).arg(measured->lead);
    QStringList marked;
    int points = 0;
    for (const WaveformAnnotation &a : w.annotations)
        if (!a.samples.empty()) {
            ++points;
            if (!a.name.isEmpty() && !marked.contains(a.name))
                marked << a.name;
        }
    if (points > 0)
        out += marked.isEmpty() ? tr("Marked points: %1\n").arg(points) : tr("Marked points: %1 (%2)\n").arg(points).arg(marked.join(QStringLiteral(", ")));
    return out;
}

bool isElectrical(const WaveformGroup &group)
{
    return !group.channels.empty()
           && std::all_of(group.channels.begin(), group.channels.end(), [](const WaveformChannel &c) { return c.millivoltsPerUnit().has_value(); });
}

std::vector<int> standardLeads(const WaveformGroup &group)
{
    static const char *const kLeads[] = {"I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6"};
    std::vector<int> out;
    for (const char *lead : kLeads) {
        const int c = group.channelNamed(QString::fromLatin1(lead));
        if (c < 0)
            return {};
        out.push_back(c);
    }
    return out;
}

} // namespace strata::measure
