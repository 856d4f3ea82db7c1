#!/bin/sh
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring, in a
# throwaway HOME: tests exercise the real system keychain without touching a person's keyring.
set -e
scratch=$(mktemp -d "${TMPDIR:-/tmp}/vigie-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
  printf %s vigie-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || {
    echo "run-with-keyring: gnome-keyring-daemon could not start" >&2; exit 1; }
  exec "$@"' sh "$@"
