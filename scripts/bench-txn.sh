#!/usr/bin/env bash
# Transaction benchmark: non-INVITE transactions (OPTIONS → 200) per second
# and CPU time per transaction of one stack on one core. Called by
# scripts/bench.sh after the parser table (`make bench`):
#   scripts/bench-txn.sh [BUILD_DIR]        (default: build)
# Prints one table and writes it to BUILD_DIR/bench/transactions.md.
#
# (a) in-process: bin/bench_txn_inproc, two stacks over an in-memory UDP
#     network on a virtual clock (see bench/txn_inproc.c): transactions/s
#     and process CPU µs per transaction (best of TXN_REPS runs), the time
#     inside each side's calls (a --split run), and instructions per
#     transaction under callgrind, total and per side.
# (b) loopback UDP: `fsip uas --quiet --max-transactions N` on 127.0.0.1
#     with SIPp as the client (tests/interop/options-uac.xml), at rising
#     rates (TXN_RATES) until SIPp sees a failed call or the achieved rate
#     falls under 90% of the target; CPU time of the UAS process (all its
#     threads' run time from /proc/PID/task/*/schedstat, before and after
#     the SIPp run) per transaction. The same runs against SIPp's own UAS
#     (tests/interop/uas-options.xml) give the peer figure.
#
# Environment: TXN_COUNT (100000 measured in-process transactions),
# TXN_RATE (1000, the virtual load in-process), TXN_REPS (3),
# TXN_RATES ("5000 10000 15000 20000 30000"), TXN_SECONDS (3, length of
# one SIPp run: N = max(20000, rate * TXN_SECONDS)), BENCH_NO_CALLGRIND=1,
# TXN_NO_SIPP=1 (in-process only).
#
# Every process is started and stopped here by PID; every wait is bounded;
# only 127.0.0.1 is used.
set -euo pipefail

build="${1:-build}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(cd "$build/bin" && pwd)"
out="$(mkdir -p "$build/bench" && cd "$build/bench" && pwd)"
count="${TXN_COUNT:-100000}"
vrate="${TXN_RATE:-1000}"
reps="${TXN_REPS:-3}"
rates="${TXN_RATES:-5000 10000 15000 20000 30000}"
secs="${TXN_SECONDS:-3}"
scen="$root/tests/interop"
status=0

work="$out/txn"
rm -rf "$work"
mkdir -p "$work"
BENCH_WAIT_S=10
# shellcheck source=scripts/bench-lib.sh
. "$root/scripts/bench-lib.sh"
trap cleanup EXIT

# ---- (a) in-process ------------------------------------------------------
inproc="$bin/bench_txn_inproc"
[ -x "$inproc" ] || { echo "bench-txn.sh: $inproc missing (build $build first)" >&2; exit 1; }
echo "bench-txn.sh: in-process ($count transactions at a virtual $vrate/s, best of $reps) ..." >&2
cg_count=5000 cg_rate=100
inproc_figures "$inproc" "$vrate" "$count" "$reps" "$cg_rate" "$cg_count" bench_client_side \
    bench_server_side bench-txn.sh transactions || status=1

# ---- (b) loopback UDP with SIPp --------------------------------------------
udp_rows="$work/udp.tsv" # uas, target, calls, achieved, failed, retrans, cpu_us
: >"$udp_rows"
sipp="${SIPP:-sipp}"
have_sipp=1
if [ "${TXN_NO_SIPP:-0}" = 1 ]; then
    have_sipp=0
elif ! command -v "$sipp" >/dev/null 2>&1; then
    echo "bench-txn.sh: sipp not found (scripts/deps.sh check installs sip-tester): no UDP figures" >&2
    have_sipp=0
fi

# Starts the UAS of kind $1 (fsip | sipp) for $2 calls; sets UAS_PID, UAS_PORT.
start_uas() {
    local kind=$1 n=$2 log=$3
    if [ "$kind" = fsip ]; then
        # Over UDP a server transaction stays open 32 s (Timer J): the
        # default limit of 8192 would cap the load at 256/s.
        "$bin/fsip" uas --listen udp:127.0.0.1:0 --quiet --max-transactions $((n + 1024)) \
            --max-seconds 120 >"$log" 2>&1 &
        UAS_PID=$!
        LIVE[$UAS_PID]=1
        wait_line "$log" '^listening' || return 1
        UAS_PORT=$(sed -n 's/^listening udp:127\.0\.0\.1:\([0-9]*\)$/\1/p' "$log")
    else
        UAS_PORT=$(free_port)
        (cd "$work" && exec "$sipp" -sf "$scen/uas-options.xml" -t u1 -i 127.0.0.1 -p "$UAS_PORT" \
            -nostdin -timeout 120s >"$log" 2>&1) &
        UAS_PID=$!
        LIVE[$UAS_PID]=1
        wait_bound "$UAS_PORT" || return 1
    fi
}

# One SIPp client run against UAS kind $1 at rate $2. Appends a row.
udp_run() {
    local kind=$1 rate=$2 n log c0 c1 rc
    n=$((rate * secs))
    [ "$n" -ge 20000 ] || n=20000
    log="$work/uas-$kind-$rate.out"
    if ! start_uas "$kind" "$n" "$log"; then
        echo "bench-txn.sh: the $kind UAS did not start (see $log)" >&2
        [ -n "${UAS_PID:-}" ] && stop_pid "$UAS_PID"
        return 1
    fi
    c0=$(cpu_ns "$UAS_PID")
    rc=0
    (cd "$work" && timeout $((n / rate + 60)) "$sipp" -sf "$scen/options-uac.xml" -t u1 \
        -i 127.0.0.1 -m "$n" -r "$rate" -rp 1000 -l 5000 -nostdin -timeout $((n / rate + 45))s \
        -timeout_error "127.0.0.1:$UAS_PORT" >"$work/uac-$kind-$rate.out" 2>&1) || rc=$?
    c1=$(cpu_ns "$UAS_PID")
    stop_pid "$UAS_PID"
    # SIPp's last statistics screen: successful and failed calls, the
    # cumulative call rate, and the OPTIONS retransmissions.
    sipp_row "$kind" "$rate" "$n" $((c1 - c0)) "$rc" OPTIONS "$work/uac-$kind-$rate.out" >>"$udp_rows"
    sipp_verdict "$udp_rows" bench-txn.sh txn
}

if [ "$have_sipp" = 1 ]; then
    for kind in fsip sipp; do
        for rate in $rates; do
            udp_run "$kind" "$rate" || break
        done
    done
fi

# ---- the table -------------------------------------------------------------
table="$out/transactions.md"
{
    bench_header "Transaction benchmark" "$sipp"
    echo
    echo "**In-process** (bench/txn_inproc.c): two fsip stacks, OPTIONS → 200 over an" \
        "in-memory UDP network, virtual clock at $vrate transactions/s so Timer K (5 s) and" \
        "Timer J (32 s) free every transaction (steady state: $(echo "$open_line" | cut -f1) client and" \
        "$(echo "$open_line" | cut -f2) server transactions open). $count transactions measured," \
        "best of $reps; Ir under callgrind over $cg_count transactions (virtual $cg_rate/s)."
    echo
    echo "| figure | both stacks | client (A) | server (B) |"
    echo "|---|--:|--:|--:|"
    inproc_rows "$count" transaction "transactions/s (wall clock)"
    echo
    if [ "$have_sipp" = 1 ]; then
        echo "**Loopback UDP** (127.0.0.1): SIPp $secs s runs (at least 20,000 calls) of" \
            "tests/interop/options-uac.xml (\`-r RATE -rp 1000 -l 5000\`) against \`fsip uas --quiet" \
            "--max-transactions N\` (Release) and against SIPp's own UAS (tests/interop/uas-options.xml)," \
            "one UAS process per run; rates rise until a call fails or fewer than 90% of the target are" \
            "achieved. CPU: run time of all the UAS's threads (/proc/PID/task/*/schedstat) over the" \
            "SIPp run, per successful transaction; Timer J (32 s) outlives the run, so freeing the server" \
            "transactions is not included (it is in the in-process figure). Client and UAS share the" \
            "machine's $(nproc) cores."
        echo
        echo "| UAS | target/s | calls | achieved transactions/s | failed | OPTIONS retransmissions | UAS CPU µs per transaction |"
        echo "|---|--:|--:|--:|--:|--:|--:|"
        awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", ($1 == "fsip" ? "fsip uas" : "SIPp UAS"), $2, $3, $4, ($5 < 0 ? "sipp error" : $5), $6, $7 }' "$udp_rows"
        echo
        awk -F'\t' '
            $5 == 0 && $4 >= 0.9 * $2 && $4 > best[$1] { best[$1] = $4; cpu[$1] = $7; at[$1] = $2 }
            END {
                for (k in best) printf "Highest sustained rate (0 failed calls, >= 90%% of the target), %s: %s transactions/s (target %s/s), %s CPU µs per transaction.\n", \
                    (k == "fsip" ? "fsip uas" : "SIPp UAS"), best[k], at[k], cpu[k]
            }' "$udp_rows" | sort
    fi
} >"$table"

cat "$table"
echo
echo "bench-txn.sh: table written to $table" >&2
exit "$status"
