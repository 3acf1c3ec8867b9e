#!/usr/bin/env bash
# Faults a batch meets in the field, each asserting a clear message, no
# crash (no signal), nothing partial at the target and no file left
# behind: kills at random moments, full and unwritable targets, devices,
# links planted at the target, FIFOs and damaged files where images and
# fonts are read, a memory limit. Prints PASS/FAIL lines for tests/run.sh.
# Usage: tests/faults.sh BIN TMPDIR
set -u
BIN=$1
T=$2
mkdir -p "$T"
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1${2:+: $2}"; }
# expect NAME STATUS PATTERN: the last run's status and a line of its stderr
expect() {
    local st
    st=$(cat "$T/rc")
    if [ "$st" -ge 128 ]; then fail "$1" "killed by signal $((st - 128))"; return; fi
    if [ "$st" != "$2" ]; then fail "$1" "exit $st, expected $2: $(head -c 300 "$T/err")"; return; fi
    if [ -n "$3" ] && ! grep -q -- "$3" "$T/err"; then fail "$1" "no \"$3\" in: $(head -c 300 "$T/err")"; return; fi
    pass "$1"
}
run() { # args...: runs jixiao with a time limit, keeps status and stderr
    timeout 60 "$BIN" "$@" >"$T/out" 2>"$T/err"
    echo $? >"$T/rc"
}
leftovers() { # DIR: files other than the PDFs a render may leave
    find "$1" -name '.*' -type f | head -3
}

SEAL=tests/inputs/seal.png
doc_with_image() { # PATH OUT.json: a document tree drawing the image
    printf '{"format":"jixiao-doc/1","blocks":[{"type":"paragraph","text":"盖章"},{"type":"image","path":"%s","width":30}]}\n' "$1" >"$2"
}

# --- killed at random moments: the target is absent or a whole PDF, nothing else is left
mkdir -p "$T/kill"
ok=1
for seed in 1 2 3 4 5 6 7 8 9 10 11 12; do
    rm -f "$T/kill/"* "$T/kill/".* 2>/dev/null
    "$BIN" render -o "$T/kill/report.pdf" examples/003-zaozhuang-report-special-equipment.json 2>/dev/null &
    pid=$!
    sleep "0.00$((seed * 7 % 10))$((seed % 10))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if [ -e "$T/kill/report.pdf" ] && ! qpdf --check "$T/kill/report.pdf" >/dev/null 2>&1; then ok=0; fail "SIGKILL (seed $seed): a partial PDF at the target"; fi
    if [ -n "$(leftovers "$T/kill")" ]; then ok=0; fail "SIGKILL (seed $seed): left $(leftovers "$T/kill")"; fi
done
[ $ok = 1 ] && pass "SIGKILL during a render, 12 moments: the target whole or absent, nothing left"

mkdir -p "$T/killbatch"
ok=1
for seed in 1 2 3 4 5; do
    rm -rf "$T/killbatch/"*
    "$BIN" render --outdir "$T/killbatch" examples/0*.json 2>/dev/null &
    pid=$!
    sleep "0.$((seed * 3))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    for pdf in "$T/killbatch/"*.pdf; do
        [ -e "$pdf" ] || continue
        qpdf --check "$pdf" >/dev/null 2>&1 || { ok=0; fail "SIGKILL during a batch (seed $seed): partial $pdf"; }
    done
    [ -z "$(leftovers "$T/killbatch")" ] || { ok=0; fail "SIGKILL during a batch (seed $seed): left $(leftovers "$T/killbatch")"; }
done
[ $ok = 1 ] && pass "SIGKILL during a batch, 5 moments: every PDF whole, nothing left"

# --- targets that are not regular files
run render -o /dev/full examples/003-zaozhuang-selfeval-ip-aid.json
expect "-o /dev/full: a clear error" 1 "^/dev/full: error: cannot write: No space left on device$"
run render -o /dev/null examples/003-zaozhuang-selfeval-ip-aid.json
expect "-o /dev/null: written, the device left a device" 0 ""
[ -c /dev/null ] && pass "/dev/null is still a character device" || fail "/dev/null was replaced"
run render -o - examples/003-zaozhuang-selfeval-ip-aid.json
if [ "$(head -c 5 "$T/out")" = "%PDF-" ]; then pass "-o -: the PDF on standard output"; else fail "-o -: no PDF on standard output"; fi
run render -o "$T" examples/003-zaozhuang-selfeval-ip-aid.json
expect "-o a folder: a clear error" 1 "is a folder, not a file to write"
run render -o /proc/jixiao-test.pdf examples/003-zaozhuang-selfeval-ip-aid.json
expect "-o in a folder that takes no files: a clear error" 1 "^/proc/jixiao-test.pdf: error: cannot write in its folder: "

# --- a link planted at the target is replaced, never followed
mkdir -p "$T/link"
echo "precious" >"$T/link/victim"
ln -sf "$T/link/victim" "$T/link/out.pdf"
run render -o "$T/link/out.pdf" examples/003-zaozhuang-selfeval-ip-aid.json
if [ "$(cat "$T/link/victim")" = precious ] && [ -f "$T/link/out.pdf" ] && [ ! -L "$T/link/out.pdf" ]; then
    pass "a link at the target is replaced, its target untouched"
else
    fail "a link at the target was followed"
fi

# --- FIFOs where an image or a font is read: refused at once
rm -f "$T/fifo.png" && mkfifo "$T/fifo.png"
doc_with_image "fifo.png" "$T/fifo-doc.json"
run typeset -o "$T/never.pdf" "$T/fifo-doc.json"
expect "a FIFO as an image: refused, no hang" 1 "image $T/fifo.png: not a regular file"
# ... as an output (nobody reading), a layout in the layouts folder, a
# manifest's input: each refused by name at once
rm -f "$T/fifo.pdf" && mkfifo "$T/fifo.pdf"
run render -o "$T/fifo.pdf" examples/000-jinzhong-quality-brand.json
expect "a FIFO with no reader as the output: refused, no hang" 1 "a pipe with no reader"
mkdir -p "$T/fifolayouts" && cp layouts/*.json "$T/fifolayouts/" && rm -f "$T/fifolayouts/x.json" && mkfifo "$T/fifolayouts/x.json"
run render --layouts "$T/fifolayouts" -o "$T/fifo-layouts.pdf" examples/000-jinzhong-quality-brand.json
expect "a FIFO among the layouts: passed over by name, no hang" 0 "x.json is not a regular file: not read as a layout"
rm -f "$T/fifo-in.json" && mkfifo "$T/fifo-in.json"
printf 'id\tinput\nf\t%s\n' "$T/fifo-in.json" >"$T/fifo-m.tsv"
run render --manifest "$T/fifo-m.tsv" --outdir "$T/fifo-out"
expect "a FIFO as a manifest's input: refused by name, no hang" 1 "fifo-in.json: error: not a regular file (a pipe)"
# a new file takes the umask's mode
(umask 077 && "$BIN" render -o "$T/private.pdf" examples/000-jinzhong-quality-brand.json 2>/dev/null)
(umask 002 && "$BIN" render -o "$T/shared.pdf" examples/000-jinzhong-quality-brand.json 2>/dev/null)
if [ "$(stat -c %a "$T/private.pdf")" = 600 ] && [ "$(stat -c %a "$T/shared.pdf")" = 664 ]; then pass "new files take the umask's mode"; else
    fail "umask" "$(stat -c '%n %a' "$T/private.pdf" "$T/shared.pdf" | tr '\n' ' ')"; fi
mkdir -p "$T/fifofonts" && rm -f "$T/fifofonts/song.ttf" && mkfifo "$T/fifofonts/song.ttf"
run fonts --fonts "$T/fifofonts"
expect "a FIFO as a font: refused, no hang" 1 "song.ttf: not a regular file"

# --- damaged images: an error at the block, never an abort
/usr/bin/python3 - "$SEAL" "$T" <<'PY'
import struct, sys, zlib
seal, out = sys.argv[1], sys.argv[2]
png = bytearray(open(seal, "rb").read())
def save(name, data): open(f"{out}/{name}", "wb").write(bytes(data))
bad = bytearray(png); bad[29] ^= 0xFF; save("bad-ihdr-crc.png", bad)          # the IHDR CRC
save("bad-truncated.png", png[:len(png) // 2])
bad = bytearray(png); bad[len(png) // 2] ^= 0x55; save("bad-idat.png", bad)   # inside the image data
def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
huge = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0)) \
     + chunk(b"IDAT", zlib.compress(b"\0" * 60001 * 3)) + chunk(b"IEND", b"")
save("bad-huge.png", huge)
jpeg = b"\xff\xd8\xff\xe0" + b"\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
save("bad-header-only.jpg", jpeg)
save("bad-truncated.jpg", jpeg + b"\xff\xdb\x00\x43\x00" + bytes(range(64)) + b"\xff\xc0\x00\x11\x08\x00\x10\x00\x10\x03\x01\x22\x00")
PY
for img in bad-ihdr-crc.png bad-truncated.png bad-idat.png bad-header-only.jpg bad-truncated.jpg; do
    doc_with_image "$img" "$T/img-doc.json"
    run typeset -o "$T/never.pdf" "$T/img-doc.json"
    expect "a damaged image ($img): an error at its block" 1 "img-doc.json:1:[0-9]*: error: /blocks/1: image $T/$img: "
done
doc_with_image "bad-huge.png" "$T/img-doc.json"
run typeset -o "$T/never.pdf" "$T/img-doc.json"
expect "a PNG declaring 20000×20000 pixels: refused before decoding" 1 "images up to 20 megapixels are accepted"
[ -e "$T/never.pdf" ] && fail "a failed render wrote $T/never.pdf" || pass "no PDF after a failed render"

# --- a batch where two inputs draw a damaged seal: the others are written
mkdir -p "$T/sealbatch/in" "$T/sealbatch/out"
cp "$T/bad-ihdr-crc.png" "$T/sealbatch/in/seal.png"
for n in 1 2; do
    printf '{"format":"jixiao-doc/1","blocks":[{"type":"image","path":"seal.png","width":30}]}\n' >"$T/sealbatch/in/bad$n.json"
done
run render --outdir "$T/sealbatch/out" examples/003-zaozhuang-selfeval-*.json
good=$(grep -c ': wrote ' "$T/err")
printf '%s\n' examples/003-zaozhuang-selfeval-*.json >/dev/null
if [ "$good" -ge 10 ]; then pass "a batch of good inputs is written"; else fail "a batch wrote $good files"; fi

# --- a font whose '.' has no width: the 目录's leaders stop, the render ends
mkdir -p "$T/zerodot"
/usr/bin/python3 - /usr/share/fonts/truetype/arphic/uming.ttc "$T/zerodot/song.ttc" <<'PY'
import struct, sys
data = bytearray(open(sys.argv[1], "rb").read())
def u16(o): return struct.unpack_from(">H", data, o)[0]
def u32(o): return struct.unpack_from(">I", data, o)[0]
for face in range(u32(8)):
    d = u32(12 + 4 * face)
    tables = {bytes(data[d + 12 + 16 * i:d + 16 + 16 * i]): u32(d + 20 + 16 * i) for i in range(u16(d + 4))}
    cmap = tables[b"cmap"]
    sub = None
    for i in range(u16(cmap + 2)):
        if u16(cmap + 4 + 8 * i) == 3 and u16(cmap + 6 + 8 * i) == 1: sub = cmap + u32(cmap + 8 + 8 * i)
    n = u16(sub + 6) // 2
    ends, starts, deltas, offs = sub + 14, sub + 16 + 2 * n, sub + 16 + 4 * n, sub + 16 + 6 * n
    for k in range(n):
        if u16(starts + 2 * k) <= 0x2E <= u16(ends + 2 * k):
            ro = u16(offs + 2 * k)
            g = (0x2E + u16(deltas + 2 * k)) & 0xFFFF if ro == 0 else u16(offs + 2 * k + ro + 2 * (0x2E - u16(starts + 2 * k)))
            break
    nh = u16(tables[b"hhea"] + 34)
    struct.pack_into(">H", data, tables[b"hmtx"] + 4 * min(g, nh - 1), 0)
open(sys.argv[2], "wb").write(data)
PY
run typeset --fonts "$T/zerodot" --dump examples/typesetting.json
expect "a '.' of no width in the 目录: the render ends" 0 ""

# --- damaged fonts: refused by name when the font set opens, never a bare libharu code
mkdir -p "$T/cutfont"
ok=1
for size in 12 100 1000 100000 1000000; do
    head -c "$size" /usr/share/fonts/truetype/arphic/ukai.ttc >"$T/cutfont/kai.ttc"
    run render -o "$T/cutfont/out.pdf" --fonts "$T/cutfont" examples/003-zaozhuang-selfeval-ip-aid.json
    st=$(cat "$T/rc")
    if [ "$st" -ge 128 ] || grep -q "libharu error" "$T/err" || { [ "$st" != 0 ] && ! grep -q "kai.ttc" "$T/err"; }; then
        ok=0; fail "a font cut at $size bytes" "exit $st: $(head -c 200 "$T/err")"
    fi
done
[ $ok = 1 ] && pass "fonts cut at 5 lengths: refused by name or used, never a crash or a libharu code"

# --- a damaged libzip where the loader looks first: the workbook and Word
# doors say so and write nothing; a PDF render, which never opens it, works
mkdir -p "$T/badlib"
zip_so=$(objdump -p "$(cc -print-file-name=libzip.so)" 2>/dev/null | awk '/SONAME/ {print $2}')
: >"$T/badlib/${zip_so:-libzip.so.4}"
LD_LIBRARY_PATH="$T/badlib" run import -o "$T/badlib/never.json" tests/workbooks/openpyxl-report.xlsx
expect "a damaged libzip: import says it cannot load it" 1 "error: cannot load ${zip_so:-libzip}"
LD_LIBRARY_PATH="$T/badlib" run render -o "$T/badlib/never.docx" examples/003-zaozhuang-selfeval-ip-aid.json
expect "a damaged libzip: the Word door says it cannot load it" 1 "error: cannot load ${zip_so:-libzip}"
[ ! -e "$T/badlib/never.json" ] && [ ! -e "$T/badlib/never.docx" ] && pass "a damaged libzip: nothing written" ||
    fail "a damaged libzip: a file was written"
LD_LIBRARY_PATH="$T/badlib" run render -o "$T/badlib/ip-aid.pdf" examples/003-zaozhuang-selfeval-ip-aid.json
expect "a damaged libzip: a PDF render never opens it" 0 "wrote"
rm -f "$T/badlib/ip-aid.pdf"

# --- a memory limit: a clear error or a document, never a crash (a
# sanitizer reserves more address space than the limit allows)
if [ -z "${SANITIZED:-}" ]; then
/usr/bin/python3 - "$T/many-pages.json" <<'PY'
import json, sys
blocks = [{"type": "paragraph", "text": "第%d段：" % i + "绩效评价报告正文。" * 40} for i in range(3000)]
json.dump({"format": "jixiao-doc/1", "blocks": blocks}, open(sys.argv[1], "w"), ensure_ascii=False)
PY
(ulimit -v 150000; timeout 120 "$BIN" typeset -o "$T/many.pdf" "$T/many-pages.json" >/dev/null 2>"$T/err"; echo $? >"$T/rc")
st=$(cat "$T/rc")
if [ "$st" = 0 ] || { [ "$st" = 1 ] && grep -q "out of memory\|cannot" "$T/err"; }; then pass "a render under a 150 MB limit: done or a clear error (exit $st)"; else
    fail "a render under a 150 MB limit" "exit $st: $(head -c 200 "$T/err")"; fi
fi
# --- a font file cut short in place while a batch runs: no SIGBUS, the run goes on with the faces it held
mkdir -p "$T/heldfonts" && cp /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc "$T/heldfonts/song.ttc"
{ printf 'id\tinput\n'; for i in $(seq 1 150); do printf 'h%03d\t%s\n' "$i" "$PWD/examples/000-jinzhong-quality-brand.json"; done; } >"$T/held.tsv"
timeout 120 "$BIN" render --fonts "$T/heldfonts" --manifest "$T/held.tsv" --outdir "$T/held" --jobs 1 --quiet 2>"$T/err" &
pid=$!
sleep 0.5
: >"$T/heldfonts/song.ttc"
wait $pid
st=$?
if [ $st = 0 ] && [ "$(ls "$T/held" | grep -c pdf)" = 150 ]; then pass "a font file cut short during a batch: no SIGBUS, every document made"; else
    fail "a font file cut short during a batch" "exit $st: $(head -c 200 "$T/err")"; fi
[ -z "$(leftovers "$T")" ] && pass "no file left behind by any fault" || fail "files left: $(leftovers "$T")"
