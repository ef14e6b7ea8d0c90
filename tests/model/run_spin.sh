#!/usr/bin/env bash
# Runs spin on one harness. Usage:
#   run_spin.sh [--expect-violation] WORKDIR HARNESS.pml INPUT...
# INPUT: a generated fsm_<name>.pml (copied), a spec .fsm (compiled with
# $FSMC, default build/bin/fsmc), or as:NAME:SPEC.fsm (the spec compiled as
# machine NAME: a second instance of a machine, since Promela has one per
# name). Three verifications, each must report
# "errors: 0" (or, with --expect-violation, the safety run must fail):
#   safety    invalid end states (deadlocks) and assertions (-DNOCLAIM)
#   progress  non-progress cycles: no cycle at all, every run is finite (-DNP, -l)
#   ltl       the harness's `ltl done` claim: eventually final (-a)
set -euo pipefail
expect=0
if [ "${1:-}" = "--expect-violation" ]; then expect=1; shift; fi
[ $# -ge 3 ] || { echo "usage: $0 [--expect-violation] WORKDIR HARNESS INPUT..." >&2; exit 2; }
work=$1; harness=$2; shift 2
here=$(cd "$(dirname "$0")" && pwd)
fsmc=${FSMC:-$here/../../build/bin/fsmc}
cc=${CC:-cc}

rm -rf "$work" && mkdir -p "$work"
cp "$harness" "$here/net.pml" "$work/"
for in in "$@"; do
    case "$in" in
    as:*:*.fsm)
        name=${in#as:}; spec=${name#*:}; name=${name%%:*}
        sed "s/^machine [A-Za-z_0-9]* /machine $name /" "$spec" >"$work/$name.fsm"
        "$fsmc" --emit promela -o "$work" "$work/$name.fsm" ;;
    *.fsm) "$fsmc" --emit promela -o "$work" "$in" ;;
    *) cp "$in" "$work/" ;;
    esac
done
cd "$work"
model=$(basename "$harness")
spin -a "$model" >spin.log 2>&1 || { head -n 20 spin.log; exit 1; }

# pan's options: -m depth bound (its overflow is reported and fails the run)
run() { # NAME CFLAGS PANFLAGS
    $cc -O0 -w -DMEMLIM=2048 $2 -o "pan_$1" pan.c
    ./"pan_$1" $3 >"$1.out" 2>&1 || true
    local errs states depth
    errs=$(sed -n 's/.*errors: \([0-9]*\).*/\1/p' "$1.out" | head -n1)
    states=$(sed -n 's/^ *\([0-9.e+]*\) states, stored.*/\1/p' "$1.out" | head -n1)
    depth=$(sed -n 's/.*depth reached \([0-9]*\).*/\1/p' "$1.out" | head -n1)
    echo "$model $1: errors ${errs:-?}, states stored ${states:-?}, depth reached ${depth:-?}"
    if grep -q "max search depth too small" "$1.out"; then
        echo "$model $1: search depth too small" >&2
        return 1
    fi
    [ -n "$errs" ] || { cat "$1.out" >&2; return 1; }
    return "$errs"
}

if [ $expect -eq 1 ]; then
    if run safety "-DNOCLAIM" "-m100000"; then
        echo "FAIL: spin found no violation in a model built to have one" >&2
        exit 1
    fi
    echo "spin found the expected violation: $(grep -m1 '^pan:1:' safety.out)"
    echo "trail (spec lines of the rows taken, last first):"
    spin -t -p -k "$model.trail" "$model" 2>&1 | grep -E '_line = ' | tail -n 8 || true
    exit 0
fi

rc=0
run safety "-DNOCLAIM" "-m100000" || rc=1
run progress "-DNOCLAIM -DNP" "-l -m100000" || rc=1
run ltl "" "-a -m100000 -N done" || rc=1
[ $rc -eq 0 ] || { for f in safety progress ltl; do echo "--- $f"; tail -n 30 "$f.out"; done >&2; }
exit $rc
