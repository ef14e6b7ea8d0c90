#!/usr/bin/env bash
# libFuzzer smoke test of every harness (part of `make check`, target
# check-fuzz). For each harness in BUILD_DIR/bin:
#   1. replays every regression, seed and conformance-derived input: none
#      may crash, leak or trip a sanitizer;
#   2. fuzzes for SMOKE_SECONDS (default 5) from those seeds with the SIP
#      dictionary; any crash, leak, timeout or sanitizer report fails.
# Prints one line per harness; exits 1 if any failed. Reads no stdin.
# Work files (new corpus entries, crash artifacts, logs) go to
# BUILD_DIR/fuzz-smoke/.
# Usage: scripts/fuzz-smoke.sh BUILD_DIR
# Env:   SMOKE_SECONDS (5), FUZZ_HARNESSES (all), FSIP_CONFORMANCE_DIR
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
secs=${SMOKE_SECONDS:-5}

FSIP_FUZZ_HARNESSES="fuzz_msg fuzz_framer fuzz_uri"
conf_env=${FSIP_CONFORMANCE_DIR:-}
# shellcheck source=/dev/null
[ -f "$build/fuzz/paths.sh" ] && . "$build/fuzz/paths.sh"
conf=${conf_env:-${FSIP_CONFORMANCE_DIR:-$root/../shared/conformance}}
harnesses=${FUZZ_HARNESSES:-$FSIP_FUZZ_HARNESSES}

work="$build/fuzz-smoke"
rm -rf "$work"
mkdir -p "$work"

# Leaks and UB are failures; libFuzzer turns the reports into a non-zero exit.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=0
fail() { # harness, what, log
    echo "$1: FAIL ($2) — log: $3" >&2
    # libFuzzer names each replayed file before running it: the last one failed.
    local input
    input=$(sed -n 's/^Running: //p' "$3" | tail -n 1)
    [ -z "$input" ] || echo "$1: failing input: $input" >&2
    grep -E -A3 'invariant failed|runtime error|^SUMMARY|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)' \
        "$3" | head -n 40 >&2 || tail -n 40 "$3" >&2
    failed=1
}

for h in $harnesses; do
    bin="$build/bin/$h"
    if [ ! -x "$bin" ]; then
        echo "$h: FAIL (no $bin; configure with -DFSIP_FUZZ=ON)" >&2
        failed=1
        continue
    fi
    hw="$work/$h"
    mkdir -p "$hw/seeds" "$hw/corpus" "$hw/artifacts"
    "$root/fuzz/seeds.sh" "$h" "$hw/seeds" "$conf"
    # 1. Replay: each file run once (libFuzzer's "run these inputs" mode).
    log="$hw/replay.log"
    mapfile -d '' inputs < <(find "$hw/seeds" -type f -print0 | sort -z)
    if [ "${#inputs[@]}" -gt 0 ] &&
        ! timeout -k 5 300 "$bin" -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$hw/artifacts/" \
            "${inputs[@]}" >"$log" 2>&1 </dev/null; then
        fail "$h" "replay of the seeds; crash input in $hw/artifacts/" "$log"
        continue
    fi

    # 2. Bounded fuzzing. New inputs go to corpus/; seeds/ is only read.
    log="$hw/fuzz.log"
    if ! timeout -k 5 $((secs + 120)) "$bin" -max_total_time="$secs" -rss_limit_mb=2048 \
        -timeout=10 -dict="$root/gen/sip.dict" -artifact_prefix="$hw/artifacts/" \
        -print_final_stats=1 "$hw/corpus" "$hw/seeds" >"$log" 2>&1 </dev/null; then
        fail "$h" "fuzzing; crash input in $hw/artifacts/" "$log"
        continue
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
    printf '%-12s ok: replayed %d inputs; fuzzed %ss: %s execs (%s/s), cov %s, corpus %s\n' \
        "$h" "${#inputs[@]}" "$secs" "${execs:-?}" "$(((${execs:-0}) / (secs > 0 ? secs : 1)))" \
        "${cov:-?}" "${corp:-?}"
done

exit "$failed"
