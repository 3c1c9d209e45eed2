#!/usr/bin/env bash
# DICOM core benchmark: Strata against its peers, measured in the same run on this machine.
#
#   bash tests/benchmarks/run_dicom_bench.sh BUILD_DIR      (or: ninja -C BUILD_DIR bench)
#
# 1. Makes the data once (cached in ${STRATA_BENCH_DATA:-BUILD_DIR/bench-data}): a 300-slice 512×512
#    CT written by `strata sample` (Explicit VR Little Endian), transcoded losslessly by gdcmconv
#    (dcmconv for deflate if gdcmconv cannot) into one sibling folder per transfer syntax.
# 2. Runs strata_bench_dicom (Google Benchmark; JSON in BUILD_DIR/bench-results/dicom.json).
# 3. Times the peers: gdcmscanner (header scan), gdcmconv --raw (decode, one process per file),
#    DCMTK dcmdjpeg / dcmdjpls. No network is involved, so DCMTK's TCP_NODELAY setting is irrelevant.
# 4. Prints work / Strata / peer / ratio and writes it to BUILD_DIR/bench-results/dicom.md.
#
# Environment: STRATA_BENCH_DATA (data cache), STRATA_BENCH_REPS (benchmark repetitions, default 1;
# more gives a median), STRATA_PEER_REPS (runs per peer decode timing, default 1; the median is kept),
# STRATA_PEER_STRIDE (the one-process-per-file peers decode every Nth file of the series, default 3,
# i.e. 100 files spread over the body; their cost is per file, so files/s carries over; 1 = all),
# STRATA_BENCH_FILTER (a --benchmark_filter regex for strata_bench_dicom).
set -euo pipefail

BUILD=$(cd "${1:?usage: run_dicom_bench.sh BUILD_DIR}" && pwd)
STRATA=$BUILD/app/strata
BENCH=$BUILD/tests/benchmarks/strata_bench_dicom
DATA=${STRATA_BENCH_DATA:-$BUILD/bench-data}
RESULTS=$BUILD/bench-results
REPS=${STRATA_BENCH_REPS:-1}
PEER_REPS=${STRATA_PEER_REPS:-1}
STRIDE=${STRATA_PEER_STRIDE:-3}
SIZE=512
SLICES=300
PY=$(command -v python3)

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
for tool in "$STRATA" "$BENCH"; do [[ -x $tool ]] || die "$tool is not built (ninja -C $BUILD strata strata_bench_dicom)"; done
for tool in gdcmconv gdcmscanner dcmdjpeg dcmdjpls dcmconv; do
    command -v "$tool" > /dev/null || die "$tool not found (apt-get install libgdcm-tools dcmtk)"
done
mkdir -p "$DATA" "$RESULTS"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/strata-bench.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

# ---------------------------------------------------------------------------------------------
# 1. Data (made once; a folder counts as made when its stamp $DATA/.<folder>.done exists; the stamps
#    stay outside the folders so that the folders hold DICOM files only)
# ---------------------------------------------------------------------------------------------
nfiles() { find "$1" -maxdepth 1 -name '*.dcm' -type f | wc -l; }
SPEC="size=$SIZE slices=$SLICES noise=8 gdcm=$(gdcmconv --version 2>&1 | awk 'NR == 1 {print $3}')"
if [[ ! -f $DATA/.explicit.done || $(cat "$DATA/.explicit.done") != "$SPEC" ]]; then
    log "writing the ${SLICES}-slice ${SIZE}×${SIZE} CT into $DATA/explicit"
    rm -rf "$DATA"/{explicit,implicit,deflate,rle,jpeg-lossless,jpegls,j2k} "$DATA"/.tmp-* "$DATA"/.*.done
    "$STRATA" sample --out "$DATA/explicit" --size "$SIZE" --slices "$SLICES" --noise 8 > /dev/null
    # Only the DICOM files stay in the folder; the phantom's description goes beside it.
    mv "$DATA/explicit/phantom.json" "$DATA/phantom.json"
    echo "$SPEC" > "$DATA/.explicit.done"
fi
(( $(nfiles "$DATA/explicit") == SLICES )) || die "$DATA/explicit holds $(nfiles "$DATA/explicit") files, not $SLICES"

# folder -> converter and flag (all lossless: gdcmconv compresses losslessly unless --lossy is given;
# --jpeg without --lossy is JPEG Lossless, Non-Hierarchical, First-Order Prediction, 1.2.840.10008.1.2.4.70)
declare -A CONVERT=(
    [implicit]="gdcmconv --implicit"
    [rle]="gdcmconv --rle"
    [jpegls]="gdcmconv --jpegls"
    [j2k]="gdcmconv --j2k"
    [jpeg-lossless]="gdcmconv --jpeg"
    [deflate]="gdcmconv --deflated"
)
SYNTAXES=(implicit deflate rle jpeg-lossless jpegls j2k)
# Does gdcmconv write Deflated Explicit VR Little Endian (1.2.840.10008.1.2.1.99)? Else DCMTK does.
if [[ ! -f $DATA/.deflate.done ]]; then
    first=$(find "$DATA/explicit" -name '*.dcm' | sort | sed -n 1p)
    if ! gdcmconv --deflated "$first" "$SCRATCH/probe.dcm" > /dev/null 2>&1 \
        || ! grep -q '1.2.840.10008.1.2.1.99\|DeflatedExplicit' <<<"$(dcmdump -s +P 0002,0010 "$SCRATCH/probe.dcm" 2>/dev/null)"; then
        log "gdcmconv cannot write deflate here: using dcmconv +td"
        CONVERT[deflate]="dcmconv +td"
    fi
fi
todo=()
for s in "${SYNTAXES[@]}"; do
    [[ -f $DATA/.$s.done && -d $DATA/$s && $(nfiles "$DATA/$s") -eq $SLICES ]] && continue
    rm -rf "$DATA/$s" "$DATA/.tmp-$s"; mkdir -p "$DATA/.tmp-$s"
    todo+=("$s")
done
if (( ${#todo[@]} )); then
    log "transcoding with 2 processes: ${todo[*]}"
    t0=$EPOCHREALTIME
    for s in "${todo[@]}"; do
        read -r prog flag <<< "${CONVERT[$s]}"
        for f in "$DATA"/explicit/*.dcm; do printf '%s\0%s\0%s\0%s\0' "$prog" "$flag" "$f" "$DATA/.tmp-$s/${f##*/}"; done
    done | xargs -0 -n4 -P2 env
    for s in "${todo[@]}"; do
        (( $(nfiles "$DATA/.tmp-$s") == SLICES )) || die "transcoding to $s wrote $(nfiles "$DATA/.tmp-$s") files"
        mv "$DATA/.tmp-$s" "$DATA/$s"
        echo "${CONVERT[$s]}" > "$DATA/.$s.done"
    done
    log "transcoded in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.1f", b-a}') s"
fi

# High-Throughput JPEG 2000 (GDCM does not write it): OpenJPH's ojph_compress per slice, through
# htj2k_copy.py; the bare codestreams go to htj2k-j2c for the peer (ojph_expand).
if command -v ojph_compress > /dev/null && [[ ! -f $DATA/.htj2k.done || $(nfiles "$DATA/htj2k") -ne $SLICES ]]; then
    log "encoding HTJ2K with ojph_compress, 2 processes"
    rm -rf "$DATA/htj2k" "$DATA/htj2k-j2c" "$DATA/.tmp-htj2k"; mkdir -p "$DATA/.tmp-htj2k" "$DATA/htj2k-j2c"
    find "$DATA/explicit" -name '*.dcm' -print0 | xargs -0 -n 20 -P2 "$PY" "$(dirname "$0")/htj2k_copy.py" "$DATA/.tmp-htj2k" "$DATA/htj2k-j2c"
    (( $(nfiles "$DATA/.tmp-htj2k") == SLICES )) || die "HTJ2K encoding wrote $(nfiles "$DATA/.tmp-htj2k") files"
    mv "$DATA/.tmp-htj2k" "$DATA/htj2k"
    echo "ojph_compress $(dpkg-query -W -f='${Version}' openjph-tools 2>/dev/null)" > "$DATA/.htj2k.done"
fi
[[ -d $DATA/htj2k ]] && SYNTAXES+=(htj2k)

# Lossless check: the middle slice's decoded values must hash the same in every folder.
mid=$(find "$DATA/explicit" -name '*.dcm' -printf '%f\n' | sort | sed -n "$((SLICES / 2))p")
args=(); for s in explicit "${SYNTAXES[@]}"; do args+=("$DATA/$s/$mid"); done
"$STRATA" info --json "${args[@]}" > "$SCRATCH/check.json" || die "strata info failed on the middle slices"
"$PY" - "$SCRATCH/check.json" <<'EOF' || die "the transcoded series are not lossless"
import json, sys
files = json.load(open(sys.argv[1]))["files"]
shas = {f["path"].split("/")[-2]: (f.get("transferSyntax", {}), f.get("pixelSha256")) for f in files}
ref = shas["explicit"][1]
bad = [k for k, (_, sha) in shas.items() if sha != ref or not sha]
for k, (ts, sha) in sorted(shas.items()):
    print(f"  {k:14s} {ts.get('name', '?'):40s} {sha[:16] if sha else '-'}  {'OK' if k not in bad else 'DIFFERENT'}", file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

# Warm the page cache: every figure below is a warm-cache figure.
cat "$DATA"/*/*.dcm > /dev/null

# ---------------------------------------------------------------------------------------------
# 2. Strata (Google Benchmark)
# ---------------------------------------------------------------------------------------------
log "strata_bench_dicom, $REPS repetition(s) (median reported)"
STRATA_BENCH_DIR=$DATA "$BENCH" --benchmark_format=console --benchmark_counters_tabular=true \
    --benchmark_repetitions="$REPS" --benchmark_display_aggregates_only=true \
    --benchmark_filter="${STRATA_BENCH_FILTER:-.}" \
    --benchmark_out="$RESULTS/dicom.json" --benchmark_out_format=json

# ---------------------------------------------------------------------------------------------
# 3. Peers (each timed PEER_REPS times; the median is kept)
# ---------------------------------------------------------------------------------------------
PEERS=$RESULTS/dicom-peers.tsv
: > "$PEERS"
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
# record KEY NFILES SECONDS... : files/s from the median time over NFILES files
record() {
    local key=$1 n=$2; shift 2
    local m; m=$(median "$@")
    printf '%s\t%s\t%s\t%s\n' "$key" "$(awk -v n="$n" -v t="$m" 'BEGIN{printf "%.1f", n/t}')" "$m" "$n" >> "$PEERS"
    log "$key: median $m s over $n files ($*)"
}
# per_file KEY SRC CMD... : the command once per file (input, output appended), serially, for every
# STRIDE-th file of the series
per_file() {
    local key=$1 src=$2; shift 2
    local times=() r t0 files=()
    mapfile -t files < <(find "$src" -maxdepth 1 -name '*.dcm' | sort | awk -v k="$STRIDE" '(NR - 1) % k == 0')
    for ((r = 0; r < PEER_REPS; r++)); do
        rm -rf "$SCRATCH/out"; mkdir -p "$SCRATCH/out"
        t0=$EPOCHREALTIME
        for f in "${files[@]}"; do "$@" "$f" "$SCRATCH/out/${f##*/}"; done
        times+=("$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.4f", b-a}')")
    done
    record "$key" "${#files[@]}" "${times[@]}"
}
# Header scan: gdcmscanner, one process, one thread, the 9 tags of peer-bench's 15_scan.sh.
TAGS=(-t 0008,0018 -t 0020,000d -t 0020,000e -t 0020,0013 -t 0020,0032 -t 0020,0037 -t 0028,0030 -t 0028,0010 -t 0028,0011)
times=()
for ((r = 0; r < PEER_REPS + 4; r++)); do
    t0=$EPOCHREALTIME; gdcmscanner -d "$DATA/explicit" "${TAGS[@]}" > /dev/null 2>&1
    times+=("$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.4f", b-a}')")
done
record gdcmscanner "$SLICES" "${times[@]}"
# Decode, one process per file: GDCM's gdcmconv --raw for every compressed folder, DCMTK for JPEG/JPEG-LS.
for s in rle deflate jpeg-lossless jpegls j2k; do
    if [[ -d $DATA/$s ]]; then per_file "gdcmconv/$s" "$DATA/$s" gdcmconv --raw; fi
done
per_file dcmdjpeg/jpeg-lossless "$DATA/jpeg-lossless" dcmdjpeg
# HTJ2K: OpenJPH's own decoder on the bare codestreams (to raw samples), one process per file.
if [[ -d $DATA/htj2k-j2c ]]; then
    times=(); mapfile -t j2cs < <(find "$DATA/htj2k-j2c" -maxdepth 1 -name '*.j2c' | sort | awk -v k="$STRIDE" '(NR - 1) % k == 0')
    for ((r = 0; r < PEER_REPS; r++)); do
        rm -rf "$SCRATCH/out"; mkdir -p "$SCRATCH/out"
        t0=$EPOCHREALTIME
        for f in "${j2cs[@]}"; do ojph_expand -i "$f" -o "$SCRATCH/out/${f##*/}.raw" > /dev/null; done
        times+=("$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.4f", b-a}')")
    done
    record ojph_expand/htj2k "${#j2cs[@]}" "${times[@]}"
fi
per_file dcmdjpls/jpegls "$DATA/jpegls" dcmdjpls

# ---------------------------------------------------------------------------------------------
# 4. Table
# ---------------------------------------------------------------------------------------------
"$PY" - "$RESULTS/dicom.json" "$PEERS" "$RESULTS/dicom.md" "$REPS" "$PEER_REPS" "$STRIDE" <<'EOF'
import json, sys, datetime
bench_json, peers_tsv, out_md, reps, peer_reps, stride = sys.argv[1:7]
data = json.load(open(bench_json))
strata = {}  # benchmark name (without its options) -> counters (the median when repeated)
for b in data["benchmarks"]:
    name = b.get("run_name", b["name"]).split("/min_time")[0].split("/real_time")[0]
    if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
        continue
    if b.get("run_type") == "iteration" and int(reps) > 1:
        continue
    if "files/s" in b:
        strata[name] = b
peers = {}
for line in open(peers_tsv):
    key, rate = line.rstrip("\n").split("\t")[:2]
    peers[key] = float(rate)

def fig(b, mb=True):
    extra = []
    if mb and "MB/s" in b:
        extra.append(f"{b['MB/s']:,.0f} MB/s")
    if "cores" in b:
        extra.append(f"{b['cores']:.1f} cores")
    return f"{b['files/s']:,.0f} files/s" + (f" ({', '.join(extra)})" if extra else "")

rows = []
def row(work, skey, pkey, peer_label):
    s = strata.get(skey)
    if pkey.startswith("BM_"):
        p = strata.get(pkey)
        prate, ptext = (p["files/s"], f"{fig(p, False)}, {peer_label}") if p else (None, None)
    else:
        prate = peers.get(pkey)
        ptext = f"{prate:,.0f} files/s, {peer_label}" if prate else None
    if s is None or prate is None:
        return
    rows.append((work, fig(s), ptext, f"{s['files/s'] / prate:.2f}×"))

row("header scan of the folder, both cores (listFiles + scanFiles)", "BM_ScanFolder", "gdcmscanner", "gdcmscanner -d, 9 tags, 1 process")
row("header parse, 1 thread (readHeader per file)", "BM_HeaderParse", "gdcmscanner", "gdcmscanner -d, 9 tags, 1 process")
labels = {"explicit": "Explicit VR LE", "implicit": "Implicit VR LE", "deflate": "Deflated Explicit VR LE",
          "rle": "RLE Lossless", "jpeg-lossless": "JPEG Lossless SV1", "jpegls": "JPEG-LS lossless",
          "j2k": "JPEG 2000 lossless", "htj2k": "HTJ2K lossless"}
for s, label in labels.items():
    row(f"decode {label}, 1 thread", f"BM_Decode/{s}", f"BM_GdcmDecode/{s}", "GDCM in-process, 1 calling thread")
    row(f"decode {label}, both cores", f"BM_DecodeParallel/{s}", f"BM_GdcmDecode/{s}", "GDCM in-process, 1 calling thread")
    row(f"decode {label}, 1 thread", f"BM_Decode/{s}", f"gdcmconv/{s}", "gdcmconv --raw, 1 process per file")
    row(f"decode {label}, 1 thread", f"BM_Decode/{s}", f"dcmdjpeg/{s}", "DCMTK dcmdjpeg, 1 process per file")
    row(f"decode {label}, 1 thread", f"BM_Decode/{s}", f"dcmdjpls/{s}", "DCMTK dcmdjpls, 1 process per file")
    row(f"decode {label}, 1 thread", f"BM_Decode/{s}", f"ojph_expand/{s}", "OpenJPH ojph_expand on the codestream, 1 process per file")
    row(f"decode {label}, both cores", f"BM_DecodeParallel/{s}", f"ojph_expand/{s}", "OpenJPH ojph_expand on the codestream, 1 process per file")

ctx = data.get("context", {})
when = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
head = ["work (300 slices, 512×512 CT)", "Strata", "peer", "Strata ÷ peer"]
lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
lines += ["| " + " | ".join(r) + " |" for r in rows]
text = "\n".join(lines)
note = (f"Measured {when}, {ctx.get('num_cpus', '?')} CPUs, load average at start "
        f"{', '.join(f'{x:.2f}' for x in ctx.get('load_avg', []))}, warm page cache. "
        f"Strata and the in-process GDCM peer: strata_bench_dicom, {reps} repetition(s) (median when more than 1); "
        f"process peers: median of {peer_reps} run(s) (gdcmscanner: {int(peer_reps) + 4}), the one-process-per-file "
        f"decoders over 1 file in {stride} ({-(-300 // int(stride))} files, spread over the series). "
        "files/s over the 300 files; ratio > 1 means Strata is faster; cores = process CPU time / wall time. "
        "No network is involved, so DCMTK's TCP_NODELAY setting is irrelevant here.")
open(out_md, "w").write(f"# DICOM core benchmark\n\n{note}\n\n{text}\n")
print()
print(text)
print()
print(note)
EOF
log "results: $RESULTS/dicom.md, $RESULTS/dicom.json, $PEERS"
