#!/usr/bin/env bash
# Start-up and memory of the window (issue 14): how long `strata` takes from being started to a
# usable window, and to the 512×512×300 CT on screen in the 1+3 MPR layout, with the peak resident
# memory then; beside a bare Qt Widgets window started the same way (strata_bench_startup_peer:
# what any Qt application pays) and `strata --help` (the process with all its libraries, no window).
#
#   bash tests/benchmarks/run_startup_bench.sh BUILD_DIR
#
# Each run starts a fresh process with STRATA_STARTUP_REPORT set (src: modules/ui/src/StartupReport.cpp):
# the window writes the wall-clock times at which main() began, it was first painted with its event
# loop running again ("usable"), and every viewport showed an image, and its peak resident memory
# (getrusage) one second after that; then it quits. The script takes the time just before it starts
# the process, so "usable" includes loading `strata`, its hand-over to strata-viewer (app/main.cpp) and the
# viewer's 130-odd libraries.
#   - window:   `strata --data-dir D` (D made by the first run: the first start creates the cache);
#   - mpr:      `strata --data-dir D --open <CT folder> --layout mpr` (the folder is read from disk,
#               warm page cache; not through the cache's index);
#   - peer:     strata_bench_startup_peer (QMainWindow with a menu, tool and status bar, maximised);
#   - --help:   `strata --help` (wall time of the whole process);
#   - browser-10M: `strata --data-dir <copy of bench-data/index-10M>`, to the study browser's first
#               page painted (the 100 newest of 200,000 studies, 10,000,000 instances; the index
#               strata_bench_search makes, run_cache_bench.sh; left out with a note when it is
#               missing). The copy (5.4 GB, in TMPDIR) keeps the benchmark's index as it was made;
#               its first start is reported apart. Every window run also records when the browser
#               showed its first page ("browser").
# Every run gets a fresh settings folder (XDG_CONFIG_HOME), so no saved layout or geometry applies.
# Uses $DISPLAY when set, else starts its own Xvfb (1600×1200, 24 bit). Mesa llvmpipe, no GPU.
#
# Environment: STRATA_STARTUP_REPS (runs of each, default 7; the median is kept, and the first
# start of the cache is reported apart), STRATA_BENCH_DATA (the data folder, default
# BUILD_DIR/bench-data: the CT of run_dicom_bench.sh, bench-data/explicit, else written once into
# bench-data/startup-ct by `strata sample`).
set -euo pipefail

BUILD=$(cd "${1:?usage: run_startup_bench.sh BUILD_DIR}" && pwd)
STRATA=$BUILD/app/strata
PEER=$BUILD/tests/benchmarks/strata_bench_startup_peer
DATA=${STRATA_BENCH_DATA:-$BUILD/bench-data}
RESULTS=$BUILD/bench-results
REPS=${STRATA_STARTUP_REPS:-7}
PY=$(command -v python3)

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
for tool in "$STRATA" "$PEER"; do [[ -x $tool ]] || die "$tool is not built (ninja -C $BUILD strata strata_bench_startup_peer)"; done
[[ $REPS =~ ^[1-9][0-9]*$ ]] || die "STRATA_STARTUP_REPS must be a positive number, not '$REPS'"
mkdir -p "$DATA" "$RESULTS"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/strata-startup.XXXXXX")
XVFB_PID=
cleanup() { [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2> /dev/null; rm -rf "$SCRATCH"; }
trap cleanup EXIT

if [[ -f $DATA/.explicit.done && -d $DATA/explicit ]]; then
    CT=$DATA/explicit
else
    CT=$DATA/startup-ct
    if [[ ! -f $DATA/.startup-ct.done ]]; then
        log "writing the 300-slice 512×512 CT into $CT"
        rm -rf "$CT"
        "$STRATA" sample --out "$CT" --size 512 --slices 300 --noise 8 > /dev/null
        rm -f "$CT/phantom.json"
        touch "$DATA/.startup-ct.done"
    fi
fi
NFILES=$(find "$CT" -maxdepth 1 -name '*.dcm' | wc -l)
(( NFILES == 300 )) || die "$CT holds $NFILES DICOM files, not 300"
cat "$CT"/*.dcm > /dev/null   # warm page cache

if [[ -z ${DISPLAY:-} ]]; then
    command -v Xvfb > /dev/null || die "no DISPLAY and no Xvfb (apt-get install xvfb)"
    exec {fd}<> <(:)
    Xvfb -displayfd "$fd" -screen 0 1600x1200x24 -nolisten tcp > "$SCRATCH/xvfb.log" 2>&1 &
    XVFB_PID=$!
    read -r -t 20 -u "$fd" number || die "Xvfb did not start: $(cat "$SCRATCH/xvfb.log")"
    export DISPLAY=:$number
fi
export QT_QPA_PLATFORM=xcb

TIMES=$RESULTS/startup-times.tsv
printf 'work\trep\tusable_s\timages_s\tmain_s\tpeak_rss_kib\tbrowser_s\trows\n' > "$TIMES"
D=$SCRATCH/data
# one KIND REP COMMAND...: runs COMMAND with a fresh settings folder and the report file, appends a row.
one() {
    local kind=$1 rep=$2 report=$SCRATCH/report.json t0
    shift 2
    rm -rf "$SCRATCH/config" "$report"
    mkdir -p "$SCRATCH/config"
    t0=$(date +%s.%N)
    XDG_CONFIG_HOME=$SCRATCH/config STRATA_STARTUP_REPORT=$report "$@" > "$SCRATCH/out.log" 2>&1 \
        || die "$kind run $rep failed: $(tail -c 1500 "$SCRATCH/out.log")"
    [[ -s $report ]] || die "$kind run $rep wrote no report: $(tail -c 1500 "$SCRATCH/out.log")"
    "$PY" - "$report" "$t0" "$kind" "$rep" >> "$TIMES" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); t0 = float(sys.argv[2])
f = lambda k: "%.4f" % (r[k] - t0) if k in r else ""
print("\t".join([sys.argv[3], sys.argv[4], f("usable"), f("images"), f("main"), str(int(r.get("peakRssKiB", 0))),
                 f("browserPage"), str(int(r.get("browserTotal", 0)))]))
PY
}
help_run() {
    local t0 t1
    t0=$(date +%s.%N)
    "$STRATA" --help > /dev/null
    t1=$(date +%s.%N)
    printf 'help\t%s\t%s\t\t\t\t\t\n' "$1" "$("$PY" -c "print('%.4f' % ($t1 - $t0))")" >> "$TIMES"
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
log "start-up benchmark: $REPS run(s) of each on DISPLAY=$DISPLAY; CT $CT; load average $LOAD_START"
one first-start 1 "$STRATA" --data-dir "$D"
for r in $(seq 1 "$REPS"); do
    one window "$r" "$STRATA" --data-dir "$D"
    one mpr "$r" "$STRATA" --data-dir "$D" --open "$CT" --layout mpr
    one peer "$r" "$PEER"
    help_run "$r"
done
INDEX10M=$DATA/index-10M
if [[ -s $INDEX10M/index.sqlite ]]; then
    log "copying $INDEX10M into $SCRATCH/d10m (the benchmark's index stays as it was made)"
    mkdir -p "$SCRATCH/d10m"
    cp "$INDEX10M/index.sqlite" "$SCRATCH/d10m/"
    one browser-10M-first 1 "$STRATA" --data-dir "$SCRATCH/d10m"
    for r in $(seq 1 "$REPS"); do
        one browser-10M "$r" "$STRATA" --data-dir "$SCRATCH/d10m"
    done
    rm -rf "$SCRATCH/d10m"
else
    log "no $INDEX10M/index.sqlite: the browser on 10,000,000 instances is left out (strata_bench_search makes it; run_cache_bench.sh)"
fi
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

"$PY" - "$TIMES" "$RESULTS/startup.md" "$REPS" "$LOAD_START" "$LOAD_END" "$CT" <<'PY'
import csv, statistics, sys, datetime, os
times, out, reps, load_s, load_e, ct = sys.argv[1:7]
rows = list(csv.DictReader(open(times), delimiter="\t"))
def med(kind, key):
    v = [float(r[key]) for r in rows if r["work"] == kind and r[key]]
    return statistics.median(v) if v else None
def runs(kind, key):
    return ", ".join("%.0f" % (float(r[key]) * 1000) for r in rows if r["work"] == kind and r[key])
vol = 512 * 512 * 300
ms = lambda x: "%.0f ms" % (x * 1000)
rss = med("mpr", "peak_rss_kib") * 1024
lines = [
    "# Start-up and memory",
    "",
    "Measured %s UTC, %d CPUs, load average %s at the start and %s at the end; median of %s run(s) each; "
    "times from just before the process is started. CT: %s (300 files, 512×512, Explicit VR LE)." %
    (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), os.cpu_count(), load_s, load_e, reps, ct),
    "",
    "| work | Strata | peer / context |",
    "| --- | --- | --- |",
    "| start to usable window (cache exists) | %s (main() at %s) | bare Qt window: %s (main() at %s); `strata --help`, whole process: %s |" %
    (ms(med("window", "usable_s")), ms(med("window", "main_s")), ms(med("peer", "usable_s")), ms(med("peer", "main_s")), ms(med("help", "usable_s"))),
    "| first start, empty data folder (creates the cache) | %s | — |" % ms(med("first-start", "usable_s")),
    "| start with `--open <CT> --layout mpr` to usable window | %s | — |" % ms(med("mpr", "usable_s")),
    "| … to all four viewports showing the CT (1+3 MPR) | %s | — |" % ms(med("mpr", "images_s")),
    "| start to the study browser's first page, empty cache | %s | — |" % ms(med("window", "browser_s")),
] + ([
    "| start to the study browser's first page painted, 10,000,000 instances in 200,000 studies (goal < 200 ms) | %s (usable window %s; main() at %s) | first start of the copied index: %s |" %
    (ms(med("browser-10M", "browser_s")), ms(med("browser-10M", "usable_s")), ms(med("browser-10M", "main_s")), ms(med("browser-10M-first", "browser_s"))),
] if med("browser-10M", "browser_s") is not None else [
    "| start to the study browser's first page, 10,000,000 instances | not measured: no bench-data/index-10M | — |",
]) + [
    "| peak resident memory with the CT in 1+3 MPR | %.0f MiB | the volume: %.0f MiB as 32-bit floats (%.2f×), %.0f MiB as stored 16-bit (%.2f×) |" %
    (rss / 2**20, vol * 4 / 2**20, rss / (vol * 4), vol * 2 / 2**20, rss / (vol * 2)),
    "",
    "Runs (ms): window %s; peer %s; mpr usable %s; mpr images %s; --help %s; browser on 10M %s." %
    (runs("window", "usable_s"), runs("peer", "usable_s"), runs("mpr", "usable_s"), runs("mpr", "images_s"), runs("help", "usable_s"),
     runs("browser-10M", "browser_s") or "—"),
    "",
]
open(out, "w").write("\n".join(lines))
print("\n".join(lines))
PY
log "results: $RESULTS/startup.md, $TIMES"
