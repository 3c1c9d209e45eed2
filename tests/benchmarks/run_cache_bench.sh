#!/usr/bin/env bash
# Local cache benchmark (issue: local PACS cache): Strata's import against Orthanc's ingest of the
# same files, measured in the same run on this machine.
#
#   bash tests/benchmarks/run_cache_bench.sh BUILD_DIR      (or: ninja -C BUILD_DIR bench)
#
# 1. Data (cached in ${STRATA_BENCH_DATA:-BUILD_DIR/bench-data}):
#    a) the 300-slice 512×512 CT of run_dicom_bench.sh (bench-data/explicit) when it is there,
#       else the same series written by `strata sample` into bench-data/cache-ct;
#    b) many small studies: bench-data/cache-small/studyNNN, one `strata sample --size 64 --slices 5`
#       per study (each run makes a new Study Instance UID; same patient), two at a time.
# 2. For each data set, REPS times each (the median is kept; warm page cache, nothing dropped):
#    - Strata: `strata --data-dir <fresh dir> import --quiet --json <folder>`, timed from the start to
#      the end of the process (start-up, opening and creating the index, parse, SHA-256, copy into the
#      store, syncfs, index);
#    - Orthanc 1.10 (SQLite index, no plugins, an empty storage each repetition), by C-STORE: DCMTK
#      storescu, one association (and, for the small studies, also one association per study, in
#      the first repetition only: it is 5× slower and never the faster Orthanc figure), with
#      TCP_NODELAY=1 for storescu and Orthanc (DCMTK waits on Nagle's algorithm otherwise; see
#      DESIGN.md); and by REST: POST /instances of every file over one keep-alive HTTP connection
#      (peer-bench's rest_upload.py, inlined). Every run checks that all files arrived.
# 3. Prints work / Strata / Orthanc C-STORE / Orthanc REST / ratio and writes it to
#    BUILD_DIR/bench-results/cache.md (raw times: cache-times.tsv).
# 4. Runs strata_bench_search (study search on indexes of 1,000,000 and 10,000,000 instances, made
#    once under bench-data/index-1M and index-10M: 0.5 and 5.5 GB, about 15 s and 3 min) and appends
#    its p50/p95 table, the two side by side, to cache.md (Google Benchmark JSON: search.json).
#    STRATA_BENCH_SEARCH_SCALES=1 leaves the 10M index out.
#
# Orthanc 1.10 cannot bind to one address (HttpBindAddresses came in 2025), so the script runs itself
# in a private network namespace (`unshare -rn`: only a loopback interface exists there) where it can;
# where it cannot, Orthanc refuses remote HTTP clients (RemoteAccessAllowed false) and DICOM peers
# other than 127.0.0.1 (DicomCheckModalityHost), and the table says so. Orthanc always gets free
# loopback ports, a temporary configuration and storage under BUILD_DIR, and is stopped at the end.
#
# Environment: STRATA_BENCH_DATA (data cache), STRATA_CACHE_REPS (repetitions, default 3),
# STRATA_CACHE_STUDIES (number of small studies, default 200), ORTHANC_BIN (default: Orthanc on the
# PATH, else /usr/sbin/Orthanc), STRATA_CACHE_NO_NETNS=1 (do not enter a network namespace).
set -euo pipefail

SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
BUILD=$(cd "${1:?usage: run_cache_bench.sh BUILD_DIR}" && pwd)

# shellcheck source=bench_orthanc.sh
source "$(dirname "$SELF")/bench_orthanc.sh"
private_netns STRATA_CACHE_NETNS STRATA_CACHE_NO_NETNS "non-loopback HTTP clients and DICOM peers" "$SELF" "$@"

STRATA=$BUILD/app/strata
DATA=${STRATA_BENCH_DATA:-$BUILD/bench-data}
RESULTS=$BUILD/bench-results
REPS=${STRATA_CACHE_REPS:-3}
NSTUDIES=${STRATA_CACHE_STUDIES:-200}
SMALL_SIZE=64
SMALL_SLICES=5
ORTHANC=${ORTHANC_BIN:-$(command -v Orthanc || echo /usr/sbin/Orthanc)}
PY=$(command -v python3)
HOST=127.0.0.1

[[ -x $STRATA ]] || die "$STRATA is not built (ninja -C $BUILD strata)"
[[ -x $ORTHANC ]] || die "Orthanc not found (apt-get install orthanc, or set ORTHANC_BIN)"
for tool in storescu curl; do command -v "$tool" > /dev/null || die "$tool not found (apt-get install dcmtk curl)"; done
mkdir -p "$DATA" "$RESULTS"
# Scratch on the build's file system: Strata's data dirs and Orthanc's storage live on the same disk.
SCRATCH=$(mktemp -d "$BUILD/.cache-bench.XXXXXX")
ORTHANC_WORK=$SCRATCH/orthanc

cleanup() { orthanc_stop; rm -rf "$SCRATCH"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { echo "$EPOCHREALTIME"; }
dt() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.4f", b-a}'; }
nfiles() { find "$1" -type f -name '*.dcm' | wc -l; }
nbytes() { find "$1" -type f -name '*.dcm' -printf '%s\n' | awk '{s+=$1} END{print s+0}'; }

# ---------------------------------------------------------------------------------------------
# 1. Data
# ---------------------------------------------------------------------------------------------
if [[ -f $DATA/.explicit.done && -d $DATA/explicit && $(nfiles "$DATA/explicit") -eq 300 ]]; then
    CT_DIR=$DATA/explicit
else
    CT_DIR=$DATA/cache-ct
    if [[ ! -f $DATA/.cache-ct.done || ! -d $CT_DIR || $(nfiles "$CT_DIR") -ne 300 ]]; then
        log "writing the 300-slice 512×512 CT into $CT_DIR"
        rm -rf "$CT_DIR"
        "$STRATA" sample --out "$CT_DIR" --size 512 --slices 300 --noise 8 > /dev/null 2>&1
        rm -f "$CT_DIR/phantom.json"
        touch "$DATA/.cache-ct.done"
    fi
fi
SMALL_DIR=$DATA/cache-small
SMALL_SPEC="studies=$NSTUDIES size=$SMALL_SIZE slices=$SMALL_SLICES"
if [[ ! -f $DATA/.cache-small.done || $(cat "$DATA/.cache-small.done") != "$SMALL_SPEC" ]]; then
    log "writing $NSTUDIES small studies ($SMALL_SLICES slices of ${SMALL_SIZE}×$SMALL_SIZE) into $SMALL_DIR, 2 at a time"
    rm -rf "$SMALL_DIR" "$DATA/.cache-small.done"
    mkdir -p "$SMALL_DIR"
    seq -f '%03g' 1 "$NSTUDIES" | xargs -P2 -I{} sh -c \
        '"$1" sample --out "$2/study$3" --size "$4" --slices "$5" --seed "$3" > /dev/null 2>&1 && rm -f "$2/study$3/phantom.json"' \
        sh "$STRATA" "$SMALL_DIR" {} "$SMALL_SIZE" "$SMALL_SLICES"
    echo "$SMALL_SPEC" > "$DATA/.cache-small.done"
fi
(( $(nfiles "$SMALL_DIR") == NSTUDIES * SMALL_SLICES )) || die "$SMALL_DIR holds $(nfiles "$SMALL_DIR") files, not $((NSTUDIES * SMALL_SLICES))"

# Warm the page cache: every figure below is a warm-cache figure.
cat "$CT_DIR"/*.dcm "$SMALL_DIR"/*/*.dcm > /dev/null

# ---------------------------------------------------------------------------------------------
# 2. Runs
# ---------------------------------------------------------------------------------------------
TIMES=$RESULTS/cache-times.tsv
printf 'dataset\ttool\trep\tseconds\tfiles\tbytes\n' > "$TIMES"
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$TIMES"; }

read -r ORTHANC_HTTP ORTHANC_DICOM < <(free_ports 2)
# DCMTK (storescu, and Orthanc's DICOM layer) read TCP_NODELAY from the environment.
export TCP_NODELAY=1

orthanc_start() {
    orthanc_fresh
    cat > "$ORTHANC_WORK/orthanc.json" <<JSON
{
  "Name": "strata-cache-bench",
  "StorageDirectory": "$ORTHANC_WORK/storage",
  "IndexDirectory": "$ORTHANC_WORK/index",
  "StorageCompression": false,
  "MaximumStorageSize": 0,
  "MaximumPatientCount": 0,
  "Plugins": [],
  "ConcurrentJobs": 2,
  "HttpServerEnabled": true,
  "HttpPort": $ORTHANC_HTTP,
  "HttpDescribeErrors": true,
  "HttpCompressionEnabled": false,
  "KeepAlive": true,
  "RemoteAccessAllowed": false,
  "AuthenticationEnabled": false,
  "DicomServerEnabled": true,
  "DicomAet": "ORTHANC",
  "DicomPort": $ORTHANC_DICOM,
  "DicomCheckCalledAet": false,
  "DicomCheckModalityHost": true,
  "DicomAlwaysAllowEcho": false,
  "DicomAlwaysAllowStore": false,
  "DicomScpTimeout": 60,
  "DicomModalities": { "bench": [ "STRATABENCH", "127.0.0.1", 11199 ] },
  "SaveJobs": false,
  "StableAge": 3600,
  "LogExportedResources": false,
  "StorageAccessOnFind": "Never"
}
JSON
    orthanc_launch
}

# POST every *.dcm under DIR to /instances over one keep-alive connection, sequentially; prints seconds.
rest_upload() {
    "$PY" - "$1" "$HOST" "$ORTHANC_HTTP" <<'EOF'
import sys, os, time, http.client
d, host, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(os.path.join(r, f) for r, _, fs in os.walk(d) for f in fs if f.endswith(".dcm"))
conn = http.client.HTTPConnection(host, port, timeout=120)
t0 = time.perf_counter()
for f in files:
    with open(f, "rb") as fh:
        body = fh.read()
    conn.request("POST", "/instances", body=body, headers={"Content-Type": "application/dicom"})
    r = conn.getresponse(); txt = r.read()
    if r.status != 200:
        sys.exit("upload failed %s: %s %s" % (f, r.status, txt[:200]))
print("%.4f" % (time.perf_counter() - t0))
EOF
}

# bench_dataset KEY DIR MODE   (MODE: one = C-STORE in one association; per-study = that, and one
# association per sub-folder)
bench_dataset() {
    local key=$1 dir=$2 mode=$3 nf nb r t0 t1 n wall user sys
    nf=$(nfiles "$dir"); nb=$(nbytes "$dir")
    for ((r = 1; r <= REPS; r++)); do
        # Strata: a fresh data dir each repetition.
        # Bash's `time` gives the process's wall, user and system time (the last line of its output).
        rm -rf "$SCRATCH/strata"
        { time "$STRATA" --data-dir "$SCRATCH/strata" import --quiet --json "$dir" > "$SCRATCH/import.json" ; } 2> "$SCRATCH/time" \
            || die "strata import failed: $(cat "$SCRATCH/import.json" "$SCRATCH/time")"
        read -r wall user sys < <(tail -n1 "$SCRATCH/time")
        n=$("$PY" -c 'import json, sys; o = json.load(open(sys.argv[1])); print(o["imported"], o["seconds"])' "$SCRATCH/import.json")
        [[ ${n% *} == "$nf" ]] || die "strata imported ${n% *} of $nf files"
        record "$key" strata "$r" "$wall" "$nf" "$nb"
        record "$key" strata-internal "$r" "${n#* }" "$nf" "$nb"
        record "$key" strata-cpu "$r" "$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.3f", u+s}')" "$nf" "$nb"
        log "$key strata rep $r: $wall s, CPU $user s user + $sys s system (import summary: ${n#* } s)"
        rm -rf "$SCRATCH/strata"

        # Orthanc C-STORE: one association for everything (storescu +sd +r on the folder) and, for
        # the small studies, also one association per study (a storescu per study folder; first
        # repetition only).
        orthanc_start
        t0=$(now)
        storescu -aet STRATABENCH -aec ORTHANC +sd +r "$HOST" "$ORTHANC_DICOM" "$dir"
        t1=$(now)
        orthanc_check "$nf" "C-STORE"
        record "$key" orthanc-cstore "$r" "$(dt "$t0" "$t1")" "$nf" "$nb"
        log "$key Orthanc C-STORE, one association, rep $r: $(dt "$t0" "$t1") s"
        if [[ $mode == per-study && $r == 1 ]]; then  # 20–25 s a run here: once is enough to show it
            orthanc_start
            t0=$(now)
            for d in "$dir"/*/; do storescu -aet STRATABENCH -aec ORTHANC +sd "$HOST" "$ORTHANC_DICOM" "$d"; done
            t1=$(now)
            orthanc_check "$nf" "C-STORE per study"
            record "$key" orthanc-cstore-per-study "$r" "$(dt "$t0" "$t1")" "$nf" "$nb"
            log "$key Orthanc C-STORE, one association per study, rep $r: $(dt "$t0" "$t1") s"
        fi

        # Orthanc REST
        orthanc_start
        t0=$(rest_upload "$dir")
        orthanc_check "$nf" "REST"
        record "$key" orthanc-rest "$r" "$t0" "$nf" "$nb"
        log "$key Orthanc REST rep $r: $t0 s"
        orthanc_stop
    done
}

TIMEFORMAT=$'\n%3R %3U %3S'
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
T_START=$EPOCHREALTIME
log "cache benchmark: $REPS repetition(s) per tool and data set; Orthanc on $HOST:$ORTHANC_DICOM (DICOM) and :$ORTHANC_HTTP (HTTP) in $ISOLATION"
bench_dataset ct "$CT_DIR" one
bench_dataset small "$SMALL_DIR" per-study
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# 3. Table
# ---------------------------------------------------------------------------------------------
ORTHANC_VERSION=$("$ORTHANC" --version 2>&1 | awk 'NR == 1 {print $2}')
STORESCU_VERSION=$(storescu --version 2>&1 | awk '/storescu v/ && !seen {sub(/^v/, "", $3); print $3; seen = 1}')
"$PY" - "$TIMES" "$RESULTS/cache.md" "$REPS" "$NSTUDIES" "$SMALL_SLICES" "$SMALL_SIZE" "$LOAD_START" "$LOAD_END" \
    "$ORTHANC_VERSION" "$STORESCU_VERSION" "$ISOLATION" "$(dt "$T_START" "$EPOCHREALTIME")" "$(nproc)" <<'EOF'
import sys, datetime, statistics
(times, out_md, reps, nstudies, slices, size, load0, load1, orthanc_v, storescu_v, isolation,
 total, cpus) = sys.argv[1:14]
runs = {}
for line in list(open(times))[1:]:
    key, tool, rep, sec, nf, nb = line.rstrip("\n").split("\t")
    runs.setdefault((key, tool), []).append((float(sec), int(nf), int(nb)))

def rate(key, tool):
    v = runs.get((key, tool))
    if not v:
        return None
    med = statistics.median(s for s, _, _ in v)
    return v[0][1] / med, v[0][2] / med / 1e6, med, [s for s, _, _ in v]

def cell(r):
    return f"{r[0]:,.0f} files/s ({r[1]:,.1f} MB/s)"

works = [("ct", "300-slice 512×512 CT, one folder ({n} files, {mb:.0f} MB)"),
         ("small", f"{nstudies} small studies × {slices} images ({size}×{size}; {{n}} files, {{mb:.1f}} MB)")]
head = ["work", "Strata import", "Orthanc C-STORE", "Orthanc REST", "Strata ÷ faster Orthanc"]
lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
detail = []
for key, label in works:
    s, c, r = rate(key, "strata"), rate(key, "orthanc-cstore"), rate(key, "orthanc-rest")
    ps = rate(key, "orthanc-cstore-per-study")
    if not (s and c and r):
        continue
    nf, nb = runs[(key, "strata")][0][1:]
    cpu = statistics.median(x for x, _, _ in runs[(key, "strata-cpu")]) if (key, "strata-cpu") in runs else None
    scell = cell(s)[:-1] + (f", {cpu / s[2]:.1f} cores)" if cpu else ")")
    ccell = f"{cell(c)}, one association"
    if ps:
        ccell += f"; {cell(ps)}, one association per study ({len(ps[3])} run)"
    best = max(v[0] for v in (c, r, ps) if v)
    ratio = s[0] / best
    mark = "" if ratio >= 2 else " (goal ≥ 2×)"
    lines.append("| " + " | ".join([label.format(n=nf, mb=nb / 1e6), scell, ccell, cell(r), f"{ratio:.2f}×{mark}"]) + " |")
    for name, v in (("strata import (process wall time)", s), ("strata import (summary's seconds)", rate(key, "strata-internal")),
                    ("orthanc C-STORE, one association", c), ("orthanc C-STORE, one assoc. per study", ps),
                    ("orthanc REST", r)):
        if v:
            detail.append(f"{key:5s} {name:38s} median {v[2]:7.3f} s = {v[0]:7,.0f} files/s   runs: "
                          + ", ".join(f"{x:.3f}" for x in v[3]))
    if cpu:
        detail.append(f"{key:5s} {'strata import CPU time (user + system)':38s} median {cpu:7.3f} s")
text = "\n".join(lines)
when = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
note = (f"Measured {when}, {cpus} CPUs, load average {load0} at the start and {load1} at the end; warm page "
        f"cache (nothing dropped). Median of {reps} run(s) per cell, each into an empty Strata data dir / an "
        f"empty Orthanc. Strata: `strata import` of the folder, whole process timed (both cores). Orthanc "
        f"{orthanc_v} (SQLite index, no plugins): C-STORE from DCMTK storescu {storescu_v} with TCP_NODELAY=1 "
        f"(storescu and Orthanc; `storescu +sd +r` on the folder for one association, one storescu per study "
        f"folder otherwise), REST: POST /instances, one keep-alive connection, sequential. Orthanc ran in "
        f"{isolation}. The ratio is against the fastest Orthanc figure of the row; cores = Strata's CPU time / wall time. Whole run: {float(total):.0f} s.")
open(out_md, "w").write(f"# Local cache benchmark\n\n## Import\n\n{note}\n\n{text}\n\n```\n" + "\n".join(detail) + "\n```\n")
print()
print(text)
print()
print("\n".join(detail))
print()
print(note)
EOF

# ---------------------------------------------------------------------------------------------
# 4. Study search on indexes of 1,000,000 and 10,000,000 instances (strata_bench_search; made once)
# ---------------------------------------------------------------------------------------------
SEARCH=$BUILD/tests/benchmarks/strata_bench_search
if [[ -x $SEARCH ]]; then
    LOAD_SEARCH=$(cut -d' ' -f1-3 /proc/loadavg)
    SCALES=${STRATA_BENCH_SEARCH_SCALES:-1,10}
    log "strata_bench_search (indexes of $SCALES million instances under $DATA/index-*M, made once)"
    STRATA_BENCH_DATA=$DATA STRATA_BENCH_SEARCH_SCALES=$SCALES STRATA_BENCH_SEARCH_MD=$SCRATCH/search.md "$SEARCH" \
        --benchmark_out="$RESULTS/search.json" --benchmark_out_format=json
    {
        printf '\n## Study search\n\n'
        printf 'Measured %s, load average %s at the start. LocalCache::searchStudies on indexes of 1,000,000 instances in 20,000 studies (~5,000 patients) and 10,000,000 in 200,000 (~50,000 patients; strata_bench_search), one 100-row page per call, sorted by study date (newest first) unless the row says otherwise; p50/p95 over 30 to 1,000 calls per query (about 2 s each). The index has no ANALYZE statistics (the importer runs none).\n\n' \
            "$(date '+%Y-%m-%d %H:%M')" "$LOAD_SEARCH"
        cat "$SCRATCH/search.md"
    } >> "$RESULTS/cache.md"
else
    log "strata_bench_search is not built: study search skipped (ninja -C $BUILD strata_bench_search)"
fi
log "results: $RESULTS/cache.md, $TIMES, $RESULTS/search.json"
