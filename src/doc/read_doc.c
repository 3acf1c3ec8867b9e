/* jixiao-doc/1 document trees: the blocks the layout engine typesets,
 * stated directly. Layouts are read with the same block, page and style
 * readers (doc/read_doc.h), their texts compiled as templates. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "doc/names.h"
#include "doc/read_doc.h"
#include "json/reader.h"

static const char *const DOCTREE_KEYS[] = {"$schema", "format", "title", "author", "subject", "keywords", "web_note", "page", "style", "blocks", NULL};
static const char *const STYLE_KEYS[] = {"body", "title", "folio", "top", "left", "width", "height", NULL};
static const char *const PAGE_KEYS[] = {"orientation", "numbers", "first_number", "leading", "line_spacing",
                                        "paragraph_spacing", "kinsoku", "header", "grid", NULL};

int rd_page(loader *L, const cJSON *v, jx_doc_page *pg) {
    const char *p = "/page";
    pg->first_number = 1;
    pg->kinsoku = JX_KINSOKU_DEFAULT;
    if (!v) return 0;
    if (ld_expect_object(L, v, p, PAGE_KEYS)) return -1;
    int orientation = 0, num = 0, kinsoku = JX_KINSOKU_DEFAULT;
    jx_num leading = {0}, spacing = {0}, para = {0};
    int rc = ld_enum(L, v, p, "orientation", JX_ORIENTATION_NAMES, &orientation) |
             ld_enum(L, v, p, "numbers", JX_NUMBERS_NAMES, &num) |
             ld_int(L, v, p, "first_number", 0, 1, 9999, &pg->first_number) |
             ld_bounded(L, v, p, "leading", 0, "10", "72", 0, &leading) | ld_enum(L, v, p, "kinsoku", JX_KINSOKU_NAMES, &kinsoku) |
             ld_bounded(L, v, p, "line_spacing", 0, "1", "3", 0, &spacing) |
             ld_bounded(L, v, p, "paragraph_spacing", 0, "0", "72", 0, &para) | ld_string(L, v, p, "header", 0, &pg->header);
    rc |= ld_bool(L, v, p, "grid", NULL, &pg->grid);
    if (pg->grid && (leading.present || spacing.present))
        rc = ld_err(L, ld_pos_at(L, ld_member(v, "grid"), "/page/grid"), "the grid sets the leading: give no leading or line_spacing with it");
    if (leading.present && spacing.present)
        rc = ld_err(L, spacing.pos, "give either leading (pt) or line_spacing (a multiple of the font size)");
    pg->landscape = orientation == 1;
    pg->numbers = (jx_numbers)num;
    pg->kinsoku = (jx_kinsoku)kinsoku;
    if (leading.present) pg->leading = ld_double(leading.v);
    if (spacing.present) pg->line_spacing = ld_double(spacing.v);
    if (para.present) pg->paragraph_spacing = ld_double(para.v);
    return rc;
}
static const char *const BLOCK_KEYS[] = {"type",  "level", "text",   "restart", "orientation", "caption", "columns", "header", "size",
                                         "rows",  "subheads", "style", "widths", "bars",    "max",     "unit",    "path",   "width",
                                         "align", "font",  "bold",   "indent",  "space",   "numbered", "hanging", "mark", NULL};
static const char *const LAYOUT_BLOCK_KEYS[] = {
    "type",  "level",  "text",   "restart", "orientation", "caption", "columns", "header",   "size", "rows", "style", "widths",
    "bars",  "max",    "unit",   "path",    "width",   "align",   "font",     "bold", "indent", "space",
    "numbered", "hanging", "each", "when", "unless", NULL};
static const char *const BAR_KEYS[] = {"label", "value", "shown", NULL};

/* A bar chart: 得分率 by 一级指标, for instance. */
static int parse_chart(loader *L, const cJSON *b, const char *ptr, jx_block *out) {
    jx_chart *c = jx_arena_alloc(L->a, sizeof *c);
    if (!c) return L->oom = 1, -1;
    out->chart = c;
    c->max = 100;
    c->unit = "";
    jx_num max = {0};
    int rc = ld_string(L, b, ptr, "caption", 0, &c->caption) | ld_string(L, b, ptr, "unit", 0, &c->unit) |
             ld_bounded(L, b, ptr, "max", 0, "0", NULL, 1, &max);
    if (max.present) c->max = ld_double(max.v);
    if (L->in_layout) return rc;
    const char *ap;
    int bad = 0;
    const cJSON *e = ld_array(L, b, ptr, "bars", &ap, &c->nbars, &bad);
    if (bad) return -1;
    if (!ld_member(b, "bars")) return ld_missing(L, b, ptr, "bars");
    if (c->nbars == 0 || c->nbars > 40) return ld_err(L, ld_pos_at(L, ld_member(b, "bars"), ap), "a chart has 1 to 40 bars");
    c->bars = jx_arena_array(L->a, c->nbars, sizeof *c->bars);
    if (!c->bars) return L->oom = 1, -1;
    for (size_t i = 0; e; e = e->next, i++) {
        const char *bp = ld_ptr_index(L, ap, i);
        jx_num v = {0};
        if (ld_expect_object(L, e, bp, BAR_KEYS)) {
            rc = -1;
            continue;
        }
        rc |= ld_string(L, e, bp, "label", 1, &c->bars[i].label) | ld_bounded(L, e, bp, "value", 1, "0", NULL, 0, &v);
        if (!v.present) continue;
        char shown[48];
        jx_dec_format(v.v, shown, sizeof shown);
        c->bars[i].shown = jx_arena_strdup(L->a, shown);
        rc |= ld_string(L, e, bp, "shown", 0, &c->bars[i].shown);
        c->bars[i].value = ld_double(v.v);
        if (c->bars[i].value > c->max) rc = ld_err(L, v.pos, "value %s is above the chart's max", shown);
    }
    return rc;
}
static const char *const CELL_KEYS[] = {"text", "rowspan", "colspan", "align", "valign", NULL};
static const char *const LAYOUT_CELL_KEYS[] = {"text", "rowspan", "colspan", "align", "valign", "merge", NULL};

/* A table's columns are few (the widest 评分表 has 10) and its rows a few
 * hundred; the limits keep the occupancy grid small. */

int rd_cell(loader *L, const cJSON *c, const char *ptr, jx_cell *cell) {
    cell->pos = ld_pos_at(L, c, ptr);
    cell->rowspan = cell->colspan = 1;
    if (cJSON_IsString(c)) {
        cell->text = jx_arena_strdup(L->a, c->valuestring);
        return 0;
    }
    if (ld_expect_object(L, c, ptr, L->in_layout ? LAYOUT_CELL_KEYS : CELL_KEYS)) return -1;
    int align = 0, valign = 0;
    int rc = ld_text(L, c, ptr, "text", &cell->text) | ld_int(L, c, ptr, "rowspan", 0, 1, JX_MAX_TREE_TABLE_ROWS, &cell->rowspan) |
             ld_int(L, c, ptr, "colspan", 0, 1, JX_MAX_TREE_TABLE_COLUMNS, &cell->colspan) | ld_enum(L, c, ptr, "align", JX_ALIGN_NAMES, &align) |
             ld_enum(L, c, ptr, "valign", JX_VALIGN_NAMES, &valign);
    cell->align = (jx_align)align;
    cell->valign = (jx_valign)valign;
    if (!cell->text) cell->text = "";
    return rc;
}

static int grid_error(loader *L, const jx_table *t, const jx_grid_error *e, jx_pos row_pos) {
    const jx_cell *cell = &t->cells[e->cell < t->ncells ? e->cell : 0];
    if (e->what == JX_GRID_TOO_WIDE)
        return ld_err(L, cell->pos, "the cell does not fit: row %zu has %zu columns", e->row + 1, t->ncolumns);
    if (e->what == JX_GRID_TOO_TALL) return ld_err(L, cell->pos, "rowspan %d runs past the last row", cell->rowspan);
    return ld_err(L, row_pos, "row %zu leaves column %zu empty", e->row + 1, e->col + 1);
}

/* "subheads": [8] marks row 8 (from 0) as heading the rows below it. */
static int read_subheads(loader *L, const cJSON *b, const char *ptr, jx_table *t) {
    if (!ld_member(b, "subheads")) return 0;
    jx_dec *rows;
    size_t n;
    if (ld_dec_array(L, b, ptr, "subheads", &rows, &n)) return -1;
    jx_pos pos = ld_pos_at(L, ld_member(b, "subheads"), ld_ptr_key(L, ptr, "subheads"));
    if (!(t->subhead = jx_arena_alloc(L->a, (size_t)t->nrows))) return L->oom = 1, -1;
    memset(t->subhead, 0, (size_t)t->nrows);
    for (size_t i = 0; i < n; i++) {
        double r = ld_double(rows[i]);
        if (r != (int)r || r < 0 || r >= t->nrows)
            return ld_err(L, pos, "subheads are rows of the table, 0 to %d", t->nrows - 1);
        t->subhead[(int)r] = 1;
    }
    return 0;
}

static int parse_table(loader *L, const cJSON *b, const char *ptr, jx_block *out) {
    jx_table *t = jx_arena_alloc(L->a, sizeof *t);
    if (!t) return L->oom = 1, -1;
    out->table = t;
    t->size = 10.5;
    int rc = ld_string(L, b, ptr, "caption", 0, &t->caption);
    rc |= ld_font_size(L, b, ptr, "size", "42", &t->size);
    rc |= ld_int(L, b, ptr, "header", 0, 0, 10, &t->header_rows);
    int style = 0, widths = 0;
    rc |= ld_enum(L, b, ptr, "style", JX_RULES_NAMES, &style) | ld_enum(L, b, ptr, "widths", JX_WIDTHS_NAMES, &widths);
    t->three_line = style == 1;
    t->widths = (jx_widths)widths;
    if (!ld_member(b, "columns")) return ld_missing(L, b, ptr, "columns");
    jx_dec *cols;
    if (ld_dec_array(L, b, ptr, "columns", &cols, &t->ncolumns)) return -1;
    jx_pos cpos = ld_pos_at(L, ld_member(b, "columns"), ld_ptr_key(L, ptr, "columns"));
    if (t->ncolumns == 0 || t->ncolumns > JX_MAX_TREE_TABLE_COLUMNS)
        return ld_err(L, cpos, "a table has 1 to %d columns", JX_MAX_TREE_TABLE_COLUMNS);
    t->columns = jx_arena_array(L->a, t->ncolumns, sizeof *t->columns);
    for (size_t i = 0; i < t->ncolumns; i++) {
        if (cols[i].m <= 0) return ld_err(L, cpos, "column widths must be positive");
        t->columns[i] = ld_double(cols[i]);
    }
    if (L->in_layout) return rc;
    const char *rp;
    int bad = 0;
    size_t nrows;
    const cJSON *row = ld_array(L, b, ptr, "rows", &rp, &nrows, &bad);
    if (bad) return -1;
    if (!ld_member(b, "rows")) return ld_missing(L, b, ptr, "rows");
    if (nrows == 0 || nrows > JX_MAX_TREE_TABLE_ROWS) return ld_err(L, ld_pos_at(L, ld_member(b, "rows"), rp), "a table has 1 to %d rows", JX_MAX_TREE_TABLE_ROWS);
    if ((size_t)t->header_rows > nrows) return ld_err(L, ld_pos_at(L, ld_member(b, "header"), ld_ptr_key(L, ptr, "header")), "more header rows than rows");
    t->nrows = (int)nrows;
    size_t ncells = 0;
    for (const cJSON *r = row; r; r = r->next) ncells += cJSON_IsArray(r) ? (size_t)cJSON_GetArraySize(r) : 0;
    t->cells = jx_arena_array(L->a, ncells ? ncells : 1, sizeof *t->cells);
    unsigned char *used = jx_arena_alloc(L->a, nrows * t->ncolumns);
    if (!t->cells || !used) return L->oom = 1, -1;
    jx_pos *row_pos = jx_arena_array(L->a, nrows, sizeof *row_pos);
    if (!row_pos) return L->oom = 1, -1;
    size_t r = 0;
    for (; row; row = row->next, r++) {
        const char *rowp = ld_ptr_index(L, rp, r);
        row_pos[r] = ld_pos_at(L, row, rowp);
        if (!cJSON_IsArray(row)) return ld_wrong_type(L, row, rowp, "an array of cells");
        size_t k = 0;
        for (const cJSON *c = row->child; c; c = c->next, k++) {
            jx_cell *cell = &t->cells[t->ncells++];
            if (rd_cell(L, c, ld_ptr_index(L, rowp, k), cell)) return -1;
            cell->row = (int)r;
        }
    }
    if (read_subheads(L, b, ptr, t)) return -1;
    jx_grid_error e;
    if (rc || jx_table_place(t, used, &e) == 0) return rc;
    return grid_error(L, t, &e, row_pos[e.row]);
}

/* Font sizes by their 号 names, as Chinese documents state them. */
static const struct {
    const char *name;
    double pt;
} HAO[] = {{"初号", 42}, {"小初", 36}, {"一号", 26}, {"小一", 24}, {"二号", 22}, {"小二", 18}, {"三号", 16},
           {"小三", 15}, {"四号", 14}, {"小四", 12}, {"五号", 10.5}, {"小五", 9}, {"六号", 7.5}, {"小六", 6.5}};

int ld_font_size(loader *L, const cJSON *obj, const char *ptr, const char *key, const char *max, double *out) {
    const cJSON *v = ld_member(obj, key);
    if (!v) return 0;
    if (cJSON_IsString(v)) {
        for (size_t i = 0; i < sizeof HAO / sizeof HAO[0]; i++)
            if (strcmp(v->valuestring, HAO[i].name) == 0) return *out = HAO[i].pt, 0;
        return ld_err(L, ld_pos_at(L, v, ld_ptr_key(L, ptr, key)),
                      "\"%s\" is not a 号 size (初号 … 小六) nor a number of points", v->valuestring);
    }
    jx_num n = {0};
    if (ld_bounded(L, obj, ptr, key, 1, "5", max, 0, &n)) return -1;
    *out = ld_double(n.v);
    return 0;
}

/* What a title, heading or paragraph may set over its type's look. */
static int parse_text_style(loader *L, const cJSON *b, const char *ptr, jx_block *out) {
    int align = 0, numbered = 1, role = JX_ROLE_AUTO;
    jx_num indent = {0}, space = {0};
    int rc = ld_enum(L, b, ptr, "font", JX_ROLE_NAMES, &role) | ld_font_size(L, b, ptr, "size", "72", &out->size) |
             ld_bool(L, b, ptr, "bold", NULL, &out->bold) |
             ld_enum_n(L, b, ptr, "align", JX_ALIGN_NAMES, JX_TEXT_ALIGNS, &align) |
             ld_bounded(L, b, ptr, "indent", 0, "0", "10", 0, &indent) |
             ld_bounded(L, b, ptr, "space", 0, "0", "200", 0, &space) | ld_bool(L, b, ptr, "numbered", NULL, &numbered) |
             ld_bool(L, b, ptr, "hanging", NULL, &out->hanging);
    out->align = (jx_align)align;
    out->role = (jx_role)role;
    if (indent.present) out->indent = ld_double(indent.v);
    if (space.present) out->space_before = ld_double(space.v) * 72 / 25.4;
    out->unnumbered = !numbered;
    return rc;
}

int rd_block(loader *L, const cJSON *b, const char *ptr, jx_block *out) {
    int type = -1, rc = ld_expect_object(L, b, ptr, L->in_layout ? LAYOUT_BLOCK_KEYS : BLOCK_KEYS);
    if (rc) return rc;
    out->pos = ld_pos_at(L, b, ptr);
    if (!ld_member(b, "type")) return ld_missing(L, b, ptr, "type");
    /* a layout's groups are read before this; the name is there for the message */
    rc |= ld_enum_n(L, b, ptr, "type", JX_BLOCK_NAMES, L->in_layout ? JX_BLOCK_CHAPTER + 1 : JX_BLOCK_COUNT, &type);
    if (rc) return rc;
    out->type = (jx_block_type)type;
    out->level = 1;
    out->role = JX_ROLE_AUTO;
    out->indent = -1;
    if (out->type == JX_BLOCK_TITLE || out->type == JX_BLOCK_HEADING || out->type == JX_BLOCK_PARAGRAPH)
        rc |= parse_text_style(L, b, ptr, out);
    if (out->type == JX_BLOCK_HEADING)
        rc |= ld_int(L, b, ptr, "level", 1, 1, 4, &out->level) | ld_bool(L, b, ptr, "mark", NULL, &out->mark);
    if (out->mark) out->unnumbered = 1, out->level = 1;
    if (out->type == JX_BLOCK_TABLE) return rc | parse_table(L, b, ptr, out);
    if (out->type == JX_BLOCK_CHART) return rc | parse_chart(L, b, ptr, out);
    if (out->type == JX_BLOCK_IMAGE) {
        jx_num width = {0};
        int align = JX_ALIGN_CENTER;
        rc |= ld_string(L, b, ptr, "path", 1, &out->path) | ld_bounded(L, b, ptr, "width", 1, "1", "400", 0, &width) |
              ld_enum_n(L, b, ptr, "align", JX_ALIGN_NAMES, JX_TEXT_ALIGNS, &align);
        out->width_mm = width.present ? ld_double(width.v) : 0;
        out->align = (jx_align)align;
        return rc;
    }
    if (out->type == JX_BLOCK_TOC) {
        rc |= ld_text(L, b, ptr, "text", &out->text);
        if (!out->text) out->text = "目录";
        return rc;
    }
    if (out->type == JX_BLOCK_PAGEBREAK) {
        int turn = -1;
        rc |= ld_bool(L, b, ptr, "restart", NULL, &out->restart) | ld_enum(L, b, ptr, "orientation", JX_ORIENTATION_NAMES, &turn);
        if (ld_member(b, "orientation")) out->turn = turn + 1;
    }
    if (out->type != JX_BLOCK_PAGEBREAK) {
        if (!ld_member(b, "text")) return ld_missing(L, b, ptr, "text");
        rc |= ld_text(L, b, ptr, "text", &out->text);
    }
    return rc;
}

/* style: the sizes of body text, titles and page numbers (pt or 号) and
 * the type area (mm), for layouts and document trees alike. */
int rd_style(loader *L, const cJSON *v, jx_doc_style *st) {
    if (!v) return 0;
    if (ld_expect_object(L, v, "/style", STYLE_KEYS)) return -1;
    jx_num top = {0}, left = {0}, width = {0}, height = {0};
    int rc = ld_font_size(L, v, "/style", "body", "42", &st->body) | ld_font_size(L, v, "/style", "title", "72", &st->title) |
             ld_font_size(L, v, "/style", "folio", "42", &st->folio) |
             ld_bounded(L, v, "/style", "top", 0, "5", "100", 0, &top) | ld_bounded(L, v, "/style", "left", 0, "5", "100", 0, &left) |
             ld_bounded(L, v, "/style", "width", 0, "50", "280", 0, &width) |
             ld_bounded(L, v, "/style", "height", 0, "50", "280", 0, &height);
    st->top = top.present ? ld_double(top.v) : 0;
    st->left = left.present ? ld_double(left.v) : 0;
    st->width = width.present ? ld_double(width.v) : 0;
    st->height = height.present ? ld_double(height.v) : 0;
    return rc;
}

static int parse_doctree(loader *L, jx_document *d) {
    const cJSON *r = L->root;
    if (ld_expect_object(L, r, "", DOCTREE_KEYS)) return -1;
    const char *format = NULL;
    int rc = ld_string(L, r, "", "format", 1, &format);
    if (format && strcmp(format, JX_DOC_FORMAT) != 0)
        rc = ld_err(L, ld_pos_at(L, ld_member(r, "format"), "/format"), "unsupported format \"%s\": a document tree is \"%s\"",
                 format, JX_DOC_FORMAT);
    rc |= ld_string(L, r, "", "title", 0, &d->title) | ld_string(L, r, "", "author", 0, &d->author) |
          ld_string(L, r, "", "subject", 0, &d->subject) | ld_string(L, r, "", "keywords", 0, &d->keywords) | ld_string(L, r, "", "web_note", 0, &d->web_note) |
          rd_page(L, ld_member(r, "page"), &d->page) | rd_style(L, ld_member(r, "style"), &d->style);
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, r, "", "blocks", &ap, &d->nblocks, &bad);
    if (bad) return -1;
    if (!ld_member(r, "blocks")) return ld_missing(L, r, "", "blocks");
    d->blocks = jx_arena_array(L->a, d->nblocks ? d->nblocks : 1, sizeof *d->blocks);
    if (!d->blocks) return L->oom = 1, -1;
    for (size_t i = 0; c; c = c->next, i++) rc |= rd_block(L, c, ld_ptr_index(L, ap, i), &d->blocks[i]);
    return rc;
}

static void *create_document(loader *L) {
    jx_document *d = calloc(1, sizeof *d);
    if (!d) return jx_arena_free(L->a), NULL;
    d->arena = L->a;
    d->file = jx_arena_strdup(L->a, L->file);
    return d;
}

static void parse_document_tree(loader *L, void *object) { parse_doctree(L, object); }

static void destroy_document(void *object) { jx_document_free(object); }

jx_document *jx_document_load(const char *name, const unsigned char *data, size_t len, jx_diags *diags) {
    static const ld_format ops = {create_document, parse_document_tree, destroy_document};
    return ld_load_format(&ops, name, data, len, diags);
}

void jx_document_free(jx_document *d) {
    if (!d) return;
    jx_arena_free(d->arena);
    free(d);
}


