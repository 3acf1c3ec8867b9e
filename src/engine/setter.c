/* The page setter: the display list being built, shaped runs of text, and
 * paragraphs filled into lines and placed. Tables, charts and images set
 * themselves through it; only the flow (flow.c) decides what comes next. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "engine/para.h"
#include "engine/setter.h"
#include "engine/linebreak.h"

#define GETA 0x3013 /* 〓, drawn where no font has the character */


void jx_display_free(jx_display *d) {
    if (!d) return;
    for (size_t i = 0; i < d->npages; i++) free(d->pages[i].glyphs), free(d->pages[i].rules), free(d->pages[i].rects), free(d->pages[i].images);
    for (size_t i = 0; i < d->noutline; i++) free(d->outline[i].title);
    free(d->pages);
    free(d->outline);
    memset(d, 0, sizeof *d);
}

/*** Pages ***/

jx_dpage *ts_current_page(setter *S) { return &S->out->pages[S->out->npages - 1]; }

void ts_fit_page(const setter *S, jx_dpage *pg) {
    pg->landscape = S->st == &S->styles[1];
    pg->width = S->st->width, pg->height = S->st->height;
}

int ts_new_page(setter *S) {
    jx_display *d = S->out;
    if (ts_reserve(S, (void **)&d->pages, &d->cap, d->npages, sizeof *d->pages)) return -1;
    d->pages[d->npages++] = (jx_dpage){0};
    ts_fit_page(S, ts_current_page(S));
    S->y = 0;
    return 0;
}

/* Makes room for one more element in a growable array; 0, or -1 (and the
 * setter's out-of-memory flag) when memory runs out. */
int ts_reserve(setter *S, void **items, size_t *cap, size_t n, size_t size) {
    if (n < *cap) return 0;
    size_t ncap = *cap ? *cap * 2 : 16;
    void *q = realloc(*items, ncap * size);
    if (!q) return S->oom = 1, -1;
    *items = q;
    *cap = ncap;
    return 0;
}

void ts_add_glyph(setter *S, jx_dpage *p, jx_dglyph g) {
    if (ts_reserve(S, (void **)&p->glyphs, &p->cap, p->n, sizeof g) == 0) p->glyphs[p->n++] = g;
}

void ts_add_rule(setter *S, jx_dpage *p, jx_drule r) {
    if (ts_reserve(S, (void **)&p->rules, &p->rules_cap, p->nrules, sizeof r) == 0) p->rules[p->nrules++] = r;
}

void ts_add_rect(setter *S, jx_dpage *p, jx_drect r) {
    if (ts_reserve(S, (void **)&p->rects, &p->rects_cap, p->nrects, sizeof r) == 0) p->rects[p->nrects++] = r;
}

/*** Text runs ***/

double ts_run_width(const run *r) {
    double w = 0;
    for (size_t k = 0; k < r->n; k++) w += r->g[k].advance;
    return w;
}

void ts_place_run(setter *S, jx_dpage *pg, const run *r, double size, double x, double y, ts_anchor anchor) {
    if (anchor != TS_LEFT) x -= anchor == TS_RIGHT ? ts_run_width(r) : ts_run_width(r) / 2;
    for (size_t k = 0; k < r->n; k++) {
        if (r->g[k].cp != ' ') ts_add_glyph(S, pg, (jx_dglyph){x, y, size, r->g[k].cp, r->face[k], r->bold[k]});
        x += r->g[k].advance;
    }
}

void ts_run_free(run *r) {
    free(r->g);
    free(r->face);
    free(r->bold);
    memset(r, 0, sizeof *r);
}

/* Decodes one paragraph, choosing a face per character: the text is the
 * text, never markup (bold is a block's); a character no face has becomes 〓
 * and a warning. */
/* Whether a space typed beside these neighbours is dropped, as xeCJK
 * does: between two Han characters, or next to a full-width mark
 * ("审批规范 ，通知", "评价要点： 资金") — the input keeps what was typed. */
static int space_dropped(uint32_t before, uint32_t after) {
    jx_char_class a = jx_char_class_of(before), b = jx_char_class_of(after);
    return (a == JX_CH_HAN && b == JX_CH_HAN) || jx_char_is_cjk_punct(a) || jx_char_is_cjk_punct(b);
}

static void drop_cjk_spaces(run *r) {
    size_t w = 0;
    for (size_t i = 0; i < r->n; i++) {
        if (r->g[i].cp == ' ' && w > 0 && r->g[w - 1].cp != '\n') {
            size_t next = i;
            while (next < r->n && r->g[next].cp == ' ') next++;
            if (next < r->n && r->g[next].cp != '\n' && space_dropped(r->g[w - 1].cp, r->g[next].cp)) {
                i = next - 1;
                continue;
            }
        }
        r->g[w] = r->g[i], r->face[w] = r->face[i], r->bold[w] = r->bold[i];
        w++;
    }
    r->n = w;
}

int ts_shape(setter *S, const char *text, size_t len, jx_role role, double size, int bold, jx_pos pos,
                 run *r) {
    r->n = 0;
    r->cap = len + 1;
    r->g = malloc(r->cap * sizeof *r->g);
    r->face = malloc(r->cap * sizeof *r->face);
    r->bold = malloc(r->cap);
    if (!r->g || !r->face || !r->bold) {
        ts_run_free(r); /* callers need not free a run that failed */
        return S->oom = 1, -1;
    }
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = jx_utf8_decode(s + i, len - i, &cp);
        if (!k) k = 1, cp = 0xFFFD;
        i += k;
        /* a line break is no character to draw: any face will do */
        int face = cp == '\n' ? S->fonts->role_face[role] : jx_fontset_face_for(S->fonts, role, cp);
        if (face < 0) {
            jx_diags_add(S->diags, JX_WARNING, S->doc->file, pos.line, pos.col, pos.ptr, "no font has U+%04X; drawn as 〓",
                         (unsigned)cp);
            cp = GETA;
            face = jx_fontset_face_for(S->fonts, role, cp);
            if (face < 0) face = S->fonts->role_face[role];
        }
        double advance = cp == '\n' ? 0 : jx_fontset_advance(S->fonts, face, cp, size), em = size;
        if (S->st->pitch > 0 && size == S->st->body_size) {
            em = S->st->pitch; /* on the grid the character pitch is the unit */
            if (advance >= size * 0.99) advance = em;
        }
        r->g[r->n] = (jx_glyph_in){cp, advance, em};
        r->face[r->n] = face;
        r->bold[r->n] = (unsigned char)bold;
        r->n++;
    }
    drop_cjk_spaces(r);
    return 0;
}

double ts_baseline_offset(double size, double leading) {
    return (leading - size) / 2 + size * 0.88;
}

/* Emits lines [first, last) of a filled paragraph at the current y. */
void ts_emit_lines(setter *S, const run *r, const jx_para *p, size_t first, size_t last, double x0,
                       ts_align align, double size, double leading) {
    const jx_page_style *st = S->st;
    for (size_t k = first; k < last; k++) {
        const jx_line *line = &p->lines[k];
        double room = align == TS_ALIGN_CENTER || align == TS_ALIGN_RIGHT ? st->area_w - jx_para_line_right(p, r->g, line) : 0;
        double dx = x0 + (align == TS_ALIGN_CENTER ? room / 2 : room);
        double base = st->top + S->y + ts_baseline_offset(size, leading);
        for (size_t i = line->start; i < line->end; i++) {
            if (r->g[i].cp == ' ' || r->g[i].cp == '\n' || isnan(p->x[i])) continue;
            ts_add_glyph(S, ts_current_page(S), (jx_dglyph){st->left + dx + p->x[i], base, size, r->g[i].cp, r->face[i], r->bold[i]});
        }
        S->y += leading;
    }
}

int ts_lines_left(const setter *S, double leading) {
    double room = S->st->area_h - S->y;
    return room < leading - 1e-6 ? 0 : (int)floor((room + 1e-6) / leading);
}

/* Places a filled paragraph, splitting it across pages without leaving a
 * single line at the foot of a page or at the head of the next. */
static int place_paragraph(setter *S, const run *r, const jx_para *p, ts_align align, double size, double leading,
                           int keep_lines_after) {
    size_t done = 0, n = p->nlines;
    while (done < n) {
        size_t fit = (size_t)ts_lines_left(S, leading);
        size_t rest = n - done;
        size_t need = rest + (size_t)keep_lines_after;
        if (fit >= need || (fit >= rest && keep_lines_after == 0)) {
            ts_emit_lines(S, r, p, done, n, 0, align, size, leading);
            return 0;
        }
        size_t take = fit < rest ? fit : rest;
        if (keep_lines_after) take = 0;            /* a heading goes with what follows */
        if (take == 1 && done == 0) take = 0;      /* no lone first line at the foot */
        if (rest - take == 1 && take >= 2) take--; /* no lone last line at the head */
        else if (rest - take == 1) take = 0;
        if (S->y > 0 || take > 0) {
            ts_emit_lines(S, r, p, done, done + take, 0, align, size, leading);
            done += take;
            if (ts_new_page(S)) return -1;
        } else {
            ts_emit_lines(S, r, p, done, n, 0, align, size, leading); /* taller than a page: overflow */
            return 0;
        }
    }
    return 0;
}

/*** Blocks ***/

int ts_set_paragraph(setter *S, const char *text, size_t len, jx_role role, double size, int bold,
                         double indent, int keep_after, ts_align align, jx_pos pos) {
    run r = {0};
    jx_para p = {0};
    int rc = ts_shape(S, text, len, role, size, bold, pos, &r);
    jx_para_opts o = {S->st->area_w, indent, S->st->kinsoku, 0, align != TS_JUSTIFY, 0};
    if (!rc) rc = jx_para_fill(r.g, r.n, &o, &p);
    if (!rc) {
        rc = place_paragraph(S, &r, &p, align, size, S->st->leading, keep_after);
    }
    jx_para_free(&p);
    ts_run_free(&r);
    return rc;
}

/* 目录: one line per heading of levels 1 and 2, the title on the left,
 * the page number on the right, dot leaders between. */
/* One entry: the title, wrapped short of the page number when it is long,
 * dot leaders from its last line to the number. */
