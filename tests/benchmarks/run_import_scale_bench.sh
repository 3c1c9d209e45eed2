#!/usr/bin/env bash
# How import scales (issue 14): `strata import` of 100,000 small files in 1,000 studies against the
# same command on 300 of those files, in the same run: files/s should stay within 20 % of the small
# import's, and the peak resident memory flat.
#
#   bash tests/benchmarks/run_import_scale_bench.sh BUILD_DIR
#
# Data (made once, ${STRATA_BENCH_DATA:-BUILD_DIR/bench-data}/import-scale/study0000 …): one
# `strata sample --size 64 --slices 100 --noise 8` per study (a new Study Instance UID each; 64×64
# CT slices, ≈ 12 KB a file), two at a time. Every import goes into a fresh data folder on the same
# file system, warm page cache, and is timed as a whole process (start-up, index creation, parse,
# SHA-256, copy into the store, syncfs, index); /usr/bin/time gives its peak resident memory. The
# small import is the first 3 studies (300 files), run REPS times (median); the large one runs once.
# No peer runs here: Orthanc ingests about 110 instances/s on this machine ("Local cache" in
# docs/performance.md), so 100,000 files would take it a quarter of an hour.
#
# Environment: STRATA_SCALE_STUDIES (default 1000), STRATA_SCALE_SLICES (default 100),
# STRATA_SCALE_REPS (default 3), STRATA_BENCH_DATA.
set -euo pipefail

BUILD=$(cd "${1:?usage: run_import_scale_bench.sh BUILD_DIR}" && pwd)
STRATA=$BUILD/app/strata
DATA=${STRATA_BENCH_DATA:-$BUILD/bench-data}
RESULTS=$BUILD/bench-results
STUDIES=${STRATA_SCALE_STUDIES:-1000}
SLICES=${STRATA_SCALE_SLICES:-100}
REPS=${STRATA_SCALE_REPS:-3}
PY=$(command -v python3)

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
[[ -x $STRATA ]] || die "$STRATA is not built (ninja -C $BUILD strata)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (apt-get install time)"
mkdir -p "$DATA" "$RESULTS"
SET=$DATA/import-scale
STAMP="$STUDIES x $SLICES"
if [[ ! -f $SET/.done || $(cat "$SET/.done") != "$STAMP" ]]; then
    log "writing $STUDIES studies of $SLICES 64×64 slices into $SET"
    rm -rf "$SET"
    mkdir -p "$SET"
    seq -f '%04g' 0 $((STUDIES - 1)) | xargs -P2 -I{} sh -c \
        '"$0" sample --out "$1/study{}" --size 64 --slices "$2" --noise 8 > /dev/null 2>&1 && rm -f "$1/study{}/phantom.json"' \
        "$STRATA" "$SET" "$SLICES"
    echo "$STAMP" > "$SET/.done"
fi
TOTAL=$(find "$SET" -name '*.dcm' | wc -l)
(( TOTAL == STUDIES * SLICES )) || die "$SET holds $TOTAL files, not $((STUDIES * SLICES))"
SMALL=$(mktemp -d "$BUILD/.scale-small.XXXXXX")
SCRATCH=$(mktemp -d "$BUILD/.scale.XXXXXX")
trap 'rm -rf "$SCRATCH" "$SMALL"' EXIT
for s in study0000 study0001 study0002; do cp -al "$SET/$s" "$SMALL/$s"; done   # hard links: import follows no symbolic links
find "$SET" -name '*.dcm' -exec cat {} + > /dev/null   # warm page cache

TIMES=$RESULTS/import-scale-times.tsv
printf 'work\trep\tfiles\tseconds\tpeak_rss_kib\n' > "$TIMES"
run() {  # run WORK REP FOLDER
    local d=$SCRATCH/data-$1-$2 out=$SCRATCH/out.json
    /usr/bin/time -o "$SCRATCH/time" -f '%e %M' "$STRATA" --data-dir "$d" import --quiet --json "$3" > "$out" \
        || die "strata import ($1) failed: $(tail -c 1000 "$out")"
    local imported
    imported=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["imported"])' "$out")
    read -r secs rss < "$SCRATCH/time"
    printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$imported" "$secs" "$rss" >> "$TIMES"
    log "$1 rep $2: $imported files in $secs s, peak RSS $rss KiB"
    rm -rf "$d"
}
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq 1 "$REPS"); do run small "$r" "$SMALL"; done
run large 1 "$SET"
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
"$PY" - "$TIMES" "$RESULTS/import-scale.md" "$LOAD_START" "$LOAD_END" "$STUDIES" "$SLICES" <<'PY'
import csv, statistics, sys, datetime, os
times, out, ls, le, studies, slices = sys.argv[1:7]
rows = list(csv.DictReader(open(times), delimiter="\t"))
def pick(w):
    r = [x for x in rows if x["work"] == w]
    secs = statistics.median(float(x["seconds"]) for x in r)
    files = int(r[0]["files"])
    rss = statistics.median(int(x["peak_rss_kib"]) for x in r)
    return files, secs, rss
sf, ss, sr = pick("small"); lf, lsec, lr = pick("large")
lines = [
    "# Import at scale",
    "",
    "Measured %s UTC, %d CPUs, load average %s at the start and %s at the end; %s studies of %s "
    "64×64 slices; whole `strata import` processes into fresh data folders, warm page cache." %
    (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), os.cpu_count(), ls, le, studies, slices),
    "",
    "| import | files | seconds | files/s | peak resident memory |",
    "| --- | --- | --- | --- | --- |",
    "| 3 studies (median of the runs) | %d | %.2f | %.0f | %.0f MiB |" % (sf, ss, sf / ss, sr / 1024),
    "| all %s studies | %d | %.1f | %.0f | %.0f MiB |" % (studies, lf, lsec, lf / lsec, lr / 1024),
    "",
    "Large ÷ small: files/s %.2f×, peak memory %.2f×." % ((lf / lsec) / (sf / ss), lr / sr),
    "",
]
open(out, "w").write("\n".join(lines))
print("\n".join(lines))
PY
