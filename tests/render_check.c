/* render_check INPUT.json TEXT [-s|-S] [-r] [-t] [-a] [PATH...]
 *
 * Checks the text extracted from a rendered document (pdftotext) against
 * what the scoring pass computed for INPUT: every leaf's score, with -s
 * each 一级 subtotal too, with -S the 二级 ones as well, with -r each 一级 得分率, the total and the grade (with
 * -t those two only: a 汇总表 row); and
 * the text of every PATH (a layout binding, "subject.overview"), each item of
 * a list of strings or of {title, detail} alone; with -a every string and
 * number the user typed that a document shows (the loader's inventory),
 * paragraph by paragraph, dates as documents write them. Numbers are compared as
 * numbers ("19.5" is found as 19.50); texts with all whitespace removed,
 * since lines break anywhere. Prints what is missing; exit 1 if anything. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/punct.h"
#include "layout/bind.h"
#include "layout/layout.h"

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *more = realloc(buf, (cap *= 2) + 1);
            if (!more) free(buf);
            buf = more;
        }
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    *len = n;
    return buf;
}

/* "—12—": a page number, which stands between the lines of a paragraph
 * that runs over to the next page. */
static size_t folio_length(const char *r) {
    static const char dash[] = "\xE2\x80\x94";
    if (strncmp(r, dash, 3) != 0) return 0;
    size_t k = strspn(r + 3, "0123456789");
    return k && strncmp(r + 3 + k, dash, 3) == 0 ? k + 6 : 0;
}

/* Drops ASCII whitespace and U+3000, then page numbers; keeps page breaks
 * (\f) when asked. */
static void squeeze_keeping(char *s, int breaks) {
    char *w = s;
    for (char *r = s; *r;) {
        if (*r == ' ' || *r == '\n' || *r == '\t' || *r == '\r' || (*r == '\f' && !breaks))
            r++;
        else if ((unsigned char)r[0] == 0xE3 && (unsigned char)r[1] == 0x80 && (unsigned char)r[2] == 0x80)
            r += 3;
        else
            *w++ = *r++;
    }
    *w = '\0';
    w = s;
    for (char *r = s; *r;) {
        size_t folio = folio_length(r);
        if (folio)
            r += folio;
        else
            *w++ = *r++;
    }
    *w = '\0';
}

static void squeeze(char *s) { squeeze_keeping(s, 0); }

/* The text of the pages, page breaks kept: a table cell split over two
 * pages has the repeated header rows between its halves. */
static char *paged_text;

static size_t utf8_back(const char *s, size_t k) {
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    return k;
}

/* want is found in pieces, each but the last ending on a page (the row's
 * other cells may follow it) and the next one found on a later page. */
static int found_across_pages(const char *want) {
    const char *from = paged_text;
    size_t left = strlen(want);
    for (int pieces = 0; left && pieces < 8; pieces++) {
        size_t lo = 0, hi = left;
        char piece[4096];
        while (lo < hi) { /* the longest prefix found from `from` */
            size_t mid = utf8_back(want, (lo + hi + 1) / 2);
            if (mid <= lo) mid = lo + 1;
            while (mid < hi && ((unsigned char)want[mid] & 0xC0) == 0x80) mid++;
            snprintf(piece, sizeof piece, "%.*s", (int)mid, want);
            if (mid < sizeof piece && strstr(from, piece))
                lo = mid;
            else
                hi = mid - 1;
        }
        lo = utf8_back(want, lo);
        if (lo == 0) return 0;
        snprintf(piece, sizeof piece, "%.*s", (int)lo, want);
        const char *at = strstr(from, piece);
        if (lo == left) return 1;
        const char *next_page = strchr(at + lo, '\f');
        if (lo < 12 || !next_page) return 0;
        from = next_page;
        want += lo, left -= lo;
    }
    return left == 0;
}

/* "19.50" -> "19.5", "20.00" -> "20", "100" stays. */
static void trim_number(char *t) {
    char *dot = strchr(t, '.');
    if (!dot) return;
    char *end = t + strlen(t);
    while (end > dot + 1 && end[-1] == '0') *--end = '\0';
    if (end == dot + 1) *dot = '\0';
}

/* Is the number (with its % when a rate) a whole token of the text? */
static int has_number(const char *text, const char *want) {
    char value[64];
    int negative = want[0] == '-';
    snprintf(value, sizeof value, "%s", want + negative);
    size_t n = strlen(value);
    int percent = n && value[n - 1] == '%';
    if (percent) value[--n] = '\0';
    trim_number(value);
    for (const char *p = text; *p; p++) {
        if (!((*p >= '0' && *p <= '9') || *p == '.')) continue;
        if (p > text && ((p[-1] >= '0' && p[-1] <= '9') || p[-1] == '.')) continue;
        size_t k = strspn(p, "0123456789.");
        char tok[64];
        snprintf(tok, sizeof tok, "%.*s", (int)(k < 63 ? k : 63), p);
        trim_number(tok);
        if (strcmp(tok, value) == 0 && (!percent || p[k] == '%') && (!negative || (p > text && p[-1] == '-')))
            return 1;
    }
    return 0;
}

static int missing = 0, found = 0;
/* Numbers are looked for in the text as extracted, where spaces part the
 * cells of a row; texts in the squeezed copy. */
static const char *raw_text;

static void expect_number(const char *text, const char *what, const jx_val *v) {
    (void)text;
    if (v->kind != JX_V_TEXT || strcmp(v->text, JX_UNKNOWN) == 0) return;
    if (has_number(raw_text, v->text)) {
        found++;
    } else {
        printf("missing %s: %s\n", what, v->text);
        missing++;
    }
}

static int text_found(const char *text, const char *want) {
    char *s = strdup(want);
    squeeze(s);
    int ok = !s[0] || strstr(text, s) || found_across_pages(s);
    free(s);
    return ok;
}

/* As typed, or as a layout that sets punctuation full-width prints it. */
static void expect_text(const char *text, const char *what, const char *want) {
    jx_buf full;
    jx_buf_init(&full, 1u << 24);
    char where[96];
    int ok = text_found(text, want);
    if (!ok && jx_full_width_punct(want, &full, where, sizeof where)) {
        char *fixed = jx_buf_take(&full);
        ok = fixed && text_found(text, fixed);
        free(fixed);
    }
    jx_buf_free(&full);
    if (ok) {
        found++;
    } else {
        printf("missing %s: %.60s…\n", what, want);
        missing++;
    }
}

/* "2022-12-31" → "2022年12月31日", as the layouts print dates. */
static int date_text(const char *t, char *out, size_t size) {
    int y, m, d, n = 0;
    if (sscanf(t, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3 && !t[n]) return snprintf(out, size, "%d年%d月%d日", y, m, d), 1;
    if (sscanf(t, "%4d-%2d%n", &y, &m, &n) == 2 && !t[n]) return snprintf(out, size, "%d年%d月", y, m), 1;
    return 0;
}

/* Each typed value, as paragraphs without ** marks; numbers as numbers. */
static void check_inventory(const char *text, const jx_model *doc) {
    for (size_t i = 0; i < doc->nvalues; i++) {
        const jx_input_value *v = &doc->values[i];
        char date[64];
        size_t plen = strlen(v->pos.ptr);
        int is_date = (plen >= 5 && !strcmp(v->pos.ptr + plen - 5, "/date")) || strstr(v->pos.ptr, "/period/");
        if (is_date && date_text(v->text, date, sizeof date)) {
            expect_text(text, v->pos.ptr, date);
            continue;
        }
        size_t sign = v->text[0] == '-', digits = strspn(v->text + sign, "0123456789");
        if (digits && (v->text[sign + digits] == '\0' ||
                       (v->text[sign + digits] == '.' && strspn(v->text + sign + digits + 1, "0123456789") ==
                                                              strlen(v->text + sign + digits + 1)))) {
            jx_val num = {.kind = JX_V_TEXT, .text = v->text};
            expect_number(text, v->pos.ptr, &num);
            continue;
        }
        char *copy = strdup(v->text), *w = copy;
        for (char *r = copy; *r; r++)
            if (!(r[0] == '*' && r[1] == '*')) *w++ = *r;
            else r++;
        *w = '\0';
        for (char *para = strtok(copy, "\n"); para; para = strtok(NULL, "\n")) expect_text(text, v->pos.ptr, para);
        free(copy);
    }
}

static jx_val field(const jx_val *obj, const char *name, jx_arena *a) {
    int oom = 0;
    return jx_bind_get(jx_bind_field(obj->type, name, strlen(name)), obj, a, &oom);
}

static void check_scores(const char *text, const jx_model *doc, int subtotals, int rates, int totals_only,
                         jx_arena *a) {
    jx_val root = jx_bind_root(doc);
    /* a 汇总表 lists the unit's own evaluation (a report's attached 自评表)
     * and grades every row on the national bands */
    jx_val own = totals_only ? field(&root, "self_evaluation", a) : root;
    jx_val scoring = field(&own, "scoring", a);
    jx_val score = field(&scoring, "score", a), grade = field(&scoring, totals_only ? "standard_grade" : "grade", a);
    expect_number(text, "total", &score);
    if (grade.kind == JX_V_TEXT) expect_text(text, "grade", grade.text);
    jx_val roots = field(&root, "indicators", a);
    int oom = 0;
    for (size_t i = 0; !totals_only && i < roots.count; i++) {
        jx_val r = jx_bind_item(&roots, i, a, &oom);
        jx_val name = field(&r, "name", a);
        if (rates) {
            jx_val rate = field(&r, "rate", a);
            expect_number(text, name.text, &rate);
        }
        jx_val leaves = field(&r, "leaves", a);
        for (size_t k = 0; k < leaves.count; k++) {
            jx_val leaf = jx_bind_item(&leaves, k, a, &oom);
            jx_val s = field(&leaf, "score", a), leaf_name = field(&leaf, "name", a);
            expect_number(text, leaf_name.text, &s);
            /* forms show the 预算执行率 row with the funds, under their own words */
            if (((const jx_node *)leaf.ptr)->in.method != JX_METHOD_EXECUTION)
                expect_text(text, "indicator", leaf_name.text);
        }
        if (!subtotals) continue;
        jx_val s = field(&r, "score", a);
        expect_number(text, name.text, &s);
        if (subtotals < 2) continue;
        jx_val children = field(&r, "children", a);
        for (size_t k = 0; k < children.count; k++) {
            jx_val c = jx_bind_item(&children, k, a, &oom);
            jx_val cs = field(&c, "score", a), cn = field(&c, "name", a);
            expect_number(text, cn.text, &cs);
        }
    }
}

static void check_path(const char *text, const jx_model *doc, const char *path, jx_arena *a) {
    jx_scopes scopes = {{JX_T_DOC}, {0}, 1};
    jx_diags d;
    jx_diags_init(&d);
    jx_path p;
    jx_pos pos = {"", 0, 0};
    if (jx_path_compile(a, path, strlen(path), pos, &scopes, "argument", &d, &p)) {
        printf("bad path %s\n", path);
        missing++;
    } else {
        jx_env env = {.a = a};
        jx_env_push(&env, jx_bind_root(doc), 0, 1);
        jx_val v = jx_path_eval(&env, &p);
        for (size_t i = 0; v.kind == JX_V_LIST && i < v.count; i++) {
            jx_val item = jx_bind_item(&v, i, a, &env.oom);
            if (item.kind == JX_V_TEXT) expect_text(text, path, item.text);
            if (item.kind != JX_V_OBJECT) continue;
            jx_val t = field(&item, "title", a), dt = field(&item, "detail", a);
            if (t.kind == JX_V_TEXT) expect_text(text, path, t.text);
            if (dt.kind == JX_V_TEXT) expect_text(text, path, dt.text);
        }
        if (v.kind == JX_V_TEXT) expect_text(text, path, v.text);
    }
    jx_diags_free(&d);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: render_check INPUT.json TEXT [-s|-S] [-r] [-t] [PATH...]\n");
        return 2;
    }
    size_t len, tlen;
    char *data = read_file(argv[1], &len), *text = read_file(argv[2], &tlen);
    jx_diags d;
    jx_diags_init(&d);
    jx_model *doc = data ? jx_model_load(argv[1], (const unsigned char *)data, len, &d) : NULL;
    if (!doc || !text || jx_model_score(doc, &d)) {
        fprintf(stderr, "render_check: cannot read %s or %s\n", argv[1], argv[2]);
        return 2;
    }
    raw_text = strdup(text);
    paged_text = strdup(text);
    squeeze_keeping(paged_text, 1);
    squeeze(text);
    jx_arena *a = jx_arena_new();
    int subtotals = 0, rates = 0, totals_only = 0, inventory = 0;
    for (int i = 3; i < argc; i++) {
        if (!strcmp(argv[i], "-s")) subtotals = 1;
        if (!strcmp(argv[i], "-S")) subtotals = 2;
        if (!strcmp(argv[i], "-r")) rates = 1;
        if (!strcmp(argv[i], "-t")) totals_only = 1;
        if (!strcmp(argv[i], "-a")) inventory = 1;
    }
    check_scores(text, doc, subtotals, rates, totals_only, a);
    if (inventory) check_inventory(text, doc);
    for (int i = 3; i < argc; i++)
        if (argv[i][0] != '-') check_path(text, doc, argv[i], a);
    printf("%d found, %d missing\n", found, missing);
    jx_arena_free(a);
    jx_model_free(doc);
    jx_diags_free(&d);
    free(data);
    free(text);
    free((char *)raw_text);
    free(paged_text);
    return missing ? 1 : 0;
}
