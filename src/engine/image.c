/* Image blocks: PNG and JPEG files for logos and seals, sized from their
 * headers and placed within the type area. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/image.h"


/* Width and height in pixels from the PNG signature and IHDR chunk. */
static int png_size(const char *path, unsigned *w, unsigned *h) {
    unsigned char head[24];
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    size_t n = fread(head, 1, sizeof head, f);
    fclose(f);
    static const unsigned char sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (n < 24 || memcmp(head, sig, 8) != 0 || memcmp(head + 12, "IHDR", 4) != 0) return -2;
    *w = (unsigned)head[16] << 24 | (unsigned)head[17] << 16 | (unsigned)head[18] << 8 | head[19];
    *h = (unsigned)head[20] << 24 | (unsigned)head[21] << 16 | (unsigned)head[22] << 8 | head[23];
    return (*w == 0 || *h == 0 || *w > 20000 || *h > 20000) ? -2 : 0;
}

/* Width and height from the first start-of-frame marker of a JPEG. */
static int jpeg_size(const char *path, unsigned *w, unsigned *h) {
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    int c1 = fgetc(f), c2 = fgetc(f), rc = -2;
    if (c1 == 0xFF && c2 == 0xD8) {
        for (;;) {
            int m = fgetc(f);
            while (m == 0xFF) m = fgetc(f);
            if (m == EOF) break;
            int hi = fgetc(f), lo = fgetc(f);
            if (hi == EOF || lo == EOF) break;
            long len = (long)hi << 8 | lo;
            if (len < 2) break;
            if ((m >= 0xC0 && m <= 0xC3) || (m >= 0xC5 && m <= 0xC7) || (m >= 0xC9 && m <= 0xCB) || (m >= 0xCD && m <= 0xCF)) {
                unsigned char sof[5];
                if (fread(sof, 1, 5, f) != 5) break;
                *h = (unsigned)sof[1] << 8 | sof[2];
                *w = (unsigned)sof[3] << 8 | sof[4];
                rc = (*w && *h) ? 0 : -2;
                break;
            }
            if (fseek(f, len - 2, SEEK_CUR) != 0) break;
        }
    }
    fclose(f);
    return rc;
}

static void add_image(setter *S, jx_dpage *p, jx_dimage img) {
    if (ts_reserve(S, (void **)&p->images, &p->images_cap, p->nimages, sizeof img) == 0) p->images[p->nimages++] = img;
}

int ts_set_image(setter *S, const jx_block *b) {
    const jx_page_style *st = S->st;
    /* the path is relative to the folder of the document file */
    const char *file = S->doc->file, *slash = strrchr(file, '/');
    size_t dir = slash && b->path[0] != '/' ? (size_t)(slash - file + 1) : 0;
    char *path = jx_arena_printf(S->doc->arena, "%.*s%s", (int)dir, file, b->path);
    if (!path) return S->oom = 1, -1;
    unsigned pw, ph;
    int rc = png_size(path, &pw, &ph), jpeg = 0;
    if (rc == -2) rc = jpeg_size(path, &pw, &ph), jpeg = rc == 0;
    if (rc) {
        jx_diags_add(S->diags, JX_ERROR, S->doc->file, b->pos.line, b->pos.col, b->pos.ptr,
                     rc == -1 ? "cannot open image %s" : "%s is neither a PNG nor a JPEG image", path);
        return -1;
    }
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
