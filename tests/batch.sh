#!/bin/sh
# Batches from a manifest: shards, resume after kills, reruns, bad lines,
# the 汇总表 of a whole run, the GNU parallel recipe of docs/batch.md and
# the progress line. Prints PASS/FAIL lines for tests/run.sh.
# Usage: tests/batch.sh BIN TMPDIR
set -u
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
T=$2
rm -rf "$T" && mkdir -p "$T/in"
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1${2:+: $2}"; }
same_pdfs() { # DIR DIR: the same PDFs, byte for byte
    diff -r --exclude=.jixiao-state "$1" "$2" >/dev/null 2>&1
}

cp examples/0*.json "$T/in/"
{
    printf 'id\tinput\tlayout\toutput\n'
    i=0
    for f in "$T"/in/*.json; do
        i=$((i + 1))
        printf 'doc%02d\tin/%s\n' "$i" "$(basename "$f")"
    done
} >"$T/m.tsv"
n=$(grep -c '^doc' "$T/m.tsv")

# --- one run, then four shards into another folder: the same files and bytes
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/one" 2>"$T/err"
st=$?
if [ $st = 0 ] && [ "$(ls "$T/one" | wc -l)" = "$n" ] && tail -1 "$T/err" | grep -q "$n rendered, 0 unchanged, 0 failed of $n documents"; then
    pass "a manifest of $n documents: each written as DIR/<id>.pdf"
else fail "a manifest run" "exit $st: $(tail -2 "$T/err")"; fi
for k in 0 1 2 3; do "$BIN" render --manifest "$T/m.tsv" --outdir "$T/four" --shard $k/4 2>/dev/null; done
if same_pdfs "$T/one" "$T/four"; then pass "four shards write exactly the files and bytes of one run"; else
    fail "four shards differ from one run" "$(diff -rq --exclude=.jixiao-state "$T/one" "$T/four" | head -3)"; fi

# --- an unchanged rerun does nothing and says so; over the shards' logs too
before=$(ls -l --time-style=full-iso "$T/four" | md5sum)
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/four" 2>"$T/err"
if [ $? = 0 ] && grep -q "nothing to do: the $n documents of .* are unchanged" "$T/err" && [ "$before" = "$(ls -l --time-style=full-iso "$T/four" | md5sum)" ]; then
    pass "an unchanged rerun renders nothing and says so"
else fail "an unchanged rerun" "$(tail -2 "$T/err")"; fi

# --- a changed input is redone, the others not; a deleted PDF is redone
first=$(ls "$T"/in/*.json | head -1)
sed -i 's/"name": "/"name": "新/' "$first"
rm "$T/four/doc02.pdf"
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/four" 2>"$T/err"
if grep -q "2 rendered, $((n - 2)) unchanged, 0 failed" "$T/err" && grep -q "wrote .*doc01.pdf" "$T/err" && grep -q "wrote .*doc02.pdf" "$T/err"; then
    pass "a changed input and a deleted PDF are redone, nothing else"
else fail "changed input" "$(tail -3 "$T/err")"; fi
cp "examples/$(basename "$first")" "$first"

# --- a changed layout file: with each input's default layout (chosen among
# all the folder's files) every document is redone; with the layout named
# on each line, only the documents naming the changed one
cp -r layouts "$T/layouts"
"$BIN" render --layouts "$T/layouts" --manifest "$T/m.tsv" --outdir "$T/lay" 2>/dev/null
sed -i 's/"description": "/"description": "改 /' "$T/layouts/report.json"
"$BIN" render --layouts "$T/layouts" --manifest "$T/m.tsv" --outdir "$T/lay" 2>"$T/err"
if grep -q "$n rendered, 0 unchanged" "$T/err"; then pass "a changed layout file: every document using the folder's choice redone"; else
    fail "changed layout (folder's choice)" "$(tail -1 "$T/err")"; fi
while IFS="$(printf '\t')" read -r id input; do
    case $id in doc*) printf '%s\t%s\t%s\n' "$id" "$input" "$("$BIN" layouts --layouts "$T/layouts" "$T/$input" | head -1)" ;; esac
done <"$T/m.tsv" >"$T/named.tsv"
named=$(grep -c "	report$" "$T/named.tsv")
"$BIN" render --layouts "$T/layouts" --manifest "$T/named.tsv" --outdir "$T/lay2" 2>/dev/null
sed -i 's/"description": "改 /"description": "/' "$T/layouts/report.json"
"$BIN" render --layouts "$T/layouts" --manifest "$T/named.tsv" --outdir "$T/lay2" 2>"$T/err"
if [ "$named" -gt 0 ] && grep -q "$named rendered, $((n - named)) unchanged, 0 failed" "$T/err"; then
    pass "a changed layout file: only the $named documents naming it redone"
else fail "changed layout (named)" "$(tail -1 "$T/err")"; fi

# --- a bad line and a bad input: reported with their line, the others written, exit 1
cp "$T/m.tsv" "$T/bad.tsv"
printf 'broken\t%s/tests/bad/syntax-bad-escape.json\nabsent\tin/no-such.json\n' "$PWD" >>"$T/bad.tsv"
"$BIN" render --manifest "$T/bad.tsv" --outdir "$T/bad" 2>"$T/err"
st=$?
if [ $st = 1 ] && grep -q "bad.tsv:$((n + 2)):1: error: broken: not rendered" "$T/err" &&
    grep -q "bad.tsv:$((n + 3)):1: error: absent: not rendered" "$T/err" && grep -q "syntax-bad-escape.json:1:19: error" "$T/err" &&
    [ "$(ls "$T/bad"/*.pdf | wc -l)" = "$n" ]; then
    pass "bad inputs in a manifest: each reported at its line, the others written, exit 1"
else fail "bad inputs in a manifest" "exit $st: $(tail -4 "$T/err")"; fi
"$BIN" render --manifest "$T/bad.tsv" --outdir "$T/bad" 2>"$T/err"
if grep -q "0 rendered, $n unchanged, 2 failed" "$T/err"; then pass "a rerun tries the failed documents again, skips the rest"; else
    fail "rerun after failures" "$(tail -1 "$T/err")"; fi

# --- killed at random moments, then resumed: the same as a run never killed
ok=1
for seed in 1 2 3 4; do
    rm -rf "$T/kill"
    "$BIN" render --manifest "$T/m.tsv" --outdir "$T/kill" --jobs 2 2>/dev/null &
    pid=$!
    sleep "0.0$((seed * 2))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    "$BIN" render --manifest "$T/m.tsv" --outdir "$T/kill" 2>"$T/err" || { ok=0; fail "resume after SIGKILL (seed $seed)" "$(tail -1 "$T/err")"; }
    same_pdfs "$T/one" "$T/kill" || { ok=0; fail "resume after SIGKILL (seed $seed)" "$(diff -rq --exclude=.jixiao-state "$T/one" "$T/kill" | head -2)"; }
    [ -z "$(find "$T/kill" -name '.*' -type f)" ] || { ok=0; fail "resume after SIGKILL (seed $seed): files left" "$(find "$T/kill" -name '.*' -type f | head -2)"; }
done
[ $ok = 1 ] && pass "killed at four moments and resumed: the same files and bytes as an uninterrupted run"

# --- the 汇总表 of the whole manifest, without rendering its documents
"$BIN" render --manifest "$T/m.tsv" -l summary -o "$T/summary-m.pdf" 2>/dev/null
(cd "$T" && "$BIN" render -l summary -o summary-f.pdf in/*.json 2>/dev/null) || true
if [ -s "$T/summary-m.pdf" ] && pdftotext "$T/summary-m.pdf" - 2>/dev/null | grep -q "汇总表" &&
    [ "$(pdftotext "$T/summary-m.pdf" - | md5sum)" = "$(pdftotext "$T/summary-f.pdf" - | md5sum)" ]; then
    pass "render --manifest -l summary: the 汇总表 of every document, as from the files"
else fail "the 汇总表 from a manifest"; fi

# --- the GNU parallel recipe of docs/batch.md
if command -v parallel >/dev/null; then
    parallel --will-cite "$BIN" render --manifest "$T/m.tsv" --outdir "$T/par" --shard {}/4 --quiet ::: 0 1 2 3 >"$T/err" 2>&1
    if same_pdfs "$T/one" "$T/par" && ! grep -q "error\|wrote\|\[[0-9]" "$T/err"; then pass "GNU parallel over four shards: the files of one run"; else
        fail "GNU parallel recipe" "$(head -2 "$T/err")"; fi
else fail "GNU parallel recipe" "parallel is not installed (scripts/deps.sh test installs it)"; fi

# --- progress: a line redrawn on a terminal, none otherwise or with --quiet
if command -v script >/dev/null; then
    rm -rf "$T/tty"
    script -qec "$BIN render --manifest $T/m.tsv --outdir $T/tty" /dev/null >"$T/tty.out" 2>&1
    if grep -q "\[$n/$n\] 0 failed" "$T/tty.out" && ! grep -q "wrote" "$T/tty.out"; then pass "on a terminal: a progress line instead of a line per document"; else
        fail "progress on a terminal" "$(tr '\r' '\n' <"$T/tty.out" | tail -3)"; fi
fi
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/q" --quiet 2>"$T/err"
if ! grep -q "wrote\|\[[0-9]" "$T/err" && tail -1 "$T/err" | grep -q "^jixiao: $n rendered"; then pass "--quiet: diagnostics and the closing line only"; else
    fail "--quiet" "$(grep -v warning "$T/err" | head -2)"; fi

# --- what a rerun must not take for done: a replaced image a layout draws,
# a PDF cut short, a log line without an output hash, a link planted where
# a PDF was; and what it must not follow: a link planted as the state folder
mkdir -p "$T/img/layouts" "$T/img/inputs"
cp tests/layouts/image-right.json "$T/img/layouts/"
cp tests/inputs/seal.png "$T/img/inputs/"
printf 'id\tinput\tlayout\toutput\nseal\t%s\t%s\n' "$PWD/examples/000-jinzhong-quality-brand.json" "$T/img/layouts/image-right.json" >"$T/img/m.tsv"
"$BIN" render --manifest "$T/img/m.tsv" --outdir "$T/img/out" 2>/dev/null
cp tests/inputs/logo.jpg "$T/img/inputs/seal.png"
"$BIN" render --manifest "$T/img/m.tsv" --outdir "$T/img/out" 2>"$T/err"
if grep -q "1 rendered, 0 unchanged" "$T/err"; then pass "a replaced image a layout draws: its documents redone"; else
    fail "a replaced image" "$(tail -1 "$T/err")"; fi
head -c 2000 "$T/one/doc03.pdf" >"$T/cut.pdf" && cp "$T/cut.pdf" "$T/one/doc03.pdf"
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/one" 2>"$T/err"
if grep -q "1 rendered, $((n - 1)) unchanged" "$T/err" && grep -q "wrote .*doc03.pdf" "$T/err"; then pass "a PDF cut short: redone"; else
    fail "a PDF cut short" "$(tail -1 "$T/err")"; fi
log="$T/one/.jixiao-state/all.tsv"
awk -F '\t' 'BEGIN { OFS = "\t" } $1 == "doc04" { $4 = "0000000000000000" } { print }' "$log" >"$log.new" && mv "$log.new" "$log"
rm "$T/one/doc04.pdf"
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/one" 2>"$T/err"
if grep -q "wrote .*doc04.pdf" "$T/err"; then pass "a log line with no output hash and a deleted PDF: redone"; else
    fail "output hash 0" "$(tail -1 "$T/err")"; fi
rm "$T/one/doc05.pdf" && ln -s /dev/null "$T/one/doc05.pdf"
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/one" 2>"$T/err"
if [ -f "$T/one/doc05.pdf" ] && [ ! -L "$T/one/doc05.pdf" ] && grep -q "wrote .*doc05.pdf" "$T/err"; then
    pass "a link planted where a PDF was: not taken for it, replaced by the PDF"
else fail "a planted link" "$(tail -1 "$T/err")"; fi
# a record cut short by a kill does not swallow the next one
printf 'doc06\t0123' >>"$log"
rm "$T/one/doc06.pdf"
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/one" 2>/dev/null
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/one" 2>"$T/err"
if grep -q "nothing to do" "$T/err"; then pass "a log line cut short: the next record kept on a line of its own"; else
    fail "a cut log line" "$(tail -1 "$T/err")"; fi
mkdir -p "$T/planted" "$T/elsewhere" && ln -s "$T/elsewhere" "$T/planted/.jixiao-state"
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/planted" 2>"$T/err"
st=$?
if [ $st != 0 ] && grep -q "is not a folder of this output folder" "$T/err" && [ -z "$(ls "$T/elsewhere")" ]; then
    pass "a link planted as the state folder: refused, nothing written through it"
else fail "a planted state folder" "exit $st: $(tail -1 "$T/err")"; fi
# temporary files of a writer killed between writing and renaming: removed
touch "$T/one/.jxtmp-999999999-123456"
"$BIN" render --manifest "$T/m.tsv" --outdir "$T/one" 2>/dev/null
if [ ! -e "$T/one/.jxtmp-999999999-123456" ]; then pass "a killed writer's temporary file: removed by the next run"; else
    fail "a killed writer's temporary file is left"; fi

# --- asked to stop (SIGTERM): no new document, none half-written, exit 143;
# a rerun finishes the rest; --status says when all are done
slow="$T/slow.tsv"
{ printf 'id\tinput\n'; for i in $(seq 1 400); do printf 's%03d\t%s\n' "$i" "$PWD/examples/003-zaozhuang-report-special-equipment.json"; done; } >"$slow"
"$BIN" render --manifest "$slow" --outdir "$T/term" --quiet --jobs 1 2>"$T/term.err" &
pid=$!
sleep 0.5
kill -TERM $pid
wait $pid
st=$?
done_now=$(ls "$T/term" | grep -c '\.pdf$')
if [ $st = 143 ] && grep -q "stopped by signal 15" "$T/term.err" && [ "$done_now" -lt 400 ] && [ -z "$(find "$T/term" -name '.jxtmp*')" ]; then
    pass "SIGTERM: the batch stops taking documents, leaves none half-written, exits 143"
else fail "SIGTERM" "exit $st, $done_now written: $(tail -1 "$T/term.err")"; fi
"$BIN" render --manifest "$slow" --outdir "$T/term" --status 2>"$T/err"
st=$?
if [ $st = 1 ] && grep -q "$done_now of 400 documents of .* done" "$T/err"; then pass "--status before the batch is done: exit 1, how many are"; else
    fail "--status (not done)" "exit $st: $(tail -1 "$T/err")"; fi
"$BIN" render --manifest "$slow" --outdir "$T/term" --quiet 2>/dev/null
"$BIN" render --manifest "$slow" --outdir "$T/term" --status 2>"$T/err"
if [ $? = 0 ] && grep -q "400 of 400 documents" "$T/err"; then pass "--status once every document is done: exit 0"; else
    fail "--status (done)" "$(tail -1 "$T/err")"; fi

# --- a manifest saved by Notepad (a byte-order mark) reads; a NUL in a field is refused at its column
printf '\357\273\277id\tinput\nbom\t%s\n' "$PWD/examples/000-jinzhong-quality-brand.json" >"$T/bom.tsv"
"$BIN" render --manifest "$T/bom.tsv" --outdir "$T/bom" --quiet 2>"$T/err"
if [ $? = 0 ] && [ -f "$T/bom/bom.pdf" ]; then pass "a manifest with a byte-order mark"; else fail "a manifest with a byte-order mark" "$(head -2 "$T/err")"; fi
printf 'id\tinput\nn\000ul\t%s\n' "$PWD/examples/000-jinzhong-quality-brand.json" >"$T/nul.tsv"
"$BIN" render --manifest "$T/nul.tsv" --outdir "$T/nul" 2>"$T/err"
st=$?
if [ $st = 3 ] && grep -q "nul.tsv:2:2: error: a NUL byte" "$T/err"; then pass "a NUL in a manifest field: refused at its column, exit 3"; else
    fail "a NUL in a manifest" "exit $st: $(head -2 "$T/err")"; fi

# --- a document whose input turns bad loses its old PDF (the log says failed)
cp examples/000-jinzhong-quality-brand.json "$T/turns.json"
printf 'id\tinput\nturns\t%s\n' "$T/turns.json" >"$T/turns.tsv"
"$BIN" render --manifest "$T/turns.tsv" --outdir "$T/turns" --quiet 2>/dev/null
printf '{' >"$T/turns.json"
"$BIN" render --manifest "$T/turns.tsv" --outdir "$T/turns" --quiet 2>"$T/err"
st=$?
if [ $st = 1 ] && [ ! -e "$T/turns/turns.pdf" ]; then pass "an input turned bad: exit 1, its old PDF removed"; else
    fail "an input turned bad" "exit $st; $(ls "$T/turns")"; fi
