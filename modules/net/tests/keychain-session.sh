#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked GNOME Keyring (Secret Service) whose
# files live in a temporary home, so that no user keychain is touched:
#   keychain-session.sh <test executable> [arguments]
# Needs dbus-run-session (dbus-daemon), gnome-keyring-daemon and libsecret (packaging/install-deps.sh).
set -eu
for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
  command -v "$tool" >/dev/null 2>&1 || { echo "keychain-session: $tool is missing: run packaging/install-deps.sh" >&2; exit 1; }
done
home=$(mktemp -d "${TMPDIR:-/tmp}/strata-keychain.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" \
       XDG_RUNTIME_DIR="$home/run"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
# The daemon reads the new keyring's password on stdin, creates and unlocks it, and leaves with
# the session bus when the test ends.
exec dbus-run-session -- sh -c '
  printf "strata-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
  exec "$@"' keychain-session "$@"
