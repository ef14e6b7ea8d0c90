#!/usr/bin/env bash
# Called by scripts/regen.sh: regenerates fsmc's lexer and every machine.
#   bash tools/fsmc/regen.sh OUTDIR
# 1. re2c tools/fsmc/lexer.re -> OUTDIR/fsmc_lexer.c
# 2. builds fsmc with cc into a temporary folder (no CMake needed)
# 3. fsmc on every fsm/*.fsm -> OUTDIR/fsm_<name>.{h,c,pml,vectors,dot,md}
# Everything written is a pure function of the sources: the drift check
# (scripts/regen.sh --check) diffs it against the committed gen/.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 OUTDIR" >&2; exit 2; }
mkdir -p "$1"
out=$(cd "$1" && pwd)
cd "$(dirname "$0")/../.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

re2c_ver=$(re2c --version | sed 's/^re2c //')
re2c -W -Werror --no-debug-info --no-version --no-generation-date -o "$tmp/lexer.c" tools/fsmc/lexer.re
{
    printf '/* Generated from %s by re2c %s - do not edit; run `make regen`. */\n' \
        tools/fsmc/lexer.re "$re2c_ver"
    cat "$tmp/lexer.c"
} >"$out/fsmc_lexer.c"

cc -std=c11 -D_GNU_SOURCE -O1 -Wall -Itools/fsmc -o "$tmp/fsmc" tools/fsmc/*.c "$out/fsmc_lexer.c"

# Every spec must compile before gen/ is touched; then the machines are
# replaced as a whole, so a deleted spec leaves nothing behind.
mkdir -p "$tmp/out"
for spec in fsm/*.fsm; do
    [ -e "$spec" ] || continue
    "$tmp/fsmc" --emit c,dot,promela,vectors,md -o "$tmp/out" "$spec"
done
rm -f "$out"/fsm_*
cp "$tmp"/out/* "$out"/ 2>/dev/null || true
