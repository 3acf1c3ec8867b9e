/* Image blocks: PNG and JPEG files for logos and seals, checked whole,
 * sized from their pixels and placed within the type area. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "engine/image.h"
#include "engine/raster.h"


static void add_image(setter *S, jx_dpage *p, jx_dimage img) {
    if (ts_reserve(S, (void **)&p->images, &p->images_cap, p->nimages, sizeof img) == 0) p->images[p->nimages++] = img;
}

int ts_set_image(setter *S, const jx_block *b) {
    const jx_page_style *st = S->st;
    char *path = jx_block_image_path(S->doc, b);
    if (!path) return S->oom = 1, -1;
    /* read whole here, so that a damaged image is an error at its block */
    jx_raster img;
    char err[256];
    if (jx_raster_read(path, 0, &img, err, sizeof err)) {
        jx_diag_at(S->diags, JX_ERROR, S->doc->file, b->pos, "image %s: %s", path, err);
        return -1;
    }
    unsigned pw = img.width, ph = img.height;
    int jpeg = img.jpeg;
    jx_raster_free(&img);
    double w = b->width_mm * JX_MM;
    if (w > st->area_w) w = st->area_w;
    double h = w * ph / pw;
    if (S->y > 0 && S->y + h > st->area_h && ts_new_page(S)) return -1;
    double x = st->left + (st->area_w - w) / 2;
    if (b->align == JX_ALIGN_LEFT) x = st->left;
    if (b->align == JX_ALIGN_RIGHT) x = st->left + st->area_w - w;
    add_image(S, ts_current_page(S), (jx_dimage){x, st->top + S->y, w, h, path, jpeg});
    S->y += h + st->leading / 2;
    return S->oom ? -1 : 0;
}
