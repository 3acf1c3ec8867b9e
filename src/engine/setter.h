/* The setter: what the flow and the block setters (tables, charts, images)
 * share. Not part of any interface. */
#ifndef JX_ENGINE_SETTER_H
#define JX_ENGINE_SETTER_H

#include "engine/para.h"
#include "engine/typeset.h"

/* points per millimetre */
#define JX_MM (72.0 / 25.4)

typedef struct setter {
    const jx_document *doc;
    const jx_fontset *fonts;
    const jx_page_style *st;     /* the current page's: one of styles */
    const jx_page_style *styles; /* portrait and landscape */
    jx_display *out;
    jx_diags *diags;
    double y; /* top of the next line box, from the top of the type area */
    int numbering; /* page numbers start with the first page of body text */
    int front_matter; /* setting blocks before the 目录's end */
    int counters[4];
    int oom;
    const jx_block *next, *end; /* the blocks after the one being set */
    struct toc_place *toc;      /* where the 目录 was set, when asked */
    const int *toc_pages; /* printed page of each heading, from the first pass */
    size_t ntoc_pages;
    int marks; /* the tree is a compilation: its documents' marks head the outline and fill the 目录 */
} setter;

typedef struct run {
    jx_glyph_in *g;
    int *face;
    unsigned char *bold;
    size_t n, cap;
} run;

int ts_reserve(setter *S, void **items, size_t *cap, size_t n, size_t size);
jx_dpage *ts_current_page(setter *S);
int ts_new_page(setter *S);
/* Gives a page the size and orientation of the setter's current style. */
void ts_fit_page(const setter *S, jx_dpage *pg);
void ts_add_glyph(setter *S, jx_dpage *p, jx_dglyph g);
void ts_add_rule(setter *S, jx_dpage *p, jx_drule r);
void ts_add_rect(setter *S, jx_dpage *p, jx_drect r);
int ts_shape(setter *S, const char *text, size_t len, jx_role role, double size, int bold, jx_pos pos, run *r);
void ts_run_free(run *r);
/* Width of a shaped run on one line (no kerning: labels, numbers). */
double ts_run_width(const run *r);
typedef enum { TS_LEFT, TS_CENTER, TS_RIGHT } ts_anchor;
/* Places a shaped run on one line at baseline y; x is its left edge,
 * centre or right edge. Spaces advance without a glyph. */
void ts_place_run(setter *S, jx_dpage *pg, const run *r, double size, double x, double y, ts_anchor anchor);
double ts_baseline_offset(double size, double leading);
int ts_lines_left(const setter *S, double leading);
typedef enum { TS_JUSTIFY, TS_ALIGN_LEFT, TS_ALIGN_CENTER, TS_ALIGN_RIGHT } ts_align;
/* Places lines first..last of a filled paragraph, x0 from the left of the
 * type area, each advancing by leading. */
void ts_emit_lines(setter *S, const run *r, const jx_para *p, size_t first, size_t last, double x0, ts_align align,
                   double size, double leading);
int ts_set_paragraph(setter *S, const char *text, size_t len, jx_role role, double size, int bold, double indent,
                     int keep_after, ts_align align, jx_pos pos);

#endif
