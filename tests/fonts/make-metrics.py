#!/usr/bin/python3
"""Makes tests/fonts/metrics/<role>.ttf: one small TrueType face per font
role (song, hei, kai, fangsong, title), each its own family name, with
empty glyphs of fixed advances (CJK and full-width 1000, ASCII 500, space
250) for every character the repository's inputs, layouts and sources use,
ASCII and GB2312's symbol rows. The --dump goldens are typeset with them
(--fonts tests/fonts/metrics), so a Debian font update does not rewrite
them. Needs python3-fonttools; the files are committed. Run it again when
an input brings a character none of them has: the dump then names the
fallback face in place of the metrics one."""
import glob
import os
import sys

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

ROLES = {"song": "Song", "hei": "Hei", "kai": "Kai", "fangsong": "Fangsong", "title": "Title"}
SOURCES = ["examples/*.json", "examples/api/*.c", "tests/inputs/*.json", "tests/bad/*.json", "tests/layouts/*.json",
           "layouts/*.json", "src/*/*.c", "src/*/*.h", "tests/manifests/*", "docs/new-form.md"]


def characters(root):
    chars = set(chr(c) for c in range(0x20, 0x7F))
    for pattern in SOURCES:
        for path in glob.glob(os.path.join(root, pattern)):
            chars |= set(open(path, encoding="utf-8", errors="ignore").read())
    for row in range(0xA1, 0xAA):  # GB2312's symbol rows: punctuation, numerals, full-width forms
        for cell in range(0xA1, 0xFF):
            try:
                chars |= set(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return sorted(c for c in chars if ord(c) >= 0x20 and not 0xD800 <= ord(c) < 0xE000 and ord(c) != 0x7F)


def advance(c):
    if c == " ":
        return 250
    return 500 if ord(c) < 0x2000 else 1000


def build(role, family, chars, path):
    names = [".notdef"] + ["u%04X" % ord(c) for c in chars]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(c): "u%04X" % ord(c) for c in chars})
    empty = TTGlyphPen(None).glyph()
    fb.setupGlyf({n: empty for n in names})
    metrics = {".notdef": (500, 0)}
    metrics.update({"u%04X" % ord(c): (advance(c), 0) for c in chars})
    fb.setupHorizontalMetrics(metrics)
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": "Jixiao Metrics " + family, "styleName": "Regular",
                       "psName": "JixiaoMetrics" + family + "-Regular"})
    fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120, sCapHeight=700)
    fb.setupPost(keepGlyphNames=False)
    cmap = fb.font["cmap"]
    cmap.tables = [t for t in cmap.tables if (t.platformID, t.platEncID) == (3, 1)]  # one map is enough
    fb.save(path)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    out = os.path.join(root, "tests/fonts/metrics")
    os.makedirs(out, exist_ok=True)
    chars = characters(root)
    for role, family in ROLES.items():
        build(role, family, chars, os.path.join(out, role + ".ttf"))
    print("%d characters in %s" % (len(chars), out))


if __name__ == "__main__":
    main()
