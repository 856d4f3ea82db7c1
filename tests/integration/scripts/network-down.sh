#!/bin/bash
# Stops what network-up.sh started (the network, then PostgreSQL) and deletes its temporary
# folder. Usage: network-down.sh STATE_DIR. Safe to run twice or after a partial start.
set -uo pipefail
. "$(dirname "$0")/common.sh"

[ $# -eq 1 ] || die "usage: network-down.sh STATE_DIR"
STATE_DIR=$1
[ -f "$STATE_DIR/network.env" ] || {
    log "nothing to stop"
    exit 0
}
# shellcheck disable=SC1091
. "$STATE_DIR/network.env"
problems=0

# The launcher closes every service on SIGTERM; a hung one is killed after 15 s.
if [ -n "${LAUNCHER_PID:-}" ] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
    kill -TERM "$LAUNCHER_PID"
    for _ in $(seq 150); do
        kill -0 "$LAUNCHER_PID" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$LAUNCHER_PID" 2>/dev/null; then
        log "the network did not stop within 15 s: killing it"
        kill -KILL "$LAUNCHER_PID" 2>/dev/null
        problems=1
    fi
fi

if [ "${PG_STARTED:-0}" = 1 ] && [ -d "$PG_DATA" ]; then
    as_postgres_user "$PG_USER" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >/dev/null || {
        log "PostgreSQL did not stop cleanly: killing it"
        pid=$(head -n1 "$PG_DATA/postmaster.pid" 2>/dev/null)
        [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
        problems=1
    }
fi

case "${RUN_ROOT:-}" in
*/vigie-bluesky-network.*) rm -rf "$RUN_ROOT" ;;
esac
rm -f "$STATE_DIR/network.env"
[ $problems -eq 0 ] && log "stopped"
exit $problems
