# Sourced by run_cache_bench.sh and run_net_bench.sh: logging, the private network namespace the
# benchmarks run Orthanc in, free loopback ports, and Orthanc started from a configuration the
# caller writes, counted and stopped. Before calling the orthanc_* functions the caller sets
# ORTHANC (the binary), ORTHANC_WORK (its folder), HOST, ORTHANC_HTTP and PY (python3).

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }

# copy_strata SRC DEST: copies the program into the scratch folder, so that a rebuild during the run
# changes nothing. `strata` starts its parts (strata-cli, strata-viewer; app/Parts.h) from beside
# itself: those beside SRC go with it. A SRC without them (an older single binary) runs alone.
copy_strata() {
    local src=$1 dest=$2 part
    cp "$src" "$dest"
    for part in strata-cli strata-viewer; do
        if [[ -x $(dirname "$src")/$part ]]; then cp "$(dirname "$src")/$part" "$(dirname "$dest")/"; fi
    done
}
# strata_built SRC: when the program was built, as the newest of `strata` and its parts beside it
# (a rebuild after a change to the commands relinks strata-cli, not the launcher).
strata_built() {
    local src=$1 newest=$1 part
    for part in strata-cli strata-viewer; do
        [[ -e $(dirname "$src")/$part && $(dirname "$src")/$part -nt $newest ]] && newest=$(dirname "$src")/$part
    done
    date -u -r "$newest" '+%Y-%m-%d %H:%M UTC'
}
die() { log "error: $*"; exit 1; }

# private_netns FLAG_VAR OFF_VAR REFUSES SELF ARGS...: re-executes the calling script SELF in
# `unshare -rn` (a namespace with only a loopback interface), where Orthanc, which cannot bind to
# one address, listens on loopback alone. Not done when OFF_VAR=1 or unshare is not allowed; then
# Orthanc listens on all interfaces and REFUSES says what it refuses from elsewhere. Sets ISOLATION.
private_netns() {
    local flag=$1 off=$2 refuses=$3 self=$4
    shift 4
    if [[ -z ${!flag:-} && ${!off:-0} != 1 ]] && command -v ip > /dev/null && unshare -rn true 2> /dev/null; then
        exec unshare -rn env "$flag=1" bash "$self" "$@"
    fi
    if [[ ${!flag:-} == 1 ]]; then
        ip link set lo up || die "cannot bring up the loopback interface in the network namespace"
        ISOLATION="a private network namespace (unshare -rn) with only a loopback interface"
    else
        local why="unshare -rn not available"
        [[ ${!off:-0} == 1 ]] && why="$off=1"
        ISOLATION="the host's network namespace ($why): Orthanc listens on all interfaces but refuses $refuses"
        log "warning: not in a private network namespace; $ISOLATION"
    fi
}

# free_ports N: N distinct free loopback ports (held open together while choosing).
free_ports() {
    "$PY" -c '
import socket, sys
ss = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in ss: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in ss))' "$1"
}

ORTHANC_PID=
orthanc_stop() {
    [[ -n $ORTHANC_PID ]] || return 0
    if kill -0 "$ORTHANC_PID" 2> /dev/null; then
        kill "$ORTHANC_PID"
        for _ in $(seq 1 100); do kill -0 "$ORTHANC_PID" 2> /dev/null || break; sleep 0.1; done
        kill -0 "$ORTHANC_PID" 2> /dev/null && kill -9 "$ORTHANC_PID"
        wait "$ORTHANC_PID" 2> /dev/null || true
    fi
    ORTHANC_PID=
}

# orthanc_fresh: stops Orthanc and empties ORTHANC_WORK (storage/ and index/ made again); the caller
# then writes ORTHANC_WORK/orthanc.json and calls orthanc_launch.
orthanc_fresh() {
    orthanc_stop
    rm -rf "$ORTHANC_WORK"
    mkdir -p "$ORTHANC_WORK/storage" "$ORTHANC_WORK/index"
}

# orthanc_launch: starts Orthanc on ORTHANC_WORK/orthanc.json and waits until its REST API answers.
orthanc_launch() {
    "$ORTHANC" "$ORTHANC_WORK/orthanc.json" > "$ORTHANC_WORK/orthanc.log" 2>&1 &
    ORTHANC_PID=$!
    for _ in $(seq 1 150); do
        curl -sf "http://$HOST:$ORTHANC_HTTP/system" > /dev/null 2>&1 && return 0
        kill -0 "$ORTHANC_PID" 2> /dev/null || break
        sleep 0.2
    done
    tail -20 "$ORTHANC_WORK/orthanc.log" >&2
    die "Orthanc did not start (log above)"
}

orthanc_count() {
    curl -sf "http://$HOST:$ORTHANC_HTTP/statistics" | "$PY" -c 'import json, sys; print(json.load(sys.stdin)["CountInstances"])'
}

orthanc_check() {  # orthanc_check EXPECTED WHAT
    local c
    c=$(orthanc_count)
    [[ $c == "$1" ]] || { tail -20 "$ORTHANC_WORK/orthanc.log" >&2; die "$2: Orthanc holds $c instances, not $1"; }
}
