# shellcheck shell=bash disable=SC2034
# (STOP_RC, WAIT_RC, PROC_PID and WORK go back to the caller.)
# Process helpers of the shell test drivers (tests/interop/interop.sh,
# tests/interop/kamailio/run.sh, tests/register/register_cli.sh,
# tests/transport/tls_cli.sh) and of scripts/bench-lib.sh; sourced, not run,
# by a path relative to the sourcing script. Safe under `set -u` and under
# `set -euo pipefail`.
#
# Every process is started in the background by the caller or proc_start,
# recorded in LIVE and stopped by that PID; every wait is bounded and polls
# (20 ms), never a fixed sleep for the network.
#
# The caller sets WORK (proc_workdir makes it and installs the EXIT trap),
# BIN (the build's bin/, for freeport) and CASE (named by fail, if set). A
# caller may define fail_more, run by fail after the logs (more to print).

declare -A LIVE=() # PIDs started and not yet stopped or reaped

# proc_workdir NAME: WORK, a fresh scratch directory, removed at exit with
# `cleanup` (kept with FSIP_INTEROP_KEEP=1).
proc_workdir() {
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    trap cleanup EXIT
}

# The descendants of a process (Kamailio forks its workers), one a line.
proc_descendants() {
    ps -e -o pid=,ppid= 2>/dev/null | awk -v root="$1" '
        { parent[$1] = $2; pids[++n] = $1 }
        END {
            want[root] = 1
            do {
                more = 0
                for (i = 1; i <= n; i++) {
                    p = pids[i]
                    if (!(p in want) && (parent[p] in want)) { want[p] = 1; more = 1; print p }
                }
            } while (more)
        }'
}

# proc_poll SECS PID CMD...: runs CMD every 20 ms until it succeeds (0), SECS
# seconds pass (1) or PID, when not empty, has exited (2; CMD is tried once
# more first: the process may have written its line and exited).
proc_poll() {
    local secs=$1 pid=$2 i
    shift 2
    for ((i = 0; i < secs * 50; i++)); do
        "$@" && return 0
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            "$@" && return 0
            return 2
        fi
        sleep 0.02
    done
    return 1
}

# proc_start [-e ERRFILE] OUT CMD...: CMD in the background, its output in
# OUT (stderr in ERRFILE if given, else OUT too), its PID in PROC_PID and
# LIVE. OUT exists on return (the job's own redirection opens it later).
proc_start() {
    local err=
    if [ "$1" = -e ]; then
        err=$2
        shift 2
    fi
    local out=$1
    shift
    : >"$out"
    if [ -n "$err" ]; then
        "$@" >"$out" 2>"$err" &
    else
        "$@" >"$out" 2>&1 &
    fi
    PROC_PID=$!
    LIVE[$PROC_PID]=1
}

# stop_pid PID: SIGTERM, a bounded wait (5 s), then SIGKILL; then SIGKILL
# to the descendants it had before the SIGTERM that are still there (they
# outlive a killed parent and keep its ports). Sets STOP_RC.
stop_pid() {
    local p=$1 i c kids
    kids=$(proc_descendants "$p")
    kill -TERM "$p" 2>/dev/null || true
    proc_poll 5 "" proc_gone "$p" || kill -KILL "$p" 2>/dev/null || true
    STOP_RC=0
    wait "$p" 2>/dev/null || STOP_RC=$?
    for c in $kids; do
        if kill -0 "$c" 2>/dev/null; then kill -KILL "$c" 2>/dev/null || true; fi
    done
    unset "LIVE[$p]"
}
proc_gone() { ! kill -0 "$1" 2>/dev/null; }

# wait_pid PID SECS: waits at most SECS for PID to exit by itself (then
# stop_pid). Sets WAIT_RC (its exit status; 124: it did not exit).
wait_pid() {
    local p=$1
    if ! proc_poll "$2" "" proc_gone "$p"; then
        stop_pid "$p"
        WAIT_RC=124
        return 0
    fi
    WAIT_RC=0
    wait "$p" || WAIT_RC=$?
    unset "LIVE[$p]"
}

# Stops every process still in LIVE; removes WORK unless FSIP_INTEROP_KEEP
# is set (then names it on stderr).
cleanup() {
    local p
    for p in "${!LIVE[@]}"; do stop_pid "$p"; done
    [ -n "${WORK:-}" ] || return 0
    if [ -n "${FSIP_INTEROP_KEEP:-}" ]; then
        echo "logs kept in $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}

# fail MSG: the message, the last 40 lines of each WORK/*.out and *.err,
# then fail_more if the caller defined it; exit 1.
fail() {
    echo "FAIL${CASE:+ ($CASE)}: $*"
    local f
    for f in "$WORK"/*.out "$WORK"/*.err; do
        [ -f "$f" ] || continue
        echo "---- $(basename "$f") (last 40 lines)"
        tail -n 40 "$f"
    done
    if declare -F fail_more >/dev/null; then fail_more; fi
    exit 1
}

# has_line FILE RE: FILE has a line matching the extended regex RE.
has_line() { grep -qE "$2" "$1" 2>/dev/null; }
# has_lines FILE RE N: FILE has at least N lines matching RE.
has_lines() { [ "$(grep -cE "$2" "$1" 2>/dev/null || true)" -ge "$3" ]; }
# bound udp|tcp PORT: something is bound to (listens on) PORT.
bound() {
    local flag=-Hlun
    [ "$1" = tcp ] && flag=-Hltn
    [ -n "$(ss $flag "sport = :$2" 2>/dev/null)" ]
}

# wait_line FILE RE [PID]: waits (10 s at most) for a line matching RE in
# FILE, the process printing it once its sockets are bound; with a PID,
# fails at once if that process has exited without it.
wait_line() {
    local rc=0
    proc_poll 10 "${3:-}" has_line "$1" "$2" || rc=$?
    case $rc in
    0) ;;
    2) fail "no '$2' in $(basename "$1"): the process exited" ;;
    *) fail "no '$2' in $(basename "$1") within 10 s" ;;
    esac
}

# wait_count FILE RE N [SECS]: waits (SECS, 15 s by default) until FILE has
# at least N lines matching RE.
wait_count() {
    proc_poll "${4:-15}" "" has_lines "$1" "$2" "$3" ||
        fail "fewer than $3 '$2' in $(basename "$1") within ${4:-15} s"
}

# wait_bound udp|tcp PORT: waits (10 s at most) until something is bound
# to PORT.
wait_bound() {
    proc_poll 10 "" bound "$1" "$2" || fail "nothing bound to $1 port $2 within 10 s"
}

# A port free on 127.0.0.1 now (the build's interop_freeport).
freeport() { "$BIN/interop_freeport" || fail "no free port"; }

# ------------------------------------------------------ drivers and SIPp

# skip WHY: exit 77 (ctest's SKIP_RETURN_CODE) saying why.
skip() {
    echo "$*: skipped"
    exit 77
}

# proc_driver NAME CASE BIN_DIR SRC_DIR: the arguments of a driver that
# ctest runs as `SCRIPT CASE BIN_DIR SRC_DIR`: sets CASE, BIN and HERE
# (absolute), FSIP (BIN/fsip) and SIPP (${SIPP:-sipp}); makes WORK
# (proc_workdir NAME).
proc_driver() {
    CASE=$2
    BIN=$(cd "$3" && pwd)
    HERE=$(cd "$4" && pwd)
    SIPP=${SIPP:-sipp}
    FSIP=$BIN/fsip
    proc_workdir "$1"
}

need_sipp() { command -v "$SIPP" >/dev/null 2>&1 || skip "sipp not installed"; }

# run_sipp NAME ARGS...: SIPp in the foreground in WORK, its output in
# NAME.out, bounded twice: -timeout (SIPp's own: SIPP_TIMEOUT_S, 60 by
# default) and timeout(1) 30 s later. Sets SIPP_RC.
run_sipp() {
    local name=$1 s=${SIPP_TIMEOUT_S:-60}
    shift
    SIPP_RC=0
    (cd "$WORK" && timeout $((s + 30)) "$SIPP" "$@" -nostdin -timeout "${s}s" -timeout_error \
        >"$WORK/$name.out" 2>&1) || SIPP_RC=$?
}

# start_sipp NAME ARGS...: the same in the background (a SIPp UAS, or a
# UAC waited for later); its PID in PROC_PID and LIVE.
start_sipp() {
    local name=$1 s=${SIPP_TIMEOUT_S:-60}
    shift
    (cd "$WORK" && exec timeout $((s + 30)) "$SIPP" "$@" -nostdin -timeout "${s}s" \
        -timeout_error >"$WORK/$name.out" 2>&1) &
    PROC_PID=$!
    LIVE[$PROC_PID]=1
}

# sipp_calls NAME OK: SIPp's final statistics in NAME.out (the cumulative
# column) show exactly OK successful calls and no failed one.
sipp_calls() {
    local f="$WORK/$1.out" ok failed
    ok=$(awk -F'|' '/Successful call/ { v = $3 + 0 } END { print v + 0 }' "$f")
    failed=$(awk -F'|' '/Failed call/ { v = $3 + 0 } END { print v + 0 }' "$f")
    if [ "$ok" != "$2" ] || [ "$failed" != 0 ]; then
        fail "sipp $1: $ok successful and $failed failed calls, expected $2 and 0"
    fi
}
