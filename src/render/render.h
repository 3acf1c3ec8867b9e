/* Renderers over one display list. */
#ifndef JX_RENDER_H
#define JX_RENDER_H

#include "engine/display.h"
#include "fonts/fontset.h"
#include "jixiao.h"

typedef struct jx_pdf_meta {
    const char *title, *author, *subject, *keywords;
} jx_pdf_meta;

/* A deterministic text dump for golden tests: one line per text line,
 * "p<page> y=<baseline> x=<left>..<right> <face> <size>: <text>". */
char *jx_render_text(const jx_display *d, const jx_fontset *fonts);
/* Writes the PDF to `path` whole or not at all (render/output.h). 0, or -1
 * with a diagnostic (nothing is left behind). `helper`: it may subset the
 * faces on a second thread — not in a batch, whose documents already
 * share the cores. */
int jx_render_pdf(const jx_display *d, const jx_fontset *fonts, const jx_pdf_meta *meta, const char *path, int helper,
                  jx_diags *diags);

#endif
