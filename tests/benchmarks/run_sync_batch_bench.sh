#!/usr/bin/env bash
# Background sync of single-instance studies (issue 17, batched verification): the same backlog
# of STUDIES one-instance studies drained three ways in one run, each into a FRESH Orthanc:
#   storescu   DCMTK storescu +sd +r, PAR processes, each sending its share of the study folders
#              over ONE association (the best storescu can do; no verification)
#   batch 1    `strata sync run --until-drained --parallel PAR --batch 1`: a job per association,
#              send then C-FIND (how sync drained before batching)
#   batch N    the same with --batch N (default 16): a node's jobs sent over one association and
#              verified by the C-FINDs of all their studies over one more
# Strata's runs send the files of run_sync_bench.sh's set B, storescu those of set A (same sizes,
# other UIDs); run run_sync_bench.sh with the same STRATA_SYNC_STUDIES and STRATA_SYNC_SLICES=1
# first, or this script makes the sets itself the same way.
#
#   STRATA_SYNC_STUDIES=300 bash tests/benchmarks/run_sync_batch_bench.sh BUILD_DIR
set -euo pipefail

SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
BUILD=$(cd "${1:?usage: run_sync_batch_bench.sh BUILD_DIR}" && pwd)
# shellcheck source=bench_orthanc.sh
source "$(dirname "$SELF")/bench_orthanc.sh"
# shellcheck source=sync_bench.sh
source "$(dirname "$SELF")/sync_bench.sh"
private_netns STRATA_SYNC_NETNS STRATA_SYNC_NO_NETNS "non-loopback HTTP clients" "$SELF" "$@"

STUDIES=${STRATA_SYNC_STUDIES:-300}
PAR=${STRATA_SYNC_PARALLEL:-2}
BATCH=${STRATA_SYNC_BATCH:-16}
ORTHANC=${ORTHANC_BIN:-$(command -v Orthanc || echo /usr/sbin/Orthanc)}
PY=$(command -v python3)
HOST=127.0.0.1
DATA=$BUILD/bench-data
SCRATCH=$(mktemp -d "$BUILD/.sync-batch-bench.XXXXXX")
ORTHANC_WORK=$SCRATCH/orthanc
STRATA=$SCRATCH/strata
copy_strata "${STRATA_BIN:-$BUILD/app/strata}" "$STRATA"
cleanup() { orthanc_stop; rm -rf "$SCRATCH"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
export TCP_NODELAY=1

KEY=sync2-${STUDIES}x1
sync_make_set "$DATA/$KEY-a" "$STUDIES" 1
sync_make_set "$DATA/$KEY-b" "$STUDIES" 1
N=$STUDIES
cat "$DATA/$KEY-a"/*/*.dcm "$DATA/$KEY-b"/*/*.dcm > /dev/null

read -r ORTHANC_HTTP ORTHANC_DICOM < <(free_ports 2)
orthanc_start() { sync_orthanc_start strata-sync-batch-bench; }

log "single-instance studies: $N studies of one instance, $PAR associations at once; $ISOLATION"
orthanc_start
mapfile -t dirs < <(ls -d "$DATA/$KEY-a"/s*)
t0=$(date +%s.%N)
pids=()
for ((p = 0; p < PAR; p++)); do
    share=()
    for ((i = p; i < ${#dirs[@]}; i += PAR)); do share+=("${dirs[i]}"); done
    storescu -aet STORESCU -aec ORTHANC +sd +r "$HOST" "$ORTHANC_DICOM" "${share[@]}" &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || die "storescu failed"; done
t1=$(date +%s.%N)
orthanc_check "$N" "storescu"
STORESCU_S=$(echo "$t1 - $t0" | bc -l)

drain() {  # drain BATCH: seconds of `strata sync run --until-drained` into a fresh Orthanc
    local batch=$1 d=$SCRATCH/data-$1
    orthanc_start
    sync_import "$d" "$DATA/$KEY-b"
    sync_queue "$d"
    local s0 s1
    s0=$(date +%s.%N)
    "$STRATA" --data-dir "$d" sync run --until-drained --parallel "$PAR" --batch "$batch" > "$SCRATCH/sync-$batch.log" 2>&1 \
        || { tail "$SCRATCH/sync-$batch.log" >&2; die "sync run failed"; }
    s1=$(date +%s.%N)
    orthanc_check "$N" "strata sync --batch $batch"
    sync_check_safe "$d"
    echo "$s1 - $s0" | bc -l
}
ONE_S=$(drain 1)
BATCH_S=$(drain "$BATCH")

printf '| %d single-instance studies, %d associations | seconds | inst/s | × storescu |\n| --- | --- | --- | --- |\n' "$N" "$PAR"
for row in "storescu (one association per process, no verification)|$STORESCU_S" \
           "strata sync run --batch 1 (send + C-FIND per job)|$ONE_S" \
           "strata sync run --batch $BATCH (with C-FIND verification)|$BATCH_S"; do
    name=${row%|*} s=${row##*|}
    printf '| %s | %.1f | %.0f | %.2f× |\n' "$name" "$s" "$(echo "$N / $s" | bc -l)" "$(echo "$STORESCU_S / $s" | bc -l)"
done
