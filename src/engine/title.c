/* Lines broken between words. Titles, balanced (GB/T 9704 7.3.1: 回行时，
 * 要做到词意完整，排列对称): a title that does not fit on its lines is set
 * over the fewest lines that hold it, breaking only at word boundaries,
 * with the widest line as narrow as it can be. Cover fields ("项目单位：…"),
 * hanging: each line as full as a word boundary lets it be, the lines after
 * the first under the text after the "：". */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "engine/title.h"
#include "base/limits.h"
#include "engine/words.h"


typedef struct title_lines {
    const run *r;
    const unsigned char *brk;
    double *x; /* x[i]: width of glyphs [0, i) */
    double width, weak; /* the line's room; what a weak break costs */
} title_lines;

static double line_cost(const title_lines *T, size_t from, size_t to) {
    double w = T->x[to] - T->x[from];
    if (w > T->width + 1e-6) return HUGE_VAL;
    return w + (to < T->r->n && T->brk[to] == JX_WORD_WEAK ? T->weak : 0);
}

/* The starts of k lines minimizing the costliest line; its cost, or
 * HUGE_VAL when k lines cannot hold the title. */
static double balance(const title_lines *T, size_t k, size_t *starts) {
    size_t n = T->r->n;
    double *cost = malloc((n + 1) * k * sizeof *cost);
    size_t *from = malloc((n + 1) * k * sizeof *from);
    double best = HUGE_VAL;
    if (cost && from) {
        for (size_t j = 0; j < k; j++)
            for (size_t i = 0; i <= n; i++) {
                double *c = &cost[j * (n + 1) + i];
                *c = HUGE_VAL;
                if (i < n && (i == 0 || !T->brk[i])) continue;
                if (j == 0) {
                    *c = line_cost(T, 0, i), from[i] = 0;
                    continue;
                }
                for (size_t p = 1; p < i; p++) {
                    double prev = cost[(j - 1) * (n + 1) + p];
                    if (prev == HUGE_VAL) continue;
                    double m = fmax(prev, line_cost(T, p, i));
                    if (m < *c) *c = m, from[j * (n + 1) + i] = p;
                }
            }
        best = cost[(k - 1) * (n + 1) + n];
        for (size_t j = k, i = n; best < HUGE_VAL && j-- > 0;) starts[j] = i = j ? from[j * (n + 1) + i] : 0;
    }
    free(cost);
    free(from);
    return best;
}

/* Places glyphs [from, to) of r on one line at the current y, centred, or
 * from x when x >= 0. */
static void place_line(setter *S, const run *r, size_t from, size_t to, double size, double x) {
    run line = {r->g + from, r->face + from, r->bold + from, to - from, 0};
    double y = S->st->top + S->y + ts_baseline_offset(size, S->st->leading);
    if (x < 0) ts_place_run(S, ts_current_page(S), &line, size, S->st->left + S->st->area_w / 2, y, TS_CENTER);
    else ts_place_run(S, ts_current_page(S), &line, size, S->st->left + x, y, TS_LEFT);
    S->y += S->st->leading;
}

/* The run's code points and the widths before each: x[i] is the width of
 * glyphs [0, i). */
static int measure_run(setter *S, const run *r, uint32_t **cps, unsigned char **brk, double **x) {
    *cps = malloc(r->n * sizeof **cps);
    *brk = malloc(r->n);
    *x = malloc((r->n + 1) * sizeof **x);
    if (!*cps || !*brk || !*x) return S->oom = 1, -1;
    (*x)[0] = 0;
    for (size_t i = 0; i < r->n; i++) (*cps)[i] = r->g[i].cp, (*x)[i + 1] = (*x)[i] + (double)r->g[i].advance;
    return jx_word_breaks(*cps, r->n, S->st->kinsoku, *brk) ? 1 : 0;
}

/* Does every line of the title, as its own line breaks cut it, fit? */
static int lines_fit(const setter *S, const run *r) {
    double w = 0;
    for (size_t i = 0; i < r->n; i++) {
        w = r->g[i].cp == '\n' ? 0 : w + r->g[i].advance;
        if (w > S->st->area_w + 1e-6) return 0;
    }
    return 1;
}

/* The run without its line breaks, in place. */
static void drop_line_breaks(run *r) {
    size_t w = 0;
    for (size_t i = 0; i < r->n; i++)
        if (r->g[i].cp != '\n') r->g[w] = r->g[i], r->face[w] = r->face[i], r->bold[w] = r->bold[i], w++;
    r->n = w;
}

/* Sets the run balanced when a line of it is too long, its own line breaks
 * given up; 1 when it need not be (it fits, or no word boundary serves). */
static int set_balanced(setter *S, run *r, double size) {
    if (lines_fit(S, r)) return 1;
    drop_line_breaks(r);
    size_t n = r->n;
    if (n < 2 || n > JX_MAX_TITLE_CHARS) return 1;
    uint32_t *cps = NULL;
    unsigned char *brk = NULL;
    double *x = NULL;
    size_t starts[JX_MAX_TITLE_LINES + 1];
    int rc = measure_run(S, r, &cps, &brk, &x);
    if (rc == 0) {
        rc = 1;
        title_lines T = {r, brk, x, S->st->area_w, 2 * size};
        for (size_t k = (size_t)ceil(x[n] / S->st->area_w); k <= JX_MAX_TITLE_LINES && rc == 1; k++) {
            if (balance(&T, k, starts) == HUGE_VAL) continue;
            rc = ts_lines_left(S, S->st->leading) < (int)k && S->y > 0 && ts_new_page(S) ? -1 : 0;
            starts[k] = n;
            for (size_t j = 0; j < k && !rc; j++) place_line(S, r, starts[j], starts[j + 1], size, -1);
        }
    }
    free(cps);
    free(brk);
    free(x);
    return rc;
}

/* The line from glyph `from` that fills `room` as far as a word boundary
 * lets it; its end, or `from` when no boundary serves. */
static size_t fill_to_word(const run *r, const unsigned char *brk, const double *x, size_t from, double room) {
    size_t end = from;
    for (size_t i = from + 1; i <= r->n && x[i] - x[from] <= room + 1e-6; i++)
        if (i == r->n || brk[i]) end = i;
    return end;
}

/* Where the hanging lines start: after the first "：", 0 when none. */
static size_t label_end(const run *r) {
    for (size_t i = 0; i + 1 < r->n; i++)
        if (r->g[i].cp == 0xFF1A) return i + 1;
    return 0;
}

static int set_hanging(setter *S, const run *r, double size, double indent) {
    if (r->n < 2 || (double)ts_run_width(r) + indent <= S->st->area_w) return 1;
    uint32_t *cps = NULL;
    unsigned char *brk = NULL;
    double *x = NULL;
    int rc = measure_run(S, r, &cps, &brk, &x);
    size_t nlines = 0, ends[JX_MAX_TITLE_LINES];
    double hang = indent + x[label_end(r)];
    for (size_t from = 0; rc == 0 && from < r->n; from = ends[nlines++]) {
        double start = nlines ? hang : indent;
        if (nlines == JX_MAX_TITLE_LINES || (ends[nlines] = fill_to_word(r, brk, x, from, S->st->area_w - start)) == from)
            rc = 1; /* no word boundary serves: a paragraph after all */
    }
    if (rc == 0 && ts_lines_left(S, S->st->leading) < (int)nlines && S->y > 0 && ts_new_page(S)) rc = -1;
    for (size_t j = 0, from = 0; rc == 0 && j < nlines; from = ends[j++])
        place_line(S, r, from, ends[j], size, j ? hang : indent);
    free(cps);
    free(brk);
    free(x);
    return rc;
}

int ts_set_field(setter *S, const char *text, size_t len, jx_role role, double size, int bold, double indent, jx_pos pos) {
    run r = {0};
    int rc = ts_shape(S, text, len, role, size, bold, pos, &r);
    if (!rc) rc = set_hanging(S, &r, size, indent);
    ts_run_free(&r);
    return rc;
}

int ts_set_title(setter *S, const char *text, jx_role role, double size, int bold, jx_pos pos) {
    run r = {0};
    int rc = ts_shape(S, text, strlen(text), role, size, bold, pos, &r);
    if (!rc) rc = set_balanced(S, &r, size);
    ts_run_free(&r);
    return rc;
}
