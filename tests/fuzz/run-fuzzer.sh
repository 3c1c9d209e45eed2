#!/usr/bin/env bash
# One bounded libFuzzer run (CTest's fuzz_run_<name>, and `make fuzz`).
# Usage: run-fuzzer.sh <fuzzer> <work dir> <seconds> <max len> <seed name pattern> <seed dir>...
# STRATA_FUZZ_SECONDS, when set, replaces <seconds> (`make fuzz FUZZ_SECONDS=3600`).
# The corpus grows in <work dir>/corpus across runs; seeds matching the pattern are copied from the
# seed dirs once. A crash, leak or timeout leaves its input in <work dir>/artifacts/ and fails the
# run: minimize it (<fuzzer> -minimize_crash=1 <input>), fix the code, and keep the input in
# tests/fuzz/regressions/<name>/ so that every build replays it.
set -uo pipefail
fuzzer=$1 work=$2 seconds=${STRATA_FUZZ_SECONDS:-$3} maxlen=$4 pattern=$5
shift 5
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts"
if [ ! -e "$work/seeds/.copied" ]; then
  for dir in "$@"; do
    [ -d "$dir" ] || continue
    find "$dir" -type f -iname "$pattern" -size -4M -print0 |
      while IFS= read -r -d '' f; do
        cp -f "$f" "$work/seeds/$(sha1sum "$f" | cut -c1-16)-$(basename "$f")"
      done
  done
  touch "$work/seeds/.copied"
fi
# -seed fixes the mutation sequence: a run does the same work on any machine, just more of it on
# a faster one. Each input gets 20 s and 2.5 GiB at most; the whole run ends within its time + 10 min.
exec timeout -s KILL $((seconds + 600)) "$fuzzer" -seed=1 -max_total_time="$seconds" -max_len="$maxlen" -timeout=20 -rss_limit_mb=2560 \
  -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" "$work/seeds"
