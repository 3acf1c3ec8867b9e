#include "base/limits.h"
#include "base/lazy_expat.h"
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/lazy_zip.h"

#include "base/buf.h"
#include "base/utf8.h"
#include "workbook/book.h"

/* Bounds for untrusted archives: no part is inflated past these, and a
 * part that inflates more than 200 times its stored size is a zip bomb. */

typedef struct numfmt {
    int id;
    const char *code;
} numfmt;

typedef struct style {
    int decimals; /* -1: General (as many as the value needs) */
    int percent, date, text;
} style;

typedef struct reader {
    jx_book *book;
    const char *file;
    jx_diags *diags;
    zip_t *zip;
    size_t inflated;
    int failed;
    int date1904;
    /* workbook.xml and its relationships */
    const char **sheet_names, **sheet_rels;
    size_t nsheets;
    const char **rel_ids, **rel_targets;
    size_t nrels;
    /* sharedStrings.xml */
    const char **strings;
    size_t nstrings, strings_cap, strings_bytes;
    /* styles.xml */
    numfmt *fmts;
    size_t nfmts;
    int *xf_fmt;
    size_t nxf;
} reader;

static __attribute__((format(printf, 3, 4))) void fail(reader *r, const char *where, const char *fmt, ...) {
    if (r->failed) return;
    r->failed = 1;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (where)
        jx_diags_add(r->diags, JX_ERROR, r->file, 0, 0, "", "%s: %s", where, msg);
    else
        jx_diags_add(r->diags, JX_ERROR, r->file, 0, 0, "", "%s", msg);
}

void jx_cell_name(int row, int col, char out[16]) {
    char letters[8];
    int n = 0;
    for (int c = col + 1; c > 0 && n < 7; c = (c - 1) / 26) letters[n++] = (char)('A' + (c - 1) % 26);
    int w = 0;
    while (n) out[w++] = letters[--n];
    snprintf(out + w, (size_t)(16 - w), "%d", row + 1);
}

/*** Parts through expat ***/

typedef struct xml_ctx {
    reader *r;
    const char *part;
    XML_Parser parser;
    void *user;
    jx_buf text; /* character data of the element being read */
    int collecting;
} xml_ctx;

static const char *local(const char *name) {
    const char *colon = strrchr(name, ':');
    return colon ? colon + 1 : name;
}

static const char *attr(const char **attrs, const char *name) {
    for (size_t i = 0; attrs[i]; i += 2)
        if (strcmp(local(attrs[i]), name) == 0) return attrs[i + 1];
    return NULL;
}

static void XMLCALL no_doctype(void *data, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid, int internal) {
    (void)name, (void)sysid, (void)pubid, (void)internal;
    xml_ctx *x = data;
    fail(x->r, x->part, "a document type declaration (entities) is not allowed in a workbook");
    XML_StopParser(x->parser, XML_FALSE);
}

static void XMLCALL on_text(void *data, const XML_Char *s, int len) {
    xml_ctx *x = data;
    if (x->collecting) jx_buf_put(&x->text, s, (size_t)len);
}

/* Streams one part of the archive through expat. Missing parts: 0 when
 * optional, else an error. */
static int parse_part(reader *r, const char *part, int required, XML_StartElementHandler start, XML_EndElementHandler end,
                      void *user) {
    zip_stat_t st;
    if (r->failed) return -1;
    if (zip_stat(r->zip, part, 0, &st) != 0) {
        if (required) fail(r, NULL, "not an xlsx workbook: it has no %s", part);
        return required ? -1 : 0;
    }
    if (!(st.valid & ZIP_STAT_SIZE) || st.size > JX_XLSX_MAX_PART || r->inflated + st.size > JX_XLSX_MAX_TOTAL)
        return fail(r, part, "larger than the %u MiB a workbook part may have", JX_XLSX_MAX_PART >> 20), -1;
    if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > (zip_uint64_t)JX_XLSX_MAX_RATIO * (st.comp_size + 1))
        return fail(r, part, "inflates %llu bytes from %llu: refused as a zip bomb", (unsigned long long)st.size,
                    (unsigned long long)st.comp_size), -1;
    r->inflated += st.size;
    zip_file_t *zf = zip_fopen(r->zip, part, 0);
    XML_Parser p = XML_ParserCreate("UTF-8");
    xml_ctx x = {r, part, p, user, {0}, 0};
    jx_buf_init(&x.text, JX_XLSX_MAX_PART);
    if (!zf || !p) {
        if (zf) zip_fclose(zf);
        if (p) XML_ParserFree(p);
        jx_buf_free(&x.text);
        return fail(r, part, "cannot be read (damaged or encrypted archive)"), -1;
    }
    XML_SetUserData(p, &x);
    XML_SetElementHandler(p, start, end);
    XML_SetCharacterDataHandler(p, on_text);
    XML_SetStartDoctypeDeclHandler(p, no_doctype);
    char buf[65536];
    zip_uint64_t total = 0;
    for (;;) {
        zip_int64_t n = zip_fread(zf, buf, sizeof buf);
        if (n < 0) {
            fail(r, part, "cannot be inflated (damaged archive)");
            break;
        }
        total += (zip_uint64_t)n;
        if (total > st.size) {
            fail(r, part, "inflates past its stated size: refused");
            break;
        }
        if (XML_Parse(p, buf, (int)n, n == 0) == XML_STATUS_ERROR) {
            if (!r->failed)
                fail(r, part, "not well-formed XML at line %lu: %s", (unsigned long)XML_GetCurrentLineNumber(p),
                     XML_ErrorString(XML_GetErrorCode(p)));
            break;
        }
        if (n == 0 || r->failed) break;
    }
    zip_fclose(zf);
    XML_ParserFree(p);
    jx_buf_free(&x.text);
    return r->failed ? -1 : 0;
}

static void collect(xml_ctx *x) {
    x->text.len = 0;
    x->text.failed = 0;
    x->collecting = 1;
}

static const char *collected(xml_ctx *x) {
    x->collecting = 0;
    if (x->text.failed) return fail(x->r, x->part, "a text longer than the part allows"), NULL;
    const char *s = jx_arena_strndup(x->r->book->arena, x->text.data ? x->text.data : "", x->text.len);
    if (!s) fail(x->r, x->part, "out of memory");
    return s;
}

static int grow(reader *r, void *items, size_t *cap, size_t count, size_t size, size_t limit, const char *what) {
    if (count < *cap) return 0;
    if (count >= limit) return fail(r, NULL, "more than %zu %s", limit, what), -1;
    size_t more = *cap ? *cap * 2 : 64;
    void *p = realloc(*(void **)items, more * size);
    if (!p) return fail(r, NULL, "out of memory"), -1;
    *(void **)items = p, *cap = more;
    return 0;
}

/*** workbook.xml, its relationships ***/

typedef struct names {
    size_t cap, rcap;
} names;

static void XMLCALL workbook_start(void *data, const XML_Char *name, const XML_Char **attrs) {
    xml_ctx *x = data;
    reader *r = x->r;
    names *n = x->user;
    const char *el = local(name);
    if (strcmp(el, "workbookPr") == 0) {
        const char *d = attr(attrs, "date1904");
        r->date1904 = d && (strcmp(d, "1") == 0 || strcmp(d, "true") == 0);
    } else if (strcmp(el, "sheet") == 0) {
        const char *nm = attr(attrs, "name"), *id = attr(attrs, "id");
        if (!nm || !id || grow(r, &r->sheet_names, &n->cap, r->nsheets, sizeof *r->sheet_names, JX_XLSX_MAX_SHEETS, "sheets"))
            return;
        r->sheet_rels = realloc(r->sheet_rels, n->cap * sizeof *r->sheet_rels);
        if (!r->sheet_rels) {
        fail(r, NULL, "out of memory");
        return;
    }
        r->sheet_names[r->nsheets] = jx_arena_strdup(r->book->arena, nm);
        r->sheet_rels[r->nsheets++] = jx_arena_strdup(r->book->arena, id);
    }
}

static void XMLCALL rels_start(void *data, const XML_Char *name, const XML_Char **attrs) {
    xml_ctx *x = data;
    reader *r = x->r;
    names *n = x->user;
    if (strcmp(local(name), "Relationship") != 0) return;
    const char *id = attr(attrs, "Id"), *target = attr(attrs, "Target");
    if (!id || !target || grow(r, &r->rel_ids, &n->rcap, r->nrels, sizeof *r->rel_ids, 10000, "relationships")) return;
    r->rel_targets = realloc(r->rel_targets, n->rcap * sizeof *r->rel_targets);
    if (!r->rel_targets) {
        fail(r, NULL, "out of memory");
        return;
    }
    r->rel_ids[r->nrels] = jx_arena_strdup(r->book->arena, id);
    r->rel_targets[r->nrels++] = jx_arena_strdup(r->book->arena, target);
}

static void XMLCALL ignore_end(void *data, const XML_Char *name) { (void)data, (void)name; }

/* A sheet's part inside the archive: relative to xl/ or absolute; a
 * target that climbs out of the archive is refused. */
static const char *sheet_part(reader *r, const char *rel) {
    for (size_t i = 0; i < r->nrels; i++) {
        if (strcmp(r->rel_ids[i], rel) != 0) continue;
        const char *t = r->rel_targets[i];
        if (strstr(t, "..") || strchr(t, '\\') || strstr(t, "://")) {
            fail(r, "xl/_rels/workbook.xml.rels", "a sheet's part \"%s\" outside the workbook: refused", t);
            return NULL;
        }
        return t[0] == '/' ? jx_arena_strdup(r->book->arena, t + 1) : jx_arena_printf(r->book->arena, "xl/%s", t);
    }
    fail(r, "xl/workbook.xml", "a sheet without a part (relationship %s)", rel);
    return NULL;
}

/*** sharedStrings.xml ***/

typedef struct strings_state {
    int in_si, in_t, in_phonetic;
    jx_buf si;
} strings_state;

static void XMLCALL strings_start(void *data, const XML_Char *name, const XML_Char **attrs) {
    (void)attrs;
    xml_ctx *x = data;
    strings_state *s = x->user;
    const char *el = local(name);
    if (strcmp(el, "si") == 0) s->in_si = 1, s->si.len = 0, s->si.failed = 0;
    else if (strcmp(el, "rPh") == 0) s->in_phonetic = 1; /* the reading of a word, not its text */
    else if (strcmp(el, "t") == 0 && s->in_si && !s->in_phonetic) s->in_t = 1, collect(x);
}

static void XMLCALL strings_end(void *data, const XML_Char *name) {
    xml_ctx *x = data;
    reader *r = x->r;
    strings_state *s = x->user;
    const char *el = local(name);
    if (strcmp(el, "t") == 0 && s->in_t) {
        s->in_t = 0;
        x->collecting = 0;
        jx_buf_put(&s->si, x->text.data ? x->text.data : "", x->text.len);
    } else if (strcmp(el, "rPh") == 0) {
        s->in_phonetic = 0;
    } else if (strcmp(el, "si") == 0) {
        s->in_si = 0;
        r->strings_bytes += s->si.len;
        if (r->strings_bytes > JX_XLSX_MAX_PART) {
            fail(r, "xl/sharedStrings.xml", "more text than a workbook may hold");
            return;
        }
        if (grow(r, &r->strings, &r->strings_cap, r->nstrings, sizeof *r->strings, JX_XLSX_MAX_STRINGS, "shared strings")) return;
        const char *t = jx_arena_strndup(r->book->arena, s->si.data ? s->si.data : "", s->si.len);
        if (!t) {
        fail(r, NULL, "out of memory");
        return;
    }
        r->strings[r->nstrings++] = t;
    }
}

/*** styles.xml: which cells show decimals, percentages, dates ***/

typedef struct styles_state {
    int in_xfs;
    size_t fcap, xcap;
} styles_state;

static void XMLCALL styles_start(void *data, const XML_Char *name, const XML_Char **attrs) {
    xml_ctx *x = data;
    reader *r = x->r;
    styles_state *s = x->user;
    const char *el = local(name);
    if (strcmp(el, "numFmt") == 0) {
        const char *id = attr(attrs, "numFmtId"), *code = attr(attrs, "formatCode");
        if (!id || !code || grow(r, &r->fmts, &s->fcap, r->nfmts, sizeof *r->fmts, 10000, "number formats")) return;
        r->fmts[r->nfmts++] = (numfmt){atoi(id), jx_arena_strdup(r->book->arena, code)};
    } else if (strcmp(el, "cellXfs") == 0) {
        s->in_xfs = 1;
    } else if (strcmp(el, "xf") == 0 && s->in_xfs) {
        const char *id = attr(attrs, "numFmtId");
        if (grow(r, &r->xf_fmt, &s->xcap, r->nxf, sizeof *r->xf_fmt, 100000, "cell formats")) return;
        r->xf_fmt[r->nxf++] = id ? atoi(id) : 0;
    }
}

static void XMLCALL styles_end(void *data, const XML_Char *name) {
    xml_ctx *x = data;
    styles_state *s = x->user;
    if (strcmp(local(name), "cellXfs") == 0) s->in_xfs = 0;
}

/* What a format code shows: decimals after the point, a percent sign, a
 * date (y, m, d, h, s outside quotes and brackets), text (@). */
static style code_style(const char *code) {
    style st = {-1, 0, 0, 0};
    if (!code || strcmp(code, "General") == 0) return st;
    int after_point = 0, decimals = 0, digits = 0;
    for (const char *c = code; *c && *c != ';'; c++) {
        if (*c == '"') {
            while (c[1] && c[1] != '"') c++;
            if (c[1]) c++;
        } else if (*c == '[') {
            while (c[1] && c[1] != ']') c++;
            if (c[1]) c++;
        } else if (*c == '\\' && c[1]) {
            c++;
        } else if (*c == '.') {
            after_point = 1;
        } else if (*c == '0' || *c == '#' || *c == '?') {
            digits = 1;
            decimals += after_point;
        } else if (*c == '%') {
            st.percent = 1;
        } else if (*c == '@') {
            st.text = 1;
        } else if (strchr("yYdDmMhHsS", *c) && !digits) {
            st.date = 1;
        }
    }
    if (digits || st.percent) st.decimals = decimals;
    return st;
}

static style cell_style(const reader *r, int xf) {
    static const struct {
        int id;
        const char *code;
    } builtin[] = {{1, "0"}, {2, "0.00"}, {3, "#,##0"}, {4, "#,##0.00"}, {9, "0%"}, {10, "0.00%"}, {37, "#,##0"},
                   {38, "#,##0"}, {39, "#,##0.00"}, {40, "#,##0.00"}, {49, "@"}};
    int id = xf >= 0 && (size_t)xf < r->nxf ? r->xf_fmt[xf] : 0;
    for (size_t i = 0; i < r->nfmts; i++)
        if (r->fmts[i].id == id) return code_style(r->fmts[i].code);
    for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
        if (builtin[i].id == id) return code_style(builtin[i].code);
    /* 14–22 and 45–47 are dates and times; 27–36 and 50–58 the Chinese dates */
    style st = {-1, 0, 0, 0};
    st.date = (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    return st;
}

/*** Worksheets ***/

typedef struct sheet_state {
    jx_book_sheet *sheet;
    size_t cap, mcap;
    int row, col;          /* of the cell being read */
    int style;
    char type[16];
    int in_cell, has_value, has_formula, in_inline;
    const char *value;
} sheet_state;

/* "B12" -> row 11, column 1; -1 when not a reference. */
static int parse_ref(const char *ref, int *row, int *col) {
    int c = 0, r = 0, k = 0;
    for (; ref[k] >= 'A' && ref[k] <= 'Z'; k++) {
        c = c * 26 + (ref[k] - 'A' + 1);
        if (c > 16384) return -1;
    }
    if (k == 0 || !ref[k]) return -1;
    for (; ref[k] >= '0' && ref[k] <= '9'; k++) {
        r = r * 10 + (ref[k] - '0');
        if (r > 1048576) return -1;
    }
    if (ref[k] || r == 0) return -1;
    *row = r - 1, *col = c - 1;
    return 0;
}

/* Days since the epoch of the workbook to YYYY-MM-DD (1900 system with
 * its phantom 29 February, or 1904). */
static void serial_date(double serial, int date1904, char out[64]) {
    long days = (long)floor(serial);
    if (!date1904 && days < 61) days += 1; /* before the phantom 1900-02-29 */
    /* days from 1970-01-01 */
    long z = days - (date1904 ? -24107 : 25569) + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097, yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    snprintf(out, 64, "%04ld-%02ld-%02ld", y + (m <= 2), m, d);
}

/* The shortest text of a number written out without an exponent, by
 * moving the point in the digits (never through binary again):
 * 3.70400220000001e+17 is 370400220000001000. */
static void without_exponent(char *s, size_t size) {
    const char *e = strpbrk(s, "eE");
    if (!e) return;
    long exp = strtol(e + 1, NULL, 10);
    char digits[32];
    size_t n = 0, point = 0;
    int negative = s[0] == '-';
    for (const char *p = s + negative; p < e && n + 1 < sizeof digits; p++)
        if (*p == '.') point = n + 1;
        else digits[n++] = *p;
    digits[n] = '\0';
    long at = (long)(point ? point - 1 : n) + exp; /* digits before the point */
    if (at > 40 || at < -40) return; /* far out: the exponent stays */
    char out[96];
    size_t w = 0;
    if (negative) out[w++] = '-';
    if (at <= 0) {
        out[w++] = '0', out[w++] = '.';
        for (long i = at; i < 0; i++) out[w++] = '0';
    } else {
        for (long i = 0; i < at; i++) out[w++] = (size_t)i < n ? digits[i] : '0';
        if ((size_t)at < n) out[w++] = '.';
    }
    for (size_t i = at > 0 ? (size_t)at : 0; i < n; i++) out[w++] = digits[i];
    out[w] = '\0';
    if (w < size) memcpy(s, out, w + 1);
}

/* A number as its format shows it: fixed decimals, the digits of an
 * integer as written, or the shortest text that reads back as the same
 * value. */
static const char *number_text(reader *r, const char *v, style st, int *date) {
    char *end;
    double d = strtod(v, &end);
    char out[64];
    if (end == v || *end || !isfinite(d)) return v;
    if (st.date && d >= 1 && d < 2958466) {
        serial_date(d, r->date1904, out);
        *date = 1;
    } else if (st.percent) {
        snprintf(out, sizeof out, "%.*f%%", st.decimals < 0 ? 2 : st.decimals, d * 100);
    } else if (st.decimals >= 0) {
        snprintf(out, sizeof out, "%.*f", st.decimals, d);
    } else if (v[strspn(v, "-")] && strspn(v + (v[0] == '-'), "0123456789") == strlen(v + (v[0] == '-'))) {
        return v;
    } else {
        for (int p = 15; p <= 17; p++) {
            snprintf(out, sizeof out, "%.*g", p, d);
            if (strtod(out, NULL) == d) break;
        }
        without_exponent(out, sizeof out);
    }
    return jx_arena_strdup(r->book->arena, out);
}

/* A number cell's value as the file format writes it: a decimal with an
 * optional exponent, nothing else (a value is never read as JSON). */
static int is_number(const char *v) {
    char *end;
    double d = strtod(v, &end);
    if (end == v || *end || !isfinite(d)) return 0;
    for (const char *p = v; *p; p++)
        if (!strchr("0123456789+-.eE", *p)) return 0;
    return 1;
}

static void add_cell(reader *r, sheet_state *s) {
    jx_book_sheet *sh = s->sheet;
    const char *v = s->value;
    if (!v && !(s->has_formula && !s->has_value)) return;
    if (grow(r, &sh->cells, &s->cap, sh->ncells, sizeof *sh->cells, JX_XLSX_MAX_CELLS, "cells in a sheet")) return;
    jx_book_cell *c = &sh->cells[sh->ncells];
    *c = (jx_book_cell){s->row, s->col, JX_CELL_TEXT, v ? v : "", 0, s->has_formula && !s->has_value};
    const char *t = s->type;
    if (c->uncached) {
        c->text = "";
    } else if (strcmp(t, "s") == 0) {
        char *end;
        long i = strtol(v, &end, 10);
        if (end == v || *end || i < 0 || (size_t)i >= r->nstrings) {
            char ref[16];
            jx_cell_name(s->row, s->col, ref);
            fail(r, sh->name, "%s: a shared string that the workbook does not have", ref);
            return;
        }
        c->text = r->strings[i];
    } else if (strcmp(t, "b") == 0) {
        c->kind = JX_CELL_BOOL;
        c->text = strcmp(v, "1") == 0 || strcmp(v, "true") == 0 ? "TRUE" : "FALSE";
    } else if (strcmp(t, "e") == 0) {
        c->kind = JX_CELL_ERROR;
    } else if (strcmp(t, "str") != 0 && strcmp(t, "inlineStr") != 0) {
        style st = cell_style(r, s->style);
        if (st.text) {
            c->kind = JX_CELL_TEXT;
        } else if (!is_number(v)) {
            char ref[16];
            jx_cell_name(s->row, s->col, ref);
            fail(r, sh->name, "%s: a number cell holding \"%.40s\", which is not a number", ref, v);
            return;
        } else {
            c->kind = st.percent ? JX_CELL_TEXT : JX_CELL_NUMBER;
            c->text = number_text(r, v, st, &c->date);
            if (c->date) c->kind = JX_CELL_TEXT;
        }
    }
    if (!c->text) {
        fail(r, NULL, "out of memory");
        return;
    }
    sh->ncells++;
}

static void XMLCALL sheet_start(void *data, const XML_Char *name, const XML_Char **attrs) {
    xml_ctx *x = data;
    reader *r = x->r;
    sheet_state *s = x->user;
    const char *el = local(name);
    if (strcmp(el, "row") == 0) {
        const char *rn = attr(attrs, "r");
        s->row = rn ? atoi(rn) - 1 : s->row + 1;
        s->col = -1;
        if (s->row < 0)
            fail(r, s->sheet->name, "a row numbered \"%s\": rows are numbered from 1", rn ? rn : "");
        else if (s->row >= JX_BOOK_MAX_ROWS)
            fail(r, s->sheet->name, "more than %d rows: a workbook for one document has far fewer", JX_BOOK_MAX_ROWS);
    } else if (strcmp(el, "c") == 0) {
        const char *ref = attr(attrs, "r"), *t = attr(attrs, "t"), *st = attr(attrs, "s");
        int row = s->row, col = s->col + 1;
        if (ref && parse_ref(ref, &row, &col) != 0) {
            fail(r, s->sheet->name, "a cell reference \"%s\"", ref);
            return;
        }
        if (row >= JX_BOOK_MAX_ROWS) {
            fail(r, s->sheet->name, "more than %d rows: a workbook for one document has far fewer", JX_BOOK_MAX_ROWS);
            return;
        }
        s->row = row, s->col = col;
        snprintf(s->type, sizeof s->type, "%s", t ? t : "n");
        s->style = st ? atoi(st) : 0;
        s->in_cell = 1, s->has_value = s->has_formula = 0, s->value = NULL;
    } else if (s->in_cell && strcmp(el, "v") == 0) {
        collect(x);
    } else if (s->in_cell && strcmp(el, "f") == 0) {
        s->has_formula = 1;
    } else if (s->in_cell && strcmp(el, "is") == 0) {
        s->in_inline = 1;
        x->text.len = 0;
    } else if (s->in_inline && strcmp(el, "t") == 0) {
        x->collecting = 1; /* runs of an inline string add up */
    } else if (strcmp(el, "mergeCell") == 0) {
        const char *ref = attr(attrs, "ref");
        const char *colon = ref ? strchr(ref, ':') : NULL;
        jx_book_range m;
        char a[16];
        if (!colon || (size_t)(colon - ref) >= sizeof a) return;
        snprintf(a, sizeof a, "%.*s", (int)(colon - ref), ref);
        if (parse_ref(a, &m.r1, &m.c1) || parse_ref(colon + 1, &m.r2, &m.c2) || m.r2 < m.r1 || m.c2 < m.c1) return;
        if (grow(r, &s->sheet->merges, &s->mcap, s->sheet->nmerges, sizeof m, JX_XLSX_MAX_MERGES, "merged ranges")) return;
        s->sheet->merges[s->sheet->nmerges++] = m;
    }
}

static void XMLCALL sheet_end(void *data, const XML_Char *name) {
    xml_ctx *x = data;
    reader *r = x->r;
    sheet_state *s = x->user;
    const char *el = local(name);
    if (s->in_cell && strcmp(el, "v") == 0) {
        s->value = collected(x);
        s->has_value = 1;
    } else if (s->in_inline && strcmp(el, "t") == 0) {
        x->collecting = 0;
    } else if (s->in_inline && strcmp(el, "is") == 0) {
        s->in_inline = 0;
        x->collecting = 1;
        s->value = collected(x);
        s->has_value = 1;
    } else if (strcmp(el, "c") == 0 && s->in_cell) {
        s->in_cell = 0;
        if (!r->failed) add_cell(r, s);
    }
}

/*** The workbook ***/

static int read_parts(reader *r) {
    names n = {0, 0};
    if (zip_name_locate(r->zip, "word/document.xml", 0) >= 0)
        return fail(r, NULL, "a Word document, not a workbook (renamed .xlsx?)"), -1;
    if (parse_part(r, "xl/workbook.xml", 1, workbook_start, ignore_end, &n) ||
        parse_part(r, "xl/_rels/workbook.xml.rels", 1, rels_start, ignore_end, &n))
        return -1;
    strings_state ss = {0, 0, 0, {0}};
    jx_buf_init(&ss.si, JX_XLSX_MAX_PART);
    int rc = parse_part(r, "xl/sharedStrings.xml", 0, strings_start, strings_end, &ss);
    jx_buf_free(&ss.si);
    styles_state sty = {0, 0, 0};
    if (rc || parse_part(r, "xl/styles.xml", 0, styles_start, styles_end, &sty)) return -1;
    jx_book *b = r->book;
    b->sheets = jx_arena_array(b->arena, r->nsheets ? r->nsheets : 1, sizeof *b->sheets);
    if (!b->sheets) return fail(r, NULL, "out of memory"), -1;
    const char **parts = jx_arena_array(b->arena, r->nsheets ? r->nsheets : 1, sizeof *parts);
    if (!parts) return fail(r, NULL, "out of memory"), -1;
    /* each part read once: two sheets naming one part are a damaged (or a hostile) workbook */
    for (size_t i = 0; i < r->nsheets; i++) {
        if (!(parts[i] = sheet_part(r, r->sheet_rels[i]))) return -1;
        for (size_t k = 0; k < i; k++)
            if (strcmp(parts[k], parts[i]) == 0)
                return fail(r, "xl/workbook.xml", "the sheets \"%s\" and \"%s\" are one part (%s): a damaged workbook",
                            r->sheet_names[k], r->sheet_names[i], parts[i]), -1;
    }
    for (size_t i = 0; i < r->nsheets && !r->failed; i++) {
        const char *part = parts[i];
        jx_book_sheet *sh = &b->sheets[b->nsheets++];
        sh->name = r->sheet_names[i];
        sheet_state s = {sh, 0, 0, -1, -1, 0, "n", 0, 0, 0, 0, NULL};
        if (!part || parse_part(r, part, 1, sheet_start, sheet_end, &s)) return -1;
    }
    return r->failed ? -1 : 0;
}

/* Why bytes are no .xlsx, in the words of the program that wrote them. */
static const char *not_a_zip(const unsigned char *data, size_t len) {
    static const char encrypted[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
    if (len < 8 || memcmp(data, JX_OLE_SIGNATURE, 8) != 0) return "not an xlsx workbook (not a ZIP archive, or a damaged one)";
    for (size_t i = 0; i + sizeof encrypted - 1 <= len; i++)
        if (memcmp(data + i, encrypted, sizeof encrypted - 1) == 0)
            return "a workbook encrypted with a password: save it again without one (文件 → 信息 → 保护工作簿)";
    return "an old Excel workbook (.xls): save it as an Excel Workbook (.xlsx) and read that";
}

jx_book *jx_book_read(const char *name, const unsigned char *data, size_t len, jx_diags *diags) {
    jx_book *b = calloc(1, sizeof *b);
    reader r = {.book = b, .file = name, .diags = diags};
    if (!b || !(b->arena = jx_arena_new())) {
        free(b);
        jx_diags_add(diags, JX_ERROR, name, 0, 0, "", "out of memory");
        return NULL;
    }
    b->file = jx_arena_strdup(b->arena, name);
    char why[256];
    if (jx_lazy_zip_load(why, sizeof why) || jx_lazy_expat_load(why, sizeof why)) {
        jx_diags_add(diags, JX_ERROR, name, 0, 0, "", "%s", why);
        jx_book_free(b);
        return NULL;
    }
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
    r.zip = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
    if (!r.zip) {
        if (src) zip_source_free(src);
        fail(&r, NULL, "%s", not_a_zip(data, len));
    } else {
        read_parts(&r);
        zip_discard(r.zip);
    }
    zip_error_fini(&ze);
    free(r.sheet_names), free(r.sheet_rels), free(r.rel_ids), free(r.rel_targets);
    free(r.strings), free(r.fmts), free(r.xf_fmt);
    if (r.failed) {
        jx_book_free(b);
        return NULL;
    }
    return b;
}

void jx_book_free(jx_book *b) {
    if (!b) return;
    for (size_t i = 0; i < b->nsheets; i++) free(b->sheets[i].cells), free(b->sheets[i].merges);
    jx_arena_free(b->arena);
    free(b);
}
