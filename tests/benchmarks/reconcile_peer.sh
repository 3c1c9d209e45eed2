#!/bin/bash
# Patient reconciliation of the 300-slice sample CT, against DCMTK's dcmodify on the same files,
# five alternating rounds (docs/performance.md, "Patient reconciliation"). Strata's run writes every
# file again beside the store, hashes it, records, places, syncfs, indexes and removes the former
# files; dcmodify rewrites the files in place and does nothing else.
# Usage: tests/benchmarks/reconcile_peer.sh [build-dir]
set -euo pipefail
BUILD=${1:-build}
CLI=$(realpath "$BUILD/app/strata-cli")
W=$(mktemp -d /tmp/strata-reconcile-XXXXXX)
trap 'rm -rf "$W"' EXIT
"$CLI" sample --out "$W/ct" >/dev/null 2>&1
echo "sample: $(du -sh "$W/ct" | cut -f1), $(ls "$W/ct" | wc -l) files"
for i in 1 2 3 4 5; do
  D=$W/d$i
  "$CLI" --data-dir "$D" import --quiet "$W/ct" >/dev/null
  U=$("$CLI" --data-dir "$D" studies --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["studyInstanceUid"])')
  cp -r "$W/ct" "$W/p$i"
  sync
  /usr/bin/time -o "$W/t" -f "strata reconcile: %e s wall, %M KB peak RSS" "$CLI" --data-dir "$D" reconcile "$U" --patient-id "LOCAL-$i" --name "TEST^PATIENT" >/dev/null
  cat "$W/t"
  /usr/bin/time -o "$W/t" -f "dcmodify:         %e s wall, %M KB peak RSS" dcmodify -nb -i "(0010,0020)=LOCAL-$i" -i "(0010,0010)=TEST^PATIENT" "$W/p$i"/*.dcm >/dev/null 2>&1
  cat "$W/t"
  rm -rf "$D" "$W/p$i"
done
uptime
