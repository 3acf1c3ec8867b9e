/* The layout engine: a document tree -> pages of positioned glyphs. */
#ifndef JX_TYPESET_H
#define JX_TYPESET_H

#include "engine/display.h"
#include "doc/doc.h"
#include "fonts/fontset.h"
#include "engine/linebreak.h"
#include "jixiao.h"

typedef struct jx_page_style {
    double width, height;   /* A4: 595.28 × 841.89 pt */
    double top, left;       /* GB/T 9704: 37 mm, 28 mm */
    double area_w, area_h;  /* 156 × 225 mm */
    double body_size;       /* 三号 16 pt */
    double leading;         /* 28 pt fixed */
    double title_size;      /* 二号 22 pt */
    double folio_size;      /* 四号 14 pt, page numbers */
    jx_kinsoku kinsoku;
    double pitch; /* character pitch of body text on the grid, 0: natural */
} jx_page_style;

/* The page a document asks for: GB/T 9704 defaults under its style and
 * page settings. */
void jx_page_style_of(const jx_document *doc, jx_page_style *s);
/* The same, for pages turned to landscape (1) or portrait (0). */
void jx_page_style_turned(const jx_document *doc, int landscape, jx_page_style *s);
/* Everything the pages need comes from the tree. 0, or -1 with
 * diagnostics (missing glyphs are warnings). */
int jx_typeset(const jx_document *doc, const jx_fontset *fonts, jx_display *out, jx_diags *diags);

#endif
