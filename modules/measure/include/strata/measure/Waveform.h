#pragma once
/// A waveform a study holds beside its images — a 12-lead ECG from the cardiograph, a hemodynamic
/// or arterial pressure recording from the cath lab, a respiratory trace, voice audio — read for a
/// person (PS3.3 C.10.9 Waveform, C.10.10 Waveform Annotation): its multiplex groups, each group's
/// channels as values in their own unit (Channel Sensitivity × Correction Factor + Baseline), and
/// the annotations the device wrote (its interpretation, its measurements, marked points).
#include <strata/core/Result.h>

#include <QString>

#include <optional>
#include <vector>

namespace strata::measure {

/// One channel of a multiplex group: a lead of an ECG, a pressure, a respiration.
struct WaveformChannel {
    /// A short name for the trace: Channel Label (003A,0203), else the source's code meaning
    /// without "Lead" and a parenthesis ("Lead I (Einthoven)" → "I"), else "Channel n".
    QString label;
    QString source;        ///< Channel Source Sequence's code meaning as stored ("Lead I (Einthoven)")
    QString unit;          ///< the sensitivity unit's UCUM code ("uV", "mV", "mm[Hg]"); empty: raw sample values
    QString unitMeaning;   ///< its code meaning ("microvolt")
    std::optional<double> filterLowHz, filterHighHz, notchHz;
    /// Not in the file: computed from other leads (an ECG stored with I, II and V1–V6 only gets
    /// III, aVR, aVL and aVF by Einthoven's and Goldberger's laws); `source` says from what.
    bool derived = false;
    /// The values, one per sample, in `unit` (raw sample values where the channel has no
    /// sensitivity); NaN where the sample is the group's padding value (no signal).
    std::vector<float> values;

    /// The factor that takes `unit` to millivolts (µV, mV, V, nV), or nothing for another unit.
    std::optional<double> millivoltsPerUnit() const;
};

/// One multiplex group: channels sampled together at one frequency (an ECG's 10-second rhythm,
/// its median beat).
struct WaveformGroup {
    QString label;            ///< Multiplex Group Label (003A,0020): "RHYTHM", "MEDIAN BEAT"
    bool derived = false;     ///< Waveform Originality DERIVED (a median beat), else ORIGINAL
    double samplingHz = 0;    ///< Sampling Frequency (003A,001A)
    double timeOffsetMs = 0;  ///< Multiplex Group Time Offset (0018,1068): its first sample after the acquisition's start
    int samples = 0;          ///< Number of Waveform Samples
    std::vector<WaveformChannel> channels;

    double durationSeconds() const { return samplingHz > 0 ? samples / samplingHz : 0; }
    /// The channel of this label ("II", "V5"), compared without case; -1 if none.
    int channelNamed(const QString &label) const;
};

/// One annotation the device wrote (Waveform Annotation Sequence (0040,B020)).
struct WaveformAnnotation {
    QString text;       ///< Unformatted Text Value ("SINUS RHYTHM"), else the Concept Code Sequence's meaning
    QString name;       ///< Concept Name Code Sequence's meaning ("QRS Duration", "QRS Onset")
    std::optional<double> value;   ///< Numeric Value
    QString unit;       ///< the measurement unit's UCUM code ("ms", "deg", "/min")
    int group = -1;     ///< the multiplex group (index into Waveform::groups) it refers to; -1: the whole waveform
    int channel = -1;   ///< the channel (index) it refers to; -1: every channel of the group
    /// The samples it marks (0-based, in the group's samples): Referenced Sample Positions, or
    /// Referenced Time Offsets (seconds from the group's start) at the group's rate.
    std::vector<double> samples;
    int annotationGroup = 0;   ///< Annotation Group Number: the device's own grouping

    /// "QRS Duration 75 ms", "P Axis 74°", "SINUS RHYTHM".
    QString display() const;
};

struct Waveform {
    QString path;
    QString sopClassUid;
    /// Whose and when, for every sheet and picture of it: the patient's name (as "Family, Given"),
    /// ID, birth date (YYYY-MM-DD), sex and age as stored; the acquisition's date and time
    /// ("2013-01-25 10:59:19": Acquisition DateTime, else Content Date and Time); the device.
    QString patientName, patientId, birthDate, sex, age;
    QString acquired;
    QString device;
    /// "Anonymous · ID 642341 · born 1971-01-23 · F · 042Y · 2013-01-25 10:59:19 · Mortara
    /// Instrument, Inc. el250" (what is there of it).
    QString identity() const;
    std::vector<WaveformGroup> groups;
    std::vector<WaveformAnnotation> annotations;

    /// What the device said of the whole recording, in its order: its statements ("SINUS
    /// RHYTHM") and its measurements ("PR Interval 161 ms") — the annotations that mark no sample.
    std::vector<WaveformAnnotation> findings() const;
    /// The heart rate the device's RR interval gives (60000 / RR ms), when it wrote one.
    std::optional<double> heartRatePerMinute() const;
};

/// Reads the waveform of `path` (any waveform storage class; samples 8, 16, 32 or 64 bits, signed
/// or unsigned, µ-law and A-law audio). An ECG group with leads I and II but not all four other
/// limb leads (many cardiographs store eight leads: I, II, V1–V6) gets the missing ones derived,
/// after its own channels. Fails, naming the file and the reason, for another object,
/// or a group whose sample data is shorter than its channels × samples say.
Result<Waveform> readWaveform(const QString &path);

/// The beats of one channel of an ECG group: its R waves as sample indices, found by their slope
/// (the squared slope summed over 150 ms, its peaks above half its high percentile, 250 ms
/// apart at least; each beat at the largest deflection from the baseline within 80 ms of its
/// peak), in its first `seconds` (0: all of it). Empty for a channel shorter than a second.
std::vector<int> detectBeats(const WaveformGroup &group, int channel, double seconds = 0);

/// What the ECG's leads give where the device wrote no rate: 60 / the median interval between the
/// beats of lead II (else I, else the first channel) in the recording's first minute, when at
/// least three beats are found; and the lead it came from.
struct MeasuredRate {
    double perMinute = 0;
    QString lead;
    int beats = 0;
};
std::optional<MeasuredRate> measuredHeartRate(const WaveformGroup &group);

/// A group's samples as CSV: a header "time_s,I (uV),II (uV),…", then a row per sample, its time
/// from the group's start in seconds; an empty cell for padding.
QString waveformCsv(const WaveformGroup &group);

/// The waveform as text for a terminal: each group (label, rate, duration, channels with unit and
/// filters), then the device's findings.
QString waveformText(const Waveform &waveform);

/// Whether the group's channels are an ECG's leads (all of their units convertible to millivolts).
bool isElectrical(const WaveformGroup &group);

/// The twelve standard leads' channels, in the order a 12-lead sheet shows them (I, II, III, aVR,
/// aVL, aVF, V1 … V6), when the group has all of them; empty otherwise.
std::vector<int> standardLeads(const WaveformGroup &group);

} // namespace strata::measure
