#include "engine/widths.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "engine/setter.h" /* JX_MM */

#define HEADER_WHOLE 4 /* ems: a header up to this wide is not broken */

void jx_column_need_add(jx_column_need *n, const jx_table *t, const jx_cell *c, double natural, double least,
                        double pad) {
    int header = c->row < t->header_rows;
    if (header && natural <= HEADER_WHOLE * t->size + 2 * pad) least = natural;
    n->min = fmax(n->min, least);
    n->max = fmax(n->max, natural);
    if (header) n->head = fmax(n->head, (natural - 2 * pad) / 2 + t->size + 2 * pad);
}

void jx_column_needs_init(const jx_table *t, jx_column_need *need, double pad) {
    for (size_t i = 0; i < t->ncolumns; i++) need[i] = (jx_column_need){2 * pad + t->size, 2 * pad + t->size, 0, 0};
}

void jx_column_mark_body(const jx_table *t, jx_column_need *need, const jx_cell *c) {
    if (c->row < t->header_rows) return;
    for (int i = 0; i < c->colspan && c->col + i < (int)t->ncolumns; i++) need[c->col + i].body = 1;
}

/* Gives out room to the columns that want more than they have, in
 * proportion to what each lacks, then to all with text alike. */
static void give_room(const jx_column_need *need, size_t n, double *w, double room) {
    double lack = 0, held = 0;
    for (size_t i = 0; i < n; i++) {
        if (!need[i].body) continue;
        lack += fmax(0, need[i].max - w[i]);
        held += w[i];
    }
    double to_lacking = fmin(room, lack);
    for (size_t i = 0; i < n && lack > 0; i++)
        if (need[i].body) w[i] += to_lacking * fmax(0, need[i].max - w[i]) / lack;
    room -= to_lacking;
    for (size_t i = 0; i < n && room > 0 && held > 0; i++)
        if (need[i].body) w[i] += room * w[i] / held;
}

/* The layout's shares, adjusted by the content: a column empty in every
 * body row shrinks to its header on two lines, and its room goes to the
 * columns whose text is squeezed; then every column gets its widest
 * unbreakable piece, taken from the columns that have room to spare. */
static void fit_content(const jx_column_need *need, size_t n, double *w) {
    double freed = 0;
    int any_body = 0;
    for (size_t i = 0; i < n; i++) any_body |= need[i].body;
    for (size_t i = 0; i < n && any_body; i++) {
        double least = fmax(need[i].min, need[i].head);
        if (!need[i].body && w[i] > least) freed += w[i] - least, w[i] = least;
    }
    give_room(need, n, w, freed);
    double deficit = 0, spare = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] < need[i].min) deficit += need[i].min - w[i];
        else spare += w[i] - need[i].min;
    }
    if (deficit > 0 && spare > deficit) {
        for (size_t i = 0; i < n; i++) {
            if (w[i] < need[i].min) w[i] = need[i].min;
            else w[i] -= (w[i] - need[i].min) * deficit / spare;
        }
    }
}

/* HTML's automatic table layout: each column between its widest
 * unbreakable piece and its one-line width, the room shared by what each
 * column's text would take. */
static void auto_widths(const jx_column_need *need, size_t n, double *w, double area) {
    double min = 0, max = 0;
    for (size_t i = 0; i < n; i++) min += need[i].min, max += need[i].max;
    for (size_t i = 0; i < n; i++) {
        if (max <= area) w[i] = need[i].max * area / max;
        else if (min >= area) w[i] = need[i].min * area / min;
        else w[i] = need[i].min + (need[i].max - need[i].min) * (area - min) / (max - min);
    }
}

double jx_table_widths(const jx_table *t, const jx_column_need *need, double area, double *w) {
    double total = 0;
    if (t->widths == JX_WIDTHS_FIT) {
        auto_widths(need, t->ncolumns, w, area);
        return area;
    }
    for (size_t i = 0; i < t->ncolumns; i++) {
        w[i] = t->widths == JX_WIDTHS_FIXED ? t->columns[i] * JX_MM : t->columns[i];
        total += w[i];
    }
    if (t->widths == JX_WIDTHS_FIXED) return total;
    for (size_t i = 0; i < t->ncolumns; i++) w[i] = area * w[i] / total;
    fit_content(need, t->ncolumns, w);
    return area;
}


static void estimate(const char *text, double size, double *natural, double *least) {
    double line = 0, piece = 0;
    *natural = *least = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p;) {
        uint32_t cp;
        size_t n = jx_utf8_decode(p, strlen((const char *)p), &cp);
        if (!n) n = 1, cp = *p;
        p += n;
        if (cp == '\n') {
            line = piece = 0;
            continue;
        }
        int wide = cp >= 0x2E80;
        /* generous: a reader's fonts are wider than ours as often as not */
        double adv = wide ? size : (cp == '%' || cp == 'M' || cp == 'W' ? 0.9 : 0.6) * size;
        line += adv;
        piece = wide || cp == ' ' ? (wide ? adv : 0) : piece + adv;
        *natural = fmax(*natural, line);
        *least = fmax(*least, piece);
    }
}

double jx_table_estimated_widths(const jx_table *t, double pad, double area, double *w) {
    jx_column_need *need = calloc(t->ncolumns ? t->ncolumns : 1, sizeof *need);
    if (!need) return -1;
    jx_column_needs_init(t, need, pad);
    for (size_t k = 0; k < t->ncells; k++) {
        const jx_cell *c = &t->cells[k];
        if (!c->text || !c->text[0]) continue;
        jx_column_mark_body(t, need, c);
        double natural, least;
        estimate(c->text, t->size, &natural, &least);
        if (c->colspan == 1) jx_column_need_add(&need[c->col], t, c, natural + 2 * pad, least + 2 * pad, pad);
    }
    double width = jx_table_widths(t, need, area, w);
    free(need);
    return width;
}
