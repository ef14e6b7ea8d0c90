#!/usr/bin/env bash
# Coverage of a fuzzing campaign (`make fuzz-cov`, also run at the end of
# `make fuzz`): builds the harnesses with clang's source-based coverage into
# build-fuzz-cov/, replays every input of each harness's corpus (AFL++'s
# queues in fuzz/out/<harness>/*/queue plus its seeds) once, and prints the
# lines and branches of runtime/ and of gen/ it reached, per harness and for
# all harnesses together (fuzz_fsmc also for tools/fsmc/, the compiler it
# fuzzes). The table is written to fuzz/out/coverage.md as well.
# Usage: scripts/fuzz-cov.sh
# Env:   FUZZ_OUT (fuzz/out), FUZZ_COV_BUILD (build-fuzz-cov), FUZZ_HARNESSES
#        (all), FSIP_CONFORMANCE_DIR
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
harnesses=${FUZZ_HARNESSES:-$(sed -n 's/^set(FSIP_FUZZ_HARNESSES \(.*\))$/\1/p' "$root/fuzz/CMakeLists.txt")}
out=${FUZZ_OUT:-$root/fuzz/out}
build=${FUZZ_COV_BUILD:-$root/build-fuzz-cov}
conf=${FSIP_CONFORMANCE_DIR:-$root/../shared/conformance}

for tool in clang llvm-profdata llvm-cov; do
    command -v "$tool" >/dev/null || { echo "fuzz-cov.sh: $tool not found (scripts/deps.sh fuzz)" >&2; exit 1; }
done

mkdir -p "$build"
log=$build/fuzz-cov-build.log
echo "fuzz-cov.sh: building the harnesses with coverage (log: $log)"
cov_flags="-fprofile-instr-generate -fcoverage-mapping"
CC=clang cmake -S "$root" -B "$build" -DFSIP_FUZZ=ON -DFSIP_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS="$cov_flags" -DCMAKE_EXE_LINKER_FLAGS="$cov_flags" >"$log" 2>&1 ||
    { cat "$log" >&2; exit 1; }
# shellcheck disable=SC2086
cmake --build "$build" -j "$(nproc)" --target $harnesses >>"$log" 2>&1 ||
    { tail -n 40 "$log" >&2; exit 1; }

prof="$build/profiles"
rm -rf "$prof"
mkdir -p "$prof"
mapfile -t rt_src < <(ls "$root"/runtime/*.[ch])
mapfile -t gen_src < <(ls "$root"/gen/*.[ch])
lib_src=("${rt_src[@]}" "${gen_src[@]}")
mapfile -t fsmc_src < <(ls "$root"/tools/fsmc/*.[ch])

# TOTAL line of `llvm-cov report`: regions (3), functions (3), lines
# (total, missed, %), branches (total, missed, %).
totals() { # profdata objects... -- sources...
    report "$@" |
        awk '$1 == "TOTAL" { printf "%d/%d (%s) | %d/%d (%s)", $8 - $9, $8, $10, $11 - $12, $11, $13 }'
}

# llvm-cov report over several binaries: the first one plain, the rest
# as -object. Usage: report profdata objects... -- sources...
report() {
    local data=$1 first=$2
    shift 2
    local more=()
    while [ "$1" != -- ]; do
        more+=(-object "$1")
        shift
    done
    shift
    llvm-cov report -instr-profile="$data" "$first" "${more[@]}" "$@" 2>/dev/null
}

rows=()
objects=()
for h in $harnesses; do
    bin="$build/bin/$h"
    dirs=()
    for q in "$out/$h"/*/queue; do [ -d "$q" ] && dirs+=("$q"); done
    seeds="$prof/seeds-$h"
    "$root/fuzz/seeds.sh" "$h" "$seeds" "$conf"
    dirs+=("$seeds")
    n=$(find "${dirs[@]}" -maxdepth 1 -type f ! -name '.*' | wc -l)
    echo "fuzz-cov.sh: $h: replaying $n inputs"
    # The first corpus directory is the one libFuzzer may write: an empty one.
    mkdir -p "$prof/scratch-$h"
    (cd "$prof/scratch-$h" && LLVM_PROFILE_FILE="$prof/$h.profraw" "$bin" -runs=0 \
        "$prof/scratch-$h" "${dirs[@]}" >"$prof/$h.log" 2>&1) ||
        { echo "fuzz-cov.sh: $h failed on its corpus; see $prof/$h.log" >&2; exit 1; }
    llvm-profdata merge -sparse "$prof/$h.profraw" -o "$prof/$h.profdata"
    objects+=("$bin")
    row="| \`$h\` | $n | $(totals "$prof/$h.profdata" "$bin" -- "${rt_src[@]}") | $(totals "$prof/$h.profdata" "$bin" -- "${gen_src[@]}")"
    [ "$h" = fuzz_fsmc ] && row+=" (tools/fsmc/: $(totals "$prof/$h.profdata" "$bin" -- "${fsmc_src[@]}" | cut -d'|' -f1 | sed 's/ *$//') lines)"
    rows+=("$row |")
done
llvm-profdata merge -sparse "$prof"/*.profraw -o "$prof/all.profdata"
rows+=("| all harnesses | | $(totals "$prof/all.profdata" "${objects[@]}" -- "${rt_src[@]}") | $(totals "$prof/all.profdata" "${objects[@]}" -- "${gen_src[@]}") |")

# llvm-cov counts only code linked into a harness: name the sources of
# runtime/ and gen/ that none links (the socket layer, for one).
seen=$(report "$prof/all.profdata" "${objects[@]}" -- "${lib_src[@]}" |
    awk '{ print $1 }' | sed -n 's|.*/||p' | sort -u)
unlinked=()
for f in "${lib_src[@]}"; do
    case "$f" in *.h) continue ;; esac
    grep -qx "$(basename "$f")" <<<"$seen" || unlinked+=("$(basename "$f")")
done

{
    echo "| harness | inputs replayed | runtime/ lines | runtime/ branches | gen/ lines | gen/ branches |"
    echo "|---|--:|--:|--:|--:|--:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Lines and branches of the code each harness links (llvm-cov counts no other)."
    [ ${#unlinked[@]} -eq 0 ] || echo "Linked into no harness: ${unlinked[*]}."
} | tee "$out/coverage.md"
