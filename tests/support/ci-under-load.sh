#!/usr/bin/env bash
# The suite's acceptance check for flakiness: `.ci/run` from fresh clones, N times in a row, while a
# second build of Strata (no ccache, -j2, over and over) keeps both cores busy. Prints each run's
# result, time and load average (median and maximum of samples every 30 s) and stops at the first
# failure, leaving that run's log.
# Usage: tests/support/ci-under-load.sh [runs (default 5)] [work folder (default /tmp/strata-ci-load)]
set -uo pipefail
runs=${1:-5}
work=${2:-/tmp/strata-ci-load}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
shared=$(cd "$repo/../shared" && pwd)
mkdir -p "$work"
sampler=

# The other build: its own folder, ccache off, rebuilt from clean until this script ends.
cmake -S "$repo" -B "$work/load-build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTRATA_BUILD_BENCHMARKS=OFF -DCMAKE_C_COMPILER_LAUNCHER= -DCMAKE_CXX_COMPILER_LAUNCHER= >/dev/null
( while true; do
    CCACHE_DISABLE=1 ninja -C "$work/load-build" -j2 >/dev/null 2>&1
    ninja -C "$work/load-build" -t clean >/dev/null
  done ) &
load=$!
trap 'kill $load $sampler 2>/dev/null; pkill -P $load 2>/dev/null' EXIT

status=0
for i in $(seq 1 "$runs"); do
  run="$work/run-$i"
  rm -rf "$run" && mkdir -p "$run"
  git clone -q "$repo" "$run/main" && ln -s "$shared" "$run/shared"
  ( while true; do cut -d' ' -f1 /proc/loadavg; sleep 30; done ) > "$run/load" &
  sampler=$!
  start=$(date +%s)
  (cd "$run/main" && CI=true bash .ci/run > "$run/log" 2>&1)
  rc=$?
  kill $sampler
  seconds=$(( $(date +%s) - start ))
  loadavg=$(sort -n "$run/load" | awk '{a[NR]=$1} END {printf "median %s, max %s", a[int((NR+1)/2)], a[NR]}')
  echo "run $i: $([ $rc -eq 0 ] && echo passed || echo "FAILED (log: $run/log)") in $((seconds / 60)) min $((seconds % 60)) s, load $loadavg"
  if [ $rc -ne 0 ]; then
    status=1
    break
  fi
  rm -rf "$run/main"
done
exit $status
