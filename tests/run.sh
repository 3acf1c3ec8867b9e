#!/usr/bin/env bash
# Runs the unit tests and every tests/cli/*.t spec file; prints
# "N passed, N failed" last. Spec files hold cases of this form:
#
#   $ check tests/bad/x.json        arguments to jixiao (a trailing "< FILE" feeds stdin)
#   ? 1                             expected exit status
#   ! file:1:2: error: ...          expected stderr, line by line, exactly
#   > 名称 ...                      expected stdout, line by line, exactly
#
# Lines starting with "#" and blank lines are ignored. `tests/run.sh --bless
# FILE.t` rewrites FILE.t with the output the program gives now, for review.
set -u
cd "$(dirname "$0")/.."
BIN=${BIN:-build/jixiao}
UNIT=${UNIT:-build/unit_tests}
WRAP=${WRAP:-}
# the goldens are made with the Debian fonts alone, whatever fonts/ holds
export JIXIAO_FONTS=tests/no-fonts
pass=0
fail=0
skipped=""
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the run's own cache folder: the suite fills it and then reads from it,
# whatever the user's holds
export XDG_CACHE_HOME="$tmp/cache"

report() { # status name [detail file]
    if [ "$1" = PASS ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $2"
        [ -n "${3:-}" ] && sed 's/^/    /' "$3"
    fi
}

run_case() { # file line args
    local args=$3 input=/dev/null
    if [[ $args == *" < "* ]]; then
        input=${args##* < }
        args=${args% < *}
    fi
    # shellcheck disable=SC2086
    $WRAP "$BIN" $args <"$input" >"$tmp/out" 2>"$tmp/err"
    echo $? >"$tmp/rc"
}

check_case() { # file line args
    run_case "$@"
    local diff="$tmp/diff"
    : >"$diff"
    if [ "$(cat "$tmp/rc")" != "$(cat "$tmp/want_rc")" ]; then
        echo "exit $(cat "$tmp/rc"), expected $(cat "$tmp/want_rc")" >>"$diff"
    fi
    diff "$tmp/want_err" "$tmp/err" | sed 's/^/stderr /' >>"$diff"
    diff "$tmp/want_out" "$tmp/out" | sed 's/^/stdout /' >>"$diff"
    if [ -s "$diff" ]; then report FAIL "$1:$2: jixiao $3" "$diff"; else report PASS; fi
}

bless() { # file
    local f=$1 out="$tmp/blessed"
    : >"$out"
    while IFS= read -r line; do
        case $line in
        '$ '*)
            echo "$line" >>"$out"
            run_case "$f" 0 "${line#\$ }"
            echo "? $(cat "$tmp/rc")" >>"$out"
            sed 's/^/! /' "$tmp/err" >>"$out"
            sed 's/^/> /' "$tmp/out" >>"$out"
            ;;
        '? '* | '! '* | '> '* | '!' | '>') ;;
        *) echo "$line" >>"$out" ;;
        esac
    done <"$f"
    cp "$out" "$f"
}

if [ "${1:-}" = --bless ]; then
    shift
    for f in "$@"; do bless "$f"; done
    exit 0
fi

tests/gen-hostile.sh build/hostile

# The fault and batch scripts are the slowest and stand alone: they run
# beside the rest (not under valgrind, whose pace makes their kills
# meaningless), their lines read where they are reported.
if [ -z "$WRAP" ]; then
    tests/faults.sh "$BIN" "$tmp/faults" >"$tmp/faults.out" 2>&1 &
    faults_pid=$!
    tests/batch.sh "$BIN" "$tmp/batch-manifest" >"$tmp/batch.out" 2>&1 &
    batch_pid=$!
fi

# unit and API tests: one PASS/FAIL line each
API=${API:-build/api_tests}
for prog in "$UNIT" "$API"; do
    [ -x "$prog" ] || continue
    $WRAP "$prog" examples/*.json >"$tmp/unit" 2>&1
    unit_rc=$?
    while read -r status name; do
        case $status in
        PASS) report PASS ;;
        FAIL) report FAIL "$(basename "$prog"): $name" ;;
        esac
    done <"$tmp/unit"
    [ $unit_rc -ne 0 ] && ! grep -q '^FAIL' "$tmp/unit" && report FAIL "$prog exited $unit_rc" "$tmp/unit"
done

# the include graph follows the pipeline's direction, and the check can fail:
# an offence is found however the #include is spelt
if scripts/check-includes.py >"$tmp/diff" 2>&1; then report PASS; else report FAIL "scripts/check-includes.py" "$tmp/diff"; fi
for spelling in '#include "layout/bind.h"' '#include "layout/bind.h" /* comment */' '#  include  "layout/bind.h"' \
    '#include "../layout/bind.h"' '#include <layout/bind.h>'; do
    rm -rf "$tmp/bad-includes" && mkdir -p "$tmp/bad-includes/scripts" && cp -r src include "$tmp/bad-includes/" &&
        cp scripts/check-includes.py "$tmp/bad-includes/scripts/" && printf '%s\n' "$spelling" >>"$tmp/bad-includes/src/engine/para.c"
    if "$tmp/bad-includes/scripts/check-includes.py" >"$tmp/diff" 2>&1; then
        report FAIL "check-includes misses engine/ including layout/ as: $spelling" "$tmp/diff"
    elif grep -q '^src/engine/para.c: includes layout/, which engine/ may not$' "$tmp/diff"; then report PASS; else
        report FAIL "check-includes: its message for $spelling" "$tmp/diff"; fi
done

# each fuzz target over its committed corpus and the fuzzer's crash reproducers
replay() { # target files...
    local target=$1
    shift
    [ -x "${REPLAY}$target" ] || return
    if $WRAP "${REPLAY}$target" "$@" >"$tmp/replay" 2>&1; then report PASS; else report FAIL "fuzz target $target: replay" "$tmp/replay"; fi
}
if [ -n "${REPLAY:-}" ]; then
    shopt -s nullglob
    replay pipeline tests/bad/*.json tests/inputs/*.json examples/*.json layouts/*.json tests/layouts/*.json \
        tests/fuzz/regressions/pipeline-*
    replay image tests/fuzz/corpus/images/* tests/fuzz/regressions/image-*
    replay font tests/fuzz/corpus/fonts/* tests/fuzz/regressions/font-*
    replay workbook tests/workbooks/*.xlsx tests/fuzz/regressions/workbook-*
    shopt -u nullglob
fi

# The cache: the same output with it and without, damaged entries ignored
# (tests/cache.sh, natively even under valgrind); then the compiled
# layouts it kept and mutants of them through the fuzz target.
tests/cache.sh "$BIN" "$tmp/cachetest" ${JIXIAO_ALL_CHECKS:+all} >"$tmp/cache.out" 2>&1
while IFS= read -r line; do
    case $line in
    PASS*) report PASS ;;
    FAIL*) echo "$line" >"$tmp/diff"; report FAIL "tests/cache.sh: ${line#FAIL }" "$tmp/diff" ;;
    esac
done <"$tmp/cache.out"
shopt -s nullglob
[ -n "${REPLAY:-}" ] && replay compiled "$tmp/cachetest/compiled"/* tests/fuzz/regressions/compiled-*
shopt -u nullglob

# the layout error cases in layouts.t write to build/never.pdf, which must not appear
mkdir -p build && rm -f build/never.pdf
for f in tests/cli/*.t; do
    n=0 args="" start=0
    while IFS= read -r line || [ -n "$line" ]; do
        n=$((n + 1))
        case $line in
        '$ '*)
            [ -n "$args" ] && check_case "$f" "$start" "$args"
            args=${line#\$ } start=$n
            : >"$tmp/want_err"
            : >"$tmp/want_out"
            echo 0 >"$tmp/want_rc"
            ;;
        '? '*) echo "${line#\? }" >"$tmp/want_rc" ;;
        '! '*) printf '%s\n' "${line#! }" >>"$tmp/want_err" ;;
        '!') echo >>"$tmp/want_err" ;;
        '> '*) printf '%s\n' "${line#> }" >>"$tmp/want_out" ;;
        '>') echo >>"$tmp/want_out" ;;
        esac
    done <"$f"
    [ -n "$args" ] && check_case "$f" "$start" "$args"
done
if [ -e build/never.pdf ]; then
    echo "a render that failed left build/never.pdf behind" >"$tmp/diff"
    report FAIL "nothing written on error" "$tmp/diff"
else
    report PASS
fi

# published figures of the seeds, typed from the documents (tests/published.tsv)
# (tabs become \037 first: read would merge consecutive tabs, losing empty fields)
while IFS=$'\037' read -r example path score rate _; do
    case $example in '#'* | '') continue ;; esac
    json="$tmp/$example.json"
    [ -f "$json" ] || $WRAP "$BIN" score --json "examples/$example.json" >"$json" 2>/dev/null
    case $path in
    total) got=$(sed -n 's/^  "total":\(.*\),$/\1/p' "$json") got_rate="" ;;
    grade) got=$(sed -n 's/^  "grade":"\(.*\)",$/\1/p' "$json") got_rate="" ;;
    *'#ratio')
        want_path="\"${path%#ratio}\""
        want_path=${want_path//\//\",\"}
        got=$(grep -F "\"path\":[$want_path]," "$json" | head -1 | sed -n 's/.*"ratio":\([^,]*\),.*/\1/p')
        got_rate=""
        ;;
    *)
        want_path="\"${path//\//\",\"}\""
        line=$(grep -F "\"path\":[$want_path]," "$json" | head -1)
        got=$(echo "$line" | sed -n 's/.*"score":\([^,]*\),.*/\1/p')
        got_rate=$(echo "$line" | sed -n 's/.*"rate":\([^,]*\),.*/\1/p')
        ;;
    esac
    if [ "$got" = "$score" ] && { [ -z "$rate" ] || [ "$got_rate" = "$rate" ]; }; then
        report PASS
    else
        echo "published $example $path: want $score ${rate:+($rate%)}, got ${got:-nothing} ${got_rate:+($got_rate%)}" >"$tmp/diff"
        report FAIL "tests/published.tsv: $example $path" "$tmp/diff"
    fi
done < <(tr '\t' '\037' <tests/published.tsv)

# PDF output: structure (qpdf), fonts embedded and subset with ToUnicode
# (pdffonts), and the extracted text equal to the laid-out text (pdftotext).
for doc in examples/typesetting.json tests/inputs/doc-image.json tests/inputs/doc-page-options.json; do
    pdf="$tmp/$(basename "$doc" .json).pdf"
    if ! $WRAP "$BIN" typeset -o "$pdf" "$doc" >"$tmp/diff" 2>&1; then
        report FAIL "typeset $doc" "$tmp/diff"
        continue
    fi
    if qpdf --check "$pdf" >"$tmp/diff" 2>&1; then report PASS; else report FAIL "qpdf --check $doc" "$tmp/diff"; fi
    # same input, same bytes: no clock, randomness or addresses in the file
    "$BIN" typeset -o "$tmp/again.pdf" "$doc" 2>/dev/null
    if cmp -s "$pdf" "$tmp/again.pdf"; then report PASS; else echo "two runs differ" >"$tmp/diff"; report FAIL "reproducible PDF $doc" "$tmp/diff"; fi
    pdffonts "$pdf" 2>/dev/null | awk 'NR > 2 && !($(NF-4) == "yes" && $(NF-3) == "yes" && $(NF-2) == "yes")' >"$tmp/diff"
    if [ ! -s "$tmp/diff" ] && [ "$(pdffonts "$pdf" 2>/dev/null | wc -l)" -gt 2 ]; then
        report PASS
    else
        report FAIL "pdffonts $doc: every font embedded, subset, with ToUnicode" "$tmp/diff"
    fi
    "$BIN" typeset --dump "$doc" | grep -v '^page \|^  image ' | sed 's/^  y=[^:]*: //' | tr -d ' \n' >"$tmp/want_text"
    # -raw reads in content-stream order, which is the dump's order: every
    # glyph, table cells included, must come back exactly
    pdftotext -raw "$pdf" - 2>/dev/null | tr -d ' \n\f' >"$tmp/got_text"
    if cmp -s "$tmp/want_text" "$tmp/got_text"; then
        report PASS
    else
        { echo "pdftotext differs from the laid-out text:"; cmp "$tmp/want_text" "$tmp/got_text"; } >"$tmp/diff" 2>&1
        report FAIL "pdftotext $doc" "$tmp/diff"
    fi
done

# Rendered documents: every example through every layout made for it. The
# PDF must pass qpdf and hold, as pdftotext reads it, every score the
# scoring pass computed (subtotals, 得分率 and the grade where the form
# shows them) and the input's texts the layout binds.
CHECK=${CHECK:-build/render_check}
layout_checks() { # layout -> render_check options; -a: every value the user typed
    case $1 in
    report) echo "-S -r -a" ;;
    selfeval-shanxi | dept-selfeval) echo "-s -a" ;;
    *) echo "-a" ;;
    esac
}
rendered_text() { # pdf -> text file; qpdf and pdffonts checked (a missing PDF fails each)
    if [ -s "$1" ] && qpdf --check "$1" >"$tmp/diff" 2>&1; then report PASS; else
        echo "no PDF, or qpdf finds errors" >>"$tmp/diff"; report FAIL "qpdf --check $1" "$tmp/diff"; fi
    pdffonts "$1" 2>/dev/null | awk 'NR > 2 && !($(NF-4) == "yes" && $(NF-3) == "yes" && $(NF-2) == "yes")' >"$tmp/diff"
    if [ -s "$1" ] && [ ! -s "$tmp/diff" ] && [ "$(pdffonts "$1" 2>/dev/null | wc -l)" -gt 2 ]; then report PASS; else
        echo "no PDF, no fonts, or a font not embedded and subset with ToUnicode" >>"$tmp/diff"
        report FAIL "pdffonts $1: every font embedded, subset, with ToUnicode" "$tmp/diff"; fi
    # poppler reads every font, CMap and content stream without a complaint
    pdftotext -raw "$1" "$2" 2>"$tmp/poppler"
    if grep -q "Syntax Warning\|Syntax Error\|Internal Error" "$tmp/poppler"; then
        report FAIL "pdftotext $1: poppler complains" "$tmp/poppler"
    else
        report PASS
    fi
}
for example in examples/0*.json; do
    for layout in $("$BIN" layouts "$example" 2>/dev/null); do
        pdf="$tmp/rendered.pdf"
        rm -f "$pdf"
        if ! $WRAP "$BIN" render -l "$layout" -o "$pdf" "$example" >"$tmp/diff" 2>&1; then
            report FAIL "render -l $layout $example" "$tmp/diff"
            continue
        fi
        # nothing the user typed is left out of the document silently
        if grep -q "not printed by layout" "$tmp/diff"; then
            report FAIL "render -l $layout $example: input left out" "$tmp/diff"
        else
            report PASS
        fi
        rendered_text "$pdf" "$tmp/rendered.txt"
        measured="$tmp/measure/$(basename "$example" .json).$layout"
        mkdir -p "$tmp/measure" && cp "$pdf" "$measured.pdf"
        "$BIN" render --tree -l "$layout" "$example" >"$measured.json" 2>/dev/null
        # shellcheck disable=SC2046
        if "$CHECK" "$example" "$tmp/rendered.txt" $(layout_checks "$layout") >"$tmp/diff"; then
            report PASS
        else
            report FAIL "render -l $layout $example: scores and texts in the PDF" "$tmp/diff"
        fi
    done
done
summary_inputs=$(ls examples/003-*.json)
# shellcheck disable=SC2086
if $WRAP "$BIN" render -l summary -o "$tmp/summary.pdf" $summary_inputs >"$tmp/diff" 2>&1; then
    rendered_text "$tmp/summary.pdf" "$tmp/summary.txt"
    : >"$tmp/diff"
    for example in $summary_inputs; do
        "$CHECK" "$example" "$tmp/summary.txt" -t subject.name >>"$tmp/diff" || echo "  in $example" >>"$tmp/diff"
    done
    if grep -q '^  in ' "$tmp/diff"; then report FAIL "summary: every input's 自评得分 and 等级" "$tmp/diff"; else report PASS; fi
else
    report FAIL "render -l summary examples/003-*.json" "$tmp/diff"
fi

# The pages as a typesetter measures them (tests/measure.py), every example
# with every layout and the 汇总表: no page more than a third empty before a
# table goes on, no cell line spread wider than 1 em a gap, header rows on
# every page a table goes on to, no title or cover field broken inside a word,
# and every cell of the tree's ruled tables whole between the rules of a cell
# (or of two, where a page break parts a row), as often as the tree has it.
# shellcheck disable=SC2086
cp "$tmp/summary.pdf" "$tmp/measure/003-summary.pdf" && "$BIN" render --tree -l summary $summary_inputs >"$tmp/measure/003-summary.json" 2>/dev/null
measure_args=""
for pdf in "$tmp"/measure/*.pdf; do measure_args="$measure_args --tree $pdf=${pdf%.pdf}.json $pdf"; done
# shellcheck disable=SC2086
if /usr/bin/python3 tests/measure.py $measure_args >"$tmp/diff" 2>&1; then report PASS; else report FAIL "tests/measure.py: tables and titles of every example" "$tmp/diff"; fi

# The document tree carries everything the pages need: every input's tree,
# typeset again, gives the pages its render gives (sizes, page, images'
# alignment included).
mkdir -p "$tmp/trees/t"
: >"$tmp/treediff"
for input in examples/0*.json tests/inputs/four-levels.json "-l tests/layouts/image-right.json examples/000-jinzhong-quality-brand.json"; do
    # shellcheck disable=SC2086
    "$BIN" render --tree $input 2>/dev/null >"$tmp/trees/t/tree.json"
    # shellcheck disable=SC2086
    "$BIN" render --dump $input 2>/dev/null >"$tmp/trees/direct.txt"
    mkdir -p "$tmp/trees/inputs" && cp tests/inputs/seal.png "$tmp/trees/inputs/"
    $WRAP "$BIN" typeset --dump "$tmp/trees/t/tree.json" 2>>"$tmp/treediff" >"$tmp/trees/again.txt"
    # an image's path is resolved from the tree's folder: compare its name
    sed -i -E 's#^(  image .* )[^ ]*/#\1#' "$tmp/trees/direct.txt" "$tmp/trees/again.txt"
    cmp -s "$tmp/trees/direct.txt" "$tmp/trees/again.txt" || { echo "$input:"; diff "$tmp/trees/direct.txt" "$tmp/trees/again.txt" | head -5; } >>"$tmp/treediff"
done
if [ -s "$tmp/treediff" ]; then report FAIL "render --tree, typeset again: same pages" "$tmp/treediff"; else report PASS; fi

# Word documents: every example with every layout made for it, read back by
# python-docx against its document tree (tests/docx_check.py); the same
# bytes twice; a batch of them; LibreOffice's PDF of the report holds every
# heading (when LibreOffice is installed).
mkdir -p "$tmp/docx"
: >"$tmp/docxdiff"
for example in examples/0*.json; do
    stem=$(basename "$example" .json)
    for layout in $("$BIN" layouts "$example" 2>/dev/null); do
        out="$tmp/docx/$stem.$layout"
        $WRAP "$BIN" render -l "$layout" -o "$out.docx" "$example" 2>/dev/null || echo "$example ($layout): no DOCX" >>"$tmp/docxdiff"
        "$BIN" render -l "$layout" --tree "$example" >"$out.json" 2>/dev/null
        /usr/bin/python3 tests/docx_check.py "$out.docx" "$out.json" >>"$tmp/docxdiff" 2>&1
    done
done
if [ -s "$tmp/docxdiff" ]; then report FAIL "DOCX of every example and layout, read back against its tree" "$tmp/docxdiff"; else report PASS; fi
"$BIN" render --format docx -l report -o "$tmp/docx/again.docx" examples/003-zaozhuang-report-special-equipment.json 2>/dev/null
if cmp -s "$tmp/docx/again.docx" "$tmp/docx/003-zaozhuang-report-special-equipment.report.docx"; then report PASS; else
    echo "two renders differ" >"$tmp/diff"; report FAIL "reproducible DOCX" "$tmp/diff"; fi
"$BIN" render --format docx --outdir "$tmp/docx/batch" examples/003-zaozhuang-selfeval-ip-aid.json examples/003-zaozhuang-report-special-equipment.json 2>/dev/null
if cmp -s "$tmp/docx/batch/003-zaozhuang-report-special-equipment.docx" "$tmp/docx/003-zaozhuang-report-special-equipment.report.docx" &&
    [ -s "$tmp/docx/batch/003-zaozhuang-selfeval-ip-aid.docx" ]; then report PASS; else
    ls "$tmp/docx/batch" >"$tmp/diff" 2>&1; report FAIL "render --format docx --outdir: DIR/NAME.docx, the same bytes" "$tmp/diff"; fi
if ! command -v soffice >/dev/null; then
    # the slow tier: .ci/run installs LibreOffice and sets JIXIAO_ALL_CHECKS, so there it never goes unrun
    if [ -n "${JIXIAO_ALL_CHECKS:-}" ]; then
        echo "soffice is not installed (scripts/deps.sh ci installs it)" >"$tmp/diff"
        report FAIL "LibreOffice opens the report's DOCX" "$tmp/diff"
    else skipped="$skipped LibreOffice(soffice not installed)"; fi
else
    report_docx="$tmp/docx/003-zaozhuang-report-special-equipment.report.docx"
    (cd "$tmp/docx" && HOME="$tmp/docx" timeout 120 soffice --headless --convert-to pdf "$report_docx" >/dev/null 2>&1)
    lo_pdf="$tmp/docx/003-zaozhuang-report-special-equipment.report.pdf"
    pdftotext "$lo_pdf" - 2>/dev/null | tr -d ' \n' >"$tmp/docx/lo.txt"
    : >"$tmp/diff"
    /usr/bin/python3 -c 'import json,sys; [print(b["text"]) for b in json.load(open(sys.argv[1]))["blocks"] if b.get("type")=="heading"]' \
        "${report_docx%.docx}.json" | while IFS= read -r h; do
        grep -qF -- "$(printf '%s' "$h" | tr -d ' ')" "$tmp/docx/lo.txt" || echo "LibreOffice's PDF lacks the heading $h" >>"$tmp/diff"
    done
    if [ -s "$lo_pdf" ] && [ ! -s "$tmp/diff" ]; then report PASS; else report FAIL "LibreOffice opens the report's DOCX, every heading in its PDF" "$tmp/diff"; fi
    # Word's columns are sized as the PDF's, net of the cells' padding: no
    # number of the tables breaks at its point or between its digits
    # ("99./49", "10/0") in the pages LibreOffice sets
    pdftotext "$lo_pdf" "$tmp/docx/lo-lines.txt" 2>/dev/null
    /usr/bin/python3 tests/numbers_whole.py "${report_docx%.docx}.json" "$tmp/docx/lo-lines.txt" >"$tmp/diff" 2>&1
    if [ -s "$lo_pdf" ] && [ ! -s "$tmp/diff" ]; then report PASS; else report FAIL "the report's DOCX in LibreOffice: no number broken across lines" "$tmp/diff"; fi
fi

# A firm's own ./layouts comes before the shipped layouts instead of
# replacing them: its new layout is listed first with its file, its copy of
# a shipped layout is used in that one's stead, and the shipped ones remain
mkdir -p "$tmp/firm/layouts"
sed 's/"name": *"selfeval-national"/"name": "selfeval-firm"/' layouts/selfeval-national.json >"$tmp/firm/layouts/selfeval-firm.json"
sed "s/{^title}项目支出绩效自评表{\/title}/{^title}项目支出绩效自评表（本所式样）{\/title}/" layouts/selfeval-national.json >"$tmp/firm/layouts/selfeval-national.json"
bin_abs=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
(cd "$tmp/firm" && "$bin_abs" layouts) >"$tmp/firm/list.txt" 2>&1
(cd "$tmp/firm" && "$bin_abs" render -l selfeval-national --tree "$OLDPWD/examples/003-zaozhuang-selfeval-ip-aid.json") >"$tmp/firm/tree.json" 2>/dev/null
: >"$tmp/diff"
head -1 "$tmp/firm/list.txt" | grep -q '^selfeval-firm .*\[layouts/selfeval-firm.json\]$' || echo "first: $(head -1 "$tmp/firm/list.txt")" >>"$tmp/diff"
grep -q '^selfeval-national .*\[layouts/selfeval-national.json, in place of the shipped one\]$' "$tmp/firm/list.txt" || echo "no replaced selfeval-national" >>"$tmp/diff"
for shipped in report report-national selfeval-shandong selfeval-shanxi dept-selfeval summary; do
    grep -q "^$shipped " "$tmp/firm/list.txt" || echo "the shipped $shipped is gone" >>"$tmp/diff"
done
grep -q '本所式样' "$tmp/firm/tree.json" || echo "render -l selfeval-national did not use the firm's copy" >>"$tmp/diff"
if [ -s "$tmp/diff" ]; then cat "$tmp/firm/list.txt" >>"$tmp/diff"; report FAIL "./layouts beside the shipped layouts, a firm's copy in place of the shipped one" "$tmp/diff"; else report PASS; fi

# The 四川 form (docs/new-form.md's worked layout, shipped) renders an input
# with its own columns: 指标性质, the number alone, 度量单位, 完成值
"$BIN" render -l layouts/selfeval-sichuan.json --tree examples/003-zaozhuang-selfeval-ip-aid.json >"$tmp/sichuan.json" 2>/dev/null
/usr/bin/python3 - "$tmp/sichuan.json" >"$tmp/diff" 2>&1 <<'PY'
import json, sys
tree = json.load(open(sys.argv[1], encoding="utf-8"))
rows = [[c if isinstance(c, str) else c.get("text", "") for c in row] for b in tree["blocks"] if b["type"] == "table" for row in b["rows"]]
want = ["知识产权维权援助次数", "=", "20", "次", "20", "15", "15"]
if not any(r[-len(want) - 1:-1] == want for r in rows): print("no row", want, "in", rows[8:10])
if not any("报表编号：510000_0013zp" == b.get("text") for b in tree["blocks"]): print("no 报表编号")
PY
if [ -s "$tmp/diff" ]; then report FAIL "the 四川 layout renders with its own columns" "$tmp/diff"; else report PASS; fi

# The 四川 example (青神县 工资性支出, scqs.gov.cn/info/13206/211004.htm) is a
# 四川 input, so it gets the 四川 form by default; the form as published:
# its parts and headers in order, the amounts as typed (0.00), and the 得分
# and 总分 the department left blank printed blank, not computed nor "—".
: >"$tmp/diff"
"$BIN" render -o "$tmp/qingshen.pdf" examples/005-qingshen-selfeval-wages.json >"$tmp/qingshen.log" 2>&1
grep -q 'wrote .* (layout selfeval-sichuan)' "$tmp/qingshen.log" || cat "$tmp/qingshen.log" >>"$tmp/diff"
"$BIN" render --tree examples/005-qingshen-selfeval-wages.json 2>/dev/null >"$tmp/qingshen.json"
/usr/bin/python3 - "$tmp/qingshen.json" >>"$tmp/diff" 2>&1 <<'PY'
import json, sys
tree = json.load(open(sys.argv[1], encoding="utf-8"))
cells = lambda row: [c if isinstance(c, str) else c.get("text", "") for c in row]
rows = [cells(r) for b in tree["blocks"] if b["type"] == "table" for r in b["rows"]]
flat = [c for r in rows for c in r]
order = ["51000021R000000019951-工资性支出", "青神县发展和改革局本级", "实施单位（盖章）", "项目年度目标", "年度目标完成情况",
         "项目实施内容及过程概述", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因",
         "总额", "238.93", "251.89", "251.89", "100.00%", "10", "其中：财政资金", "财政专户管理资金", "0.00", "单位资金", "其他资金",
         "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析",
         "发放（缴纳）覆盖率", "=", "100", "%", "60", "足额保障率（参保率）", "=", "100", "%", "30", "合计", "100",
         "评价结论", "存在问题", "改进措施"]
at = 0
for want in order:
    while at < len(flat) and flat[at] != want: at += 1
    if at == len(flat): print("not in order:", want); break
    at += 1
total = next((r for r in rows if r and r[0] == "合计"), None)
if total != ["合计", "100", "", ""]: print("合计 row", total)
goal = next((r for r in rows if "发放（缴纳）覆盖率" in r), [])
if goal[-2:] != ["", ""]: print("blank 得分 printed as", goal[-2:])
if not any(b.get("text") == "部门预算项目支出绩效自评表（2023年度）" for b in tree["blocks"]): print("no title")
PY
if [ -s "$tmp/diff" ]; then report FAIL "the 四川 example: the published 青神 form, blanks kept" "$tmp/diff"; else report PASS; fi

# A template per form: the sheets a layout is filled from — the goal
# table for goal forms, the indicator tree (with its example) for tree
# forms, the team where the form prints it, a report's text and lists
: >"$tmp/diff"
for layout in selfeval-shandong selfeval-shanxi dept-selfeval report; do
    "$BIN" template "$layout" -o "$tmp/template-$layout.xlsx" 2>/dev/null || echo "template $layout failed" >>"$tmp/diff"
done
/usr/bin/python3 - "$tmp" >>"$tmp/diff" 2>&1 <<'PY'
import sys, openpyxl
want = {"selfeval-shandong": ["填写说明", "项目信息", "资金来源", "绩效目标", "示例-绩效目标"],
        "selfeval-shanxi": ["填写说明", "项目信息", "资金来源", "绩效目标", "示例-绩效目标", "评价人员", "绩效指标", "示例-绩效指标"],
        "dept-selfeval": ["填写说明", "项目信息", "资金来源", "评价人员", "绩效指标", "示例-绩效指标"],
        "report": ["填写说明", "项目信息", "资金来源", "绩效目标", "示例-绩效目标", "评价人员", "质量控制", "绩效指标", "示例-绩效指标", "文字"]}
for layout, sheets in want.items():
    got = openpyxl.load_workbook("%s/template-%s.xlsx" % (sys.argv[1], layout)).sheetnames
    if got != sheets: print(layout, got)
PY
if [ -s "$tmp/diff" ]; then report FAIL "template LAYOUT: the sheets of that layout's form" "$tmp/diff"; else report PASS; fi

# Each form's template, filled as a clerk fills it (the 项目信息 column and
# the 示例 rows copied into their sheets), imports and renders through that
# form; its document holds the name, the example's first indicator and the goal text
# typed into 总体目标 (a goal form prints it when no 年度目标 is given).
for layout in selfeval-national selfeval-shandong selfeval-shanxi dept-selfeval report report-national; do
    : >"$tmp/diff"
    "$BIN" template "$layout" -o "$tmp/fill-$layout.xlsx" >/dev/null 2>&1
    /usr/bin/python3 tests/template_fill.py "$tmp/fill-$layout.xlsx" "$tmp/filled-$layout.xlsx" 知识产权维权援助项目 山东省枣庄市 第三方评价 >>"$tmp/diff" 2>&1
    "$BIN" render -l "$layout" -o "$tmp/filled-$layout.pdf" "$tmp/filled-$layout.xlsx" >"$tmp/filled.log" 2>&1 || cat "$tmp/filled.log" >>"$tmp/diff"
    [ -s "$tmp/filled-$layout.pdf" ] || echo "$layout: no PDF" >>"$tmp/diff"
    "$BIN" render --tree -l "$layout" "$tmp/filled-$layout.xlsx" 2>/dev/null >"$tmp/filled.txt"
    case $layout in selfeval-national|selfeval-shandong) first=知识产权维权援助次数 goal=维护专利市场秩序 ;; *) first=立项依据充分性 goal= ;; esac
    for want in 知识产权维权援助项目 "$first" $goal; do grep -q "$want" "$tmp/filled.txt" || echo "$layout: $want not printed" >>"$tmp/diff"; done
    if [ -s "$tmp/diff" ]; then report FAIL "the $layout template, filled, imports and renders" "$tmp/diff"; else report PASS; fi
done

# A compilation: render --combine writes the inputs' documents as one PDF,
# each through its own layout, under a 目录 that lists them with the page
# each starts on, each a bookmark with its own headings under it; every
# page of each document is there (two 自评表 of one form: their pages and
# the 目录's), and two reports keep their chapters as bookmarks
combined="examples/003-zaozhuang-selfeval-ip-aid.json examples/003-zaozhuang-selfeval-premises.json"
# shellcheck disable=SC2086
$WRAP "$BIN" render --combine -o "$tmp/combined.pdf" $combined 2>/dev/null
$WRAP "$BIN" render --combine -o "$tmp/reports.pdf" examples/003-zaozhuang-report-food-drug.json \
    examples/003-zaozhuang-report-special-equipment.json 2>/dev/null
: >"$tmp/diff"
pages=1
for f in $combined; do
    "$BIN" render -o "$tmp/one.pdf" "$f" 2>/dev/null
    pages=$((pages + $(pdfinfo "$tmp/one.pdf" | awk '/^Pages:/ {print $2}')))
done
got=$(pdfinfo "$tmp/combined.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
[ "$got" = "$pages" ] || echo "pages: $got; the documents alone and a 目录: $pages" >>"$tmp/diff"
for pdf in "$tmp/combined.pdf" "$tmp/reports.pdf"; do qpdf --check "$pdf" >/dev/null 2>&1 || echo "qpdf finds errors in $pdf" >>"$tmp/diff"; done
pdftotext -f 1 -l 1 "$tmp/combined.pdf" - 2>/dev/null | tr -d ' ' | grep -c '^知识产权维权援助绩效自评表\.*1$\|^业务用房租赁及运行费绩效自评表\.*3$' | grep -qx 2 ||
    { echo "the 目录:"; pdftotext -f 1 -l 1 "$tmp/combined.pdf" - 2>/dev/null | head -4; } >>"$tmp/diff"
qpdf --json --json-key=outlines "$tmp/reports.pdf" 2>/dev/null | /usr/bin/python3 -c '
import json, sys
o = json.load(sys.stdin)["outlines"]
want = ["食品药品安全抽验经费项目绩效评价报告", "特种设备安全专项项目绩效评价报告"]
if [x["title"] for x in o] != want: print("bookmarks:", [x["title"] for x in o])
elif [k["title"] for k in o[1]["kids"]][:2] != ["一、项目基本情况", "二、项目绩效目标"]: print("no chapters under", want[1])
' >>"$tmp/diff" 2>&1
if [ -s "$tmp/diff" ]; then report FAIL "render --combine: one PDF, a 目录 and a bookmark per document, every page kept" "$tmp/diff"; else report PASS; fi

# The subsetters against a reader jixiao does not use: every glyph each
# face keeps for the examples' characters has, in FreeType, the original's
# contours, points, on/off-curve flags and advance — the roles' faces (CFF
# cut by cff.c, TrueType by glyf.c) and the other Debian faces and the
# committed test faces (a composite, a name-keyed CFF through hb-subset)
OUTLINES=${OUTLINES:-build/outline_check}
faces=""
for f in /usr/share/fonts/truetype/arphic/uming.ttc /usr/share/fonts/truetype/arphic/ukai.ttc \
    /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc tests/fonts/composite.ttf tests/fonts/name-keyed.otf; do
    [ -e "$f" ] && faces="$faces --face $f"
done
# shellcheck disable=SC2086
if $WRAP "$OUTLINES" $faces examples/0*.json >"$tmp/outlines.txt" 2>&1 && grep -q "CID-keyed CFF subset, 0 differ" "$tmp/outlines.txt" &&
    grep -q "TrueType subset, 0 differ" "$tmp/outlines.txt"; then report PASS; else
    report FAIL "subset outlines are the original's, in FreeType" "$tmp/outlines.txt"; fi

# Web pages: every example with its default layout as one page that tidy
# finds no error in and that holds the tree (tests/html_check.py: every
# text in order, headings by level, tables with captions, <th scope> header
# cells and the tree's spans, charts as SVG and a table); the same bytes
# twice; --fragment the page's <article> alone; a batch to html a site
# with its index. Chromium (the slow tier) parses the report and a 自评表
# into the same structure and prints them with every heading and every
# table number on one line.
mkdir -p "$tmp/html"
: >"$tmp/htmldiff"
for example in examples/0*.json; do
    stem=$(basename "$example" .json)
    $WRAP "$BIN" render -o "$tmp/html/$stem.html" "$example" 2>/dev/null || echo "$example: no page" >>"$tmp/htmldiff"
    "$BIN" render --tree "$example" >"$tmp/html/$stem.json" 2>/dev/null
    /usr/bin/python3 tests/html_check.py "$tmp/html/$stem.html" "$tmp/html/$stem.json" >>"$tmp/htmldiff" 2>&1
    tidy -q -e "$tmp/html/$stem.html" >/dev/null 2>"$tmp/html/tidy.txt" || [ $? = 1 ] || echo "$example: tidy did not run" >>"$tmp/htmldiff"
    grep -H "Error" "$tmp/html/tidy.txt" | sed "s#^[^:]*#$example#" >>"$tmp/htmldiff"
done
if [ -s "$tmp/htmldiff" ]; then report FAIL "a web page of every example: tidy finds no error, the tree's text, headings and tables are in it" "$tmp/htmldiff"; else report PASS; fi
report_html="$tmp/html/003-zaozhuang-report-special-equipment"
"$BIN" render --format html -o "$tmp/html/again" examples/003-zaozhuang-report-special-equipment.json 2>/dev/null
if cmp -s "$tmp/html/again" "$report_html.html"; then report PASS; else
    echo "two renders differ" >"$tmp/diff"; report FAIL "reproducible web page (--format html, -o without an extension)" "$tmp/diff"; fi
"$BIN" render --fragment -o "$tmp/html/fragment.html" examples/003-zaozhuang-report-special-equipment.json 2>/dev/null
/usr/bin/python3 - "$tmp/html/fragment.html" "$report_html.html" >"$tmp/diff" 2>&1 <<'PY'
import sys
frag, page = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
if not frag.startswith("<article") or "<html" in frag or "<style" in frag or frag not in page:
    print("the fragment is not the page's <article> alone:", frag[:80])
if '<p class="web-note">本网页由评价报告生成，以所附PDF文本为准。</p>' not in frag:
    print("the report layout's web_note is not above the text")
PY
if [ -s "$tmp/diff" ]; then report FAIL "render --fragment: the page's <article> alone" "$tmp/diff"; else report PASS; fi
"$BIN" render --format pdf --quiet --outdir "$tmp/html/site" examples/003-zaozhuang-selfeval-ip-aid.json 2>/dev/null
"$BIN" render --format html --quiet --outdir "$tmp/html/site" examples/003-zaozhuang-selfeval-ip-aid.json \
    examples/003-zaozhuang-selfeval-premises.json examples/003-zaozhuang-report-special-equipment.json 2>/dev/null
/usr/bin/python3 - "$tmp/html/site" >"$tmp/diff" 2>&1 <<'PY'
import os, re, sys
site = sys.argv[1]
index = open(os.path.join(site, "index.html"), encoding="utf-8").read()
rows = re.findall(r"<tr><td class=\"n\">(\d+)</td><td>([^<]*)</td><td>([^<]*)</td><td class=\"n\">([^<]*)</td><td>([^<]*)</td><td>(.*?)</td></tr>", index)
got = sorted((r[1], r[3], r[4], re.findall(r'href="([^"]+)"', r[5]).__str__()) for r in rows)
want = sorted([("业务用房租赁及运行费", "100", "优", "['003-zaozhuang-selfeval-premises.html']"),
               ("知识产权维权援助", "100.00", "优", "['003-zaozhuang-selfeval-ip-aid.html', '003-zaozhuang-selfeval-ip-aid.pdf']"),
               ("特种设备安全专项", "99.49", "优秀", "['003-zaozhuang-report-special-equipment.html']")])
if got != want: print("index rows:", got)
score = open(os.path.join(site, "index-score.html"), encoding="utf-8").read()
order = re.findall(r"<tr><td class=\"n\">\d+</td><td>[^<]*</td><td>[^<]*</td><td class=\"n\">([^<]*)</td>", score)
if [float(x) for x in order] != sorted((float(x) for x in order), reverse=True) or len(order) != 3:
    print("index-score.html is not highest first:", order)
for name in ("index.html", "index-unit.html", "index-score.html", "index-grade.html"):
    page = open(os.path.join(site, name), encoding="utf-8").read()
    if "<script" in page or 'lang="zh-CN"' not in page:
        print(name, "has a script or no lang")
PY
if [ -s "$tmp/diff" ]; then report FAIL "render --format html --outdir: a page each and an index, sortable without script" "$tmp/diff"; else report PASS; fi
# check --manifest -o: every finding of every document, as one file through
# the doors of any tree: the page's rows are the findings check prints (a
# document without any says 未发现问题), the workbook's the same
"$BIN" check --manifest tests/manifests/review.tsv -o "$tmp/html/审核.html" 2>"$tmp/html/review.err"
"$BIN" check --manifest tests/manifests/review.tsv -o "$tmp/html/审核.xlsx" 2>/dev/null
/usr/bin/python3 - "$tmp/html/审核.html" "$tmp/html/review.err" "$tmp/html/审核.xlsx" >"$tmp/diff" 2>&1 <<'PY'
import html, re, sys
import openpyxl
page = html.unescape(open(sys.argv[1], encoding="utf-8").read())
said = [l for l in open(sys.argv[2], encoding="utf-8").read().split("\n") if ": warning: " in l or ": error: " in l]
for line in said:
    place, message = re.match(r"[^:]+:(\d+:\d+): (?:warning|error): [^:]*: (.*)", line).groups()
    if "<td>%s</td>" % place not in page or message not in page:
        print("not in the page:", line[:100])
if page.count("未发现问题") != 1 or len(said) != 21:
    print("%d findings said, 未发现问题 %d times" % (len(said), page.count("未发现问题")))
ws = openpyxl.load_workbook(sys.argv[3]).active
cells = [c for row in ws.iter_rows(values_only=True) for c in row if c]
if sum(1 for c in cells if c in ("提示", "错误")) != 21:
    print("the workbook holds", sum(1 for c in cells if c in ("提示", "错误")), "findings")
PY
if [ -s "$tmp/diff" ]; then report FAIL "check --manifest -o 审核.html / .xlsx: every finding of every document, at its place" "$tmp/diff"; else report PASS; fi
if ! command -v chromium >/dev/null; then
    if [ -n "${JIXIAO_ALL_CHECKS:-}" ]; then
        echo "chromium is not installed (scripts/deps.sh ci installs it)" >"$tmp/diff"
        report FAIL "Chromium opens and prints the web pages" "$tmp/diff"
    else skipped="$skipped Chromium(not installed)"; fi
else
    : >"$tmp/diff"
    for stem in 003-zaozhuang-report-special-equipment 003-zaozhuang-selfeval-ip-aid; do
        page="$tmp/html/$stem"
        chrome="timeout 120 chromium --headless --no-sandbox --disable-gpu --user-data-dir=$tmp/html/profile"
        $chrome --dump-dom "file://$page.html" >"$page.dom.html" 2>/dev/null
        /usr/bin/python3 tests/html_check.py "$page.dom.html" "$page.json" >>"$tmp/diff" 2>&1
        $chrome --no-pdf-header-footer --print-to-pdf="$page.print.pdf" "file://$page.html" >/dev/null 2>&1
        [ -s "$page.print.pdf" ] || echo "$stem: Chromium printed nothing" >>"$tmp/diff"
        pdftotext "$page.print.pdf" "$page.print.txt" 2>/dev/null
        tr -d ' \n' <"$page.print.txt" >"$page.flat.txt"
        /usr/bin/python3 -c 'import json,sys; [print(b["text"]) for b in json.load(open(sys.argv[1]))["blocks"] if b.get("type") in ("heading", "title")]' \
            "$page.json" | while IFS= read -r h; do
            grep -qF -- "$(printf '%s' "$h" | tr -d ' ')" "$page.flat.txt" || echo "$stem: Chromium's print lacks $h" >>"$tmp/diff"
        done
        /usr/bin/python3 tests/numbers_whole.py "$page.json" "$page.print.txt" | sed "s/^/$stem: /" >>"$tmp/diff"
    done
    if [ -s "$tmp/diff" ]; then report FAIL "Chromium parses the pages into the tree's structure and prints them whole" "$tmp/diff"; else report PASS; fi
fi

# Workbooks: every example goes JSON → xlsx → JSON unchanged (numbers as
# typed), renders from the workbook to the same PDF bytes, and exports to
# the same bytes twice; a workbook another program wrote (openpyxl, merged
# cells, numbers as text) imports to the committed input; the template,
# filled by openpyxl, scores.
mkdir -p "$tmp/books"
: >"$tmp/bookdiff"
for example in examples/0*.json; do
    stem=$(basename "$example" .json)
    $WRAP "$BIN" export "$example" -o "$tmp/books/$stem.xlsx" 2>/dev/null || echo "$example: no workbook" >>"$tmp/bookdiff"
    $WRAP "$BIN" import "$tmp/books/$stem.xlsx" -o "$tmp/books/$stem.json" 2>>"$tmp/books/import.err" || echo "$example: the workbook does not import" >>"$tmp/bookdiff"
    /usr/bin/python3 tests/workbook_roundtrip.py "$example" "$tmp/books/$stem.json" >>"$tmp/bookdiff" 2>&1
    "$BIN" render -o "$tmp/books/$stem.a.pdf" "$example" 2>/dev/null
    "$BIN" render -o "$tmp/books/$stem.b.pdf" "$tmp/books/$stem.xlsx" 2>/dev/null
    cmp -s "$tmp/books/$stem.a.pdf" "$tmp/books/$stem.b.pdf" || echo "$example: the workbook renders other bytes" >>"$tmp/bookdiff"
done
if [ -s "$tmp/bookdiff" ]; then report FAIL "every example: JSON → xlsx → JSON, the same PDF from either" "$tmp/bookdiff"; else report PASS; fi
"$BIN" export examples/003-zaozhuang-report-food-drug.json -o "$tmp/books/again.xlsx" 2>/dev/null
if cmp -s "$tmp/books/again.xlsx" "$tmp/books/003-zaozhuang-report-food-drug.xlsx"; then report PASS; else
    echo "two exports differ" >"$tmp/diff"; report FAIL "reproducible workbook" "$tmp/diff"; fi
"$BIN" import tests/workbooks/openpyxl-report.xlsx -o "$tmp/books/openpyxl.json" 2>"$tmp/diff"
if cmp -s "$tmp/books/openpyxl.json" tests/workbooks/openpyxl-report.json; then report PASS; else
    diff "$tmp/books/openpyxl.json" tests/workbooks/openpyxl-report.json >>"$tmp/diff"; report FAIL "a workbook openpyxl wrote (merged cells, numbers as text)" "$tmp/diff"; fi
# The workbook as people type it: the same scores as the plain one, the
# typed code with its digits, the lost ones warned at their cell.
: >"$tmp/diff"
for kind in plain typed; do
    "$BIN" import "tests/workbooks/people-$kind.xlsx" -o "$tmp/books/people-$kind.json" 2>"$tmp/books/people-$kind.err" &&
        "$BIN" score "$tmp/books/people-$kind.json" >"$tmp/books/people-$kind.txt" 2>/dev/null || echo "$kind: does not import and score" >>"$tmp/diff"
done
diff "$tmp/books/people-plain.txt" "$tmp/books/people-typed.txt" >>"$tmp/diff" 2>&1
grep -q '^总分 *100.00 *95.1$' "$tmp/books/people-typed.txt" || echo "typed: 总分 is not 95.1" >>"$tmp/diff"
/usr/bin/python3 - "$tmp/books/people-typed.json" >>"$tmp/diff" 2>&1 <<'PY'
import json, sys
d = json.load(open(sys.argv[1]), parse_float=str)
want = {("subject", "code"): "370400220000001", ("signoff", "date"): "2023-05-31", ("evaluation", "type"): "单位自评",
        ("scoring", "execution_rate"): "99.75", ("funds", "budget"): "1200.00"}
for (a, b), v in want.items():
    if str(d[a][b]) != v: print(a, b, repr(d[a][b]), "is not", v)
if d["goals"]["indicators"][0]["deviation"] != "0": print("deviation typed as 0 is", repr(d["goals"]["indicators"][0]["deviation"]))
if str(d["scoring"]["indicators"][1]["children"][0]["children"][0]["score_rate"]) != "97": print("a 97% cell is not 97")
plain = json.load(open(sys.argv[1].replace("typed", "plain")), parse_float=str)
if d["tables"][0]["section"] != "绩效目标" or {**d["tables"][0], "section": "goals"} != plain["tables"][0]:
    print("表格1 as cells:", d["tables"], "\nas pointers:", plain["tables"])
PY
grep -qxF "tests/workbooks/people-typed.xlsx:项目信息!B6: warning: 主管部门编码 370400220000001000 was typed as a number, and a spreadsheet keeps only 15 digits of one: check the digits after the 15th, and type codes as text (a ' before them)" "$tmp/books/people-typed.err" ||
    echo "no warning for the code that lost digits" >>"$tmp/diff"
if [ -s "$tmp/diff" ]; then report FAIL "a workbook typed as people type imports to the plain one's scores" "$tmp/diff"; else report PASS; fi
"$BIN" template report -o "$tmp/books/template.xlsx" 2>/dev/null
/usr/bin/python3 - "$tmp/books/template.xlsx" "$tmp/books/filled.xlsx" <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
info = wb["项目信息"]
for row in info.iter_rows(min_row=2):
    field = row[2].value
    if field == "/year": row[1].value = 2023
    if field == "/subject/name": row[1].value = "食品安全抽检"
    if field == "/subject/code": row[1].value = 370400220000001       # into a text cell: openpyxl keeps the type
    if field == "/evaluation/type": row[1].value = "第三方评价"
tree = wb["绩效指标"]
for r in (["决策", 40, "项目立项", 40, "立项依据充分性", 40, None, None, "36", "手工评分"], [None, None, None, None, None, None]):
    tree.append(r)
tree.append(["产出", None, "产出数量", None, "抽检批次完成率", 60, "1200", "1260", 60, "比率"])
wb.save(sys.argv[2])
PY
if "$BIN" score "$tmp/books/filled.xlsx" >"$tmp/books/filled.txt" 2>"$tmp/diff" && grep -q "总分 *100.00 *96$" "$tmp/books/filled.txt"; then report PASS; else
    cat "$tmp/books/filled.txt" >>"$tmp/diff"; report FAIL "the template, filled by another program, scores" "$tmp/diff"; fi

# The template for people: the 字段 column hidden, code cells text, the
# enumerations' dropdowns in Chinese, A4 one page wide with the header
# row repeated.
if /usr/bin/python3 - "$tmp/books/template.xlsx" >"$tmp/diff" 2>&1 <<'PY'
import sys, openpyxl
from openpyxl.utils import get_column_letter
wb = openpyxl.load_workbook(sys.argv[1])
bad = []
def lists(ws):
    return [(str(v.sqref), v.formula1 or "") for v in ws.data_validations.dataValidation if v.type == "list"]
info = wb["项目信息"]
if not info.column_dimensions["C"].hidden: bad.append("项目信息: 字段 column shown")
rows = {r[2].value: r[1] for r in info.iter_rows(min_row=2)}
for code in ("/subject/code", "/subject/department_code", "/signoff/phone"):
    if rows[code].number_format != "@": bad.append("%s: %s is not a text cell" % (code, rows[code].number_format))
label = {r[2].value: r[0].value for r in info.iter_rows(min_row=2)}
if label["/evaluation/organization"] != "评价机构": bad.append("评价机构 labelled %s" % label["/evaluation/organization"])
type_cell = rows["/evaluation/type"].coordinate
if not any(type_cell in ref.split() and "单位自评" in f and "第三方评价" in f for ref, f in lists(info)): bad.append("no 评价类型 dropdown at " + type_cell)
tree = wb["绩效指标"]
method = next(c.column for c in tree[1] if c.value == "评分方法")
if not any(ref.startswith(get_column_letter(method) + "2:") and "手工评分" in f and "比率" in f for ref, f in lists(tree)):
    bad.append("no 评分方法 dropdown: %s" % lists(tree))
for ws in (info, tree):
    ps = ws.page_setup
    if str(ps.paperSize) != "9" or ws.sheet_properties.pageSetUpPr.fitToPage is not True or ps.fitToWidth not in (None, 1) or ps.fitToHeight != 0:
        bad.append("%s: not A4 one page wide (%s %s)" % (ws.title, ps.paperSize, ps.fitToWidth))
    if ws.print_title_rows != "$1:$1": bad.append("%s: header row not repeated (%s)" % (ws.title, ws.print_title_rows))
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
then report PASS; else report FAIL "the template: pointer hidden, codes as text, Chinese dropdowns, print setup" "$tmp/diff"; fi

# The 汇总表 as a workbook: its tables' cells, numbers as numbers a bureau
# can sort (shown with the printed decimals), merged title rows.
"$BIN" render -l summary -o "$tmp/books/summary.xlsx" examples/003-*.json 2>/dev/null
"$BIN" render -l summary --tree examples/003-*.json >"$tmp/books/summary.json" 2>/dev/null
if /usr/bin/python3 - "$tmp/books/summary.xlsx" "$tmp/books/summary.json" >"$tmp/diff" 2>&1 <<'PY'
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
tree = json.load(open(sys.argv[2]))
want = [c if isinstance(c, str) else c.get("text", "") for b in tree["blocks"] if b["type"] == "table" for row in b["rows"] for c in row]
shown = []
for c in cells:
    v = c.value
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        fmt = c.number_format
        d = len(fmt.split(".")[1].rstrip("%")) if "." in fmt else 0
        v = ("%.*f%%" % (d, v * 100)) if fmt.endswith("%") else ("%.*f" % (d, v))
    shown.append(str(v))
missing = [w for w in want if w and w not in shown]
numeric = sum(1 for c in cells if isinstance(c.value, (int, float)))
if missing or numeric < 16:
    print("missing:", missing[:5], "numbers:", numeric)
    sys.exit(1)
PY
then report PASS; else report FAIL "render -l summary -o X.xlsx: every cell, numbers sortable" "$tmp/diff"; fi

# ... and a sheet a bureau sorts: named 汇总表, an AutoFilter over the
# header and every project, no merged cell from the header down, each
# score stored as the decimal printed (84.65, not 84.65000000000001),
# columns as wide as their text, one page wide when printed.
if /usr/bin/python3 - "$tmp/books/summary.xlsx" >"$tmp/diff" 2>&1 <<'PY'
import re, sys, zipfile, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
bad = []
if wb.sheetnames != ["汇总表"]: bad.append("sheets: %s" % wb.sheetnames)
ws = wb.worksheets[0]
head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "序号")
last = max(r for r in range(head, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int))
if ws.auto_filter.ref != "A%d:F%d" % (head, last): bad.append("AutoFilter %s, header at row %d, last project %d" % (ws.auto_filter.ref, head, last))
if last - head != 18: bad.append("%d projects" % (last - head))
for m in ws.merged_cells.ranges:
    if m.max_row >= head - 1: bad.append("merged %s next to the sorted rows" % m)
xml = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml").decode()
noisy = [v for v in re.findall(r"<v>([^<]*)</v>", xml) if len(v.replace(".", "").lstrip("0")) > 12]
if noisy: bad.append("values with binary noise: %s" % noisy[:3])
if not any(ws.cell(r, 5).value == 84.65 for r in range(head, last + 1)): bad.append("84.65 not stored as 84.65")
width = {c: ws.column_dimensions[c].width for c in "ABCDEF"}
if not width["B"] > 3 * width["A"]: bad.append("项目名称 %.1f wide, 序号 %.1f" % (width["B"], width["A"]))
if ws.sheet_properties.pageSetUpPr.fitToPage is not True or ws.page_setup.fitToHeight != 0: bad.append("not one page wide")
if ws.print_title_rows != "$%d:$%d" % (head, head): bad.append("header not repeated: %s" % ws.print_title_rows)
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
then report PASS; else report FAIL "the 汇总表 workbook: one sheet 汇总表, filterable, exact decimals, fitted" "$tmp/diff"; fi
if ! command -v soffice >/dev/null || ! ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1; then
    if [ -n "${JIXIAO_ALL_CHECKS:-}" ]; then
        echo "LibreOffice Calc is not installed (scripts/deps.sh ci installs it)" >"$tmp/diff"
        report FAIL "LibreOffice Calc opens the 汇总表 workbook as one filterable sheet" "$tmp/diff"
    else skipped="$skipped LibreOffice-Calc(not installed)"; fi
else
    mkdir -p "$tmp/calc"
    (cd "$tmp/calc" && HOME="$tmp/calc" timeout 120 soffice --headless --convert-to fods "$tmp/books/summary.xlsx" >/dev/null 2>&1)
    if grep -q '<table:table table:name="汇总表"' "$tmp/calc/summary.fods" 2>/dev/null &&
        [ "$(grep -c '<table:table table:name=' "$tmp/calc/summary.fods")" = 1 ] &&
        grep -q 'table:display-filter-buttons="true"' "$tmp/calc/summary.fods"; then report PASS; else
        grep -o '<table:table table:name="[^"]*"\|<table:database-range[^>]*>' "$tmp/calc/summary.fods" >"$tmp/diff" 2>&1
        report FAIL "LibreOffice Calc opens the 汇总表 workbook as one filterable sheet" "$tmp/diff"; fi
fi

# No character lost: every example under every layout for one document
# that takes it — each character of the document tree is on the PDF's
# pages at least as often as the tree has it (a clipped cell, a continued
# row without its label or a line lost at a break falls short).
mkdir -p "$tmp/kept"
pairs=""
for layout in layouts/*.json; do
    name=$(basename "$layout" .json)
    [ "$name" = summary ] && continue
    mkdir -p "$tmp/kept/$name"
    taken=""
    for example in examples/0*.json; do
        stem=$(basename "$example" .json)
        "$BIN" render -l "$name" --tree "$example" >"$tmp/kept/$name/$stem.json" 2>/dev/null || continue
        taken="$taken $example"
        pairs="$pairs $tmp/kept/$name/$stem.json $tmp/kept/$name/$stem.pdf"
    done
    # shellcheck disable=SC2086
    [ -n "$taken" ] && "$BIN" render -l "$name" --outdir "$tmp/kept/$name" $taken >/dev/null 2>&1
done
# shellcheck disable=SC2086
if /usr/bin/python3 tests/chars_kept.py $pairs >"$tmp/diff" 2>&1; then report PASS; else
    report FAIL "every character of the tree on the PDF's pages, every example × layout" "$tmp/diff"; fi

# Columns sized by their content: the 南昌 附件1 评分表, whose 指标解释 and
# 指标说明 are empty, gives their room to 扣分原因 and takes at most 5 pages
# (8 when the layout's shares were kept whatever the content).
"$BIN" render -o "$tmp/nanchang.pdf" examples/002-nanchang-quality-supervision.json 2>/dev/null
pages=$(pdfinfo "$tmp/nanchang.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
first=""
for p in $(seq 1 "${pages:-0}"); do
    pdftotext -f "$p" -l "$p" "$tmp/nanchang.pdf" - 2>/dev/null | grep -qx '质量监督专项项目绩效评价评分表' && { first=$p; break; }
done
if [ -n "$first" ] && [ $((pages - first + 1)) -le 5 ]; then report PASS; else
    echo "评分表 from page ${first:-none} to $pages" >"$tmp/diff"; report FAIL "南昌 附件1 评分表 in at most 5 pages" "$tmp/diff"; fi

# A batch writes the same bytes as one render per file.
mkdir -p "$tmp/batch"
$WRAP "$BIN" render --outdir "$tmp/batch" examples/0*.json >/dev/null 2>"$tmp/diff"
: >"$tmp/batchdiff"
for example in examples/0*.json; do
    "$BIN" render -o "$tmp/one.pdf" "$example" 2>/dev/null
    cmp -s "$tmp/one.pdf" "$tmp/batch/$(basename "$example" .json).pdf" || echo "$example differs" >>"$tmp/batchdiff"
done
if [ -s "$tmp/batchdiff" ]; then report FAIL "render --outdir: same bytes as one render per file" "$tmp/batchdiff"; else report PASS; fi

# A name that ends in 项目 is not doubled ("…项目项目"), and an input
# without goals has no 项目绩效目标 section, which the render says.
"$BIN" render --dump tests/inputs/report-no-goals.json 2>"$tmp/nogoals.err" | sed 's/^  y=[^:]*: //' >"$tmp/nogoals.txt"
if grep -q '^专用设备维护项目绩效评价报告$' "$tmp/nogoals.txt" && ! grep -q '项目项目\|项目绩效目标' "$tmp/nogoals.txt" &&
    grep -q '^tests/inputs/report-no-goals.json: warning: /goals: absent, so the section "项目绩效目标" is left out (layout report)$' "$tmp/nogoals.err"; then
    report PASS
else
    grep '绩效评价报告\|项目项目\|项目绩效目标' "$tmp/nogoals.txt" >"$tmp/diff"
    report FAIL "report: the project's name once, no section without data" "$tmp/diff"
fi

# A table added to a section is set at the section's end under its
# caption, and the attached 自评表 follows the report's own 附件 as 附件2,
# with its own scores (99.5 as published, not the report's); the 目录
# lists each 附件 with the title under it.
"$BIN" render --dump tests/inputs/tables-and-attachment.json 2>/dev/null | sed 's/^  y=[^:]*: //' >"$tmp/attached.txt"
if grep -q '^人员安排及分工情况表$' "$tmp/attached.txt" && grep -q '^附件2$' "$tmp/attached.txt" &&
    [ "$(grep -n '人员安排及分工情况表' "$tmp/attached.txt" | cut -d: -f1)" -lt "$(grep -n '^评价结论及分析$\|^三、评价结论及分析$' "$tmp/attached.txt" | tail -1 | cut -d: -f1)" ] &&
    grep -q '^总分100.0099.5自评等级：优$' "$tmp/attached.txt" && [ "$(grep -c '^2022年度预算项目绩效自评表$' "$tmp/attached.txt")" = 1 ] &&
    grep -q '^附件1　专用设备维护项目绩效评价评分表\.\.\..*4$' "$tmp/attached.txt" &&
    grep -q '^附件2　2022年度预算项目绩效自评表\.\.\..*5$' "$tmp/attached.txt"; then
    report PASS
else
    grep -n '人员安排\|附件\|评价结论\|自评表\|99.5' "$tmp/attached.txt" >"$tmp/diff"
    report FAIL "tables in a section, an attached 自评表 as 附件2" "$tmp/diff"
fi

# An attached form set in landscape by its layout turns its pages in the
# report (portrait): in the PDF (page sizes) and in the DOCX (a section).
attached=examples/003-zaozhuang-report-inspection-equipment.json
"$BIN" render -o "$tmp/turned.pdf" "$attached" 2>/dev/null
"$BIN" render -o "$tmp/turned.docx" "$attached" 2>/dev/null
last=$(pdfinfo "$tmp/turned.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
sizes=$(pdfinfo -f 1 -l "$last" "$tmp/turned.pdf" 2>/dev/null | awk '/^Page .* size:/ {print ($4 > $6) ? "L" : "P"}' | uniq -c | awk '{printf "%s%s ", $1, $2}')
sections=$(/usr/bin/python3 -c 'import docx, sys; print(" ".join(str(s.orientation).split()[0] for s in docx.Document(sys.argv[1]).sections))' "$tmp/turned.docx" 2>&1)
if [ "$sizes" = "27P 3L " ] && [ "$sections" = "PORTRAIT PORTRAIT LANDSCAPE" ]; then report PASS; else
    echo "pages: $sizes; sections: $sections" >"$tmp/diff"; report FAIL "an attached landscape form turns its pages (PDF and DOCX)" "$tmp/diff"; fi

# 四级 indicators keep their 三级 names in both score tables and reach the
# 指标分析 (①); an 一级 named 项目… is not headed 项目项目….
four=tests/inputs/four-levels.json
"$BIN" render -l report -o "$tmp/four.pdf" "$four" 2>/dev/null
rendered_text "$tmp/four.pdf" "$tmp/four.txt"
if "$CHECK" "$four" "$tmp/four.txt" -S -r -a >"$tmp/diff"; then report PASS; else report FAIL "render $four: scores and texts" "$tmp/diff"; fi
tr -d ' \n\f' <"$tmp/four.txt" >"$tmp/four.flat"
for want in "①食品抽检批次得分15分。全年抽检4000批次。" "（一）项目决策情况分析" "（三）项目效益情况分析" "群众满意度30问卷满意度20"; do
    if grep -qF "$want" "$tmp/four.flat" && ! grep -q "项目项目" "$tmp/four.flat"; then report PASS; else
        echo "not in the report: $want (or 项目项目 is)" >"$tmp/diff"; report FAIL "render $four" "$tmp/diff"; fi
done

# Forms as published: 执行率 and totals with the 山东 form's two decimals,
# the title's place from the input's region (never 晋中 on 枣庄 data).
"$BIN" render -o "$tmp/cd2.pdf" examples/003-zaozhuang-selfeval-central-drug-2.json 2>/dev/null
pdftotext -raw "$tmp/cd2.pdf" - 2>/dev/null | tr -d ' \n\f' >"$tmp/cd2.flat"
"$BIN" render -o "$tmp/jz.pdf" examples/000-jinzhong-quality-brand.json 2>/dev/null
pdftotext -raw "$tmp/jz.pdf" - 2>/dev/null | tr -d ' \n\f' >"$tmp/jz.flat"
if grep -qF "36.7522.751061.90%6.19" "$tmp/cd2.flat" && grep -qF "总分100.0096.19" "$tmp/cd2.flat" && ! grep -q "晋中" "$tmp/cd2.flat" &&
    grep -qF "晋中市财政支出项目绩效自评表" "$tmp/jz.flat"; then report PASS; else
    report FAIL "forms as published: 61.90%, 100.00 and 96.19, 晋中 only on 晋中 data" "$tmp/cd2.flat"; fi

# The user's figures print: 高价值专利 as published (5.4, 10 for 专利开放许可件数,
# 95.4 优), 省级市场监管补助资金 99.55, a 河北 form's 9 and 86%; reports say no
# "得分未公布"; a finance report in its own title and chapters, its tables
# where the author put them.
figures_ok=1
printed() { # input want...
    local input=$1
    shift
    "$BIN" render -o "$tmp/fig.pdf" "$input" 2>/dev/null || { echo "$input: not rendered"; return 1; }
    pdftotext -raw "$tmp/fig.pdf" - 2>/dev/null | tr -d ' \n\f' >"$tmp/fig.flat"
    for want in "$@"; do
        case $want in
        '!'*) grep -qF "${want#!}" "$tmp/fig.flat" && { echo "$input: prints ${want#!}"; return 1; } ;;
        *) grep -qF "$want" "$tmp/fig.flat" || { echo "$input: does not print $want"; return 1; } ;;
        esac
    done
    return 0
}
: >"$tmp/diff"
printed examples/003-zaozhuang-selfeval-high-value-patents.json "年度资金总额0230124.521054.14%5.4" "专利开放许可件数≥35件0件1010" \
    "总分100.0095.4自评等级：优" "!85.41" >>"$tmp/diff" || figures_ok=0
printed examples/003-zaozhuang-selfeval-provincial-subsidy.json "总分100.0099.55" "!99.58" >>"$tmp/diff" || figures_ok=0
printed tests/inputs/hebei-national.json "年度资金总额10010086.21086%9" "!8.62" "!86.20%" >>"$tmp/diff" || figures_ok=0
printed examples/002-nanchang-quality-supervision.json "!得分未公布" >>"$tmp/diff" || figures_ok=0
printed examples/003-zaozhuang-report-food-safety.json "2022年度枣庄市食品安全工作评议考核激励资金财政绩效评价报告" \
    "三、综合评价情况及评价结论" "四、绩效评价指标分析" "七、有关建议" "其中：滕州市20万元，山亭区20万元。表0-1" \
    "具体情况如下：表0-2" "项目指标得分情况及分析结果见下表。表0-3" "本项目评价得分为82.05分，评价等级为“良”。" \
    "!项目绩效评价报告2022" >>"$tmp/diff" || figures_ok=0
printed tests/inputs/asterisks.json "项目名称a**2**与b**c" "面积a**2**与b**c" >>"$tmp/diff" || figures_ok=0
"$BIN" render -o "$tmp/fig.pdf" examples/003-zaozhuang-report-food-safety.json 2>/dev/null
pdfinfo -enc UTF-8 "$tmp/fig.pdf" 2>&1 | grep -qx "Title: *2022年度枣庄市食品安全工作评议考核激励资金财政绩效评价报告" ||
    { echo "pdfinfo: the title is not the report's:"; pdfinfo -enc UTF-8 "$tmp/fig.pdf" 2>&1 | head -3; } >>"$tmp/diff" || true
grep -q . "$tmp/diff" && figures_ok=0
if [ $figures_ok = 1 ]; then report PASS; else report FAIL "the user's figures, titles and chapters as entered" "$tmp/diff"; fi

# A command never writes over its only input: -o naming the input, itself
# or through a link, is refused and the input is left as it was.
cp examples/000-jinzhong-quality-brand.json "$tmp/self.json"
ln -sf "$tmp/self.json" "$tmp/self-link.json"
"$BIN" export "$tmp/self.json" -o "$tmp/self.xlsx" 2>/dev/null
: >"$tmp/diff"
for args in "render -o $tmp/self.json $tmp/self.json" "render -o $tmp/self-link.json $tmp/self.json" \
    "export $tmp/self.json -o $tmp/self-link.json" "import $tmp/self.xlsx -o $tmp/self.xlsx"; do
    cp "$tmp/self.xlsx" "$tmp/self-before.xlsx"
    # shellcheck disable=SC2086
    $WRAP "$BIN" $args >/dev/null 2>"$tmp/self.err"
    rc=$?
    if [ $rc != 2 ] || ! grep -q "it would be overwritten" "$tmp/self.err" ||
        ! cmp -s "$tmp/self.json" examples/000-jinzhong-quality-brand.json || ! cmp -s "$tmp/self.xlsx" "$tmp/self-before.xlsx"; then
        echo "jixiao $args: exit $rc, $(cat "$tmp/self.err")" >>"$tmp/diff"
    fi
done
if [ -s "$tmp/diff" ]; then report FAIL "-o naming an input is refused" "$tmp/diff"; else report PASS; fi

# A 250-byte name (the most a file system takes is 255) is written and
# written again: the temporary name beside it is short whatever its length.
long="$tmp/$(printf 'x%.0s' $(seq 1 246)).pdf"
if "$BIN" render -o "$long" examples/000-jinzhong-quality-brand.json 2>/dev/null &&
    "$BIN" render -o "$long" examples/000-jinzhong-quality-brand.json 2>"$tmp/diff"; then report PASS; else
    report FAIL "a 250-byte output name written twice" "$tmp/diff"; fi

# Run from another folder, the build tree's program finds its own layouts.
abs_bin=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
if [ "$(cd "$tmp" && "$abs_bin" layouts 2>&1 | wc -l)" = "$(ls layouts/*.json | wc -l)" ]; then report PASS; else
    (cd "$tmp" && "$abs_bin" layouts) >"$tmp/diff" 2>&1; report FAIL "layouts found from outside the checkout" "$tmp/diff"; fi

# The goal table of a 山东 form lists a goal given last under its own 二级,
# before the next 二级 (监测媒体数量 under 数量指标, before 时效指标).
"$BIN" render --dump tests/inputs/goals-out-of-order.json 2>/dev/null | sed 's/^  y=[^:]*: //' >"$tmp/order.txt"
media=$(grep -n '^监测媒体数量' "$tmp/order.txt" | cut -d: -f1)
timely=$(grep -n '^时效指标' "$tmp/order.txt" | cut -d: -f1)
if [ -n "$media" ] && [ -n "$timely" ] && [ "$media" -lt "$timely" ]; then report PASS; else
    echo "监测媒体数量 at line ${media:-none}, 时效指标 at ${timely:-none}" >"$tmp/diff"; report FAIL "goals out of order: rows under their groups" "$tmp/diff"; fi

# The --dump goldens are set in the committed metrics faces
# (tests/fonts/make-metrics.py), so a Debian font update leaves them be:
# every line they lay out is in one of those faces, none in a fallback.
if /usr/bin/python3 - tests/cli/layouts.t tests/cli/typeset.t tests/cli/figures.t >"$tmp/diff" 2>&1 <<'PY'
import re, sys
bad = blocks = 0
for path in sys.argv[1:]:
    metrics = False
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("$ "):
            metrics = "--fonts tests/fonts/metrics" in line
            blocks += metrics
        elif metrics and re.match(r"> +y=", line) and "Jixiao Metrics" not in line:
            print("%s:%d: not a metrics face: %s" % (path, n, line.strip()[:120])); bad += 1
sys.exit(1 if bad or blocks < 10 else 0)
PY
then report PASS; else report FAIL "the --dump goldens are set in the metrics faces only" "$tmp/diff"; fi

# Every command the README shows prints what the README says it prints.
if /usr/bin/python3 tests/readme_check.py README.md "$BIN" "$tmp/readme" >"$tmp/diff" 2>&1; then report PASS; else
    report FAIL "README samples are what the commands print (tests/readme_check.py)" "$tmp/diff"; fi

# The committed JSON Schema is the one the format's description writes
# (`make schema`): a member added to src/json/members.c and not to the
# committed file fails here.
if "$BIN" schema >"$tmp/schema.json" && diff -u docs/jixiao.schema.json "$tmp/schema.json" >"$tmp/diff"; then report PASS; else
    report FAIL "docs/jixiao.schema.json is what \`jixiao schema\` writes (make schema)" "$tmp/diff"; fi

# Every value a layout binds to says what it is: a member of the input in
# the format's words (json/members.c), a computed value in its own.
"$BIN" fields | awk -F'\t' 'NF < 3 || $3 == ""' >"$tmp/diff"
if [ "$("$BIN" fields | wc -l)" -gt 100 ] && [ ! -s "$tmp/diff" ]; then report PASS; else
    report FAIL "jixiao fields: every value described" "$tmp/diff"; fi

# The JSON Schema editors use accepts every input the loader accepts, and
# refuses a key the loader does not know.
if /usr/bin/python3 - docs/jixiao.schema.json examples/0*.json tests/inputs/four-levels.json tests/inputs/unpublished.json \
    tests/inputs/warn-not-printed.json >"$tmp/diff" 2>&1 <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
bad = 0
for f in sys.argv[2:]:
    for e in jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(f))):
        print(f, "/".join(map(str, e.absolute_path)), e.message[:200]); bad = 1
doc = json.load(open(sys.argv[2]))
doc["subject"]["nmae"] = "x"
if not any(True for _ in jsonschema.Draft202012Validator(schema).iter_errors(doc)): print("subject/nmae accepted"); bad = 1
sys.exit(bad)
PY
then report PASS; else report FAIL "docs/jixiao.schema.json accepts the examples, refuses an unknown key" "$tmp/diff"; fi

# The Chinese words of the enumerations: one list in the source, the same
# words in the schema's enums and the input format's table.
if /usr/bin/python3 - src/base/enums.c docs/jixiao.schema.json docs/input-format.md >"$tmp/diff" 2>&1 <<'PY'
import json, re, sys
pairs = [(c, w) for _, c, w in re.findall(r'\{"([^"]+)", "([^"]+)", "([^"]+)"\}', open(sys.argv[1]).read())]
enums = []
def walk(o):
    if isinstance(o, dict):
        if isinstance(o.get("enum"), list): enums.append(o["enum"])
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
walk(json.load(open(sys.argv[2])))
doc = open(sys.argv[3]).read()
bad = 0
for code, word in pairs:
    if not any(code in e and word in e for e in enums): print("schema lacks", code, word); bad = 1
    if not re.search(r'`%s` [^|]*%s' % (re.escape(code), word), doc): print("input-format.md lacks", code, word); bad = 1
sys.exit(bad if pairs else 1)
PY
then report PASS; else report FAIL "enumeration words: source, schema and docs agree" "$tmp/diff"; fi

# One font file in two roles: two fonts embedded, every glyph drawn (a PDF
# writer that found fonts by name kept one, and table text went blank).
mkdir -p "$tmp/samefont" "$tmp/onefont"
wenkai=/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf
cp "$wenkai" "$tmp/samefont/song.ttf"
cp "$wenkai" "$tmp/samefont/fangsong.ttf"
cp "$wenkai" "$tmp/onefont/song.ttf"
"$BIN" typeset --fonts "$tmp/samefont" -o "$tmp/same.pdf" examples/typesetting.json 2>/dev/null
"$BIN" typeset --fonts "$tmp/onefont" -o "$tmp/one.pdf" examples/typesetting.json 2>/dev/null
# the fangsong stand-in differs in width: lines and pages break elsewhere
# (and a table's continued labels with them); the characters are the same
pdftotext -raw "$tmp/same.pdf" - 2>/dev/null | tr -d ' \n\f' | grep -o . | sort -u >"$tmp/same.txt"
pdftotext -raw "$tmp/one.pdf" - 2>/dev/null | tr -d ' \n\f' | grep -o . | sort -u >"$tmp/one.txt"
if cmp -s "$tmp/same.txt" "$tmp/one.txt" && [ -s "$tmp/one.txt" ] &&
    [ "$(pdffonts "$tmp/same.pdf" | grep -c WenKai)" -gt "$(pdffonts "$tmp/one.pdf" | grep -c WenKai)" ]; then report PASS; else
    report FAIL "one font file as song and fangsong: every glyph in the PDF" "$tmp/same.txt"; fi

# A CFF face that is not CID-keyed (tests/fonts/make-name-keyed.py) is left
# by jixiao's own subsetters to hb-subset: embedded as OpenType, subset,
# with its text copied back; the characters it lacks come from Noto.
mkdir -p "$tmp/namekeyed"
cp tests/fonts/name-keyed.otf "$tmp/namekeyed/fangsong.otf"
printf '{"format":"jixiao-doc/1","blocks":[{"type":"paragraph","text":"AB中文BA，绩效"}]}\n' >"$tmp/namekeyed.json"
"$BIN" typeset --fonts "$tmp/namekeyed" -o "$tmp/namekeyed.pdf" "$tmp/namekeyed.json" 2>"$tmp/diff"
pdffonts "$tmp/namekeyed.pdf" >>"$tmp/diff" 2>&1
if grep -q "JixiaoTestSans-Regular *CID Type 0C (OT) *Identity-H *yes yes yes" "$tmp/diff" &&
    [ "$(pdftotext "$tmp/namekeyed.pdf" - 2>/dev/null | tr -d ' \n\f' | sed 's/—1—//')" = "AB中文BA，绩效" ]; then report PASS; else
    report FAIL "a CFF face that is not CID-keyed: subset by hb-subset, embedded, its text copied back" "$tmp/diff"; fi

# $JIXIAO_FONTS names the fonts folder; --fonts still wins over it.
if JIXIAO_FONTS="$tmp/onefont" "$BIN" fonts examples/typesetting.json 2>&1 | grep -q "^song .*$tmp/onefont/song.ttf" &&
    JIXIAO_FONTS="$tmp/onefont" "$BIN" fonts --fonts "$tmp/samefont" examples/typesetting.json 2>&1 | grep -q "^song .*$tmp/samefont/song.ttf"
then report PASS; else echo "JIXIAO_FONTS not followed" >"$tmp/diff"; report FAIL "JIXIAO_FONTS and --fonts" "$tmp/diff"; fi

# Faults: kills, full and odd targets, FIFOs, damaged images and fonts, a
# memory limit (not under valgrind, whose pace makes the kills meaningless).
if [ -z "$WRAP" ]; then
    wait "$faults_pid" || true
    while IFS= read -r line; do
        case $line in
        PASS*) report PASS ;;
        FAIL*) echo "$line" >"$tmp/diff"; report FAIL "tests/faults.sh: ${line#FAIL }" ;;
        esac
    done <"$tmp/faults.out"
fi

# Batches from a manifest: shards, resume after kills, reruns, progress.
if [ -z "$WRAP" ]; then
    wait "$batch_pid" || true
    while IFS= read -r line; do
        case $line in
        PASS*) report PASS ;;
        FAIL*) echo "$line" >"$tmp/diff"; report FAIL "tests/batch.sh: ${line#FAIL }" ;;
        esac
    done <"$tmp/batch.out"
fi

# The generated 指标分析 paragraphs say what the seed says.
"$BIN" render -o "$tmp/special.pdf" examples/003-zaozhuang-report-special-equipment.json 2>/dev/null
pdftotext -raw "$tmp/special.pdf" - 2>/dev/null | tr -d ' \n\f' | sed 's/—[0-9]*—//g' >"$tmp/special.txt"
while IFS= read -r line; do
    case $line in '#'* | '') continue ;; esac
    want=$(printf '%s' "$line" | tr -d ' ')
    if grep -qF -- "$want" "$tmp/special.txt"; then
        report PASS
    else
        echo "not in the report: $line" >"$tmp/diff"
        report FAIL "tests/render/special-equipment-analysis.txt" "$tmp/diff"
    fi
done <tests/render/special-equipment-analysis.txt

[ -n "$skipped" ] && echo "SKIPPED (the slow tier runs them):$skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
