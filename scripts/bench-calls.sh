#!/usr/bin/env bash
# Call benchmark: basic calls (INVITE / 200 / ACK / BYE / 200) per second
# and CPU time per call, fsip against SIPp's UAS and Kamailio; memory per
# established idle call. Called by `make bench` after the transaction
# benchmark:
#   scripts/bench-calls.sh [BUILD_DIR]      (default: build)
# Prints the tables and writes them to BUILD_DIR/bench/calls.md.
#
# (a) loopback UDP: one UAS on 127.0.0.1 per run — `fsip uas` answering
#     at once (200 with SDP), SIPp's own UAS (bench/sipp-uas.xml) and
#     Kamailio answering statefully (bench/kamailio-uas.cfg: tm, one UDP
#     worker) — with SIPp as the caller (bench/sipp-uac.xml) at rising
#     rates (CALL_RATES), the three UASes in turn at each rate, until a
#     UAS sees a failed call or less than 90% of the target rate twice in
#     a row at one rate; the CPU
#     time of the UAS (every thread of every process it runs, from
#     /proc/PID/task/*/schedstat, before and after the SIPp run) per
#     successful call.
# (b) in-process: bin/bench_calls_inproc, two fsip user agents over an
#     in-memory UDP network on a virtual clock (bench/calls_inproc.c):
#     calls/s and CPU µs per call on one core (best of CALL_REPS), the
#     time inside each side (a --split run), instructions per call under
#     callgrind, total and per side.
# (c) memory: bin/bench_calls_mem, CALL_MEM_CALLS calls established and
#     held idle (bench/calls_mem.c), bytes per call on each side.
#
# Environment: CALL_RATES ("1000 2000 4000 6000 8000"), CALL_SECONDS (3,
# length of one SIPp run: N = max(2000, rate * CALL_SECONDS)), CALL_UASES
# ("fsip sipp kamailio"), CALL_COUNT (50000 measured in-process calls),
# CALL_RATE (1000, the virtual load in-process), CALL_REPS (3),
# CALL_MEM_CALLS (100000), CALL_MEM_PAD_CALLS (10000, the two runs that
# count the SDP copies kept), BENCH_NO_CALLGRIND=1, CALL_NO_SIPP=1 (no
# loopback runs), KAMAILIO (kamailio), SIPP (sipp).
#
# Every process is started and stopped here by PID; every wait is bounded;
# only 127.0.0.1 is used.
set -euo pipefail

build="${1:-build}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(cd "$build/bin" && pwd)"
out="$(mkdir -p "$build/bench" && cd "$build/bench" && pwd)"
rates="${CALL_RATES:-1000 2000 4000 6000 8000}"
secs="${CALL_SECONDS:-3}"
uases="${CALL_UASES:-fsip sipp kamailio}"
count="${CALL_COUNT:-50000}"
vrate="${CALL_RATE:-1000}"
reps="${CALL_REPS:-3}"
memcalls="${CALL_MEM_CALLS:-100000}"
padcalls="${CALL_MEM_PAD_CALLS:-10000}"
cgcalls="${CALL_CG_CALLS:-1000}"
cgrate="${CALL_CG_RATE:-100}"
sipp="${SIPP:-sipp}"
kamailio="${KAMAILIO:-kamailio}"
status=0

work="$out/calls"
rm -rf "$work"
mkdir -p "$work"
BENCH_WAIT_S=30 # a UAS under valgrind starts slowly
# shellcheck source=scripts/bench-lib.sh
. "$root/scripts/bench-lib.sh"
trap cleanup EXIT

# ---- (a) loopback UDP with SIPp -------------------------------------------------

# Starts the UAS of kind $1 for $2 calls, logging to $3; sets UAS_PID and
# UAS_PORT. With VG set (an array), the UAS runs under it (valgrind).
VG=()
start_uas() {
    local kind=$1 n=$2 log=$3
    UAS_PID=""
    case $kind in
    fsip)
        # 100, 180 and 200 at once; no session timer, as the peers. Over
        # UDP the INVITE server transaction stays 32 s in Accepted (Timer
        # L, RFC 6026 §8.7) and the BYE's 32 s in Completed (Timer J): two
        # open transactions per call for 32 s.
        "${VG[@]}" "$bin/fsip" uas --listen udp:127.0.0.1:0 --quiet --ring-ms 0 --answer-ms 0 \
            --session-expires 0 --max-transactions $((2 * n + 1024)) \
            --max-seconds 120 >"$log" 2>&1 &
        UAS_PID=$!
        LIVE[$UAS_PID]=1
        wait_line "$log" '^listening' || return 1
        UAS_PORT=$(sed -n 's/^listening udp:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$log")
        ;;
    sipp)
        UAS_PORT=$(free_port)
        (cd "$work" && exec "${VG[@]}" "$sipp" -sf "$root/bench/sipp-uas.xml" -t u1 -i 127.0.0.1 \
            -p "$UAS_PORT" -nostdin -timeout 120s >"$log" 2>&1) &
        UAS_PID=$!
        LIVE[$UAS_PID]=1
        wait_bound "$UAS_PORT" || return 1
        ;;
    kamailio)
        UAS_PORT=$(free_port)
        mkdir -p "$work/kamailio-run"
        # Shared memory holds the transactions (tm): about 5 s of them (its
        # wait timer) at the run's rate. -x fm: Kamailio's fast allocator
        # (the default, qm, checks every block and doubles its CPU per call).
        (cd "$work" && exec "${VG[@]}" "$kamailio" -DD -E -f "$root/bench/kamailio-uas.cfg" \
            -l "udp:127.0.0.1:$UAS_PORT" -Y "$work/kamailio-run" -m 512 -M 16 -x fm \
            >"$log" 2>&1) &
        UAS_PID=$!
        LIVE[$UAS_PID]=1
        wait_bound "$UAS_PORT" || return 1
        ;;
    esac
    [ -n "$UAS_PORT" ]
}

runs="$work/udp.tsv" # uas, target, calls, achieved, failed, retrans, cpu_us
: >"$runs"
declare -A STOPPED=() # UASes out of the ladder

# One SIPp caller run against UAS kind $1 at rate $2. Appends a row;
# returns 1 when the UAS failed the rate.
udp_run() {
    local kind=$1 rate=$2 n log c0 c1 rc
    n=$((rate * secs))
    [ "$n" -ge 2000 ] || n=2000
    log="$work/uas-$kind-$rate.out"
    if ! start_uas "$kind" "$n" "$log"; then
        echo "bench-calls.sh: the $kind UAS did not start (see $log)" >&2
        [ -n "${UAS_PID:-}" ] && stop_pid "$UAS_PID"
        return 1
    fi
    c0=$(cpu_ns "$UAS_PID")
    rc=0
    # -recv_timeout: a call that hears nothing for 4 s fails (SIPp would
    # otherwise retransmit for 32 s); -timeout bounds the whole run.
    (cd "$work" && timeout $((n / rate + 20)) "$sipp" -sf "$root/bench/sipp-uac.xml" -t u1 \
        -i 127.0.0.1 -m "$n" -r "$rate" -rp 1000 -l 5000 -nostdin -recv_timeout 4000 \
        -timeout $((n / rate + 8))s "127.0.0.1:$UAS_PORT" >"$work/uac-$kind-$rate.out" 2>&1) ||
        rc=$?
    c1=$(cpu_ns "$UAS_PID")
    stop_pid "$UAS_PID"
    # SIPp's last screens: successful and failed calls, the cumulative
    # call rate, and the retransmissions (INVITE and BYE).
    sipp_row "$kind" "$rate" "$n" $((c1 - c0)) "$rc" 'INVITE|BYE' "$work/uac-$kind-$rate.out" >>"$runs"
    sipp_verdict "$runs" bench-calls.sh call
}

have_udp=1
if [ "${CALL_NO_SIPP:-0}" = 1 ]; then
    have_udp=0
elif ! command -v "$sipp" >/dev/null 2>&1; then
    echo "bench-calls.sh: sipp not found (scripts/deps.sh bench installs sip-tester): no loopback figures" >&2
    have_udp=0
fi
kinds=()
if [ "$have_udp" = 1 ]; then
    for kind in $uases; do
        if [ "$kind" = kamailio ] && ! command -v "$kamailio" >/dev/null 2>&1; then
            echo "bench-calls.sh: kamailio not found: no Kamailio figures" >&2
            continue
        fi
        kinds+=("$kind")
    done
    for rate in $rates; do
        for kind in "${kinds[@]}"; do
            [ -n "${STOPPED[$kind]:-}" ] && continue
            echo "bench-calls.sh: $kind UAS at $rate calls/s ..." >&2
            # A failed rate is run once more (the machine may have been
            # busy) before the UAS leaves the ladder.
            if ! udp_run "$kind" "$rate"; then
                echo "bench-calls.sh: $kind UAS at $rate calls/s once more ..." >&2
                udp_run "$kind" "$rate" || STOPPED[$kind]=1
            fi
        done
    done
fi

# ---- (a') the same calls under callgrind: user-space instructions per call ---

# CPU time on a shared machine moves with its load; the instructions a UAS
# executes per call do not. Each UAS runs under callgrind (Kamailio's
# processes too: --trace-children), its counters are zeroed once it
# listens, SIPp places CALL_CG_CALLS calls at CALL_CG_RATE/s, and every
# process of the UAS dumps its counters. Kernel work (system calls) is not
# in the figure.
cgrows="$work/cg-uas.tsv" # uas, calls ok, failed, Ir total
: >"$cgrows"
cg_uas() {
    local kind=$1 n=$cgcalls rate=$cgrate pids prev p i ok failed ir
    local log="$work/cg-uas-$kind.out"
    rm -f "$work/cg-$kind".*
    VG=(valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$work/cg-$kind.%p")
    [ "$kind" = kamailio ] && VG+=(--trace-children=yes)
    if ! start_uas "$kind" "$n" "$log"; then
        VG=()
        echo "bench-calls.sh: the $kind UAS did not start under callgrind (see $log)" >&2
        [ -n "${UAS_PID:-}" ] && stop_pid "$UAS_PID"
        return 1
    fi
    VG=()
    # Kamailio forks its workers after binding: wait (10 s at most) until
    # its process tree has not changed for 1 s.
    prev=""
    for ((i = 0; i < 20; i++)); do
        pids=$(tree_pids "$UAS_PID" | sort | tr '\n' ' ')
        [ "$pids" = "$prev" ] && break
        prev=$pids
        sleep 0.5
    done
    for p in $pids; do callgrind_control -z "$p" >/dev/null 2>&1 || true; done
    (cd "$work" && timeout $((n / rate + 60)) "$sipp" -sf "$root/bench/sipp-uac.xml" -t u1 \
        -i 127.0.0.1 -m "$n" -r "$rate" -rp 1000 -l 5000 -nostdin -recv_timeout 4000 \
        -timeout $((n / rate + 40))s "127.0.0.1:$UAS_PORT" >"$work/cg-uac-$kind.out" 2>&1) || true
    for p in $pids; do callgrind_control -d "$p" >/dev/null 2>&1 || true; done
    # callgrind_control returns once the dump is written.
    stop_pid "$UAS_PID"
    ok=$(awk -F'|' '/Successful call/ { v = $3 + 0 } END { print v + 0 }' "$work/cg-uac-$kind.out")
    failed=$((n - ok))
    ir=$(cat "$work/cg-$kind".*.1 2>/dev/null | awk '/^totals:/ { s += $2 } END { printf "%d\n", s }')
    printf '%s\t%d\t%d\t%d\n' "$kind" "$ok" "$failed" "$ir" >>"$cgrows"
    echo "bench-calls.sh: $kind UAS under callgrind: $ok calls, $failed failed, $((ok > 0 ? ir / ok : 0)) instructions per call" >&2
}
have_cg=0
if [ "$have_udp" = 1 ] && [ "${BENCH_NO_CALLGRIND:-0}" != 1 ] && command -v valgrind >/dev/null 2>&1 &&
    command -v callgrind_control >/dev/null 2>&1; then
    have_cg=1
    for kind in "${kinds[@]}"; do
        echo "bench-calls.sh: $kind UAS under callgrind ($cgcalls calls at $cgrate/s) ..." >&2
        cg_uas "$kind" || status=1
    done
fi

# ---- (b) in-process ----------------------------------------------------------------

inproc="$bin/bench_calls_inproc"
cg_count=3000 cg_rate=100
if [ ! -x "$inproc" ]; then
    echo "bench-calls.sh: $inproc missing (build $build first)" >&2
    status=1
else
    echo "bench-calls.sh: in-process ($count calls at a virtual $vrate/s, best of $reps) ..." >&2
    inproc_figures "$inproc" "$vrate" "$count" "$reps" "$cg_rate" "$cg_count" bench_caller_side \
        bench_callee_side bench-calls.sh calls || status=1
fi

# ---- (c) memory per idle call ----------------------------------------------------

memx="$bin/bench_calls_mem"
have_mem=0
if [ ! -x "$memx" ]; then
    echo "bench-calls.sh: $memx missing (build $build first)" >&2
    status=1
else
    echo "bench-calls.sh: memory, $memcalls calls held open ..." >&2
    if timeout 120 "$memx" --calls "$memcalls" >"$work/mem" 2>"$work/mem.err"; then
        have_mem=1
    else
        cat "$work/mem.err" >&2
        status=1
    fi
    # How many copies of the SDP body each side keeps per call: the same
    # calls with both bodies $pad bytes longer.
    pad=1024
    echo "bench-calls.sh: memory, SDP bodies kept ($padcalls calls, bodies 0 and $pad bytes longer) ..." >&2
    if timeout 60 "$memx" --calls "$padcalls" >"$work/mem.pad0" 2>"$work/mem.pad0.err" &&
        timeout 60 "$memx" --calls "$padcalls" --pad "$pad" >"$work/mem.pad1" 2>"$work/mem.pad1.err"; then
        awk -F'\t' -v pad="$pad" '
            $1 == "mem" && FILENAME ~ /pad0$/ { a[$2] = ($5 - $6) / $3 }
            $1 == "mem" && FILENAME ~ /pad1$/ { b[$2] = ($5 - $6) / $3 }
            END { for (k in a) printf "copies\t%s\t%.2f\n", k, (b[k] - a[k]) / pad }' \
            "$work/mem.pad0" "$work/mem.pad1" >>"$work/mem"
    else
        cat "$work/mem.pad0.err" "$work/mem.pad1.err" >&2 2>/dev/null || true
        status=1
    fi
fi

# ---- the tables ---------------------------------------------------------------------

commas=$BENCH_AWK_COMMAS
table="$out/calls.md"
{
    bench_header "Call benchmark" "$sipp" \
        "$("$kamailio" -v 2>/dev/null | grep -o 'kamailio [0-9.]*' | head -1 || true)"
    echo
    if [ "$have_udp" = 1 ]; then
        echo "**Loopback UDP** (127.0.0.1): SIPp $secs s runs (at least 2,000 calls) of" \
            "bench/sipp-uac.xml (INVITE with SDP; 100, 180, 200 with SDP; ACK; BYE; 200;" \
            "\`-r RATE -rp 1000 -l 5000\`) against \`fsip uas --ring-ms 0 --answer-ms 0" \
            "--session-expires 0\` (Release), SIPp's UAS (bench/sipp-uas.xml) and Kamailio answering" \
            "statefully (bench/kamailio-uas.cfg: tm, one UDP worker, \`-x fm\`), all sending the same" \
            "messages, one UAS" \
            "process per run, each UAS in turn at each rate until a call fails or fewer than 90% of" \
            "the target are achieved in two runs at one rate (a UAS is said to sustain a rate when one" \
            "run at it had no failed call and at least 90% of the target). UAS CPU: run time of every thread of every process of the UAS" \
            "(/proc/PID/task/*/schedstat) over the SIPp run, per successful call; timers that outlive" \
            "the run (Timer L/J, Kamailio's wait timer, SIPp's timewait) are not included. The SIPp" \
            "caller shares the machine's $(nproc) cores."
        echo
        # The highest target rate every UAS sustained: their CPU per call
        # side by side at the same load.
        common=$(awk -F'\t' '{ r[$2] = 1; k[$1] = 1; if ($5 == 0 && $4 >= 0.9 * $2) ok[$1, $2] = 1 }
            END {
                n = 0
                for (x in r) { all = 1; for (y in k) if (!((y, x) in ok)) all = 0; if (all && x + 0 > n) n = x + 0 }
                print n
            }' "$runs")
        if [ "$common" -gt 0 ]; then
            echo "| UAS | highest rate with 0 failed calls: calls/s achieved (target) | UAS CPU µs per call there | UAS CPU µs per call at $common/s (all sustained it) |"
            echo "|---|--:|--:|--:|"
        else
            echo "| UAS | highest rate with 0 failed calls: calls/s achieved (target) | UAS CPU µs per call there |"
            echo "|---|--:|--:|"
        fi
        awk -F'\t' -v common="$common" '
            function name(k) { return k == "fsip" ? "fsip uas" : k == "sipp" ? "SIPp UAS" : "Kamailio (tm)" }
            !($1 in order) { order[$1] = ++nk; kind[nk] = $1 }
            $5 == 0 && $4 >= 0.9 * $2 {
                cpu[$1, $2] = $7
                if ($2 + 0 > best[$1]) { best[$1] = $2 + 0; ach[$1] = $4; bcpu[$1] = $7 }
            }
            END {
                for (i = 1; i <= nk; i++) {
                    y = kind[i]
                    line = "| " name(y) " | " (y in best ? ach[y] " (" best[y] ")" : "none") " | " (y in best ? bcpu[y] : "-") " |"
                    if (common > 0) line = line " " cpu[y, common] " |"
                    print line
                }
            }' "$runs"
        if [ "$have_cg" = 1 ]; then
            echo
            echo "User-space instructions per call, the same calls under callgrind ($cgcalls at $cgrate/s," \
                "every process of the UAS; system calls not included):"
            echo
            echo "| UAS | instructions per call | calls answered | failed |"
            echo "|---|--:|--:|--:|"
            awk -F'\t' "$commas"'
                function name(k) { return k == "fsip" ? "fsip uas" : k == "sipp" ? "SIPp UAS" : "Kamailio (tm)" }
                { printf "| %s | %s | %d | %d |\n", name($1), ($2 > 0 ? commas($4 / $2) : "-"), $2, $3 }' "$cgrows"
        fi
        echo
        echo "Every run:"
        echo
        echo "| UAS | target/s | calls | achieved calls/s | failed | INVITE+BYE retransmissions | UAS CPU µs per call |"
        echo "|---|--:|--:|--:|--:|--:|--:|"
        awk -F'\t' '{ n = $1 == "fsip" ? "fsip uas" : $1 == "sipp" ? "SIPp UAS" : "Kamailio (tm)"
            printf "| %s | %s | %s | %s | %s | %s | %s |\n", n, $2, $3, $4, ($5 < 0 ? "sipp error" : $5), $6, $7 }' "$runs"
        echo
    fi
    echo "**In-process** (bench/calls_inproc.c): two fsip user agents, INVITE (SDP) / 100 / 200 (SDP) /" \
        "ACK / BYE / 200 over an in-memory UDP network, the callee accepting at once and the" \
        "caller hanging up at once, virtual clock at $vrate calls/s so Timers L, M, J and K free" \
        "every transaction (steady state: $(echo "$open_line" | cut -f1) caller and" \
        "$(echo "$open_line" | cut -f2) callee transactions open); session timers off. $count calls" \
        "measured, best of $reps; Ir under callgrind over $cg_count calls (virtual $cg_rate/s)."
    echo
    echo "| figure | both agents | caller (A) | callee (B) |"
    echo "|---|--:|--:|--:|"
    inproc_rows "$count" call "calls/s on one core (wall clock)"
    echo
    if [ "$have_mem" = 1 ]; then
        echo "**Memory per established idle call** (bench/calls_mem.c): $memcalls calls established" \
            "(INVITE with a $(awk -F'\t' '$1 == "msg" && $2 == "INVITE" { print $3 }' "$work/mem")-byte" \
            "wire size and a 129-byte SDP offer, 100, 200 with a 129-byte SDP answer, ACK) and held," \
            "no session timer, every transaction gone. Bytes requested from each side's counting" \
            "allocator (fsip_allocator) per call: (held − after hanging up every call) / calls, so the" \
            "tables grown while transactions were open are not counted; \"from empty\" is" \
            "(held − the empty stack and UA) / calls, tables included. Stored messages: what the" \
            "call keeps of its messages — the caller the ACK as sent (resent for each retransmitted" \
            "2xx, RFC 3261 §13.2.2.4) and each side the last SDP body it sent and its type (one copy;" \
            "a refresh repeats it). SDP copies kept: measured, from the same calls with both bodies" \
            "1,024 bytes longer ($padcalls calls each). Blocks per call tell malloc's own overhead" \
            "(8-16 bytes per block with glibc)."
        echo
        echo "| side | bytes per call | from empty | stored messages | beyond the stored messages (target ≤ 1024) | SDP copies kept | blocks per call | side with the calls held (MB) |"
        echo "|---|--:|--:|--:|--:|--:|--:|--:|"
        awk -F'\t' '
            $1 == "mem" { n[$2] = $3; per[$2] = ($5 - $6) / $3; empty[$2] = ($5 - $4) / $3; blk[$2] = ($7 - $8) / $3; mb[$2] = $5 / 1048576; order[++k] = $2 }
            $1 == "stored" { st[$2] = $3; what[$2] = $4 > 0 ? "ACK " $4 " + SDP and type " $5 : "SDP and type " $5 }
            $1 == "copies" { cp[$2] = $3 }
            END {
                for (i = 1; i <= k; i++) {
                    s = order[i]
                    printf "| %s | %.0f | %.0f | %d (%s) | %.0f | %s | %.1f | %.1f |\n", s, per[s], empty[s], st[s], what[s],
                        per[s] - st[s], (s in cp ? cp[s] : "-"), blk[s], mb[s]
                }
            }' "$work/mem"
        echo
        echo "What one message costs kept as a parsed fsip_msg (for reference; the call keeps none):"
        echo
        echo "| message | wire bytes | parsed fsip_msg bytes | blocks |"
        echo "|---|--:|--:|--:|"
        awk -F'\t' '$1 == "msg" { printf "| %s | %s | %s | %s |\n", $2, $3, $4, $5 }' "$work/mem"
        echo
    fi
} >"$table"

cat "$table"
echo "bench-calls.sh: table written to $table" >&2
exit "$status"
