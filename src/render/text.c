#include <math.h>
#include <stdio.h>

#include "base/buf.h"
#include "base/utf8.h"
#include "render/render.h"

static void put_utf8(jx_buf *b, uint32_t c) {
    char u[4];
    jx_buf_put(b, u, jx_utf8_encode(c, u));
}

char *jx_render_text(const jx_display *d, const jx_fontset *fonts) {
    jx_buf b;
    jx_buf_init(&b, 64u << 20);
    for (size_t p = 0; p < d->npages; p++) {
        const jx_dpage *pg = &d->pages[p];
        jx_buf_printf(&b, "page %zu%s", p + 1, pg->number ? "" : " (no number)");
        /* a page turned from the document's own orientation */
        if (pg->width != d->width) jx_buf_printf(&b, ", %s", pg->landscape ? "landscape" : "portrait");
        if (pg->nrules) jx_buf_printf(&b, ", %zu rules", pg->nrules);
        for (size_t k = 0; k < pg->nrects; k++)
            jx_buf_printf(&b, "%s%.1fx%.1f", k ? " " : ", bars ", pg->rects[k].w, pg->rects[k].h);
        jx_buf_putc(&b, '\n');
        for (size_t k = 0; k < pg->nimages; k++)
            jx_buf_printf(&b, "  image x=%.2f y=%.2f %.2fx%.2f %s\n", pg->images[k].x, pg->images[k].y, pg->images[k].w,
                          pg->images[k].h, pg->images[k].path);
        for (size_t i = 0; i < pg->n;) {
            size_t j = i;
            while (j < pg->n && fabs(pg->glyphs[j].y - pg->glyphs[i].y) < 0.001) j++;
            const jx_dglyph *first = &pg->glyphs[i], *last = &pg->glyphs[j - 1];
            double right = last->x + jx_fontset_advance(fonts, last->face, last->cp, last->size);
            jx_buf_printf(&b, "  y=%.2f x=%.2f..%.2f %s %.1f: ", first->y, first->x, right,
                          jx_font_family(fonts->faces[first->face]), first->size);
            for (size_t k = i; k < j; k++) {
                if (k > i && pg->glyphs[k].bold != pg->glyphs[k - 1].bold) jx_buf_puts(&b, "**");
                put_utf8(&b, pg->glyphs[k].cp);
            }
            jx_buf_putc(&b, '\n');
            i = j;
        }
    }
    return jx_buf_take(&b);
}
