#!/usr/bin/env bash
# expect_error.sh FSMC SPEC: `fsmc --check SPEC` must exit 1 and print on
# stderr exactly the lines given in SPEC's `# expect: ` comments. Run from
# tests/fsmc so the file names in the messages are bad/<name>.fsm.
set -uo pipefail
fsmc=$1 spec=$2
expected=$(sed -n 's/^# expect: //p' "$spec")
[ -n "$expected" ] || { echo "$spec has no '# expect: ' line" >&2; exit 1; }
got=$("$fsmc" --check "$spec" 2>&1 >/dev/null)
rc=$?
if [ $rc -ne 1 ] || [ "$got" != "$expected" ]; then
    echo "fsmc --check $spec: exit $rc (want 1)"
    echo "--- expected"; echo "$expected"
    echo "--- got"; echo "$got"
    exit 1
fi
echo "$got"
