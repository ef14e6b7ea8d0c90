#!/usr/bin/env bash
# Parser benchmark: fsip against sofia-sip, GNU oSIP and libre on the corpus
# in bench/corpus/. Called by `make bench` after a Release build:
#   scripts/bench.sh [BUILD_DIR]            (default: build)
# Prints one table and writes it to BUILD_DIR/bench/parser.md, then runs
# scripts/bench-txn.sh BUILD_DIR (transactions per second, CPU per
# transaction: BUILD_DIR/bench/transactions.md) unless BENCH_NO_TXN=1.
#
# Per parser: `check` (every extracted field must match
# bench/corpus/expected.tsv), instructions per message under
# `valgrind --tool=callgrind` (the parse loops minus an identical loop that
# parses nothing, so start-up and driver overhead cancel out), and the
# wall clock (best of BENCH_REPS runs of BENCH_SECONDS per row).
#
# Environment: BENCH_SECONDS (0.1), BENCH_REPS (5), BENCH_ITERS (100
# parses per message under callgrind), BENCH_PARSERS ("fsip sofia osip
# libre"), BENCH_NO_CALLGRIND=1 to skip valgrind.
set -euo pipefail

build="${1:-build}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$build/bin"
out="$build/bench"
seconds="${BENCH_SECONDS:-0.1}"
reps="${BENCH_REPS:-5}"
iters="${BENCH_ITERS:-100}"
parsers="${BENCH_PARSERS:-fsip sofia osip libre}"

mkdir -p "$out"
results="$out/results.tsv" # parser, metric, row, value
: >"$results"
status=0

use_callgrind=1
if [ "${BENCH_NO_CALLGRIND:-0}" = 1 ]; then
    use_callgrind=0
elif ! command -v valgrind >/dev/null 2>&1; then
    echo "bench.sh: valgrind not found: no instruction counts (scripts/deps.sh bench installs it)" >&2
    use_callgrind=0
fi

ran=()
for p in $parsers; do
    exe="$bin/bench_$p"
    if [ ! -x "$exe" ]; then
        if [ "$p" = fsip ]; then
            echo "bench.sh: $exe missing (build $build first)" >&2
            exit 1
        fi
        echo "bench.sh: $exe not built (peer library not found), skipped" >&2
        continue
    fi
    ran+=("$p")
    echo "bench.sh: $p ..." >&2

    # 1. The extraction must be right before anything is timed.
    if ! "$exe" check >"$out/$p.check" 2>"$out/$p.check.err"; then
        cat "$out/$p.check.err" >&2
        echo "bench.sh: $p extracts wrong fields (above); its figures are not reported" >&2
        printf '%s\tfail\t-\t1\n' "$p" >>"$results"
        status=1
        continue
    fi
    awk -F'\t' -v p="$p" '$1 == "row" { print p "\trow\t" $2 "\t" $3 "\t" $4 "\t" $5 }' \
        "$out/$p.check" >>"$results"

    # 2. Instructions per message.
    if [ "$use_callgrind" = 1 ]; then
        cg="$out/callgrind-$p"
        rm -rf "$cg"
        mkdir -p "$cg"
        valgrind --tool=callgrind --instr-atstart=no --dump-instr=no \
            --callgrind-out-file="$cg/cg.out" "$exe" --iters "$iters" callgrind \
            >"$cg/stdout" 2>"$cg/stderr" || {
            tail -5 "$cg/stderr" >&2
            echo "bench.sh: callgrind run of $p failed" >&2
            status=1
            continue
        }
        # Each dump is named "parse N" or "null N" by the driver.
        for f in "$cg"/cg.out.*; do
            awk -v p="$p" '
                /^desc: Trigger: Client Request: / { split($0, a, "Request: "); name = a[2] }
                /^summary:/ { ir = $2 }
                END { if (name != "") { split(name, n, " "); print p "\t" n[1] "\t" n[2] "\t" ir } }' "$f"
        done >>"$results"
    fi

    # 3. Wall clock.
    "$exe" --seconds "$seconds" --reps "$reps" wall >"$out/$p.wall" 2>"$out/$p.wall.err" || {
        cat "$out/$p.wall.err" >&2
        status=1
    }
    awk -F'\t' -v p="$p" '$1 == "wall" { print p "\twall\t" $2 "\t" $3 "\t" $4 "\t" $5 }' \
        "$out/$p.wall" >>"$results"
done

# ---- the table --------------------------------------------------------------
table="$out/parser.md"
{
    echo "Parser benchmark — $(date -u +%Y-%m-%d), fsip $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo
    echo "CPU: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo '?');" \
        "$(cc --version 2>/dev/null | head -1); peers: sofia-sip $(pkg-config --modversion sofia-sip-ua 2>/dev/null || echo '-')," \
        "oSIP $(pkg-config --modversion libosip2 2>/dev/null || echo '-')," \
        "libre $(pkg-config --modversion libre 2>/dev/null || echo '-')"
    echo
    echo "Ir/msg: instructions per message under callgrind (parse + extract + free," \
        "driver overhead subtracted; $iters parses per row). ns/msg: wall clock, best of $reps." \
        "best peer / fsip: the fastest peer's Ir/msg divided by fsip's."
    echo
    awk -F'\t' -v order="${ran[*]}" '
        function fmt(x) { return x == "" ? "-" : x }
        function commas(n,   s, r) {
            s = sprintf("%d", n); r = ""
            while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) }
            return s r
        }
        $2 == "fail" { failed[$1] = 1 }
        $2 == "row" { nmsg[$3] = $4; bytes[$3] = $5; label[$3] = $6; if ($3 + 0 > maxrow) maxrow = $3 + 0 }
        $2 == "parse" { parse[$1, $3] = $4 }
        $2 == "null" { null[$1, $3] = $4 }
        $2 == "wall" { ns[$1, $3] = $4; rate[$1, $3] = $5; mbs[$1, $3] = $6 }
        END {
            n = split(order, ps, " ")
            names["fsip"] = "fsip"; names["sofia"] = "sofia-sip"; names["osip"] = "oSIP"; names["libre"] = "libre"
            hdr = "| message | bytes |"; sep = "|---|--:|"
            for (i = 1; i <= n; i++) { hdr = hdr " " names[ps[i]] " Ir/msg |"; sep = sep "--:|" }
            hdr = hdr " best peer / fsip |"; sep = sep "--:|"
            for (i = 1; i <= n; i++) { hdr = hdr " " names[ps[i]] " ns/msg |"; sep = sep "--:|" }
            hdr = hdr " fsip msg/s | fsip MB/s |"; sep = sep "--:|--:|"
            print hdr; print sep
            for (r = 0; r <= maxrow; r++) {
                line = "| " label[r] " | " bytes[r] " |"
                best = 0; fs = 0
                for (i = 1; i <= n; i++) {
                    p = ps[i]; v = ""
                    if (((p, r) in parse) && ((p, r) in null) && !(p in failed)) {
                        ir = (parse[p, r] - null[p, r]) / (ITERS * nmsg[r])
                        v = commas(ir + 0.5)
                        if (p == "fsip") fs = ir
                        else if (best == 0 || ir < best) best = ir
                    }
                    line = line " " fmt(v) " |"
                }
                line = line " " ((fs > 0 && best > 0) ? sprintf("%.1fx", best / fs) : "-") " |"
                if (fs > 0 && best > 0) ratio[r] = best / fs
                for (i = 1; i <= n; i++) {
                    p = ps[i]
                    line = line " " (((p, r) in ns && !(p in failed)) ? sprintf("%.0f", ns[p, r]) : "-") " |"
                }
                line = line " " ((("fsip", r) in rate) && !("fsip" in failed) ? commas(rate["fsip", r]) : "-") " |"
                line = line " " ((("fsip", r) in mbs) && !("fsip" in failed) ? mbs["fsip", r] : "-") " |"
                print line
            }
            if ((0 in ratio) && (maxrow in ratio)) {
                met = ratio[0] >= 3 && ratio[maxrow] >= 3
                printf "\nTarget (fastest peer needs >= 3x the instructions of fsip on %s and on the whole corpus): %s (%.1fx, %.1fx).\n", \
                    label[0], met ? "met" : "NOT met", ratio[0], ratio[maxrow]
            }
        }' ITERS="$iters" "$results"
} >"$table"

cat "$table"
echo
echo "bench.sh: table written to $table" >&2
[ "$status" -eq 0 ] || echo "bench.sh: some parsers failed (see above)" >&2

if [ "${BENCH_NO_TXN:-0}" != 1 ]; then
    echo
    "$root/scripts/bench-txn.sh" "$build" || status=1
fi
exit "$status"
