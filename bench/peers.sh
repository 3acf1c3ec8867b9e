#!/usr/bin/env bash
# The documents end to end, and the same report typeset by the peers.
#
# jixiao: each layout's example rendered to PDF (process start to PDF on
# disk). Peers, on equivalent content: the report's document tree
# (`jixiao render --tree`) converted by bench/peers/convert.js into a Typst
# source and a XeLaTeX + ctex source, then
#   Typst   the Typst compiler from npm (@myriaddreamin/typst-ts-node-compiler),
#           one Node process per document, like `typst compile`;
#   XeLaTeX two runs, as a document with a 目录 needs.
# Peers are installed here (Debian packages by scripts/deps.sh bench, the npm
# package into build/peers), never by the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/jixiao}
PEERS_DIR=${PEERS_DIR:-$PWD/build/peers}
export PEERS_DIR
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# measured with the Debian fonts alone (Noto CJK, LXGW WenKai), whatever
# fonts/ holds; JIXIAO_FONTS=fonts measures with fonts/ (FandolFang)
export JIXIAO_FONTS=${JIXIAO_FONTS:-$work/debian-fonts-only}
bench/peers/install.sh

report=examples/003-zaozhuang-report-special-equipment.json
declare -A docs=(
    [report]=$report
    [selfeval-shanxi]=examples/000-jinzhong-quality-brand.json
    [selfeval-shandong]=examples/003-zaozhuang-selfeval-inspection.json
    [dept-selfeval]=examples/001-jinzhong-gongxin-department.json
)
echo "== jixiao render, per document (hyperfine, 20 runs each), peak RSS, pages"
for layout in report selfeval-shanxi selfeval-shandong dept-selfeval; do
    f=${docs[$layout]}
    "$BIN" render -l "$layout" -o "$work/$layout.pdf" "$f" 2>/dev/null
    pages=$(pdfinfo "$work/$layout.pdf" | awk '/^Pages:/ {print $2}')
    rss=$( { /usr/bin/time -f "%M" "$BIN" render -l "$layout" -o "$work/$layout.pdf" "$f" 2>&1 >/dev/null; } | tail -1)
    mean=$(hyperfine -N --warmup 3 --runs 20 --export-json "$work/h.json" "$BIN render -l $layout -o $work/$layout.pdf $f" >/dev/null 2>&1 &&
        node -e 'const r=require(process.argv[1]).results[0]; console.log((r.mean*1000).toFixed(1)+" ms ± "+(r.stddev*1000).toFixed(1))' "$work/h.json")
    echo "$layout ($f): $mean, $pages pages, peak RSS $((rss / 1024)) MB"
done
for layout in report selfeval-shandong; do
    f=${docs[$layout]}
    hyperfine -N --warmup 3 --runs 20 --export-json "$work/h.json" "$BIN render -l $layout -o $work/$layout.docx $f" >/dev/null 2>&1
    echo "$layout as DOCX: $(node -e 'const r=require(process.argv[1]).results[0]; console.log((r.mean*1000).toFixed(1)+" ms ± "+(r.stddev*1000).toFixed(1))' "$work/h.json"), $(stat -c %s "$work/$layout.docx") bytes"
done
"$BIN" render -l summary -o "$work/summary.pdf" examples/003-*.json 2>/dev/null
hyperfine -N --warmup 3 --runs 20 --export-json "$work/h.json" "$BIN render -l summary -o $work/summary.pdf $(echo examples/003-*.json)" >/dev/null 2>&1
echo "summary (13 inputs): $(node -e 'const r=require(process.argv[1]).results[0]; console.log((r.mean*1000).toFixed(1)+" ms")' "$work/h.json")"

echo
echo "== the same report: jixiao, Typst, XeLaTeX + ctex (one run of hyperfine, 10 runs each)"
"$BIN" render --tree "$report" 2>/dev/null >"$work/tree.json"
node bench/peers/convert.js "$work/tree.json" "$work/report.typ" "$work/report.tex"
cp "$work/report.tex" "$work/tex.tex"
node bench/peers/typst.js "$work/report.typ" "$work/typst.pdf"
(cd "$work" && xelatex -interaction=nonstopmode -halt-on-error tex.tex >/dev/null && xelatex -interaction=nonstopmode tex.tex >/dev/null)
echo "pages: jixiao $(pdfinfo "$work/report.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}'), Typst $(pdfinfo "$work/typst.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}'), XeLaTeX $(pdfinfo "$work/tex.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
hyperfine -N --warmup 2 --runs 10 --export-markdown "$work/peers.md" --export-json "$work/peers.json" \
    -n jixiao "$BIN render -l report -o $work/report.pdf $report" \
    -n typst "node bench/peers/typst.js $work/report.typ $work/typst.pdf" \
    -n xelatex "sh -c 'cd $work && xelatex -interaction=nonstopmode tex.tex >/dev/null && xelatex -interaction=nonstopmode tex.tex >/dev/null'" \
    >/dev/null 2>&1
cat "$work/peers.md"
node -e 'const r=require(process.argv[1]).results; const j=r[0].mean; for (const x of r.slice(1)) console.log(`jixiao is ${(x.mean/j).toFixed(1)}x faster than ${x.command}`)' "$work/peers.json"
echo "Node alone (node -e 0): $(hyperfine -N --runs 10 --export-json "$work/n.json" 'node -e 0' >/dev/null 2>&1 && node -e 'console.log((require(process.argv[1]).results[0].mean*1000).toFixed(1)+" ms")' "$work/n.json")"
ROUNDS=10 node bench/peers/typst.js "$work/report.typ" "$work/typst.pdf" | sed 's/^/Typst in one process, the same source again (its cache warm): /'
echo "peak RSS: jixiao $( { /usr/bin/time -f %M "$BIN" render -l report -o "$work/report.pdf" "$report" 2>&1 >/dev/null; } | tail -1) KiB," \
    "Typst $( { /usr/bin/time -f %M node bench/peers/typst.js "$work/report.typ" "$work/typst.pdf" 2>&1 >/dev/null; } | tail -1) KiB," \
    "XeLaTeX $( { cd "$work" && /usr/bin/time -f %M xelatex -interaction=nonstopmode tex.tex 2>&1 >/dev/null; } | tail -1) KiB (one run)"

echo
echo "== a batch of reports: the report 100 times, jixiao render --outdir (CPU time is user + system)"
mkdir -p "$work/reports" "$work/reports-out"
for i in $(seq 1 100); do cp "$report" "$work/reports/report$i.json"; done
for jobs in 1 2; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/rtime" "$BIN" render -l report --outdir "$work/reports-out" --jobs $jobs "$work"/reports/*.json 2>/dev/null
    read -r wall user sys rss <"$work/rtime"
    awk -v j=$jobs -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
        printf "--jobs %d: wall %.2f s, CPU %.2f s (user %.2f, system %.2f): %.0f reports per CPU-second, %.0f per second; peak RSS %.1f MB\n",
            j, w, u + s, u, s, 100 / (u + s), 100 / w, r / 1024 }'
done
echo "PDF size of the report: $(stat -c %s "$work/reports-out/report1.pdf") bytes"

echo
echo "== a batch: 200 inputs (the examples, repeated), jixiao render --outdir, each its default layout"
mkdir -p "$work/in" "$work/out"
examples=(examples/0*.json)
for i in $(seq 0 199); do cp "${examples[$((i % ${#examples[@]}))]}" "$work/in/doc$i.json"; done
for jobs in 1 2; do
    /usr/bin/time -f "--jobs $jobs: wall %e s, peak RSS %M KiB" "$BIN" render --outdir "$work/out" --jobs $jobs "$work"/in/doc*.json 2>&1 | tail -1
done
echo "pages in all: $(for f in "$work"/out/*.pdf; do pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'; done | awk '{s += $1} END {print s}')"
