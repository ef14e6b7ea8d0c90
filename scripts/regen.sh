#!/usr/bin/env bash
# Regenerates gen/ from grammar/*.rl (Ragel), the fsmc lexer (re2c) and
# fsm/*.fsm (fsmc).
#   scripts/regen.sh            rewrite gen/ in place
#   scripts/regen.sh --check    regenerate into a temporary folder and fail
#                               if it differs from the committed gen/
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
[ "${1:-}" = "--check" ] && check=1

for tool in ragel re2c cc; do
    command -v "$tool" >/dev/null || { echo "regen: '$tool' not found (run scripts/deps.sh)" >&2; exit 1; }
done

out=gen
if [ $check -eq 1 ]; then
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"

banner() { # banner SOURCE GENERATOR -> C comment
    printf '/* Generated from %s by %s - do not edit; run `make regen`. */\n' "$1" "$2"
}

# 1. Ragel grammars. Each grammar/<name>.rl with a `main` machine becomes
#    gen/<name>.c; files named *_common.rl are included by others.
#    Ragel runs in a scratch tree so the #line directives it writes always
#    name grammar/X.rl and gen/X.c, wherever the output goes.
# (sed reads all of ragel's output: `head` could close the pipe early and
# SIGPIPE ragel, which pipefail would turn into a failed regen.)
ragel_ver=$(ragel --version | sed -n '1s/.*version \([0-9.]*\).*/\1/p')
scratch=$(mktemp -d)
mkdir -p "$scratch/gen"
cp -r grammar "$scratch/grammar"
for rl in grammar/*.rl; do
    base=$(basename "$rl" .rl)
    case "$base" in *_common) continue ;; esac
    (cd "$scratch" && ragel -G2 -I grammar -o "gen/$base.c" "grammar/$base.rl")
    { banner "$rl" "ragel $ragel_ver -G2"; cat "$scratch/gen/$base.c"; } >"$out/$base.c"
done
rm -rf "$scratch"

# 2. The fsmc lexer (re2c) and 3. the state machines (fsmc).
if [ -f tools/fsmc/regen.sh ]; then
    bash tools/fsmc/regen.sh "$out"
fi

# 4. The fuzzing dictionary, from the grammar's literals and the rest
#    (scripts/gen-dict.sh).
bash scripts/gen-dict.sh >"$out/sip.dict"

if [ $check -eq 1 ]; then
    if ! diff -r -q gen "$out" >/dev/null; then
        echo "drift: gen/ differs from a fresh regeneration (run \`make regen\` and commit):" >&2
        diff -r gen "$out" | head -n 40 >&2
        exit 1
    fi
    echo "drift: gen/ matches grammar/ and fsm/"
fi
