#!/usr/bin/env bash
# 2,000 documents (the examples, repeated) through a manifest on this
# machine's cores: documents per second, peak memory, what keeping the
# state log costs, an unchanged rerun, and a resume after a kill halfway.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/jixiao}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export JIXIAO_FONTS=${JIXIAO_FONTS:-$work/debian-fonts-only}
mkdir -p "$work/in"
examples=(examples/0*.json)
for i in $(seq 0 1999); do
    src=${examples[$((i % ${#examples[@]}))]}
    cp "$src" "$work/in/doc$i.json"
    printf 'doc%04d\tin/doc%d.json\n' "$i" "$i"
done >"$work/m.tsv"
cores=$(nproc)
timed() { # LABEL N CMD...: wall, CPU and peak RSS of one run that renders N documents
    local label=$1 n=$2
    shift 2
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1 || true
    read -r wall user sys rss <"$work/t"
    awk -v l="$label" -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
        printf "%s: wall %.2f s, %.0f documents per second, CPU %.2f s, peak RSS %.1f MB\n", l, w, n / w, u + s, r / 1024 }'
}
echo "== 2,000 documents through a manifest, $cores cores"
timed "manifest, --jobs $cores (state log kept)" 2000 "$BIN" render --manifest "$work/m.tsv" --outdir "$work/out" --quiet
echo "pages in all: $(for f in "$work"/out/*.pdf; do pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'; done | awk '{s += $1} END {print s}')"
timed "the same files as a plain --outdir batch (no state log)" 2000 "$BIN" render --outdir "$work/plain" --quiet "$work"/in/doc*.json
timed "an unchanged rerun of the manifest (hash of each input and PDF)" 2000 "$BIN" render --manifest "$work/m.tsv" --outdir "$work/out" --quiet
rm -rf "$work/kill"
"$BIN" render --manifest "$work/m.tsv" --outdir "$work/kill" --quiet 2>/dev/null &
pid=$!
sleep 3
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
done_before=$(cat "$work/kill/.jixiao-state/"*.tsv | wc -l)
timed "resumed after SIGKILL at 3 s ($done_before already done)" $((2000 - done_before)) "$BIN" render --manifest "$work/m.tsv" --outdir "$work/kill" --quiet
if diff -r --exclude=.jixiao-state "$work/out" "$work/kill" >/dev/null; then echo "resumed run: the same files and bytes as the uninterrupted one"; else echo "resumed run DIFFERS"; fi
