/* Tables: column widths, cells filled with the paragraph filler, row and
 * column spans, a full grid of rules, header rows repeated on every page,
 * long rows split between lines (where they stand, or when taller than a
 * page), and a row-spanning cell that
 * a page break cuts repeated on the new page with （续）. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "engine/table.h"

#define RULE 0.5
#define CONTINUED "（续）"

typedef struct cell_box {
    const jx_cell *cell;
    run r;
    jx_para p;
    double width;  /* content width */
    size_t shown;  /* lines already drawn (rows split between lines) */
} cell_box;

typedef struct table_ctx {
    setter *S;
    const jx_table *t;
    double *col_x; /* ncolumns + 1 edges from the type area's left */
    double *decimals; /* per column: widest part from the decimal point on */
    double *row_h;
    cell_box *boxes;
    double pad, lead;
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
    /* a narrow cell's line is not spread past a third of an em a gap */
    jx_para_opts o = {b->width, 0, T->S->st->kinsoku, 0, ragged, 1.0 / 3};
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

/* Widens columns narrower than their widest unbreakable piece, taking the
 * room from the columns that have some to spare. */
static void ensure_min_widths(table_ctx *T, double *w) {
    const jx_table *t = T->t;
    double *min = calloc(t->ncolumns, sizeof *min);
    if (!min) return;
    for (size_t k = 0; k < t->ncells; k++)
        if (t->cells[k].colspan == 1) min[t->cells[k].col] = fmax(min[t->cells[k].col], min_content_width(T, &T->boxes[k]));
    double deficit = 0, spare = 0;
    for (size_t i = 0; i < t->ncolumns; i++) {
        if (w[i] < min[i]) deficit += min[i] - w[i];
        else spare += w[i] - min[i];
    }
    if (deficit > 0 && spare > deficit) {
        for (size_t i = 0; i < t->ncolumns; i++) {
            if (w[i] < min[i]) w[i] = min[i];
            else w[i] -= (w[i] - min[i]) * deficit / spare;
        }
    }
    free(min);
}

/* Column widths: shares of the type area; millimetres, which must fit in
 * it; or the widths of the cells' text, scaled to fill it. */
static int column_widths(table_ctx *T, const jx_block *blk, double *w) {
    const jx_table *t = T->t;
    const jx_page_style *st = T->S->st;
    double total = 0;
    for (size_t i = 0; i < t->ncolumns; i++) {
        w[i] = t->widths == JX_WIDTHS_FIXED ? t->columns[i] * JX_MM : t->columns[i];
        if (t->widths == JX_WIDTHS_FIT) {
            w[i] = 2 * T->pad + t->size; /* at least one character */
            for (size_t k = 0; k < t->ncells; k++)
                if (t->cells[k].col == (int)i && t->cells[k].colspan == 1) {
                    double n = natural_width(T, &T->boxes[k]);
                    if (n > w[i]) w[i] = n;
                }
        }
        total += w[i];
    }
    if (t->widths == JX_WIDTHS_FIXED) {
        if (total > st->area_w + 0.5) {
            jx_diags_add(T->S->diags, JX_ERROR, T->S->doc->file, blk->pos.line, blk->pos.col, blk->pos.ptr,
                         "the table is %.1f mm wide; the type area is %.1f mm (narrow the columns or use a landscape page)",
                         total / JX_MM, st->area_w / JX_MM);
            return -1;
        }
        return 0;
    }
    for (size_t i = 0; i < t->ncolumns; i++) w[i] = st->area_w * w[i] / total;
    ensure_min_widths(T, w);
    return 0;
}

static int measure(table_ctx *T, const jx_block *blk) {
    const jx_table *t = T->t;
    for (size_t k = 0; k < t->ncells; k++) {
        T->boxes[k].cell = &t->cells[k];
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

/* Rows [r0, r1) on the current page from S->y. A cell that began on an
 * earlier page is redrawn here with （续）. `split_lines` > 0 draws only
 * that many lines of each cell of row r0 (a row taller than a page). */
static int draw_rows(table_ctx *T, int r0, int r1, int split_lines) {
    setter *S = T->S;
    const jx_table *t = T->t;
    double *top = malloc(sizeof(double) * (size_t)(t->nrows + 1));
    if (!top) return S->oom = 1, -1;
    double y = S->y;
    for (int r = r0; r <= r1 && r <= t->nrows; r++) {
        top[r] = y;
        if (r < r1) y += split_lines ? (double)split_lines * T->lead + 2 * T->pad : T->row_h[r];
    }
    int rc = 0;
    for (size_t k = 0; k < t->ncells && !rc; k++) {
        cell_box *b = &T->boxes[k];
        int a = b->cell->row, e = b->cell->row + b->cell->rowspan;
        if (e <= r0 || a >= r1) continue;
        int from = a > r0 ? a : r0, to = e < r1 ? e : r1;
        double x0 = T->col_x[b->cell->col], x1 = T->col_x[b->cell->col + b->cell->colspan];
        if (!t->three_line) draw_box(T, x0, x1, top[from], top[to]);
        if (a < r0 && b->cell->rowspan > 1 && b->shown == 0 && is_number(b->cell->text)) {
            b->shown = SIZE_MAX; /* a number (the 分值 beside 决策) is repeated as it is */
        } else if (a < r0 && b->cell->rowspan > 1 && b->shown == 0) {
            size_t len = strlen(b->cell->text);
            char *text = malloc(len + sizeof CONTINUED);
            if (!text) return free(top), S->oom = 1, -1;
            memcpy(text, b->cell->text, len);
            memcpy(text + len, CONTINUED, sizeof CONTINUED);
            rc = shape_cell(T, b, text);
            if (!rc) rc = fill_cell(T, b);
            free(text);
            b->shown = SIZE_MAX; /* continued: drawn whole on each later page */
        }
        size_t first = b->shown == SIZE_MAX ? 0 : b->shown;
        size_t count = b->p.nlines - (first < b->p.nlines ? first : b->p.nlines);
        if (split_lines && a == r0 && b->cell->rowspan == 1) {
            if (count > (size_t)split_lines) count = (size_t)split_lines;
            b->shown = first + count;
        }
        double room = floor((top[to] - top[from] - 2 * T->pad) / T->lead + 1e-6);
        if ((double)count > room) count = room > 0 ? (size_t)room : 0;
        draw_text(T, b, first, count, x0, top[from], top[to]);
    }
    if (t->three_line) {
        double l = S->st->left, r = S->st->left + S->st->area_w, t0 = S->st->top + top[r0], t1 = S->st->top + y;
        int header = r0 == 0 && t->header_rows > 0;
        if (header || t->header_rows == 0) ts_add_rule(S, ts_current_page(S), (jx_drule){l, t0, r, t0, 1.0});
        ts_add_rule(S, ts_current_page(S), (jx_drule){l, t1, r, t1, header ? 0.5 : 1.0});
    }
    S->y = y;
    free(top);
    return rc;
}

static double header_height(const table_ctx *T) {
    double h = 0;
    for (int r = 0; r < T->t->header_rows; r++) h += T->row_h[r];
    return h;
}

/* Rows [r, end) that the spans starting in them keep together. */
static int span_end(const table_ctx *T, int r) {
    int end = r + 1;
    for (size_t k = 0; k < T->t->ncells; k++) {
        const jx_cell *c = &T->t->cells[k];
        if (c->row == r && c->rowspan > 1 && c->rowspan < 3 && c->row + c->rowspan > end) end = c->row + c->rowspan;
    }
    return end;
}

/* The most lines a cell of row r (not spanning rows) has still to draw. */
static size_t lines_left_in_row(const table_ctx *T, int r) {
    size_t most = 0;
    for (size_t k = 0; k < T->t->ncells; k++) {
        const cell_box *b = &T->boxes[k];
        if (b->cell->row == r && b->cell->rowspan == 1 && b->p.nlines - b->shown > most) most = b->p.nlines - b->shown;
    }
    return most;
}

static int next_page(table_ctx *T) {
    return ts_new_page(T->S) || (T->t->header_rows && draw_rows(T, 0, T->t->header_rows, 0));
}

/* Rows are grouped by page first and each page's rows drawn at once, so a
 * spanning cell is drawn once per page it reaches. */
static int paginate(table_ctx *T) {
    setter *S = T->S;
    const jx_table *t = T->t;
    double area = S->st->area_h, head = header_height(T);
    int r = t->header_rows;
    if (S->y > 0 && S->y + head + (r < t->nrows ? T->row_h[r] : 0) > area && ts_new_page(S)) return -1;
    if (t->header_rows && draw_rows(T, 0, t->header_rows, 0)) return -1;
    int fresh = S->y <= head + 1e-6;
    while (r < t->nrows && !S->oom) {
        int r1 = r, last_group = r;
        double y = S->y;
        while (r1 < t->nrows) {
            int end = span_end(T, r1);
            double h = 0;
            for (int k = r1; k < end; k++) h += T->row_h[k];
            if (y + h > area + 1e-6) break;
            y += h;
            last_group = r1;
            r1 = end;
        }
        /* no lone last row (a 合计 line) at the head of a page */
        if (r1 == t->nrows - 1 && last_group > r) r1 = last_group;
        if (r1 > r) {
            if (draw_rows(T, r, r1, 0)) return -1;
            r = r1;
            fresh = 0; /* the next row may yet start here, split */
            continue;
        }
        /* a row that does not fit is split between lines where it stands
         * when it is a long text (项目概况) that leaves two lines on each
         * page; otherwise it moves to the next page, and is split there only
         * if it is taller than a page */
        int lines = (int)floor((area - S->y - 2 * T->pad) / T->lead);
        if (!fresh && !(span_end(T, r) == r + 1 && lines >= 2 && lines_left_in_row(T, r) >= (size_t)lines + 2)) {
            if (next_page(T)) return -1;
            fresh = 1;
            continue;
        }
        if (draw_rows(T, r, r + 1, lines < 1 ? 1 : lines)) return -1;
        size_t left = lines_left_in_row(T, r);
        if (left == 0) {
            r++;
            if (r < t->nrows && next_page(T)) return -1;
            continue;
        }
        T->row_h[r] = (double)left * T->lead + 2 * T->pad;
        if (next_page(T)) return -1;
    }
    return 0;
}

int ts_set_table(setter *S, const jx_block *blk) {
    const jx_table *t = blk->table;
    table_ctx T = {S, t, NULL, NULL, NULL, NULL, t->size * 0.4, t->size * 1.5};
    T.col_x = calloc(t->ncolumns + 1, sizeof *T.col_x);
    T.decimals = calloc(t->ncolumns, sizeof *T.decimals);
    T.row_h = calloc((size_t)t->nrows, sizeof *T.row_h);
    T.boxes = calloc(t->ncells ? t->ncells : 1, sizeof *T.boxes);
    int rc = -1;
    if (T.col_x && T.decimals && T.row_h && T.boxes && measure(&T, blk) == 0) {
        rc = 0;
        if (t->caption)
            rc = ts_set_paragraph(S, t->caption, strlen(t->caption), JX_ROLE_HEI, 12, 0, 0, 2, TS_ALIGN_CENTER, blk->pos);
        if (!rc) rc = paginate(&T);
        S->y += S->st->leading / 2;
    }
    for (size_t k = 0; T.boxes && k < t->ncells; k++) {
        ts_run_free(&T.boxes[k].r);
        jx_para_free(&T.boxes[k].p);
    }
    free(T.col_x);
    free(T.decimals);
    free(T.row_h);
    free(T.boxes);
    if (S->oom) return -1;
    return rc;
}
