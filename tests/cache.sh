#!/usr/bin/env bash
# The cache of faces' tables and compiled layouts (src/base/cache.c): the
# same bytes and messages with it empty, filled and with --no-cache; an
# entry damaged, truncated, foreign, stale, replaced by a folder or a link
# is ignored and made again; a changed layout is compiled again; no cache
# folder where none can be made; --no-cache writes nothing. Writes the
# compiled layouts' payloads and mutants of them into TMP/compiled for the
# fuzz target's replay. Prints PASS/FAIL lines for tests/run.sh.
# Usage: tests/cache.sh BIN TMP [all]: with `all`, every example through
# every layout; else each example through its default layout.
set -u
BIN=$1
T=$2
ALL=${3:-}
mkdir -p "$T"
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1${2:+: $2}"; }
report=examples/003-zaozhuang-report-special-equipment.json
render() { # CACHE NAME args...: output T/NAME.pdf, messages and status T/NAME.err
    local cache=$1 name=$2
    shift 2
    XDG_CACHE_HOME=$cache "$BIN" render -o "$T/$name.pdf" "$@" >"$T/$name.err" 2>&1
    echo "exit $?" >>"$T/$name.err"
    sed -i "s#$T/$name.pdf#OUT#" "$T/$name.err"
}
same() { # A B: the same PDF bytes and the same messages
    cmp -s "$T/$1.err" "$T/$2.err" && { [ ! -e "$T/$1.pdf" ] || cmp -s "$T/$1.pdf" "$T/$2.pdf"; }
}

# Empty, filling, filled, and without it: the same output.
cases=0 differ=""
for input in examples/0*.json; do
    layouts=(-)
    [ -n "$ALL" ] && layouts=(layouts/*.json)
    for layout in "${layouts[@]}"; do
        args=("$input")
        [ "$layout" != - ] && args=(-l "$(basename "$layout" .json)" "$input")
        rm -rf "$T/c1"
        render "$T/c1" none "${args[@]}" --no-cache
        render "$T/c1" fill "${args[@]}"
        render "$T/c1" hit "${args[@]}"
        cases=$((cases + 1))
        same none fill && same none hit || differ="$differ ${args[*]}"
    done
done
if [ -z "$differ" ]; then pass "cache: $cases renders the same with the cache empty, filling, filled and off"
else fail "cache: differs with the cache for" "$differ"; fi

rm -rf "$T/c2"
render "$T/c2" first "$report" --no-cache
if [ ! -e "$T/c2" ]; then pass "cache: --no-cache makes no cache folder"; else fail "cache: --no-cache made $T/c2"; fi
render "$T/c2" first "$report"
entries=$(ls "$T/c2/jixiao" | grep -c -E '^(cmap|layout)-[0-9a-f]{16}$')
if [ "$entries" -ge 4 ] && [ -z "$(find "$T/c2/jixiao" -name '.*' -type f)" ]; then
    pass "cache: a render leaves its faces' tables and layouts, no temporary file"
else
    fail "cache: entries after a render" "$(ls -a "$T/c2/jixiao" | tr '\n' ' ')"
fi

# A render alone reads its body face ahead while it typesets; one of a
# batch does not: the same bytes.
XDG_CACHE_HOME=$T/c5 "$BIN" render --outdir "$T/batch" --jobs 1 --quiet "$report" >/dev/null 2>&1
if cmp -s "$T/first.pdf" "$T/batch/$(basename "$report" .json).pdf"; then
    pass "the body face read ahead while typesetting: the bytes of a batch's render, which does not"
else
    fail "a render alone and a batch's differ" "$(ls "$T/batch" | tr '\n' ' ')"
fi

# Each kind of damage, to every entry at once: ignored, the render the
# same, the entry written anew whole.
damage() { # NAME: python's damage to every entry
    local e
    for e in "$T/c2/jixiao"/*; do
        case $1 in
        truncated) head -c 200 "$e" >"$e.t" && mv "$e.t" "$e" ;;
        payload) printf '\377' | dd of="$e" bs=1 seek=$(($(stat -c %s "$e") - 7)) conv=notrunc status=none ;;
        version) printf '9.9.9' | dd of="$e" bs=1 seek=16 conv=notrunc status=none ;;
        garbage) head -c 5000 /dev/urandom >"$e" ;;
        empty) : >"$e" ;;
        folder) rm -f "$e" && mkdir "$e" ;;
        link) rm -f "$e" && ln -s "$(ls "$T/c2/jixiao" | head -1)" "$e" ;;
        esac
    done
}
listing() { (cd "$1/jixiao" && find . -maxdepth 1 -type f -exec md5sum {} + | sort); }
for kind in truncated payload version garbage empty folder link; do
    cp -a "$T/c2" "$T/c2.kept"
    damage "$kind"
    render "$T/c2" damaged "$report"
    if ! same first damaged; then
        fail "cache: an entry $kind is ignored" "$(head -c 300 "$T/damaged.err")"
    elif [ "$kind" != folder ] && ! cmp -s <(listing "$T/c2.kept") <(listing "$T/c2"); then
        fail "cache: an entry $kind is made again" "$(listing "$T/c2" | tr '\n' ' ')"
    else
        pass "cache: an entry $kind is ignored, made again, and the render is the same"
    fi
    rm -rf "$T/c2" && mv "$T/c2.kept" "$T/c2"
done

# A layout changed after it was cached is compiled again: its new title
# is printed. The same size and a later time, or another size.
mkdir -p "$T/lay"
cp layouts/*.json "$T/lay/"
render "$T/c3" before -l "$T/lay/report.json" "$report"
sed -i 's/"项目名称：{subject.name}"/"项目名目：{subject.name}"/' "$T/lay/report.json"
touch -d '+1 minute' "$T/lay/report.json"
render "$T/c3" after -l "$T/lay/report.json" "$report"
if pdftotext "$T/after.pdf" - 2>/dev/null | grep -q '项目名目：' && pdftotext "$T/before.pdf" - 2>/dev/null | grep -q '项目名称：'; then
    pass "cache: a layout changed since it was cached is read again"
else
    fail "cache: a changed layout's old compilation was used"
fi

# No folder can be made: the render goes on without one.
: >"$T/not-a-folder"
render "$T/not-a-folder" nofolder "$report"
if same first nofolder; then pass "cache: where no cache folder can be made, renders without one"; else fail "cache: no folder" "$(head -c 300 "$T/nofolder.err")"; fi
mkdir -p "$T/home"
HOME=$T/home XDG_CACHE_HOME=relative/path "$BIN" render -o "$T/rel.pdf" "$report" >/dev/null 2>&1
if [ -d "$T/home/.cache/jixiao" ] && [ ! -e relative ]; then pass "cache: a relative XDG_CACHE_HOME is ignored for ~/.cache"; else fail "cache: relative XDG_CACHE_HOME"; fi

# The compiled layouts' payloads, and mutants of them, for the replay of
# the fuzz target (tests/fuzz/fuzz_compiled.c).
rm -rf "$T/c4" "$T/compiled"
mkdir -p "$T/compiled"
XDG_CACHE_HOME=$T/c4 "$BIN" layouts >/dev/null 2>&1
/usr/bin/python3 - "$T/c4/jixiao" "$T/compiled" <<'EOF'
import os, sys
src, out = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    if not name.startswith("layout-"):
        continue
    payload = open(os.path.join(src, name), "rb").read()[128:]
    open(os.path.join(out, name), "wb").write(payload)
    n = len(payload)
    for k in range(1, 25):  # cut short anywhere
        open(os.path.join(out, f"{name}-cut{k}"), "wb").write(payload[: n * k // 25])
    for k in range(1, 40):  # a byte flipped, a count made huge or negative
        at = (n * k * 7919 // 40) % n
        flipped = bytearray(payload)
        flipped[at] ^= 0xFF
        open(os.path.join(out, f"{name}-flip{k}"), "wb").write(flipped)
        if at + 4 <= n:
            big = bytearray(payload)
            big[at : at + 4] = (b"\xff\xff\xff\x7f", b"\x00\x00\x00\x80", b"\x05\x00\x00\x00")[k % 3]
            open(os.path.join(out, f"{name}-word{k}"), "wb").write(big)
EOF
if [ "$(ls "$T/compiled" | wc -l)" -gt 500 ]; then pass "cache: every shipped layout's compilation, and mutants, for the replay"
else fail "cache: too few compiled layouts" "$(ls "$T/c4/jixiao" | tr '\n' ' ')"; fi
