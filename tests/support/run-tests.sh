#!/usr/bin/env bash
# Runs the CTest suites: the normal build (GUI tests under Xvfb), every non-GUI test again under
# AddressSanitizer + UBSan with leak detection, and the fuzz build (kept regression inputs, then
# each fuzzer for a bounded time).
# Usage: run-tests.sh <build-dir> <asan-build-dir> [<fuzz-build-dir>]
# A test that calls QSKIP is reported by CTest as "Not Run" (strata_add_test's skip expression);
# this script lists every such test and fails: in this suite a skip is never a pass.
set -uo pipefail
build=$1
asan=$2
fuzz=${3:-}
jobs=$(nproc)
here=$(cd "$(dirname "$0")" && pwd)
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
status=0

run_ctest() {
  local log=$1
  shift
  if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1280x1024x24" ctest --no-tests=error "$@" 2>&1 | tee "$log"
  else
    ctest --no-tests=error "$@" 2>&1 | tee "$log"
  fi
  return "${PIPESTATUS[0]}"
}

echo "== Tests: $build"
run_ctest "$logs/normal" --test-dir "$build" --output-on-failure -j "$jobs" || status=1

echo "== Tests under AddressSanitizer + UBSan (leaks checked): $asan"
# Each test carries its sanitizer options (strata_sanitizer_env in cmake/StrataModule.cmake).
run_ctest "$logs/asan" --test-dir "$asan" --output-on-failure -j "$jobs" || status=1

if [ -n "$fuzz" ]; then
  echo "== Fuzzing (the kept inputs, then each fuzzer for ${STRATA_FUZZ_SECONDS:-its configured time}): $fuzz"
  run_ctest "$logs/fuzz" --test-dir "$fuzz" -L fuzz --output-on-failure -j "$jobs" || status=1
fi

# The failed checks once more at the end, where a log cut in the middle still shows them.
failed=$(grep -hE '^(FAIL!  :|   Loc: )|ERROR: (Address|Leak)Sanitizer|runtime error:' "$logs"/* | head -n 60)
if [ -n "$failed" ]; then
  echo "== Failed checks (repeated from above)"
  echo "$failed"
fi

skipped=$(grep -hE '\*\*\*Skipped|Not Run' "$logs"/* | sed -E 's/^ *//' | sort -u)
if [ -n "$skipped" ]; then
  echo "== Tests that did not run (a skip is never a pass):"
  echo "$skipped"
  status=1
fi

exit $status
