/* A compiled layout as bytes and back, for the cache (base/cache.h): what
 * reading and compiling a layout file makes, without the JSON. jixiao
 * writes these bytes and reads them back, but they come from a file that
 * may be damaged: every count, enumeration, number, string and field is
 * checked as it is read, templates' sections must nest, fields must chain
 * from type to type, and a layout that does not come out whole is refused
 * (the caller then compiles the file). Groups and rows nest no deeper than
 * the loader allows, which bounds the recursion here. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "json/members.h"
#include "layout/layout.h"

/* Raised whenever what is written here changes, or what the layout reader
 * makes of the same file (a default, a check): an entry of the old format
 * is then made again. A release's version does that too. */
#define COMPILED_FORMAT 1
#define NO_STRING UINT32_MAX
#define MAX_PATH_FIELDS 16
#define MAX_SIZE_PT 100.0

/*** Writing ***/

static void put_u32(jx_buf *b, uint32_t v) { jx_buf_put(b, (const char *)&v, sizeof v); }
static void put_int(jx_buf *b, int v) { put_u32(b, (uint32_t)v); }
static void put_f64(jx_buf *b, double v) { jx_buf_put(b, (const char *)&v, sizeof v); }
static void put_count(jx_buf *b, size_t n) { put_u32(b, n < NO_STRING ? (uint32_t)n : NO_STRING); }

/* An array's count, or NO_STRING for none: the builder tells a group of
 * rows from a row by its pointer. */
static void put_list(jx_buf *b, const void *items, size_t n) {
    if (items) put_count(b, n);
    else put_u32(b, NO_STRING);
}

static void put_bytes(jx_buf *b, const char *s, size_t len) {
    put_count(b, len);
    jx_buf_put(b, s, len);
}

static void put_str(jx_buf *b, const char *s) {
    if (s) put_bytes(b, s, strlen(s));
    else put_u32(b, NO_STRING);
}

static void put_pos(jx_buf *b, jx_pos p) {
    put_str(b, p.ptr);
    put_int(b, p.line);
    put_int(b, p.col);
}

static void put_path(jx_buf *b, const jx_path *p) {
    put_int(b, p->kind);
    put_int(b, p->up);
    put_str(b, p->text);
    put_count(b, p->nfields);
    for (size_t i = 0; i < p->nfields; i++) {
        put_int(b, jx_field_owner(p->fields[i]));
        put_str(b, jx_field_name(p->fields[i]));
    }
}

static void put_tpl(jx_buf *b, const jx_tpl *t) {
    put_list(b, t->ops, t->nops);
    put_pos(b, t->pos);
    for (size_t i = 0; i < t->nops; i++) {
        const jx_tpl_op *op = &t->ops[i];
        put_int(b, op->kind);
        if (op->kind == JX_TPL_TEXT) {
            put_bytes(b, op->text, op->len);
            continue;
        }
        put_path(b, &op->path);
        put_int(b, op->optional);
        put_int(b, op->decimals);
        put_count(b, op->end);
    }
}

static void put_cond(jx_buf *b, const jx_cond *c) {
    put_path(b, &c->path);
    put_str(b, c->equals);
    put_int(b, c->negate);
}

static void put_repeat(jx_buf *b, const jx_repeat *r) {
    put_int(b, r->has_each);
    put_int(b, r->has_when);
    put_int(b, r->has_unless);
    if (r->has_each) put_path(b, &r->each), put_pos(b, r->each_pos);
    if (r->has_when) put_cond(b, &r->when);
    if (r->has_unless) put_cond(b, &r->unless);
    put_str(b, r->expect);
}

static void put_cell(jx_buf *b, const jx_cell *c) {
    put_str(b, c->text);
    put_int(b, c->row), put_int(b, c->col), put_int(b, c->rowspan), put_int(b, c->colspan);
    put_int(b, c->align), put_int(b, c->valign);
    put_pos(b, c->pos);
}

static void put_rows(jx_buf *b, const jx_lrow *rows, size_t n) {
    put_list(b, rows, n);
    for (size_t i = 0; i < n; i++) {
        const jx_lrow *r = &rows[i];
        put_repeat(b, &r->repeat);
        put_list(b, r->cells, r->ncells);
        for (size_t k = 0; k < r->ncells; k++) {
            put_cell(b, &r->cells[k].cell);
            put_tpl(b, &r->cells[k].text);
            put_int(b, r->cells[k].has_merge);
            put_tpl(b, &r->cells[k].merge);
        }
        put_rows(b, r->rows, r->nrows);
        put_int(b, r->subhead);
        put_pos(b, r->pos);
    }
}

/* A layout's table states its columns and style; its rows are the lrows.
 * A chart its caption, unit and scale; its bars come from the input. */
static int put_block(jx_buf *b, const jx_block *k) {
    const jx_table *t = k->table;
    const jx_chart *c = k->chart;
    if ((t && (t->cells || t->subhead)) || (c && c->bars)) return -1;
    put_int(b, k->type), put_int(b, k->level);
    put_str(b, k->text);
    put_int(b, k->restart), put_int(b, k->turn);
    put_int(b, t != NULL);
    if (t) {
        put_str(b, t->caption);
        put_count(b, t->ncolumns);
        for (size_t i = 0; i < t->ncolumns; i++) put_f64(b, t->columns[i]);
        put_int(b, t->header_rows), put_int(b, t->three_line), put_int(b, t->widths);
        put_f64(b, t->size);
    }
    put_int(b, c != NULL);
    if (c) put_str(b, c->caption), put_str(b, c->unit), put_f64(b, c->max);
    put_str(b, k->path);
    put_f64(b, k->width_mm);
    put_int(b, k->align);
    put_f64(b, k->size);
    put_int(b, k->role), put_int(b, k->bold);
    put_f64(b, k->indent), put_f64(b, k->space_before);
    put_int(b, k->unnumbered), put_int(b, k->mark), put_int(b, k->hanging);
    put_pos(b, k->pos);
    return 0;
}

static int section_index(const char *section) {
    for (int i = 0; section && JX_TABLE_SECTIONS[i]; i++)
        if (JX_TABLE_SECTIONS[i] == section) return i;
    return -1;
}

static int put_blocks(jx_buf *b, const jx_lblock *blocks, size_t n) {
    put_list(b, blocks, n);
    for (size_t i = 0; i < n; i++) {
        const jx_lblock *k = &blocks[i];
        if (put_block(b, &k->block)) return -1;
        put_repeat(b, &k->repeat);
        put_tpl(b, &k->text);
        put_tpl(b, &k->caption);
        put_int(b, k->is_group), put_int(b, k->is_chapter), put_int(b, k->is_headed);
        put_int(b, section_index(k->section));
        if (put_blocks(b, k->blocks, k->nblocks)) return -1;
        put_rows(b, k->rows, k->nrows);
        if (k->block.type == JX_BLOCK_CHART && !k->is_group)
            put_path(b, &k->bars_each), put_path(b, &k->bar_value), put_tpl(b, &k->bar_label);
    }
    return 0;
}

static void put_page(jx_buf *b, const jx_doc_page *p) {
    put_int(b, p->landscape), put_int(b, p->numbers), put_int(b, p->first_number);
    put_f64(b, p->leading), put_f64(b, p->line_spacing), put_f64(b, p->paragraph_spacing);
    put_int(b, p->grid), put_int(b, p->kinsoku);
    put_str(b, p->header);
}

static void put_style(jx_buf *b, const jx_doc_style *s) {
    const double v[] = {s->body, s->title, s->folio, s->top, s->left, s->width, s->height};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) put_f64(b, v[i]);
}

int jx_layout_save(const jx_layout *lay, uint64_t source_hash, jx_buf *b) {
    jx_buf_put(b, (const char *)&source_hash, sizeof source_hash);
    put_str(b, lay->name), put_str(b, lay->description);
    put_int(b, lay->many), put_int(b, lay->full_width);
    put_list(b, lay->select, lay->nselect);
    for (size_t i = 0; i < lay->nselect; i++) put_cond(b, &lay->select[i]);
    put_page(b, &lay->page);
    put_style(b, &lay->style);
    const jx_tpl *meta[] = {&lay->title, &lay->author, &lay->subject, &lay->keywords, &lay->web_note};
    for (size_t i = 0; i < sizeof meta / sizeof meta[0]; i++) put_tpl(b, meta[i]);
    put_list(b, lay->defaults, lay->ndefaults);
    for (size_t i = 0; i < lay->ndefaults; i++) put_path(b, &lay->defaults[i].path), put_str(b, lay->defaults[i].text);
    put_list(b, lay->limits, lay->nlimits);
    for (size_t i = 0; i < lay->nlimits; i++) put_path(b, &lay->limits[i].path), put_int(b, lay->limits[i].chars);
    put_list(b, lay->uniform, lay->nuniform);
    for (size_t i = 0; i < lay->nuniform; i++) put_path(b, &lay->uniform[i]);
    if (put_blocks(b, lay->blocks, lay->nblocks)) return -1;
    return b->failed ? -1 : 0;
}

/*** Reading ***/

typedef struct reader {
    const unsigned char *p, *end;
    jx_arena *a;
    int bad;
} reader;

static int fail(reader *r) { return r->bad = 1, 0; }

static uint32_t get_u32(reader *r) {
    uint32_t v = 0;
    if (r->bad || (size_t)(r->end - r->p) < sizeof v) return (uint32_t)fail(r);
    memcpy(&v, r->p, sizeof v);
    r->p += sizeof v;
    return v;
}

static int get_int(reader *r, long lo, long hi) {
    int32_t v = (int32_t)get_u32(r);
    if (v < lo || v > hi) return fail(r);
    return (int)v;
}

static int get_flag(reader *r) { return get_int(r, 0, 1); }

static double get_f64(reader *r, double lo, double hi) {
    double v = 0;
    if (r->bad || (size_t)(r->end - r->p) < sizeof v) return fail(r);
    memcpy(&v, r->p, sizeof v);
    r->p += sizeof v;
    if (!(v >= lo && v <= hi)) return fail(r); /* NaN too */
    return v;
}

/* A count of things each at least `least` bytes long, so that a damaged
 * count cannot ask for more memory than the entry's bytes could fill. */
static size_t get_count(reader *r, size_t least) {
    uint32_t n = get_u32(r);
    if (n > (size_t)(r->end - r->p) / least) return (size_t)fail(r);
    return n;
}

static void *get_array(reader *r, size_t n, size_t size) {
    void *items = r->bad ? NULL : jx_arena_array(r->a, n ? n : 1, size);
    if (!items) fail(r);
    else memset(items, 0, (n ? n : 1) * size);
    return items;
}

/* What put_list wrote: NULL for none, else *n items of `size` bytes, each
 * written in at least `least`. */
static void *get_list(reader *r, size_t least, size_t size, size_t *n) {
    uint32_t v = get_u32(r);
    *n = 0;
    if (r->bad || v == NO_STRING) return NULL;
    if (v > (size_t)(r->end - r->p) / least) return fail(r), NULL;
    *n = v;
    return get_array(r, v, size);
}

static const char *get_bytes(reader *r, size_t *len, int may_be_null) {
    uint32_t n = get_u32(r);
    *len = 0;
    if (r->bad || (n == NO_STRING && may_be_null)) return NULL;
    char *s = n <= (size_t)(r->end - r->p) && !memchr(r->p, 0, n) ? jx_arena_strndup(r->a, (const char *)r->p, n) : NULL;
    if (!s) return fail(r), NULL;
    r->p += n;
    *len = n;
    return s;
}

static const char *get_str(reader *r) {
    size_t len;
    return get_bytes(r, &len, 1);
}

static jx_pos get_pos(reader *r) {
    jx_pos p;
    p.ptr = get_str(r);
    p.line = get_int(r, 0, INT32_MAX);
    p.col = get_int(r, 0, INT32_MAX);
    return p;
}

/* A field of the type before it: the chain a compiled path has. */
static const jx_field *get_field(reader *r, int want_owner) {
    int owner = get_int(r, 0, JX_T_COUNT - 1);
    size_t len;
    const char *name = get_bytes(r, &len, 0);
    const jx_field *f = r->bad || (want_owner >= 0 && owner != want_owner) ? NULL : jx_bind_field((jx_vtype)owner, name, len);
    if (!f) fail(r);
    return f;
}

/* want: the kind the place needs (JX_V_LIST for `each`), or JX_V_ABSENT
 * for any. */
static void get_path(reader *r, jx_vkind want, jx_path *p) {
    memset(p, 0, sizeof *p);
    p->kind = (jx_path_kind)get_int(r, JX_PATH_FIELD, JX_PATH_CIRCLED);
    p->up = get_int(r, 0, JX_MAX_SCOPES - 1);
    size_t len;
    p->text = get_bytes(r, &len, 0);
    p->nfields = get_count(r, 8);
    if (r->bad || (p->kind == JX_PATH_FIELD) != (p->nfields > 0) || p->nfields > MAX_PATH_FIELDS) {
        fail(r);
        return;
    }
    const jx_field **fields = get_array(r, p->nfields, sizeof *fields);
    for (size_t i = 0; fields && i < p->nfields && !r->bad; i++)
        fields[i] = get_field(r, i ? (int)jx_field_type(fields[i - 1]) : -1);
    p->fields = fields;
    if (!r->bad && want != JX_V_ABSENT && jx_path_kind_of(p) != want) fail(r);
}

/* Sections lie inside the template and inside one another, no deeper
 * than the scopes a template can open. */
static void check_sections(reader *r, const jx_tpl *t) {
    size_t ends[JX_MAX_SCOPES];
    int depth = 0;
    for (size_t i = 0; i < t->nops && !r->bad; i++) {
        while (depth > 0 && i >= ends[depth - 1]) depth--;
        const jx_tpl_op *op = &t->ops[i];
        if (op->kind != JX_TPL_SECTION && op->kind != JX_TPL_INVERTED) continue;
        size_t limit = depth ? ends[depth - 1] : t->nops;
        if (op->end <= i || op->end > limit || depth == JX_MAX_SCOPES) fail(r);
        else ends[depth++] = op->end;
    }
}

static void get_tpl(reader *r, jx_tpl *t) {
    memset(t, 0, sizeof *t);
    jx_tpl_op *ops = get_list(r, 8, sizeof *ops, &t->nops);
    t->pos = get_pos(r);
    for (size_t i = 0; ops && i < t->nops && !r->bad; i++) {
        jx_tpl_op *op = &ops[i];
        op->kind = (jx_tpl_kind)get_int(r, JX_TPL_TEXT, JX_TPL_INVERTED);
        if (op->kind == JX_TPL_TEXT) {
            op->text = get_bytes(r, &op->len, 0);
            continue;
        }
        get_path(r, op->kind == JX_TPL_VALUE ? JX_V_TEXT : JX_V_ABSENT, &op->path);
        op->optional = get_flag(r);
        op->decimals = get_int(r, JX_TRIMMED, 20);
        op->end = get_u32(r);
    }
    t->ops = ops;
    check_sections(r, t);
}

static void get_cond(reader *r, jx_cond *c) {
    get_path(r, JX_V_ABSENT, &c->path);
    c->equals = get_str(r);
    c->negate = get_flag(r);
    if (c->equals && !r->bad && jx_path_kind_of(&c->path) != JX_V_TEXT) fail(r);
}

static void get_repeat(reader *r, jx_repeat *rep) {
    memset(rep, 0, sizeof *rep);
    rep->has_each = get_flag(r), rep->has_when = get_flag(r), rep->has_unless = get_flag(r);
    if (rep->has_each) get_path(r, JX_V_LIST, &rep->each), rep->each_pos = get_pos(r);
    if (rep->has_when) get_cond(r, &rep->when);
    if (rep->has_unless) get_cond(r, &rep->unless);
    rep->expect = get_str(r);
}

static void get_cell(reader *r, jx_cell *c) {
    c->text = get_str(r);
    c->row = get_int(r, 0, JX_MAX_TREE_TABLE_ROWS), c->col = get_int(r, 0, JX_MAX_TREE_TABLE_COLUMNS);
    c->rowspan = get_int(r, 1, JX_MAX_TREE_TABLE_ROWS), c->colspan = get_int(r, 1, JX_MAX_TREE_TABLE_COLUMNS);
    c->align = (jx_align)get_int(r, JX_ALIGN_AUTO, JX_ALIGN_DECIMAL);
    c->valign = (jx_valign)get_int(r, JX_VALIGN_MIDDLE, JX_VALIGN_BOTTOM);
    c->pos = get_pos(r);
}

static jx_lrow *get_rows(reader *r, int depth, size_t *n) {
    if (depth > JX_LAYOUT_MAX_NESTING) fail(r);
    jx_lrow *rows = get_list(r, 16, sizeof *rows, n);
    for (size_t i = 0; rows && i < *n && !r->bad; i++) {
        jx_lrow *row = &rows[i];
        get_repeat(r, &row->repeat);
        row->cells = get_list(r, 16, sizeof *row->cells, &row->ncells);
        for (size_t k = 0; row->cells && k < row->ncells && !r->bad; k++) {
            get_cell(r, &row->cells[k].cell);
            get_tpl(r, &row->cells[k].text);
            row->cells[k].has_merge = get_flag(r);
            get_tpl(r, &row->cells[k].merge);
        }
        row->rows = get_rows(r, depth + 1, &row->nrows);
        row->subhead = get_flag(r);
        row->pos = get_pos(r);
    }
    return rows;
}

static jx_table *get_table(reader *r) {
    jx_table *t = get_array(r, 1, sizeof *t);
    if (!t) return NULL;
    t->caption = get_str(r);
    t->ncolumns = get_count(r, 8);
    if (t->ncolumns == 0 || t->ncolumns > JX_MAX_TREE_TABLE_COLUMNS) fail(r);
    t->columns = get_array(r, t->ncolumns, sizeof *t->columns);
    for (size_t i = 0; t->columns && i < t->ncolumns && !r->bad; i++) {
        t->columns[i] = get_f64(r, 0, 1e6);
        if (!(t->columns[i] > 0)) fail(r);
    }
    t->header_rows = get_int(r, 0, 10), t->three_line = get_flag(r);
    t->widths = (jx_widths)get_int(r, JX_WIDTHS_PROPORTIONAL, JX_WIDTHS_FIT);
    t->size = get_f64(r, 0, MAX_SIZE_PT);
    return t;
}

static jx_chart *get_chart(reader *r) {
    jx_chart *c = get_array(r, 1, sizeof *c);
    if (!c) return NULL;
    c->caption = get_str(r), c->unit = get_str(r);
    c->max = get_f64(r, 0, 1e15);
    if (!(c->max > 0) || !c->unit) fail(r);
    return c;
}

static void get_block(reader *r, jx_block *k) {
    memset(k, 0, sizeof *k);
    k->type = (jx_block_type)get_int(r, JX_BLOCK_TITLE, JX_BLOCK_CHAPTER);
    k->level = get_int(r, 0, 4); /* 0: a group without a heading */
    k->text = get_str(r);
    k->restart = get_flag(r), k->turn = get_int(r, 0, 2);
    if (get_flag(r)) k->table = get_table(r);
    if (get_flag(r)) k->chart = get_chart(r);
    k->path = get_str(r);
    k->width_mm = get_f64(r, 0, 400);
    k->align = (jx_align)get_int(r, JX_ALIGN_AUTO, JX_ALIGN_DECIMAL);
    k->size = get_f64(r, 0, MAX_SIZE_PT);
    k->role = (jx_role)get_int(r, JX_ROLE_AUTO, JX_ROLE_COUNT - 1);
    k->bold = get_flag(r);
    k->indent = get_f64(r, -1, 10), k->space_before = get_f64(r, 0, 1000);
    k->unnumbered = get_flag(r), k->mark = get_flag(r), k->hanging = get_flag(r);
    k->pos = get_pos(r);
}

static const char *get_section(reader *r) {
    int n = 0;
    while (JX_TABLE_SECTIONS[n]) n++;
    int i = get_int(r, -1, n - 1);
    return i < 0 ? NULL : JX_TABLE_SECTIONS[i];
}

static jx_lblock *get_blocks(reader *r, int depth, size_t *n) {
    if (depth > JX_LAYOUT_MAX_NESTING) fail(r);
    jx_lblock *blocks = get_list(r, 64, sizeof *blocks, n);
    for (size_t i = 0; blocks && i < *n && !r->bad; i++) {
        jx_lblock *k = &blocks[i];
        get_block(r, &k->block);
        get_repeat(r, &k->repeat);
        get_tpl(r, &k->text);
        get_tpl(r, &k->caption);
        k->is_group = get_flag(r), k->is_chapter = get_flag(r), k->is_headed = get_flag(r);
        k->section = get_section(r);
        k->blocks = get_blocks(r, depth + 1, &k->nblocks);
        k->rows = get_rows(r, depth + 1, &k->nrows);
        if (k->block.type == JX_BLOCK_CHART && !k->is_group) {
            get_path(r, JX_V_LIST, &k->bars_each);
            get_path(r, JX_V_TEXT, &k->bar_value);
            get_tpl(r, &k->bar_label);
        }
    }
    return blocks;
}

static void get_page(reader *r, jx_doc_page *p) {
    p->landscape = get_flag(r);
    p->numbers = (jx_numbers)get_int(r, JX_NUMBERS_OUTER, JX_NUMBERS_NONE);
    p->first_number = get_int(r, 1, 9999);
    p->leading = get_f64(r, 0, 72), p->line_spacing = get_f64(r, 0, 3), p->paragraph_spacing = get_f64(r, 0, 72);
    p->grid = get_flag(r);
    p->kinsoku = (jx_kinsoku)get_int(r, JX_KINSOKU_DEFAULT, JX_KINSOKU_STRICT);
    p->header = get_str(r);
}

static void get_style(reader *r, jx_doc_style *s) {
    s->body = get_f64(r, 0, MAX_SIZE_PT), s->title = get_f64(r, 0, MAX_SIZE_PT), s->folio = get_f64(r, 0, MAX_SIZE_PT);
    s->top = get_f64(r, 0, 100), s->left = get_f64(r, 0, 100);
    s->width = get_f64(r, 0, 280), s->height = get_f64(r, 0, 280);
}

static void get_layout(reader *r, jx_layout *lay, uint64_t *source_hash) {
    if ((size_t)(r->end - r->p) < sizeof *source_hash) {
        fail(r);
        return;
    }
    memcpy(source_hash, r->p, sizeof *source_hash);
    r->p += sizeof *source_hash;
    lay->name = get_str(r), lay->description = get_str(r);
    lay->many = get_flag(r), lay->full_width = get_flag(r);
    lay->select = get_list(r, 16, sizeof *lay->select, &lay->nselect);
    for (size_t i = 0; lay->select && i < lay->nselect && !r->bad; i++) get_cond(r, &lay->select[i]);
    get_page(r, &lay->page);
    get_style(r, &lay->style);
    jx_tpl *meta[] = {&lay->title, &lay->author, &lay->subject, &lay->keywords, &lay->web_note};
    for (size_t i = 0; i < sizeof meta / sizeof meta[0]; i++) get_tpl(r, meta[i]);
    lay->defaults = get_list(r, 16, sizeof *lay->defaults, &lay->ndefaults);
    for (size_t i = 0; lay->defaults && i < lay->ndefaults && !r->bad; i++) {
        get_path(r, JX_V_TEXT, &lay->defaults[i].path);
        lay->defaults[i].text = get_str(r);
        if (!lay->defaults[i].text) fail(r);
    }
    lay->limits = get_list(r, 16, sizeof *lay->limits, &lay->nlimits);
    for (size_t i = 0; lay->limits && i < lay->nlimits && !r->bad; i++)
        get_path(r, JX_V_TEXT, &lay->limits[i].path), lay->limits[i].chars = get_int(r, 1, 1000000);
    lay->uniform = get_list(r, 16, sizeof *lay->uniform, &lay->nuniform);
    for (size_t i = 0; lay->uniform && i < lay->nuniform && !r->bad; i++) get_path(r, JX_V_TEXT, &lay->uniform[i]);
    lay->blocks = get_blocks(r, 0, &lay->nblocks);
    if (!lay->name || !lay->description || r->p != r->end) fail(r);
}

jx_layout *jx_layout_restore(const char *file, const unsigned char *data, size_t len, uint64_t *source_hash) {
    jx_layout *lay = calloc(1, sizeof *lay);
    reader r = {data, data + len, lay ? jx_arena_new() : NULL, 0};
    if (!r.a) return free(lay), NULL;
    lay->arena = r.a;
    lay->file = jx_arena_strdup(r.a, file);
    if (!lay->file) fail(&r);
    get_layout(&r, lay, source_hash);
    if (r.bad) return jx_layout_free(lay), NULL;
    return lay;
}

uint64_t jx_layout_compiled_format(void) {
    jx_hash h;
    jx_hash_init(&h);
    const size_t shape[] = {COMPILED_FORMAT, sizeof(jx_layout), sizeof(jx_lblock), sizeof(jx_lrow), sizeof(jx_block),
                            sizeof(jx_tpl_op), sizeof(jx_path), JX_T_COUNT, JX_BLOCK_CHAPTER, JX_ROLE_COUNT};
    jx_hash_add(&h, shape, sizeof shape);
    for (int t = 0; t < JX_T_COUNT; t++)
        for (size_t i = 0; jx_bind_field_at((jx_vtype)t, i); i++) {
            const jx_field *f = jx_bind_field_at((jx_vtype)t, i);
            jx_hash_add_str(&h, jx_field_name(f));
            const int kinds[] = {t, (int)jx_field_kind(f), (int)jx_field_type(f)};
            jx_hash_add(&h, kinds, sizeof kinds);
        }
    return jx_hash_final(&h);
}
