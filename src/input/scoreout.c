/* The scored tree as an aligned text table or as JSON. Builds strings only;
 * printing is the command line's job (cli/main.c). */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "input/methods.h"
#include "input/model.h"
#include "base/utf8.h"

#define OUTPUT_LIMIT (64u << 20)

/* Pre-order successor using the parent links: no stack, no recursion. */
static void put_units(jx_buf *b, int64_t u, int dp) {
    char t[48];
    jx_units_format(u, dp, t, sizeof t);
    jx_buf_puts(b, t);
}

static void put_padded(jx_buf *b, const char *s, size_t width, int right) {
    size_t w = jx_utf8_width(s);
    if (right)
        for (; w < width; w++) jx_buf_putc(b, ' ');
    jx_buf_puts(b, s);
    if (!right)
        for (; w < width; w++) jx_buf_putc(b, ' ');
}

static void put_row(jx_buf *b, size_t name_width, const char *name, const char *weight,
                    const char *score, const char *rate) {
    put_padded(b, name, name_width, 0);
    put_padded(b, weight, 10, 1);
    put_padded(b, score, 10, 1);
    if (rate[0]) put_padded(b, rate, 10, 1);
    jx_buf_putc(b, '\n');
}

static void put_table(jx_buf *b, const jx_doc *doc) {
    const jx_scoring *sc = &doc->scoring;
    int dp = sc->decimals;
    size_t name_width = jx_utf8_width("总分");
    for (int i = jx_tree_first(sc); i >= 0; i = jx_tree_next(sc, i, -1)) {
        size_t w = (size_t)sc->nodes[i].depth * 2 + jx_utf8_width(sc->nodes[i].name);
        if (w > name_width) name_width = w;
    }
    name_width += 2;
    put_row(b, name_width, "名称", "分值", "得分", "得分率");
    for (int i = jx_tree_first(sc); i >= 0; i = jx_tree_next(sc, i, -1)) {
        const jx_node *n = &sc->nodes[i];
        char name[1024], weight[48], score[48], rate[56];
        snprintf(name, sizeof name, "%*s%s", n->depth * 2, "", n->name);
        jx_units_format(n->weight_units, dp, weight, sizeof weight);
        if (!n->applicable) {
            put_row(b, name_width, name, weight, "不适用", "—");
            continue;
        }
        if (n->scored)
            jx_units_format(n->score, dp, score, sizeof score);
        else
            strcpy(score, "—"); /* unpublished, and nothing computes it */
        if (n->has_rate) {
            jx_units_format(n->rate, dp, rate, sizeof rate);
            strcat(rate, "%");
        } else {
            strcpy(rate, "—");
        }
        put_row(b, name_width, name, weight, score, rate);
    }
    char total[48], full[48];
    jx_units_format(sc->total_score, dp, total, sizeof total);
    int64_t full_units = 0;
    jx_q_round(jx_q_dec(sc->total.v), dp, &full_units);
    jx_units_format(full_units, dp, full, sizeof full);
    put_row(b, name_width, "总分", full, total, "");
    put_padded(b, "等级", name_width, 0);
    put_padded(b, sc->grade ? sc->grade : "", 10, 1);
    jx_buf_putc(b, '\n');
}

/* The document's tree, then each attached document's under its 附件 line. */
char *jx_score_table(const jx_doc *doc) {
    jx_buf b;
    jx_buf_init(&b, OUTPUT_LIMIT);
    put_table(&b, doc);
    for (size_t i = 0; i < doc->nattachments; i++) {
        const jx_attachment *a = &doc->attachments[i];
        jx_buf_printf(&b, "\n附件 %zu（%s）：%s\n", i + 1, a->layout, a->doc->subject.name ? a->doc->subject.name : "");
        put_table(&b, a->doc);
    }
    return jx_buf_take(&b);
}

static void json_key(jx_buf *b, const char *key) {
    jx_buf_json_string(b, key);
    jx_buf_putc(b, ':');
}

static void json_node(jx_buf *b, const jx_scoring *sc, int i) {
    const jx_node *n = &sc->nodes[i];
    int dp = sc->decimals;
    jx_buf_putc(b, '{');
    json_key(b, "pointer");
    jx_buf_json_string(b, n->pos.ptr ? n->pos.ptr : "");
    jx_buf_putc(b, ',');
    json_key(b, "path");
    jx_buf_putc(b, '[');
    /* names from the root down: collect the ancestors first */
    int chain[16], depth = 0;
    for (int k = i; k >= 0 && depth < 16; k = sc->nodes[k].parent) chain[depth++] = k;
    while (depth-- > 0) {
        jx_buf_json_string(b, sc->nodes[chain[depth]].name);
        if (depth) jx_buf_putc(b, ',');
    }
    jx_buf_puts(b, "],");
    json_key(b, "level");
    jx_buf_printf(b, "%d,", n->depth + 1);
    json_key(b, "weight");
    put_units(b, n->weight_units, dp);
    jx_buf_putc(b, ',');
    json_key(b, "applicable");
    jx_buf_puts(b, n->applicable ? "true," : "false,");
    json_key(b, "score");
    if (n->applicable && n->scored)
        put_units(b, n->score, dp);
    else
        jx_buf_puts(b, "null");
    jx_buf_putc(b, ',');
    json_key(b, "rate");
    if (n->applicable && n->has_rate)
        put_units(b, n->rate, dp);
    else
        jx_buf_puts(b, "null");
    jx_buf_putc(b, ',');
    if (n->has_ratio) {
        json_key(b, "ratio");
        put_units(b, n->ratio, dp);
        jx_buf_putc(b, ',');
    }
    json_key(b, "method");
    if (n->is_leaf)
        jx_buf_json_string(b, jx_method_name(n->in.method));
    else
        jx_buf_puts(b, "null");
    if (n->unpublished) jx_buf_puts(b, ",\"published\":false");
    if (n->explain) {
        jx_buf_putc(b, ',');
        json_key(b, "explain");
        jx_buf_json_string(b, n->explain);
    }
    jx_buf_putc(b, '}');
}

/* subject, decimals, weight, total, grade and nodes, each followed by
 * ",\n" and `indent`. */
static void put_scored(jx_buf *bp, const jx_doc *doc, const char *indent) {
    const jx_scoring *sc = &doc->scoring;
    json_key(bp, "subject");
    jx_buf_json_string(bp, doc->subject.name);
    jx_buf_printf(bp, ",\n%s", indent);
    json_key(bp, "decimals");
    jx_buf_printf(bp, "%d,\n%s", sc->decimals, indent);
    json_key(bp, "weight");
    int64_t full_units = 0;
    jx_q_round(jx_q_dec(sc->total.v), sc->decimals, &full_units);
    put_units(bp, full_units, sc->decimals);
    jx_buf_printf(bp, ",\n%s", indent);
    json_key(bp, "total");
    put_units(bp, sc->total_score, sc->decimals);
    jx_buf_printf(bp, ",\n%s", indent);
    json_key(bp, "grade");
    jx_buf_json_string(bp, sc->grade ? sc->grade : "");
    jx_buf_printf(bp, ",\n%s", indent);
    json_key(bp, "nodes");
    jx_buf_puts(bp, "[");
    for (int i = jx_tree_first(sc); i >= 0; i = jx_tree_next(sc, i, -1)) {
        jx_buf_printf(bp, "%s%s  ", i == jx_tree_first(sc) ? "\n" : ",\n", indent);
        json_node(bp, sc, i);
    }
    jx_buf_printf(bp, "\n%s],\n%s", indent, indent);
}

char *jx_score_json(const jx_doc *doc, const jx_diags *diags) {
    jx_buf b;
    jx_buf_init(&b, OUTPUT_LIMIT);
    jx_buf_puts(&b, "{\n  ");
    json_key(&b, "file");
    jx_buf_json_string(&b, doc->file);
    jx_buf_puts(&b, ",\n  ");
    put_scored(&b, doc, "  ");
    if (doc->nattachments) {
        json_key(&b, "attachments");
        jx_buf_putc(&b, '[');
        for (size_t i = 0; i < doc->nattachments; i++) {
            jx_buf_puts(&b, i ? ",\n    {" : "\n    {");
            json_key(&b, "layout");
            jx_buf_json_string(&b, doc->attachments[i].layout);
            jx_buf_puts(&b, ",\n      ");
            put_scored(&b, doc->attachments[i].doc, "      ");
            json_key(&b, "pointer");
            jx_buf_json_string(&b, doc->attachments[i].doc->base);
            jx_buf_putc(&b, '}');
        }
        jx_buf_puts(&b, "\n  ],\n  ");
    }
    json_key(&b, "diagnostics");
    jx_buf_putc(&b, '[');
    for (size_t i = 0; diags && i < diags->count; i++) {
        const jx_diag *g = &diags->items[i];
        jx_buf_puts(&b, i ? ",\n    {" : "\n    {");
        json_key(&b, "severity");
        jx_buf_json_string(&b, g->severity == JX_ERROR ? "error" : "warning");
        jx_buf_printf(&b, ",\"line\":%d,\"col\":%d,", g->line, g->col);
        json_key(&b, "pointer");
        jx_buf_json_string(&b, g->pointer);
        jx_buf_putc(&b, ',');
        json_key(&b, "message");
        jx_buf_json_string(&b, g->message);
        jx_buf_putc(&b, '}');
    }
    jx_buf_puts(&b, diags && diags->count ? "\n  ]\n}\n" : "]\n}\n");
    return jx_buf_take(&b);
}
