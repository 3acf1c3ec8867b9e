#include "workbook/import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "base/buf.h"
#include "base/diag.h"
#include "workbook/jtree.h"
#include "workbook/shape.h"

/* rows covered by merged ranges, counted over all of a sheet's ranges: a
 * form merges a few cells each; a range over 50,000 rows is no form */

/* The merged ranges crossing one row: their columns, left to right. */
typedef struct span {
    int c1, c2;
    const jx_book_range *range;
} span;

/* A sheet's cells by row for lookups, merged ranges giving their first
 * cell's value to every cell they cover, found by row, then by column. */
typedef struct grid {
    const jx_book_sheet *sheet;
    size_t *row_start; /* index of the first cell of each row; row_start[nrows] = ncells */
    int nrows;
    span *spans;       /* by row, then column */
    size_t *span_start; /* spans of row r: [span_start[r], span_start[r + 1]) */
    int span_rows;
} grid;

typedef struct importer {
    const char *name;
    jx_book *book;
    jx_diags *d;
    jx_jtree *tree;
    int failed;
} importer;

static int cmp_cells(const void *a, const void *b) {
    const jx_book_cell *x = a, *y = b;
    if (x->row != y->row) return x->row < y->row ? -1 : 1;
    return (x->col > y->col) - (x->col < y->col);
}

static int cmp_spans(const void *a, const void *b) {
    const span *x = a, *y = b;
    return (x->c1 > y->c1) - (x->c1 < y->c1);
}

typedef enum { GRID_OK, GRID_OOM, GRID_TWICE, GRID_MERGED_ROWS } grid_status;

/* Each merged range listed under every row it crosses, so that a lookup
 * costs a search in one row's few ranges, never a scan of all of them. */
static grid_status index_merges(grid *g) {
    const jx_book_sheet *sh = g->sheet;
    size_t total = 0;
    g->span_rows = 0;
    for (size_t i = 0; i < sh->nmerges; i++) {
        total += (size_t)(sh->merges[i].r2 - sh->merges[i].r1 + 1);
        if (sh->merges[i].r2 + 1 > g->span_rows) g->span_rows = sh->merges[i].r2 + 1;
        if (total > JX_MAX_MERGED_ROWS) return GRID_MERGED_ROWS;
    }
    g->spans = malloc((total ? total : 1) * sizeof *g->spans);
    g->span_start = calloc((size_t)g->span_rows + 2, sizeof *g->span_start);
    if (!g->spans || !g->span_start) return GRID_OOM;
    for (size_t i = 0; i < sh->nmerges; i++)
        for (int r = sh->merges[i].r1; r <= sh->merges[i].r2; r++) g->span_start[r + 1]++;
    for (int r = 0; r < g->span_rows; r++) g->span_start[r + 1] += g->span_start[r];
    size_t *fill = calloc((size_t)g->span_rows + 1, sizeof *fill);
    if (!fill) return GRID_OOM;
    for (size_t i = 0; i < sh->nmerges; i++) {
        const jx_book_range *m = &sh->merges[i];
        for (int r = m->r1; r <= m->r2; r++) g->spans[g->span_start[r] + fill[r]++] = (span){m->c1, m->c2, m};
    }
    free(fill);
    for (int r = 0; r < g->span_rows; r++)
        qsort(g->spans + g->span_start[r], g->span_start[r + 1] - g->span_start[r], sizeof *g->spans, cmp_spans);
    return GRID_OK;
}

/* *twice: the index of a cell the sheet gives a second time. */
static grid_status grid_open(grid *g, jx_book_sheet *sh, size_t *twice) {
    *g = (grid){.sheet = sh};
    qsort(sh->cells, sh->ncells, sizeof *sh->cells, cmp_cells);
    for (size_t i = 1; i < sh->ncells; i++)
        if (cmp_cells(&sh->cells[i - 1], &sh->cells[i]) == 0) return *twice = i, GRID_TWICE;
    g->nrows = sh->ncells ? sh->cells[sh->ncells - 1].row + 1 : 0;
    g->row_start = calloc((size_t)g->nrows + 1, sizeof *g->row_start);
    if (!g->row_start) return GRID_OOM;
    size_t i = 0;
    for (int r = 0; r <= g->nrows; r++) {
        while (i < sh->ncells && sh->cells[i].row < r) i++;
        g->row_start[r] = i;
    }
    return index_merges(g);
}

static void grid_close(grid *g) {
    free(g->row_start);
    free(g->spans);
    free(g->span_start);
}

static const jx_book_cell *raw_cell(const grid *g, int row, int col) {
    if (row < 0 || row >= g->nrows) return NULL;
    size_t lo = g->row_start[row], hi = g->row_start[row + 1];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = g->sheet->cells[mid].col;
        if (c == col) return &g->sheet->cells[mid];
        if (c < col)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* The cell at (row, col), or the first cell of the merged range covering
 * it; NULL when empty. *merged: it lies in a range and is not its first. */
/* The merged range covering a cell, or NULL. */
static const jx_book_range *range_at(const grid *g, int row, int col) {
    if (row < 0 || row >= g->span_rows) return NULL;
    size_t lo = g->span_start[row], hi = g->span_start[row + 1];
    while (lo < hi) { /* the last span starting at or left of col */
        size_t mid = (lo + hi) / 2;
        if (g->spans[mid].c1 <= col) lo = mid + 1;
        else hi = mid;
    }
    /* ranges do not overlap: only the nearest one starting at or left of col can cover it */
    const jx_book_range *m = lo > g->span_start[row] ? g->spans[lo - 1].range : NULL;
    return m && col <= m->c2 ? m : NULL;
}

static const jx_book_cell *cell_at(const grid *g, int row, int col, int *merged) {
    if (merged) *merged = 0;
    const jx_book_cell *c = raw_cell(g, row, col);
    const jx_book_range *m = range_at(g, row, col);
    if (!m || (row == m->r1 && col == m->c1)) return c;
    if (merged) *merged = 1;
    return raw_cell(g, m->r1, m->c1);
}

static int blank(const jx_book_cell *c) { return !c || (c->kind == JX_CELL_TEXT && !c->uncached && !c->text[0]); }

static const char *place(importer *im, const grid *g, int row, int col) {
    char ref[16];
    jx_cell_name(row, col, ref);
    const char *p = jx_arena_printf(im->book->arena, "%s!%s", g->sheet->name, ref);
    return p ? p : "";
}

static __attribute__((format(printf, 5, 6))) void error_at(importer *im, const grid *g, int row, int col, const char *fmt,
                                                           ...) {
    char where[512], msg[1024];
    char ref[16];
    jx_cell_name(row, col, ref);
    snprintf(where, sizeof where, "%s:%s!%s", im->name, g->sheet->name, ref);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    jx_diags_add(im->d, JX_ERROR, where, 0, 0, "", "%s", msg);
    im->failed = 1;
}

/*** Values ***/

/* A decimal typed as text: digits with an optional sign, point and
 * thousands separators. The digits without separators into out. */
static int decimal_text(const char *s, char *out, size_t size) {
    size_t w = 0;
    int digits = 0, point = 0;
    const char *p = s;
    while (*p == ' ') p++;
    if (*p == '-' || *p == '+') {
        if (*p == '-' && w + 1 < size) out[w++] = '-';
        p++;
    }
    for (; *p && *p != ' '; p++) {
        if (*p >= '0' && *p <= '9') digits = 1;
        else if (*p == '.' && !point) point = 1;
        else if (*p == ',' && digits && !point) continue;
        else return 0;
        if (w + 1 < size) out[w++] = *p;
    }
    while (*p == ' ') p++;
    out[w] = '\0';
    return digits && !*p && out[w - 1] != '.' && w + 1 < size;
}

/* A date typed as text the ways people type one: 2023年5月31日, 2023/5/31,
 * 2023.5.31, 2023-5 — to YYYY-MM-DD or YYYY-MM; 0 when it is none. */
static int date_text(const char *s, char *out, size_t size) {
    long part[3] = {0, 0, 0};
    int n = 0;
    const char *p = s;
    while (n < 3) {
        char *end;
        if (*p < '0' || *p > '9') return 0;
        part[n++] = strtol(p, &end, 10);
        p = end;
        static const char *const seps[] = {"年", "月", "日", "/", "-", ".", NULL};
        size_t k = 0;
        while (seps[k] && strncmp(p, seps[k], strlen(seps[k])) != 0) k++;
        if (!seps[k]) break;
        p += strlen(seps[k]);
        if (k == 2 || !*p) break;
    }
    if (*p || part[0] < 1000 || part[0] > 9999 || (n > 1 && (part[1] < 1 || part[1] > 12)) || (n > 2 && (part[2] < 1 || part[2] > 31)))
        return 0;
    if (n == 1) snprintf(out, size, "%04ld", part[0]);
    else if (n == 2) snprintf(out, size, "%04ld-%02ld", part[0], part[1]);
    else snprintf(out, size, "%04ld-%02ld-%02ld", part[0], part[1], part[2]);
    return 1;
}

/* A code typed as a number: its digits. A spreadsheet keeps 15
 * significant digits of a number, so a longer code has likely lost some
 * before jixiao sees it. */
static const char *label_digits(importer *im, const grid *g, const jx_book_cell *c, const char *header) {
    const char *t = c->text;
    size_t n = strspn(t, "0123456789");
    if (!n || (t[n] && (t[n] != '.' || t[n + 1 + strspn(t + n + 1, "0")]))) return t; /* not a whole number */
    const char *digits = jx_arena_printf(im->book->arena, "%.*s", (int)n, t);
    if (n > 15 && digits) {
        char where[512], ref[16];
        jx_cell_name(c->row, c->col, ref);
        snprintf(where, sizeof where, "%s:%s!%s", im->name, g->sheet->name, ref);
        jx_diags_add(im->d, JX_WARNING, where, 0, 0, "", "%s %s was typed as a number, and a spreadsheet keeps only 15 "
                     "digits of one: check the digits after the 15th, and type codes as text (a ' before them)", header, digits);
    }
    return digits ? digits : t;
}

static const char *json_string(importer *im, const char *text) {
    jx_buf b;
    jx_buf_init(&b, 64u << 20);
    jx_buf_json_string(&b, text);
    char *s = jx_buf_take(&b);
    const char *kept = s ? jx_arena_strdup(im->book->arena, s) : NULL;
    free(s);
    return kept;
}

/* The text of a percent typed as text, without its sign: "86%" is "86". */
static const char *percent_digits(const char *text, char *out, size_t size) {
    size_t n = strlen(text);
    while (n && text[n - 1] == ' ') n--;
    if (n >= 1 && text[n - 1] == '%') n--;
    else if (n >= 3 && strncmp(text + n - 3, "％", 3) == 0) n -= 3;
    snprintf(out, size, "%.*s", (int)n, text);
    return out;
}

/* The JSON text of a cell for a member, read as the member's kind says. */
static const char *literal(importer *im, const grid *g, const jx_book_cell *c, const char *header, jx_read_as kind) {
    if (c->uncached) {
        error_at(im, g, c->row, c->col, "%s: a formula with no value saved in the workbook: open and save it in Excel or "
                 "WPS, or type the value", header);
        return NULL;
    }
    if (c->kind == JX_CELL_ERROR) {
        error_at(im, g, c->row, c->col, "%s: the formula's result is the error %s", header, c->text);
        return NULL;
    }
    if (c->kind == JX_CELL_BOOL) return strcmp(c->text, "TRUE") == 0 ? "true" : "false";
    if (c->kind == JX_CELL_NUMBER) {
        if (kind == JX_FIELD_LABEL) return json_string(im, label_digits(im, g, c, header));
        if (kind == JX_FIELD_TEXT || kind == JX_FIELD_DATE) return json_string(im, c->text);
        return c->text;
    }
    char digits[128], shown[128];
    const char *text = kind == JX_FIELD_PERCENT ? percent_digits(c->text, shown, sizeof shown) : c->text;
    if (kind == JX_FIELD_NUMBER || kind == JX_FIELD_PERCENT) {
        if (decimal_text(text, digits, sizeof digits)) return jx_arena_strdup(im->book->arena, digits);
        error_at(im, g, c->row, c->col, "%s \"%s\" is not a number%s", header, c->text,
                 kind == JX_FIELD_PERCENT ? " or a percentage" : "");
        return NULL;
    }
    if (kind == JX_FIELD_DATE && date_text(c->text, digits, sizeof digits)) return json_string(im, digits);
    if (strcmp(c->text, "[]") == 0 || strcmp(c->text, "{}") == 0) return c->text;
    return json_string(im, c->text);
}

static void set(importer *im, const grid *g, const jx_book_cell *c, const char *pointer, const char *lit) {
    if (!lit || !pointer) return;
    char err[512];
    if (jx_jtree_set(im->tree, pointer, lit, place(im, g, c->row, c->col), err, sizeof err))
        error_at(im, g, c->row, c->col, "%s", err);
}

/* Whether a header is a member's relative pointer: an ASCII name, or any
 * path of members joined by '/' ("bands/0/min", "grades/显著"). */
static int pointer_like(const char *h) {
    if (!h[0] || h[0] == '/' || h[strlen(h) - 1] == '/') return 0;
    if (strchr(h, '/')) return 1;
    for (const char *p = h; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_')) return 0;
    return 1;
}

/*** 项目信息 and 文字: a label, a value and its field per row ***/

static int find_header(const grid *g, const char *word, int *row, int *col) {
    for (int r = 0; r < g->nrows && r < 20; r++)
        for (size_t i = g->row_start[r]; i < g->row_start[r + 1]; i++)
            if (strcmp(g->sheet->cells[i].text, word) == 0) return *row = r, *col = g->sheet->cells[i].col, 0;
    return -1;
}

static void info_sheet(importer *im, const grid *g) {
    int hr, label_col, value_col, field_col = -1, fr;
    if (find_header(g, JX_INFO_LABEL, &hr, &label_col) || find_header(g, JX_INFO_VALUE, &fr, &value_col) || fr != hr) {
        error_at(im, g, 0, 0, "the sheet has no header row with %s and %s", JX_INFO_LABEL, JX_INFO_VALUE);
        return;
    }
    if (find_header(g, JX_INFO_POINTER, &fr, &field_col) || fr != hr) field_col = -1;
    for (int r = hr + 1; r < g->nrows; r++) {
        const jx_book_cell *value = cell_at(g, r, value_col, NULL), *label = cell_at(g, r, label_col, NULL);
        const jx_book_cell *field = field_col >= 0 ? cell_at(g, r, field_col, NULL) : NULL;
        if (blank(value)) continue;
        const char *pointer = !blank(field) ? field->text : label ? jx_shape_pointer_of(label->text) : NULL;
        if (!pointer) {
            const char *labels[64];
            char buf[64][256];
            size_t n = 0;
            for (; JX_INFO_FIELDS[n] && n < 64; n++) jx_shape_label(JX_INFO_FIELDS[n], buf[n], sizeof buf[n]), labels[n] = buf[n];
            const char *near = label ? jx_shape_suggest(label->text, labels, n) : NULL;
            error_at(im, g, r, label ? label->col : label_col, "%s \"%s\" is not a field jixiao knows%s%s%s; give its field "
                     "(a JSON pointer such as /subject/name) in the %s column",
                     JX_INFO_LABEL, label ? label->text : "", near ? " (did you mean \"" : "", near ? near : "", near ? "\"?)" : "",
                     JX_INFO_POINTER);
            continue;
        }
        set(im, g, value, pointer, literal(im, g, value, label && !blank(label) ? label->text : pointer,
                                           jx_shape_field_kind(pointer)));
    }
}

/*** Rows of a table: one element of an array each ***/

typedef struct header {
    int col;
    const char *key;  /* relative pointer */
    const char *text; /* as written */
    jx_read_as kind;
    int level;        /* the tree: 1–4 for a group's column, 0 for a leaf's */
} header;

/* A header that is no column of the sheet, with the nearest one offered. */
static void unknown_column(importer *im, const grid *g, const jx_book_cell *c, const jx_column *cols, size_t n) {
    const char *names[64];
    size_t k = 0;
    for (; k < n && k < 64; k++) names[k] = cols[k].header;
    const char *near = jx_shape_suggest(c->text, names, k);
    error_at(im, g, c->row, c->col, "a column \"%s\" the sheet does not have%s%s%s", c->text, near ? " (did you mean \"" : "",
             near ? near : "", near ? "\"?)" : "");
}

static int table_headers(importer *im, const grid *g, const jx_column *cols, size_t ncols, header *out, size_t max,
                         size_t *n, int *header_row) {
    int hr = 0;
    while (hr < g->nrows && g->row_start[hr] == g->row_start[hr + 1]) hr++;
    *header_row = hr, *n = 0;
    if (hr >= g->nrows) return -1;
    for (size_t i = g->row_start[hr]; i < g->row_start[hr + 1] && *n < max; i++) {
        const jx_book_cell *c = &g->sheet->cells[i];
        if (blank(c)) continue;
        size_t k = 0;
        while (k < ncols && strcmp(cols[k].header, c->text) != 0) k++;
        if (k < ncols) {
            out[(*n)++] = (header){c->col, cols[k].key, c->text, jx_shape_field_kind(cols[k].key), 0};
        } else if (pointer_like(c->text)) {
            out[(*n)++] = (header){c->col, c->text, c->text, jx_shape_field_kind(c->text), 0};
        } else {
            unknown_column(im, g, c, cols, ncols);
        }
    }
    return 0;
}

static int row_blank(const grid *g, int r) {
    for (size_t i = g->row_start[r]; i < g->row_start[r + 1]; i++)
        if (!blank(&g->sheet->cells[i])) return 0;
    return 1;
}

static void table_sheet(importer *im, const grid *g, const jx_table_shape *shape) {
    header h[128];
    size_t nh;
    int hr;
    jx_column cols[JX_SHAPE_MAX_COLUMNS];
    size_t ncols = jx_shape_columns(shape, cols, JX_SHAPE_MAX_COLUMNS);
    if (table_headers(im, g, cols, ncols, h, 128, &nh, &hr)) return;
    size_t item = 0;
    for (int r = hr + 1; r < g->nrows; r++) {
        if (row_blank(g, r)) continue;
        for (size_t k = 0; k < nh; k++) {
            const jx_book_cell *c = cell_at(g, r, h[k].col, NULL);
            if (blank(c)) continue;
            const char *ptr = jx_arena_printf(im->book->arena, "%s/%zu/%s", shape->array, item, h[k].key);
            set(im, g, c, ptr, literal(im, g, c, h[k].text, h[k].kind));
        }
        item++;
    }
}

/*** 表格1, 表格2 …: a free table's cells as printed ***/

/* Each row's cells left to right, a merged range as one cell with its
 * spans, the cells it covers left out (the input places cells in the first
 * free column, so the table comes back as drawn). */
static void free_sheet(importer *im, const grid *g, size_t table) {
    jx_arena *a = im->book->arena;
    int ncols = 0;
    for (size_t i = 0; i < g->sheet->ncells; i++)
        if (!blank(&g->sheet->cells[i]) && g->sheet->cells[i].col + 1 > ncols) ncols = g->sheet->cells[i].col + 1;
    for (int r = 0; r < g->nrows; r++) {
        size_t k = 0;
        int last = -1; /* the last column with something in it: blanks after it are left out */
        for (int c = 0; c < ncols; c++) {
            const jx_book_range *m = range_at(g, r, c);
            if (!blank(raw_cell(g, r, c)) || (m && m->r1 == r && m->c1 == c)) last = c;
        }
        const char *row = jx_arena_printf(a, "/tables/%zu/rows/%d", table, r);
        if (last < 0) {
            const jx_book_cell empty = {r, 0, JX_CELL_TEXT, "", 0, 0};
            set(im, g, &empty, row, "[]");
            continue;
        }
        for (int c = 0; c <= last; c++) {
            const jx_book_range *m = range_at(g, r, c);
            if (m && (m->r1 != r || m->c1 != c)) continue;
            const jx_book_cell *cell = raw_cell(g, r, c);
            const jx_book_cell empty = {r, c, JX_CELL_TEXT, "", 0, 0};
            if (!cell) cell = &empty;
            const char *text = literal(im, g, cell, JX_SHEET_FREE, JX_FIELD_TEXT);
            const char *at = jx_arena_printf(a, "%s/%zu", row, k++);
            if (!m) {
                set(im, g, cell, at, text);
                continue;
            }
            set(im, g, cell, jx_arena_printf(a, "%s/text", at), text);
            if (m->c2 > m->c1) set(im, g, cell, jx_arena_printf(a, "%s/colspan", at), jx_arena_printf(a, "%d", m->c2 - m->c1 + 1));
            if (m->r2 > m->r1) set(im, g, cell, jx_arena_printf(a, "%s/rowspan", at), jx_arena_printf(a, "%d", m->r2 - m->r1 + 1));
        }
    }
}

/*** 绩效指标: the indicator tree, a row per leaf ***/

typedef struct node_ref {
    const char *name;    /* this row's name at the level */
    const char *pointer; /* the node's, when it is a group */
} node_ref;

static int tree_headers(importer *im, const grid *g, header *out, size_t max, size_t *n, int *header_row) {
    jx_column cols[JX_TREE_LEVELS * 4 + 16];
    char texts[JX_TREE_LEVELS * 4][32];
    size_t nc = 0;
    for (int l = 0; l < JX_TREE_LEVELS; l++)
        for (size_t k = 0; k < JX_NGROUP_COLUMNS; k++) {
            snprintf(texts[nc], sizeof texts[nc], "%s%s", JX_LEVEL_WORDS[l], JX_GROUP_COLUMNS[k].header);
            cols[nc] = (jx_column){texts[nc], JX_GROUP_COLUMNS[k].key}, nc++;
        }
    for (size_t k = 0; k < JX_NLEAF_COLUMNS; k++) cols[nc++] = JX_LEAF_COLUMNS[k];
    int hr = 0;
    while (hr < g->nrows && g->row_start[hr] == g->row_start[hr + 1]) hr++;
    *header_row = hr, *n = 0;
    for (size_t i = hr < g->nrows ? g->row_start[hr] : 0; hr < g->nrows && i < g->row_start[hr + 1] && *n < max; i++) {
        const jx_book_cell *c = &g->sheet->cells[i];
        if (blank(c)) continue;
        int level = 0;
        for (int l = 0; l < JX_TREE_LEVELS; l++)
            if (strncmp(c->text, JX_LEVEL_WORDS[l], strlen(JX_LEVEL_WORDS[l])) == 0 && c->text[strlen(JX_LEVEL_WORDS[l])] == '/')
                level = l + 1;
        if (level && pointer_like(c->text + strlen(JX_LEVEL_WORDS[level - 1]) + 1)) {
            const char *key = c->text + strlen(JX_LEVEL_WORDS[level - 1]) + 1;
            out[(*n)++] = (header){c->col, key, c->text, jx_shape_field_kind(key), level};
            continue;
        }
        size_t before = *n;
        for (size_t k = 0; k < nc; k++)
            if (strcmp(cols[k].header, c->text) == 0) {
                out[(*n)++] = (header){c->col, cols[k].key, c->text, jx_shape_field_kind(cols[k].key), k < JX_TREE_LEVELS * JX_NGROUP_COLUMNS ? (int)(k / JX_NGROUP_COLUMNS) + 1 : 0};
                break;
            }
        if (*n > before) continue;
        if (pointer_like(c->text)) {
            out[(*n)++] = (header){c->col, c->text, c->text, jx_shape_field_kind(c->text), 0};
            continue;
        }
        unknown_column(im, g, c, cols, nc);
    }
    return hr < g->nrows ? 0 : -1;
}

/* The cell naming a row's node at a level (a merged range's first cell). */
static const jx_book_cell *name_cell(const grid *g, int r, const header *h, size_t nh, int level) {
    for (size_t k = 0; k < nh; k++)
        if (h[k].level == level && strcmp(h[k].key, "name") == 0) {
            const jx_book_cell *c = cell_at(g, r, h[k].col, NULL);
            if (!blank(c)) return c;
        }
    return NULL;
}

/* The name at each level for a row: blank under a name above means the
 * same group (a merged or an unfilled cell). Returns the leaf's level. */
static int row_names(const grid *g, int r, const header *h, size_t nh, const node_ref *prev, const char *names[]) {
    int depth = 0;
    for (int l = 0; l < JX_TREE_LEVELS; l++) {
        names[l] = NULL;
        for (size_t k = 0; k < nh; k++)
            if (h[k].level == l + 1 && strcmp(h[k].key, "name") == 0) {
                const jx_book_cell *c = cell_at(g, r, h[k].col, NULL);
                if (!blank(c)) names[l] = c->text;
            }
        if (names[l]) depth = l + 1;
    }
    for (int l = 0; l < depth - 1; l++)
        if (!names[l]) names[l] = prev[l].name;
    return depth;
}

static void tree_sheet(importer *im, const grid *g) {
    header h[256];
    size_t nh;
    int hr;
    if (tree_headers(im, g, h, 256, &nh, &hr)) return;
    node_ref prev[JX_TREE_LEVELS] = {{0}};
    size_t count[JX_TREE_LEVELS + 1] = {0}; /* children so far at each level, under the current parents */
    jx_arena *a = im->book->arena;
    for (int r = hr + 1; r < g->nrows; r++) {
        if (row_blank(g, r)) continue;
        const char *names[JX_TREE_LEVELS];
        int depth = row_names(g, r, h, nh, prev, names);
        if (depth == 0) {
            error_at(im, g, r, h[0].col, "a row without an indicator's name at any level");
            continue;
        }
        /* the first level at which this row leaves the previous row's path */
        int same = 0;
        while (same < depth - 1 && prev[same].pointer && prev[same].name && names[same] &&
               strcmp(prev[same].name, names[same]) == 0)
            same++;
        const char *parent = same ? prev[same - 1].pointer : "/scoring/indicators";
        for (int l = same; l < depth; l++) {
            const char *ptr = l == 0 ? jx_arena_printf(a, "/scoring/indicators/%zu", count[0]++)
                                     : jx_arena_printf(a, "%s/children/%zu", parent, count[l]++);
            for (int k = l + 1; k <= JX_TREE_LEVELS; k++) count[k] = 0;
            prev[l] = (node_ref){names[l], ptr};
            parent = ptr;
            const jx_book_cell *named = name_cell(g, r, h, nh, l + 1);
            if (!names[l] || !named) {
                error_at(im, g, r, h[0].col, "no %s指标 for this row's indicator", JX_LEVEL_WORDS[l]);
                continue;
            }
            set(im, g, named, jx_arena_printf(a, "%s/name", ptr), literal(im, g, named, "指标", JX_FIELD_TEXT));
        }
        for (int l = depth; l < JX_TREE_LEVELS; l++) prev[l] = (node_ref){NULL, NULL};
        /* the row's values: each group's own columns at its level, the rest the leaf's */
        for (size_t k = 0; k < nh; k++) {
            int merged, group = h[k].level > 0 && h[k].level < depth;
            const jx_book_cell *c = cell_at(g, r, h[k].col, &merged);
            /* a group's merged cell counts on its first row; a leaf's on every row it covers */
            if (blank(c) || (merged && group) || (h[k].level && strcmp(h[k].key, "name") == 0)) continue;
            int level = h[k].level ? h[k].level : depth;
            if (level > depth) {
                error_at(im, g, r, h[k].col, "%s is given, but the row's indicator is at level %d", h[k].text, depth);
                continue;
            }
            const char *ptr = jx_arena_printf(a, "%s/%s", prev[level - 1].pointer, h[k].key);
            const char *lit = literal(im, g, c, h[k].text, h[k].kind);
            /* a group's value written again on a later row of the group: the same, or an error */
            const char *before = group && level - 1 < same && ptr ? jx_jtree_get(im->tree, ptr) : NULL;
            if (before && lit && strcmp(before, lit) != 0)
                error_at(im, g, r, h[k].col, "%s of \"%s\" is %s here but %s on a row above", h[k].text, names[level - 1], lit, before);
            else if (!before)
                set(im, g, c, ptr, lit);
        }
    }
}

/*** The workbook ***/

int jx_is_workbook(const char *name, const unsigned char *data, size_t len) {
    size_t n = strlen(name);
    return (len >= 4 && memcmp(data, "PK\3\4", 4) == 0) || (len >= 8 && memcmp(data, JX_OLE_SIGNATURE, 8) == 0) ||
           (n > 5 && strcmp(name + n - 5, ".xlsx") == 0) || (n > 4 && strcmp(name + n - 4, ".xls") == 0);
}

/* N for a sheet named 表格N, else 0. */
static long free_table_index(const char *name) {
    size_t n = strlen(JX_SHEET_FREE);
    if (strncmp(name, JX_SHEET_FREE, n) != 0 || name[n] < '1' || name[n] > '9') return 0;
    char *end;
    long i = strtol(name + n, &end, 10);
    return *end || i > JX_EXPORT_MAX_FREE_TABLES ? 0 : i;
}

static void read_sheet(importer *im, jx_book_sheet *sh) {
    grid g;
    if (sh->nmerges > JX_MAX_MERGES_READ) {
        g.sheet = sh;
        error_at(im, &g, 0, 0, "more than %d merged ranges", JX_MAX_MERGES_READ);
        return;
    }
    size_t twice = 0;
    grid_status status = grid_open(&g, sh, &twice);
    if (status != GRID_OK) {
        if (status == GRID_TWICE)
            error_at(im, &g, sh->cells[twice].row, sh->cells[twice].col, "the sheet gives this cell twice");
        else if (status == GRID_MERGED_ROWS)
            error_at(im, &g, 0, 0, "merged ranges cover more than %d rows in all", JX_MAX_MERGED_ROWS);
        else
            im->failed = 1, jx_diags_add(im->d, JX_ERROR, im->name, 0, 0, "", "out of memory");
        grid_close(&g);
        return;
    }
    if (strcmp(sh->name, JX_SHEET_INFO) == 0 || strcmp(sh->name, JX_SHEET_TEXT) == 0) {
        info_sheet(im, &g);
    } else if (strcmp(sh->name, JX_SHEET_TREE) == 0) {
        tree_sheet(im, &g);
    } else if (free_table_index(sh->name) > 0) {
        free_sheet(im, &g, (size_t)free_table_index(sh->name) - 1);
    } else {
        size_t t = 0;
        while (t < JX_NTABLES && strcmp(JX_TABLES[t].sheet, sh->name) != 0) t++;
        if (t < JX_NTABLES)
            table_sheet(im, &g, &JX_TABLES[t]);
        else if (sh->ncells && strcmp(sh->name, "填写说明") != 0 && strncmp(sh->name, "示例", strlen("示例")) != 0)
            jx_diags_add(im->d, JX_WARNING, im->name, 0, 0, "", "sheet \"%s\" is not one jixiao reads: its cells are not part of the input",
                         sh->name);
    }
    grid_close(&g);
}

int jx_workbook_import(const char *name, const unsigned char *data, size_t len, jx_workbook_input *out, jx_diags *d) {
    memset(out, 0, sizeof *out);
    jx_book *book = jx_book_read(name, data, len, d);
    if (!book) return -1;
    importer im = {name, book, d, jx_jtree_new(book->arena), 0};
    if (!im.tree) im.failed = 1;
    for (size_t i = 0; i < book->nsheets && im.tree; i++) read_sheet(&im, &book->sheets[i]);
    char err[512];
    if (!im.failed) {
        out->json = jx_jtree_emit(im.tree, &out->line_cells, &out->nlines, err, sizeof err);
        if (!out->json) jx_diags_add(d, JX_ERROR, name, 0, 0, "", "%s", err), im.failed = 1;
    }
    if (im.failed) {
        jx_book_free(book);
        memset(out, 0, sizeof *out);
        return -1;
    }
    out->book = book;
    out->len = strlen(out->json);
    return 0;
}

void jx_workbook_input_free(jx_workbook_input *w) {
    if (!w) return;
    free(w->json);
    free(w->line_cells);
    jx_book_free(w->book);
    memset(w, 0, sizeof *w);
}

void jx_workbook_relocate(const char *name, const char *const *cells, size_t n, jx_diags *d, size_t from) {
    for (size_t i = from; i < d->count; i++) {
        jx_diag *g = &d->items[i];
        if (strcmp(g->file, name) != 0 || g->line <= 0 || (size_t)g->line > n || !cells[g->line - 1]) continue;
        char place[512];
        snprintf(place, sizeof place, "%s:%s", name, cells[g->line - 1]);
        jx_diag_move(g, place);
    }
}
