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
# Leak suppressions cover only the objects of a GDCM call abandoned at one of GDCM's own
# assertions (see lsan.supp). Allocations over 1 GiB fail the test.
ASAN_OPTIONS="detect_leaks=1:max_allocation_size_mb=1024:allocator_may_return_null=0" \
LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0" \
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  run_ctest "$logs/asan" --test-dir "$asan" --output-on-failure -j "$jobs" || status=1

if [ -n "$fuzz" ]; then
  echo "== Fuzzing (each fuzzer for ${STRATA_FUZZ_SECONDS:-its configured time}): $fuzz"
  ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1" \
  LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0" \
    run_ctest "$logs/fuzz" --test-dir "$fuzz" -L fuzz --output-on-failure -j "$jobs" || status=1
fi

skipped=$(grep -hE '\*\*\*Skipped|Not Run' "$logs"/* | sed -E 's/^ *//' | sort -u)
if [ -n "$skipped" ]; then
  echo "== Tests that did not run (a skip is never a pass):"
  echo "$skipped"
  status=1
fi

exit $status
