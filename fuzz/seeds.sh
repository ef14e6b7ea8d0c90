#!/usr/bin/env bash
# Writes the seed inputs of one harness into OUT_DIR: the committed corpus
# (fuzz/corpus/HARNESS), every regression (fuzz/regressions/HARNESS), and
# inputs made from the RFC 4475 / RFC 5118 torture messages in
# CONFORMANCE_DIR, which are read in place, never copied into the repo.
# Used by scripts/fuzz-smoke.sh (libFuzzer) and scripts/fuzz.sh (AFL++).
# Usage: fuzz/seeds.sh HARNESS OUT_DIR [CONFORMANCE_DIR]
set -euo pipefail

h=${1:?usage: $0 HARNESS OUT_DIR [CONFORMANCE_DIR]}
out=${2:?usage: $0 HARNESS OUT_DIR [CONFORMANCE_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
conf=${3:-$here/../../shared/conformance}

mkdir -p "$out"
for d in "$here/corpus/$h" "$here/regressions/$h"; do
    [ -d "$d" ] || continue
    find "$d" -maxdepth 1 -type f ! -name '.*' ! -name '*.md' -exec cp {} "$out/" \;
done

# The spec compiler's seeds: every real spec and every bad-spec test case.
if [ "$h" = fuzz_fsmc ]; then
    for f in "$here"/../fsm/*.fsm "$here"/../tests/fsmc/*.fsm "$here"/../tests/fsmc/bad/*.fsm; do
        [ -f "$f" ] && cp "$f" "$out/$(basename "$(dirname "$f")")-$(basename "$f")"
    done
fi

[ -d "$conf" ] || exit 0
for f in "$conf"/rfc4475/*.dat "$conf"/rfc5118/*.dat; do
    [ -f "$f" ] || continue
    name=$(basename "$(dirname "$f")")-$(basename "$f" .dat)
    case "$h" in
    fuzz_msg) # option byte: ' ' strict, '_' every leniency (fuzz/fuzz_common.h)
        { printf ' '; cat "$f"; } >"$out/$name-strict"
        { printf '_'; cat "$f"; } >"$out/$name-lenient" ;;
    fuzz_framer) # option byte, then chunking: up to 32 bytes; 1 byte at a time
        { printf '  '; cat "$f"; } >"$out/$name-strict"
        { printf '_\001'; cat "$f"; } >"$out/$name-lenient" ;;
    fuzz_xfer) # each torture message as a sipfrag body (fuzz/fuzz_xfer.c: 'f')
        { printf 'f'; cat "$f"; } >"$out/$name-sipfrag" ;;
    fuzz_uri) # the Request-URI of each request
        uri=$(head -n 1 "$f" | tr -d '\r' | awk '$1 !~ /^SIP\// { print $2 }')
        [ -n "$uri" ] && printf '%s' "$uri" >"$out/$name-ruri" ;;
    esac
done
exit 0
