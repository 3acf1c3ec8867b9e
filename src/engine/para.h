/* Fills a paragraph into lines: break opportunities with 禁则, punctuation
 * compression, Han–Latin spacing, justification and orphan control. Works
 * on code points and advance widths only, so it is independent of fonts. */
#ifndef JX_PARA_H
#define JX_PARA_H

#include <stddef.h>
#include <stdint.h>

#include "engine/linebreak.h"

typedef struct jx_glyph_in {
    uint32_t cp;
    double advance; /* natural advance, pt */
    double em;      /* the font size, pt: the unit of compression and spacing */
} jx_glyph_in;

typedef struct jx_para_opts {
    double width;  /* line length, pt */
    double indent; /* first-line indent, pt (2 em for body text) */
    jx_kinsoku kinsoku;
    int justify_last; /* also justify the last line */
    int ragged;       /* justify no line: centered or right-aligned text */
    double max_stretch; /* em a gap may widen by in justifying; a line needing more
                           stays as set (table cells: "支　　　　出" is worse than
                           a ragged edge); 0: no limit */
} jx_para_opts;

typedef struct jx_line {
    size_t start, end; /* glyphs [start, end); leading spaces excluded */
    double x0;         /* where the line starts (the indent on the first line) */
    double natural;    /* width before justification, from x0 */
    int justified;
} jx_line;

typedef struct jx_para {
    double *x;     /* x of each glyph from the line's left edge; NAN when not drawn */
    jx_line *lines;
    size_t nlines;
} jx_para;

/* 0, or -1 when out of memory. */
int jx_para_fill(const jx_glyph_in *g, size_t n, const jx_para_opts *opts, jx_para *out);
void jx_para_free(jx_para *p);
/* Right edge of a line as drawn (the trimmed width of its last glyph). */
double jx_para_line_right(const jx_para *p, const jx_glyph_in *g, const jx_line *line);

#endif
