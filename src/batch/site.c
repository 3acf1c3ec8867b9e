#include "batch/site.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "layout/bind.h"
#include "pipeline/pipeline.h"
#include "render/output.h"

typedef struct entry {
    const char *name, *unit, *score, *grade;
    double points; /* the score as a number, -1 when it shows none */
    const char *page, *pdf;
} entry;

/* The text a layout would bind at object.field of the document. */
static const char *field_text(const jx_model *doc, const char *object, const char *field, jx_arena *a) {
    int oom = 0;
    jx_val root = jx_bind_root(doc);
    const jx_field *f = jx_bind_field(root.type, object, strlen(object));
    jx_val obj = f ? jx_bind_get(f, &root, a, &oom) : (jx_val){0};
    const jx_field *g = obj.kind == JX_V_OBJECT ? jx_bind_field(obj.type, field, strlen(field)) : NULL;
    jx_val v = g ? jx_bind_get(g, &obj, a, &oom) : (jx_val){0};
    return v.kind == JX_V_TEXT && v.text ? v.text : "";
}

static int exists(const char *outdir, const char *name, jx_arena *a, const char **path) {
    struct stat st;
    char *full = jx_arena_printf(a, "%s/%s", outdir, name);
    *path = name;
    return full && stat(full, &st) == 0 && S_ISREG(st.st_mode);
}

/* The document's line: its input scored again (the page was made from it). */
static int entry_of(const jx_manifest_item *it, const char *outdir, jx_arena *a, entry *e, jx_diags *d) {
    jx_out_kind kind;
    if (jx_out_kind_of_name(it->output, &kind) != 1 || kind != JX_OUT_HTML || !exists(outdir, it->output, a, &e->page))
        return 0;
    unsigned char *data = NULL;
    size_t len = 0;
    if (jx_read_file(it->input, &data, &len, d)) return -1;
    jx_diags quiet; /* the render said what there is to say about the input */
    jx_diags_init(&quiet);
    jx_input in = {it->input, data, len};
    jx_model *doc = jx_load_scored(&in, &quiet);
    jx_diags_free(&quiet);
    free(data);
    if (!doc) return 0;
    const char *implementer = field_text(doc, "subject", "implementer", a);
    e->name = jx_arena_strdup(a, field_text(doc, "subject", "name", a));
    e->unit = jx_arena_strdup(a, implementer[0] ? implementer : field_text(doc, "subject", "department", a));
    e->score = jx_arena_strdup(a, field_text(doc, "scoring", "score", a));
    e->grade = jx_arena_strdup(a, field_text(doc, "scoring", "grade", a));
    char *end;
    e->points = strtod(e->score, &end);
    if (end == e->score) e->points = -1;
    char *pdf = jx_arena_printf(a, "%.*s.pdf", (int)(strlen(it->output) - strlen(".html")), it->output);
    if (!pdf || !exists(outdir, pdf, a, &e->pdf)) e->pdf = NULL;
    jx_model_free(doc);
    return e->name && e->unit && e->score && e->grade ? 1 : -1;
}

static int by_name(const void *x, const void *y) {
    const entry *a = x, *b = y;
    int c = strcmp(a->name, b->name);
    return c ? c : strcmp(a->page, b->page);
}
static int by_unit(const void *x, const void *y) {
    const entry *a = x, *b = y;
    int c = strcmp(a->unit, b->unit);
    return c ? c : by_name(x, y);
}
static int by_score(const void *x, const void *y) { /* highest first */
    const entry *a = x, *b = y;
    return a->points != b->points ? (a->points < b->points ? 1 : -1) : by_name(x, y);
}
/* The national labels and their common long forms, best first; others after. */
static int grade_rank(const char *g) {
    static const char *const ranked[][2] = {{"优", "优秀"}, {"良", "良好"}, {"中", "合格"}, {"差", "不合格"}};
    for (int r = 0; r < 4; r++)
        if (strcmp(g, ranked[r][0]) == 0 || strcmp(g, ranked[r][1]) == 0) return r;
    return 4;
}
static int by_grade(const void *x, const void *y) {
    const entry *a = x, *b = y;
    int ra = grade_rank(a->grade), rb = grade_rank(b->grade), c = strcmp(a->grade, b->grade);
    return ra != rb ? ra - rb : c ? c : by_score(x, y);
}

typedef struct order {
    const char *file, *heading;
    int (*cmp)(const void *, const void *);
} order;

static const order ORDERS[] = {{"index.html", "项目名称", by_name},
                               {"index-unit.html", "单位", by_unit},
                               {"index-score.html", "得分", by_score},
                               {"index-grade.html", "等级", by_grade}};
#define NORDERS (sizeof ORDERS / sizeof *ORDERS)

static void cell(jx_buf *o, const char *text) {
    jx_buf_puts(o, "<td>");
    jx_buf_markup(o, text, strlen(text));
    jx_buf_puts(o, "</td>");
}

static void link(jx_buf *o, const char *href, const char *text) {
    jx_buf_puts(o, "<a href=\"");
    jx_buf_markup(o, href, strlen(href));
    jx_buf_puts(o, "\">");
    jx_buf_puts(o, text);
    jx_buf_puts(o, "</a>");
}

static void page(jx_buf *o, const entry *e, size_t n, size_t sorted) {
    jx_buf_puts(o, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>绩效评价文件目录</title>\n"
                   "<style>\nbody { font-family: \"SimSun\", \"宋体\", \"Noto Serif CJK SC\", serif; margin: 2em auto; "
                   "max-width: 60em; padding: 0 1em; }\nh1 { font-family: \"SimHei\", \"黑体\", \"Noto Sans CJK SC\", "
                   "sans-serif; font-weight: normal; text-align: center; }\ntable { border-collapse: collapse; width: 100%; }\n"
                   "th, td { border: 1px solid #000; padding: 0.2em 0.5em; }\nth { font-family: \"SimHei\", \"黑体\", "
                   "\"Noto Sans CJK SC\", sans-serif; font-weight: normal; }\ntd.n { text-align: right; }\n</style>\n"
                   "</head>\n<body>\n<h1>绩效评价文件目录</h1>\n<table>\n");
    jx_buf_printf(o, "<caption>共 %zu 份文件；点击列名按该列排序</caption>\n<thead>\n<tr><th scope=\"col\">序号</th>", n);
    for (size_t k = 0; k < NORDERS; k++) {
        jx_buf_printf(o, "<th scope=\"col\"%s>", k == sorted ? (k == 2 ? " aria-sort=\"descending\"" : " aria-sort=\"ascending\"") : "");
        if (k == sorted) jx_buf_puts(o, ORDERS[k].heading);
        else link(o, ORDERS[k].file, ORDERS[k].heading);
        jx_buf_puts(o, "</th>");
    }
    jx_buf_puts(o, "<th scope=\"col\">文件</th></tr>\n</thead>\n<tbody>\n");
    for (size_t i = 0; i < n; i++) {
        jx_buf_printf(o, "<tr><td class=\"n\">%zu</td>", i + 1);
        cell(o, e[i].name);
        cell(o, e[i].unit);
        jx_buf_puts(o, "<td class=\"n\">");
        jx_buf_markup(o, e[i].score, strlen(e[i].score));
        jx_buf_puts(o, "</td>");
        cell(o, e[i].grade);
        jx_buf_puts(o, "<td>");
        link(o, e[i].page, "网页");
        if (e[i].pdf) jx_buf_puts(o, " "), link(o, e[i].pdf, "PDF");
        jx_buf_puts(o, "</td></tr>\n");
    }
    jx_buf_puts(o, "</tbody>\n</table>\n</body>\n</html>\n");
}

static int write_pages(entry *e, size_t n, const char *outdir, jx_arena *a, jx_diags *d) {
    for (size_t k = 0; k < NORDERS; k++) {
        qsort(e, n, sizeof *e, ORDERS[k].cmp);
        jx_buf o;
        jx_buf_init(&o, 1u << 30);
        page(&o, e, n, k);
        char *path = jx_arena_printf(a, "%s/%s", outdir, ORDERS[k].file), err[512] = "out of memory";
        char *bytes = jx_buf_take(&o);
        int rc = bytes && path ? jx_write_output(path, bytes, strlen(bytes), err, sizeof err) : -1;
        free(bytes);
        if (rc) {
            jx_diags_add(d, JX_ERROR, path ? path : outdir, 0, 0, "", "%s", err);
            return -1;
        }
    }
    return 0;
}

int jx_site_index(const jx_manifest *m, const char *outdir, jx_diags *d) {
    jx_arena *a = jx_arena_new();
    entry *e = a ? jx_arena_array(a, m->count ? m->count : 1, sizeof *e) : NULL;
    size_t n = 0;
    int rc = e ? 0 : -1;
    for (size_t i = 0; e && i < m->count && rc == 0; i++) {
        int got = entry_of(&m->items[i], outdir, a, &e[n], d);
        if (got < 0) rc = -1;
        n += got > 0;
    }
    if (!e || (rc && !d->errors)) jx_diags_add(d, JX_ERROR, outdir, 0, 0, "", "out of memory");
    if (rc == 0) rc = write_pages(e, n, outdir, a, d);
    jx_arena_free(a);
    return rc;
}
