#include "fonts/cff.h"

#include "base/limits.h"
#include "fonts/glyphset.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>


typedef struct cff {
    const unsigned char *p;
    size_t len;
} cff;

static unsigned card(const cff *c, size_t at, int size) {
    unsigned v = 0;
    for (int k = 0; k < size; k++) v = v << 8 | (at + (size_t)k < c->len ? c->p[at + (size_t)k] : 0);
    return v;
}

static int fits(const cff *c, size_t at, size_t n) { return at <= c->len && n <= c->len - at; }

/*** INDEX ***/

typedef struct cff_index {
    size_t at, end; /* the whole INDEX */
    unsigned count;
    int off_size;
    size_t offsets; /* the offset array */
    size_t data;    /* the byte before the first item: offsets count from it */
} cff_index;

static int read_index(const cff *c, size_t at, cff_index *ix) {
    memset(ix, 0, sizeof *ix);
    ix->at = at;
    if (!fits(c, at, 2)) return -1;
    ix->count = card(c, at, 2);
    if (ix->count == 0) {
        ix->end = at + 2;
        return 0;
    }
    if (!fits(c, at, 3)) return -1;
    ix->off_size = (int)card(c, at + 2, 1);
    if (ix->off_size < 1 || ix->off_size > 4) return -1;
    ix->offsets = at + 3;
    size_t table = ((size_t)ix->count + 1) * (size_t)ix->off_size;
    if (!fits(c, ix->offsets, table)) return -1;
    ix->data = ix->offsets + table - 1;
    size_t last = card(c, ix->offsets + (size_t)ix->count * (size_t)ix->off_size, ix->off_size);
    if (last < 1 || !fits(c, ix->data, last)) return -1;
    ix->end = ix->data + last;
    return 0;
}

static int index_item(const cff *c, const cff_index *ix, unsigned i, size_t *start, size_t *end) {
    if (i >= ix->count) return -1;
    size_t size = (size_t)ix->off_size;
    size_t a = card(c, ix->offsets + i * size, ix->off_size), b = card(c, ix->offsets + (i + 1) * size, ix->off_size);
    if (a < 1 || b < a || ix->data + b > ix->end) return -1;
    *start = ix->data + a, *end = ix->data + b;
    return 0;
}

/*** DICT ***/

typedef struct dict_op {
    unsigned op; /* 0..21, or 1200 + the byte after the escape 12 */
    int nargs;
    long args[JX_CFF_MAX_STACK]; /* integers; a real reads as 0 (no operator read here takes one) */
    size_t start, end;    /* the entry's bytes, operands and operator */
} dict_op;

static size_t real_size(const cff *c, size_t at, size_t end) {
    for (size_t k = at + 1; k < end; k++)
        if ((c->p[k] >> 4) == 0xF || (c->p[k] & 0xF) == 0xF) return k + 1 - at;
    return 0;
}

/* The next entry of the DICT [*at, end): 1, 0 at its end, -1 when damaged. */
static int next_op(const cff *c, size_t *at, size_t end, dict_op *e) {
    e->nargs = 0;
    e->start = *at;
    while (*at < end) {
        unsigned b = c->p[*at];
        if (b <= 21) {
            e->op = b;
            if (b == 12) {
                if (*at + 1 >= end) return -1;
                e->op = 1200 + c->p[*at + 1];
            }
            *at += b == 12 ? 2 : 1;
            e->end = *at;
            return 1;
        }
        size_t size = b == 28 ? 3 : b == 29 ? 5 : b == 30 ? real_size(c, *at, end) : b <= 246 ? 1 : b <= 254 ? 2 : 0;
        if (b < 28 || b == 31 || size == 0 || end - *at < size || e->nargs == JX_CFF_MAX_STACK) return -1;
        const unsigned char *q = c->p + *at;
        long v = b == 28   ? (int16_t)(q[1] << 8 | q[2])
                 : b == 29 ? (int32_t)((uint32_t)q[1] << 24 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 8 | q[4])
                 : b == 30 ? 0
                 : b <= 246 ? (long)b - 139
                 : b <= 250 ? ((long)b - 247) * 256 + q[1] + 108
                            : -((long)b - 251) * 256 - q[1] - 108;
        e->args[e->nargs++] = v;
        *at += size;
    }
    return e->nargs ? -1 : 0;
}

static int skipped(unsigned op, const unsigned *skip, size_t nskip) {
    for (size_t i = 0; i < nskip; i++)
        if (skip[i] == op) return 1;
    return 0;
}

/* The DICT's entries but those named in skip, as they are. */
static int copy_dict(const cff *c, size_t at, size_t end, const unsigned *skip, size_t nskip, jx_buf *out) {
    dict_op e;
    int r;
    while ((r = next_op(c, &at, end, &e)) == 1)
        if (!skipped(e.op, skip, nskip)) jx_buf_put(out, (const char *)c->p + e.start, e.end - e.start);
    return r;
}

/* An offset or size operand: within the program. */
static int offset_arg(const cff *c, const dict_op *e, int i, size_t *v) {
    if (i >= e->nargs || e->args[i] < 0 || (unsigned long)e->args[i] > c->len) return -1;
    *v = (size_t)e->args[i];
    return 0;
}

static void put_int5(jx_buf *b, size_t v) {
    char bytes[5] = {29, (char)(v >> 24), (char)(v >> 16), (char)(v >> 8), (char)v};
    jx_buf_put(b, bytes, 5);
}

static void put_card(jx_buf *b, unsigned v, int size) {
    for (int k = size - 1; k >= 0; k--) jx_buf_putc(b, (char)(v >> (8 * k)));
}

static int offset_size(size_t last) { return last < 0x100 ? 1 : last < 0x10000 ? 2 : last < 0x1000000 ? 3 : 4; }

static size_t index_size(unsigned count, size_t data_len) {
    return count ? 3 + ((size_t)count + 1) * (size_t)offset_size(data_len + 1) + data_len : 2;
}

/* An INDEX's count and offsets, its items ending at ends[0..count) of
 * the data that follows. */
static void put_index_head(jx_buf *b, unsigned count, const size_t *ends) {
    put_card(b, count, 2);
    if (!count) return;
    int size = offset_size(ends[count - 1] + 1);
    put_card(b, (unsigned)size, 1);
    put_card(b, 1, size);
    for (unsigned i = 0; i < count; i++) put_card(b, (unsigned)(ends[i] + 1), size);
}

/*** The program's structure ***/

typedef struct font_dict {
    size_t start, end;           /* the Font DICT */
    size_t private_at, private_end;
    cff_index subrs;             /* local subroutines; count 0 when none */
    int used;
    unsigned renumbered;
} font_dict;

typedef struct program {
    cff c;
    cff_index names, tops, strings, gsubrs, charstrings, fdarray;
    size_t top, top_end;
    size_t charset, fdselect;
    font_dict fds[JX_CFF_MAX_FONT_DICTS];
} program;

/* Reads the header's INDEXes and the Top DICT: 0 when CID-keyed Type 2
 * charstrings this reader handles, else 1. */
static int read_program(program *pg) {
    const cff *c = &pg->c;
    size_t charstrings = 0, fdarray = 0;
    int keyed = 0;
    if (c->len < 4 || c->p[0] != 1 || read_index(c, c->p[2], &pg->names) || read_index(c, pg->names.end, &pg->tops) ||
        index_item(c, &pg->tops, 0, &pg->top, &pg->top_end) || read_index(c, pg->tops.end, &pg->strings) ||
        read_index(c, pg->strings.end, &pg->gsubrs))
        return 1;
    dict_op e;
    size_t at = pg->top;
    int r;
    while ((r = next_op(c, &at, pg->top_end, &e)) == 1) {
        if (e.op == 1230) keyed = 1;
        if ((e.op == 15 && offset_arg(c, &e, 0, &pg->charset)) || (e.op == 17 && offset_arg(c, &e, 0, &charstrings)) ||
            (e.op == 1236 && offset_arg(c, &e, 0, &fdarray)) || (e.op == 1237 && offset_arg(c, &e, 0, &pg->fdselect)))
            return 1;
        /* other charstring types, synthetic fonts: none in CJK fonts */
        if ((e.op == 1206 && (e.nargs != 1 || e.args[0] != 2)) || e.op == 1220) return 1;
    }
    if (r || !keyed || !charstrings || !fdarray || !pg->fdselect || pg->charset <= 2) return 1;
    if (read_index(c, charstrings, &pg->charstrings) || read_index(c, fdarray, &pg->fdarray)) return 1;
    return pg->fdarray.count == 0 || pg->fdarray.count > JX_CFF_MAX_FONT_DICTS;
}

/* The CIDs of glyphs want[0..n), ascending (every glyph when want is NULL),
 * from the charset (formats 0, 1 and 2). */
static int read_cids(const cff *c, size_t charset, unsigned nglyphs, const uint32_t *want, size_t n, uint16_t *cids) {
    if (!fits(c, charset, 1) || c->p[charset] > 2) return -1;
    unsigned format = c->p[charset];
    size_t at = charset + 1, k = 0;
    for (; k < n && (want ? want[k] : k) == 0; k++) cids[k] = 0;
    if (format == 0) {
        for (; k < n; k++) {
            size_t g = want ? want[k] : k;
            if (g >= nglyphs || !fits(c, at + 2 * (g - 1), 2)) return -1;
            cids[k] = (uint16_t)card(c, at + 2 * (g - 1), 2);
        }
        return 0;
    }
    size_t range = format == 1 ? 3 : 4;
    for (size_t first = 1; k < n && first < nglyphs; at += range) {
        if (!fits(c, at, range)) return -1;
        size_t cid = card(c, at, 2), last = first + card(c, at + 2, format == 1 ? 1 : 2);
        for (size_t g; k < n && (g = want ? want[k] : k) <= last; k++) cids[k] = (uint16_t)(cid + g - first);
        first = last + 1;
    }
    return k < n ? -1 : 0;
}

/* The Font DICT of glyph g (FDSelect formats 0 and 3), or -1. */
static int fd_of(const program *pg, unsigned g) {
    const cff *c = &pg->c;
    size_t at = pg->fdselect;
    if (!fits(c, at, 1)) return -1;
    unsigned fd = 0;
    if (c->p[at] == 0) {
        if (g >= pg->charstrings.count || !fits(c, at + 1 + g, 1)) return -1;
        fd = c->p[at + 1 + g];
    } else if (c->p[at] == 3) {
        unsigned ranges = card(c, at + 1, 2), lo = 0, hi = ranges;
        if (!ranges || !fits(c, at + 3, 3 * (size_t)ranges + 2) || card(c, at + 3, 2) != 0) return -1;
        while (hi - lo > 1) { /* the last range starting at or before g */
            unsigned mid = (lo + hi) / 2;
            if (card(c, at + 3 + 3 * (size_t)mid, 2) <= g) lo = mid;
            else hi = mid;
        }
        if (g >= card(c, at + 3 + 3 * (size_t)ranges, 2)) return -1;
        fd = c->p[at + 3 + 3 * (size_t)lo + 2];
    } else {
        return -1;
    }
    return fd < pg->fdarray.count ? (int)fd : -1;
}

/* A Font DICT's place, its Private DICT's and its local subroutines. */
static int read_font_dict(program *pg, font_dict *fd, unsigned i) {
    const cff *c = &pg->c;
    if (index_item(c, &pg->fdarray, i, &fd->start, &fd->end)) return -1;
    dict_op e;
    size_t at = fd->start, size = 0, subrs = 0;
    int r;
    while ((r = next_op(c, &at, fd->end, &e)) == 1)
        if (e.op == 18 && (offset_arg(c, &e, 0, &size) || offset_arg(c, &e, 1, &fd->private_at))) return -1;
    if (r || !fd->private_at || !fits(c, fd->private_at, size)) return -1;
    fd->private_end = fd->private_at + size;
    at = fd->private_at;
    while ((r = next_op(c, &at, fd->private_end, &e)) == 1)
        if (e.op == 19 && offset_arg(c, &e, 0, &subrs)) return -1;
    if (r) return -1;
    if (subrs) return read_index(c, fd->private_at + subrs, &fd->subrs);
    fd->subrs = (cff_index){0};
    return 0;
}

/*** Charstrings ***/

static long subr_bias(unsigned count) { return count < 1240 ? 107 : count < 33900 ? 1131 : 32768; }

static size_t operand_size(unsigned b) { return b == 28 ? 3 : b <= 246 ? 1 : b <= 254 ? 2 : 5; }

/* A Type 2 operand's value, fixed-point truncated. */
static long operand_value(const unsigned char *q) {
    unsigned b = q[0];
    if (b == 255) return (long)(int32_t)((uint32_t)q[1] << 24 | (uint32_t)q[2] << 16 | (uint32_t)q[3] << 8 | q[4]) / 65536;
    if (b == 28) return (int16_t)(q[1] << 8 | q[2]);
    if (b <= 246) return (long)b - 139;
    return b <= 250 ? ((long)b - 247) * 256 + q[1] + 108 : -((long)b - 251) * 256 - q[1] - 108;
}

static int is_path_op(unsigned op) {
    switch (op) {
    case 4: case 5: case 6: case 7: case 8: case 21: case 22: case 24: case 25: case 26: case 27: case 30: case 31:
    case 1234: case 1235: case 1236: case 1237:
        return 1;
    default:
        return 0;
    }
}

typedef struct frame {
    const unsigned char *at, *end;
} frame;

/* The charstring [at, end) with its subroutines inlined and its hints
 * dropped, written to out (JX_CFF_MAX_GLYPH_BYTES + 8 bytes): its length, or 0
 * when it cannot be read. A hint operator's operands go with it; the
 * glyph's width, the odd first operand of the first operator, stays. */
static size_t flatten(const program *pg, const cff_index *local, const unsigned char *at, const unsigned char *end,
                      unsigned char *out, unsigned *budget) {
    frame stack[JX_CFF_MAX_CALL_DEPTH + 1] = {{at, end}};
    size_t arg_at[JX_CFF_MAX_STACK], w = 0;
    int depth = 0, nargs = 0, stems = 0, cleared = 0;
    unsigned budget_left = *budget; /* a local: the loop runs once per byte or two */
    for (unsigned steps = 0;; steps++) {
        frame *fr = &stack[depth];
        if (fr->at >= fr->end || steps == JX_CFF_MAX_GLYPH_STEPS || budget_left == 0 || w > JX_CFF_MAX_GLYPH_BYTES) return 0;
        budget_left--;
        const unsigned char *q = fr->at;
        size_t left = (size_t)(fr->end - q);
        if (*q >= 32 || *q == 28) {
            size_t size = operand_size(*q);
            if (left < size || nargs == JX_CFF_MAX_STACK) return 0;
            arg_at[nargs++] = w;
            if (size == 1) out[w++] = *q;
            else memcpy(out + w, q, size), w += size;
            fr->at += size;
            continue;
        }
        unsigned op = *q;
        size_t op_size = op == 12 ? 2 : 1;
        if (left < op_size) return 0;
        if (op == 12) op = 1200 + q[1];
        fr->at += op_size;
        if (op == 10 || op == 29) { /* callsubr, callgsubr: the subroutine's number goes */
            const cff_index *subrs = op == 10 ? local : &pg->gsubrs;
            size_t from, to;
            if (!nargs || depth == JX_CFF_MAX_CALL_DEPTH) return 0;
            w = arg_at[--nargs];
            long i = operand_value(out + w) + subr_bias(subrs->count);
            if (i < 0 || i > 0xFFFF || index_item(&pg->c, subrs, (unsigned)i, &from, &to)) return 0;
            stack[++depth] = (frame){pg->c.p + from, pg->c.p + to};
        } else if (op == 11) { /* return */
            if (depth == 0) return 0;
            depth--;
        } else if (op == 1 || op == 3 || op == 18 || op == 23 || op == 19 || op == 20) {
            /* stem hints; hintmask and cntrmask are followed by their mask */
            int keep = !cleared && nargs % 2;
            stems += nargs / 2;
            if (nargs > keep) w = arg_at[keep];
            nargs = 0, cleared = 1;
            size_t mask = op == 19 || op == 20 ? ((size_t)stems + 7) / 8 : 0;
            if ((size_t)(fr->end - fr->at) < mask) return 0;
            fr->at += mask;
        } else if (op == 14) { /* endchar; four more operands would be a seac accent */
            if (nargs >= 4) return 0;
            out[w++] = 14;
            *budget = budget_left;
            return w;
        } else if (is_path_op(op)) {
            for (size_t k = 0; k < op_size; k++) out[w++] = q[k];
            nargs = 0, cleared = 1;
        } else { /* arithmetic and storage operators, reserved ones: not in fonts of today */
            return 0;
        }
    }
}

/*** The subset ***/

static int ascending(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* glyphs[0..n) and .notdef, sorted, each once. */
static uint32_t *kept_glyphs(const uint32_t *glyphs, size_t n, size_t *count) {
    uint32_t *kept = malloc((n + 1) * sizeof *kept);
    if (!kept) return NULL;
    kept[0] = 0;
    memcpy(kept + 1, glyphs, n * sizeof *kept);
    qsort(kept, n + 1, sizeof *kept, ascending);
    size_t w = 1;
    for (size_t i = 1; i <= n; i++)
        if (kept[i] != kept[w - 1]) kept[w++] = kept[i];
    *count = w;
    return kept;
}

typedef struct subset {
    program *pg;
    uint32_t *kept;
    size_t nkept;
    uint16_t *cid, *fd;  /* of each kept glyph */
    jx_buf glyphs;       /* the flattened charstrings */
    size_t *glyph_end;
    jx_buf top, fds, privates; /* the DICTs as written, but for the offsets they point with */
    size_t *fd_end, *private_end;
    unsigned nfds;
} subset;

/* The charstrings are megabytes, of which a document uses a few hundred
 * scattered ones: with a reader they are read, neighbours together, rather
 * than touched in a mapping, where each first touch costs a page fault
 * that maps sixteen pages, all of them unmapped again at the end. */
#define RUN_MAX (64u << 10)
#define RUN_GAP (4u << 10)

typedef struct run {
    unsigned char *bytes; /* RUN_MAX + JX_CFF_MAX_GLYPH_BYTES */
    size_t from, to;      /* the program's bytes it holds */
} run;

/* Kept glyph i's charstring [*at, *end) as bytes in memory: read with the
 * following kept glyphs' when they lie close, or in place. NULL when it
 * cannot be read. */
static const unsigned char *charstring(const subset *s, size_t i, jx_cff_reader read, void *ctx, run *r,
                                       size_t *len) {
    const program *pg = s->pg;
    size_t at, end;
    if (index_item(&pg->c, &pg->charstrings, s->kept[i], &at, &end) || end - at > JX_CFF_MAX_GLYPH_BYTES) return NULL;
    *len = end - at;
    if (!read) return pg->c.p + at;
    if (at < r->from || end > r->to) {
        r->from = at, r->to = end;
        for (size_t j = i + 1, a, e; j < s->nkept; j++) {
            if (index_item(&pg->c, &pg->charstrings, s->kept[j], &a, &e) || a < r->to || a - r->to > RUN_GAP ||
                e - r->from > RUN_MAX)
                break;
            r->to = e;
        }
        if (read(ctx, r->from, r->to - r->from, r->bytes)) return NULL;
    }
    return r->bytes + (at - r->from);
}

/* Two levels of 256 slots: a document's glyphs lie in a few ranges of a
 * face's 65,535, so few blocks are made. A slot holds a charstring's
 * length (4 bytes) and bytes, never changed once set; the lock guards the
 * slots, taken once a glyph (uncontended: tens of nanoseconds). */
typedef struct glyph_block {
    unsigned char *slot[256];
} glyph_block;

struct jx_cff_glyphs {
    pthread_mutex_t lock;
    glyph_block *block[256];
};

jx_cff_glyphs *jx_cff_glyphs_new(void) {
    jx_cff_glyphs *g = calloc(1, sizeof *g);
    if (g && pthread_mutex_init(&g->lock, NULL)) return free(g), NULL;
    return g;
}

void jx_cff_glyphs_free(jx_cff_glyphs *g) {
    if (!g) return;
    for (int i = 0; i < 256; i++) {
        for (int k = 0; g->block[i] && k < 256; k++) free(g->block[i]->slot[k]);
        free(g->block[i]);
    }
    pthread_mutex_destroy(&g->lock);
    free(g);
}

static const unsigned char *kept_glyph(jx_cff_glyphs *g, uint32_t glyph) {
    if (!g || glyph > 0xFFFF) return NULL;
    pthread_mutex_lock(&g->lock);
    const glyph_block *b = g->block[glyph >> 8];
    const unsigned char *kept = b ? b->slot[glyph & 255] : NULL;
    pthread_mutex_unlock(&g->lock);
    return kept;
}

/* Out of memory, the glyph is not kept: it is flattened again next time.
 * Two documents that flatten it at once make the same bytes; the first
 * kept stays. */
static void keep_glyph(jx_cff_glyphs *g, uint32_t glyph, const unsigned char *bytes, uint32_t len) {
    unsigned char *slot = g && glyph <= 0xFFFF ? malloc(sizeof len + len) : NULL;
    if (!slot) return;
    memcpy(slot, &len, sizeof len);
    memcpy(slot + sizeof len, bytes, len);
    pthread_mutex_lock(&g->lock);
    glyph_block **b = &g->block[glyph >> 8];
    if (!*b) *b = calloc(1, sizeof **b);
    if (*b && !(*b)->slot[glyph & 255]) (*b)->slot[glyph & 255] = slot, slot = NULL;
    pthread_mutex_unlock(&g->lock);
    free(slot);
}

/* Each kept glyph's CID, Font DICT and flattened charstring: from the
 * face's kept ones when it is there, else flattened and kept. */
static int cut_glyphs(subset *s, jx_cff_reader read, void *ctx, jx_cff_glyphs *kept) {
    program *pg = s->pg;
    if (read_cids(&pg->c, pg->charset, pg->charstrings.count, s->kept, s->nkept, s->cid)) return 1;
    for (size_t i = 0; i < s->nkept; i++) {
        int fd = s->kept[i] < pg->charstrings.count ? fd_of(pg, s->kept[i]) : -1;
        if (fd < 0) return 1;
        s->fd[i] = (uint16_t)fd;
        if (!pg->fds[fd].used && read_font_dict(pg, &pg->fds[fd], (unsigned)fd)) return 1;
        pg->fds[fd].used = 1;
    }
    unsigned char *glyph = malloc(JX_CFF_MAX_GLYPH_BYTES + 8);
    run r = {read ? malloc(RUN_MAX + JX_CFF_MAX_GLYPH_BYTES) : NULL, 0, 0};
    unsigned budget = JX_CFF_MAX_STEPS;
    size_t i = 0;
    for (; glyph && (r.bytes || !read) && i < s->nkept; i++) {
        size_t len;
        const unsigned char *known = kept_glyph(kept, s->kept[i]);
        if (known) {
            uint32_t n;
            memcpy(&n, known, sizeof n);
            jx_buf_put(&s->glyphs, (const char *)known + sizeof n, n);
            s->glyph_end[i] = s->glyphs.len;
            continue;
        }
        const unsigned char *cs = charstring(s, i, read, ctx, &r, &len);
        if (!cs || !(len = flatten(pg, &pg->fds[s->fd[i]].subrs, cs, cs + len, glyph, &budget))) break;
        keep_glyph(kept, s->kept[i], glyph, (uint32_t)len);
        jx_buf_put(&s->glyphs, (const char *)glyph, len);
        s->glyph_end[i] = s->glyphs.len;
    }
    free(glyph);
    free(r.bytes);
    return i < s->nkept;
}

/* The Top DICT, Font DICTs and Private DICTs without their offsets. */
static int copy_dicts(subset *s) {
    static const unsigned TOP_SKIP[] = {13, 14, 15, 16, 17, 18, 1206, 1236, 1237}, FD_SKIP[] = {18}, PRIVATE_SKIP[] = {19};
    program *pg = s->pg;
    if (copy_dict(&pg->c, pg->top, pg->top_end, TOP_SKIP, sizeof TOP_SKIP / sizeof TOP_SKIP[0], &s->top)) return 1;
    for (unsigned i = 0; i < pg->fdarray.count; i++) {
        font_dict *fd = &pg->fds[i];
        if (!fd->used) continue;
        fd->renumbered = s->nfds;
        if (copy_dict(&pg->c, fd->start, fd->end, FD_SKIP, 1, &s->fds) ||
            copy_dict(&pg->c, fd->private_at, fd->private_end, PRIVATE_SKIP, 1, &s->privates))
            return 1;
        s->fd_end[s->nfds] = s->fds.len, s->private_end[s->nfds] = s->privates.len;
        s->nfds++;
    }
    return 0;
}

static unsigned fdselect_ranges(const subset *s) {
    unsigned ranges = 0;
    for (size_t i = 0; i < s->nkept; i++) ranges += i == 0 || s->fd[i] != s->fd[i - 1];
    return ranges;
}

/* Header, Name INDEX, Top DICT INDEX, String INDEX, an empty Global Subr
 * INDEX, charset (format 0), FDSelect (format 3), CharStrings, FDArray,
 * the Private DICTs: offsets fixed in size (five-byte integers), so each
 * part's place is known before it is written. */
static void write_program(const subset *s, jx_buf *out) {
    const program *pg = s->pg;
    const cff *c = &pg->c;
    size_t top_len = s->top.len + 4 * 5 + 1 + 1 + 2 + 2, ranges = fdselect_ranges(s);
    size_t charset = 4 + (pg->names.end - pg->names.at) + index_size(1, top_len) + (pg->strings.end - pg->strings.at) + 2;
    size_t fdselect = charset + 1 + 2 * (s->nkept - 1);
    size_t charstrings = fdselect + 3 + 3 * ranges + 2;
    size_t fdarray = charstrings + index_size((unsigned)s->nkept, s->glyphs.len);
    size_t fd_dicts = s->fds.len + (size_t)s->nfds * (5 + 5 + 1);
    size_t privates = fdarray + index_size(s->nfds, fd_dicts);

    jx_buf_put(out, "\1\0\4\4", 4);
    jx_buf_put(out, (const char *)c->p + pg->names.at, pg->names.end - pg->names.at);
    put_index_head(out, 1, &top_len);
    jx_buf_put(out, s->top.data, s->top.len);
    put_int5(out, charset), jx_buf_putc(out, 15);
    put_int5(out, charstrings), jx_buf_putc(out, 17);
    put_int5(out, fdarray), jx_buf_put(out, "\14\44", 2);
    put_int5(out, fdselect), jx_buf_put(out, "\14\45", 2);
    jx_buf_put(out, (const char *)c->p + pg->strings.at, pg->strings.end - pg->strings.at);
    put_card(out, 0, 2);

    jx_buf_putc(out, 0);
    for (size_t i = 1; i < s->nkept; i++) put_card(out, s->cid[i], 2);

    jx_buf_putc(out, 3);
    put_card(out, (unsigned)ranges, 2);
    for (size_t i = 0; i < s->nkept; i++)
        if (i == 0 || s->fd[i] != s->fd[i - 1])
            put_card(out, (unsigned)i, 2), put_card(out, pg->fds[s->fd[i]].renumbered, 1);
    put_card(out, (unsigned)s->nkept, 2);

    put_index_head(out, (unsigned)s->nkept, s->glyph_end);
    jx_buf_put(out, s->glyphs.data, s->glyphs.len);

    size_t ends[JX_CFF_MAX_FONT_DICTS];
    for (unsigned i = 0; i < s->nfds; i++) ends[i] = s->fd_end[i] + (size_t)(i + 1) * 11;
    put_index_head(out, s->nfds, ends);
    for (unsigned i = 0; i < s->nfds; i++) {
        size_t from = i ? s->fd_end[i - 1] : 0, private_from = i ? s->private_end[i - 1] : 0;
        jx_buf_put(out, s->fds.data + from, s->fd_end[i] - from);
        put_int5(out, s->private_end[i] - private_from), put_int5(out, privates + private_from), jx_buf_putc(out, 18);
    }
    jx_buf_put(out, s->privates.data, s->privates.len);
}

static void free_subset(subset *s) {
    free(s->kept), free(s->cid), free(s->fd), free(s->glyph_end), free(s->fd_end), free(s->private_end);
    jx_buf_free(&s->glyphs), jx_buf_free(&s->top), jx_buf_free(&s->fds), jx_buf_free(&s->privates);
    free(s->pg);
}

/* The subset's tables for glyphs[0..n): 0, or -1 out of memory. */
static int open_subset(subset *s, const unsigned char *cff_data, size_t len, const uint32_t *glyphs, size_t n) {
    *s = (subset){.pg = calloc(1, sizeof *s->pg)};
    jx_buf_init(&s->glyphs, JX_MAX_SUBSET_PROGRAM), jx_buf_init(&s->top, JX_MAX_SUBSET_PROGRAM);
    jx_buf_init(&s->fds, JX_MAX_SUBSET_PROGRAM), jx_buf_init(&s->privates, JX_MAX_SUBSET_PROGRAM);
    s->kept = s->pg ? kept_glyphs(glyphs, n, &s->nkept) : NULL;
    if (!s->kept) return -1;
    s->pg->c = (cff){cff_data, len};
    s->cid = malloc(s->nkept * sizeof *s->cid), s->fd = malloc(s->nkept * sizeof *s->fd);
    s->glyph_end = malloc(s->nkept * sizeof *s->glyph_end);
    s->fd_end = malloc(JX_CFF_MAX_FONT_DICTS * sizeof *s->fd_end);
    s->private_end = malloc(JX_CFF_MAX_FONT_DICTS * sizeof *s->private_end);
    return s->cid && s->fd && s->glyph_end && s->fd_end && s->private_end ? 0 : -1;
}

int jx_cff_subset(const unsigned char *cff_data, size_t len, jx_cff_reader read, void *ctx, jx_cff_glyphs *kept,
                  const uint32_t *glyphs, size_t n, uint16_t *cids, jx_buf *out) {
    subset s;
    int rc = -1;
    if (open_subset(&s, cff_data, len, glyphs, n) == 0) {
        /* a buffer that failed is past its limit or out of memory: either
         * way this reader gives the program up */
        rc = s.nkept >= 0xFFFF || read_program(s.pg) || cut_glyphs(&s, read, ctx, kept) || copy_dicts(&s) ||
             s.glyphs.failed || s.top.failed || s.fds.failed || s.privates.failed;
    }
    jx_buf made;
    jx_buf_init(&made, JX_MAX_SUBSET_PROGRAM);
    if (rc == 0) write_program(&s, &made);
    if (rc == 0 && made.failed) rc = -1;
    if (rc == 0) {
        jx_buf_free(out);
        *out = made;
        for (size_t i = 0; i < n; i++) cids[i] = s.cid[jx_glyph_rank(s.kept, s.nkept, glyphs[i])];
    } else {
        jx_buf_free(&made);
    }
    free_subset(&s);
    return rc;
}

int jx_cff_flatten(const unsigned char *cff_data, size_t len, jx_cff_reader read, void *ctx, jx_cff_glyphs *kept,
                   const uint32_t *glyphs, size_t n) {
    subset s;
    int rc = open_subset(&s, cff_data, len, glyphs, n) ? -1 : s.nkept >= 0xFFFF || read_program(s.pg) ? 1 : 0;
    if (rc == 0) cut_glyphs(&s, read, ctx, kept);
    free_subset(&s);
    return rc;
}

int jx_cff_cids_of(const unsigned char *cff_data, size_t len, const uint32_t *glyphs, size_t n, uint16_t *cids) {
    program *pg = calloc(1, sizeof *pg);
    size_t nkept = 0;
    uint32_t *kept = pg ? kept_glyphs(glyphs, n, &nkept) : NULL;
    uint16_t *kept_cids = kept ? malloc(nkept * sizeof *kept_cids) : NULL;
    int keyed = kept_cids ? 0 : -1;
    if (kept_cids) {
        pg->c = (cff){cff_data, len};
        keyed = read_program(pg) == 0 && read_cids(&pg->c, pg->charset, pg->charstrings.count, kept, nkept, kept_cids) == 0;
    }
    for (size_t i = 0; keyed == 1 && i < n; i++) cids[i] = kept_cids[jx_glyph_rank(kept, nkept, glyphs[i])];
    free(kept_cids), free(kept), free(pg);
    return keyed;
}
