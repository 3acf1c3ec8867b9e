#define _GNU_SOURCE /* O_TMPFILE: a private file a kill cannot leave behind */
#include "workbook/export.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "base/limits.h"
#include "base/lazy_xlsxwriter.h"

#include "base/buf.h"
#include "base/enums.h"
#include "base/lazy_zip.h"
#include "base/package.h"
#include "base/utf8.h"
#include "json/leaves.h"
#include "workbook/shape.h"


typedef struct writer {
    lxw_workbook *wb;
    lxw_format *head, *text, *as_text, *decimals[11];
    jx_diags *d;
    const char *name;
    int failed;
} writer;

static __attribute__((format(printf, 2, 3))) int fail(writer *w, const char *fmt, ...) {
    if (w->failed) return -1;
    w->failed = 1;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    jx_diags_add(w->d, JX_ERROR, w->name, 0, 0, "", "%s", msg);
    return -1;
}

static void formats(writer *w) {
    w->head = workbook_add_format(w->wb);
    format_set_bold(w->head);
    format_set_bg_color(w->head, 0xDDEBF7);
    format_set_border(w->head, LXW_BORDER_THIN);
    format_set_text_wrap(w->head);
    format_set_align(w->head, LXW_ALIGN_VERTICAL_CENTER);
    w->text = workbook_add_format(w->wb);
    format_set_text_wrap(w->text);
    format_set_align(w->text, LXW_ALIGN_VERTICAL_TOP);
    w->as_text = workbook_add_format(w->wb); /* "@": a code typed here stays its digits */
    format_set_num_format(w->as_text, "@");
    format_set_align(w->as_text, LXW_ALIGN_VERTICAL_TOP);
    for (int k = 0; k <= 10; k++) {
        char code[16] = "0";
        if (k) snprintf(code, sizeof code, "0.%.*s", k, "0000000000");
        w->decimals[k] = workbook_add_format(w->wb);
        format_set_num_format(w->decimals[k], code);
        format_set_align(w->decimals[k], LXW_ALIGN_VERTICAL_TOP);
    }
}

/* A number keeps the decimals it was typed with (40.00 shows 40.00, and
 * reads back as 40.00): trailing zeros need a format; others show as
 * they are in General. */
static lxw_format *number_format(writer *w, const char *digits) {
    const char *point = strchr(digits, '.');
    if (!point) return NULL;
    size_t n = strlen(point + 1);
    if (n == 0 || point[n] != '0') return NULL;
    return w->decimals[n <= 10 ? n : 10];
}

/* A sheet as a clerk prints it: A4, as wide as one page, the header row
 * on every page. */
static void print_setup(lxw_worksheet *ws, int landscape, int header_row) {
    worksheet_set_paper(ws, 9);
    if (landscape) worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, (lxw_row_t)header_row, (lxw_row_t)header_row);
    worksheet_freeze_panes(ws, (lxw_row_t)(header_row + 1), 0);
}

/* The 栏目/内容/字段 header: 字段 (the pointer a row fills) is kept for the
 * reader but hidden from the clerk. */
static void info_header(writer *w, lxw_worksheet *ws, int narrative) {
    worksheet_write_string(ws, 0, 0, JX_INFO_LABEL, w->head);
    worksheet_write_string(ws, 0, 1, JX_INFO_VALUE, w->head);
    worksheet_write_string(ws, 0, 2, JX_INFO_POINTER, w->head);
    worksheet_set_column(ws, 0, 0, 22, NULL);
    worksheet_set_column(ws, 1, 1, narrative ? 90 : 50, NULL);
    lxw_row_col_options hidden = {1, 0, 0};
    worksheet_set_column_opt(ws, 2, 2, 30, NULL, &hidden);
    print_setup(ws, 0, 0);
}

/* A dropdown of an enumeration's Chinese words over a range; a code typed
 * instead is still read, so the check only informs. */
static void dropdown(lxw_worksheet *ws, int r1, int c1, int r2, int c2, const char *field) {
    char *words[32];
    size_t n = 0;
    for (const jx_enum_word *e = JX_ENUM_WORDS; e->code && n + 1 < sizeof words / sizeof words[0]; e++)
        if (strcmp(e->field, field) == 0) words[n++] = (char *)e->word;
    words[n] = NULL;
    lxw_data_validation v = {0};
    v.validate = LXW_VALIDATION_TYPE_LIST;
    v.value_list = words;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_INFORMATION;
    v.error_title = (char *)"不在列表中";
    v.error_message = (char *)"请从列表中选择；也可以填写 jixiao/1 的英文代码。";
    worksheet_data_validation_range(ws, (lxw_row_t)r1, (lxw_col_t)c1, (lxw_row_t)r2, (lxw_col_t)c2, &v);
}

/* An enumeration's code as the Chinese word a clerk reads and types. */
static const char *chinese(const jx_leaf *l) {
    const char *field = jx_shape_enum_field(l->pointer);
    const char *word = field ? jx_enum_word_of(field, l->text) : NULL;
    return word ? word : l->text;
}

static void write_leaf(writer *w, lxw_worksheet *ws, int row, int col, const jx_leaf *l) {
    lxw_error e = LXW_NO_ERROR;
    switch (l->kind) {
    case JX_LEAF_STRING:
        if (jx_utf8_count(l->text, strlen(l->text)) > JX_XLSX_MAX_CELL_TEXT) {
            fail(w, "%s: longer than a spreadsheet cell holds (32,767 characters)", l->pointer);
            return;
        }
        e = worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, chinese(l), w->text);
        break;
    case JX_LEAF_NUMBER: e = worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, strtod(l->text, NULL), number_format(w, l->text)); break;
    case JX_LEAF_TRUE:
    case JX_LEAF_FALSE: e = worksheet_write_boolean(ws, (lxw_row_t)row, (lxw_col_t)col, l->kind == JX_LEAF_TRUE, NULL); break;
    case JX_LEAF_EMPTY_ARRAY: e = worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, "[]", NULL); break;
    case JX_LEAF_EMPTY_OBJECT: e = worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, "{}", NULL); break;
    case JX_LEAF_NULL: fail(w, "%s: null has no cell to stand for it; leave the member out", l->pointer); return;
    }
    if (e != LXW_NO_ERROR) fail(w, "%s: %s", l->pointer, lxw_strerror(e));
}

/*** Where each leaf goes ***/

typedef enum { PLACE_INFO, PLACE_TEXT, PLACE_TABLE, PLACE_TREE, PLACE_FREE } place_kind;

/* "/funds/sources/3/name" under "/funds/sources": item 3, key "name". */
static int under_array(const char *pointer, const char *array, size_t *item, const char **key) {
    size_t n = strlen(array);
    if (strncmp(pointer, array, n) != 0 || pointer[n] != '/') return 0;
    char *end;
    unsigned long i = strtoul(pointer + n + 1, &end, 10);
    if (end == pointer + n + 1 || *end != '/') return 0;
    *item = i, *key = end + 1;
    return 1;
}

/* A free table's cell: "/tables/2/rows/3/1" or its "…/1/text", "…/1/colspan",
 * "…/1/rowspan"; an empty row "/tables/2/rows/3". */
static int free_cell(const char *pointer, size_t *table, size_t *row, long *cell, const char **member) {
    char *end;
    if (strncmp(pointer, "/tables/", 8) != 0) return 0;
    *table = strtoul(pointer + 8, &end, 10);
    if (end == pointer + 8 || strncmp(end, "/rows/", 6) != 0) return 0;
    const char *r = end + 6;
    *row = strtoul(r, &end, 10);
    if (end == r) return 0;
    *cell = -1, *member = "";
    if (!*end) return 1;
    if (*end != '/' || end[1] < '0' || end[1] > '9') return 0;
    *cell = strtol(end + 1, &end, 10);
    if (!*end) return 1;
    *member = end + 1;
    return strcmp(*member, "text") == 0 || strcmp(*member, "colspan") == 0 || strcmp(*member, "rowspan") == 0;
}

static place_kind place_of(const jx_leaf *l, size_t *table) {
    size_t item, row;
    long cell;
    const char *key;
    if (strncmp(l->pointer, "/scoring/indicators/", 20) == 0) return PLACE_TREE;
    if (free_cell(l->pointer, table, &row, &cell, &key) && *table < JX_EXPORT_MAX_FREE_TABLES) return PLACE_FREE;
    for (size_t t = 0; t < JX_NTABLES; t++)
        if (under_array(l->pointer, JX_TABLES[t].array, &item, &key)) return *table = t, PLACE_TABLE;
    return jx_shape_narrative(l->pointer, l->kind == JX_LEAF_STRING ? l->text : NULL) ? PLACE_TEXT : PLACE_INFO;
}

/*** 项目信息, 文字 ***/

static void info_sheet(writer *w, const jx_leaves *ls, place_kind which) {
    size_t count = 0, t;
    for (size_t i = 0; i < ls->count; i++) count += place_of(&ls->items[i], &t) == which;
    if (!count) return;
    lxw_worksheet *ws = workbook_add_worksheet(w->wb, which == PLACE_INFO ? JX_SHEET_INFO : JX_SHEET_TEXT);
    info_header(w, ws, which == PLACE_TEXT);
    int row = 1;
    for (size_t i = 0; i < ls->count && !w->failed; i++) {
        const jx_leaf *l = &ls->items[i];
        if (place_of(l, &t) != which) continue;
        char label[256];
        jx_shape_label(l->pointer, label, sizeof label);
        worksheet_write_string(ws, (lxw_row_t)row, 0, label, NULL);
        write_leaf(w, ws, row, 1, l);
        worksheet_write_string(ws, (lxw_row_t)row, 2, l->pointer, NULL);
        row++;
    }
}

/*** Tables ***/

typedef struct column_set {
    const char *header[JX_EXPORT_MAX_COLUMNS];
    const char *key[JX_EXPORT_MAX_COLUMNS];
    int level[JX_EXPORT_MAX_COLUMNS]; /* the tree: the group level a column is for, 0: the leaf's */
    int at[JX_EXPORT_MAX_COLUMNS];    /* the sheet's column of each, once placed */
    size_t n;
} column_set;

static int column_of(column_set *cs, const char *header, const char *key, int level) {
    for (size_t i = 0; i < cs->n; i++)
        if (cs->level[i] == level && strcmp(cs->key[i], key) == 0) return (int)i;
    if (cs->n == JX_EXPORT_MAX_COLUMNS) return -1;
    cs->header[cs->n] = header, cs->key[cs->n] = key, cs->level[cs->n] = level;
    return (int)cs->n++;
}

static const char *named_header(const jx_column *cols, size_t n, const char *key) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(cols[i].key, key) == 0) return cols[i].header;
    return NULL;
}

/* Where a column goes: each level's 指标 and 分值 first, the leaves'
 * named columns in the form's order, then the groups' scores, then what
 * only some inputs have, in the order met. */
static int column_rank(const column_set *cs, size_t i) {
    const char *k = cs->key[i];
    int lv = cs->level[i];
    if (lv && (strcmp(k, "name") == 0 || strcmp(k, "weight") == 0)) return lv * 10 + (k[0] == 'w');
    for (size_t j = 0; !lv && j < JX_NLEAF_COLUMNS; j++)
        if (strcmp(JX_LEAF_COLUMNS[j].key, k) == 0) return 100 + (int)j;
    if (lv && (strcmp(k, "score") == 0 || strcmp(k, "score_rate") == 0)) return 200 + lv * 10 + (k[5] == '_');
    return lv ? 300 + lv : 400;
}

static void place_columns(column_set *cs) {
    for (size_t i = 0; i < cs->n; i++) {
        int before = 0, r = column_rank(cs, i);
        for (size_t j = 0; j < cs->n; j++) {
            int q = column_rank(cs, j);
            before += q < r || (q == r && j < i);
        }
        cs->at[i] = before;
    }
}

static void header_row(writer *w, lxw_worksheet *ws, column_set *cs) {
    place_columns(cs);
    for (size_t c = 0; c < cs->n; c++) {
        lxw_col_t at = (lxw_col_t)cs->at[c];
        worksheet_write_string(ws, 0, at, cs->header[c], w->head);
        worksheet_set_column(ws, at, at, cs->level[c] ? 14 : 18, NULL);
    }
    print_setup(ws, cs->n > 6, 0);
}

static void table_sheet(writer *w, const jx_leaves *ls, size_t t) {
    const jx_table_shape *shape = &JX_TABLES[t];
    column_set cs = {{0}, {0}, {0}, {0}, 0};
    size_t tab, item;
    const char *key;
    int any = 0;
    jx_column cols[JX_SHAPE_MAX_COLUMNS];
    size_t ncols = jx_shape_columns(shape, cols, JX_SHAPE_MAX_COLUMNS);
    for (size_t k = 0; k < ncols; k++) column_of(&cs, cols[k].header, cols[k].key, 0);
    for (size_t i = 0; i < ls->count; i++)
        if (place_of(&ls->items[i], &tab) == PLACE_TABLE && tab == t && under_array(ls->items[i].pointer, shape->array, &item, &key)) {
            any = 1;
            const char *h = named_header(cols, ncols, key);
            if (column_of(&cs, h ? h : key, key, 0) < 0) {
                fail(w, "%s: more than %d columns", shape->sheet, JX_EXPORT_MAX_COLUMNS);
                return;
            }
        }
    if (!any) return;
    lxw_worksheet *ws = workbook_add_worksheet(w->wb, shape->sheet);
    header_row(w, ws, &cs);
    for (size_t i = 0; i < ls->count && !w->failed; i++)
        if (place_of(&ls->items[i], &tab) == PLACE_TABLE && tab == t && under_array(ls->items[i].pointer, shape->array, &item, &key))
            write_leaf(w, ws, (int)item + 1, cs.at[column_of(&cs, key, key, 0)], &ls->items[i]);
}

/*** 表格1, 表格2 …: a free table as the block of cells it prints ***/

typedef struct free_cell_t {
    size_t row;
    long cell;
    const jx_leaf *text;
    int colspan, rowspan;
} free_cell_t;

/* Cells go left to right into the first free column, as the input
 * places them (HTML's rule), so the sheet shows the table as printed. */
static void free_sheet(writer *w, const jx_leaves *ls, size_t table) {
    size_t n = 0, nrows = 0, t, row;
    long cell;
    const char *member;
    free_cell_t *cells = calloc(ls->count + 1, sizeof *cells);
    if (!cells) {
        fail(w, "out of memory");
        return;
    }
    for (size_t i = 0; i < ls->count; i++) {
        const jx_leaf *l = &ls->items[i];
        if (place_of(l, &t) != PLACE_FREE || t != table || !free_cell(l->pointer, &t, &row, &cell, &member)) continue;
        if (row + 1 > nrows) nrows = row + 1;
        if (cell < 0) continue;
        /* a cell's members are adjacent leaves, rows and cells in order */
        if (!n || cells[n - 1].row != row || cells[n - 1].cell != cell) cells[n++] = (free_cell_t){row, cell, NULL, 1, 1};
        free_cell_t *c = &cells[n - 1];
        if (!*member || strcmp(member, "text") == 0) c->text = l;
        else if (strcmp(member, "colspan") == 0) c->colspan = atoi(l->text ? l->text : "1");
        else c->rowspan = atoi(l->text ? l->text : "1");
    }
    char name[32];
    snprintf(name, sizeof name, "%s%zu", JX_SHEET_FREE, table + 1);
    lxw_worksheet *ws = n ? workbook_add_worksheet(w->wb, name) : NULL;
    size_t cols = JX_MAX_FREE_COLUMNS, used = 1;
    unsigned char *taken = ws && nrows <= JX_MAX_FREE_ROWS ? calloc(nrows * cols, 1) : NULL;
    if (ws && !taken) fail(w, "%s: more than %d rows", name, JX_MAX_FREE_ROWS);
    size_t col = 0;
    for (size_t i = 0; taken && i < n && !w->failed; i++) {
        const free_cell_t *c = &cells[i];
        size_t r = c->row;
        if (i == 0 || cells[i - 1].row != r) col = 0;
        while (col < cols && taken[r * cols + col]) col++;
        int cs = c->colspan < 1 ? 1 : c->colspan, rs = c->rowspan < 1 ? 1 : c->rowspan;
        if (col + (size_t)cs > cols || r + (size_t)rs > nrows) {
            fail(w, "%s: a cell outside the table (row %zu)", name, r + 1);
            break;
        }
        for (size_t dr = 0; dr < (size_t)rs; dr++) memset(taken + (r + dr) * cols + col, 1, (size_t)cs);
        if (cs > 1 || rs > 1)
            worksheet_merge_range(ws, (lxw_row_t)r, (lxw_col_t)col, (lxw_row_t)(r + (size_t)rs - 1),
                                  (lxw_col_t)(col + (size_t)cs - 1), "", w->text);
        if (c->text) write_leaf(w, ws, (int)r, (int)col, c->text);
        col += (size_t)cs;
        if (col > used) used = col;
    }
    if (ws) {
        worksheet_set_column(ws, 0, (lxw_col_t)(used - 1), 16, NULL);
        print_setup(ws, 1, 0);
    }
    free(taken);
    free(cells);
}

/*** 绩效指标 ***/

typedef struct tnode {
    const char *path; /* "/scoring/indicators/0/children/2" */
    size_t path_len;
    int depth, parent, leaf;
    int first_row, last_row;
} tnode;

/* The node a tree leaf belongs to and its field's relative pointer. */
static int split_tree(const char *pointer, size_t *path_len, int *depth, const char **field) {
    const char *p = pointer + strlen("/scoring/indicators");
    int d = 0;
    for (;;) {
        char *end;
        if (*p != '/') return -1;
        strtoul(p + 1, &end, 10);
        if (end == p + 1 || *end != '/') return -1;
        d++;
        p = end;
        if (strncmp(p, "/children/", 10) == 0 && p[10] >= '0' && p[10] <= '9') {
            p += 9;
            continue;
        }
        *path_len = (size_t)(p - pointer), *depth = d, *field = p + 1;
        return 0;
    }
}

static int find_node(const tnode *nodes, size_t n, const char *pointer, size_t len) {
    for (size_t i = n; i-- > 0;)
        if (nodes[i].path_len == len && strncmp(nodes[i].path, pointer, len) == 0) return (int)i;
    return -1;
}

static void tree_sheet(writer *w, const jx_leaves *ls) {
    size_t cap = 64, n = 0, t;
    tnode *nodes = malloc(cap * sizeof *nodes);
    if (!nodes) {
        fail(w, "out of memory");
        return;
    }
    for (size_t i = 0; i < ls->count && !w->failed; i++) {
        const jx_leaf *l = &ls->items[i];
        size_t len;
        int depth;
        const char *field;
        if (place_of(l, &t) != PLACE_TREE) continue;
        if (split_tree(l->pointer, &len, &depth, &field)) continue;
        if (depth > JX_TREE_LEVELS) fail(w, "%s: more than four levels of indicators", l->pointer);
        if (find_node(nodes, n, l->pointer, len) >= 0) continue;
        if (n == cap) {
            tnode *more = realloc(nodes, (cap *= 2) * sizeof *more);
            if (!more) break;
            nodes = more;
        }
        /* the parent: the last node one level up whose path is a prefix */
        int parent = -1;
        for (size_t k = n; k-- > 0 && parent < 0;)
            if (nodes[k].depth == depth - 1 && strncmp(nodes[k].path, l->pointer, nodes[k].path_len) == 0) parent = (int)k;
        nodes[n] = (tnode){l->pointer, len, depth, parent, 1, -1, -1};
        if (parent >= 0) nodes[parent].leaf = 0;
        n++;
    }
    if (!n || w->failed) {
        free(nodes);
        return;
    }
    /* rows: one per leaf, in order; each node spans its leaves' rows */
    int row = 1, maxdepth = 0;
    for (size_t i = 0; i < n; i++) {
        if (nodes[i].depth > maxdepth) maxdepth = nodes[i].depth;
        if (!nodes[i].leaf) continue;
        for (int k = (int)i; k >= 0; k = nodes[k].parent) {
            if (nodes[k].first_row < 0) nodes[k].first_row = row;
            nodes[k].last_row = row;
        }
        row++;
    }
    column_set cs = {{0}, {0}, {0}, {0}, 0};
    char heads[JX_TREE_LEVELS][4][32];
    for (int lv = 0; lv < maxdepth; lv++)
        for (size_t k = 0; k < 2; k++) { /* 指标 and 分值 for every level the tree has */
            snprintf(heads[lv][k], sizeof heads[lv][k], "%s%s", JX_LEVEL_WORDS[lv], JX_GROUP_COLUMNS[k].header);
            column_of(&cs, heads[lv][k], JX_GROUP_COLUMNS[k].key, lv + 1);
        }
    /* the other columns as the values need them: a group's at its level, a leaf's shared */
    for (size_t i = 0; i < ls->count; i++) {
        size_t len;
        int depth;
        const char *field;
        if (place_of(&ls->items[i], &t) != PLACE_TREE || split_tree(ls->items[i].pointer, &len, &depth, &field)) continue;
        int node = find_node(nodes, n, ls->items[i].pointer, len);
        int group_field = node >= 0 && (!nodes[node].leaf || strcmp(field, "name") == 0 || strcmp(field, "weight") == 0);
        if (group_field) {
            const char *h = named_header(JX_GROUP_COLUMNS, JX_NGROUP_COLUMNS, field);
            char *text = jx_arena_printf(ls->arena, h ? "%s%s" : "%s/%s", JX_LEVEL_WORDS[depth - 1], h ? h : field);
            if (!text || column_of(&cs, text, field, depth) < 0) {
                free(nodes);
                fail(w, "绩效指标: too many columns");
                return;
            }
        } else {
            const char *h = named_header(JX_LEAF_COLUMNS, JX_NLEAF_COLUMNS, field);
            if (column_of(&cs, h ? h : field, field, 0) < 0) {
                free(nodes);
                fail(w, "绩效指标: too many columns");
                return;
            }
        }
    }
    lxw_worksheet *ws = workbook_add_worksheet(w->wb, JX_SHEET_TREE);
    header_row(w, ws, &cs);
    for (size_t i = 0; i < ls->count && !w->failed; i++) {
        const jx_leaf *l = &ls->items[i];
        size_t len;
        int depth;
        const char *field;
        if (place_of(l, &t) != PLACE_TREE || split_tree(l->pointer, &len, &depth, &field)) continue;
        const tnode *nd = &nodes[find_node(nodes, n, l->pointer, len)];
        int group_field = !nd->leaf || strcmp(field, "name") == 0 || strcmp(field, "weight") == 0;
        int col = cs.at[column_of(&cs, field, field, group_field ? depth : 0)];
        /* a group's value spans its rows: merged, as the forms print it */
        if (!nd->leaf && nd->last_row > nd->first_row) {
            worksheet_merge_range(ws, (lxw_row_t)nd->first_row, (lxw_col_t)col, (lxw_row_t)nd->last_row, (lxw_col_t)col, "",
                                  w->text);
        }
        write_leaf(w, ws, nd->first_row, col, l);
    }
    free(nodes);
}

/*** The workbook ***/

static int make_book(writer *w, const char *path, const jx_leaves *ls, const char *title) {
    lxw_workbook_options opt = {0, NULL, 0};
    w->wb = workbook_new_opt(path, &opt);
    if (!w->wb) return fail(w, "cannot make a workbook");
    formats(w);
    lxw_doc_properties props = {0};
    props.title = (char *)(title ? title : "");
    props.comments = (char *)"jixiao/1 input as a workbook (docs/workbook-format.md)";
    props.created = 315532800; /* 1980-01-01: the same bytes for the same input */
    workbook_set_properties(w->wb, &props);
    if (ls) {
        info_sheet(w, ls, PLACE_INFO);
        for (size_t t = 0; t < JX_NTABLES; t++) table_sheet(w, ls, t);
        tree_sheet(w, ls);
        for (size_t t = 0; t < JX_EXPORT_MAX_FREE_TABLES; t++) free_sheet(w, ls, t);
        info_sheet(w, ls, PLACE_TEXT);
    }
    return 0;
}

/* A private file for libxlsxwriter (which writes only to a named file):
 * an unnamed one (O_TMPFILE) it reaches through /proc/self/fd, which a kill
 * cannot leave behind; where the file system has none, a named one,
 * removed when read. *fd: the unnamed file's, else -1. */
static int private_file(char *path, size_t size, int *fd) {
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir) dir = "/tmp";
    *fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (*fd >= 0) return snprintf(path, size, "/proc/self/fd/%d", *fd), 0;
    snprintf(path, size, "%s/jixiao-book-XXXXXX", dir);
    int named = mkstemp(path);
    return named < 0 ? -1 : close(named);
}

/* A sheet's XML with each number written as the shortest text that reads
 * back as the same double: libxlsxwriter prints 16 significant digits, so
 * 84.65 would land as 84.65000000000001 — the same value to Excel, not to
 * pandas, openpyxl or a reviewer reading the file. */
static void shortest_values(const char *xml, size_t len, jx_buf *out) {
    const char *end = xml + len, *p = xml;
    for (const char *v; (v = memmem(p, (size_t)(end - p), "<v>", 3)) != NULL;) {
        const char *close = memmem(v + 3, (size_t)(end - v - 3), "</v>", 4);
        if (!close) break;
        jx_buf_put(out, p, (size_t)(v + 3 - p));
        char token[64], shortest[64];
        size_t n = (size_t)(close - v - 3);
        const char *value = v + 3;
        if (n < sizeof token && memchr(value, '.', n)) {
            memcpy(token, value, n), token[n] = '\0';
            char *stop;
            double d = strtod(token, &stop);
            for (int digits = 15; digits <= 17 && !*stop; digits++) {
                snprintf(shortest, sizeof shortest, "%.*G", digits, d);
                if (strtod(shortest, NULL) == d) break;
            }
            if (!*stop && strlen(shortest) < n) value = shortest, n = strlen(shortest);
        }
        jx_buf_put(out, value, n);
        p = close;
    }
    jx_buf_put(out, p, (size_t)(end - p));
}

/* libxlsxwriter's package again, its sheets' numbers at their shortest. */
static unsigned char *repack(writer *w, const unsigned char *bytes, size_t len, size_t *out_len) {
    char why[256];
    jx_package *pkg = jx_package_new(why, sizeof why);
    if (!pkg) return fail(w, "%s", why), NULL;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
    zip_t *zip = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : NULL;
    zip_error_fini(&ze);
    if (!zip && src) zip_source_free(src);
    zip_int64_t count = zip ? zip_get_num_entries(zip, 0) : -1;
    for (zip_int64_t i = 0; i < count; i++) {
        const char *name = zip_get_name(zip, (zip_uint64_t)i, 0);
        zip_stat_t st;
        zip_file_t *f = name && zip_stat_index(zip, (zip_uint64_t)i, 0, &st) == 0 ? zip_fopen_index(zip, (zip_uint64_t)i, 0) : NULL;
        char *part = f && (st.valid & ZIP_STAT_SIZE) ? malloc(st.size + 1) : NULL;
        zip_int64_t got = part ? zip_fread(f, part, st.size) : -1;
        if (f) zip_fclose(f);
        if (got < 0 || (zip_uint64_t)got != st.size) {
            free(part);
            jx_package_add(pkg, "", NULL, 0);
            break;
        }
        if (strncmp(name, "xl/worksheets/", 14) == 0) {
            jx_buf b;
            jx_buf_init(&b, 256u << 20);
            shortest_values(part, st.size, &b);
            free(part);
            size_t n = b.len;
            part = jx_buf_take(&b);
            st.size = n;
        }
        jx_package_add(pkg, name, part, st.size);
    }
    if (zip) zip_discard(zip);
    if (count < 0) jx_package_add(pkg, "", NULL, 0);
    unsigned char *out = jx_package_finish(pkg, out_len);
    if (!out) fail(w, "cannot write the workbook's package");
    return out;
}

/* libxlsxwriter writes to a file: a private one, read back and written
 * whole to the target (render/output.h's guarantee, here by the caller). */
static unsigned char *book_bytes(writer *w, const jx_leaves *ls, const char *title,
                                 void (*extra)(writer *, void *), void *ctx, size_t *len) {
    char why[256];
    if (jx_lazy_xlsxwriter_load(why, sizeof why)) {
        fail(w, "%s", why);
        return NULL;
    }
    char path[4096];
    int unnamed;
    if (private_file(path, sizeof path, &unnamed) != 0) {
        fail(w, "cannot make a temporary file: %s", strerror(errno));
        return NULL;
    }
    unsigned char *bytes = NULL;
    if (make_book(w, path, ls, title) == 0) {
        if (extra && !w->failed) extra(w, ctx);
        lxw_error e = workbook_close(w->wb);
        if (e != LXW_NO_ERROR) fail(w, "%s", lxw_strerror(e));
        FILE *f = w->failed ? NULL : fopen(path, "rb");
        jx_buf b;
        jx_buf_init(&b, 256u << 20);
        if (f) jx_buf_read(&b, f), fclose(f);
        size_t written = b.len;
        unsigned char *raw = (unsigned char *)jx_buf_take(&b);
        if (!raw && !w->failed) fail(w, "cannot read the workbook back");
        bytes = raw ? repack(w, raw, written, len) : NULL;
        free(raw);
    }
    if (unnamed >= 0) close(unnamed);
    else unlink(path);
    return bytes;
}

int jx_workbook_export(const char *name, const unsigned char *data, size_t len, unsigned char **out, size_t *out_len,
                       jx_diags *d) {
    jx_leaves *ls = jx_json_leaves(name, data, len, d);
    if (!ls) return -1;
    writer w = {0};
    w.d = d, w.name = name;
    const char *title = NULL;
    for (size_t i = 0; i < ls->count; i++)
        if (strcmp(ls->items[i].pointer, "/subject/name") == 0) title = ls->items[i].text;
    *out = book_bytes(&w, ls, title, NULL, NULL, out_len);
    jx_leaves_free(ls);
    if (w.failed) free(*out), *out = NULL;
    return *out ? 0 : -1;
}

/*** The template ***/

static const char *const INSTRUCTIONS[] = {
    "jixiao 工作簿：一个文件填写一个项目（或部门）的数据，jixiao render 工作簿.xlsx 直接生成文档。",
    "每张工作表第一行是表头，表头文字就是字段名，列的顺序可以调整，空行会被忽略。",
    "项目信息、文字：每行一个栏目，“内容”列填写，“字段”列已给出，不要改动；不需要的栏目留空即可。",
    "资金来源、绩效目标、评价人员：每行一项。",
    "绩效指标：每个末级指标一行；一级、二级指标可以合并单元格，也可以每行重复填写或留空表示同上。",
    "分值、得分、金额填数字；以文本格式输入的数字同样有效。得分率、执行率可以填 86 或 86%。日期写成 2023-05-31、2023年5月31日 或 2023-05。",
    "评价类型、评分方法等从下拉列表中选择中文名称（如 单位自评、手工评分、比率）。编码列是文本格式，长编码不会丢位。",
    "上级指标的分值可以不填，由下级指标分值合计。",
    "以“示例”开头的工作表是填写示例，不会被读入。",
};

static void validate_numbers(lxw_worksheet *ws, int col) {
    lxw_data_validation v = {0};
    v.validate = LXW_VALIDATION_TYPE_DECIMAL;
    v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
    v.value_number = 0;
    v.error_title = (char *)"需要数字";
    v.error_message = (char *)"请填写不小于 0 的数字。";
    worksheet_data_validation_range(ws, 1, (lxw_col_t)col, 2000, (lxw_col_t)col, &v);
}

static int numeric(const char *key) {
    jx_read_as kind = jx_shape_field_kind(key);
    return kind == JX_FIELD_NUMBER || kind == JX_FIELD_PERCENT;
}

/* A table sheet's header row and what each column takes: numbers checked,
 * codes kept as text, enumerations offered as a dropdown. */
static void headers_of(writer *w, lxw_worksheet *ws, const jx_column *cols, size_t n) {
    for (size_t k = 0; k < n; k++) {
        lxw_col_t c = (lxw_col_t)k;
        worksheet_write_string(ws, 0, c, cols[k].header, w->head);
        jx_read_as kind = jx_shape_field_kind(cols[k].key);
        int wide = strcmp(cols[k].key, "criteria") == 0 || strcmp(cols[k].key, "note") == 0 ||
                   strcmp(cols[k].key, "analysis") == 0 || strcmp(cols[k].key, "deviation") == 0;
        worksheet_set_column(ws, c, c, numeric(cols[k].key) ? 9 : wide ? 30 : 16, kind == JX_FIELD_LABEL ? w->as_text : NULL);
        if (numeric(cols[k].key)) validate_numbers(ws, (int)k);
        if (strcmp(cols[k].key, "method") == 0) dropdown(ws, 1, (int)k, 2000, (int)k, "method");
    }
    print_setup(ws, n > 6, 0);
}

static const jx_column TREE_TEMPLATE[] = {
    {"一级指标", "name"}, {"一级分值", "weight"}, {"二级指标", "name"}, {"二级分值", "weight"},
    {"三级指标", "name"}, {"三级分值", "weight"}, {"指标值", "target"},  {"实际完成值", "actual"},
    {"得分", "score"},    {"评分方法", "method"}, {"评分标准", "criteria"}, {"扣分原因", "note"},
    {"指标分析", "analysis"}};

/* Two 一级 groups with their leaves: how the sheet is filled. */
/* An example sheet: the headers, then rows of texts under them (numbers
 * as numbers where the column holds numbers). */
static lxw_worksheet *example_sheet(writer *w, const char *name, const jx_column *cols, size_t ncols,
                                    const char *const *rows, size_t nrows) {
    lxw_worksheet *ws = workbook_add_worksheet(w->wb, name);
    headers_of(w, ws, cols, ncols);
    for (size_t r = 0; r < nrows; r++)
        for (size_t c = 0; c < ncols; c++) {
            const char *text = rows[r * ncols + c];
            if (!text[0]) continue;
            if (numeric(cols[c].key))
                worksheet_write_number(ws, (lxw_row_t)(r + 1), (lxw_col_t)c, strtod(text, NULL), NULL);
            else
                worksheet_write_string(ws, (lxw_row_t)(r + 1), (lxw_col_t)c, text, NULL);
        }
    return ws;
}

static void tree_example(writer *w) {
    static const char *const rows[][13] = {
        {"决策", "20", "项目立项", "6", "立项依据充分性", "3", "", "", "3", "manual", "依据充分得满分", "", ""},
        {"决策", "20", "项目立项", "6", "立项程序规范性", "3", "", "", "3", "manual", "程序规范得满分", "", ""},
        {"决策", "20", "绩效目标", "14", "绩效目标合理性", "14", "", "", "12", "manual", "", "目标细化不足，扣2分", ""},
        {"产出", "80", "产出数量", "80", "检验批次完成率", "80", "100%", "98%", "78.4", "ratio", "完成率×分值", "", ""}};
    lxw_worksheet *ws = example_sheet(w, "示例-绩效指标", TREE_TEMPLATE, sizeof TREE_TEMPLATE / sizeof TREE_TEMPLATE[0],
                                      &rows[0][0], sizeof rows / sizeof rows[0]);
    /* 决策 and its 20 merged over its three rows, as forms print them */
    worksheet_merge_range(ws, 1, 0, 3, 0, "决策", w->text);
    worksheet_merge_range(ws, 1, 1, 3, 1, "", w->text);
    worksheet_write_number(ws, 1, 1, 20, NULL);
    worksheet_merge_range(ws, 1, 2, 2, 2, "项目立项", w->text);
    worksheet_merge_range(ws, 1, 3, 2, 3, "", w->text);
    worksheet_write_number(ws, 1, 3, 6, NULL);
}

/* The goal table of a published 自评表 (枣庄, 知识产权维权援助, 2022), as a
 * goal form's 绩效目标 sheet holds it. */
static void goals_example(writer *w, const jx_table_shape *goals) {
    static const char *const rows[][12] = {
        {"产出指标", "数量指标", "知识产权维权援助次数", "15", "20 次", "20 次", "15", "比率", "", "", "", ""},
        {"产出指标", "时效指标", "按时开展知识产权维权援助工作", "10", "按时", "按时", "10", "", "", "", "", ""},
        {"产出指标", "质量指标", "维护知识产权覆盖率", "5", "100%", "100%", "5", "比率", "", "", "", ""},
        {"满意度指标", "社会公众或服务对象满意度", "社会各界对专利市场秩序的满意度", "10", "95%", "95%", "10", "比率", "", "", "", ""}};
    jx_column cols[JX_SHAPE_MAX_COLUMNS];
    size_t ncols = jx_shape_columns(goals, cols, JX_SHAPE_MAX_COLUMNS);
    /* the rows are written for shape.c's twelve goal columns */
    if (ncols == sizeof rows[0] / sizeof rows[0][0])
        example_sheet(w, "示例-绩效目标", cols, ncols, &rows[0][0], sizeof rows / sizeof rows[0]);
}

static void info_template(writer *w, const char *sheet, int narrative) {
    lxw_worksheet *ws = workbook_add_worksheet(w->wb, sheet);
    info_header(w, ws, narrative);
    static const char *const texts[] = {"/subject/overview", "/subject/background", "/subject/purpose", "/subject/content",
                                        "/subject/organization", "/subject/funds_usage", "/subject/implementation",
                                        "/subject/performance", "/evaluation/purpose", "/evaluation/object", "/evaluation/scope",
                                        "/evaluation/methods", "/findings/conclusion", "/findings/experience",
                                        "/findings/problems/0/title", "/findings/problems/0/detail", "/findings/suggestions/0/title",
                                        "/findings/suggestions/0/detail", "/findings/application", NULL};
    const char *const *fields = narrative ? texts : JX_INFO_FIELDS;
    for (int i = 0; fields[i]; i++) {
        char label[256];
        lxw_row_t row = (lxw_row_t)(i + 1);
        jx_shape_label(fields[i], label, sizeof label);
        worksheet_write_string(ws, row, 0, label, NULL);
        const char *field = jx_shape_enum_field(fields[i]);
        if (strcmp(fields[i], "/format") == 0) worksheet_write_string(ws, row, 1, "jixiao/1", NULL);
        else if (jx_shape_field_kind(fields[i]) == JX_FIELD_LABEL) worksheet_write_blank(ws, row, 1, w->as_text);
        else if (field) dropdown(ws, (int)row, 1, (int)row, 1, field);
        worksheet_write_string(ws, row, 2, fields[i], NULL);
    }
}

static void template_sheets(writer *w, void *ctx) {
    static const jx_template_parts every = {1, 1, 1, 1};
    const jx_template_parts *parts = ctx ? ctx : &every;
    lxw_worksheet *help = workbook_add_worksheet(w->wb, "填写说明");
    worksheet_set_column(help, 0, 0, 110, w->text);
    worksheet_set_paper(help, 9);
    worksheet_fit_to_pages(help, 1, 0);
    for (size_t i = 0; i < sizeof INSTRUCTIONS / sizeof INSTRUCTIONS[0]; i++)
        worksheet_write_string(help, (lxw_row_t)i, 0, INSTRUCTIONS[i], NULL);
    info_template(w, JX_SHEET_INFO, 0);
    for (size_t t = 0; t < JX_NTABLES; t++) {
        const jx_table_shape *s = &JX_TABLES[t];
        int wanted = strcmp(s->array, "/goals/indicators") == 0    ? parts->goals
                     : strcmp(s->array, "/evaluation/team") == 0   ? parts->team
                     : strncmp(s->array, "/evaluation/", 12) == 0 ? parts->report
                                                                    : 1;
        jx_column cols[JX_SHAPE_MAX_COLUMNS];
        size_t ncols = jx_shape_columns(s, cols, JX_SHAPE_MAX_COLUMNS);
        if (wanted) headers_of(w, workbook_add_worksheet(w->wb, s->sheet), cols, ncols);
        if (wanted && strcmp(s->array, "/goals/indicators") == 0) goals_example(w, s);
    }
    if (parts->tree) {
        headers_of(w, workbook_add_worksheet(w->wb, JX_SHEET_TREE), TREE_TEMPLATE,
                   sizeof TREE_TEMPLATE / sizeof TREE_TEMPLATE[0]);
        tree_example(w);
    }
    if (parts->report) info_template(w, JX_SHEET_TEXT, 1);
}

int jx_workbook_template(const jx_template_parts *parts, unsigned char **out, size_t *out_len, jx_diags *d) {
    writer w = {0};
    w.d = d, w.name = "jixiao template";
    *out = book_bytes(&w, NULL, "jixiao 工作簿", template_sheets, (void *)parts, out_len);
    if (w.failed) free(*out), *out = NULL;
    return *out ? 0 : -1;
}

/*** A document's tables as a workbook (the 汇总表, for bureaus to re-sort) ***/

/* A cell's text as a number when it is one as printed: 92.35, 1,234.5,
 * 99.50% (the fraction, shown as a percentage). The value is read from the
 * digits with the point moved, so 84.65 is the double nearest 84.65 and
 * 99.55% the one nearest 0.9955, never a quotient's neighbour. */
static int printed_number(const char *text, double *value, int *decimals, int *percent) {
    char digits[64];
    size_t n = strlen(text), w = 0;
    *percent = n > 1 && text[n - 1] == '%';
    if (*percent) n--;
    int point = 0, seen = 0;
    *decimals = 0;
    for (size_t i = 0; i < n; i++) {
        char c = text[i];
        if (c == '-' && i == 0) {
        } else if (c >= '0' && c <= '9') {
            seen = 1;
            *decimals += point;
        } else if (c == '.' && !point && seen) {
            point = 1;
        } else if (c == ',' && seen && !point) {
            continue;
        } else {
            return 0;
        }
        if (w + 1 >= sizeof digits) return 0;
        digits[w++] = c;
    }
    digits[w] = '\0';
    if (!seen || digits[w - 1] == '.') return 0;
    char scaled[80];
    snprintf(scaled, sizeof scaled, "%se%s", digits, *percent ? "-2" : "0");
    *value = strtod(scaled, NULL);
    return 1;
}

typedef struct doc_sheet {
    const jx_document *doc;
    lxw_format *title, *note, *wrap, *percent[5];
    double width[JX_EXPORT_MAX_COLUMNS]; /* each column's widest text, in characters */
} doc_sheet;

/* Display width in character cells: a Chinese character is two. */
static double text_width(const char *text) {
    double w = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if (*p < 0x80) w += *p == '\n' ? 0 : 1;
        else if ((*p & 0xC0) != 0x80) w += 2;
    return w;
}

static void doc_cell(writer *w, doc_sheet *ds, lxw_worksheet *ws, int row, int col, const jx_cell *c, lxw_format *head) {
    double v;
    int decimals, percent;
    const char *text = c->text ? c->text : "";
    if (!head && printed_number(text, &v, &decimals, &percent)) {
        lxw_format *f = percent ? ds->percent[decimals < 4 ? decimals : 4] : w->decimals[decimals < 10 ? decimals : 10];
        worksheet_write_number(ws, (lxw_row_t)row, (lxw_col_t)col, v, f);
    } else {
        worksheet_write_string(ws, (lxw_row_t)row, (lxw_col_t)col, text, head ? head : ds->wrap);
    }
    if (col < JX_EXPORT_MAX_COLUMNS && c->colspan <= 1 && text_width(text) > ds->width[col]) ds->width[col] = text_width(text);
}

/* A table from row on: header cells as printed (merged among themselves),
 * body cells unmerged — a spanned value in each cell it spans — so that
 * the rows sort and filter. Returns the row after it. */
static int doc_table(writer *w, doc_sheet *ds, lxw_worksheet *ws, int row, const jx_table *t) {
    if (t->caption) worksheet_write_string(ws, (lxw_row_t)row++, 0, t->caption, ds->note);
    for (size_t i = 0; i < t->ncells; i++) {
        const jx_cell *c = &t->cells[i];
        int r = row + c->row, header = c->row < t->header_rows;
        lxw_format *head = header ? w->head : NULL;
        if (header && (c->rowspan > 1 || c->colspan > 1))
            worksheet_merge_range(ws, (lxw_row_t)r, (lxw_col_t)c->col, (lxw_row_t)(r + c->rowspan - 1),
                                  (lxw_col_t)(c->col + c->colspan - 1), "", head);
        for (int dr = 0; dr < (header ? 1 : c->rowspan); dr++)
            for (int dc = 0; dc < (header ? 1 : c->colspan); dc++) doc_cell(w, ds, ws, r + dr, c->col + dc, c, head);
    }
    return row + t->nrows;
}

/* A line of text above or below the tables, in column A unmerged: it
 * shows across the empty cells beside it and stays out of the sorted range. */
static int doc_lines(lxw_worksheet *ws, int row, const char *text, lxw_format *f) {
    for (const char *p = text; p && *p;) {
        const char *nl = strchr(p, '\n');
        char line[4096];
        snprintf(line, sizeof line, "%.*s", (int)(nl ? (size_t)(nl - p) : strlen(p)), p);
        worksheet_write_string(ws, (lxw_row_t)row++, 0, line, f);
        p = nl ? nl + 1 : NULL;
    }
    return row;
}

/* The sheet's name: 汇总表 for a 汇总表, else the title without its year,
 * cut to the 31 characters a sheet name holds. */
static void sheet_name(const char *title, char *out, size_t size) {
    const char *t = title ? title : "";
    const char *year = strstr(t, "年度");
    if (year && year - t <= 4) t = year + strlen("年度");
    if (strstr(t, "汇总表")) t = "汇总表";
    size_t w = 0, chars = 0;
    for (const char *p = t; *p && chars < 31 && w + 5 < size; chars++) {
        size_t n = 1;
        while (p[n] && ((unsigned char)p[n] & 0xC0) == 0x80) n++;
        if (n == 1 && strchr("[]:*?/\\'", *p)) out[w++] = '_';
        else memcpy(out + w, p, n), w += n;
        p += n;
    }
    out[w] = '\0';
    if (!w) snprintf(out, size, "Sheet1");
}

static void doc_formats(writer *w, doc_sheet *ds) {
    ds->title = workbook_add_format(w->wb);
    format_set_bold(ds->title);
    format_set_font_size(ds->title, 16);
    ds->note = workbook_add_format(w->wb);
    ds->wrap = workbook_add_format(w->wb);
    format_set_text_wrap(ds->wrap);
    format_set_align(ds->wrap, LXW_ALIGN_VERTICAL_TOP);
    for (int k = 0; k < 5; k++) {
        char code[16];
        snprintf(code, sizeof code, k ? "0.%.*s%%" : "0%%", k, "0000");
        ds->percent[k] = workbook_add_format(w->wb);
        format_set_num_format(ds->percent[k], code);
    }
}

/* The table a reader sorts: the one with the most rows. */
static const jx_table *main_table(const jx_document *doc) {
    const jx_table *best = NULL;
    for (size_t i = 0; i < doc->nblocks; i++)
        if (doc->blocks[i].type == JX_BLOCK_TABLE && (!best || doc->blocks[i].table->nrows > best->nrows))
            best = doc->blocks[i].table;
    return best;
}

static void doc_sheets(writer *w, void *ctx) {
    doc_sheet *ds = ctx;
    const jx_document *doc = ds->doc;
    doc_formats(w, ds);
    char name[128];
    sheet_name(doc->title, name, sizeof name);
    lxw_worksheet *ws = workbook_add_worksheet(w->wb, name);
    const jx_table *sorted = main_table(doc);
    int row = 0, ncols = 1, header_last = -1, body_last = -1;
    for (size_t i = 0; i < doc->nblocks && !w->failed; i++) {
        const jx_block *b = &doc->blocks[i];
        if (b->type == JX_BLOCK_TABLE) {
            const jx_table *t = b->table;
            int first = row + (t->caption != NULL);
            row = doc_table(w, ds, ws, row, t) + 1;
            if ((int)t->ncolumns > ncols) ncols = (int)t->ncolumns;
            if (t == sorted) header_last = first + (t->header_rows > 0 ? t->header_rows : 1) - 1, body_last = first + t->nrows - 1;
        } else if ((b->type == JX_BLOCK_TITLE || b->type == JX_BLOCK_PARAGRAPH || b->type == JX_BLOCK_HEADING) && b->text) {
            if (b->type == JX_BLOCK_TITLE) worksheet_set_row(ws, (lxw_row_t)row, 24, NULL);
            row = doc_lines(ws, row, b->text, b->type == JX_BLOCK_TITLE ? ds->title : ds->note);
            if (b->type == JX_BLOCK_TITLE) row++;
        }
    }
    double total = 0;
    for (int c = 0; c < ncols && c < JX_EXPORT_MAX_COLUMNS; c++) {
        double width = ds->width[c] + 2 < 6 ? 6 : ds->width[c] + 2 > 40 ? 40 : ds->width[c] + 2;
        worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, width, NULL);
        total += width;
    }
    if (header_last >= 0) {
        if (body_last > header_last)
            worksheet_autofilter(ws, (lxw_row_t)header_last, 0, (lxw_row_t)body_last, (lxw_col_t)(sorted->ncolumns - 1));
        print_setup(ws, total > 90, header_last);
    } else {
        print_setup(ws, total > 90, 0);
    }
}

int jx_document_workbook(const jx_document *doc, unsigned char **out, size_t *out_len, jx_diags *d) {
    writer w = {0};
    w.d = d, w.name = doc->file;
    doc_sheet *ds = calloc(1, sizeof *ds);
    if (!ds) return fail(&w, "out of memory");
    ds->doc = doc;
    *out = book_bytes(&w, NULL, doc->title, doc_sheets, ds, out_len);
    free(ds);
    if (w.failed) free(*out), *out = NULL;
    return *out ? 0 : -1;
}
