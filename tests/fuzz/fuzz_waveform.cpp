// Fuzzes the reading of a waveform (an ECG, a pressure, audio) with any bytes as a file: the
// groups, channels and annotations read, the samples as CSV and text, the beats found and the
// rate measured. An ECG on an outside CD is untrusted: each must give a result or an Error, never
// crash, hang or allocate without bound.
#include "FuzzSupport.h"

#include <strata/measure/Waveform.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = strata::fuzz::writeInput(data, size, QStringLiteral("input.dcm"));
    auto waveform = strata::measure::readWaveform(path);
    if (!waveform.ok())
        return 0;
    (void)strata::measure::waveformText(waveform.value());
    for (const strata::measure::WaveformGroup &group : waveform.value().groups) {
        (void)strata::measure::waveformCsv(group);
        (void)strata::measure::standardLeads(group);
        (void)strata::measure::measuredHeartRate(group);
        for (int c = 0; c < int(group.channels.size()); ++c)
            (void)strata::measure::detectBeats(group, c);
    }
    return 0;
}
