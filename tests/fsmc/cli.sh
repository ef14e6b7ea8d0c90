#!/usr/bin/env bash
# cli.sh FSMC CC SRCDIR WORKDIR: fsmc's command line, the good spec, the
# emitted C (compiled with -Werror), determinism, and gen/ being in sync
# with fsm/.
set -uo pipefail
fsmc=$1 cc=$2 src=$3 work=$4
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
expect_rc() { # WANT CMD...
    local want=$1; shift
    "$@" >/dev/null 2>"$work/stderr"
    local rc=$?
    [ $rc -eq "$want" ] || fail "'$*' exited $rc, want $want: $(head -c 300 "$work/stderr")"
}
rm -rf "$work" && mkdir -p "$work"
good=$src/tests/fsmc/good.fsm

# Usage errors exit 2.
expect_rc 2 "$fsmc"
expect_rc 2 "$fsmc" --check
expect_rc 2 "$fsmc" --bogus "$good"
expect_rc 2 "$fsmc" --emit c "$good"
expect_rc 2 "$fsmc" --emit cobol -o "$work" "$good"
expect_rc 2 "$fsmc" --check --emit c -o "$work" "$good"
expect_rc 2 "$fsmc" --check "$good" "$good"
expect_rc 2 "$fsmc" --check "$work/no-such-file.fsm"
expect_rc 2 "$fsmc" --emit c -o "$work/no-such-dir" "$good"
expect_rc 0 "$fsmc" --help
expect_rc 0 "$fsmc" --version

# The good spec: checks silently, emits every target, twice identically.
out=$("$fsmc" --check "$good" 2>&1)
[ $? -eq 0 ] && [ -z "$out" ] || fail "good.fsm: $out"
mkdir -p "$work/a" "$work/b"
expect_rc 0 "$fsmc" --emit c,dot,promela,vectors,md -o "$work/a" "$good"
for t in c dot promela vectors md; do
    expect_rc 0 "$fsmc" --emit $t -o "$work/b" "$good"
done
diff -r "$work/a" "$work/b" >/dev/null || fail "emitting twice gave different files"
for f in fsm_pinger.h fsm_pinger.c fsm_pinger.dot fsm_pinger.pml fsm_pinger.vectors fsm_pinger.md; do
    [ -s "$work/a/$f" ] || fail "missing $f"
    head -n 1 "$work/a/$f" | grep -q "Generated from .*good.fsm by fsmc .* - do not edit; run \`make regen\`." ||
        fail "$f has no generated-file banner"
done
if command -v dot >/dev/null; then
    dot -Tsvg "$work/a/fsm_pinger.dot" -o "$work/a/pinger.svg" || fail "dot rejects fsm_pinger.dot"
fi
if command -v spin >/dev/null; then
    (cd "$work/a" && printf '#include "fsm_pinger.pml"\ninline pinger_do(a) { skip }\ninline pinger_error() { assert(false) }\ninit { byte ev = PINGER_EV_START; pinger_step(ev, 0); assert(pinger_state == PINGER_WAITING) }\n' >use.pml &&
        spin use.pml >spin.out 2>&1 && ! grep -q "assertion violated\|Error" spin.out) || fail "spin rejects fsm_pinger.pml: $(head -c 300 "$work/a/spin.out")"
fi

# The emitted C compiles warning-free with strict flags, and works.
cflags="-std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wconversion -Werror"
$cc $cflags -I"$work/a" -o "$work/use_pinger" "$src/tests/fsmc/use_pinger.c" "$work/a/fsm_pinger.c" ||
    fail "emitted C does not compile with -Werror"
[ -x "$work/use_pinger" ] && { "$work/use_pinger" || fail "use_pinger"; }

# The smallest machine (no guards, no timers) emits C and Promela that work.
mkdir -p "$work/min"
expect_rc 0 "$fsmc" --emit c,dot,promela,vectors,md -o "$work/min" "$src/tests/fsmc/minimal.fsm"
$cc $cflags -c -o "$work/min/fsm_tiny.o" "$work/min/fsm_tiny.c" || fail "fsm_tiny.c does not compile with -Werror"
if command -v spin >/dev/null; then
    (cd "$work/min" && printf '#include "fsm_tiny.pml"\ninline tiny_do(a) { skip }\ninline tiny_error() { assert(false) }\ninit { byte ev = TINY_EV_GO; if :: tiny_any_timer -> tiny_fire(ev) :: else -> skip fi; tiny_step(ev, 0); assert(tiny_state == TINY_B) }\n' >use.pml &&
        spin use.pml >spin.out 2>&1 && ! grep -q "assertion violated\|Error" spin.out) || fail "spin rejects fsm_tiny.pml: $(head -c 300 "$work/min/spin.out")"
fi

# Every spec in fsm/: its C compiles with the same flags; gen/ is in sync.
mkdir -p "$work/gen"
for spec in "$src"/fsm/*.fsm; do
    name=$(basename "$spec" .fsm)
    (cd "$src" && "$fsmc" --emit c,dot,promela,vectors,md -o "$work/gen" "fsm/$name.fsm") || fail "emit $spec"
    $cc $cflags -c -o "$work/gen/$name.o" "$work/gen/fsm_$name.c" || fail "fsm_$name.c does not compile with -Werror"
    for f in "$work"/gen/fsm_"$name".*; do
        case "$f" in *.o) continue ;; esac
        cmp -s "$f" "$src/gen/$(basename "$f")" || fail "gen/$(basename "$f") is stale: run \`make regen\`"
    done
done

[ $fails -eq 0 ] && echo "fsmc cli: all checks passed"
exit $((fails > 0))
