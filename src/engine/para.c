#include "engine/para.h"

#include <math.h>
#include <stdlib.h>

#define EPS 1e-6

static jx_char_class cls(const jx_glyph_in *g, size_t i) { return jx_char_class_of(g[i].cp); }

static int has_right_blank(jx_char_class c) {
    return c == JX_CH_CLOSE || c == JX_CH_PAUSE || c == JX_CH_STOP;
}

/* Letters, digits and what ends a number (95%, the 1. of a list) get the
 * Han–Latin quarter em; half-width brackets and marks typed among Han
 * characters — 知识产权(专利), 通知; — do not. */
static int is_word_char(uint32_t cp) {
    return cp >= 0x80 || (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '.' ||
           cp == '%';
}

/* Space added (negative: removed) before glyph i when glyph i-1 precedes it
 * on the same line: adjacent full-width marks share one blank half (two
 * marks take 1.5 em), and Han next to Latin gets a quarter em. */
static double kern_between(const jx_glyph_in *g, size_t i) {
    jx_char_class a = cls(g, i - 1), b = cls(g, i);
    if (jx_char_is_cjk_punct(a) && jx_char_is_cjk_punct(b)) {
        if (has_right_blank(a)) return -0.5 * g[i - 1].em;
        if (b == JX_CH_OPEN) return -0.5 * g[i].em;
        return 0;
    }
    if ((a == JX_CH_HAN && b == JX_CH_LATIN && is_word_char(g[i].cp)) ||
        (a == JX_CH_LATIN && is_word_char(g[i - 1].cp) && b == JX_CH_HAN))
        return 0.25 * (g[i].em > g[i - 1].em ? g[i].em : g[i - 1].em);
    return 0;
}

/* An opening bracket at the start of a line loses its leading blank half. */
static double start_trim(const jx_glyph_in *g, size_t i) {
    return cls(g, i) == JX_CH_OPEN ? 0.5 * g[i].em : 0;
}

/* A mark at the end of a line is set half width (GB/T 15834 5.1.10). */
static double end_trim(const jx_glyph_in *g, size_t i) {
    return has_right_blank(cls(g, i)) ? 0.5 * g[i].em : 0;
}

/* Lays out [s, e) from x0: fills x[], returns the natural right edge. */
static double place(const jx_glyph_in *g, size_t s, size_t e, double x0, double *x) {
    double pos = x0 - start_trim(g, s);
    for (size_t i = s; i < e; i++) {
        if (i > s) pos += kern_between(g, i);
        if (x) x[i] = pos;
        pos += g[i].advance;
    }
    size_t last = e;
    while (last > s + 1 && cls(g, last - 1) == JX_CH_SPACE) pos -= g[--last].advance;
    return pos - end_trim(g, last - 1);
}

/* A full-width mark inside [s, e) whose blank half is still there (not
 * taken by an adjacent mark or the line end) may give it up when a line is
 * a little too long: the first means of fitting a line in clreq. */
static double shrink_at(const jx_glyph_in *g, size_t s, size_t e, size_t i) {
    jx_char_class c = cls(g, i);
    if (has_right_blank(c) && i + 1 < e && !jx_char_is_cjk_punct(cls(g, i + 1))) return 0.5 * g[i].em;
    if (c == JX_CH_OPEN && i > s && !jx_char_is_cjk_punct(cls(g, i - 1))) return 0.5 * g[i].em;
    return 0;
}

static double shrinkable(const jx_glyph_in *g, size_t s, size_t e) {
    double total = 0;
    while (e > s + 1 && cls(g, e - 1) == JX_CH_SPACE) e--; /* the mark before them is the line end */
    for (size_t i = s; i < e; i++) total += shrink_at(g, s, e, i);
    return total;
}

/* Gaps that justification may widen: between characters set on the grid,
 * never inside a Latin word, a number, "——" or "……". */
static int stretchable(const jx_glyph_in *g, size_t i) {
    jx_char_class a = cls(g, i - 1), b = cls(g, i);
    if (a == JX_CH_LATIN && b == JX_CH_LATIN) return 0;
    if ((a == JX_CH_DASH && b == JX_CH_DASH) || (a == JX_CH_ELLIPSIS && b == JX_CH_ELLIPSIS)) return 0;
    if (b == JX_CH_SPACE) return 0;
    return 1;
}

/* Expands a line to the full width in clreq's order: Western word spaces
 * first (up to ½ em), then the Han–Latin spaces (from ¼ up to ⅓ em), then
 * every gap between characters alike. */
static int justify(const jx_glyph_in *g, const jx_line *line, double width, double max_stretch, double *x) {
    size_t end = line->end;
    while (end > line->start + 1 && cls(g, end - 1) == JX_CH_SPACE) end--;
    double extra = width - line->natural;
    if (extra < -EPS) { /* set a little tight: the marks give up their blank halves */
        double room = shrinkable(g, line->start, end), shift = 0;
        for (size_t i = line->start; i < line->end && room > 0; i++) {
            double part = extra * shrink_at(g, line->start, end, i) / room;
            if (cls(g, i) == JX_CH_OPEN) shift += part; /* the blank is before the glyph */
            x[i] += shift;
            if (cls(g, i) != JX_CH_OPEN) shift += part;
        }
        return 1;
    }
    if (extra <= EPS || end <= line->start + 1) return extra > -EPS;
    double room_spaces = 0, room_mixed = 0;
    size_t gaps = 0;
    for (size_t i = line->start + 1; i < end; i++) {
        if (cls(g, i - 1) == JX_CH_SPACE) room_spaces += fmax(0, 0.5 * g[i - 1].em - g[i - 1].advance);
        if (kern_between(g, i) > 0) room_mixed += kern_between(g, i) / 3; /* ¼ em → ⅓ em */
        gaps += (size_t)stretchable(g, i);
    }
    double to_spaces = fmin(extra, room_spaces), to_mixed = fmin(extra - to_spaces, room_mixed);
    double rest = extra - to_spaces - to_mixed, each = gaps ? rest / (double)gaps : 0, shift = 0;
    if (max_stretch > 0 && each > max_stretch * g[line->start].em) return 0;
    for (size_t i = line->start + 1; i < line->end; i++) {
        if (i < end) {
            if (cls(g, i - 1) == JX_CH_SPACE && room_spaces > 0)
                shift += to_spaces * fmax(0, 0.5 * g[i - 1].em - g[i - 1].advance) / room_spaces;
            if (kern_between(g, i) > 0 && room_mixed > 0) shift += to_mixed * (kern_between(g, i) / 3) / room_mixed;
            if (stretchable(g, i)) shift += each;
        }
        x[i] += shift;
    }
    return 1;
}

static size_t skip_spaces(const jx_glyph_in *g, size_t i, size_t n) {
    while (i < n && cls(g, i) == JX_CH_SPACE) i++;
    return i;
}

/* The longest line from s that fits: each candidate is measured with its
 * end trimmed, so a closing mark that fits once compressed stays on the
 * line (compress first) and otherwise the break moves earlier (push). */
/* The longest line from s that fits, each candidate measured with its end
 * trimmed. When the break that fits has to be pushed back because the next
 * glyph may not start a line, the line is first tried with its inner marks
 * shrunk to half width (compress first, then push). */
static size_t line_end(const jx_glyph_in *g, size_t n, const unsigned char *brk, size_t s, double x0,
                       double width) {
    size_t best = 0, overflow = n, solid = s; /* the last glyph that is not a space */
    double pos = x0 - start_trim(g, s), spaces = 0; /* advance of the spaces after it */
    for (size_t e = s + 1; e <= n; e++) {
        if (e - 1 > s) pos += kern_between(g, e - 1);
        pos += g[e - 1].advance;
        if (e - 1 > s && cls(g, e - 1) == JX_CH_SPACE) {
            spaces += g[e - 1].advance;
        } else {
            solid = e - 1;
            spaces = 0;
        }
        /* what place() gives for [s, e), kept up to date as the line grows */
        double natural = pos - spaces - end_trim(g, solid);
        if (g[e - 1].cp == '\n') return best && natural > width + EPS ? best : e;
        if (overflow == n && pos - end_trim(g, e - 1) > width + EPS) overflow = e - 1;
        if (e == n || brk[e]) {
            if (natural <= width + EPS)
                best = e;
            else if (best)
                break;
        }
        if (pos - g[e - 1].em > width && best) break;
        if (!best && pos > width + EPS && e > s + 1) return e - 1; /* nothing fits: break anyway */
    }
    if (!best) return n;
    if (best < overflow && overflow < n) { /* a push: try compressing instead */
        size_t next = best + 1;
        while (next < n && !brk[next]) next++;
        if (next <= overflow + 2 && place(g, s, next, x0, NULL) - shrinkable(g, s, next) <= width + EPS) return next;
    }
    return best;
}

static int non_punct_count(const jx_glyph_in *g, size_t s, size_t e) {
    int count = 0;
    for (size_t i = s; i < e; i++) {
        jx_char_class c = cls(g, i);
        count += !(jx_char_is_cjk_punct(c) || c == JX_CH_SPACE);
    }
    return count;
}

/* "An orphan does not make a line": when the last line holds one character
 * (with or without its mark), end the line before it one opportunity
 * earlier so that two characters go down together. */
static void fix_orphan(const jx_glyph_in *g, const unsigned char *brk, jx_line *lines, size_t nlines) {
    if (nlines < 2) return;
    jx_line *prev = &lines[nlines - 2], *last = &lines[nlines - 1];
    if (non_punct_count(g, last->start, last->end) != 1) return;
    for (size_t j = prev->end - 1; j > prev->start + 1; j--) {
        if (!brk[j]) continue;
        prev->end = j;
        last->start = j;
        return;
    }
}

int jx_para_fill(const jx_glyph_in *g, size_t n, const jx_para_opts *o, jx_para *out) {
    out->x = calloc(n ? n : 1, sizeof *out->x);
    out->lines = calloc(n ? n : 1, sizeof *out->lines);
    unsigned char *brk = malloc(n ? n : 1);
    uint32_t *cps = calloc(n ? n : 1, sizeof *cps);
    out->nlines = 0;
    if (!out->x || !out->lines || !brk || !cps) {
        free(brk);
        free(cps);
        jx_para_free(out);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        cps[i] = g[i].cp;
        out->x[i] = NAN;
    }
    jx_break_opportunities(cps, n, o->kinsoku, brk);
    size_t s = skip_spaces(g, 0, n);
    while (s < n) {
        double x0 = out->nlines == 0 ? o->indent : 0;
        size_t e = line_end(g, n, brk, s, x0, o->width);
        out->lines[out->nlines++] = (jx_line){s, e, x0, 0, 0};
        s = skip_spaces(g, e, n);
    }
    fix_orphan(g, brk, out->lines, out->nlines);
    for (size_t k = 0; k < out->nlines; k++) {
        jx_line *line = &out->lines[k];
        line->natural = place(g, line->start, line->end, line->x0, out->x);
        int last = k + 1 == out->nlines || g[line->end - 1].cp == '\n'; /* a forced break ends a paragraph */
        if (!o->ragged && (!last || o->justify_last)) {
            line->justified = justify(g, line, o->width, o->max_stretch, out->x);
        } else if (line->natural > o->width + EPS) {
            justify(g, line, o->width, 0, out->x); /* only shrinks: a line kept by compressing its marks */
        }
    }
    free(brk);
    free(cps);
    return 0;
}

void jx_para_free(jx_para *p) {
    if (!p) return;
    free(p->x);
    free(p->lines);
    p->x = NULL;
    p->lines = NULL;
    p->nlines = 0;
}

double jx_para_line_right(const jx_para *p, const jx_glyph_in *g, const jx_line *line) {
    size_t last = line->end;
    while (last > line->start + 1 && cls(g, last - 1) == JX_CH_SPACE) last--;
    return p->x[last - 1] + g[last - 1].advance - end_trim(g, last - 1);
}
