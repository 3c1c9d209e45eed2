# shellcheck shell=bash
# What the sync benchmarks (run_sync_bench.sh, run_sync_batch_bench.sh) share, sourced after
# bench_orthanc.sh: the backlog's study sets, the Orthanc they drain into, and a Strata data dir
# with the backlog queued. Uses STRATA, PY, HOST, ORTHANC_WORK, ORTHANC_HTTP and ORTHANC_DICOM.

sync_uid() { "$PY" -c 'import uuid; print("2.25.%d" % uuid.uuid4().int)'; }

# sync_make_set DIR STUDIES SLICES: STUDIES studies of SLICES slices (`strata sample`, 256×256), each
# with UIDs of its own; kept once made.
sync_make_set() {
    local dir=$1 studies=$2 slices=$3 i
    [[ -f $dir/.done ]] && return 0
    rm -rf "$dir"
    mkdir -p "$dir"
    "$STRATA" sample --out "$dir/template" --size 256 --slices "$slices" --noise 8 > /dev/null 2>&1 || die "strata sample failed"
    rm -f "$dir/template/phantom.json"
    for i in $(seq 1 "$studies"); do
        cp -r "$dir/template" "$dir/s$i"
        # One study and series per folder (-gst/-gse would give every file a study of its own).
        dcmodify -nb -gin -m "PatientID=SYNCBENCH$i" -m "StudyInstanceUID=$(sync_uid)" -m "SeriesInstanceUID=$(sync_uid)" \
            "$dir/s$i"/*.dcm > /dev/null 2>&1 || die "dcmodify failed"
    done
    rm -rf "$dir/template"
    touch "$dir/.done"
}

# sync_orthanc_start NAME [MODALITIES]: a fresh Orthanc on ORTHANC_DICOM/ORTHANC_HTTP; MODALITIES is
# the JSON object of its DicomModalities (default none).
sync_orthanc_start() {
    local modalities=${2:-}
    [[ -n $modalities ]] || modalities='{}'
    orthanc_fresh
    cat > "$ORTHANC_WORK/orthanc.json" <<JSON
{
  "Name": "$1", "StorageDirectory": "$ORTHANC_WORK/storage", "IndexDirectory": "$ORTHANC_WORK/index",
  "StorageCompression": false, "HttpServerEnabled": true, "HttpPort": $ORTHANC_HTTP, "RemoteAccessAllowed": false,
  "AuthenticationEnabled": false, "DicomServerEnabled": true, "DicomAet": "ORTHANC", "DicomPort": $ORTHANC_DICOM,
  "DicomCheckCalledAet": true, "DicomAlwaysAllowEcho": true, "DicomAlwaysAllowStore": true, "DicomAlwaysAllowFind": true,
  "DicomScpTimeout": 60, "ConcurrentJobs": 2, "SaveJobs": false, "StableAge": 3600,
  "DicomModalities": $modalities
}
JSON
    orthanc_launch
}

# sync_import DATA_DIR SET [NODE ADD OPTIONS...]: SET imported into a fresh DATA_DIR and the Orthanc
# added as node "bench" (not timed).
sync_import() {
    local d=$1 set=$2
    shift 2
    "$STRATA" --data-dir "$d" import "$set" > /dev/null 2>&1 || die "import failed"
    "$STRATA" --data-dir "$d" node add bench --aec ORTHANC --host "$HOST" --port "$ORTHANC_DICOM" "$@" < /dev/null > /dev/null || die "node add"
}

# sync_queue DATA_DIR: a rule sending everything to "bench", its backlog queued while sync is paused.
sync_queue() {
    "$STRATA" --data-dir "$1" sync pause > /dev/null
    "$STRATA" --data-dir "$1" sync rule add all --to bench --existing > /dev/null || die "rule add"
    "$STRATA" --data-dir "$1" sync resume > /dev/null
}

# sync_check_safe DATA_DIR: every job done, the health "safe".
sync_check_safe() {
    "$STRATA" --data-dir "$1" sync status --json \
        | "$PY" -c 'import json,sys; s=json.load(sys.stdin); assert s["health"]=="safe" and s["queue"]["pending"]==0, s'
}
