#pragma once
/// The start-up benchmark's probe (tests/benchmarks/run_startup_bench.sh). When the environment
/// variable STRATA_STARTUP_REPORT names a file, the window writes there, as one JSON object, the
/// wall-clock times (seconds since the epoch, CLOCK_REALTIME) at which
///   - main() began (`main`),
///   - the window had been painted and its event loop ran again (`usable`),
///   - every viewport of the viewer showed an image (`images`; only with --open),
///   - the study browser's first page came back from the index (`browserLoaded`, with
///     `browserRows` and `browserTotal`) and its table had painted it (`browserPage`; without
///     --open the probe waits for it; `browserError` when the search failed),
/// and the process's peak resident memory at that moment (`peakRssAtImagesKiB`) and one second
/// later (`peakRssKiB`), then quits. Without the variable it does nothing.
namespace strata::ui {

class MainWindow;

/// Seconds since the epoch now (CLOCK_REALTIME), as `date +%s.%N` gives them.
double wallClockNow();

/// Installs the probe on `window` when STRATA_STARTUP_REPORT is set (call before showing it).
/// `mainStarted` is wallClockNow() at the top of main(); `expectImages` is true when a folder is
/// being opened.
void installStartupReport(MainWindow &window, double mainStarted, bool expectImages);

} // namespace strata::ui
