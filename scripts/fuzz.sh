#!/usr/bin/env bash
# AFL++ campaign on every harness (`make fuzz`): builds the harnesses with
# afl-clang-fast into build-afl/, then fuzzes each harness in turn for
# FUZZ_SECONDS with FUZZ_JOBS afl-fuzz instances: one main instance on a
# plain optimised build (fastest) and secondaries on an ASan+UBSan build with
# assertions (to catch the memory errors that do not crash on their own). Prints per harness:
# CPU minutes (all runs), execs/s, paths (corpus count), crashes and hangs. Exits 1 when a crash was
# found. Output in fuzz/out/<harness>/ (git-ignored); a second run resumes.
# Usage: scripts/fuzz.sh
# Env:   FUZZ_SECONDS (600 per harness), FUZZ_JOBS (2), FUZZ_HARNESSES (all),
#        FUZZ_OUT (fuzz/out), FUZZ_AFL_BUILD (build-afl), FSIP_CONFORMANCE_DIR,
#        FUZZ_AFL_INSTRUMENT (LLVM-NATIVE; PCGUARD runs ~15% faster but takes
#        minutes per build on the Ragel output: worth it for long campaigns),
#        FUZZ_COVERAGE (1: replay the corpora with scripts/fuzz-cov.sh at the end)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
secs=${FUZZ_SECONDS:-600}
jobs=${FUZZ_JOBS:-2}
# Every harness fuzz/CMakeLists.txt builds, unless FUZZ_HARNESSES names some.
harnesses=${FUZZ_HARNESSES:-$(sed -n 's/^set(FSIP_FUZZ_HARNESSES \(.*\))$/\1/p' "$root/fuzz/CMakeLists.txt")}
out=${FUZZ_OUT:-$root/fuzz/out}
build=${FUZZ_AFL_BUILD:-$root/build-afl}
instrument=${FUZZ_AFL_INSTRUMENT:-LLVM-NATIVE}
conf=${FSIP_CONFORMANCE_DIR:-$root/../shared/conformance}

for tool in afl-clang-fast afl-fuzz; do
    command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool not found (scripts/deps.sh fuzz)" >&2; exit 1; }
done
case "$secs" in '' | *[!0-9]*) echo "fuzz.sh: FUZZ_SECONDS must be a number" >&2; exit 2 ;; esac
[ "$jobs" -ge 1 ] || jobs=1

# --- build -----------------------------------------------------------------
build_one() { # dir, extra cmake args...
    local dir=$1
    shift
    # The instrumentation mode is not a compiler flag CMake sees: rebuild on a change.
    [ "$(cat "$dir/afl-instrument" 2>/dev/null)" = "$instrument" ] || rm -rf "$dir"
    mkdir -p "$dir"
    echo "$instrument" >"$dir/afl-instrument"
    export AFL_QUIET=1 AFL_LLVM_INSTRUMENT="$instrument"
    CC=afl-clang-fast cmake -S "$root" -B "$dir" -DFSIP_FUZZ=ON -DFSIP_TESTS=OFF "$@" \
        >"$dir.log" 2>&1 || { cat "$dir.log" >&2; exit 1; }
    # shellcheck disable=SC2086
    cmake --build "$dir" -j "$(nproc)" --target $harnesses >>"$dir.log" 2>&1 ||
        { tail -n 40 "$dir.log" >&2; exit 1; }
    unset AFL_QUIET AFL_LLVM_INSTRUMENT
}
mkdir -p "$build" "$out"
echo "fuzz.sh: building the harnesses with afl-clang-fast, $instrument (log: $build/*.log)"
build_one "$build/plain" -DCMAKE_BUILD_TYPE=RelWithDebInfo
# Debug keeps the assertions (an assertion an input can trip is a bug).
[ "$jobs" -gt 1 ] && build_one "$build/asan" -DCMAKE_BUILD_TYPE=Debug -DFSIP_SANITIZE=asan,ubsan

# --- run -------------------------------------------------------------------
export AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_TRY_AFFINITY=1 AFL_AUTORESUME=1 AFL_SKIP_CRASHES=1
# afl-fuzz sets the sanitizer options it needs when none are set.
unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS MSAN_OPTIONS

pids=()
stop() {
    # Each pid is a subshell around timeout(1), which passes TERM on to afl-fuzz.
    for p in "${pids[@]}"; do
        pkill -TERM -P "$p" 2>/dev/null || true
        kill "$p" 2>/dev/null || true
    done
}
trap stop EXIT
trap 'stop; exit 130' INT TERM

afl_stat() { # fuzzer_stats file, key
    sed -n "s/^$2 *: *//p" "$1" 2>/dev/null | head -n 1
}

# Sums `times` lines ("1m2.500s 0m3.000s": user, system) into CPU minutes.
cpu_minutes() {
    cat "$@" 2>/dev/null | tr 'ms' '  ' |
        awk '{ t += $1 * 60 + $2 + $3 * 60 + $4 } END { printf "%.1f", t / 60 }'
}

summary=()
crashed=0
for h in $harnesses; do
    seeds="$out/seeds/$h"
    rm -rf "$seeds"
    "$root/fuzz/seeds.sh" "$h" "$seeds" "$conf"
    mkdir -p "$out/$h"
    echo "fuzz.sh: $h for ${secs}s with $jobs instance(s) -> $out/$h"
    pids=()
    for ((i = 0; i < jobs; i++)); do
        if [ "$i" -eq 0 ]; then
            role=(-M main) bin="$build/plain/bin/$h" name=main
        else
            role=(-S "asan$i") bin="$build/asan/bin/$h" name="asan$i"
        fi
        # -V bounds the run; timeout is the backstop if afl-fuzz stalls.
        # The subshell's `times` after the wait is the CPU time of afl-fuzz
        # and of every target process it reaped (user and system), one
        # line per run in $name.cpu, so a resumed campaign adds up.
        (
            rc=0
            timeout -k 10 $((secs + 300)) afl-fuzz "${role[@]}" -i "$seeds" -o "$out/$h" \
                -x "$root/gen/sip.dict" -V "$secs" -- "$bin" >"$out/$h/$name.log" 2>&1 </dev/null || rc=$?
            times >"$out/$h/$name.times" # not in a pipe: a forked `times` sees no children
            sed -n 2p "$out/$h/$name.times" >>"$out/$h/$name.cpu"
            exit "$rc"
        ) &
        pids+=($!)
    done
    status=0
    for p in "${pids[@]}"; do wait "$p" || status=$?; done
    pids=()
    [ "$status" -eq 0 ] || echo "fuzz.sh: an afl-fuzz instance of $h exited with $status; see $out/$h/*.log" >&2

    eps=0 execs=0 paths=0 crashes=0 hangs=0
    cpu=$(cpu_minutes "$out/$h"/*.cpu)
    for s in "$out/$h"/*/fuzzer_stats; do
        [ -f "$s" ] || continue
        e=$(afl_stat "$s" execs_per_sec)
        eps=$(awk -v a="$eps" -v b="${e:-0}" 'BEGIN { printf "%.0f", a + b }')
        x=$(afl_stat "$s" execs_done)
        execs=$((execs + ${x:-0}))
        p=$(afl_stat "$s" corpus_count)
        [ -n "$p" ] || p=$(afl_stat "$s" paths_total)
        [ "${p:-0}" -gt "$paths" ] && paths=${p:-0}
        c=$(afl_stat "$s" saved_crashes)
        [ -n "$c" ] || c=$(afl_stat "$s" unique_crashes)
        crashes=$((crashes + ${c:-0}))
        g=$(afl_stat "$s" saved_hangs)
        [ -n "$g" ] || g=$(afl_stat "$s" unique_hangs)
        hangs=$((hangs + ${g:-0}))
    done
    summary+=("$(printf '%-12s %8s %9s %12s %7s %8s %6s' "$h" "$cpu" "$eps" "$execs" "$paths" "$crashes" "$hangs")")
    if [ "$crashes" -gt 0 ]; then
        crashed=1
        find "$out/$h" -path '*/crashes/id:*' -type f | sed 's/^/  crash: /' >&2
    fi
done
trap - EXIT

# Lines and branches of runtime/ and gen/ the corpora reach.
if [ "${FUZZ_COVERAGE:-1}" = 1 ]; then
    FUZZ_OUT=$out FUZZ_HARNESSES=$harnesses "$root/scripts/fuzz-cov.sh" ||
        echo "fuzz.sh: the coverage replay failed" >&2
fi

echo
printf '%-12s %8s %9s %12s %7s %8s %6s\n' harness cpu-min execs/s execs paths crashes hangs
printf '%s\n' "${summary[@]}"
if [ "$crashed" -ne 0 ]; then
    echo "fuzz.sh: crashes found; reproduce with the libFuzzer build: build-fuzz/bin/<harness> FILE" >&2
    exit 1
fi
