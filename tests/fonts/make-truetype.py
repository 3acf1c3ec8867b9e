#!/usr/bin/python3
"""Makes tests/fonts/composite.ttf: a TrueType font with boxes for A, 中
and 文 and a composite 国 made of 中 and A (the glyphs jixiao's TrueType
subsetter must follow), and tests/fonts/composite-damaged.ttf, the same
with the composite cut inside its first component, so that the arguments
of a component followed by more run past its outline. Needs python3-fonttools; the files are committed."""
import sys
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent


def box(x0, y0, x1, y1):
    pen = TTGlyphPen(None)
    pen.moveTo((x0, y0)), pen.lineTo((x0, y1)), pen.lineTo((x1, y1)), pen.lineTo((x1, y0)), pen.closePath()
    return pen.glyph()


def composite(parts):
    g = Glyph()
    g.numberOfContours = -1
    g.components = []
    for name, dx, dy in parts:
        c = GlyphComponent()
        c.glyphName, c.x, c.y, c.flags = name, dx, dy, 0
        g.components.append(c)
    return g


def build(path):
    fb = FontBuilder(1000, isTTF=True)
    order = [".notdef", "A", "zhong", "wen", "guo"]
    fb.setupGlyphOrder(order)
    fb.setupCharacterMap({0x41: "A", 0x4E2D: "zhong", 0x6587: "wen", 0x56FD: "guo"})
    fb.setupGlyf({".notdef": box(50, 0, 450, 700), "A": box(50, 0, 550, 700), "zhong": box(100, -80, 900, 820),
                  "wen": box(120, -60, 880, 800), "guo": composite([("zhong", 0, 0), ("A", 200, 100)])})
    fb.setupHorizontalMetrics({n: (1000 if n in ("zhong", "wen", "guo") else 600, 50) for n in order})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": "Jixiao Test Serif", "styleName": "Regular", "psName": "JixiaoTestSerif-Regular"})
    fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    fb.setupPost()
    fb.save(path)


def damage(src, dst):
    """The composite's last component keeps its flags and glyph but loses the
    arguments after them: the outline ends inside it."""
    from fontTools.ttLib import TTFont
    data = bytearray(open(src, "rb").read())
    font = TTFont(src)
    loca = font["loca"]
    order = font.getGlyphOrder()
    g = order.index("guo")
    start, end = loca[g], loca[g + 1]
    # the glyph's bytes: a header of 10, then each component's flags (with
    # MORE_COMPONENTS on the first), glyph and arguments; its end in loca
    # moved into the first component's arguments
    cut = start + 14
    # loca: long or short offsets
    head = font["head"]
    loca_at = font.reader.tables["loca"].offset
    if head.indexToLocFormat == 0:
        pos = loca_at + 2 * (g + 1)
        data[pos:pos + 2] = (cut // 2).to_bytes(2, "big")
    else:
        pos = loca_at + 4 * (g + 1)
        data[pos:pos + 4] = cut.to_bytes(4, "big")
    open(dst, "wb").write(bytes(data))


out = sys.argv[1] if len(sys.argv) > 1 else "tests/fonts"
build(out + "/composite.ttf")
damage(out + "/composite.ttf", out + "/composite-damaged.ttf")
