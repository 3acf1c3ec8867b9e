/* TrueType faces (glyf outlines) cut to the glyphs a document draws: the
 * components of composite glyphs come along, glyphs are numbered anew in
 * their order, instructions are dropped (print does not hint), and the font
 * keeps what a PDF reader uses of an embedded TrueType program: head, hhea,
 * maxp, hmtx, loca, glyf. Fonts are untrusted input: every read is
 * bounds-checked, composites are followed with a work list. */
#ifndef JX_FONTS_GLYF_H
#define JX_FONTS_GLYF_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "fonts/font.h"

/* The program for glyphs[0..n) of the face: 0 with the font in out and
 * each glyph's number in it in renumbered[0..n); 1 when the face is not
 * one this reader handles (no glyf table, damaged tables), out untouched;
 * -1 out of memory. */
int jx_glyf_subset(const jx_font *font, const uint32_t *glyphs, size_t n, jx_buf *out, uint16_t *renumbered);

#endif
