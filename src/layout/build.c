/* Evaluating a layout: blocks repeated over lists and kept or dropped by
 * conditions, templates filled in, table rows made from data and joined
 * where the layout asks (一级 and 二级 cells spanning their indicators). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "base/diag.h"
#include "base/utf8.h"
#include "layout/account.h"
#include "layout/build.h"

/* What one layout may make of one input. Real documents stay far below
 * (the 23-page report is 89 blocks, its largest table 149 cells); a layout
 * that nests repetitions of long lists would otherwise grow without end. */
/* repetitions in all: nested `each` over long lists multiply */

typedef struct builder {
    const jx_layout *layout;
    const char *input;
    jx_diags *diags;
    jx_env env;
    jx_arena *a;
    jx_block *blocks; /* grows; copied into the arena at the end */
    size_t nblocks, cap;
    const char *base; /* the input's pointer in its file ("", or an attachment's) */
    const jx_model *doc; /* the input, for a one-input layout */
    unsigned char *chapters_made; /* per entry of the input's outline */
    jx_anchor *anchors;           /* per table of the input: the text it follows, if any */
} builder;

static int oom(builder *B) {
    jx_diags_add(B->diags, JX_ERROR, B->layout->file, 0, 0, "", "out of memory");
    return -1;
}

__attribute__((format(printf, 3, 4))) static int layout_error(builder *B, jx_pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    jx_diag_vat(B->diags, JX_ERROR, B->layout->file, pos, fmt, ap);
    va_end(ap);
    return -1;
}

/* What a template makes when the input lacks a value it needs: the text
 * is left out (a paragraph, a row's cell, a caption), and the input's
 * place is told, with the layout's for its author. */
static const char SKIPPED[] = "";

static const char *missing_value(builder *B, jx_pos pos) {
    const jx_path *missing = B->env.missing;
    const char *p = missing ? missing->text : "?";
    int scope = missing ? B->env.n - 1 - missing->up : 0;
    const char *within = scope > 0 && B->env.frames[scope].val.at ? B->env.frames[scope].val.at : B->base;
    char ptr[512];
    size_t n = (size_t)snprintf(ptr, sizeof ptr - 1, "%s/", within);
    for (const char *t = p; *t && n + 1 < sizeof ptr; t++) ptr[n++] = *t == '.' ? '/' : *t;
    ptr[n] = '\0';
    jx_diags_add(B->diags, JX_WARNING, B->input, 0, 0, ptr, "absent, so layout %s leaves out the text it makes with {%s} (%s:%d:%d)",
                 B->layout->name, p, B->layout->file, pos.line, pos.col);
    return SKIPPED;
}

/* The template's text in the document's arena; SKIPPED when the input
 * lacks a value it needs; NULL on an error. */
static const char *fill(builder *B, const jx_tpl *t) {
    jx_buf b;
    jx_buf_init(&b, JX_MAX_TEMPLATE_TEXT);
    B->env.missing = NULL;
    int rc = jx_tpl_eval(&B->env, t, &b), too_long = b.failed == JX_BUF_TOO_LONG;
    char *s = rc == 0 ? jx_buf_take(&b) : NULL;
    if (rc) jx_buf_free(&b);
    const char *out = s ? jx_arena_strdup(B->a, s) : NULL;
    free(s);
    if (!out) {
        if (B->env.too_many)
            layout_error(B, t->pos, "the layout repeats more than %d times in all (nested repetitions over long lists)",
                         JX_MAX_REPETITIONS);
        else if (B->env.missing)
            return missing_value(B, t->pos);
        else if (too_long)
            layout_error(B, t->pos, "the text made here is longer than %u MiB", JX_MAX_TEMPLATE_TEXT >> 20);
        else
            oom(B);
    }
    return out;
}

static int applies(builder *B, const jx_repeat *r) {
    return (!r->has_when || jx_cond_holds(&B->env, &r->when)) && (!r->has_unless || !jx_cond_holds(&B->env, &r->unless));
}

/* A section the layout expects, left out for want of its data: said, so
 * that a report never loses a chapter silently. */
static int left_out(builder *B, const jx_repeat *r) {
    char ptr[512];
    size_t n = (size_t)snprintf(ptr, sizeof ptr - 1, "%s/", B->base);
    for (const char *t = r->when.path.text; *t && n + 1 < sizeof ptr; t++) ptr[n++] = *t == '.' ? '/' : *t;
    ptr[n] = '\0';
    jx_diags_add(B->diags, JX_WARNING, B->input, 0, 0, ptr, "absent, so the section \"%s\" is left out (layout %s)",
                 r->expect, B->layout->name);
    return 0;
}

typedef int (*body_fn)(builder *B, const void *part);

/* Runs body once, or once per item of `each`, where the conditions hold. */
static int repeat(builder *B, const jx_repeat *r, body_fn body, const void *part) {
    if (!r->has_each) return applies(B, r) ? body(B, part) : r->expect ? left_out(B, r) : 0;
    jx_val list = jx_path_eval(&B->env, &r->each);
    if (B->env.oom) return oom(B);
    if ((B->env.steps += list.count) > JX_MAX_REPETITIONS)
        return layout_error(B, r->each_pos, "{%s}: the layout repeats more than %d times in all", r->each.text, JX_MAX_REPETITIONS);
    for (size_t k = 0; k < list.count; k++) {
        if (jx_env_push(&B->env, jx_bind_item(&list, k, B->a, &B->env.oom), k, list.count)) return oom(B);
        int rc = applies(B, r) ? body(B, part) : 0;
        B->env.n--;
        if (rc) return -1;
    }
    return 0;
}

/*** Tables ***/

typedef struct rows {
    jx_cell *cells;
    const char **keys; /* merge keys, NULL: the cell joins nothing */
    size_t n, cap;
    int nrows;
    unsigned char *subhead; /* per row, grown with the rows */
    int subhead_cap, nsubheads;
} rows;

static int add_cell(builder *B, rows *acc, const jx_lcell *lc) {
    if (acc->nrows >= JX_MAX_BUILT_TABLE_ROWS)
        return layout_error(B, lc->cell.pos, "the table comes to more than %d rows", JX_MAX_BUILT_TABLE_ROWS);
    if (acc->n == acc->cap) {
        size_t ncap = acc->cap ? acc->cap * 2 : 64;
        jx_cell *c = realloc(acc->cells, ncap * sizeof *c);
        if (c) acc->cells = c;
        const char **k = c ? realloc(acc->keys, ncap * sizeof *k) : NULL;
        if (!k) return oom(B);
        acc->keys = k, acc->cap = ncap;
    }
    jx_cell cell = lc->cell;
    cell.text = fill(B, &lc->text);
    const char *key = lc->has_merge ? fill(B, &lc->merge) : NULL;
    if (!cell.text || (lc->has_merge && !key)) return -1;
    cell.row = acc->nrows;
    acc->keys[acc->n] = key;
    acc->cells[acc->n++] = cell;
    return 0;
}

/* A table's rows are a layout's outline: at most JX_LAYOUT_MAX_NESTING
 * groups deep (checked when loaded), which bounds this recursion. */
static int emit_rows(builder *B, rows *acc, const jx_lrow *r, size_t n);

typedef struct row_part {
    rows *acc;
    const jx_lrow *row;
} row_part;

static int row_body(builder *B, const void *part) {
    const row_part *rp = part;
    const jx_lrow *r = rp->row;
    if (r->rows) return emit_rows(B, rp->acc, r->rows, r->nrows);
    for (size_t k = 0; k < r->ncells; k++)
        if (add_cell(B, rp->acc, &r->cells[k])) return -1;
    if (!r->ncells) return 0;
    rows *acc = rp->acc;
    if (acc->nrows >= acc->subhead_cap) {
        int ncap = acc->subhead_cap ? acc->subhead_cap * 2 : 64;
        unsigned char *s = realloc(acc->subhead, (size_t)ncap);
        if (!s) return oom(B);
        acc->subhead = s, acc->subhead_cap = ncap;
    }
    acc->subhead[acc->nrows++] = (unsigned char)r->subhead;
    acc->nsubheads += r->subhead;
    return 0;
}

static int emit_rows(builder *B, rows *acc, const jx_lrow *r, size_t n) {
    for (size_t i = 0; i < n; i++) {
        row_part rp = {acc, &r[i]};
        if (repeat(B, &r[i].repeat, row_body, &rp)) return -1;
    }
    return 0;
}

/* Joins a cell with the one above it when both have the same merge key and
 * columns: "{level1.number}" makes a 一级 cell span its indicators. */
static void merge_cells(jx_table *t, const char *const *keys, int *owner, unsigned char *dead) {
    size_t ncols = t->ncolumns;
    for (size_t i = 0; i < (size_t)t->nrows * ncols; i++) owner[i] = -1;
    for (size_t k = 0; k < t->ncells; k++) {
        jx_cell *c = &t->cells[k];
        int above = c->row > 0 ? owner[(size_t)(c->row - 1) * ncols + (size_t)c->col] : -1;
        int own = (int)k;
        if (keys[k] && above >= 0 && keys[above] && strcmp(keys[above], keys[k]) == 0 &&
            t->cells[above].col == c->col && t->cells[above].colspan == c->colspan) {
            t->cells[above].rowspan += c->rowspan;
            dead[k] = 1;
            own = above;
        }
        for (int y = 0; y < c->rowspan; y++)
            for (int x = 0; x < c->colspan; x++) owner[(size_t)(c->row + y) * ncols + (size_t)(c->col + x)] = own;
    }
    size_t w = 0;
    for (size_t k = 0; k < t->ncells; k++)
        if (!dead[k]) t->cells[w++] = t->cells[k];
    t->ncells = w;
}

static int grid_error(builder *B, const jx_table *t, const jx_grid_error *e, jx_pos table_pos) {
    const jx_cell *c = &t->cells[e->cell < t->ncells ? e->cell : 0];
    if (e->what == JX_GRID_TOO_WIDE)
        return layout_error(B, c->pos, "the cell does not fit: row %zu of the table has %zu columns", e->row + 1,
                            t->ncolumns);
    if (e->what == JX_GRID_TOO_TALL) return layout_error(B, c->pos, "rowspan %d runs past the table's last row", c->rowspan);
    return layout_error(B, table_pos, "row %zu of the table leaves column %zu empty", e->row + 1, e->col + 1);
}

static int finish_table(builder *B, const jx_lblock *lb, rows *acc, jx_table *t) {
    t->nrows = acc->nrows;
    t->ncells = acc->n;
    t->cells = jx_arena_array(B->a, acc->n ? acc->n : 1, sizeof *t->cells);
    size_t grid = (size_t)acc->nrows * t->ncolumns;
    unsigned char *used = malloc(grid ? grid : 1), *dead = calloc(acc->n ? acc->n : 1, 1);
    int *owner = malloc((grid ? grid : 1) * sizeof *owner);
    int rc = 0;
    if (!t->cells || !used || !dead || !owner) {
        rc = oom(B);
    } else {
        if (acc->n) memcpy(t->cells, acc->cells, acc->n * sizeof *t->cells);
        if (acc->nsubheads && (t->subhead = jx_arena_alloc(B->a, (size_t)acc->nrows)))
            memcpy(t->subhead, acc->subhead, (size_t)acc->nrows);
        else if (acc->nsubheads)
            rc = oom(B);
        jx_grid_error e;
        if (jx_table_place(t, used, &e))
            rc = grid_error(B, t, &e, lb->block.pos);
        else
            merge_cells(t, acc->keys, owner, dead);
    }
    free(used), free(dead), free(owner);
    return rc;
}

static int build_table(builder *B, const jx_lblock *lb, jx_block *out) {
    jx_table *t = jx_arena_alloc(B->a, sizeof *t);
    if (!t) return oom(B);
    *t = *lb->block.table;
    if (lb->caption.nops && !(t->caption = fill(B, &lb->caption))) return -1;
    rows acc = {0};
    int rc = emit_rows(B, &acc, lb->rows, lb->nrows);
    if (!rc && acc.nrows < t->header_rows)
        rc = layout_error(B, lb->block.pos, "the table has %d rows, fewer than its %d header rows", acc.nrows,
                          t->header_rows);
    if (!rc) rc = finish_table(B, lb, &acc, t);
    free(acc.cells);
    free(acc.keys);
    free(acc.subhead);
    out->table = t;
    return rc;
}

/*** Tables an input adds to a section ***/

__attribute__((format(printf, 3, 4))) static int input_error(builder *B, jx_pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    jx_diag_vat(B->diags, JX_ERROR, B->input, pos, fmt, ap);
    va_end(ap);
    return -1;
}

static int add_block(builder *B, const jx_block *b);

/* A row that ends short of the table's width is filled out with empty
 * cells (a blank 计量单位 column need not be typed). */
static void pad_row(jx_table *t, const unsigned char *used, const jx_grid_error *e) {
    size_t ncols = t->ncolumns, add = 0;
    for (size_t x = e->col; x < ncols; x++) add += !used[e->row * ncols + x];
    memmove(t->cells + e->cell + add, t->cells + e->cell, (t->ncells - e->cell) * sizeof *t->cells);
    for (size_t x = e->col, k = e->cell; x < ncols; x++)
        if (!used[e->row * ncols + x])
            t->cells[k++] = (jx_cell){"", (int)e->row, 0, 1, 1, JX_ALIGN_AUTO, JX_VALIGN_MIDDLE, t->cells[e->cell > 0 ? e->cell - 1 : 0].pos};
    t->ncells += add;
}

/* The input's table as a document table: its columns from its first row,
 * its cells placed as in a document tree; a misfit is the input's error. */
static int free_table(builder *B, const jx_lblock *lb, const jx_free_table *ft, jx_block *out) {
    jx_table *t = jx_arena_alloc(B->a, sizeof *t);
    if (!t) return oom(B);
    *out = lb->block;
    out->table = t;
    *t = (jx_table){.caption = ft->caption, .header_rows = ft->header, .size = lb->block.size, .nrows = ft->nrows};
    for (size_t k = 0; k < ft->ncells && ft->cells[k].row == 0; k++) t->ncolumns += (size_t)ft->cells[k].colspan;
    if (ft->columns && ft->ncolumns != t->ncolumns)
        return input_error(B, ft->pos, "columns gives %d widths; the first row has %d columns", (int)ft->ncolumns,
                           (int)t->ncolumns);
    t->widths = ft->columns ? JX_WIDTHS_PROPORTIONAL : JX_WIDTHS_FIT;
    t->columns = jx_arena_array(B->a, t->ncolumns ? t->ncolumns : 1, sizeof *t->columns);
    size_t room = ft->ncells + (size_t)t->nrows * t->ncolumns;
    t->cells = jx_arena_array(B->a, room ? room : 1, sizeof *t->cells);
    unsigned char *used = malloc((size_t)t->nrows * t->ncolumns + 1);
    if (!t->columns || !t->cells || !used) return free(used), oom(B);
    for (size_t i = 0; i < t->ncolumns; i++) t->columns[i] = ft->columns ? ft->columns[i] : 1;
    for (size_t k = 0; k < ft->ncells; k++) {
        const jx_free_cell *c = &ft->cells[k];
        t->cells[t->ncells++] = (jx_cell){c->text, c->row, 0, c->rowspan, c->colspan, JX_ALIGN_AUTO, JX_VALIGN_MIDDLE, c->pos};
    }
    jx_grid_error e;
    int rc;
    while ((rc = jx_table_place(t, used, &e)) != 0 && e.what == JX_GRID_GAP) pad_row(t, used, &e);
    free(used);
    if (rc == 0) return jx_strset_add(B->env.shown, ft->pos.ptr), 0;
    const jx_free_cell *c = &ft->cells[e.cell < ft->ncells ? e.cell : 0];
    if (e.what == JX_GRID_TOO_WIDE) return input_error(B, c->pos, "the cell does not fit: row %d has %d columns", (int)e.row + 1, (int)t->ncolumns);
    if (e.what == JX_GRID_TOO_TALL) return input_error(B, c->pos, "rowspan %d runs past the last row", c->rowspan);
    return input_error(B, ft->pos, "row %d leaves column %d empty", (int)e.row + 1, (int)e.col + 1);
}

static int build_free_tables(builder *B, const jx_lblock *lb) {
    for (size_t i = 0; B->doc && i < B->doc->ntables; i++) {
        jx_block b;
        if (B->doc->tables[i].after || strcmp(B->doc->tables[i].section, lb->section) != 0) continue;
        if (free_table(B, lb, &B->doc->tables[i], &b) || add_block(B, &b)) return -1;
    }
    return 0;
}

/*** Charts ***/

/* "97.5%" shown on a chart whose unit is "%" is "97.5": the chart adds it. */
static const char *without_unit(builder *B, const char *text, const char *unit) {
    size_t n = strlen(text), u = unit ? strlen(unit) : 0;
    if (!u || n <= u || strcmp(text + n - u, unit) != 0) return text;
    return jx_arena_strndup(B->a, text, n - u);
}

static int build_chart(builder *B, const jx_lblock *lb, jx_block *out) {
    jx_chart *c = jx_arena_alloc(B->a, sizeof *c);
    if (!c) return oom(B);
    *c = *lb->block.chart;
    if (lb->caption.nops && !(c->caption = fill(B, &lb->caption))) return -1;
    jx_val list = jx_path_eval(&B->env, &lb->bars_each);
    jx_pos p = lb->block.pos;
    if (list.count == 0 || list.count > 40)
        return layout_error(B, p, "the chart's bars come to %zu; a chart has 1 to 40", list.count);
    c->nbars = list.count;
    c->bars = jx_arena_array(B->a, c->nbars, sizeof *c->bars);
    if (!c->bars) return oom(B);
    for (size_t k = 0; k < list.count; k++) {
        if (jx_env_push(&B->env, jx_bind_item(&list, k, B->a, &B->env.oom), k, list.count)) return oom(B);
        jx_bar *bar = &c->bars[k];
        bar->label = fill(B, &lb->bar_label);
        jx_val v = jx_path_eval(&B->env, &lb->bar_value);
        B->env.n--;
        if (!bar->label) return -1;
        int unknown = v.kind == JX_V_TEXT && strcmp(v.text, JX_UNKNOWN) == 0;
        if (!unknown && (!v.has_number || v.number < 0 || v.number > c->max))
            return layout_error(B, p, "bar %zu (%s): {%s} is %s, not a number from 0 to the chart's max", k + 1,
                                bar->label, lb->bar_value.text, v.kind == JX_V_TEXT ? v.text : "absent");
        bar->value = unknown ? 0 : v.number;
        bar->shown = without_unit(B, v.text, c->unit);
        if (!bar->shown) return oom(B);
    }
    out->chart = c;
    return 0;
}

/*** Blocks ***/

static int add_block(builder *B, const jx_block *b) {
    if (B->nblocks >= JX_MAX_BUILT_BLOCKS) return layout_error(B, b->pos, "the layout makes more than %d blocks", JX_MAX_BUILT_BLOCKS);
    if (B->nblocks == B->cap) {
        size_t ncap = B->cap ? B->cap * 2 : 64;
        jx_block *n = realloc(B->blocks, ncap * sizeof *n);
        if (!n) return oom(B);
        B->blocks = n, B->cap = ncap;
    }
    B->blocks[B->nblocks++] = *b;
    return 0;
}

static int build_blocks(builder *B, const jx_lblock *blocks, size_t n);

static const jx_chapter *outline_entry(const builder *B, const char *section) {
    for (size_t i = 0; B->doc && i < B->doc->noutline; i++)
        if (B->doc->outline[i].section == section) return &B->doc->outline[i];
    return NULL;
}

/* A headed group: its heading, then its blocks, or nothing when nothing in
 * it prints (said for a chapter the input's outline names or the layout
 * expects). A chapter's heading is the input's title for its section, else
 * the layout's. */
static int build_chapter(builder *B, const jx_lblock *lb) {
    const jx_chapter *ch = lb->is_chapter ? outline_entry(B, lb->section) : NULL;
    jx_block heading = lb->block;
    heading.text = ch && ch->title ? ch->title : fill(B, &lb->text);
    if (!heading.text) return -1;
    size_t at = B->nblocks;
    if (add_block(B, &heading) || build_blocks(B, lb->blocks, lb->nblocks)) return -1;
    if (B->nblocks > at + 1) {
        if (ch && ch->title) jx_strset_add(B->env.shown, jx_arena_printf(B->a, "%s/title", ch->pos.ptr));
        return 0;
    }
    B->nblocks = at;
    if (ch || lb->repeat.expect)
        jx_diags_add(B->diags, JX_WARNING, B->input, ch ? ch->pos.line : 0, ch ? ch->pos.col : 0, ch ? ch->pos.ptr : B->base,
                     "the input gives the chapter \"%s\" nothing to print, so it is left out (layout %s)", heading.text,
                     B->layout->name);
    return 0;
}

/* The input's tables that follow a text, each a { at, paragraph } anchor
 * the template evaluator looks for where the text is printed. */
static int prepare_anchors(builder *B) {
    if (!B->doc || !B->doc->ntables) return 0;
    B->anchors = jx_arena_array(B->a, B->doc->ntables, sizeof *B->anchors);
    if (!B->anchors) return oom(B);
    for (size_t i = 0; i < B->doc->ntables; i++) {
        const char *after = B->doc->tables[i].after;
        jx_anchor *an = &B->anchors[i];
        *an = (jx_anchor){after ? after : "", -1, 0, after ? JX_ANCHOR_SOUGHT : JX_ANCHOR_SET};
        const char *last = after ? strrchr(after, '/') : NULL;
        if (!last || !last[1] || strspn(last + 1, "0123456789") != strlen(last + 1) || strlen(last + 1) > 6) continue;
        an->paragraph = strtol(last + 1, NULL, 10);
        if (!(an->at = jx_arena_strndup(B->a, after, (size_t)(last - after)))) return oom(B);
    }
    return 0;
}

static int add_paragraph_part(builder *B, const jx_block *lb_block, const char *text, size_t from, size_t to) {
    while (from < to && text[from] == '\n') from++;
    while (to > from && text[to - 1] == '\n') to--;
    if (from == to) return 0;
    jx_block b = *lb_block;
    if (!(b.text = jx_arena_strndup(B->a, text + from, to - from))) return oom(B);
    return add_block(B, &b);
}

/* A paragraph block with the input's tables set where the texts they
 * follow end: the text is cut there and each table set between. */
static int paragraph_with_tables(builder *B, const jx_block *b) {
    size_t from = 0, len = strlen(b->text);
    for (;;) {
        size_t next = (size_t)-1;
        for (size_t i = 0; i < B->doc->ntables; i++)
            if (B->anchors[i].found == JX_ANCHOR_FOUND &&
                (next == (size_t)-1 || B->anchors[i].offset < B->anchors[next].offset))
                next = i;
        if (next == (size_t)-1) return add_paragraph_part(B, b, b->text, from, len);
        size_t cut = B->anchors[next].offset;
        jx_lblock place = {.block = {.type = JX_BLOCK_TABLE, .size = 10.5, .pos = b->pos}};
        jx_block t;
        B->anchors[next].found = JX_ANCHOR_SET;
        if (add_paragraph_part(B, b, b->text, from, cut) || free_table(B, &place, &B->doc->tables[next], &t) ||
            add_block(B, &t))
            return -1;
        from = cut;
    }
}

static int block_body(builder *B, const void *part) {
    const jx_lblock *lb = part;
    if (lb->is_headed) return build_chapter(B, lb);
    if (lb->is_group) return build_blocks(B, lb->blocks, lb->nblocks);
    if (lb->section) return build_free_tables(B, lb);
    jx_block b = lb->block;
    int anchored = b.type == JX_BLOCK_PARAGRAPH && B->anchors;
    if (anchored) B->env.anchors = B->anchors, B->env.nanchors = B->doc->ntables;
    if (lb->text.nops && !(b.text = fill(B, &lb->text))) return -1;
    B->env.anchors = NULL, B->env.nanchors = 0;
    if (b.text == SKIPPED || (b.type == JX_BLOCK_PARAGRAPH && !b.text[0])) return 0; /* nothing to say */
    for (size_t i = 0; anchored && i < B->doc->ntables; i++)
        if (B->anchors[i].found == JX_ANCHOR_FOUND) return paragraph_with_tables(B, &b);
    if (b.type == JX_BLOCK_TABLE && build_table(B, lb, &b)) return -1;
    if (b.type == JX_BLOCK_CHART && build_chart(B, lb, &b)) return -1;
    return add_block(B, &b);
}

/* The chapters of one list of blocks in the order of the input's outline,
 * where the list's first chapter stands; a chapter the outline leaves out
 * is not made (its values are then reported as not printed). */
static int build_outline(builder *B, const jx_lblock *blocks, size_t n) {
    int rc = 0;
    for (size_t c = 0; c < B->doc->noutline; c++) {
        const jx_chapter *ch = &B->doc->outline[c];
        for (size_t i = 0; i < n; i++) {
            if (!blocks[i].is_chapter || blocks[i].section != ch->section) continue;
            B->chapters_made[c] = 1;
            if (applies(B, &blocks[i].repeat))
                rc |= build_chapter(B, &blocks[i]);
            else
                jx_diags_add(B->diags, JX_WARNING, B->input, ch->pos.line, ch->pos.col, ch->pos.ptr,
                             "the input gives the chapter \"%s\" nothing to print, so it is left out (layout %s)",
                             ch->title ? ch->title : ch->section, B->layout->name);
        }
    }
    return rc;
}

/* Groups nest at most JX_LAYOUT_MAX_NESTING deep (checked when loaded). */
static int build_blocks(builder *B, const jx_lblock *blocks, size_t n) {
    int rc = 0, ordered = 0;
    for (size_t i = 0; i < n; i++) {
        if (blocks[i].is_chapter && B->chapters_made) {
            if (!ordered) rc |= build_outline(B, blocks, n), ordered = 1;
            continue;
        }
        rc |= repeat(B, &blocks[i].repeat, block_body, &blocks[i]);
    }
    return rc;
}

/* An outline's chapter no chapter of the layout is made for. */
static void unmade_chapters(builder *B) {
    for (size_t c = 0; B->chapters_made && c < B->doc->noutline; c++) {
        const jx_chapter *ch = &B->doc->outline[c];
        if (!B->chapters_made[c])
            jx_diags_add(B->diags, JX_WARNING, B->input, ch->pos.line, ch->pos.col, ch->pos.ptr,
                         "layout %s has no chapter for the section \"%s\", so it is not printed", B->layout->name, ch->section);
    }
}

static const char *metadata(builder *B, const jx_tpl *t) { return t->nops ? fill(B, t) : NULL; }

/* A 汇总表 takes its year and department from the first input: an input
 * that differs is said, naming both. */
static void check_uniform(builder *B, const jx_input_set *set) {
    for (size_t k = 0; k < B->layout->nuniform; k++) {
        const jx_path *p = &B->layout->uniform[k];
        const char *first = NULL;
        for (size_t i = 0; i < set->ndocs; i++) {
            jx_env env = {.a = B->a};
            jx_env_push(&env, jx_bind_root(set->docs[i]), 0, 1);
            jx_val v = jx_path_eval(&env, p);
            const char *text = v.kind == JX_V_TEXT ? v.text : "";
            if (i == 0)
                first = text;
            else if (strcmp(text, first) != 0)
                jx_diags_add(B->diags, JX_WARNING, set->docs[i]->file, 0, 0, "", "%s is \"%s\", not \"%s\" as in %s: the %s puts them in one table under the first's",
                             p->text, text, first, set->docs[0]->file, B->layout->name);
        }
    }
}

/* The form's limits ("200字以内"): a longer text prints, and is said at its place. */
static void check_limits(builder *B, const jx_model *input) {
    for (size_t k = 0; k < B->layout->nlimits; k++) {
        const jx_limit *lim = &B->layout->limits[k];
        jx_env env = {.a = B->a};
        jx_env_push(&env, jx_bind_root(input), 0, 1);
        jx_val v = jx_path_eval(&env, &lim->path);
        B->env.oom |= env.oom;
        if (v.kind != JX_V_TEXT || !v.text) continue;
        size_t chars = jx_utf8_count(v.text, strlen(v.text));
        for (const char *p = v.text; (p = strchr(p, '\n')) != NULL; p++) chars--; /* a line break is no 字 */
        if (chars <= (size_t)lim->chars) continue;
        jx_pos pos = {v.at ? v.at : "", 0, 0};
        for (size_t i = 0; v.at && i < input->nvalues; i++)
            if (input->values[i].pos.ptr && strcmp(input->values[i].pos.ptr, v.at) == 0) pos = input->values[i].pos;
        jx_diag_at(B->diags, JX_WARNING, input->file, pos, "%zu characters, and the form (layout %s) allows %d here",
                   chars, B->layout->name, lim->chars);
    }
}

jx_document *jx_build(const jx_layout *layout, jx_val root, const char *input, jx_diags *diags) {
    jx_document *doc = calloc(1, sizeof *doc);
    jx_arena *a = jx_arena_new();
    if (!doc || !a) {
        free(doc);
        jx_arena_free(a);
        jx_diags_add(diags, JX_ERROR, layout->file, 0, 0, "", "out of memory");
        return NULL;
    }
    doc->arena = a;
    doc->file = layout->file;
    doc->page = layout->page;
    doc->style = layout->style;
    jx_strset shown, full;
    jx_strset_init(&shown);
    jx_strset_init(&full);
    builder B = {layout, input, diags,
                 {.layout = layout, .a = a, .shown = &shown, .set_full = layout->full_width ? &full : NULL, .diags = diags,
                  .input = input, .max_steps = JX_MAX_REPETITIONS},
                 a, NULL, 0, 0, root.at ? root.at : "", layout->many ? NULL : root.ptr, NULL, NULL};
    jx_env_push(&B.env, root, 0, 1);
    size_t errors = diags->errors;
    if (B.doc && B.doc->outline && !(B.chapters_made = jx_arena_alloc(a, B.doc->noutline + 1))) B.env.oom = 1;
    if (B.chapters_made) memset(B.chapters_made, 0, B.doc->noutline);
    prepare_anchors(&B);
    build_blocks(&B, layout->blocks, layout->nblocks);
    unmade_chapters(&B);
    doc->title = metadata(&B, &layout->title);
    doc->author = metadata(&B, &layout->author);
    doc->subject = metadata(&B, &layout->subject);
    doc->keywords = metadata(&B, &layout->keywords);
    doc->web_note = metadata(&B, &layout->web_note);
    if (!layout->many && diags->errors == errors) jx_account(root.ptr, &shown, layout->name, diags);
    if (layout->many) check_uniform(&B, root.ptr);
    else check_limits(&B, root.ptr);
    B.env.oom |= shown.oom | full.oom;
    B.env.shown = NULL;
    jx_strset_free(&shown);
    jx_strset_free(&full);
    doc->blocks = jx_arena_array(a, B.nblocks ? B.nblocks : 1, sizeof *doc->blocks);
    if (doc->blocks && B.nblocks) memcpy(doc->blocks, B.blocks, B.nblocks * sizeof *doc->blocks);
    doc->nblocks = B.nblocks;
    free(B.blocks);
    if (!doc->blocks || B.env.oom || diags->errors > errors) {
        if (B.env.oom) oom(&B);
        jx_document_free(doc);
        return NULL;
    }
    return doc;
}

int jx_layout_fits(const jx_layout *layout, const jx_model *doc) {
    if (layout->many || !layout->nselect) return 0;
    jx_arena *a = jx_arena_new();
    if (!a) return -1;
    jx_env env = {.layout = NULL, .a = a};
    jx_env_push(&env, jx_bind_root(doc), 0, 1);
    int fits = 1;
    for (size_t i = 0; i < layout->nselect; i++) fits &= jx_cond_holds(&env, &layout->select[i]);
    jx_arena_free(a);
    return env.oom ? -1 : fits;
}
