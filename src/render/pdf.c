/* The PDF backend: the only file that includes <hpdf.h>.
 *
 * libharu keeps the document's structure (catalog, page tree, outline,
 * metadata) and writes the file. The fonts and the pages' content are built
 * here through its object layer: per face one Type0 font with an Identity
 * CID encoding over a subset of the face (fonts/subset.h, in memory),
 * widths from the face, a ToUnicode map of bfchar entries so that copied
 * text is the text set; page content as CIDs (or glyph indices, mapped by a
 * CIDToGIDMap); every stream compressed once, with libdeflate. libharu's
 * errors are sticky: the first ends the document. */
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <libdeflate.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/cpus.h"
#include "base/limits.h"
#include "base/buf.h"
#include "base/diag.h"
#include "engine/raster.h"
#include "fonts/subset.h"
#include "render/output.h"
#include "base/utf8.h"
#include "render/render.h"

/* libdeflate's fastest level: 1.5 % larger than level 4 and a millisecond
 * less a report; the fonts, most of the bytes, are already dense. */
#define DEFLATE_LEVEL 1
/* Metadata past this is no title a reader looks at; libharu refuses long
 * strings with an error code rather than a message. */

typedef struct pdf_font {
    HPDF_Dict dict;  /* the Type0 font */
    uint32_t *cps;   /* the characters drawn with the face, sorted */
    uint16_t *codes; /* each one's code in content streams: its glyph, or its CID */
    uint16_t *adv;   /* each one's advance, font units */
    size_t n;
} pdf_font;

typedef struct writer {
    HPDF_Doc pdf;
    HPDF_STATUS error, detail; /* libharu's first */
    int error_out_of_memory;    /* memory had run out when it came: libharu reports
                                   a failed allocation as whatever failed after it */
    const jx_display *d;
    const jx_fontset *fs;
    pdf_font fonts[JX_MAX_FACES];
    jx_diags *diags;
    const char *path;
    int failed; /* a problem already reported */
    int helper; /* may start a second thread */
} writer;

static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void *user) {
    writer *w = user;
    if (!w->error) w->error = error, w->detail = detail, w->error_out_of_memory = errno == ENOMEM;
}

static int ok(const writer *w) { return !w->error && !w->failed; }

__attribute__((format(printf, 2, 3))) static void fail(writer *w, const char *fmt, ...) {
    if (w->failed) return;
    va_list ap;
    va_start(ap, fmt);
    jx_diag_vat(w->diags, JX_ERROR, w->path, (jx_pos){"", 0, 0}, fmt, ap);
    va_end(ap);
    w->failed = 1;
}

/*** Streams ***/

/* libharu writes a stream's Filter only for the streams it compresses
 * itself: the ones compressed here declare theirs as the dictionary is
 * written. */
static HPDF_STATUS declare_flate(HPDF_Dict dict, HPDF_Stream out) {
    (void)dict;
    return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

/* A zlib stream of the bytes in a malloc'd buffer (*n its length), or
 * NULL when memory runs out. */
static unsigned char *deflated(struct libdeflate_compressor *z, const void *data, size_t len, size_t *n) {
    size_t bound = libdeflate_zlib_compress_bound(z, len);
    unsigned char *out = malloc(bound ? bound : 1);
    *n = out ? libdeflate_zlib_compress(z, data, len, out, bound) : 0;
    if (!*n) free(out), out = NULL;
    return out;
}

/* Writes compressed bytes into a stream object and says so in its dict. */
static void put_deflated(writer *w, HPDF_Dict stream, const unsigned char *z, size_t n) {
    if (!ok(w) || !stream) return;
    HPDF_Stream_Write(stream->stream, z, (HPDF_UINT)n);
    stream->write_fn = declare_flate;
}

static HPDF_Dict new_stream(writer *w) { return ok(w) ? HPDF_DictStream_New(w->pdf->mmgr, w->pdf->xref) : NULL; }

static HPDF_Dict new_object(writer *w) {
    if (!ok(w)) return NULL;
    HPDF_Dict d = HPDF_Dict_New(w->pdf->mmgr);
    if (d && HPDF_Xref_Add(w->pdf->xref, d) != HPDF_OK) return NULL;
    return d;
}

static HPDF_Array new_array(writer *w) { return ok(w) ? HPDF_Array_New(w->pdf->mmgr) : NULL; }

/*** Fonts ***/

/* The characters each face draws, ascending and distinct: marked in a
 * bitmap over all of Unicode (sorting every glyph of a document cost a
 * tenth of the run), then read off in order. */
static int collect_characters(writer *w) {
    enum { WORDS = 0x110000 / 64 };
    uint64_t *seen = calloc(WORDS, sizeof *seen);
    if (!seen) return fail(w, "out of memory"), -1;
    for (int face = 0; face < w->fs->nfaces; face++) {
        pdf_font *f = &w->fonts[face];
        size_t n = 0;
        for (size_t p = 0; p < w->d->npages; p++)
            for (size_t k = 0; k < w->d->pages[p].n; k++) {
                const jx_dglyph *g = &w->d->pages[p].glyphs[k];
                if (g->face != face || g->cp >= 0x110000) continue;
                n += !(seen[g->cp / 64] >> (g->cp % 64) & 1);
                seen[g->cp / 64] |= (uint64_t)1 << (g->cp % 64);
            }
        if (!n) continue;
        f->cps = malloc(n * sizeof *f->cps);
        f->codes = malloc(n * sizeof *f->codes);
        f->adv = malloc(n * sizeof *f->adv);
        if (!f->cps || !f->codes || !f->adv) return free(seen), fail(w, "out of memory"), -1;
        for (size_t word = 0; word < WORDS && f->n < n; word++)
            for (uint64_t bits = seen[word]; bits; bits &= bits - 1)
                f->cps[f->n++] = (uint32_t)(word * 64 + (size_t)__builtin_ctzll(bits));
        memset(seen, 0, WORDS * sizeof *seen);
    }
    free(seen);
    return 0;
}

static uint16_t glyph_of(const pdf_font *f, uint32_t cp) {
    size_t lo = 0, hi = f->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f->cps[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->n && f->cps[lo] == cp ? f->codes[lo] : 0;
}

/* A subset's tag: six capitals from the face and its characters, the same
 * for the same document (identical bytes for identical input). */
static void subset_tag(const pdf_font *f, int face, char tag[7]) {
    uint64_t h = 1469598103934665603u ^ (uint64_t)face;
    for (size_t k = 0; k < f->n; k++) h = (h ^ f->cps[k]) * 1099511628211u;
    for (int k = 0; k < 6; k++, h /= 26) tag[k] = (char)('A' + h % 26);
    tag[6] = '\0';
}

static int units(const jx_subset *s, int v) { return (int)lround(v * 1000.0 / s->upem); }

typedef struct code_width {
    uint16_t code, width;
} code_width;

static int cmp_code(const void *a, const void *b) {
    const code_width *x = a, *y = b;
    return (x->code > y->code) - (x->code < y->code);
}

/* W: runs of consecutive codes, each with its width in 1/1000 em. */
static HPDF_Array widths(writer *w, const pdf_font *f, const jx_subset *s) {
    HPDF_Array arr = new_array(w), run = NULL;
    code_width *cw = malloc(f->n * sizeof *cw);
    if (!arr || !cw) return free(cw), arr;
    for (size_t i = 0; i < f->n; i++) cw[i] = (code_width){f->codes[i], f->adv[i]};
    qsort(cw, f->n, sizeof *cw, cmp_code);
    int last = -2;
    for (size_t i = 0; i < f->n && ok(w); i++) {
        int c = cw[i].code;
        if (c == last) continue;
        if (c != last + 1 || !run) {
            HPDF_Array_AddNumber(arr, c);
            if (!(run = new_array(w))) break; /* out of memory: said by libharu's handler */
            HPDF_Array_Add(arr, run);
        }
        HPDF_Array_AddNumber(run, units(s, cw[i].width));
        last = c;
    }
    free(cw);
    return arr;
}

static void hex4(jx_buf *b, unsigned v) {
    static const char HEX[] = "0123456789ABCDEF";
    char h[4] = {HEX[v >> 12 & 15], HEX[v >> 8 & 15], HEX[v >> 4 & 15], HEX[v & 15]};
    jx_buf_put(b, h, 4);
}

/* The face's ToUnicode CMap: each code to the character it was set for,
 * as text (NULL when memory runs out). Written by hand, as the content
 * streams are: printf made a twentieth of a render. */
static char *to_unicode(const pdf_font *f) {
    jx_buf b;
    jx_buf_init(&b, 64u << 20);
    jx_buf_puts(&b, "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (size_t i = 0; i < f->n; i += 100) {
        size_t end = i + 100 < f->n ? i + 100 : f->n;
        jx_buf_printf(&b, "%zu beginbfchar\n", end - i);
        for (size_t k = i; k < end; k++) {
            uint32_t c = f->cps[k];
            jx_buf_putc(&b, '<'), hex4(&b, f->codes[k]), jx_buf_puts(&b, "> <");
            if (c < 0x10000) hex4(&b, (unsigned)c);
            else hex4(&b, 0xD800 + ((c - 0x10000) >> 10)), hex4(&b, 0xDC00 + ((c - 0x10000) & 0x3FF));
            jx_buf_puts(&b, ">\n");
        }
        jx_buf_puts(&b, "endbfchar\n");
    }
    jx_buf_puts(&b, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return jx_buf_take(&b);
}

static HPDF_Dict descriptor(writer *w, const jx_subset *s, const unsigned char *program, size_t program_len,
                            const char *name) {
    HPDF_Dict fd = new_object(w);
    HPDF_Dict file = new_stream(w);
    HPDF_Array bbox = new_array(w);
    if (!fd || !file || !bbox) return NULL;
    HPDF_Dict_AddName(fd, "Type", "FontDescriptor");
    HPDF_Dict_AddName(fd, "FontName", name);
    HPDF_Dict_AddNumber(fd, "Flags", 4); /* symbolic: glyphs outside the standard Latin set */
    for (int k = 0; k < 4; k++) HPDF_Array_AddNumber(bbox, units(s, s->bbox[k]));
    HPDF_Dict_Add(fd, "FontBBox", bbox);
    HPDF_Dict_AddNumber(fd, "ItalicAngle", 0);
    HPDF_Dict_AddNumber(fd, "Ascent", units(s, s->ascent));
    HPDF_Dict_AddNumber(fd, "Descent", units(s, s->descent));
    HPDF_Dict_AddNumber(fd, "CapHeight", units(s, s->cap_height));
    HPDF_Dict_AddNumber(fd, "StemV", 80);
    put_deflated(w, file, program, program_len);
    if (s->cff) {
        HPDF_Dict_AddName(file, "Subtype", s->cid_keyed ? "CIDFontType0C" : "OpenType");
    } else {
        HPDF_Dict_AddNumber(file, "Length1", (HPDF_INT32)s->len);
    }
    HPDF_Dict_Add(fd, s->cff ? "FontFile3" : "FontFile2", file);
    return fd;
}

/* What a face needs made before its objects are written: the subset, its
 * program and ToUnicode map compressed. */
typedef struct face_job {
    int face;
    jx_subset s;
    unsigned char *program, *cmap, *gid_map; /* compressed */
    size_t program_len, cmap_len, gid_map_len;
    char err[512];
    int rc;
} face_job;

static void prepare_face(writer *w, struct libdeflate_compressor *z, face_job *j) {
    pdf_font *f = &w->fonts[j->face];
    if ((j->rc = jx_subset_make(w->fs->faces[j->face], f->cps, f->n, &j->s, j->err, sizeof j->err))) return;
    char *cmap = to_unicode(f);
    j->program = deflated(z, j->s.data, j->s.len, &j->program_len);
    j->cmap = cmap ? deflated(z, cmap, strlen(cmap), &j->cmap_len) : NULL;
    j->gid_map = j->s.cid_map ? deflated(z, j->s.cid_map, j->s.cid_map_len, &j->gid_map_len) : NULL;
    free(cmap);
    if (!j->program || !j->cmap || (j->s.cid_map && !j->gid_map))
        j->rc = -1, snprintf(j->err, sizeof j->err, "out of memory");
}

/* One face: Type0 over a CIDFontType2 (TrueType) or CIDFontType0 (CFF). */
static void embed_face(writer *w, face_job *j) {
    pdf_font *f = &w->fonts[j->face];
    const jx_subset *s = &j->s;
    if (j->rc) {
        fail(w, "%s", j->err);
        return;
    }
    char tag[7], name[80];
    subset_tag(f, j->face, tag);
    snprintf(name, sizeof name, "%s+%s", tag, s->ps_name);
    HPDF_Dict type0 = new_object(w), cid = new_object(w), info = ok(w) ? HPDF_Dict_New(w->pdf->mmgr) : NULL;
    HPDF_Dict cmap = new_stream(w), fd = descriptor(w, s, j->program, j->program_len, name);
    HPDF_Array descendants = new_array(w);
    if (ok(w) && (!type0 || !cid || !info || !cmap || !fd || !descendants)) fail(w, "out of memory");
    if (ok(w)) {
        HPDF_Dict_AddName(cid, "Type", "Font");
        HPDF_Dict_AddName(cid, "Subtype", s->cff ? "CIDFontType0" : "CIDFontType2");
        HPDF_Dict_AddName(cid, "BaseFont", name);
        HPDF_Dict_Add(info, "Registry", HPDF_String_New(w->pdf->mmgr, "Adobe", NULL));
        HPDF_Dict_Add(info, "Ordering", HPDF_String_New(w->pdf->mmgr, "Identity", NULL));
        HPDF_Dict_AddNumber(info, "Supplement", 0);
        HPDF_Dict_Add(cid, "CIDSystemInfo", info);
        HPDF_Dict_Add(cid, "FontDescriptor", fd);
        HPDF_Dict_AddNumber(cid, "DW", 1000);
        HPDF_Dict_Add(cid, "W", widths(w, f, s));
        if (s->cid_map) {
            HPDF_Dict map = new_stream(w);
            put_deflated(w, map, j->gid_map, j->gid_map_len);
            if (map) HPDF_Dict_Add(cid, "CIDToGIDMap", map);
        } else if (!s->cff) {
            HPDF_Dict_AddName(cid, "CIDToGIDMap", "Identity");
        }
        put_deflated(w, cmap, j->cmap, j->cmap_len);
        HPDF_Dict_AddName(type0, "Type", "Font");
        HPDF_Dict_AddName(type0, "Subtype", "Type0");
        HPDF_Dict_AddName(type0, "BaseFont", name);
        HPDF_Dict_AddName(type0, "Encoding", "Identity-H");
        HPDF_Array_Add(descendants, cid);
        HPDF_Dict_Add(type0, "DescendantFonts", descendants);
        HPDF_Dict_Add(type0, "ToUnicode", cmap);
        f->dict = type0;
    }
}

/* Each face's codes and advances, before anything is subset: the pages'
 * content streams need only these. */
static void face_codes(writer *w) {
    for (int f = 0; f < w->fs->nfaces && ok(w); f++) {
        pdf_font *pf = &w->fonts[f];
        if (pf->n && jx_subset_codes(w->fs->faces[f], pf->cps, pf->n, pf->codes, pf->adv)) fail(w, "out of memory");
    }
}

/*** Pages ***/

/* A number as content streams write it: at most 3 decimals, no -0.
 * Written by hand: printf made a sixth of the run time. */
static void num(jx_buf *b, double v) {
    long m = lround(v * 1000);
    char digits[32], *end = digits + sizeof digits, *p = end;
    if (m < 0) jx_buf_putc(b, '-'), m = -m;
    long whole = m / 1000, frac = m % 1000;
    if (frac) {
        int places = frac % 100 == 0 ? 1 : frac % 10 == 0 ? 2 : 3;
        for (int k = 0; k < 3 - places; k++) frac /= 10;
        for (int k = 0; k < places; k++, frac /= 10) *--p = (char)('0' + frac % 10);
        *--p = '.';
    }
    do *--p = (char)('0' + whole % 10); while (whole /= 10);
    jx_buf_put(b, p, (size_t)(end - p));
    jx_buf_putc(b, ' ');
}

/* Consecutive glyphs with one face, size, weight and baseline, evenly
 * spaced, go out as one string with a character spacing (Tc). */
static size_t run_end(const jx_dpage *pg, const jx_fontset *fs, size_t i, double *spacing) {
    const jx_dglyph *a = &pg->glyphs[i];
    size_t j = i + 1;
    *spacing = 0;
    for (; j < pg->n; j++) {
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

static void put_text(const writer *w, jx_buf *b, const jx_dpage *pg) {
    for (size_t i = 0; i < pg->n;) {
        double spacing;
        size_t j = run_end(pg, w->fs, i, &spacing);
        const jx_dglyph *a = &pg->glyphs[i];
        jx_buf_puts(b, "BT /F"); /* a run per line or less: no printf for it */
        num(b, a->face);
        num(b, a->size);
        jx_buf_puts(b, "Tf ");
        num(b, spacing);
        jx_buf_puts(b, "Tc ");
        if (a->bold) {
            /* the faces have one weight: bold is the outline stroked too */
            jx_buf_puts(b, "2 Tr ");
            num(b, a->size / 30);
            jx_buf_puts(b, "w ");
        }
        num(b, a->x);
        num(b, pg->height - a->y);
        jx_buf_puts(b, "Td <");
        for (size_t k = i; k < j; k++) hex4(b, glyph_of(&w->fonts[a->face], pg->glyphs[k].cp));
        /* the rendering mode outlives ET: a bold run sets it back */
        jx_buf_puts(b, a->bold ? "> Tj 0 Tr ET\n" : "> Tj ET\n");
        i = j;
    }
}

static void put_rects(jx_buf *b, const jx_dpage *pg) {
    for (size_t i = 0; i < pg->nrects; i++) {
        const jx_drect *r = &pg->rects[i];
        num(b, r->gray);
        jx_buf_puts(b, "g ");
        num(b, r->x);
        num(b, pg->height - r->y - r->h);
        num(b, r->w);
        num(b, r->h);
        jx_buf_puts(b, "re f\n");
    }
    if (pg->nrects) jx_buf_puts(b, "0 g\n");
}

static void put_rules(jx_buf *b, const jx_dpage *pg) {
    for (size_t i = 0; i < pg->nrules; i++) {
        const jx_drule *r = &pg->rules[i];
        num(b, r->width);
        jx_buf_puts(b, "w ");
        num(b, r->x1);
        num(b, pg->height - r->y1);
        jx_buf_puts(b, "m ");
        num(b, r->x2);
        num(b, pg->height - r->y2);
        jx_buf_puts(b, "l S\n");
    }
}

/* The page's content stream, compressed: everything a page draws but the
 * objects it names (its fonts F0.., its images Im0..). */
typedef struct page_job {
    const jx_dpage *pg;
    unsigned char *content;
    size_t len;
} page_job;

static void put_image_places(jx_buf *b, const jx_dpage *pg) {
    for (size_t i = 0; i < pg->nimages; i++) {
        const jx_dimage *im = &pg->images[i];
        jx_buf_puts(b, "q ");
        num(b, im->w);
        jx_buf_puts(b, "0 0 ");
        num(b, im->h);
        num(b, im->x);
        num(b, pg->height - im->y - im->h);
        jx_buf_printf(b, "cm /Im%zu Do Q\n", i);
    }
}

static void prepare_page(const writer *w, struct libdeflate_compressor *z, page_job *j) {
    jx_buf b;
    jx_buf_init(&b, 256u << 20);
    put_rects(&b, j->pg);
    put_image_places(&b, j->pg);
    put_text(w, &b, j->pg);
    put_rules(&b, j->pg);
    if (!b.failed) j->content = deflated(z, b.data, b.len, &j->len);
    jx_buf_free(&b);
}

static HPDF_Image load_image(writer *w, const char *path) {
    jx_raster r;
    char err[256];
    if (jx_raster_read(path, 1, &r, err, sizeof err)) return fail(w, "image %s: %s", path, err), NULL;
    HPDF_Image img = r.jpeg ? HPDF_LoadJpegImageFromMem(w->pdf, r.data, (HPDF_UINT)r.len)
                            : HPDF_LoadRawImageFromMem(w->pdf, r.data, r.width, r.height, HPDF_CS_DEVICE_RGB, 8);
    if (img && r.alpha) {
        HPDF_Image mask = HPDF_LoadRawImageFromMem(w->pdf, r.alpha, r.width, r.height, HPDF_CS_DEVICE_GRAY, 8);
        if (mask) HPDF_Image_AddSMask(img, mask);
    }
    jx_raster_free(&r);
    return img;
}

static void load_images(writer *w, const jx_dpage *pg, HPDF_Dict xobjects) {
    for (size_t i = 0; i < pg->nimages && ok(w); i++) {
        HPDF_Image img = load_image(w, pg->images[i].path);
        if (!img) return;
        char name[32];
        snprintf(name, sizeof name, "Im%zu", i);
        HPDF_Dict_Add(xobjects, name, img);
    }
}

/* The fonts and images a page's content names, in its own resources. */
static HPDF_Dict page_resources(writer *w, HPDF_Page page, const jx_dpage *pg, HPDF_Dict *xobjects) {
    HPDF_Dict res = HPDF_Dict_GetItem(page, "Resources", HPDF_OCLASS_DICT);
    HPDF_Dict fonts = ok(w) ? HPDF_Dict_New(w->pdf->mmgr) : NULL;
    *xobjects = ok(w) && pg->nimages ? HPDF_Dict_New(w->pdf->mmgr) : NULL;
    if (!res || !fonts || (pg->nimages && !*xobjects)) return fail(w, "out of memory"), NULL;
    int used[JX_MAX_FACES] = {0};
    for (size_t k = 0; k < pg->n; k++) used[pg->glyphs[k].face] = 1;
    for (int f = 0; f < w->fs->nfaces; f++) {
        if (!used[f]) continue;
        char name[16];
        snprintf(name, sizeof name, "F%d", f);
        HPDF_Dict_Add(fonts, name, w->fonts[f].dict);
    }
    HPDF_Dict_Add(res, "Font", fonts);
    if (*xobjects) HPDF_Dict_Add(res, "XObject", *xobjects);
    return res;
}

static HPDF_Page add_page(writer *w, const page_job *j) {
    const jx_dpage *pg = j->pg;
    HPDF_Page page = HPDF_AddPage(w->pdf);
    if (!page) return fail(w, "out of memory adding a page"), NULL;
    HPDF_Page_SetWidth(page, (HPDF_REAL)pg->width);
    HPDF_Page_SetHeight(page, (HPDF_REAL)pg->height);
    HPDF_Dict xobjects = NULL;
    HPDF_Dict contents = HPDF_Dict_GetItem(page, "Contents", HPDF_OCLASS_DICT);
    if (!page_resources(w, page, pg, &xobjects) || !contents || !j->content) return fail(w, "out of memory"), NULL;
    load_images(w, pg, xobjects);
    put_deflated(w, contents, j->content, j->len);
    return ok(w) ? page : NULL;
}

/*** Preparation ***/

/* The faces' subsets and the pages' content streams, made before libharu's
 * objects are: on two threads where there are two cores and the caller
 * allows it (a batch's documents already share the cores). Faces come
 * first, largest first, then pages, so that the threads end together. */
typedef struct preparation {
    writer *w;
    face_job **faces;
    size_t nfaces;
    page_job *pages;
    atomic_size_t next;
} preparation;

static void *prepare(void *arg) {
    preparation *p = arg;
    struct libdeflate_compressor *z = libdeflate_alloc_compressor(DEFLATE_LEVEL);
    for (size_t i; (i = atomic_fetch_add(&p->next, 1)) < p->nfaces + p->w->d->npages;) {
        if (i >= p->nfaces) {
            if (z) prepare_page(p->w, z, &p->pages[i - p->nfaces]);
        } else if (z) {
            prepare_face(p->w, z, p->faces[i]);
        } else {
            p->faces[i]->rc = -1, snprintf(p->faces[i]->err, sizeof p->faces[i]->err, "out of memory");
        }
    }
    libdeflate_free_compressor(z);
    return NULL;
}

static void order_faces(const writer *w, face_job *jobs, size_t n, face_job **order) {
    for (size_t i = 0; i < n; i++) {
        size_t k = i;
        for (; k > 0 && w->fonts[order[k - 1]->face].n < w->fonts[jobs[i].face].n; k--) order[k] = order[k - 1];
        order[k] = &jobs[i];
    }
}

/* Prepares everything, then writes the faces' objects in face order and
 * the pages in page order: the same bytes whichever thread made what. */
static void write_faces_and_pages(writer *w, HPDF_Page *pages) {
    face_job jobs[JX_MAX_FACES], *order[JX_MAX_FACES];
    size_t n = 0;
    for (int f = 0; f < w->fs->nfaces; f++)
        if (w->fonts[f].n) jobs[n] = (face_job){.face = f}, n++;
    page_job *page_jobs = calloc(w->d->npages ? w->d->npages : 1, sizeof *page_jobs);
    if (!page_jobs) {
        fail(w, "out of memory");
        return;
    }
    for (size_t p = 0; p < w->d->npages; p++) page_jobs[p].pg = &w->d->pages[p];
    order_faces(w, jobs, n, order);
    preparation prep = {w, order, n, page_jobs, 0};
    pthread_t helper;
    int two = w->helper && sysconf(_SC_NPROCESSORS_ONLN) > 1 && jx_thread_beside(&helper, prepare, &prep) == 0;
    prepare(&prep);
    if (two) pthread_join(helper, NULL);
    for (size_t i = 0; i < n && ok(w); i++) embed_face(w, &jobs[i]);
    for (size_t p = 0; p < w->d->npages && ok(w); p++) pages[p] = add_page(w, &page_jobs[p]);
    for (size_t i = 0; i < n; i++) jx_subset_free(&jobs[i].s), free(jobs[i].program), free(jobs[i].cmap), free(jobs[i].gid_map);
    for (size_t p = 0; p < w->d->npages; p++) free(page_jobs[p].content);
    free(page_jobs);
}

static void add_outline(writer *w, HPDF_Page *pages) {
    HPDF_Encoder enc = HPDF_GetEncoder(w->pdf, "UTF-8");
    HPDF_Outline parents[5] = {NULL};
    for (size_t i = 0; i < w->d->noutline && ok(w); i++) {
        const jx_outline_entry *e = &w->d->outline[i];
        int level = e->level < 1 ? 1 : e->level > 4 ? 4 : e->level;
        HPDF_Outline parent = NULL;
        for (int k = level - 1; k >= 1 && !parent; k--) parent = parents[k];
        HPDF_Outline o = HPDF_CreateOutline(w->pdf, parent, e->title, enc);
        HPDF_Destination dst = o ? HPDF_Page_CreateDestination(pages[e->page]) : NULL;
        if (!dst) {
            fail(w, "out of memory");
            return;
        }
        double height = w->d->pages[e->page].height, top = height - e->y + 8;
        HPDF_Destination_SetFitH(dst, (HPDF_REAL)(top > height ? height : top));
        HPDF_Outline_SetDestination(o, dst);
        parents[level] = o;
        for (int k = level + 1; k < 5; k++) parents[k] = NULL;
    }
}

/* Metadata, cut at a character boundary past JX_MAX_PDF_INFO bytes. ASCII goes as
 * it is; anything else as a PDF text string in UTF-16BE with its byte-order
 * mark (PDF 32000 7.9.2.2), the only form readers take for Chinese. */
static void set_info(writer *w, HPDF_InfoType type, const char *key, const char *value) {
    if (!value || !ok(w)) return;
    size_t n = strlen(value), ascii = 1;
    if (n > JX_MAX_PDF_INFO) {
        n = JX_MAX_PDF_INFO;
        while (n > 0 && ((unsigned char)value[n] & 0xC0) == 0x80) n--;
    }
    for (size_t i = 0; i < n; i++) ascii &= (unsigned char)value[i] < 0x80;
    if (ascii) {
        char cut[JX_MAX_PDF_INFO + 4];
        memcpy(cut, value, n);
        cut[n] = '\0';
        HPDF_SetInfoAttr(w->pdf, type, cut);
        return;
    }
    unsigned char utf16[2 + 4 * (JX_MAX_PDF_INFO + 4)];
    size_t len = 0;
    utf16[len++] = 0xFE, utf16[len++] = 0xFF;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = jx_utf8_decode((const unsigned char *)value + i, n - i, &cp);
        if (!k) k = 1, cp = 0xFFFD;
        i += k;
        if (cp > 0xFFFF) {
            cp -= 0x10000;
            uint32_t hi = 0xD800 + (cp >> 10), lo = 0xDC00 + (cp & 0x3FF);
            utf16[len++] = (unsigned char)(hi >> 8), utf16[len++] = (unsigned char)hi;
            cp = lo;
        }
        utf16[len++] = (unsigned char)(cp >> 8), utf16[len++] = (unsigned char)cp;
    }
    HPDF_SetInfoAttr(w->pdf, type, ""); /* makes the Info dictionary */
    HPDF_Binary text = ok(w) ? HPDF_Binary_New(w->pdf->mmgr, utf16, (HPDF_UINT)len) : NULL;
    if (!text || HPDF_Dict_Add(w->pdf->info, key, text) != HPDF_OK) fail(w, "out of memory");
}

/*** Writing the file ***/

static void *saved_bytes(writer *w, size_t *len) {
    if (!ok(w) || HPDF_SaveToStream(w->pdf) != HPDF_OK) return NULL;
    HPDF_Stream saved = w->pdf->stream;
    HPDF_UINT32 size = HPDF_GetStreamSize(w->pdf);
    unsigned char *bytes = malloc(size ? size : 1);
    if (!bytes) return fail(w, "out of memory"), NULL;
    /* the file lies in the memory stream's buffers: copied out whole, not a
     * byte at a time as HPDF_ReadFromStream does */
    size_t got = 0;
    for (HPDF_UINT i = 0, n = HPDF_MemStream_GetBufCount(saved); i < n && got < size; i++) {
        HPDF_UINT piece = 0;
        const HPDF_BYTE *at = HPDF_MemStream_GetBufPtr(saved, i, &piece);
        if (!at) break;
        if (piece > size - got) piece = (HPDF_UINT)(size - got);
        memcpy(bytes + got, at, piece);
        got += piece;
    }
    if (got != size) return free(bytes), fail(w, "the saved PDF could not be read back"), NULL;
    *len = got;
    return bytes;
}

int jx_render_pdf(const jx_display *d, const jx_fontset *fs, const jx_pdf_meta *meta, const char *path, int helper,
                  jx_diags *diags) {
    writer w = {.d = d, .fs = fs, .diags = diags, .path = path, .helper = helper};
    errno = 0;
    w.pdf = HPDF_New(on_error, &w);
    HPDF_Page *pages = calloc(d->npages ? d->npages : 1, sizeof *pages);
    unsigned char *bytes = NULL;
    size_t len = 0;
    if (!w.pdf || !pages) {
        fail(&w, "out of memory");
    } else {
        /* OpenType font programs (FontFile3 /OpenType) are PDF 1.6 */
        w.pdf->pdf_version = HPDF_VER_16;
        /* only images are compressed by libharu: the rest is compressed here, once */
        HPDF_SetCompressionMode(w.pdf, HPDF_COMP_IMAGE);
        HPDF_UseUTFEncodings(w.pdf);
        set_info(&w, HPDF_INFO_TITLE, "Title", meta->title);
        set_info(&w, HPDF_INFO_AUTHOR, "Author", meta->author);
        set_info(&w, HPDF_INFO_SUBJECT, "Subject", meta->subject);
        set_info(&w, HPDF_INFO_KEYWORDS, "Keywords", meta->keywords);
        set_info(&w, HPDF_INFO_CREATOR, "Creator", "jixiao " JIXIAO_VERSION);
        if (collect_characters(&w) == 0) face_codes(&w);
        if (ok(&w)) write_faces_and_pages(&w, pages);
        add_outline(&w, pages);
        if (ok(&w) && d->noutline) HPDF_SetPageMode(w.pdf, HPDF_PAGE_MODE_USE_OUTLINE);
        bytes = saved_bytes(&w, &len);
    }
    if (w.error)
        fail(&w, "cannot make the PDF (libharu error 0x%04X, detail %u%s)", (unsigned)w.error, (unsigned)w.detail,
             w.error == HPDF_FAILD_TO_ALLOC_MEM || w.error_out_of_memory ? ": out of memory" : "");
    char err[512];
    int rc = ok(&w) && bytes ? jx_write_output(path, bytes, len, err, sizeof err) : -1;
    if (rc && ok(&w) && bytes) fail(&w, "%s", err);
    free(bytes);
    for (int f = 0; f < JX_MAX_FACES; f++) free(w.fonts[f].cps), free(w.fonts[f].codes), free(w.fonts[f].adv);
    if (w.pdf) HPDF_Free(w.pdf);
    free(pages);
    return rc;
}
