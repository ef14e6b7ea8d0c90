#!/usr/bin/env bash
# Interop with real SIPp on loopback (127.0.0.1 / ::1 only).
#   interop.sh CASE BIN_DIR SRC_DIR
# Every process is started and stopped by PID; every wait is bounded; ports
# are picked by binding port 0 (fsip prints the port it got, SIPp gets one
# from freeport). Exit 0 pass, 1 fail, 77 skip (no sipp).
set -u
CASE=$1
BIN=$(cd "$2" && pwd)
HERE=$(cd "$3" && pwd)
SIPP=${SIPP:-sipp}
FSIP=$BIN/fsip
command -v "$SIPP" >/dev/null 2>&1 || { echo "sipp not installed: skipped"; exit 77; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/fsip-interop.XXXXXX")
declare -A LIVE=()

# SIGTERM, then a bounded wait (5 s) and SIGKILL. Sets STOP_RC.
stop_pid() {
    local p=$1 i
    kill -TERM "$p" 2>/dev/null
    for ((i = 0; i < 250; i++)); do
        kill -0 "$p" 2>/dev/null || break
        sleep 0.02
    done
    kill -0 "$p" 2>/dev/null && kill -KILL "$p" 2>/dev/null
    wait "$p"
    STOP_RC=$?
    unset "LIVE[$p]"
}

# Waits at most `secs` for pid to exit by itself. Sets WAIT_RC (124: timeout).
wait_pid() {
    local p=$1 secs=$2 i
    for ((i = 0; i < secs * 50; i++)); do
        kill -0 "$p" 2>/dev/null || break
        sleep 0.02
    done
    if kill -0 "$p" 2>/dev/null; then
        stop_pid "$p"
        WAIT_RC=124
        return
    fi
    wait "$p"
    WAIT_RC=$?
    unset "LIVE[$p]"
}

cleanup() {
    local p
    for p in "${!LIVE[@]}"; do stop_pid "$p"; done
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "FAIL ($CASE): $*"
    local f
    for f in "$WORK"/*.out; do
        [ -f "$f" ] || continue
        echo "---- $(basename "$f") (last 40 lines)"
        tail -n 40 "$f"
    done
    exit 1
}

# Waits (10 s at most) for a line matching `re` in `file`: the process prints
# it once its sockets are bound.
wait_line() {
    local file=$1 re=$2 i
    for ((i = 0; i < 500; i++)); do
        grep -qE "$re" "$file" 2>/dev/null && return 0
        sleep 0.02
    done
    fail "no '$re' in $(basename "$file") within 10 s"
}

# Waits (10 s at most) until something is bound to udp|tcp 127.0.0.1:port.
wait_bound() {
    local proto=$1 port=$2 i flag=-Hlun
    [ "$proto" = tcp ] && flag=-Hltn
    for ((i = 0; i < 500; i++)); do
        [ -n "$(ss $flag "sport = :$port" 2>/dev/null)" ] && return 0
        sleep 0.02
    done
    fail "nothing bound to $proto port $port within 10 s"
}

# Starts a UAS (fsip uas or the poll example) and reads its ports.
start_uas() {
    "$@" >"$WORK/uas.out" 2>&1 &
    UAS=$!
    LIVE[$UAS]=1
    wait_line "$WORK/uas.out" '^listening'
    UDP_PORT=$(sed -n 's/^listening udp:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/uas.out")
    TCP_PORT=$(sed -n 's/^listening tcp:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$WORK/uas.out")
    UDP6_PORT=$(sed -n 's/^listening udp:\[::1\]:\([0-9]*\)$/\1/p' "$WORK/uas.out")
}

stop_uas() {
    stop_pid "$UAS"
    [ "$STOP_RC" = 0 ] || fail "UAS exit status $STOP_RC after SIGTERM"
}

# SIPp in the foreground, bounded twice: -timeout (SIPp's own) and timeout(1).
run_sipp() {
    local name=$1
    shift
    (cd "$WORK" && timeout 90 "$SIPP" "$@" -nostdin -timeout 60s -timeout_error \
        >"$WORK/$name.out" 2>&1)
    SIPP_RC=$?
}

uac() { # uac NAME SCENARIO TRANSPORT(u1|t1) TARGET [sipp args...]
    local name=$1 scen=$2 t=$3 target=$4
    shift 4
    local ip=127.0.0.1
    case $target in \[*) ip=::1 ;; esac
    run_sipp "$name" -sf "$HERE/$scen" -t "$t" -i "$ip" "$@" "$target"
    [ "$SIPP_RC" = 0 ] || fail "sipp $name: exit status $SIPP_RC (0 = every call succeeded)"
}

count() { grep -c "$1" "$WORK/uas.out"; }

case $CASE in
uas_udp)
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0,udp:[::1]:0 --max-seconds 120
    uac sipp_udp options-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 50 -r 100
    if [ -n "$UDP6_PORT" ]; then
        uac sipp_udp6 options-uac.xml u1 "[::1]:$UDP6_PORT" -m 10 -r 100
    fi
    stop_uas
    n=$(count '^request OPTIONS')
    [ "$n" -ge 50 ] || fail "the UAS printed $n OPTIONS requests, expected >= 50"
    ;;
uas_tcp)
    start_uas "$FSIP" uas --listen tcp:127.0.0.1:0 --max-seconds 120
    uac sipp_tcp options-uac.xml t1 "127.0.0.1:$TCP_PORT" -m 50 -r 100
    stop_uas
    n=$(count '^request OPTIONS .* from TCP')
    [ "$n" = 50 ] || fail "the UAS printed $n OPTIONS requests over TCP, expected 50"
    ;;
uas_unknown)
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0,tcp:127.0.0.1:0 --max-seconds 120
    uac sipp_unknown_udp unknown-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 5 -r 50
    uac sipp_unknown_tcp unknown-uac.xml t1 "127.0.0.1:$TCP_PORT" -m 5 -r 50
    stop_uas
    grep -q 'rejected 405: 10, 501: 10' "$WORK/uas.out" || fail "expected 10 x 405 and 10 x 501"
    ;;
uas_lost)
    # SIPp drops 10% of the messages it sends and receives: its Timer E
    # retransmissions must complete every call, and the UAS's server
    # transactions absorb the retransmitted requests and resend their 200
    # (RFC 3261 §17.2.2).
    start_uas "$FSIP" uas --listen udp:127.0.0.1:0 --max-seconds 120
    uac sipp_lost options-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 40 -r 100 -lost 10
    stop_uas
    r=$(sed -n 's/.* \([0-9]*\) retransmissions absorbed.*/\1/p' "$WORK/uas.out")
    [ "${r:-0}" -gt 0 ] || fail "no retransmission reached the UAS (${r:-none})"
    echo "retransmissions absorbed by the UAS: $r"
    ;;
options_udp | options_tcp)
    t=u1 tr=udp
    [ "$CASE" = options_tcp ] && t=t1 tr=tcp
    port=$("$BIN/interop_freeport") || fail "no free port"
    (cd "$WORK" && exec timeout 90 "$SIPP" -sf "$HERE/uas-options.xml" -t $t -i 127.0.0.1 \
        -p "$port" -m 3 -nostdin -timeout 60s -timeout_error >"$WORK/sipp_uas.out" 2>&1) &
    SUAS=$!
    LIVE[$SUAS]=1
    wait_bound $tr "$port"
    "$FSIP" options "sip:127.0.0.1:$port" --transport $tr --count 3 --timeout-ms 20000 \
        >"$WORK/options.out" 2>&1
    rc=$?
    [ "$rc" = 0 ] || fail "fsip options exit status $rc"
    n=$(grep -c "^200 OK from ${tr^^} 127.0.0.1:$port" "$WORK/options.out")
    [ "$n" = 3 ] || fail "fsip options printed $n x 200, expected 3"
    wait_pid "$SUAS" 30
    [ "$WAIT_RC" = 0 ] || fail "SIPp UAS exit status $WAIT_RC"
    ;;
example)
    start_uas "$BIN/poll_uas" udp:127.0.0.1:0,tcp:127.0.0.1:0 120
    uac sipp_udp options-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 20 -r 100
    uac sipp_tcp options-uac.xml t1 "127.0.0.1:$TCP_PORT" -m 20 -r 100
    uac sipp_unknown unknown-uac.xml u1 "127.0.0.1:$UDP_PORT" -m 2 -r 50
    stop_uas
    n=$(count '^request OPTIONS')
    [ "$n" = 40 ] || fail "poll_uas printed $n OPTIONS requests, expected 40"
    ;;
*)
    echo "unknown case $CASE"
    exit 2
    ;;
esac
echo "PASS ($CASE)"
