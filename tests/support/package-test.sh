#!/usr/bin/env bash
# The Debian package as an installer would get it: built with CPack from the build folder, checked
# (dependencies on runtime packages only, the files a desktop expects, desktop/AppStream validity,
# a manual and a completion that know every command), unpacked into a throwaway root, and run
# from there on a shared test file.
#   package-test.sh <build dir> <shared testdata dir>
set -euo pipefail
# With pipefail, `producer | grep -q` fails when grep stops at the first match and the producer
# is killed by SIGPIPE writing the rest: each check greps a captured output instead.
BUILD=$(cd "$1" && pwd)
TESTDATA=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$BUILD/CPackConfig.cmake" -G DEB -B "$WORK/out" >"$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log"; fail "cpack could not build the package"; }
DEB=$(ls "$WORK"/out/strata_*.deb 2>/dev/null | sed -n 1p)
[ -n "$DEB" ] || fail "no strata_*.deb in $WORK/out"
VERSION=$(dpkg-deb -f "$DEB" Version)
echo "package: $(basename "$DEB"), $(du -h "$DEB" | cut -f1), version $VERSION"

# Runtime dependencies only: no -dev package, and the libraries the binary loads are there.
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
echo "depends: $DEPENDS"
if grep -qE '(^|[ ,])[a-z0-9.+-]+-dev([ ,(]|$)' <<<"$DEPENDS"; then fail "the package depends on a -dev package"; fi
for needed in libqt6core6 libqt6widgets6 libqt6sql6-sqlite libvtk9 libgdcm libdcmtk libopenjp2 libavcodec libavformat libswscale; do
  grep -q "$needed" <<<"$DEPENDS" || fail "the package does not depend on $needed"
done

ROOT="$WORK/root"
dpkg-deb -x "$DEB" "$ROOT"
for f in usr/bin/strata usr/libexec/strata/strata-cli usr/libexec/strata/strata-viewer usr/share/applications/org.strata.Strata.desktop usr/share/icons/hicolor/scalable/apps/strata.svg \
         usr/share/metainfo/org.strata.Strata.metainfo.xml usr/share/man/man1/strata.1.gz \
         usr/share/bash-completion/completions/strata usr/share/doc/strata/copyright; do
  [ -s "$ROOT/$f" ] || fail "the package lacks /$f"
done
desktop-file-validate "$ROOT/usr/share/applications/org.strata.Strata.desktop" || fail "the .desktop file is not valid"
grep -q '^MimeType=.*application/dicom;' "$ROOT/usr/share/applications/org.strata.Strata.desktop" || fail "no application/dicom association"
appstreamcli validate --no-net --explain "$ROOT/usr/share/metainfo/org.strata.Strata.metainfo.xml" || fail "the AppStream metadata is not valid"
grep -q "release version=\"$VERSION\"" "$ROOT/usr/share/metainfo/org.strata.Strata.metainfo.xml" || fail "the AppStream release is not $VERSION"
for binary in usr/bin/strata usr/libexec/strata/strata-cli usr/libexec/strata/strata-viewer; do
  SECTIONS=$(readelf -S "$ROOT/$binary")
  if grep -qE '\.(debug_info|symtab)' <<<"$SECTIONS"; then fail "the installed /$binary is not stripped"; fi
done
# The parts (app/Parts.h): `strata` only starts one of the two and links no Qt and no DICOM
# library; the commands' part loads none of the window's libraries, which the viewer has.
LAUNCHER_LIBS=$(readelf -d "$ROOT/usr/bin/strata" | grep -oE 'lib(Qt6|vtk|ITK|gdcm|dcm|ofstd)[^]]*' || true)
[ -z "$LAUNCHER_LIBS" ] || fail "/usr/bin/strata (the launcher) links $LAUNCHER_LIBS"
GUI_LIBS=$(readelf -d "$ROOT/usr/libexec/strata/strata-cli" | grep -oE 'lib(Qt6(Gui|Widgets|OpenGL)|vtkRendering[A-Za-z0-9]*|GL|X11)[.-][^]]*' || true)
[ -z "$GUI_LIBS" ] || fail "strata-cli links the window's libraries: $GUI_LIBS"
VIEWER_DYNAMIC=$(readelf -d "$ROOT/usr/libexec/strata/strata-viewer")
grep -q 'libQt6Widgets' <<<"$VIEWER_DYNAMIC" || fail "strata-viewer does not link Qt Widgets (is it the viewer?)"

# The installed program, from its root, with a plain environment and no display.
STRATA="$ROOT/usr/bin/strata"
HOME_DIR="$WORK/home"; mkdir -p "$HOME_DIR"
run() { env -i HOME="$HOME_DIR" PATH=/usr/bin:/bin LANG=C.UTF-8 "$STRATA" "$@"; }
OUT=$(run --version) || fail "strata --version failed"
echo "$OUT"
grep -q "^strata $VERSION " <<<"$OUT" || fail "strata --version does not say $VERSION"
for library in Qt VTK ITK GDCM DCMTK SQLite OpenJPEG; do
  grep -qE "$library [0-9]+\.[0-9]+" <<<"$OUT" || fail "strata --version does not name $library's version"
done
FILE="$TESTDATA/mr/dwv-bbmri-6sl/bbmri-53323131.dcm"
INFO=$(run info "$FILE") || fail "strata info failed on $FILE"
SERIES=$(dcmdump +P SeriesInstanceUID "$FILE" | sed 's/.*\[\(.*\)\].*/\1/')
grep -q "MR Image Storage" <<<"$INFO" || fail "strata info does not name the SOP class: $INFO"
grep -q "256×256" <<<"$INFO" || fail "strata info does not give the matrix: $INFO"
JSON=$(run info --json "$FILE") || fail "strata info --json failed"
grep -q "$SERIES" <<<"$JSON" || fail "strata info --json lacks the series UID $SERIES (dcmdump)"
# `strata snapshot` paints with the viewer: the installed strata starts the installed strata-viewer.
run snapshot "$FILE" --size 128x128 --out "$WORK/snapshot.png" > "$WORK/snapshot.log" 2>&1 \
  || { cat "$WORK/snapshot.log"; fail "strata snapshot failed from the package"; }
PNG_HEAD=$(od -An -tx1 -N24 "$WORK/snapshot.png" 2>/dev/null | tr -d ' \n')
# The PNG signature, then IHDR with width and height 128 (0x80) each.
[ "$PNG_HEAD" = 89504e470d0a1a0a0000000d494844520000008000000080 ] || fail "strata snapshot wrote no 128×128 PNG (starts $PNG_HEAD)"

# The manual and the completion know every command of the installed program.
COMMANDS=$(run --help | awk '/^Without a command/ { on = 1; next } /^Global options/ { on = 0 } on && /^  [a-z]/ { print $1 }')
[ -n "$COMMANDS" ] || fail "no commands in strata --help"
MAN=$(zcat "$ROOT/usr/share/man/man1/strata.1.gz")
grep -q '^\.TH STRATA 1' <<<"$MAN" || fail "the manual has no .TH header"
if command -v man >/dev/null; then
  MANWARN=$(MANWIDTH=100 man --warnings -l "$ROOT/usr/share/man/man1/strata.1.gz" 2>&1 >/dev/null || true)
  [ -z "$MANWARN" ] || fail "man warns about the manual: $MANWARN"
fi
for c in $COMMANDS; do
  grep -q "^\.SS strata $c\$" <<<"$MAN" || fail "the manual has no section for 'strata $c'"
done
if [ -f /usr/share/bash-completion/bash_completion ]; then
  for c in $COMMANDS; do
    GOT=$(env -i HOME="$HOME_DIR" PATH="$ROOT/usr/bin:/usr/bin:/bin" bash -c '
      source /usr/share/bash-completion/bash_completion
      source "$1"
      COMP_WORDS=(strata "${2:0:3}"); COMP_CWORD=1; COMP_LINE="strata ${2:0:3}"; COMP_POINT=${#COMP_LINE}
      _strata; printf "%s\n" "${COMPREPLY[@]}"' _ "$ROOT/usr/share/bash-completion/completions/strata" "$c")
    grep -qx "$c" <<<"$GOT" || fail "bash completion does not offer '$c' for '${c:0:3}'"
  done
else
  fail "bash-completion is not installed (packaging/install-deps.sh installs it)"
fi
echo "the package installs and runs: $(wc -w <<<"$COMMANDS") commands in the manual and the completion"
