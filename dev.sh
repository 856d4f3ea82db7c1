#!/bin/sh
# Vigie's one-stop developer script for a fresh Debian 12 machine (as root, or a user with sudo).
#   ./dev.sh run  [vigie arguments…]  install what is missing, build, start Vigie
#   ./dev.sh test                     install what is missing, build, run every test (ctest)
#   ./dev.sh build                    install what is missing and build
set -eu
cd "$(dirname "$0")"

BUILD_DIR=${VIGIE_BUILD_DIR:-build}
BUILD_TYPE=${VIGIE_BUILD_TYPE:-RelWithDebInfo}

# Build and run time dependencies, all from Debian 12's own archive.
PACKAGES="cmake ninja-build g++ ccache pkg-config libsqlite3-dev
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql qt6-networkauth-dev qtkeychain-qt6-dev
  qt6-l10n-tools qt6-tools-dev qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n
  libxkbcommon-dev libgl1-mesa-dev libgl-dev fonts-dejavu-core fonts-noto-color-emoji"
# What the tests need on top: a virtual display, a session bus and keyring, the sqlite3 shell, pdftotext (case PDFs are read back);
# for the Bluesky integration tests a PostgreSQL server and what compiles a Node.js module.
TEST_PACKAGES="xvfb xauth dbus dbus-x11 gnome-keyring sqlite3 postgresql make python3 poppler-utils"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    missing=""
    for pkg in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        case "$status" in
        "install ok installed") ;;
        *) missing="$missing $pkg" ;;
        esac
    done
    if [ -n "$missing" ]; then
        echo "Installing:$missing"
        as_root apt-get update -qq
        # shellcheck disable=SC2086
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
    fi
}

# --- Bluesky integration tests (tests/integration) -----------------------------------------
# They start a real local AT Protocol network, which runs on Node.js and installs its pinned
# modules with npm (tests/integration/scripts/network-up.sh). Node and npm are installed from
# Debian only when npm is missing: a NodeSource nodejs (as on our machines) bundles npm and
# conflicts with Debian's npm package. Debian 12's Node is 18, too old for the locked modules;
# the set-up then takes Node 20 from the npm registry by itself.
install_node_for_integration_tests() {
    if ! command -v npm >/dev/null 2>&1; then
        install_missing nodejs npm
    fi
}

build() {
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DVIGIE_WERROR=ON >/dev/null
    cmake --build "$BUILD_DIR" -j "$(nproc)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    # shellcheck disable=SC2086
    install_missing $PACKAGES
    build
    exec "$BUILD_DIR/bin/vigie" "$@"
    ;;
test)
    # shellcheck disable=SC2086
    install_missing $PACKAGES $TEST_PACKAGES
    install_node_for_integration_tests
    build
    cd "$BUILD_DIR"
    exec ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
    ;;
build)
    # shellcheck disable=SC2086
    install_missing $PACKAGES
    build
    ;;
*)
    echo "usage: ./dev.sh run [vigie arguments…] | test [ctest arguments…] | build" >&2
    exit 2
    ;;
esac
