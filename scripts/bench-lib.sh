# shellcheck shell=bash disable=SC2034,SC2154
# (bin, work and BENCH_WAIT_S come from the caller; the figures go back to it.)
# Shell functions shared by scripts/bench-txn.sh and scripts/bench-calls.sh;
# sourced, not run. The caller sets `bin` (BUILD_DIR/bin, absolute), `work`
# (its scratch directory) and BENCH_WAIT_S (how long wait_line and
# wait_bound wait, in seconds), and calls `trap cleanup EXIT`.
#
# Every process is stopped by the PID it was started with (recorded in
# LIVE); every wait is bounded; only 127.0.0.1 is used.

# LIVE, stop_pid (SIGTERM, a bounded wait, SIGKILL; then the descendants
# still there) and cleanup come from the test drivers' helpers.
# shellcheck source=tests/support/proc.sh
. "$(dirname "${BASH_SOURCE[0]}")/../tests/support/proc.sh"

# A process and its descendants (Kamailio forks its workers).
tree_pids() {
    local p=$1 c
    echo "$p"
    for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do
        tree_pids "$c"
    done
}

# CPU time (ns) of every thread of a process and its descendants so far.
cpu_ns() {
    local p
    for p in $(tree_pids "$1"); do
        cat /proc/"$p"/task/*/schedstat 2>/dev/null || true
    done | awk '{ s += $1 } END { printf "%d\n", s }'
}

# A UDP port free on 127.0.0.1 now.
free_port() {
    if [ -x "$bin/interop_freeport" ]; then
        "$bin/interop_freeport"
    else
        python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
    fi
}

# Waits (BENCH_WAIT_S at most) for a line matching `re` ($2) in `file` ($1);
# returns 1 if none came (in place of proc.sh's wait_line, which fails).
wait_line() { proc_poll "$BENCH_WAIT_S" "" has_line "$1" "$2"; }
# Waits (BENCH_WAIT_S at most) until something is bound to UDP 127.0.0.1:$1;
# returns 1 if nothing was.
wait_bound() { proc_poll "$BENCH_WAIT_S" "" bound udp "$1"; }

# One row from SIPp's last statistics screens in $7: successful and failed
# calls, the cumulative call rate, and the retransmissions of the messages
# whose screen line matches `re` ($6, e.g. "OPTIONS"):
#   kind rate n achieved failed retrans cpu_us
# for UAS kind $1 at target rate $2, $3 calls, $4 ns of UAS CPU over the
# run and SIPp's exit status $5 (failed is -1 when SIPp failed with no
# failed call).
sipp_row() {
    awk -F'|' -v kind="$1" -v rate="$2" -v n="$3" -v cpu="$4" -v rc="$5" -v re="($6) ---------->" '
        /Successful call/ { ok = $3 + 0 }
        /Failed call/ { failed = $3 + 0 }
        /Call Rate/ { split($3, a, " "); cps = a[1] }
        $0 ~ re { split($0, b, " "); retrans += b[4] }
        END {
            if (ok + failed < n) failed = n - ok
            if (rc != 0 && failed == 0) failed = -1
            printf "%s\t%s\t%d\t%.0f\t%d\t%d\t%.2f\n", kind, rate, n, cps, failed, retrans,
                cpu / 1000 / (ok > 0 ? ok : 1)
        }' "$7"
}

# Tells the last row of the table $1 (sipp_row's) on stderr as $2 (the
# script's name), CPU per $3 ("call", "txn"); returns 0 while the rate
# ladder goes on: every call succeeded at >= 90% of the target rate.
sipp_verdict() {
    tail -1 "$1" | awk -F'\t' -v me="$2" -v unit="$3" '{ printf "%s: %s UAS at %s/s: %s/s achieved, %s failed, %s retransmissions, %s CPU us/%s\n", me, $1, $2, $4, $5, $6, $7, unit }' >&2
    tail -1 "$1" | awk -F'\t' '{ exit !($5 == 0 && $4 >= 0.9 * $2) }'
}

# The in-process figures of bin/bench_txn_inproc or bin/bench_calls_inproc
# ($1): best wall and CPU time of `reps` ($4) runs of `count` ($3) steps at
# a virtual `rate` ($2) per second, a --split run, and instructions under
# callgrind over `cg_count` ($6) steps at `cg_rate` ($5), total and inside
# the per-side functions named $7 and $8. Logs as $9 (the script's name),
# counting in ${10} ("transactions", "calls").
# Sets best_wall best_cpu split_a split_b open_line ir_all ir_a ir_b
# (empty when not measured); returns 1 when a run failed.
inproc_figures() {
    local inproc=$1 rate=$2 count=$3 reps=$4 cg_rate=$5 cg_count=$6 fa=$7 fb=$8 me=$9 units=${10}
    local r w c dump rc=0
    best_wall="" best_cpu="" split_a="" split_b="" open_line="" ir_all="" ir_a="" ir_b=""
    for ((r = 0; r < reps; r++)); do
        "$inproc" --rate "$rate" --count "$count" wall >"$work/inproc.$r" 2>"$work/inproc.$r.err" || {
            cat "$work/inproc.$r.err" >&2
            rc=1
            continue
        }
        read -r w c < <(awk -F'\t' '$1 == "inproc" { print $3, $4 }' "$work/inproc.$r")
        if [ -z "$best_wall" ] || [ "$w" -lt "$best_wall" ]; then best_wall=$w; fi
        if [ -z "$best_cpu" ] || [ "$c" -lt "$best_cpu" ]; then best_cpu=$c; fi
        open_line=$(awk -F'\t' '$1 == "open" { print $2 "\t" $3 }' "$work/inproc.$r")
    done
    if "$inproc" --rate "$rate" --count "$count" --split wall >"$work/split" 2>"$work/split.err"; then
        read -r split_a split_b < <(awk -F'\t' '$1 == "split" { print $2, $3 }' "$work/split")
    else
        cat "$work/split.err" >&2
        rc=1
    fi
    if [ "${BENCH_NO_CALLGRIND:-0}" != 1 ] && command -v valgrind >/dev/null 2>&1 &&
        command -v callgrind_annotate >/dev/null 2>&1; then
        echo "$me: in-process under callgrind ($cg_count $units) ..." >&2
        rm -f "$work"/cg.out*
        if valgrind --tool=callgrind --instr-atstart=no --dump-instr=no \
            --callgrind-out-file="$work/cg.out" "$inproc" --rate "$cg_rate" --count "$cg_count" \
            callgrind >"$work/cg.stdout" 2>"$work/cg.stderr"; then
            dump=$(ls "$work"/cg.out.* | head -1)
            callgrind_annotate --inclusive=yes --threshold=100 "$dump" >"$work/cg.annotate" 2>/dev/null
            read -r ir_all ir_a ir_b < <(awk -v n="$cg_count" -v fa=":$fa " -v fb=":$fb " '
                function num(s) { gsub(",", "", s); return s + 0 }
                /PROGRAM TOTALS/ { t = num($1) }
                index($0, fa) { a = num($1) }
                index($0, fb) { b = num($1) }
                END { printf "%d %d %d\n", t / n, a / n, b / n }' "$work/cg.annotate")
        else
            tail -5 "$work/cg.stderr" >&2
            echo "$me: callgrind run failed" >&2
            rc=1
        fi
    fi
    return "$rc"
}

# An awk function: n with thousands separators.
BENCH_AWK_COMMAS='function commas(n,   s, r) {
    s = sprintf("%d", n); r = ""
    while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) }
    return s r
}'

# The rows of the in-process table from inproc_figures' results for
# `count` ($1) steps; $2 names a step ("transaction", "call"), $3 the
# first row's label ("transactions/s (wall clock)").
inproc_rows() {
    awk -v c="$1" -v unit="$2" -v first="$3" -v w="$best_wall" -v cpu="$best_cpu" \
        -v sa="$split_a" -v sb="$split_b" -v ir="$ir_all" -v ia="$ir_a" -v ib="$ir_b" \
        "$BENCH_AWK_COMMAS"'
        BEGIN {
            print "| " first " | " (w > 0 ? commas(c / (w / 1e9)) : "-") " | - | - |"
            print "| CPU µs per " unit " (process CPU time) | " (cpu > 0 ? sprintf("%.2f", cpu / 1000 / c) : "-") " | - | - |"
            print "| µs per " unit " inside each side (wall, --split run) | " \
                (sa > 0 ? sprintf("%.2f", (sa + sb) / 1000 / c) : "-") " | " \
                (sa > 0 ? sprintf("%.2f", sa / 1000 / c) : "-") " | " (sb > 0 ? sprintf("%.2f", sb / 1000 / c) : "-") " |"
            print "| instructions per " unit " (callgrind) | " (ir > 0 ? commas(ir) : "-") " | " \
                (ia > 0 ? commas(ia) : "-") " | " (ib > 0 ? commas(ib) : "-") " |"
        }'
}

# The table's first lines: its title ($1), the revision, the machine, the
# compiler and SIPp ($2: its command), then $3 if given (another peer's
# version).
bench_header() {
    local root
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    echo "$1 — $(date -u +%Y-%m-%d), fsip $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo
    echo "CPU: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo '?')" \
        "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end);" \
        "$(cc --version 2>/dev/null | head -1); $("$2" -v 2>/dev/null | grep -o 'SIPp v[^ -]*' | head -1 || true)${3+;}" \
        ${3+"$3"}
}
