#!/usr/bin/env bash
# `fsip register` against a SIPp registrar on loopback (RFC 3261 §10.2).
#   register_cli.sh CASE BIN_DIR SRC_DIR
# Cases: udp (registered, refreshed every second, SIGTERM unregisters, exit
# 0), tcp (the same over TCP, ended by --duration-ms), forbidden (403:
# exit 1 at once). SIPp gets a port from interop_freeport; every process
# is started and stopped by PID; every wait is bounded (polling, no fixed
# sleeps for the network). Exit 0 pass, 1 fail, 77 skip (no sipp).
set -euo pipefail
# shellcheck source=tests/support/proc.sh
. "$(dirname "${BASH_SOURCE[0]}")/../support/proc.sh"
proc_driver fsip-register "$@"
need_sipp
SIPP_TIMEOUT_S=40

# start_registrar SCENARIO udp|tcp: SIPp on a free port (PORT), one call.
start_registrar() {
    local scen=$1 tr=$2 t=u1
    [ "$tr" = tcp ] && t=t1
    PORT=$(freeport) || fail "no free port"
    start_sipp sipp -sf "$HERE/$scen" -t $t -i 127.0.0.1 -p "$PORT" -m 1
    SIPP_PID=$PROC_PID
    wait_bound "$tr" "$PORT"
}

# The lines of fsip register, in order, must be exactly `expected`
# (refresh pairs collapsed).
check_lines() {
    local got
    got=$(grep '^register ' "$WORK/reg.out" | uniq | sed -e ':a' -e 'N' -e '$!ba' \
        -e 's/\(register refreshing\nregister registered expires=2\n\)\(register refreshing\nregister registered expires=2\n\)*/\1/')
    [ "$got" = "$1" ] || fail "fsip register printed:
$got
expected:
$1"
}

EXPECTED='register registering
register registered expires=2
register refreshing
register registered expires=2
register unregistering
register unregistered'

case $CASE in
udp)
    start_registrar registrar-uas.xml udp
    proc_start "$WORK/reg.out" "$FSIP" register "sip:127.0.0.1:$PORT" --aor sip:alice@example.com \
        --contact sip:alice@127.0.0.1:40001 --expires 60
    REG=$PROC_PID
    # Expires: 2 granted: a refresh every second (half the interval).
    wait_count "$WORK/reg.out" '^register registered expires=2$' 3
    stop_pid "$REG"
    [ "$STOP_RC" = 0 ] || fail "fsip register exit status $STOP_RC after SIGTERM"
    check_lines "$EXPECTED"
    wait_pid "$SIPP_PID" 20
    [ "$WAIT_RC" = 0 ] || fail "SIPp registrar exit status $WAIT_RC"
    ;;
tcp)
    start_registrar registrar-uas.xml tcp
    rc=0
    timeout 30 "$FSIP" register "sip:127.0.0.1:$PORT;transport=tcp" --aor sip:bob@example.com \
        --contact "<sip:bob@127.0.0.1:40002;transport=tcp>" --contact sip:bob@127.0.0.1:40003 \
        --duration-ms 2600 >"$WORK/reg.out" 2>&1 || rc=$?
    [ "$rc" = 0 ] || fail "fsip register exit status $rc"
    n=$(grep -c '^register refreshing$' "$WORK/reg.out" || true)
    [ "$n" -ge 2 ] || fail "$n refreshes in 2.6 s, expected 2 or more (every second)"
    check_lines "$EXPECTED"
    wait_pid "$SIPP_PID" 20
    [ "$WAIT_RC" = 0 ] || fail "SIPp registrar exit status $WAIT_RC"
    ;;
forbidden)
    start_registrar registrar-403.xml udp
    rc=0
    timeout 30 "$FSIP" register "sip:127.0.0.1:$PORT" --aor sip:carol@example.com \
        --duration-ms 20000 >"$WORK/reg.out" 2>&1 || rc=$?
    [ "$rc" = 1 ] || fail "fsip register exit status $rc, expected 1"
    check_lines 'register registering
register failed status=403'
    wait_pid "$SIPP_PID" 20
    [ "$WAIT_RC" = 0 ] || fail "SIPp registrar exit status $WAIT_RC"
    ;;
*)
    echo "unknown case $CASE" >&2
    exit 2
    ;;
esac
echo "ok ($CASE)"
