#include "batch/findings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"

static void cell(jx_buf *o, const char *text, int first) {
    if (!first) jx_buf_putc(o, ',');
    jx_buf_json_string(o, text);
}

/* A document's rows in the order of the file: 文件 spanning its findings,
 * then 行:列, 位置, 级别, 内容. */
static int document_rows(jx_buf *o, const char *file, const jx_diags *d) {
    const jx_diag **mine = jx_diags_in_order(d);
    if (!mine) return -1;
    size_t n = 0;
    for (size_t i = 0; i < d->count; i++)
        if (strcmp(mine[i]->file, file) == 0) mine[n++] = mine[i];
    if (n == 0) {
        jx_buf_puts(o, ",\n   [");
        cell(o, file, 1);
        jx_buf_puts(o, ",{\"text\":\"未发现问题\",\"colspan\":4,\"align\":\"left\"}]");
    }
    for (size_t k = 0; k < n; k++) {
        const jx_diag *g = mine[k];
        char place[48] = "";
        if (g->line > 0) snprintf(place, sizeof place, "%d:%d", g->line, g->col);
        jx_buf_puts(o, ",\n   [");
        if (k == 0) {
            jx_buf_printf(o, "{\"rowspan\":%zu,\"align\":\"left\",\"text\":", n);
            jx_buf_json_string(o, file);
            jx_buf_puts(o, "},");
        }
        cell(o, place, 1);
        jx_buf_puts(o, ",{\"align\":\"left\",\"text\":");
        jx_buf_json_string(o, g->pointer[0] ? g->pointer : "/");
        jx_buf_puts(o, "}");
        cell(o, g->severity == JX_ERROR ? "错误" : "提示", 0);
        jx_buf_puts(o, ",{\"align\":\"left\",\"text\":");
        jx_buf_json_string(o, g->message);
        jx_buf_puts(o, "}]");
    }
    free((void *)mine);
    return 0;
}

char *jx_findings_tree(char *const *files, size_t n, const jx_diags *d) {
    jx_buf o;
    jx_buf_init(&o, 1u << 30);
    jx_buf_printf(&o, "{\"format\":\"jixiao-doc/1\",\"title\":\"审核意见\",\"page\":{\"orientation\":\"landscape\"},\n"
                      " \"blocks\":[\n  {\"type\":\"title\",\"text\":\"审核意见\"},\n"
                      "  {\"type\":\"paragraph\",\"text\":\"共审核 %zu 份文件，错误 %zu 处，提示 %zu 处。\"},\n"
                      "  {\"type\":\"table\",\"caption\":\"各文件审核发现\",\"header\":1,\"columns\":[4,1.2,4,1,9],\"rows\":[\n"
                      "   [\"文件\",\"行:列\",\"位置\",\"级别\",\"内容\"]",
                  n, d->errors, d->warnings);
    int failed = 0;
    for (size_t i = 0; i < n && !failed; i++) failed = document_rows(&o, files[i], d);
    jx_buf_puts(&o, "]}\n ]}\n");
    if (failed) jx_buf_free(&o);
    return failed ? NULL : jx_buf_take(&o);
}
