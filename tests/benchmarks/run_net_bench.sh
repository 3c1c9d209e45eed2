#!/usr/bin/env bash
# Networking benchmark (issue 5): retrieve a 300-slice series by C-GET, C-MOVE and WADO-RS and send it
# by C-STORE and STOW-RS with Strata, against DCMTK getscu, movescu and storescu on the same data, in
# the same run, on this machine, with Orthanc 1.10 (+ DICOMweb plugin) as the node on loopback.
#
#   bash tests/benchmarks/run_net_bench.sh BUILD_DIR      (or: ninja -C BUILD_DIR bench)
#
# 1. Data (cached in ${STRATA_BENCH_DATA:-BUILD_DIR/bench-data}): the 300-slice 512×512 CT of
#    run_dicom_bench.sh (bench-data/explicit) when it is there, else the same series written by
#    `strata sample` into bench-data/cache-ct (shared with run_cache_bench.sh). With
#    STRATA_NET_SLICES=N (N ≠ 300; for trying the script out cheaply) a series of N slices of its
#    own, bench-data/net-ctN.
# 2. Retrieve (one Orthanc, loaded once by storescu before the measurements; one unmeasured
#    `getscu --ignore` warms it up). REPS times each, median kept, every run into a FRESH folder or
#    Strata data dir, every run checked to have brought all instances:
#    - Strata: `strata --data-dir <fresh> retrieve --method get|move|wado <study UID> --json`, the
#      whole process timed: association(s) or HTTP, receiving AND importing into the local cache
#      (parse, SHA-256, copy into the store, index). Checked: the report's `completed` and
#      `imported`, and the instance count of `strata studies --json`.
#    - DCMTK getscu (study root, STUDY level; `+B` receive directly to disk, and `-B` (default)
#      receive in memory then write) and movescu (study root, STUDY level, receiving on its own port
#      as MOVESCU; default and `+B` bit-preserving): they only write files. Checked: files in the
#      output folder. The faster variant of each is the peer of the row.
#    - WADO-RS has no DCMTK peer; for context, curl GETs the study as one multipart/related response
#      into a file (nothing parsed or written apart); checked: the number of parts.
#    - The durable peers: getscu +B, movescu +B and curl again, each followed by `sync -f` on its
#      output folder inside the timed part. A Strata retrieve ends with its files on disk (it
#      syncs the store's file system before the index names them); the tools alone end with
#      their files in the page cache. This is the same barrier (syncfs) Strata uses.
# 3. Send (a FRESH Orthanc (empty storage and index) for every single run, started outside the timed
#    part). REPS times each, median kept, every run checked by Orthanc's instance count:
#    - Strata: `strata --data-dir <fresh> send --aec ORTHANC --host 127.0.0.1 --port P <folder> --json`
#      (C-STORE) and `strata … send --stow --dicomweb http://127.0.0.1:H/dicom-web <folder> --json`.
#    - DCMTK storescu -aet STORESCU -aec ORTHANC +sd +r (one association).
#    - For context: curl POSTing all files as one multipart/related STOW-RS request (the body is
#      written once before the runs; only the POST is timed).
# 4. Prints work / Strata / DCMTK peer / ratio (instances/s and MB/s; MB = the series' file sizes),
#    with the load average before each block, and writes it to BUILD_DIR/bench-results/net.md
#    (raw times: net-times.tsv).
#
# TCP_NODELAY=1 is exported for everything (DCMTK tools and Orthanc's DICOM layer read it; DCMTK waits
# on Nagle's algorithm without it; DESIGN.md). Every timed run starts after a `sync` (untimed), so
# that the previous run's writes are not flushed in its time. The strata program (with its parts)
# is copied into the scratch folder first, so that a rebuild during the run changes nothing. As in
# run_cache_bench.sh, the script runs itself in a private network namespace (`unshare -rn`, only a
# loopback interface) where it can, since Orthanc 1.10 cannot bind to one address; otherwise Orthanc
# refuses remote HTTP clients (RemoteAccessAllowed false) and the table says so. Orthanc gets free loopback ports, a temporary
# configuration and storage under BUILD_DIR, and is stopped at the end (trap).
#
# Environment: STRATA_BIN (default BUILD_DIR/app/strata), STRATA_BENCH_DATA (data cache),
# STRATA_NET_REPS (repetitions, default 3), STRATA_NET_SLICES (default 300), ORTHANC_BIN (default:
# Orthanc on the PATH, else /usr/sbin/Orthanc), STRATA_NET_NO_NETNS=1 (no network namespace),
# STRATA_NET_NO_CURL=1 (skip the curl context figures).
set -euo pipefail

SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
BUILD=$(cd "${1:?usage: run_net_bench.sh BUILD_DIR}" && pwd)

# shellcheck source=bench_orthanc.sh
source "$(dirname "$SELF")/bench_orthanc.sh"
private_netns STRATA_NET_NETNS STRATA_NET_NO_NETNS "non-loopback HTTP clients" "$SELF" "$@"

STRATA_SRC=${STRATA_BIN:-$BUILD/app/strata}
DATA=${STRATA_BENCH_DATA:-$BUILD/bench-data}
RESULTS=$BUILD/bench-results
REPS=${STRATA_NET_REPS:-3}
SLICES=${STRATA_NET_SLICES:-300}
ORTHANC=${ORTHANC_BIN:-$(command -v Orthanc || echo /usr/sbin/Orthanc)}
DICOMWEB_PLUGIN=/usr/share/orthanc/plugins/libOrthancDicomWeb.so
PY=$(command -v python3)
HOST=127.0.0.1
NO_CURL=${STRATA_NET_NO_CURL:-0}

[[ -x $STRATA_SRC ]] || die "$STRATA_SRC is not built (ninja -C $BUILD strata, or set STRATA_BIN)"
[[ -x $ORTHANC ]] || die "Orthanc not found (apt-get install orthanc, or set ORTHANC_BIN)"
[[ -f $DICOMWEB_PLUGIN ]] || die "$DICOMWEB_PLUGIN not found (apt-get install orthanc-dicomweb)"
for tool in storescu getscu movescu dcmdump curl; do
    command -v "$tool" > /dev/null || die "$tool not found (apt-get install dcmtk curl)"
done
[[ $REPS =~ ^[1-9][0-9]*$ ]] || die "STRATA_NET_REPS must be a positive number, not '$REPS'"
[[ $SLICES =~ ^[1-9][0-9]*$ ]] || die "STRATA_NET_SLICES must be a positive number, not '$SLICES'"
mkdir -p "$DATA" "$RESULTS"
# Scratch on the build's file system: Strata's data dirs, the DCMTK tools' output and Orthanc's
# storage live on the same disk.
SCRATCH=$(mktemp -d "$BUILD/.net-bench.XXXXXX")
ORTHANC_WORK=$SCRATCH/orthanc
STRATA=$SCRATCH/strata
copy_strata "$STRATA_SRC" "$STRATA"

cleanup() { orthanc_stop; rm -rf "$SCRATCH"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

nfiles() { find "$1" -type f | wc -l; }
ndcm() { find "$1" -type f -name '*.dcm' | wc -l; }
nbytes() { find "$1" -type f -name '*.dcm' -printf '%s\n' | awk '{s+=$1} END{print s+0}'; }

# ---------------------------------------------------------------------------------------------
# 1. Data
# ---------------------------------------------------------------------------------------------
if [[ $SLICES == 300 && -f $DATA/.explicit.done && -d $DATA/explicit && $(ndcm "$DATA/explicit") -eq 300 ]]; then
    CT_DIR=$DATA/explicit
else
    if [[ $SLICES == 300 ]]; then CT_KEY=cache-ct; else CT_KEY=net-ct$SLICES; fi
    CT_DIR=$DATA/$CT_KEY
    if [[ ! -f $DATA/.$CT_KEY.done || ! -d $CT_DIR || $(ndcm "$CT_DIR") -ne $SLICES ]]; then
        log "writing the $SLICES-slice 512×512 CT into $CT_DIR"
        rm -rf "$CT_DIR"
        "$STRATA" sample --out "$CT_DIR" --size 512 --slices "$SLICES" --noise 8 > /dev/null 2>&1 \
            || die "strata sample failed"
        rm -f "$CT_DIR/phantom.json"
        touch "$DATA/.$CT_KEY.done"
    fi
fi
N=$(ndcm "$CT_DIR")
NB=$(nbytes "$CT_DIR")
(( N == SLICES )) || die "$CT_DIR holds $N files, not $SLICES"
first=$(find "$CT_DIR" -type f -name '*.dcm' | sort | sed -n 1p)
STUDY=$(dcmdump -s +P 0020,000d "$first" | sed -n 's/.*\[\(.*\)\].*/\1/p' | sed -n 1p)
[[ -n $STUDY ]] || die "no Study Instance UID in $first"
# Warm the page cache: every figure below is a warm-cache figure.
cat "$CT_DIR"/*.dcm > /dev/null

# ---------------------------------------------------------------------------------------------
# Orthanc
# ---------------------------------------------------------------------------------------------
read -r ORTHANC_HTTP ORTHANC_DICOM STRATA_PORT MOVESCU_PORT < <(free_ports 4)
DICOMWEB=http://$HOST:$ORTHANC_HTTP/dicom-web
# DCMTK (the tools, and Orthanc's DICOM layer) read TCP_NODELAY from the environment.
export TCP_NODELAY=1

orthanc_start() {
    orthanc_fresh
    cat > "$ORTHANC_WORK/orthanc.json" <<JSON
{
  "Name": "strata-net-bench",
  "StorageDirectory": "$ORTHANC_WORK/storage",
  "IndexDirectory": "$ORTHANC_WORK/index",
  "StorageCompression": false,
  "MaximumStorageSize": 0,
  "MaximumPatientCount": 0,
  "Plugins": [ "$DICOMWEB_PLUGIN" ],
  "DicomWeb": { "Enable": true, "Root": "/dicom-web/" },
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
  "DicomCheckCalledAet": true,
  "DicomCheckModalityHost": true,
  "DicomAlwaysAllowEcho": true,
  "DicomAlwaysAllowStore": true,
  "DicomAlwaysAllowFind": true,
  "DicomAlwaysAllowGet": true,
  "DicomScpTimeout": 60,
  "DicomScuTimeout": 30,
  "DicomModalities": {
    "STRATA": [ "STRATA", "127.0.0.1", $STRATA_PORT ],
    "MOVESCU": [ "MOVESCU", "127.0.0.1", $MOVESCU_PORT ],
    "GETSCU": [ "GETSCU", "127.0.0.1", $MOVESCU_PORT ],
    "STORESCU": [ "STORESCU", "127.0.0.1", $MOVESCU_PORT ]
  },
  "SaveJobs": false,
  "StableAge": 3600,
  "LogExportedResources": false
}
JSON
    orthanc_launch
}

# ---------------------------------------------------------------------------------------------
# Timing and checks
# ---------------------------------------------------------------------------------------------
TIMES=$RESULTS/net-times.tsv
printf 'work\ttool\trep\tseconds\tcpu_seconds\tinstances\tbytes\n' > "$TIMES"
TIMEFORMAT=$'\n%3R %3U %3S'
OUT=$SCRATCH/out
# timed TOOL_KEY WORK REP COMMAND...: runs COMMAND (stdout into $OUT.stdout, stderr into $OUT.stderr),
# dies naming the tool when it fails; leaves wall / CPU seconds in WALL / CPU.
timed() {
    local tool=$1 work=$2 rep=$3 wall user sys
    shift 3
    sync  # the previous run's files reach the disk first, untimed: their writeback is not this run's
    if ! { time "$@" > "$OUT.stdout" 2> "$OUT.stderr" ; } 2> "$OUT.time"; then
        [[ -f $ORTHANC_WORK/orthanc.log ]] && { log "Orthanc's log, last lines:"; tail -15 "$ORTHANC_WORK/orthanc.log" >&2; }
        die "$tool ($work, rep $rep) failed: $(tail -c 2000 "$OUT.stderr"; tail -c 1000 "$OUT.stdout")"
    fi
    read -r wall user sys < <(tail -n1 "$OUT.time")
    WALL=$wall
    CPU=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.3f", u+s}')
}
record() {  # record WORK TOOL REP
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$WALL" "$CPU" "$N" "$NB" >> "$TIMES"
    log "$1 $2 rep $3: $WALL s ($(awk -v n="$N" -v t="$WALL" 'BEGIN{printf "%.0f", n/t}') instances/s), client CPU $CPU s"
}
json_field() {  # json_field FILE KEY...: prints the values, space-separated
    "$PY" -c 'import json, sys; o = json.load(open(sys.argv[1])); print(" ".join(str(o[k]) for k in sys.argv[2:]))' "$@"
}
strata_cache_count() {  # instances of STUDY in the cache of data dir $1
    "$STRATA" --data-dir "$1" studies --json \
        | "$PY" -c 'import json, sys; print(sum(s["instances"] for s in json.load(sys.stdin) if s["studyInstanceUid"] == sys.argv[1]))' "$STUDY"
}
check_files() {  # check_files DIR WHAT
    local c; c=$(nfiles "$1")
    (( c == N )) || die "$2: $c files in $1, not $N: $(tail -c 1500 "$OUT.stderr")"
}
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# ---------------------------------------------------------------------------------------------
# 2. Retrieve
# ---------------------------------------------------------------------------------------------
strata_retrieve() {  # strata_retrieve METHOD REP
    local method=$1 rep=$2 d=$SCRATCH/strata-data completed imported internal count
    local -a node=(--aec ORTHANC --host "$HOST" --port "$ORTHANC_DICOM")
    case $method in
        move) node+=(--move-port "$STRATA_PORT") ;;
        wado) node=(--dicomweb "$DICOMWEB") ;;
    esac
    rm -rf "$d"
    timed "strata retrieve --method $method" "retrieve-$method" "$rep" \
        "$STRATA" --data-dir "$d" retrieve --aet STRATA "${node[@]}" --method "$method" "$STUDY" --json
    read -r completed imported internal < <(json_field "$OUT.stdout" completed imported seconds)
    [[ $completed == "$N" && $imported == "$N" ]] \
        || die "strata retrieve --method $method: completed $completed, imported $imported, not $N: $(cat "$OUT.stdout")"
    count=$(strata_cache_count "$d")
    [[ $count == "$N" ]] || die "strata retrieve --method $method: the cache holds $count instances of the study, not $N"
    record "retrieve-$method" strata "$rep"
    local wall=$WALL; WALL=$internal; CPU=0; record "retrieve-$method" strata-internal "$rep"; WALL=$wall
    rm -rf "$d"
}
then_syncfs() {  # then_syncfs DIR COMMAND...: the command, then its files flushed to disk (syncfs)
    local dir=$1; shift
    "$@" && sync -f "$dir"
}
dcmtk_retrieve() {  # dcmtk_retrieve get|move MODE REP [durable]   (MODE: -B or +B, the tools' option)
    local kind=$1 mode=$2 rep=$3 durable=${4:-} d=$SCRATCH/dcmtk-out tool
    local -a then=()
    [[ $durable == durable ]] && then=(then_syncfs "$d")
    local -a keys=(-k QueryRetrieveLevel=STUDY -k "StudyInstanceUID=$STUDY")
    rm -rf "$d"; mkdir -p "$d"
    # In the output folder: DCMTK 3.6.7's movescu +B writes into the working directory, not -od's.
    pushd "$d" > /dev/null
    if [[ $kind == get ]]; then
        tool=getscu$mode
        timed "getscu $mode" retrieve-get "$rep" \
            "${then[@]}" getscu -S -aet GETSCU -aec ORTHANC "$mode" -od "$d" "${keys[@]}" "$HOST" "$ORTHANC_DICOM"
    else
        tool=movescu$mode
        timed "movescu $mode" retrieve-move "$rep" \
            "${then[@]}" movescu -S -aet MOVESCU -aec ORTHANC -aem MOVESCU --port "$MOVESCU_PORT" "$mode" -od "$d" \
            "${keys[@]}" "$HOST" "$ORTHANC_DICOM"
    fi
    popd > /dev/null
    check_files "$d" "$tool"
    [[ $durable == durable ]] && tool+=+syncfs
    record "retrieve-$kind" "$tool" "$rep"
    rm -rf "$d"
}
curl_wado() {  # curl_wado REP [durable]
    local rep=$1 durable=${2:-} f=$SCRATCH/wado.multipart parts tool=curl
    local -a then=()
    [[ $durable == durable ]] && then=(then_syncfs "$SCRATCH") && tool=curl+syncfs
    rm -f "$f"
    timed "curl WADO-RS" retrieve-wado "$rep" \
        "${then[@]}" curl -sSf --max-time 300 -H 'Accept: multipart/related; type="application/dicom"' -o "$f" "$DICOMWEB/studies/$STUDY"
    parts=$(grep -a -o -i 'Content-Type: application/dicom' "$f" | wc -l)
    [[ $parts == "$N" ]] || die "curl WADO-RS: $parts parts in the response, not $N"
    record retrieve-wado "$tool" "$rep"
    rm -f "$f"
}

LOAD_RETRIEVE=$(loadavg)
UPTIME_RETRIEVE=$(uptime)
T_START=$EPOCHREALTIME
log "networking benchmark: $N instances ($NB bytes, study $STUDY), $REPS repetition(s); Orthanc on $HOST:$ORTHANC_DICOM (DICOM) and :$ORTHANC_HTTP (HTTP) in $ISOLATION"
log "retrieve block; $UPTIME_RETRIEVE"
orthanc_start
storescu -aet STORESCU -aec ORTHANC +sd +r "$HOST" "$ORTHANC_DICOM" "$CT_DIR" || die "storescu could not load the series into Orthanc"
orthanc_check "$N" "loading the series"
# One unmeasured C-GET that throws the data away: Orthanc's index and storage are warm for everyone.
getscu -S -aet GETSCU -aec ORTHANC --ignore -k QueryRetrieveLevel=STUDY -k "StudyInstanceUID=$STUDY" \
    "$HOST" "$ORTHANC_DICOM" > /dev/null 2>&1 || die "warm-up getscu --ignore failed"
for ((r = 1; r <= REPS; r++)); do
    strata_retrieve get "$r"
    dcmtk_retrieve get +B "$r"
    dcmtk_retrieve get -B "$r"
    dcmtk_retrieve get +B "$r" durable
    strata_retrieve move "$r"
    dcmtk_retrieve move -B "$r"
    dcmtk_retrieve move +B "$r"
    dcmtk_retrieve move +B "$r" durable
    strata_retrieve wado "$r"
    [[ $NO_CURL == 1 ]] || { curl_wado "$r"; curl_wado "$r" durable; }
done
orthanc_check "$N" "after the retrieves"

# ---------------------------------------------------------------------------------------------
# 3. Send (a fresh, empty Orthanc for every run)
# ---------------------------------------------------------------------------------------------
BOUNDARY=strata-net-bench-$RANDOM$RANDOM
STOW_BODY=$SCRATCH/stow.body
if [[ $NO_CURL != 1 ]]; then
    "$PY" - "$CT_DIR" "$STOW_BODY" "$BOUNDARY" <<'EOF'
import sys, os
d, out, b = sys.argv[1], sys.argv[2], sys.argv[3].encode()
files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".dcm"))
with open(out, "wb") as o:
    for f in files:
        o.write(b"--" + b + b"\r\nContent-Type: application/dicom\r\n\r\n")
        with open(f, "rb") as fh:
            o.write(fh.read())
        o.write(b"\r\n")
    o.write(b"--" + b + b"--\r\n")
EOF
fi
strata_send() {  # strata_send cstore|stow REP
    local kind=$1 rep=$2 d=$SCRATCH/strata-data sent failed internal
    local -a node=(--aec ORTHANC --host "$HOST" --port "$ORTHANC_DICOM")
    [[ $kind == stow ]] && node=(--stow --dicomweb "$DICOMWEB")
    rm -rf "$d"
    orthanc_start
    timed "strata send ($kind)" "send-$kind" "$rep" "$STRATA" --data-dir "$d" send --aet STRATA "${node[@]}" --json "$CT_DIR"
    read -r sent failed internal < <(json_field "$OUT.stdout" sent failed seconds)
    [[ $sent == "$N" && $failed == 0 ]] || die "strata send ($kind): sent $sent, failed $failed, of $N"
    orthanc_check "$N" "strata send ($kind)"
    record "send-$kind" strata "$rep"
    local wall=$WALL; WALL=$internal; CPU=0; record "send-$kind" strata-internal "$rep"; WALL=$wall
    rm -rf "$d"
}
dcmtk_send() {  # dcmtk_send REP
    orthanc_start
    timed storescu send "$1" storescu -aet STORESCU -aec ORTHANC +sd +r "$HOST" "$ORTHANC_DICOM" "$CT_DIR"
    orthanc_check "$N" "storescu"
    record send storescu "$1"
}
curl_stow() {  # curl_stow REP
    local code
    orthanc_start
    timed "curl STOW-RS" send-stow "$1" \
        curl -sS --max-time 300 -o "$SCRATCH/stow.response" -w '%{http_code}' -X POST \
        -H "Content-Type: multipart/related; type=\"application/dicom\"; boundary=$BOUNDARY" \
        -H 'Accept: application/dicom+json' --data-binary "@$STOW_BODY" "$DICOMWEB/studies"
    code=$(cat "$OUT.stdout")
    [[ $code == 200 ]] || die "curl STOW-RS: HTTP $code: $(head -c 500 "$SCRATCH/stow.response")"
    orthanc_check "$N" "curl STOW-RS"
    record send-stow curl "$1"
}

orthanc_stop
LOAD_SEND=$(loadavg)
UPTIME_SEND=$(uptime)
log "send block; $UPTIME_SEND"
for ((r = 1; r <= REPS; r++)); do
    strata_send cstore "$r"
    dcmtk_send "$r"
    strata_send stow "$r"
    [[ $NO_CURL == 1 ]] || curl_stow "$r"
done
orthanc_stop
LOAD_END=$(loadavg)

# ---------------------------------------------------------------------------------------------
# 4. Table
# ---------------------------------------------------------------------------------------------
ORTHANC_VERSION=$("$ORTHANC" --version 2>&1 | awk 'NR == 1 {print $2}')
DCMTK_VERSION=$(storescu --version 2>&1 | awk 'NR == 1')
CURL_VERSION=$(curl --version | awk 'NR == 1 {print $2}')
SRC_DIR=$(cd "$(dirname "$SELF")/../.." && pwd)
STRATA_ID="$STRATA_SRC (built $(strata_built "$STRATA_SRC"); source tree at commit $(git -C "$SRC_DIR" rev-parse --short HEAD 2> /dev/null || echo unknown))"
"$PY" - "$TIMES" "$RESULTS/net.md" "$REPS" "$N" "$NB" "$LOAD_RETRIEVE" "$LOAD_SEND" "$LOAD_END" \
    "$ORTHANC_VERSION" "$DCMTK_VERSION" "$CURL_VERSION" "$ISOLATION" "$(awk -v a="$T_START" -v b="$EPOCHREALTIME" 'BEGIN{print b-a}')" \
    "$(nproc)" "$UPTIME_RETRIEVE" "$UPTIME_SEND" "$STRATA_ID" <<'EOF'
import sys, datetime, statistics
(times, out_md, reps, n, nb, load_r, load_s, load_e, orthanc_v, dcmtk_v, curl_v, isolation, total, cpus,
 up_r, up_s, strata_id) = sys.argv[1:18]
n, nb = int(n), int(nb)
runs = {}
for line in list(open(times))[1:]:
    work, tool, rep, sec, cpu, _, _ = line.rstrip("\n").split("\t")
    runs.setdefault((work, tool), []).append((float(sec), float(cpu)))

def med(work, tool):
    v = runs.get((work, tool))
    return statistics.median(s for s, _ in v) if v else None

def cell(sec, extra=""):
    return f"{n / sec:,.0f} inst/s ({nb / sec / 1e6:,.0f} MB/s){extra}" if sec else "—"

def fastest(work, tools):
    got = [(med(work, t), t) for t in tools if med(work, t)]
    return min(got) if got else (None, None)

names = {"getscu+B": "getscu +B", "getscu-B": "getscu -B", "movescu-B": "movescu", "movescu+B": "movescu +B",
         "storescu": "storescu", "curl": "curl", "getscu+B+syncfs": "getscu +B, then syncfs",
         "movescu+B+syncfs": "movescu +B, then syncfs", "curl+syncfs": "curl, then syncfs"}
rows = [
    ("retrieve-get", "retrieve by C-GET", ["getscu+B", "getscu-B"], None, "getscu+B+syncfs"),
    ("retrieve-move", "retrieve by C-MOVE", ["movescu-B", "movescu+B"], None, "movescu+B+syncfs"),
    ("retrieve-wado", "retrieve by WADO-RS", [], ("retrieve-wado", "curl", "curl GET of the study, one multipart response"), "curl+syncfs"),
    ("send-cstore", "send by C-STORE", ["storescu"], None, None),
    ("send-stow", "send by STOW-RS", ["storescu"], ("send-stow", "curl", "curl POST, one multipart request"), None),
]
head = ["work", "Strata", "DCMTK peer", "Strata ÷ DCMTK", "context", "durable peer (its files on disk, as Strata's)"]
lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
detail = []
for work, label, peers, ctx, durable in rows:
    s = med(work, "strata")
    if s is None:
        continue
    pwork = "send" if peers == ["storescu"] else work
    p, pt = fastest(pwork, peers)
    pcell = f"{names[pt]}: {cell(p)}" if p else "— (no DCMTK tool)"
    if p and work == "send-stow":
        pcell = f"storescu (C-STORE): {cell(p)}"
    ratio = f"{p / s:.2f}×" if p else "—"
    if p and p / s < 1:
        ratio = f"**{ratio}** (slower)"
    ccell = "—"
    if ctx:
        c = med(ctx[0], ctx[1])
        if c:
            ccell = f"{ctx[2]}: {cell(c)}; Strata ÷ curl {c / s:.2f}×"
    dcell = "—"
    d = med(work, durable) if durable else None
    if d:
        dcell = f"{names[durable]}: {cell(d)}; Strata ÷ it {d / s:.2f}×"
    lines.append("| " + " | ".join([label, cell(s), pcell, ratio, ccell, dcell]) + " |")
detail_tools = [("strata", "strata (process wall time)"), ("strata-internal", "strata (report's seconds)"),
                ("getscu+B", "getscu +B (to disk)"), ("getscu-B", "getscu -B (in memory, then disk)"),
                ("movescu-B", "movescu (default)"), ("movescu+B", "movescu +B (bit-preserving)"),
                ("storescu", "storescu +sd +r"), ("curl", "curl"), ("getscu+B+syncfs", "getscu +B, then syncfs"),
                ("movescu+B+syncfs", "movescu +B, then syncfs"), ("curl+syncfs", "curl, then syncfs")]
for work in ["retrieve-get", "retrieve-move", "retrieve-wado", "send-cstore", "send", "send-stow"]:
    for tool, name in detail_tools:
        v = runs.get((work, tool))
        if not v:
            continue
        m = med(work, tool)
        cpu = statistics.median(c for _, c in v)
        detail.append(f"{work:13s} {name:34s} median {m:7.3f} s = {n / m:6,.0f} inst/s"
                      + (f", client CPU {cpu:6.3f} s" if tool != "strata-internal" else " " * 22)
                      + "   runs: " + ", ".join(f"{s:.3f}" for s, _ in v))
text = "\n".join(lines)
when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
note = (f"Measured {when}, {cpus} CPUs. {n} instances, {nb / 1e6:.0f} MB (MB/s = these bytes ÷ wall time). "
        f"Median of {reps} run(s) per cell; whole process wall time of each tool; warm page cache. "
        f"Strata's retrieve figures include importing into its local cache (parse, SHA-256, copy, index) "
        f"into a fresh data dir, ending with its files on disk; getscu/movescu/curl only write files (the durable "
        f"peers then flush them to disk with syncfs, as Strata does). Sends go each into a fresh, empty "
        f"Orthanc. Peer: Orthanc {orthanc_v} + DICOMweb plugin (SQLite index, StorageCompression off); "
        f"DCMTK `{dcmtk_v}`; curl {curl_v}; TCP_NODELAY=1 for DCMTK tools and Orthanc. Orthanc ran in {isolation}. "
        f"Load average before the retrieve block {load_r}, before the send block {load_s}, at the end {load_e}. "
        f"Strata: {strata_id}. Whole run: {float(total):.0f} s.")
loads = f"uptime before the retrieve block: `{up_r.strip()}`\nuptime before the send block: `{up_s.strip()}`"
open(out_md, "w").write(f"# Networking benchmark\n\n{note}\n\n{loads}\n\n{text}\n\n```\n" + "\n".join(detail) + "\n```\n")
print()
print(loads)
print()
print(text)
print()
print("\n".join(detail))
print()
print(note)
EOF
log "results: $RESULTS/net.md, $TIMES"
