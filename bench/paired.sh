#!/usr/bin/env bash
# The report against Typst and against the floor, paired: ROUNDS rounds,
# each running in turn jixiao with its cache filled (a new process each
# time: a cold start that finds the faces' tables and compiled layouts of
# the run before), jixiao --no-cache, Typst and the floor, so that whatever
# else the machine does weighs on all alike. Prints the medians of wall and
# CPU time and the ratios. Fonts: those `make demo` leaves (fonts/,
# FandolFang as 仿宋) unless JIXIAO_FONTS says otherwise.
#   bench/paired.sh BIN FLOOR [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/jixiao}
FLOOR=${2:-build/bench_floor}
ROUNDS=${3:-30}
PEERS_DIR=${PEERS_DIR:-$PWD/build/peers}
export PEERS_DIR
export JIXIAO_FONTS=${JIXIAO_FONTS:-fonts}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
report=examples/003-zaozhuang-report-special-equipment.json
bench/peers/install.sh
"$BIN" render -o "$work/report.pdf" "$report" 2>/dev/null
qpdf --stream-data=uncompress --object-streams=disable "$work/report.pdf" "$work/uncompressed.pdf"
"$BIN" render --tree "$report" 2>/dev/null >"$work/tree.json"
node bench/peers/convert.js "$work/tree.json" "$work/report.typ" "$work/report.tex"
echo "fonts: $("$BIN" fonts 2>/dev/null | head -5 | sed -E 's/^([a-z]+) +[^(]*\(([^)]*)\).*/\1 \2/' | paste -sd ',' -)"
echo "report: $(pdfinfo "$work/report.pdf" | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$work/report.pdf") bytes; streams uncompressed $(stat -c %s "$work/uncompressed.pdf") bytes"
/usr/bin/python3 bench/paired.py "$ROUNDS" "jixiao=$BIN render -o $work/r.pdf $report" \
    "nocache=$BIN render --no-cache -o $work/n.pdf $report" "typst=node bench/peers/typst.js $work/report.typ $work/typst.pdf" "floor=$FLOOR $work/uncompressed.pdf $work/floor.out" >"$work/medians"
read -r _ jw jc < <(grep '^jixiao ' "$work/medians")
read -r _ nw nc < <(grep '^nocache ' "$work/medians")
read -r _ tw tc < <(grep '^typst ' "$work/medians")
read -r _ fw fc < <(grep '^floor ' "$work/medians")
echo "$ROUNDS paired rounds, medians (wall / CPU, ms): jixiao $jw / $jc, jixiao --no-cache $nw / $nc, Typst $tw / $tc, floor $fw / $fc"
ratios() { # LABEL WALL CPU
    awk -v l="$1" -v jw="$2" -v jc="$3" -v tw="$tw" -v tc="$tc" -v fw="$fw" -v fc="$fc" 'BEGIN {
        printf "%s: %.1fx faster than Typst (wall), %.1fx (CPU); %.2fx the floor (wall), %.2fx (CPU)\n", l, tw / jw, tc / jc, jw / fw, jc / fc }'
}
ratios "jixiao, cache filled" "$jw" "$jc"
ratios "jixiao --no-cache" "$nw" "$nc"
echo "peak RSS: jixiao $( { /usr/bin/time -f %M "$BIN" render -o "$work/r.pdf" "$report" 2>&1 >/dev/null; } | tail -1) KiB"
