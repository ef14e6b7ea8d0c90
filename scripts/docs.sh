#!/usr/bin/env bash
# Builds the generated documentation:
#   gen/fsm_<name>.dot -> docs/fsm/<name>.svg   (Graphviz)
#   gen/fsm_<name>.md  -> docs/fsm/<name>.md    (transition table)
# gen/ is kept in sync with fsm/ by `make regen` (checked by `make check`).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dot >/dev/null || { echo "docs: 'dot' not found (run scripts/deps.sh check)" >&2; exit 1; }

mkdir -p docs/fsm
for src in gen/fsm_*.dot; do
    [ -e "$src" ] || continue
    name=$(basename "$src" .dot)
    name=${name#fsm_}
    dot -Tsvg "$src" -o "docs/fsm/$name.svg"
    cp "gen/fsm_$name.md" "docs/fsm/$name.md"
    echo "docs: docs/fsm/$name.svg docs/fsm/$name.md"
done
