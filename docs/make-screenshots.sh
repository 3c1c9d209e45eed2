#!/usr/bin/env bash
# Makes the guides' pictures (docs/images/*.png) from Strata's own sample study, with the viewer's
# own painting through `strata snapshot` (headless: Qt's offscreen platform, no display needed;
# only the 3D picture needs an X display, e.g. `xvfb-run -a docs/make-screenshots.sh build`).
#
#   docs/make-screenshots.sh <build folder> [output folder]
#
# The build folder is where `ninja -C <build> strata` put app/strata. The output folder defaults to
# docs/images beside this script. Everything else (the sample study, a private cache) goes into a
# temporary folder that is removed at the end. Run it again after a change to the viewer and commit
# the pictures that changed.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: $0 <build folder> [output folder]" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
strata=$(cd "$1" && pwd)/app/strata
out=${2:-$here/images}
if [[ ! -x $strata ]]; then
    echo "$0: no strata program at $strata (build it: ninja -C $1 strata)" >&2
    exit 1
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private runtime folder and cache: the user's own settings and cache are never read or changed.
export XDG_RUNTIME_DIR=$work/runtime XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/share
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
data=$work/cache
run() { "$strata" --data-dir "$data" "$@"; }

# The sample study as `make run` writes it (512 x 512, 300 slices, and its PET), imported as a user would.
run sample --out "$work/sample" --pet >/dev/null
run import --quiet "$work/sample" >/dev/null || true   # phantom.json beside the slices is not DICOM
study=$(run studies | awk 'NR == 1 { print $NF }')
if [[ ! $study =~ ^[0-9.]+$ ]]; then
    echo "$0: the sample study did not import (strata studies printed '$study')" >&2
    exit 1
fi

shot() {   # shot <name> <snapshot options...>
    local name=$1
    shift
    run snapshot "$study" "$@" --out "$out/$name.png" >/dev/null
}

# The 1+3 MPR layout: axial with the crosshair, coronal, sagittal and the native slices.
shot mpr --layout mpr --size 960x720
# The three planes alone, with their overlays, orientation letters and scale bars.
shot axial --view axial --overlays all --size 420x420
shot coronal --view coronal --overlays all --size 420x420
shot sagittal --view sagittal --overlays all --size 420x420
# PET/CT: the phantom's PET (series 3) fused over the MPR planes, SUV 0–7, with the overlays.
shot fusion --layout mpr --fuse 3 --overlays all --size 960x720
# A native slice through the liver lesions, without overlays: the stored pixels in the default window.
shot native --view native --slice 80 --size 420x420
# The volume in 3D (lungs and body outline with the CT lung preset, turned towards the patient's
# left). VTK renders through an X display only: without one (DISPLAY unset) the picture is left as
# it is, so run this script under `xvfb-run -a` to renew it. A failure here is reported, not fatal.
if [[ -n ${DISPLAY:-} ]]; then
    shot volume3d --view 3d --preset ct-lung --azimuth 30 --elevation 15 --overlays all --size 480x480 \
        || echo "$0: the 3D picture could not be rendered; volume3d.png left as it was" >&2
else
    echo "$0: no X display: volume3d.png not renewed (run under xvfb-run -a)" >&2
fi

ls -l "$out"/*.png | awk '{ total += $5; print $5, $NF } END { print total, "bytes in all" }'
