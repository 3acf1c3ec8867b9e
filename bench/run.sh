#!/usr/bin/env bash
# Measures the scoring pass: 1,000 example files scored by one process each
# (what a batch does today), per-file time, and peak memory. Writes the
# figures to stdout; bench/RESULTS.md records them with machine and date.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/jixiao}
HARNESS=${2:-build/bench_score}
scripts/deps.sh bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# measured with the Debian fonts alone (Noto CJK, LXGW WenKai), whatever
# fonts/ holds; JIXIAO_FONTS=fonts measures with fonts/ (FandolFang)
export JIXIAO_FONTS=${JIXIAO_FONTS:-$work/debian-fonts-only}
examples=(examples/0*.json)
for i in $(seq 0 999); do
    cp "${examples[$((i % ${#examples[@]}))]}" "$work/doc$i.json"
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "date: $(date -u +%Y-%m-%d)"
echo
echo "== 1,000 files, one 'jixiao score' process per file"
start=$(date +%s%N)
for f in "$work"/doc*.json; do "$BIN" score "$f" >/dev/null 2>&1; done
end=$(date +%s%N)
echo "total $(( (end - start) / 1000000 )) ms, $(( (end - start) / 1000000000 )).$(( (end - start) / 1000000 % 1000 )) s; per file $(( (end - start) / 1000 / 1000 )) us"
echo
echo "== 1,000 files, one 'jixiao check' process for all"
/usr/bin/time -f "wall %e s, peak RSS %M KiB" "$BIN" check "$work"/doc*.json 2>&1 >/dev/null | tail -1
echo
echo "== in-process load + score, 1,000 rounds per example (bench/bench_score.c)"
/usr/bin/time -f "peak RSS %M KiB" "$HARNESS" examples/0*.json
echo
echo "== per document (hyperfine), largest example"
largest=$(ls -S examples/0*.json | head -1)
hyperfine -N --warmup 20 --runs 200 --export-markdown "$work/h.md" "$BIN score $largest" >/dev/null 2>&1 && cat "$work/h.md"
echo
echo "== in-process cost of load + score (callgrind instructions, largest example)"
if command -v valgrind >/dev/null; then
    valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$BIN" score "$largest" >/dev/null 2>"$work/cg.log" || true
    grep -o "Collected : [0-9]*" "$work/cg.log" || true
fi

echo
echo "== typesetting the proof document (examples/typesetting.json)"
doc=examples/typesetting.json
"$BIN" typeset -o "$work/t.pdf" "$doc"
pages=$(pdfinfo "$work/t.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
echo "pages: $pages, PDF size: $(stat -c %s "$work/t.pdf") bytes"
/usr/bin/time -f "to PDF: wall %e s, peak RSS %M KiB" "$BIN" typeset -o "$work/t.pdf" "$doc"
/usr/bin/time -f "layout only (fonts opened, text dump): wall %e s, peak RSS %M KiB" "$BIN" typeset --dump "$doc" >/dev/null
hyperfine -N --warmup 3 --runs 20 --export-markdown "$work/t.md" \
    "$BIN fonts" "$BIN typeset --dump $doc" "$BIN typeset -o $work/t.pdf $doc" >/dev/null 2>&1 && cat "$work/t.md"

echo
echo "== the report, phase by phase (bench/bench_phases.c: 50 rounds in one process, faces opened once)"
report=examples/003-zaozhuang-report-special-equipment.json
PHASES=${3:-build/bench_phases}
"$PHASES" "$report" report "$JIXIAO_FONTS" "$work/phases.pdf" 50
if command -v valgrind >/dev/null; then
    valgrind --tool=callgrind --callgrind-out-file="$work/cgp" "$BIN" render -l report -o "$work/cg.pdf" "$report" >/dev/null 2>&1 || true
    total=$(callgrind_annotate "$work/cgp" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
    echo "instructions of one 'jixiao render' of the report: $total; inside it:"
    callgrind_annotate --inclusive=yes "$work/cgp" 2>/dev/null |
        grep -E " (src/fonts/subset.c:jx_subset_make|\?\?\?:libdeflate_zlib_compress|src/engine/flow.c:jx_typeset|src/fonts/fontset.c:jx_fontset_open|src/pipeline/pipeline.c:jx_load_scored|src/pipeline/pipeline.c:jx_shelf_open|\?\?\?:HPDF_SaveToStream) " |
        sed -E 's/^ *([0-9,]+) \( *([0-9.]+)%\) +(.*)/  \2 %  \3/' | sort -u
fi

echo
echo "== workbooks: the largest example as .xlsx (export, import, score from it)"
big=$(ls -S examples/0*.json | head -1)
"$BIN" export "$big" -o "$work/big.xlsx" 2>/dev/null
echo "$big: $(stat -c %s "$big") bytes of JSON, $(stat -c %s "$work/big.xlsx") bytes of workbook"
hyperfine -N --warmup 3 --runs 30 --export-markdown "$work/x.md" "$BIN score $big" "$BIN score $work/big.xlsx" \
    "$BIN import $work/big.xlsx -o $work/big.json" "$BIN export $big -o $work/again.xlsx" >/dev/null 2>&1 && cat "$work/x.md"
/usr/bin/time -f "import: peak RSS %M KiB" "$BIN" import "$work/big.xlsx" -o "$work/big.json" 2>&1 | tail -1
