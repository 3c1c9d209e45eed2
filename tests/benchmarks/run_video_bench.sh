#!/usr/bin/env bash
# Video playback: Strata reading a long 1080p H.264 clip as the viewer does (dicom::VideoFrames),
# beside FFmpeg's own command decoding the same stream to RGB, in the same run.
#
#   bash tests/benchmarks/run_video_bench.sh BUILD_DIR
#
# 1. Makes the clip once (in ${STRATA_BENCH_DATA:-BUILD_DIR/bench-data}/video): `ffmpeg` encodes its
#    testsrc2 pattern, 1920×1080, 30 frames/s, 20 s (600 pictures), with libx264 (veryfast, a keyframe
#    every 30 pictures, two B-frames) into an MP4 file; strata_bench_video --wrap puts it, as it is,
#    in a Video Endoscopic Image (MPEG-4 AVC/H.264 High Profile / Level 4.1) with the patient of a
#    one-slice `strata sample`. Decoded whole it would be 3.7 GB, past the 2 GiB decode budget.
# 2. Runs strata_bench_video: BM_VideoPlay (every frame, four at a time: the cine), BM_VideoJump (one
#    frame at a time, back and ahead over the clip, each from the keyframe before it).
# 3. Peers, each timed STRATA_PEER_REPS times (median): `ffmpeg -i clip.mp4 -f rawvideo -pix_fmt rgb24`
#    with the conversion Strata asks libswscale for (bilinear, accurate rounding, full chroma
#    interpolation), output to /dev/null: the same decode and conversion, one process; and for a
#    jump, `ffmpeg -ss T -i clip.mp4 -frames:v 1` (input seeking: from the keyframe before T) for
#    the same 12 frames, one process each (start-up included).
#
# Needs: ffmpeg (apt-get install ffmpeg). Environment: STRATA_BENCH_DATA, STRATA_PEER_REPS (default 3).
set -euo pipefail

BUILD=$(cd "${1:?usage: run_video_bench.sh BUILD_DIR}" && pwd)
STRATA=$BUILD/app/strata
BENCH=$BUILD/tests/benchmarks/strata_bench_video
DATA=${STRATA_BENCH_DATA:-$BUILD/bench-data}/video
RESULTS=$BUILD/bench-results
PEER_REPS=${STRATA_PEER_REPS:-3}
FRAMES=600

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
for tool in "$STRATA" "$BENCH"; do [[ -x $tool ]] || die "$tool is not built (ninja -C $BUILD strata strata_bench_video)"; done
command -v ffmpeg > /dev/null || die "ffmpeg not found (apt-get install ffmpeg)"
mkdir -p "$DATA" "$RESULTS"

if [[ ! -f $DATA/.done ]]; then
    log "encoding the clip ($FRAMES pictures of 1920×1080, H.264) into $DATA"
    rm -rf "$DATA/template"
    ffmpeg -v error -y -f lavfi -i "testsrc2=size=1920x1080:rate=30" -frames:v $FRAMES -c:v libx264 -preset veryfast \
        -g 30 -bf 2 -pix_fmt yuv420p "$DATA/clip.mp4"
    "$STRATA" sample --out "$DATA/template" --slices 1 --size 64 > /dev/null
    template=$(find "$DATA/template" -name '*.dcm' | head -1)
    "$BENCH" --wrap "$DATA/clip.mp4" "$template" "$DATA/clip.dcm" $FRAMES 1080 1920
    touch "$DATA/.done"
fi

log "strata_bench_video"
STRATA_BENCH_VIDEO=$DATA/clip.dcm "$BENCH" --benchmark_out="$RESULTS/video.json" --benchmark_out_format=json

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }

play=()
for ((i = 0; i < PEER_REPS; ++i)); do
    play+=("$(seconds ffmpeg -v error -threads 0 -i "$DATA/clip.mp4" -map 0:v -sws_flags bilinear+accurate_rnd+full_chroma_int \
        -f rawvideo -pix_fmt rgb24 -y /dev/null)")
done
playSeconds=$(median "${play[@]}")
log "ffmpeg, every frame to RGB: median $playSeconds s (${play[*]})"

jumpTimes=()
for ((r = 0; r < PEER_REPS; ++r)); do
    total=0
    for ((i = 0; i < 12; ++i)); do
        frame=$(( (i * 7919 + 13) % FRAMES ))
        at=$(echo "$frame / 30" | bc -l)
        t=$(seconds ffmpeg -v error -ss "$at" -i "$DATA/clip.mp4" -frames:v 1 -sws_flags bilinear+accurate_rnd+full_chroma_int \
            -f rawvideo -pix_fmt rgb24 -y /dev/null)
        total=$(echo "$total + $t" | bc -l)
    done
    jumpTimes+=("$(echo "$total / 12" | bc -l)")
done
jumpSeconds=$(median "${jumpTimes[@]}")
log "ffmpeg -ss, one frame: median $jumpSeconds s a jump (${jumpTimes[*]})"

python3 - "$RESULTS/video.json" "$playSeconds" "$jumpSeconds" "$FRAMES" > "$RESULTS/video.md" <<'PY'
import json, sys
runs = {b["name"].split("/")[0]: b for b in json.load(open(sys.argv[1]))["benchmarks"]}
play, jump, frames = float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
s_play = runs["BM_VideoPlay"]["frames/s"]
s_jump = runs["BM_VideoJump"]["real_time"]
print("| 1920×1080 H.264, 600 pictures | Strata | ffmpeg | Strata ÷ ffmpeg |")
print("| --- | --- | --- | --- |")
print(f"| play every frame to RGB | {s_play:.0f} frames/s | {frames / play:.0f} frames/s | {s_play / (frames / play):.2f}× |")
print(f"| one frame after a jump | {s_jump:.0f} ms ({runs['BM_VideoJump']['pictures/jump']:.0f} pictures decoded) | {jump * 1000:.0f} ms (`-ss`, a process each) | {jump * 1000 / s_jump:.2f}× |")
PY
cat "$RESULTS/video.md"
