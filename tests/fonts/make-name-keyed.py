#!/usr/bin/python3
"""Makes tests/fonts/name-keyed.otf: a CFF font that is not CID-keyed (the
faces jixiao's own subsetters leave to hb-subset), its glyphs plain boxes
for A, B, 中 and 文. Needs python3-fonttools; the file is committed."""
import sys
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen


def box(x0, y0, x1, y1, width):
    pen = T2CharStringPen(width, None)
    pen.moveTo((x0, y0)), pen.lineTo((x1, y0)), pen.lineTo((x1, y1)), pen.lineTo((x0, y1)), pen.closePath()
    return pen.getCharString()


fb = FontBuilder(1000, isTTF=False)
fb.setupGlyphOrder([".notdef", "A", "B", "zhong", "wen"])
fb.setupCharacterMap({0x41: "A", 0x42: "B", 0x4E2D: "zhong", 0x6587: "wen"})
fb.setupCFF("JixiaoTestSans", {"FullName": "Jixiao Test Sans"},
            {".notdef": box(50, 0, 450, 700, 500), "A": box(50, 0, 550, 700, 600), "B": box(60, 0, 540, 700, 600),
             "zhong": box(100, -80, 900, 820, 1000), "wen": box(120, -60, 880, 800, 1000)}, {})
fb.setupHorizontalMetrics({".notdef": (500, 50), "A": (600, 50), "B": (600, 60), "zhong": (1000, 100), "wen": (1000, 120)})
fb.setupHorizontalHeader(ascent=880, descent=-120)
fb.setupNameTable({"familyName": "Jixiao Test Sans", "styleName": "Regular", "psName": "JixiaoTestSans-Regular"})
fb.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
fb.setupPost()
fb.save(sys.argv[1] if len(sys.argv) > 1 else "tests/fonts/name-keyed.otf")
