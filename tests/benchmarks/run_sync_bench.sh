#!/usr/bin/env bash
# Background sync benchmark (issue 17): drain a backlog with `strata sync run --until-drained`
# (send, verify every SOP Instance UID by C-FIND, mark safe) against DCMTK storescu sending a copy of
# the same backlog (same sizes, other UIDs), in the same run, each into a FRESH Orthanc on loopback.
#
#   bash tests/benchmarks/run_sync_bench.sh BUILD_DIR
#
# Data: STUDIES studies of SLICES slices (`strata sample`, 256×256, then new UIDs per study with
# dcmodify), twice (set A for storescu, set B for Strata); cached in BUILD_DIR/bench-data/sync-*.
# Strata: set B imported into a fresh data dir with a rule to the node (`sync rule add --existing`),
# outside the timed part; timed: `strata sync run --until-drained --parallel P`, verifying by C-FIND,
# then (set B again, a fresh data dir and Orthanc) verifying by Storage Commitment: Orthanc knows
# Strata's listener as a modality, as a site that uses commitment configures it.
# storescu: one process per study, P at a time (xargs -P), +sd +r. All checked by Orthanc's
# instance count.
# Environment: STRATA_SYNC_STUDIES (default 100), STRATA_SYNC_SLICES (default 100),
# STRATA_SYNC_PARALLEL (default 2), STRATA_SYNC_COMMITMENT (default 1; 0 skips the commitment run),
# STRATA_BIN, ORTHANC_BIN, STRATA_SYNC_NO_NETNS=1.
set -euo pipefail

SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
BUILD=$(cd "${1:?usage: run_sync_bench.sh BUILD_DIR}" && pwd)
# shellcheck source=bench_orthanc.sh
source "$(dirname "$SELF")/bench_orthanc.sh"
# shellcheck source=sync_bench.sh
source "$(dirname "$SELF")/sync_bench.sh"
private_netns STRATA_SYNC_NETNS STRATA_SYNC_NO_NETNS "non-loopback HTTP clients" "$SELF" "$@"

STUDIES=${STRATA_SYNC_STUDIES:-100}
SLICES=${STRATA_SYNC_SLICES:-100}
PAR=${STRATA_SYNC_PARALLEL:-2}
COMMITMENT=${STRATA_SYNC_COMMITMENT:-1}
ORTHANC=${ORTHANC_BIN:-$(command -v Orthanc || echo /usr/sbin/Orthanc)}
PY=$(command -v python3)
HOST=127.0.0.1
DATA=$BUILD/bench-data
SCRATCH=$(mktemp -d "$BUILD/.sync-bench.XXXXXX")
ORTHANC_WORK=$SCRATCH/orthanc
STRATA=$SCRATCH/strata
copy_strata "${STRATA_BIN:-$BUILD/app/strata}" "$STRATA"
# The runs' logs are kept in BUILD_DIR/sync-bench-logs (the last run's).
cleanup() { orthanc_stop; mkdir -p "$BUILD/sync-bench-logs"; cp "$SCRATCH"/*.log "$BUILD/sync-bench-logs/" 2> /dev/null; rm -rf "$SCRATCH"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
export TCP_NODELAY=1

# CPU seconds (user + system): cpu_run FILE CMD... runs CMD and writes its own and its waited-for
# children's to FILE; orthanc_cpu prints the running Orthanc's so far.
TICKS=$(getconf CLK_TCK)
cpu_run() {
    local out=$1
    shift
    (
        rc=0
        "$@" || rc=$?
        read -r -a st < "/proc/$BASHPID/stat"
        printf '%.2f\n' "$(echo "(${st[15]} + ${st[16]}) / $TICKS" | bc -l)" > "$out"
        exit $rc
    )
}
orthanc_cpu() {
    local st
    read -r -a st < "/proc/$ORTHANC_PID/stat"
    echo "(${st[13]} + ${st[14]}) / $TICKS" | bc -l
}

KEY=sync2-${STUDIES}x${SLICES}
sync_make_set "$DATA/$KEY-a" "$STUDIES" "$SLICES"
sync_make_set "$DATA/$KEY-b" "$STUDIES" "$SLICES"
N=$((STUDIES * SLICES))
NB=$(find "$DATA/$KEY-b" -name '*.dcm' -printf '%s\n' | awk '{s+=$1} END{print s+0}')
cat "$DATA/$KEY-a"/*/*.dcm "$DATA/$KEY-b"/*/*.dcm > /dev/null

read -r ORTHANC_HTTP ORTHANC_DICOM STRATA_SCP < <(free_ports 3)
orthanc_start() { sync_orthanc_start strata-sync-bench "{ \"strata\": [ \"STRATA\", \"$HOST\", $STRATA_SCP ] }"; }

log "sync benchmark: $STUDIES studies × $SLICES slices = $N instances ($NB bytes), $PAR associations at once; $ISOLATION"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# storescu, one process per study, PAR at a time.
orthanc_start
o0=$(orthanc_cpu)
t0=$(date +%s.%N)
cpu_run "$SCRATCH/cpu-storescu" bash -c "ls -d '$DATA/$KEY-a'/s* | xargs -P '$PAR' -I{} storescu -aet STORESCU -aec ORTHANC +sd +r '$HOST' '$ORTHANC_DICOM' {}" \
    || die "storescu failed"
t1=$(date +%s.%N)
ORTHANC_CPU_STORESCU=$(printf '%.2f' "$(echo "$(orthanc_cpu) - $o0" | bc -l)")
orthanc_check "$N" "storescu"
STORESCU_S=$(echo "$t1 - $t0" | bc -l)

# Strata: import and queue (not timed), then drain with verification (timed).
orthanc_start
D=$SCRATCH/data
sync_import "$D" "$DATA/$KEY-b"
"$STRATA" --data-dir "$D" sync commitment bench off > /dev/null || die "commitment off"
sync_queue "$D"
o0=$(orthanc_cpu)
t0=$(date +%s.%N)
cpu_run "$SCRATCH/cpu-strata" "$STRATA" --data-dir "$D" sync run --until-drained --parallel "$PAR" > "$SCRATCH/sync.log" 2>&1 \
    || { tail "$SCRATCH/sync.log"; die "sync run failed"; }
t1=$(date +%s.%N)
ORTHANC_CPU_STRATA=$(printf '%.2f' "$(echo "$(orthanc_cpu) - $o0" | bc -l)")
orthanc_check "$N" "strata sync"
STRATA_S=$(echo "$t1 - $t0" | bc -l)
sync_check_safe "$D"

# Strata again, verifying by Storage Commitment (timed as above).
COMMIT_S=
if [[ $COMMITMENT == 1 ]]; then
    orthanc_start
    D2=$SCRATCH/data-commitment
    sync_import "$D2" "$DATA/$KEY-b" --aet STRATA
    "$STRATA" --data-dir "$D2" sync commitment --ae STRATA --port "$STRATA_SCP" --timeout 120 > /dev/null || die "commitment listener"
    "$STRATA" --data-dir "$D2" sync commitment bench on > /dev/null || die "commitment on"
    sync_queue "$D2"
    t0=$(date +%s.%N)
    "$STRATA" --data-dir "$D2" sync run --until-drained --parallel "$PAR" > "$SCRATCH/sync-commitment.log" 2>&1 \
        || { tail "$SCRATCH/sync-commitment.log"; die "sync run (commitment) failed"; }
    t1=$(date +%s.%N)
    orthanc_check "$N" "strata sync (commitment)"
    grep -q "committed, 0 failed" "$SCRATCH/sync-commitment.log" || { tail "$SCRATCH/sync-commitment.log"; die "no storage commitment in the run"; }
    COMMIT_S=$(echo "$t1 - $t0" | bc -l)
    sync_check_safe "$D2"
    rm -rf "$D2"
    orthanc_start
fi

# Time to resume after the link returns: the archive stopped with work queued, the engine failing
# against it; then Orthanc starts again and the first study is safe within ...
"$STRATA" --data-dir "$D" sample --out "$SCRATCH/late" --size 64 --slices 4 > /dev/null 2>&1
dcmodify -nb -gin -m PatientID=SYNCBENCHLATE -m "StudyInstanceUID=$(sync_uid)" -m "SeriesInstanceUID=$(sync_uid)" "$SCRATCH/late"/*.dcm > /dev/null 2>&1
orthanc_stop
"$STRATA" --data-dir "$D" import "$SCRATCH/late" > /dev/null 2>&1
"$STRATA" --data-dir "$D" sync run --timeout 40 --connect-timeout 2 > "$SCRATCH/offline.log" 2>&1 || true
( "$STRATA" --data-dir "$D" sync run --until-drained --timeout 180 --connect-timeout 2 > "$SCRATCH/resume.log" 2>&1 ) &
RUN=$!
sleep 5
orthanc_launch
back=$(date +%s.%N)
wait "$RUN" || { tail "$SCRATCH/resume.log"; die "resume run failed"; }
done_at=$(date +%s.%N)
RESUME_S=$(echo "$done_at - $back" | bc -l)

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
printf 'load average (1, 5, 15 min) before the timed parts: %s, after: %s; %s cores\n' "$LOAD_BEFORE" "$LOAD_AFTER" "$(nproc)"
printf '| work | Strata | storescu | ratio |\n| --- | --- | --- | --- |\n'
printf '| %d instances (%.0f MB), %d studies, %d associations | %.1f s (%.0f inst/s), with C-FIND verification | %.1f s (%.0f inst/s) | %.2f× |\n' \
    "$N" "$(echo "$NB / 1048576" | bc -l)" "$STUDIES" "$PAR" "$STRATA_S" "$(echo "$N / $STRATA_S" | bc -l)" \
    "$STORESCU_S" "$(echo "$N / $STORESCU_S" | bc -l)" "$(echo "$STORESCU_S / $STRATA_S" | bc -l)"
[[ -n $COMMIT_S ]] && printf '| the same, Strata verifying by Storage Commitment | %.1f s (%.0f inst/s) | | %.2f× |\n' \
    "$COMMIT_S" "$(echo "$N / $COMMIT_S" | bc -l)" "$(echo "$STORESCU_S / $COMMIT_S" | bc -l)"
printf 'CPU seconds (user + system) in the timed parts: storescu processes %s, Orthanc %s while storescu sent; strata sync run %s, Orthanc %s while Strata sent and verified\n' \
    "$(cat "$SCRATCH/cpu-storescu")" "$ORTHANC_CPU_STORESCU" "$(cat "$SCRATCH/cpu-strata")" "$ORTHANC_CPU_STRATA"
printf 'time from the archive answering again to the queue drained (after %s failing attempts, breaker open): %.1f s\n' \
    "$(grep -c 'failed' "$SCRATCH/offline.log" || true)" "$RESUME_S"
