/* jixiao-doc/1 document trees: the blocks the layout engine typesets,
 * stated directly. Part of the loader (see loader.h). */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "layout.h"
#include "loader.h"



static const char *const DOCTREE_KEYS[] = {"$schema", "format", "title", "author", "subject", "keywords", "page", "style", "blocks", NULL};
static const char *const STYLE_KEYS[] = {"body", "title", "folio", "top", "left", "width", "height", NULL};
static const char *const PAGE_KEYS[] = {"orientation", "numbers", "first_number", "leading", "line_spacing",
                                        "paragraph_spacing", "kinsoku", "header", "grid", NULL};

static int parse_page(loader *L, const cJSON *v, jx_doc_page *pg) {
    static const char *const orientations[] = {"portrait", "landscape", NULL};
    static const char *const numbers[] = {"outer", "center", "none", NULL};
    static const char *const kinsoku[] = {"basic", "gb", "strict", NULL};
    const char *p = "/page";
    pg->first_number = 1;
    pg->kinsoku = -1;
    if (!v) return 0;
    if (ld_expect_object(L, v, p, PAGE_KEYS)) return -1;
    int orientation = 0, num = 0;
    jx_num leading = {0}, spacing = {0}, para = {0};
    int rc = ld_enum(L, v, p, "orientation", orientations, &orientation) | ld_enum(L, v, p, "numbers", numbers, &num) |
             ld_int(L, v, p, "first_number", 0, 1, 9999, &pg->first_number) |
             ld_bounded(L, v, p, "leading", 0, "10", "72", 0, &leading) | ld_enum(L, v, p, "kinsoku", kinsoku, &pg->kinsoku) |
             ld_bounded(L, v, p, "line_spacing", 0, "1", "3", 0, &spacing) |
             ld_bounded(L, v, p, "paragraph_spacing", 0, "0", "72", 0, &para) | ld_string(L, v, p, "header", 0, &pg->header);
    rc |= ld_bool(L, v, p, "grid", NULL, &pg->grid);
    if (pg->grid && (leading.present || spacing.present))
        rc = ld_err(L, ld_pos_at(L, ld_member(v, "grid"), "/page/grid"), "the grid sets the leading: give no leading or line_spacing with it");
    if (leading.present && spacing.present)
        rc = ld_err(L, spacing.pos, "give either leading (pt) or line_spacing (a multiple of the font size)");
    pg->landscape = orientation == 1;
    pg->numbers = (jx_numbers)num;
    if (leading.present) pg->leading = ld_double(leading.v);
    if (spacing.present) pg->line_spacing = ld_double(spacing.v);
    if (para.present) pg->paragraph_spacing = ld_double(para.v);
    return rc;
}
static const char *const BLOCK_KEYS[] = {"type",  "level", "text",   "restart", "caption", "columns", "header", "size",
                                         "rows",  "style", "widths", "bars",    "max",     "unit",    "path",   "width",
                                         "align", "font",  "bold",   "indent",  "space",   "numbered", NULL};
static const char *const LAYOUT_BLOCK_KEYS[] = {
    "type",  "level",  "text",   "restart", "caption", "columns", "header",   "size", "rows", "style", "widths",
    "bars",  "max",    "unit",   "path",    "width",   "align",   "font",     "bold", "indent", "space",
    "numbered", "each", "when", "unless", NULL};
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
#define MAX_TABLE_COLUMNS 64
#define MAX_TABLE_ROWS 10000

static int parse_cell(loader *L, const cJSON *c, const char *ptr, jx_cell *cell) {
    static const char *const aligns[] = {"auto", "left", "center", "right", "decimal", NULL};
    cell->pos = ld_pos_at(L, c, ptr);
    cell->rowspan = cell->colspan = 1;
    if (cJSON_IsString(c)) {
        cell->text = jx_arena_strdup(L->a, c->valuestring);
        return 0;
    }
    if (ld_expect_object(L, c, ptr, L->in_layout ? LAYOUT_CELL_KEYS : CELL_KEYS)) return -1;
    static const char *const valigns[] = {"middle", "top", "bottom", NULL};
    int align = 0;
    int rc = ld_text(L, c, ptr, "text", &cell->text) | ld_int(L, c, ptr, "rowspan", 0, 1, MAX_TABLE_ROWS, &cell->rowspan) |
             ld_int(L, c, ptr, "colspan", 0, 1, MAX_TABLE_COLUMNS, &cell->colspan) | ld_enum(L, c, ptr, "align", aligns, &align) |
             ld_enum(L, c, ptr, "valign", valigns, &cell->valign);
    cell->align = (jx_align)align;
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

static int parse_table(loader *L, const cJSON *b, const char *ptr, jx_block *out) {
    jx_table *t = jx_arena_alloc(L->a, sizeof *t);
    if (!t) return L->oom = 1, -1;
    out->table = t;
    t->size = 10.5;
    int rc = ld_string(L, b, ptr, "caption", 0, &t->caption);
    rc |= ld_font_size(L, b, ptr, "size", "42", &t->size);
    rc |= ld_int(L, b, ptr, "header", 0, 0, 10, &t->header_rows);
    static const char *const styles[] = {"grid", "three-line", NULL};
    int style = 0;
    rc |= ld_enum(L, b, ptr, "style", styles, &style);
    t->three_line = style == 1;
    static const char *const widths[] = {"proportional", "fixed", "fit", NULL};
    rc |= ld_enum(L, b, ptr, "widths", widths, &t->widths);
    if (!ld_member(b, "columns")) return ld_missing(L, b, ptr, "columns");
    jx_dec *cols;
    if (ld_dec_array(L, b, ptr, "columns", &cols, &t->ncolumns)) return -1;
    jx_pos cpos = ld_pos_at(L, ld_member(b, "columns"), ld_ptr_key(L, ptr, "columns"));
    if (t->ncolumns == 0 || t->ncolumns > MAX_TABLE_COLUMNS)
        return ld_err(L, cpos, "a table has 1 to %d columns", MAX_TABLE_COLUMNS);
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
    if (nrows == 0 || nrows > MAX_TABLE_ROWS) return ld_err(L, ld_pos_at(L, ld_member(b, "rows"), rp), "a table has 1 to %d rows", MAX_TABLE_ROWS);
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
            if (parse_cell(L, c, ld_ptr_index(L, rowp, k), cell)) return -1;
            cell->row = (int)r;
        }
    }
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
    static const char *const fonts[] = {"song", "hei", "kai", "fangsong", "title", NULL};
    static const char *const aligns[] = {"auto", "left", "center", "right", NULL};
    int align = 0, numbered = 1;
    jx_num indent = {0}, space = {0};
    int rc = ld_enum(L, b, ptr, "font", fonts, &out->role) | ld_font_size(L, b, ptr, "size", "72", &out->size) |
             ld_bool(L, b, ptr, "bold", NULL, &out->bold) | ld_enum(L, b, ptr, "align", aligns, &align) |
             ld_bounded(L, b, ptr, "indent", 0, "0", "10", 0, &indent) |
             ld_bounded(L, b, ptr, "space", 0, "0", "200", 0, &space) | ld_bool(L, b, ptr, "numbered", NULL, &numbered);
    out->align = (jx_align)align;
    if (indent.present) out->indent = ld_double(indent.v);
    if (space.present) out->space_before = ld_double(space.v) * 72 / 25.4;
    out->unnumbered = !numbered;
    return rc;
}

static int parse_block(loader *L, const cJSON *b, const char *ptr, jx_block *out) {
    static const char *const types[] = {"title", "heading", "paragraph", "pagebreak", "table", "toc", "chart", "image", NULL};
    /* a layout's groups are read before this; the name is here for the message */
    static const char *const layout_types[] = {"title", "heading", "paragraph", "pagebreak", "table", "toc",
                                               "chart", "image", "group", NULL};
    int type = -1, rc = ld_expect_object(L, b, ptr, L->in_layout ? LAYOUT_BLOCK_KEYS : BLOCK_KEYS);
    if (rc) return rc;
    out->pos = ld_pos_at(L, b, ptr);
    if (!ld_member(b, "type")) return ld_missing(L, b, ptr, "type");
    rc |= ld_enum(L, b, ptr, "type", L->in_layout ? layout_types : types, &type);
    if (rc) return rc;
    out->type = (jx_block_type)type;
    out->level = 1;
    out->role = -1;
    out->indent = -1;
    if (out->type == JX_BLOCK_TITLE || out->type == JX_BLOCK_HEADING || out->type == JX_BLOCK_PARAGRAPH)
        rc |= parse_text_style(L, b, ptr, out);
    if (out->type == JX_BLOCK_HEADING) rc |= ld_int(L, b, ptr, "level", 1, 1, 4, &out->level);
    if (out->type == JX_BLOCK_TABLE) return rc | parse_table(L, b, ptr, out);
    if (out->type == JX_BLOCK_CHART) return rc | parse_chart(L, b, ptr, out);
    if (out->type == JX_BLOCK_IMAGE) {
        static const char *const aligns[] = {"auto", "left", "center", "right", NULL};
        jx_num width = {0};
        int align = 2;
        rc |= ld_string(L, b, ptr, "path", 1, &out->path) | ld_bounded(L, b, ptr, "width", 1, "1", "400", 0, &width) |
              ld_enum(L, b, ptr, "align", aligns, &align);
        out->width_mm = width.present ? ld_double(width.v) : 0;
        out->align = (jx_align)align;
        return rc;
    }
    if (out->type == JX_BLOCK_TOC) {
        rc |= ld_text(L, b, ptr, "text", &out->text);
        if (!out->text) out->text = "目录";
        return rc;
    }
    if (out->type == JX_BLOCK_PAGEBREAK) rc |= ld_bool(L, b, ptr, "restart", NULL, &out->restart);
    if (out->type != JX_BLOCK_PAGEBREAK) {
        if (!ld_member(b, "text")) return ld_missing(L, b, ptr, "text");
        rc |= ld_text(L, b, ptr, "text", &out->text);
    }
    return rc;
}

/* style: the sizes of body text, titles and page numbers (pt or 号) and
 * the type area (mm), for layouts and document trees alike. */
static int parse_style(loader *L, const cJSON *v, jx_doc_style *st) {
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
          ld_string(L, r, "", "subject", 0, &d->subject) | ld_string(L, r, "", "keywords", 0, &d->keywords) |
          parse_page(L, ld_member(r, "page"), &d->page) | parse_style(L, ld_member(r, "style"), &d->style);
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, r, "", "blocks", &ap, &d->nblocks, &bad);
    if (bad) return -1;
    if (!ld_member(r, "blocks")) return ld_missing(L, r, "", "blocks");
    d->blocks = jx_arena_array(L->a, d->nblocks ? d->nblocks : 1, sizeof *d->blocks);
    if (!d->blocks) return L->oom = 1, -1;
    for (size_t i = 0; c; c = c->next, i++) rc |= parse_block(L, c, ld_ptr_index(L, ap, i), &d->blocks[i]);
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


/*** jixiao-layout/1: a document's structure bound to an input's values ***/

static const char *const LAYOUT_KEYS[] = {"$schema", "format",   "name",     "description", "input",  "default_for",
                                          "page",    "style",    "metadata", "defaults",    "blocks", "uniform", NULL};
static const char *const META_KEYS[] = {"title", "author", "subject", "keywords", NULL};
static const char *const GROUP_KEYS[] = {"type", "blocks", "each", "when", "unless", "expect", NULL};
static const char *const ROW_KEYS[] = {"cells", "rows", "each", "when", "unless", NULL};
static const char *const LAYOUT_BARS_KEYS[] = {"each", "label", "value", NULL};

typedef struct layout_parser {
    loader *L;
    jx_layout *layout;
    jx_scopes scopes;
    int depth; /* of groups and row groups */
} layout_parser;

static jx_pos member_pos(loader *L, const cJSON *obj, const char *ptr, const char *key) {
    return ld_pos_at(L, ld_member(obj, key), ld_ptr_key(L, ptr, key));
}

/* A path member; want is JX_V_LIST for `each`, JX_V_TEXT for values,
 * JX_V_ABSENT for anything. */
static int layout_path(layout_parser *P, const cJSON *obj, const char *ptr, const char *key, jx_vkind want,
                       int *has, jx_path *out) {
    loader *L = P->L;
    const char *text = NULL;
    if (ld_string(L, obj, ptr, key, 0, &text) || !text) return text ? -1 : 0;
    jx_pos pos = member_pos(L, obj, ptr, key);
    if (jx_path_compile(L->a, text, strlen(text), pos, &P->scopes, L->file, L->diags, out)) return -1;
    static const char *const kinds[] = {"", "text", "an object", "a list"};
    jx_vkind kind = jx_path_kind_of(out);
    if (want != JX_V_ABSENT && kind != want)
        return ld_err(L, pos, "\"%s\" is %s; %s needs %s", text, kinds[kind], key, kinds[want]);
    if (has) *has = 1;
    return 0;
}

/* "path", "path=text", "!path": see jx_cond. */
static int compile_cond(layout_parser *P, const char *text, jx_pos pos, jx_cond *out) {
    loader *L = P->L;
    out->negate = text[0] == '!';
    text += out->negate;
    const char *eq = strchr(text, '=');
    size_t len = eq ? (size_t)(eq - text) : strlen(text);
    out->equals = eq ? jx_arena_strdup(L->a, eq + 1) : NULL;
    if (jx_path_compile(L->a, text, len, pos, &P->scopes, L->file, L->diags, &out->path)) return -1;
    if (eq && jx_path_kind_of(&out->path) != JX_V_TEXT)
        return ld_err(L, pos, "\"%s\" compares \"%.*s\" with a text, but it is not one", text, (int)len, text);
    return 0;
}

static int layout_cond(layout_parser *P, const cJSON *obj, const char *ptr, const char *key, int *has, jx_cond *out) {
    loader *L = P->L;
    const char *text = NULL;
    if (ld_string(L, obj, ptr, key, 0, &text) || !text) return text ? -1 : 0;
    if (compile_cond(P, text, member_pos(L, obj, ptr, key), out)) return -1;
    *has = 1;
    return 0;
}

/* default_for: a condition or an array of conditions that must all hold. */
static int layout_select(layout_parser *P, const cJSON *r, jx_layout *lay) {
    loader *L = P->L;
    const cJSON *v = ld_member(r, "default_for");
    if (!v) return 0;
    if (cJSON_IsString(v)) {
        int has = 0;
        lay->select = jx_arena_alloc(L->a, sizeof *lay->select);
        if (!lay->select) return L->oom = 1, -1;
        lay->nselect = 1;
        return layout_cond(P, r, "", "default_for", &has, lay->select);
    }
    const char *ap;
    int bad = 0, rc = 0;
    const cJSON *c = ld_array(L, r, "", "default_for", &ap, &lay->nselect, &bad);
    if (bad) return ld_wrong_type(L, v, "/default_for", "a condition or an array of conditions");
    lay->select = jx_arena_array(L->a, lay->nselect ? lay->nselect : 1, sizeof *lay->select);
    if (!lay->select) return L->oom = 1, -1;
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        if (!cJSON_IsString(c))
            rc = ld_wrong_type(L, c, ip, "a condition (a string)");
        else
            rc |= compile_cond(P, c->valuestring, ld_pos_at(L, c, ip), &lay->select[i]);
    }
    return rc;
}

static int layout_template(layout_parser *P, const cJSON *obj, const char *ptr, const char *key, jx_tpl *out) {
    loader *L = P->L;
    jx_text text = NULL;
    if (ld_text(L, obj, ptr, key, &text) || !text) return text ? -1 : 0;
    return jx_tpl_compile(L->a, text, member_pos(L, obj, ptr, key), &P->scopes, L->file, L->diags, out);
}

static void leave_repeat(layout_parser *P, const jx_repeat *r) {
    if (r->has_each) P->scopes.n--;
}

/* each opens the scope its items are seen in (closed by leave_repeat);
 * when and unless are tested for every item, or once without each. */
static int enter_repeat(layout_parser *P, const cJSON *obj, const char *ptr, jx_repeat *r) {
    int rc = layout_path(P, obj, ptr, "each", JX_V_LIST, &r->has_each, &r->each);
    if (r->has_each) r->each_pos = member_pos(P->L, obj, ptr, "each");
    if (rc == 0 && r->has_each && jx_scopes_enter(&P->scopes, &r->each) < 0)
        rc = ld_err(P->L, member_pos(P->L, obj, ptr, "each"), "repetitions nest too deep");
    if (rc) return r->has_each = 0, -1;
    rc = layout_cond(P, obj, ptr, "when", &r->has_when, &r->when) |
         layout_cond(P, obj, ptr, "unless", &r->has_unless, &r->unless);
    if (rc) leave_repeat(P, r), r->has_each = 0;
    return rc;
}

static int nest(layout_parser *P, const cJSON *v, const char *ptr) {
    if (P->depth < JX_LAYOUT_MAX_NESTING) return P->depth++, 0;
    return ld_err(P->L, ld_pos_at(P->L, v, ptr), "groups nest deeper than %d", JX_LAYOUT_MAX_NESTING);
}

static int layout_cell(layout_parser *P, const cJSON *c, const char *ptr, jx_lcell *out) {
    loader *L = P->L;
    if (parse_cell(L, c, ptr, &out->cell)) return -1;
    if (cJSON_IsString(c))
        return jx_tpl_compile(L->a, c->valuestring, out->cell.pos, &P->scopes, L->file, L->diags, &out->text);
    out->has_merge = ld_member(c, "merge") != NULL;
    return layout_template(P, c, ptr, "merge", &out->merge) | layout_template(P, c, ptr, "text", &out->text);
}

static int layout_rows(layout_parser *P, const cJSON *obj, const char *ptr, const char *key, jx_lrow **out,
                       size_t *n);

static int layout_row(layout_parser *P, const cJSON *row, const char *ptr, jx_lrow *out) {
    loader *L = P->L;
    out->pos = ld_pos_at(L, row, ptr);
    if (cJSON_IsArray(row)) {
        out->ncells = (size_t)cJSON_GetArraySize(row);
        out->cells = jx_arena_array(L->a, out->ncells ? out->ncells : 1, sizeof *out->cells);
        if (!out->cells) return L->oom = 1, -1;
        int rc = 0;
        size_t k = 0;
        for (const cJSON *c = row->child; c; c = c->next, k++)
            rc |= layout_cell(P, c, ld_ptr_index(L, ptr, k), &out->cells[k]);
        return rc;
    }
    if (!cJSON_IsObject(row)) return ld_wrong_type(L, row, ptr, "an array of cells or an object");
    if (ld_expect_object(L, row, ptr, ROW_KEYS)) return -1;
    int has_cells = ld_member(row, "cells") != NULL, has_rows = ld_member(row, "rows") != NULL;
    if (has_cells == has_rows) return ld_err(L, out->pos, "a row object has either \"cells\" or \"rows\"");
    if (enter_repeat(P, row, ptr, &out->repeat)) return -1;
    int rc;
    if (has_cells) {
        const cJSON *cells = ld_member(row, "cells");
        const char *cp = ld_ptr_key(L, ptr, "cells");
        jx_lrow inner = {0};
        rc = cJSON_IsArray(cells) ? layout_row(P, cells, cp, &inner) : ld_wrong_type(L, cells, cp, "an array of cells");
        out->cells = inner.cells, out->ncells = inner.ncells;
    } else {
        rc = nest(P, row, ptr);
        if (!rc) rc = layout_rows(P, row, ptr, "rows", &out->rows, &out->nrows), P->depth--;
    }
    leave_repeat(P, &out->repeat);
    return rc;
}

static int layout_rows(layout_parser *P, const cJSON *obj, const char *ptr, const char *key, jx_lrow **out,
                       size_t *n) {
    loader *L = P->L;
    const char *ap;
    int bad = 0;
    const cJSON *r = ld_array(L, obj, ptr, key, &ap, n, &bad);
    if (bad) return -1;
    if (!ld_member(obj, key)) return ld_missing(L, obj, ptr, key);
    *out = jx_arena_array(L->a, *n ? *n : 1, sizeof **out);
    if (!*out) return L->oom = 1, -1;
    int rc = 0;
    for (size_t i = 0; r; r = r->next, i++) rc |= layout_row(P, r, ld_ptr_index(L, ap, i), &(*out)[i]);
    return rc;
}

static int layout_bars(layout_parser *P, const cJSON *b, const char *ptr, jx_lblock *out) {
    loader *L = P->L;
    const cJSON *bars = ld_member(b, "bars");
    const char *bp = ld_ptr_key(L, ptr, "bars");
    if (!bars) return ld_missing(L, b, ptr, "bars");
    if (ld_expect_object(L, bars, bp, LAYOUT_BARS_KEYS)) return -1;
    if (!ld_member(bars, "each")) return ld_missing(L, bars, bp, "each");
    if (!ld_member(bars, "value")) return ld_missing(L, bars, bp, "value");
    if (!ld_member(bars, "label")) return ld_missing(L, bars, bp, "label");
    if (layout_path(P, bars, bp, "each", JX_V_LIST, NULL, &out->bars_each)) return -1;
    jx_scopes_enter(&P->scopes, &out->bars_each);
    int rc = layout_path(P, bars, bp, "value", JX_V_TEXT, NULL, &out->bar_value) |
             layout_template(P, bars, bp, "label", &out->bar_label);
    P->scopes.n--;
    return rc;
}

static int layout_blocks(layout_parser *P, const cJSON *obj, const char *ptr, jx_lblock **out, size_t *n);

static int layout_block(layout_parser *P, const cJSON *b, const char *ptr, jx_lblock *out) {
    loader *L = P->L;
    const char *type = NULL;
    if (!cJSON_IsObject(b)) return ld_wrong_type(L, b, ptr, "an object");
    if (ld_string(L, b, ptr, "type", 0, &type)) return -1;
    int rc;
    if (type && strcmp(type, "group") == 0) {
        out->is_group = 1;
        out->block.pos = ld_pos_at(L, b, ptr);
        if (ld_expect_object(L, b, ptr, GROUP_KEYS) || enter_repeat(P, b, ptr, &out->repeat) ||
            ld_string(L, b, ptr, "expect", 0, &out->repeat.expect))
            return -1;
        if (out->repeat.expect && (!out->repeat.has_when || out->repeat.when.negate || out->repeat.has_each))
            return ld_err(L, member_pos(L, b, ptr, "expect"), "\"expect\" names the section a missing \"when\" leaves out; this group has no such condition");
        rc = nest(P, b, ptr);
        if (!rc) rc = layout_blocks(P, b, ptr, &out->blocks, &out->nblocks), P->depth--;
        leave_repeat(P, &out->repeat);
        return rc;
    }
    if (parse_block(L, b, ptr, &out->block) || enter_repeat(P, b, ptr, &out->repeat)) return -1;
    jx_block *blk = &out->block;
    rc = 0;
    if (blk->type == JX_BLOCK_TITLE || blk->type == JX_BLOCK_HEADING || blk->type == JX_BLOCK_PARAGRAPH ||
        blk->type == JX_BLOCK_TOC)
        rc |= layout_template(P, b, ptr, "text", &out->text);
    if (blk->type == JX_BLOCK_TABLE || blk->type == JX_BLOCK_CHART)
        rc |= layout_template(P, b, ptr, "caption", &out->caption);
    if (blk->type == JX_BLOCK_TABLE) rc |= layout_rows(P, b, ptr, "rows", &out->rows, &out->nrows);
    if (blk->type == JX_BLOCK_CHART) rc |= layout_bars(P, b, ptr, out);
    leave_repeat(P, &out->repeat);
    return rc;
}

static int layout_blocks(layout_parser *P, const cJSON *obj, const char *ptr, jx_lblock **out, size_t *n) {
    loader *L = P->L;
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, obj, ptr, "blocks", &ap, n, &bad);
    if (bad) return -1;
    if (!ld_member(obj, "blocks")) return ld_missing(L, obj, ptr, "blocks");
    *out = jx_arena_array(L->a, *n ? *n : 1, sizeof **out);
    if (!*out) return L->oom = 1, -1;
    int rc = 0;
    for (size_t i = 0; c; c = c->next, i++) rc |= layout_block(P, c, ld_ptr_index(L, ap, i), &(*out)[i]);
    return rc;
}

static int layout_metadata(layout_parser *P, const cJSON *v, jx_layout *lay) {
    if (!v) return 0;
    if (ld_expect_object(P->L, v, "/metadata", META_KEYS)) return -1;
    return layout_template(P, v, "/metadata", "title", &lay->title) |
           layout_template(P, v, "/metadata", "author", &lay->author) |
           layout_template(P, v, "/metadata", "subject", &lay->subject) |
           layout_template(P, v, "/metadata", "keywords", &lay->keywords);
}

/* Boilerplate a firm edits once: "evaluation.principles": "…". */
static int layout_defaults(layout_parser *P, const cJSON *v, jx_layout *lay) {
    loader *L = P->L;
    if (!v) return 0;
    if (!cJSON_IsObject(v)) return ld_wrong_type(L, v, "/defaults", "an object");
    lay->ndefaults = (size_t)cJSON_GetArraySize(v);
    lay->defaults = jx_arena_array(L->a, lay->ndefaults ? lay->ndefaults : 1, sizeof *lay->defaults);
    if (!lay->defaults) return L->oom = 1, -1;
    int rc = 0;
    size_t i = 0;
    for (const cJSON *d = v->child; d; d = d->next, i++) {
        jx_default *def = &lay->defaults[i];
        const char *dp = ld_ptr_key(L, "/defaults", d->string);
        jx_pos pos = ld_pos_at(L, d, dp);
        if (jx_path_compile(L->a, d->string, strlen(d->string), pos, &P->scopes, L->file, L->diags, &def->path)) {
            rc = -1;
            continue;
        }
        if (jx_path_kind_of(&def->path) != JX_V_TEXT || def->path.up != 0 || def->path.kind != JX_PATH_FIELD) {
            rc = ld_err(L, pos, "a default is for a text value of the input, \"%s\" is not one", d->string);
            continue;
        }
        rc |= ld_text(L, v, "/defaults", d->string, &def->text);
        if (!def->text) rc = ld_wrong_type(L, d, dp, "a string or an array of strings");
    }
    return rc;
}

/* uniform: paths into each input of a many-input layout whose values must
 * agree, so that a title taken from the first input holds for all. */
static int layout_uniform(layout_parser *P, const cJSON *r, jx_layout *lay) {
    loader *L = P->L;
    const char *ap;
    int bad = 0, rc = 0;
    const cJSON *c = ld_array(L, r, "", "uniform", &ap, &lay->nuniform, &bad);
    if (bad) return -1;
    if (lay->nuniform && !lay->many)
        return ld_err(L, member_pos(L, r, "", "uniform"), "\"uniform\" is for a layout of several inputs");
    lay->uniform = jx_arena_array(L->a, lay->nuniform ? lay->nuniform : 1, sizeof *lay->uniform);
    if (!lay->uniform) return L->oom = 1, -1;
    jx_scopes doc_scope = {{JX_T_DOC}, {0}, 1};
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        jx_pos pos = ld_pos_at(L, c, ip);
        if (!cJSON_IsString(c)) {
            rc = ld_wrong_type(L, c, ip, "a path (a string)");
            continue;
        }
        if (jx_path_compile(L->a, c->valuestring, strlen(c->valuestring), pos, &doc_scope, L->file, L->diags,
                            &lay->uniform[i])) {
            rc = -1;
            continue;
        }
        if (jx_path_kind_of(&lay->uniform[i]) != JX_V_TEXT)
            rc = ld_err(L, pos, "\"%s\" is not a text value", c->valuestring);
    }
    return rc;
}

static int parse_layout(loader *L, jx_layout *lay) {
    const cJSON *r = L->root;
    if (ld_expect_object(L, r, "", LAYOUT_KEYS)) return -1;
    const char *format = NULL;
    int rc = ld_string(L, r, "", "format", 1, &format);
    if (format && strcmp(format, JX_LAYOUT_FORMAT) != 0)
        return ld_err(L, member_pos(L, r, "", "format"), "unsupported format \"%s\": a layout is \"%s\"", format,
                      JX_LAYOUT_FORMAT);
    static const char *const inputs[] = {"one", "many", NULL};
    rc |= ld_string(L, r, "", "name", 1, &lay->name) | ld_string(L, r, "", "description", 1, &lay->description) |
          ld_enum(L, r, "", "input", inputs, &lay->many) | parse_page(L, ld_member(r, "page"), &lay->page);
    if (rc) return rc;
    layout_parser P = {L, lay, {{0}, {0}, 1}, 0};
    P.scopes.types[0] = lay->many ? JX_T_BATCH : JX_T_DOC;
    L->in_layout = 1;
    return layout_select(&P, r, lay) | layout_uniform(&P, r, lay) |
           parse_style(L, ld_member(r, "style"), &lay->style) | layout_metadata(&P, ld_member(r, "metadata"), lay) |
           layout_defaults(&P, ld_member(r, "defaults"), lay) | layout_blocks(&P, r, "", &lay->blocks, &lay->nblocks);
}

static void *create_layout(loader *L) {
    jx_layout *lay = calloc(1, sizeof *lay);
    if (!lay) return jx_arena_free(L->a), NULL;
    lay->arena = L->a;
    lay->file = jx_arena_strdup(L->a, L->file);
    return lay;
}

static void parse_layout_file(loader *L, void *object) { parse_layout(L, object); }

static void destroy_layout(void *object) { jx_layout_free(object); }

jx_layout *jx_layout_load(const char *name, const unsigned char *data, size_t len, jx_diags *diags) {
    static const ld_format ops = {create_layout, parse_layout_file, destroy_layout};
    return ld_load_format(&ops, name, data, len, diags);
}

void jx_layout_free(jx_layout *layout) {
    if (!layout) return;
    jx_arena_free(layout->arena);
    free(layout);
}
