/* The PDF backend: the only file that includes <hpdf.h>. libharu's errors
 * are sticky per document, so the first one ends the document: nothing is
 * written but a diagnostic. */
#include <hpdf.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "render/render.h"
#include "fonts/subset.h"

typedef struct pdf_ctx {
    HPDF_STATUS error, detail;
} pdf_ctx;

static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void *user) {
    pdf_ctx *c = user;
    if (!c->error) c->error = error, c->detail = detail;
}

static size_t put_utf8(char *out, uint32_t c) {
    if (c < 0x80) return out[0] = (char)c, 1;
    if (c < 0x800) return out[0] = (char)(0xC0 | c >> 6), out[1] = (char)(0x80 | (c & 0x3F)), 2;
    out[0] = (char)(0xE0 | c >> 12), out[1] = (char)(0x80 | ((c >> 6) & 0x3F)), out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
}

/* Consecutive glyphs with one face, size, weight and baseline, evenly
 * spaced, go out as one string with a character spacing (Tc). */
static size_t run_end(const jx_dpage *pg, const jx_fontset *fs, size_t i, double *spacing) {
    const jx_dglyph *a = &pg->glyphs[i];
    size_t j = i + 1;
    *spacing = 0;
    for (; j < pg->n && j - i < 200; j++) {
        const jx_dglyph *p = &pg->glyphs[j - 1], *g = &pg->glyphs[j];
        if (g->face != a->face || g->size != a->size || g->bold != a->bold || fabs(g->y - a->y) > 0.001) break;
        double gap = g->x - (p->x + jx_fontset_advance(fs, p->face, p->cp, p->size));
        if (j == i + 1)
            *spacing = gap;
        else if (fabs(gap - *spacing) > 0.005)
            break;
    }
    return j;
}

static void draw_page(HPDF_Page page, const jx_display *d, const jx_dpage *pg, const jx_fontset *fs, HPDF_Font *fonts) {
    for (size_t i = 0; i < pg->n;) {
        double spacing;
        size_t j = run_end(pg, fs, i, &spacing);
        const jx_dglyph *a = &pg->glyphs[i];
        char text[200 * 3 + 1];
        size_t w = 0;
        for (size_t k = i; k < j; k++) w += put_utf8(text + w, pg->glyphs[k].cp);
        text[w] = '\0';
        HPDF_Page_BeginText(page);
        HPDF_Page_SetFontAndSize(page, fonts[a->face], (HPDF_REAL)a->size);
        HPDF_Page_SetCharSpace(page, (HPDF_REAL)spacing);
        if (a->bold) {
            HPDF_Page_SetTextRenderingMode(page, HPDF_FILL_THEN_STROKE);
            HPDF_Page_SetLineWidth(page, (HPDF_REAL)(a->size / 30));
        }
        HPDF_Page_TextOut(page, (HPDF_REAL)a->x, (HPDF_REAL)(d->height - a->y), text);
        if (a->bold) HPDF_Page_SetTextRenderingMode(page, HPDF_FILL);
        HPDF_Page_EndText(page);
        i = j;
    }
}

static void draw_rects(HPDF_Page page, const jx_display *d, const jx_dpage *pg) {
    for (size_t i = 0; i < pg->nrects; i++) {
        const jx_drect *r = &pg->rects[i];
        HPDF_Page_SetGrayFill(page, (HPDF_REAL)r->gray);
        HPDF_Page_Rectangle(page, (HPDF_REAL)r->x, (HPDF_REAL)(d->height - r->y - r->h), (HPDF_REAL)r->w, (HPDF_REAL)r->h);
        HPDF_Page_Fill(page);
    }
    if (pg->nrects) HPDF_Page_SetGrayFill(page, 0);
}

static void draw_images(HPDF_Doc pdf, HPDF_Page page, const jx_display *d, const jx_dpage *pg) {
    for (size_t i = 0; i < pg->nimages; i++) {
        const jx_dimage *im = &pg->images[i];
        HPDF_Image img = im->jpeg ? HPDF_LoadJpegImageFromFile(pdf, im->path) : HPDF_LoadPngImageFromFile(pdf, im->path);
        if (img)
            HPDF_Page_DrawImage(page, img, (HPDF_REAL)im->x, (HPDF_REAL)(d->height - im->y - im->h), (HPDF_REAL)im->w,
                                (HPDF_REAL)im->h);
    }
}

static void draw_rules(HPDF_Page page, const jx_display *d, const jx_dpage *pg) {
    for (size_t i = 0; i < pg->nrules; i++) {
        const jx_drule *r = &pg->rules[i];
        HPDF_Page_SetLineWidth(page, (HPDF_REAL)r->width);
        HPDF_Page_MoveTo(page, (HPDF_REAL)r->x1, (HPDF_REAL)(d->height - r->y1));
        HPDF_Page_LineTo(page, (HPDF_REAL)r->x2, (HPDF_REAL)(d->height - r->y2));
        HPDF_Page_Stroke(page);
    }
}

/* Loads the faces the pages use, each cut to the characters drawn with
 * it: libharu parses and rewrites whole fonts, the largest cost of writing
 * a PDF. A face that cannot be subset is embedded as it is. */
static int load_fonts(HPDF_Doc pdf, const jx_display *d, const jx_fontset *fs, HPDF_Font *fonts,
                      char temps[][4096], int *ntemps) {
    for (int i = 0; i < fs->nfaces; i++) {
        size_t n = 0, cap = 0;
        uint32_t *cps = NULL;
        for (size_t p = 0; p < d->npages; p++) {
            for (size_t k = 0; k < d->pages[p].n; k++) {
                if (d->pages[p].glyphs[k].face != i) continue;
                if (n == cap) {
                    cap = cap ? cap * 2 : 256;
                    uint32_t *q = realloc(cps, cap * sizeof *q);
                    if (!q) return free(cps), -1;
                    cps = q;
                }
                cps[n++] = d->pages[p].glyphs[k].cp;
            }
        }
        if (n == 0) continue;
        const char *path = jx_font_path(fs->faces[i]);
        char err[512];
        const char *name = NULL;
        if (jx_subset_to_file(path, jx_font_face(fs->faces[i]), cps, n, temps[*ntemps], sizeof temps[0], err,
                              sizeof err) == 0) {
            name = HPDF_LoadTTFontFromFile(pdf, temps[(*ntemps)++], HPDF_TRUE);
        } else {
            size_t len = strlen(path);
            int ttc = len > 4 && (strcmp(path + len - 4, ".ttc") == 0 || strcmp(path + len - 4, ".TTC") == 0);
            name = ttc ? HPDF_LoadTTFontFromFile2(pdf, path, (HPDF_UINT)jx_font_face(fs->faces[i]), HPDF_TRUE)
                       : HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE);
        }
        free(cps);
        if (!name) return -1;
        fonts[i] = HPDF_GetFont(pdf, name, "UTF-8");
        if (!fonts[i]) return -1;
    }
    return 0;
}

static void add_outline(HPDF_Doc pdf, const jx_display *d, HPDF_Page *pages) {
    HPDF_Encoder enc = HPDF_GetEncoder(pdf, "UTF-8");
    HPDF_Outline parents[5] = {NULL};
    for (size_t i = 0; i < d->noutline; i++) {
        const jx_outline_entry *e = &d->outline[i];
        int level = e->level < 1 ? 1 : e->level > 4 ? 4 : e->level;
        HPDF_Outline parent = NULL;
        for (int k = level - 1; k >= 1 && !parent; k--) parent = parents[k];
        HPDF_Outline o = HPDF_CreateOutline(pdf, parent, e->title, enc);
        HPDF_Destination dst = HPDF_Page_CreateDestination(pages[e->page]);
        double top = d->height - e->y + 8;
        HPDF_Destination_SetFitH(dst, (HPDF_REAL)(top > d->height ? d->height : top));
        HPDF_Outline_SetDestination(o, dst);
        parents[level] = o;
        for (int k = level + 1; k < 5; k++) parents[k] = NULL;
    }
}

int jx_render_pdf(const jx_display *d, const jx_fontset *fs, const jx_pdf_meta *meta, const char *path,
                  jx_diags *diags) {
    pdf_ctx ctx = {0, 0};
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    HPDF_Doc pdf = HPDF_New(on_error, &ctx);
    HPDF_Font fonts[JX_MAX_FACES] = {0};
    char (*temps)[4096] = calloc(JX_MAX_FACES, sizeof *temps); /* per call: documents render in parallel */
    int ntemps = 0;
    HPDF_Page *pages = calloc(d->npages ? d->npages : 1, sizeof *pages);
    int rc = -1;
    if (!pdf || !pages || !temps) goto done;
    HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(pdf);
    HPDF_SetCurrentEncoder(pdf, "UTF-8");
    if (meta->title) HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, meta->title);
    if (meta->author) HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, meta->author);
    if (meta->subject) HPDF_SetInfoAttr(pdf, HPDF_INFO_SUBJECT, meta->subject);
    if (meta->keywords) HPDF_SetInfoAttr(pdf, HPDF_INFO_KEYWORDS, meta->keywords);
    HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "jixiao " JIXIAO_VERSION);
    if (load_fonts(pdf, d, fs, fonts, temps, &ntemps) || ctx.error) goto done;
    for (size_t p = 0; p < d->npages && !ctx.error; p++) {
        pages[p] = HPDF_AddPage(pdf);
        HPDF_Page_SetWidth(pages[p], (HPDF_REAL)d->width);
        HPDF_Page_SetHeight(pages[p], (HPDF_REAL)d->height);
        draw_rects(pages[p], d, &d->pages[p]);
        draw_images(pdf, pages[p], d, &d->pages[p]);
        draw_page(pages[p], d, &d->pages[p], fs, fonts);
        draw_rules(pages[p], d, &d->pages[p]);
    }
    if (!ctx.error) add_outline(pdf, d, pages);
    if (!ctx.error && d->noutline) HPDF_SetPageMode(pdf, HPDF_PAGE_MODE_USE_OUTLINE);
    if (!ctx.error) HPDF_SaveToFile(pdf, tmp);
    if (!ctx.error && rename(tmp, path) == 0) rc = 0;
done:
    if (rc) {
        remove(tmp);
        jx_diags_add(diags, JX_ERROR, path, 0, 0, "", "cannot write the PDF (libharu error 0x%04X, detail %u)",
                     (unsigned)ctx.error, (unsigned)ctx.detail);
    }
    if (pdf) HPDF_Free(pdf);
    for (int i = 0; i < ntemps; i++) unlink(temps[i]);
    free(temps);
    free(pages);
    return rc;
}
