#!/bin/sh
# Renders every example with every layout made for it, and the 汇总表 of
# the 003 inputs, into out/; prints what it wrote.
set -e
BIN=${1:-build/jixiao}
mkdir -p out
for f in examples/0*.json; do
    stem=$(basename "$f" .json)
    for layout in $("$BIN" layouts "$f" 2>/dev/null); do
        "$BIN" render -l "$layout" -o "out/$stem.$layout.pdf" "$f" 2>&1 | grep -v ': warning: ' || true
        [ -s "out/$stem.$layout.pdf" ] || { echo "demo: $f did not render with $layout" >&2; exit 1; }
    done
done
"$BIN" render -l summary -o out/003-summary.pdf examples/003-*.json 2>&1 | grep -v ': warning: ' || true
"$BIN" typeset -o out/typesetting.pdf examples/typesetting.json 2>&1 | grep -v ': warning: ' || true
echo "wrote out/typesetting.pdf"
