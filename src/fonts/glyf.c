#include "fonts/glyf.h"

#include "base/limits.h"
#include "fonts/glyphset.h"

#include <stdlib.h>
#include <string.h>


/* composite flags */
#define ARGS_ARE_WORDS 0x0001
#define HAS_SCALE 0x0008
#define MORE_COMPONENTS 0x0020
#define HAS_XY_SCALE 0x0040
#define HAS_TWO_BY_TWO 0x0080
#define HAS_INSTRUCTIONS 0x0100

typedef struct table {
    const unsigned char *p;
    size_t len;
} table;

typedef struct face {
    table head, hhea, maxp, hmtx, loca, glyf;
    unsigned nglyphs, nmetrics;
    int long_loca;
} face;

static unsigned be16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }
static uint32_t be32(const unsigned char *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int get_table(const jx_font *font, const char *tag, table *t, size_t min_len) {
    t->p = jx_font_table(font, tag, &t->len);
    return t->p && t->len >= min_len;
}

static int read_face(const jx_font *font, face *f) {
    if (!get_table(font, "head", &f->head, 54) || !get_table(font, "hhea", &f->hhea, 36) ||
        !get_table(font, "maxp", &f->maxp, 6) || !get_table(font, "hmtx", &f->hmtx, 4) ||
        !get_table(font, "loca", &f->loca, 2) || !get_table(font, "glyf", &f->glyf, 1))
        return -1;
    unsigned format = be16(f->head.p + 50);
    f->long_loca = format == 1;
    f->nglyphs = be16(f->maxp.p + 4);
    f->nmetrics = be16(f->hhea.p + 34);
    size_t loca_needed = ((size_t)f->nglyphs + 1) * (f->long_loca ? 4 : 2);
    return format > 1 || f->nglyphs == 0 || f->loca.len < loca_needed || f->nmetrics == 0 ||
                   f->nmetrics > f->nglyphs || f->hmtx.len < 4 * (size_t)f->nmetrics
               ? -1
               : 0;
}

/* Glyph g's outline data within glyf: 0, or -1 when loca is damaged. */
static int glyph_range(const face *f, unsigned g, size_t *at, size_t *end) {
    const unsigned char *l = f->loca.p;
    *at = f->long_loca ? be32(l + 4 * (size_t)g) : 2 * (size_t)be16(l + 2 * (size_t)g);
    *end = f->long_loca ? be32(l + 4 * (size_t)g + 4) : 2 * (size_t)be16(l + 2 * (size_t)g + 2);
    return *at <= *end && *end <= f->glyf.len ? 0 : -1;
}

/* The bytes of a component's arguments and transform after its flags and glyph. */
static size_t component_rest(unsigned flags) {
    return (flags & ARGS_ARE_WORDS ? 4 : 2) +
           (flags & HAS_SCALE ? 2 : flags & HAS_XY_SCALE ? 4 : flags & HAS_TWO_BY_TWO ? 8 : 0);
}

/* The outlines of the subset, read from the file rather than touched in
 * the mapping (where each first touch maps sixteen pages, all unmapped
 * again at the end): each glyph's bytes once, in the order found, then
 * sorted by glyph. */
typedef struct outline {
    uint32_t glyph;
    size_t at, len; /* in data */
} outline;

typedef struct outlines {
    outline *list; /* room for every glyph of the face */
    size_t n;
    jx_buf data;
    unsigned char *marks; /* a bit per glyph of the face: read */
    unsigned char *scratch;
    size_t scratch_size;
} outlines;

/* Reads glyph g's outline unless read already: 0, or -1 when loca is
 * damaged or the read fails. */
static int fetch(const jx_font *font, const face *f, outlines *o, unsigned g) {
    if (o->marks[g / 8] >> (g % 8) & 1) return 0;
    o->marks[g / 8] |= (unsigned char)(1u << (g % 8));
    size_t at, end;
    if (glyph_range(f, g, &at, &end)) return -1;
    size_t len = end - at;
    if (len > o->scratch_size) {
        unsigned char *grown = realloc(o->scratch, len);
        if (!grown) return -1;
        o->scratch = grown, o->scratch_size = len;
    }
    if (len && jx_font_copy(font, f->glyf.p + at, len, o->scratch)) return -1;
    o->list[o->n++] = (outline){g, o->data.len, len};
    jx_buf_put(&o->data, (const char *)o->scratch, len);
    return o->data.failed ? -1 : 0;
}

/* The glyphs, .notdef and every component of a composite among them, read:
 * the list of those read is the work list. 0, or -1 when a glyph or a
 * component is out of the face or damaged. */
static int close_over_components(const jx_font *font, const face *f, const uint32_t *glyphs, size_t n, outlines *o) {
    if (fetch(font, f, o, 0)) return -1;
    for (size_t i = 0; i < n; i++)
        if (fetch(font, f, o, glyphs[i] < f->nglyphs ? glyphs[i] : 0)) return -1;
    for (size_t k = 0; k < o->n; k++) {
        const unsigned char *p = (const unsigned char *)o->data.data + o->list[k].at;
        size_t len = o->list[k].len;
        if (len < 10 || (int16_t)be16(p) >= 0) continue;
        for (size_t c = 10;;) {
            if (len - c < 4) return -1;
            unsigned flags = be16(p + c), component = be16(p + c + 2);
            size_t rest = component_rest(flags);
            /* a component whose arguments run past its outline is damage */
            if (len - c - 4 < rest || component >= f->nglyphs || fetch(font, f, o, component)) return -1;
            p = (const unsigned char *)o->data.data + o->list[k].at; /* the data may have moved */
            c += 4 + rest;
            if (!(flags & MORE_COMPONENTS)) break;
        }
    }
    return 0;
}

static int by_glyph(const void *a, const void *b) {
    uint32_t x = ((const outline *)a)->glyph, y = ((const outline *)b)->glyph;
    return (x > y) - (x < y);
}

static void put16(jx_buf *b, unsigned v) {
    char bytes[2] = {(char)(v >> 8), (char)v};
    jx_buf_put(b, bytes, 2);
}

static void put32(jx_buf *b, uint32_t v) {
    char bytes[4] = {(char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
    jx_buf_put(b, bytes, 4);
}

/* An outline, its instructions dropped and its components renamed: 0, or
 * -1 when it is damaged. */
static int copy_glyph(const unsigned char *p, size_t len, const uint32_t *kept, size_t nkept, jx_buf *out) {
    if (len == 0) return 0;
    if (len < 10) return -1;
    int contours = (int16_t)be16(p);
    if (contours >= 0) {
        size_t instructions = 10 + 2 * (size_t)contours;
        if (len < instructions + 2 || len - instructions - 2 < be16(p + instructions)) return -1;
        jx_buf_put(out, (const char *)p, instructions);
        put16(out, 0);
        size_t rest = instructions + 2 + be16(p + instructions);
        jx_buf_put(out, (const char *)p + rest, len - rest);
        return 0;
    }
    jx_buf_put(out, (const char *)p, 10);
    for (size_t c = 10;;) {
        if (len - c < 4) return -1;
        unsigned flags = be16(p + c), component = be16(p + c + 2);
        size_t rest = component_rest(flags);
        if (len - c - 4 < rest) return -1;
        put16(out, flags & ~(unsigned)HAS_INSTRUCTIONS);
        put16(out, (unsigned)jx_glyph_rank(kept, nkept, component));
        jx_buf_put(out, (const char *)p + c + 4, rest);
        c += 4 + rest;
        if (!(flags & MORE_COMPONENTS)) return 0;
    }
}

/* The advance and left side bearing of glyph g. */
static void metrics(const face *f, unsigned g, unsigned *advance, unsigned *lsb) {
    const unsigned char *m = f->hmtx.p;
    unsigned last = f->nmetrics - 1;
    *advance = be16(m + 4 * (size_t)(g < last ? g : last));
    size_t at = g < f->nmetrics ? 4 * (size_t)g + 2 : 4 * (size_t)f->nmetrics + 2 * (size_t)(g - f->nmetrics);
    *lsb = at + 2 <= f->hmtx.len ? be16(m + at) : 0;
}

static uint32_t checksum(const unsigned char *p, size_t len) {
    uint32_t sum = 0;
    for (size_t i = 0; i < len; i += 4) {
        unsigned char word[4] = {0};
        memcpy(word, p + i, len - i < 4 ? len - i : 4);
        sum += be32(word);
    }
    return sum;
}

typedef struct part {
    const char *tag;
    jx_buf data;
} part;

/* The offset table, the directory and the tables (in tag order, each on a
 * four-byte boundary), and head's checksum adjustment. */
static void assemble(part *parts, int nparts, jx_buf *out) {
    put32(out, 0x00010000);
    put16(out, (unsigned)nparts);
    unsigned pow2 = 1, log2 = 0;
    while (pow2 * 2 <= (unsigned)nparts) pow2 *= 2, log2++;
    put16(out, pow2 * 16), put16(out, log2), put16(out, (unsigned)nparts * 16 - pow2 * 16);
    size_t at = 12 + 16 * (size_t)nparts, head_at = 0;
    for (int i = 0; i < nparts; i++) {
        jx_buf_put(out, parts[i].tag, 4);
        put32(out, checksum((const unsigned char *)parts[i].data.data, parts[i].data.len));
        put32(out, (uint32_t)at), put32(out, (uint32_t)parts[i].data.len);
        if (strcmp(parts[i].tag, "head") == 0) head_at = at;
        at += (parts[i].data.len + 3) & ~(size_t)3;
    }
    for (int i = 0; i < nparts; i++) {
        jx_buf_put(out, parts[i].data.data, parts[i].data.len);
        jx_buf_put(out, "\0\0\0", ((parts[i].data.len + 3) & ~(size_t)3) - parts[i].data.len);
    }
    if (out->failed || !head_at) return;
    uint32_t adjust = 0xB1B0AFBAu - checksum((const unsigned char *)out->data, out->len);
    unsigned char *h = (unsigned char *)out->data + head_at + 8;
    h[0] = (unsigned char)(adjust >> 24), h[1] = (unsigned char)(adjust >> 16);
    h[2] = (unsigned char)(adjust >> 8), h[3] = (unsigned char)adjust;
}

/* glyf, head, hhea, hmtx, loca, maxp for the kept glyphs: 0, or -1 when a
 * glyph is damaged. */
static int make_tables(const face *f, const outlines *o, const uint32_t *kept, size_t nkept, part *parts) {
    jx_buf *glyf = &parts[0].data, *head = &parts[1].data, *hhea = &parts[2].data, *hmtx = &parts[3].data,
           *loca = &parts[4].data, *maxp = &parts[5].data;
    put32(loca, 0);
    for (size_t i = 0; i < nkept; i++) {
        unsigned advance, lsb;
        /* .notdef stays empty: a document draws only glyphs its faces have */
        const unsigned char *p = (const unsigned char *)o->data.data + o->list[i].at;
        if (kept[i] != 0 && copy_glyph(p, o->list[i].len, kept, nkept, glyf)) return -1;
        jx_buf_put(glyf, "\0\0\0", ((glyf->len + 3) & ~(size_t)3) - glyf->len);
        put32(loca, (uint32_t)glyf->len);
        metrics(f, kept[i], &advance, &lsb);
        put16(hmtx, advance), put16(hmtx, lsb);
    }
    jx_buf_put(head, (const char *)f->head.p, 54);
    jx_buf_put(hhea, (const char *)f->hhea.p, 36);
    jx_buf_put(maxp, (const char *)f->maxp.p, f->maxp.len < 32 ? f->maxp.len : 32);
    if (head->failed || hhea->failed || maxp->failed) return 0;
    memset(head->data + 8, 0, 4);                         /* checkSumAdjustment, set last */
    head->data[50] = 0, head->data[51] = 1;               /* long loca */
    hhea->data[34] = (char)(nkept >> 8), hhea->data[35] = (char)nkept; /* numberOfHMetrics */
    maxp->data[4] = (char)(nkept >> 8), maxp->data[5] = (char)nkept;   /* numGlyphs */
    return 0;
}

int jx_glyf_subset(const jx_font *font, const uint32_t *glyphs, size_t n, jx_buf *out, uint16_t *renumbered) {
    face f;
    if (read_face(font, &f)) return 1;
    outlines o = {.list = malloc((size_t)f.nglyphs * sizeof *o.list), .marks = calloc(((size_t)f.nglyphs + 7) / 8, 1)};
    jx_buf_init(&o.data, JX_MAX_SUBSET_PROGRAM);
    uint32_t *kept = malloc((size_t)f.nglyphs * sizeof *kept);
    part parts[6] = {{"glyf", {0}}, {"head", {0}}, {"hhea", {0}}, {"hmtx", {0}}, {"loca", {0}}, {"maxp", {0}}};
    for (int i = 0; i < 6; i++) jx_buf_init(&parts[i].data, JX_MAX_SUBSET_PROGRAM);
    int rc = -1;
    if (o.list && o.marks && kept) {
        rc = close_over_components(font, &f, glyphs, n, &o) ? 1 : 0;
        qsort(o.list, o.n, sizeof *o.list, by_glyph);
        for (size_t i = 0; i < o.n; i++) kept[i] = o.list[i].glyph;
        if (rc == 0) rc = make_tables(&f, &o, kept, o.n, parts) ? 1 : 0;
        for (int i = 0; rc == 0 && i < 6; i++)
            if (parts[i].data.failed) rc = -1;
        jx_buf made;
        jx_buf_init(&made, JX_MAX_SUBSET_PROGRAM);
        if (rc == 0) assemble(parts, 6, &made);
        if (rc == 0 && made.failed) rc = -1;
        if (rc == 0) {
            jx_buf_free(out);
            *out = made;
            for (size_t i = 0; i < n; i++) renumbered[i] = (uint16_t)jx_glyph_rank(kept, o.n, glyphs[i] < f.nglyphs ? glyphs[i] : 0);
        } else {
            jx_buf_free(&made);
        }
    }
    for (int i = 0; i < 6; i++) jx_buf_free(&parts[i].data);
    jx_buf_free(&o.data);
    free(o.list), free(o.marks), free(o.scratch), free(kept);
    return rc;
}
