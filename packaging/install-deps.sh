#!/usr/bin/env bash
# Installs the Debian 12 packages Strata builds, tests and runs with.
# Idempotent: quiet and quick when everything is already there.
set -euo pipefail

PACKAGES=(
  cmake ninja-build ccache g++ pkg-config make
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite libqt6opengl6-dev libgl1-mesa-dev
  # Qt PDF (PDFium): the viewer shows a study's encapsulated PDF documents (outside reports)
  qt6-pdf-dev
  libvtk9-dev libinsighttoolkit5-dev
  libgdcm-dev libgdcm-tools libopenjp2-7-dev libcharls-dev
  # FFmpeg: video pixel data (MPEG-2, H.264, HEVC) decoded; its x264 and MPEG-2 encoders make the tests' videos
  libavformat-dev libavcodec-dev libavutil-dev libswscale-dev
  libdcmtk-dev dcmtk libssl-dev
  qtkeychain-qt6-dev libquazip1-qt6-dev libbenchmark-dev
  orthanc orthanc-dicomweb
  # the sync tests against an Orthanc whose index is in PostgreSQL (a private cluster the test starts)
  orthanc-postgresql postgresql
  xvfb xauth libgl1-mesa-dri dicom3tools sqlite3
  # OpenJPH's encoder: the tests make High-Throughput JPEG 2000 copies of real images with it
  openjph-tools
  # make package (CPack: dpkg-shlibdeps works out the runtime dependencies) and its checks
  dpkg-dev desktop-file-utils appstream bash-completion
  # `strata cd --iso` writes the ISO 9660 image with it; its tests read the image back with osirrox
  xorriso
  # the fuzz build (make fuzz, and its bounded run in make test): clang with libFuzzer's runtime
  clang libclang-rt-14-dev
  # QtKeychain's Secret Service backend (libsecret, loaded at run time) and, for the keychain
  # tests, a private D-Bus session with GNOME Keyring (secret-tool checks what it holds)
  libsecret-1-0 gnome-keyring dbus-daemon libsecret-tools
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  if [[ $status != *'install ok installed'* ]]; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "strata: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
echo "strata: dependencies installed"
