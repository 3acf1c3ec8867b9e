/* Tables: column widths, cells filled with the paragraph filler, row and
 * column spans, a full grid of rules, header rows repeated on every page,
 * long rows split between lines (where they stand, or when taller than a
 * page), and a row-spanning cell that
 * a page break cuts repeated on the new page with （续）. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine/table.h"
#include "engine/widths.h"

#define RULE 0.5
#define CONTINUED "（续）"
/* a column with a cell this many lines long holds text, not labels */
#define TEXT_LINES 5

typedef struct cell_box {
    const jx_cell *cell;
    run r;
    jx_para p;
    double width;  /* content width */
    size_t shown;  /* lines already drawn (rows split between lines) */
    int page;      /* the table's page it was last drawn on, -1: not yet */
} cell_box;

typedef struct table_ctx {
    setter *S;
    const jx_table *t;
    double *col_x; /* ncolumns + 1 edges from the type area's left */
    double *decimals; /* per column: widest part from the decimal point on */
    double *row_h;
    cell_box *boxes;
    double pad, lead;
    jx_pos pos;
    int page;           /* pages of the table so far, from 0 */
    double page_start;  /* y below the caption and heading rows of this page */
    double heads_top;   /* y of the heading rows set again on this page, -1: none */
    int heads_from;     /* their first row */
    int first_text_column; /* columns left of it hold labels and numbers */
} table_ctx;

static int is_header(const table_ctx *T, int row) { return row < T->t->header_rows; }

static int is_number(const char *s) {
    if (!*s) return 0;
    for (; *s; s++)
        if (!((*s >= '0' && *s <= '9') || *s == '.' || *s == '%' || *s == '-')) return 0;
    return 1;
}

/* Width of a one-line cell's text from its decimal point to its end. */
static double fraction_width(const cell_box *b) {
    double w = 0;
    for (size_t i = b->r.n; i-- > 0;) {
        w += b->r.g[i].advance;
        if (b->r.g[i].cp == '.') return w;
    }
    return 0;
}

/* Shapes a cell's text once: widths and lines are both taken from it. */
static int shape_cell(table_ctx *T, cell_box *b, const char *text) {
    ts_run_free(&b->r);
    jx_para_free(&b->p);
    return ts_shape(T->S, text, strlen(text), is_header(T, b->cell->row) ? JX_ROLE_HEI : JX_ROLE_FANGSONG, T->t->size,
                    0, b->cell->pos, &b->r);
}

static int fill_cell(table_ctx *T, cell_box *b) {
    int ragged = is_header(T, b->cell->row) || b->cell->align == JX_ALIGN_CENTER || b->cell->align == JX_ALIGN_RIGHT ||
                 b->cell->align == JX_ALIGN_DECIMAL;
    /* a cell's line is not letter-spaced: past an eighth of an em a gap it
     * is set flush instead ("纳 入 平 台" reads as four words) */
    jx_para_opts o = {b->width, 0, T->S->st->kinsoku, 0, ragged, 1.0 / 8};
    return jx_para_fill(b->r.g, b->r.n, &o, &b->p);
}

static double cell_height(const table_ctx *T, const cell_box *b) {
    size_t lines = b->p.nlines ? b->p.nlines : 1;
    return (double)lines * T->lead + 2 * T->pad;
}


/* The width a cell's text takes on one line, plus padding. */
static double natural_width(const table_ctx *T, const cell_box *b) { return ts_run_width(&b->r) + 2 * T->pad; }

/* The widest piece of a cell's text that no line may break: a number with
 * its unit, a Latin word, a character with the marks that stay with it. */
static double min_content_width(const table_ctx *T, const cell_box *b) {
    const run *r = &b->r;
    double widest = 0, piece = 0;
    if (r->n) {
        uint32_t *cps = malloc(r->n * sizeof *cps);
        unsigned char *brk = malloc(r->n);
        if (cps && brk) {
            for (size_t i = 0; i < r->n; i++) cps[i] = r->g[i].cp;
            jx_break_opportunities(cps, r->n, T->S->st->kinsoku, brk);
            for (size_t i = 0; i < r->n; i++) {
                if (brk[i]) piece = 0;
                piece += r->g[i].advance;
                if (piece > widest) widest = piece;
            }
        }
        free(cps);
        free(brk);
    }
    return widest + 2 * T->pad;
}

static void column_needs(table_ctx *T, jx_column_need *need) {
    const jx_table *t = T->t;
    jx_column_needs_init(t, need, T->pad);
    for (size_t k = 0; k < t->ncells; k++) {
        const jx_cell *c = &t->cells[k];
        const cell_box *b = &T->boxes[k];
        if (b->r.n) jx_column_mark_body(t, need, c);
        if (c->colspan == 1) jx_column_need_add(&need[c->col], t, c, natural_width(T, b), min_content_width(T, b), T->pad);
    }
}

/* Column widths: shares of the type area, fitted to the content;
 * millimetres, which must fit in it; or after the cells' text. */
static int column_widths(table_ctx *T, const jx_block *blk, double *w) {
    const jx_table *t = T->t;
    const jx_page_style *st = T->S->st;
    jx_column_need *need = calloc(t->ncolumns ? t->ncolumns : 1, sizeof *need);
    if (!need) return T->S->oom = 1, -1;
    column_needs(T, need);
    double total = jx_table_widths(t, need, st->area_w, w);
    free(need);
    if (total > st->area_w + 0.5) {
        jx_diags_add(T->S->diags, JX_ERROR, T->S->doc->file, blk->pos.line, blk->pos.col, blk->pos.ptr,
                     "the table is %.1f mm wide; the type area is %.1f mm (narrow the columns or use a landscape page)",
                     total / JX_MM, st->area_w / JX_MM);
        return -1;
    }
    return 0;
}

static int measure(table_ctx *T, const jx_block *blk) {
    const jx_table *t = T->t;
    for (size_t k = 0; k < t->ncells; k++) {
        T->boxes[k].cell = &t->cells[k];
        T->boxes[k].page = -1;
        if (shape_cell(T, &T->boxes[k], t->cells[k].text)) return -1;
    }
    double *w = calloc(t->ncolumns, sizeof *w);
    if (!w || column_widths(T, blk, w)) return free(w), -1;
    T->col_x[0] = 0;
    for (size_t i = 0; i < t->ncolumns; i++) T->col_x[i + 1] = T->col_x[i] + w[i];
    free(w);
    for (int r = 0; r < t->nrows; r++) T->row_h[r] = T->lead + 2 * T->pad;
    for (size_t k = 0; k < t->ncells; k++) {
        cell_box *b = &T->boxes[k];
        b->width = T->col_x[b->cell->col + b->cell->colspan] - T->col_x[b->cell->col] - 2 * T->pad;
        if (fill_cell(T, b)) return -1;
        if (b->cell->rowspan == 1 && cell_height(T, b) > T->row_h[b->cell->row])
            T->row_h[b->cell->row] = cell_height(T, b);
        if (b->cell->rowspan == 1 && b->p.nlines >= TEXT_LINES && b->cell->col < T->first_text_column &&
            !is_header(T, b->cell->row))
            T->first_text_column = b->cell->col;
        if (b->cell->align == JX_ALIGN_DECIMAL && b->cell->colspan == 1 && fraction_width(b) > T->decimals[b->cell->col])
            T->decimals[b->cell->col] = fraction_width(b);
    }
    /* a spanning cell taller than its rows makes its last row taller */
    for (size_t k = 0; k < t->ncells; k++) {
        const cell_box *b = &T->boxes[k];
        if (b->cell->rowspan == 1) continue;
        double sum = 0;
        for (int r = b->cell->row; r < b->cell->row + b->cell->rowspan; r++) sum += T->row_h[r];
        double need = cell_height(T, b);
        if (need > sum) T->row_h[b->cell->row + b->cell->rowspan - 1] += need - sum;
    }
    return 0;
}

/* Draws lines [first, first + count) of a cell inside the box top..bottom,
 * centered vertically unless the cell says otherwise; one-line cells and
 * header cells are centered horizontally. */
static void draw_text(table_ctx *T, const cell_box *b, size_t first, size_t count, double x0, double top,
                      double bottom) {
    setter *S = T->S;
    const jx_page_style *st = S->st;
    double block = (double)count * T->lead, y = top + (bottom - top - block) / 2;
    if (b->cell->valign == JX_VALIGN_TOP) y = top + T->pad;
    if (b->cell->valign == JX_VALIGN_BOTTOM) y = bottom - T->pad - block;
    int header = is_header(T, b->cell->row);
    jx_align align = b->cell->align;
    if (align == JX_ALIGN_AUTO) align = (header || b->p.nlines == 1) ? JX_ALIGN_CENTER : JX_ALIGN_LEFT;
    for (size_t k = first; k < first + count && k < b->p.nlines; k++, y += T->lead) {
        const jx_line *line = &b->p.lines[k];
        double right = jx_para_line_right(&b->p, b->r.g, line), dx = 0;
        if (align == JX_ALIGN_CENTER) dx = (b->width - right) / 2;
        if (align == JX_ALIGN_RIGHT) dx = b->width - right;
        if (align == JX_ALIGN_DECIMAL) dx = b->width - right - (T->decimals[b->cell->col] - fraction_width(b));
        double base = st->top + y + ts_baseline_offset(T->t->size, T->lead);
        for (size_t i = line->start; i < line->end; i++) {
            if (b->r.g[i].cp == ' ' || b->r.g[i].cp == '\n' || isnan(b->p.x[i])) continue;
            ts_add_glyph(S, ts_current_page(S),
                      (jx_dglyph){st->left + x0 + T->pad + dx + b->p.x[i], base, T->t->size, b->r.g[i].cp,
                                  b->r.face[i], b->r.bold[i]});
        }
    }
}

static void draw_box(table_ctx *T, double x0, double x1, double top, double bottom) {
    setter *S = T->S;
    double l = S->st->left + x0, r = S->st->left + x1, t = S->st->top + top, b = S->st->top + bottom;
    jx_dpage *p = ts_current_page(S);
    ts_add_rule(S, p, (jx_drule){l, t, r, t, RULE});
    ts_add_rule(S, p, (jx_drule){l, b, r, b, RULE});
    ts_add_rule(S, p, (jx_drule){l, t, l, b, RULE});
    ts_add_rule(S, p, (jx_drule){r, t, r, b, RULE});
}

/* A cell's text with （续） after it, shaped and filled in place of its own. */
static int continue_label(table_ctx *T, cell_box *b) {
    size_t len = strlen(b->cell->text);
    char *text = malloc(len + sizeof CONTINUED);
    if (!text) return T->S->oom = 1, -1;
    memcpy(text, b->cell->text, len);
    memcpy(text + len, CONTINUED, sizeof CONTINUED);
    int rc = shape_cell(T, b, text);
    if (!rc) rc = fill_cell(T, b);
    free(text);
    return rc;
}

/* The leftmost column of row r whose cell has lines still to draw. */
static int first_unfinished_column(const table_ctx *T, int r) {
    int col = (int)T->t->ncolumns;
    for (size_t k = 0; k < T->t->ncells; k++) {
        const cell_box *b = &T->boxes[k];
        if (b->cell->row == r && b->cell->rowspan == 1 && b->shown < b->p.nlines && b->cell->col < col)
            col = b->cell->col;
    }
    return col;
}

/* On the page a split row goes on, the cells of the label columns left of
 * the text that goes on (the 三级指标 and its 分值 beside its 评分标准) are
 * set again, so the reader knows whose text it is. */
static int is_repeated_label(const table_ctx *T, const cell_box *b, int left_of) {
    return b->cell->rowspan == 1 && b->cell->colspan == 1 && b->shown >= b->p.nlines && b->cell->col < left_of &&
           b->cell->col < T->first_text_column && b->cell->text[0] && !is_header(T, b->cell->row);
}

/* Makes a cell that began on an earlier page ready to draw again: a label
 * with （续）, a number as it is. Sets the first line to draw. */
static int resume_cell(table_ctx *T, cell_box *b, int left_of, size_t *first) {
    *first = b->shown;
    if (b->page < 0 || b->page == T->page) return 0;
    if (b->cell->rowspan > 1 || is_repeated_label(T, b, left_of)) {
        if (!is_number(b->cell->text) && continue_label(T, b)) return -1;
        b->shown = 0;
        *first = 0;
    }
    return 0;
}

/* Rows [r0, r1) on the current page from S->y; the last row shows at most
 * `last_lines` lines of each of its cells (0: all). Row r0 may go on from
 * an earlier page. `heads` draws a repeated heading row: its cells that
 * span into the rows below are left to those rows. */
static int draw_rows(table_ctx *T, int r0, int r1, int last_lines, int heads) {
    setter *S = T->S;
    const jx_table *t = T->t;
    double *top = malloc(sizeof(double) * (size_t)(t->nrows + 1));
    if (!top) return S->oom = 1, -1;
    double y = S->y;
    for (int r = r0; r <= r1 && r <= t->nrows; r++) {
        top[r] = y;
        if (r < r1) y += T->row_h[r];
    }
    if (last_lines) y = top[r1] = top[r1 - 1] + (double)last_lines * T->lead + 2 * T->pad;
    int left_of = first_unfinished_column(T, r0), rc = 0;
    for (size_t k = 0; k < t->ncells && !rc; k++) {
        cell_box *b = &T->boxes[k];
        int a = b->cell->row, e = b->cell->row + b->cell->rowspan;
        if (e <= r0 || a >= r1 || (heads && (a < r0 || e > r1))) continue;
        int from = a > r0 ? a : r0, to = e < r1 ? e : r1;
        double x0 = T->col_x[b->cell->col], x1 = T->col_x[b->cell->col + b->cell->colspan];
        /* a span that also covers the heading rows set again above */
        double box_top = a <= T->heads_from && !heads && from == r0 && T->heads_top >= 0 ? T->heads_top : top[from];
        size_t first = 0;
        if (heads) b->shown = 0;
        else if ((rc = resume_cell(T, b, left_of, &first))) break;
        if (!t->three_line) draw_box(T, x0, x1, box_top, top[to]);
        size_t count = b->p.nlines - (first < b->p.nlines ? first : b->p.nlines);
        if (last_lines && e == r1 && b->cell->rowspan == 1 && count > (size_t)last_lines) count = (size_t)last_lines;
        double room = floor((top[to] - box_top - 2 * T->pad) / T->lead + 1e-6);
        if ((double)count > room) count = room > 0 ? (size_t)room : 0;
        draw_text(T, b, first, count, x0, box_top, top[to]);
        if (!heads) {
            if (b->cell->rowspan == 1) b->shown = first + count;
            b->page = T->page;
        }
    }
    if (t->three_line) {
        double l = S->st->left, r = S->st->left + S->st->area_w, t0 = S->st->top + top[r0], t1 = S->st->top + y;
        int header = r0 == 0 && t->header_rows > 0;
        if (header || (t->header_rows == 0 && !heads)) ts_add_rule(S, ts_current_page(S), (jx_drule){l, t0, r, t0, 1.0});
        ts_add_rule(S, ts_current_page(S), (jx_drule){l, t1, r, t1, header ? 0.5 : 1.0});
    }
    S->y = y;
    free(top);
    return rc;
}

static double rows_height(const table_ctx *T, int r0, int r1) {
    double h = 0;
    for (int r = r0; r < r1; r++) h += T->row_h[r];
    return h;
}

/* The most lines a cell of row r (not spanning rows) has still to draw. */
static size_t lines_left_in_row(const table_ctx *T, int r) {
    size_t most = 0;
    for (size_t k = 0; k < T->t->ncells; k++) {
        const cell_box *b = &T->boxes[k];
        if (b->cell->row == r && b->cell->rowspan == 1 && b->p.nlines > b->shown && b->p.nlines - b->shown > most)
            most = b->p.nlines - b->shown;
    }
    return most;
}

/* The run of heading rows (jx_table.subhead) that last began before row r
 * and below the header, and heads row r: [*from, *to), empty when there
 * is none. */
static void heads_before(const table_ctx *T, int r, int *from, int *to) {
    const unsigned char *sub = T->t->subhead;
    *from = *to = 0;
    if (!sub) return;
    if (sub[r]) return; /* a new part begins with its own heading rows */
    int k = r - 1;
    while (k >= T->t->header_rows && !sub[k]) k--;
    if (k < T->t->header_rows) return;
    *to = k + 1;
    while (k >= T->t->header_rows && sub[k]) k--;
    *from = k + 1;
    /* a cell of the heading rows that spans down (项目预算执行情况 beside
     * the funds) says how far they head: not past it */
    for (size_t i = 0; i < T->t->ncells; i++) {
        const jx_cell *c = &T->t->cells[i];
        if (c->row >= *from && c->row < *to && c->row + c->rowspan > *to && c->row + c->rowspan <= r)
            *from = *to = 0;
    }
}

/* The caption, 小四 黑体 centred above the table; with （续） above its
 * part on a later page. */
static int set_caption(table_ctx *T, const char *suffix) {
    char caption[4096];
    snprintf(caption, sizeof caption, "%s%s", T->t->caption, suffix);
    return ts_set_paragraph(T->S, caption, strlen(caption), JX_ROLE_HEI, 12, 0, 0, 0, TS_ALIGN_CENTER, T->pos);
}

/* The caption with （续）, the header rows and the heading rows of the
 * part that goes on, on a new page; row r is the first to go on. */
static int next_page(table_ctx *T, int r) {
    setter *S = T->S;
    T->page++;
    T->heads_top = -1;
    if (ts_new_page(S)) return -1;
    if (T->t->caption && set_caption(T, CONTINUED)) return -1;
    if (T->t->header_rows && draw_rows(T, 0, T->t->header_rows, 0, 1)) return -1;
    int from, to;
    heads_before(T, r, &from, &to);
    T->heads_from = from;
    if (from == to) return 0;
    T->heads_top = S->y;
    return draw_rows(T, from, to, 0, 1);
}

/* The end of the rows that fit from row r at height y (rows kept whole). */
static int rows_that_fit(const table_ctx *T, int r, double y) {
    double area = T->S->st->area_h;
    int r1 = r;
    while (r1 < T->t->nrows && y + T->row_h[r1] <= area + 1e-6) y += T->row_h[r1++];
    return r1;
}

/* Moves a page break at row r1 (> r0) up so that no span goes on to the
 * next page with its last row alone (a 小计 under "产出（续）"), heading
 * rows never end a page, and the table's last row (a 合计) never stands
 * alone at a page head. */
static int no_lone_rows(const table_ctx *T, int r0, int r1) {
    const jx_table *t = T->t;
    if (r1 >= t->nrows || r1 - 1 <= r0) return r1;
    if (t->subhead && t->subhead[r1 - 1]) { /* heading rows go with what they head */
        while (r1 - 1 > r0 && t->subhead[r1 - 1]) r1--;
        return r1;
    }
    if (r1 == t->nrows - 1) return r1 - 1;
    for (size_t k = 0; k < t->ncells; k++) {
        const jx_cell *c = &t->cells[k];
        if (c->rowspan > 1 && c->row < r1 - 1 && c->row + c->rowspan == r1 + 1) return r1 - 1;
    }
    return r1;
}

/* Lines of row r to set at the foot of the page so that at least two go on
 * each side; 0 when the row is better moved whole. */
static int split_here(const table_ctx *T, int r, double y) {
    int fit = (int)floor((T->S->st->area_h - y - 2 * T->pad) / T->lead + 1e-6);
    int left = (int)lines_left_in_row(T, r);
    if (fit > left - 2) fit = left - 2;
    return fit >= 2 ? fit : 0;
}

/* What must fit where the table begins: its caption, header rows, and the
 * first row, or two lines of it when it may be split. */
static double start_height(const table_ctx *T) {
    const jx_table *t = T->t;
    double h = (t->caption ? T->S->st->leading : 0) + rows_height(T, 0, t->header_rows);
    int r = t->header_rows;
    if (r < t->nrows) {
        double two = 2 * T->lead + 2 * T->pad;
        h += lines_left_in_row(T, r) >= 4 && T->row_h[r] > two ? two : T->row_h[r];
    }
    return h;
}

/* Fills page after page: the rows that fit, then the next row split where
 * it stands when two lines of it fit and two go on; a row taller than a
 * page is split on a page of its own. */
static int paginate(table_ctx *T) {
    setter *S = T->S;
    const jx_table *t = T->t;
    int r = t->header_rows;
    if (t->header_rows && draw_rows(T, 0, t->header_rows, 0, 0)) return -1;
    T->page_start = S->y;
    while (r < t->nrows && !S->oom) {
        int fresh = S->y <= T->page_start + 1e-6;
        int r1 = rows_that_fit(T, r, S->y);
        int lines = r1 < t->nrows ? split_here(T, r1, S->y + rows_height(T, r, r1)) : 0;
        int moved = lines ? r1 : no_lone_rows(T, r, r1);
        if (moved < r1) r1 = moved, lines = split_here(T, r1, S->y + rows_height(T, r, r1));
        if (r1 == r && !lines && fresh) {
            double room = S->st->area_h - S->y - 2 * T->pad;
            lines = room >= T->lead ? (int)floor(room / T->lead) : 1; /* taller than a page */
        }
        if (r1 > r || lines) {
            if (draw_rows(T, r, lines ? r1 + 1 : r1, lines, 0)) return -1;
            size_t left = lines ? lines_left_in_row(T, r1) : 0;
            if (left) T->row_h[r1] = (double)(left < 2 ? 2 : left) * T->lead + 2 * T->pad;
            r = left ? r1 : lines ? r1 + 1 : r1;
            if (r >= t->nrows) break;
        }
        if (next_page(T, r)) return -1;
        T->page_start = S->y;
    }
    return 0;
}

static void close_table(table_ctx *T) {
    if (!T) return;
    for (size_t k = 0; T->boxes && k < T->t->ncells; k++) {
        ts_run_free(&T->boxes[k].r);
        jx_para_free(&T->boxes[k].p);
    }
    free(T->col_x);
    free(T->decimals);
    free(T->row_h);
    free(T->boxes);
}

/* Measures a table's cells: 0, or -1 (closed) on an error. */
static int open_table(setter *S, const jx_block *blk, table_ctx *T) {
    const jx_table *t = blk->table;
    *T = (table_ctx){S, t, NULL, NULL, NULL, NULL, t->size * 0.4, t->size * 1.5, blk->pos, 0, 0, -1, 0, (int)t->ncolumns};
    T->col_x = calloc(t->ncolumns + 1, sizeof *T->col_x);
    T->decimals = calloc(t->ncolumns, sizeof *T->decimals);
    T->row_h = calloc((size_t)t->nrows, sizeof *T->row_h);
    T->boxes = calloc(t->ncells ? t->ncells : 1, sizeof *T->boxes);
    if (T->col_x && T->decimals && T->row_h && T->boxes && measure(T, blk) == 0) return 0;
    if (!(T->col_x && T->decimals && T->row_h && T->boxes)) S->oom = 1;
    close_table(T);
    return -1;
}

int ts_table_start_height(setter *S, const jx_block *blk, double *height) {
    table_ctx T;
    if (open_table(S, blk, &T)) return -1;
    *height = start_height(&T);
    close_table(&T);
    return 0;
}

int ts_set_table(setter *S, const jx_block *blk) {
    table_ctx T;
    if (open_table(S, blk, &T)) return -1;
    const jx_table *t = blk->table;
    int rc = 0;
    if (S->y > 0 && S->y + start_height(&T) > S->st->area_h + 1e-6) rc = ts_new_page(S);
    if (!rc && t->caption) rc = set_caption(&T, "");
    if (!rc) rc = paginate(&T);
    S->y += S->st->leading / 2;
    close_table(&T);
    return S->oom ? -1 : rc;
}
