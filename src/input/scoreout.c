/* The scored tree as an aligned text table or as JSON. Builds strings only;
 * printing is the command line's job (cli/main.c). */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "input/methods.h"
#include "input/model.h"
#include "base/utf8.h"

#define OUTPUT_LIMIT (64u << 20)

static void put_units(jx_buf *b, int64_t u, int dp) {
    char t[48];
    jx_units_format(u, dp, t, sizeof t);
    jx_buf_puts(b, t);
}

static void put_dec(jx_buf *b, jx_dec d) {
    char t[48];
    jx_dec_format(d, t, sizeof t);
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

/* name, 分值, 得分, 得分率 and, when the printed figures are not all the
 * computed ones, the computed score beside them */
static void put_row(jx_buf *b, size_t name_width, const char *const cols[5]) {
    put_padded(b, cols[0], name_width, 0);
    for (int k = 1; k < 5; k++)
        if (cols[k]) put_padded(b, cols[k], k == 4 ? 12 : 10, 1);
    while (!b->failed && b->len && b->data[b->len - 1] == ' ') b->len--;
    jx_buf_putc(b, '\n');
}

typedef struct figure {
    char s[56];
} figure;

static figure dec_figure(jx_dec d, const char *suffix) {
    figure f;
    jx_dec_format(d, f.s, sizeof f.s - 8);
    strcat(f.s, suffix);
    return f;
}

static figure units_figure(int64_t u, int dp) {
    figure f;
    jx_units_format(u, dp, f.s, sizeof f.s);
    return f;
}

/* The computed figure where it is not the printed one, else nothing. */
static figure computed_beside(int has_shown, jx_dec shown, int scored, int64_t score, int dp) {
    figure f = {""};
    if (!scored) return f;
    if (!has_shown || jx_q_cmp(jx_q_dec(shown), jx_q_units(score, dp)) != 0) f = units_figure(score, dp);
    return f;
}

static void put_table(jx_buf *b, const jx_model *doc) {
    const jx_scoring *sc = &doc->scoring;
    int dp = sc->decimals;
    size_t name_width = jx_utf8_width("总分");
    for (int i = jx_tree_first(sc); i >= 0; i = jx_tree_next(sc, i, -1)) {
        size_t w = (size_t)sc->nodes[i].depth * 2 + jx_utf8_width(sc->nodes[i].name);
        if (w > name_width) name_width = w;
    }
    name_width += 2;
    const char *check = sc->differs ? "计算得分" : NULL;
    put_row(b, name_width, (const char *const[5]){"名称", "分值", "得分", "得分率", check});
    for (int i = jx_tree_first(sc); i >= 0; i = jx_tree_next(sc, i, -1)) {
        const jx_node *n = &sc->nodes[i];
        char name[1024];
        snprintf(name, sizeof name, "%*s%s", n->depth * 2, "", n->name);
        figure weight = units_figure(n->weight_units, dp);
        if (!n->applicable) {
            put_row(b, name_width, (const char *const[5]){name, weight.s, "不适用", "—", check ? "" : NULL});
            continue;
        }
        figure score = n->has_shown ? dec_figure(n->shown, "") : (figure){"—"}; /* unknown */
        figure rate = n->has_shown_rate ? dec_figure(n->shown_rate, "%") : (figure){"—"};
        figure computed = computed_beside(n->has_shown, n->shown, n->scored, n->score, dp);
        put_row(b, name_width, (const char *const[5]){name, weight.s, score.s, rate.s, check ? computed.s : NULL});
    }
    int64_t full_units = 0;
    jx_q_round(jx_q_dec(sc->total.v), dp, &full_units);
    figure full = units_figure(full_units, dp), total = sc->blank ? (figure){"—"} : dec_figure(sc->shown_total, "");
    figure computed = sc->blank ? (figure){""} : computed_beside(1, sc->shown_total, 1, sc->total_score, dp);
    put_row(b, name_width, (const char *const[5]){"总分", full.s, total.s, "", check ? computed.s : NULL});
    const char *grade = sc->shown_grade ? sc->shown_grade : "";
    int other = sc->grade && strcmp(grade, sc->grade) != 0;
    put_row(b, name_width, (const char *const[5]){"等级", "", grade, "", check ? (other ? sc->grade : "") : NULL});
}

/* The document's tree, then each attached document's under its 附件 line. */
char *jx_score_table(const jx_model *doc) {
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
    if (n->applicable && n->has_shown)
        put_dec(b, n->shown);
    else
        jx_buf_puts(b, "null");
    jx_buf_putc(b, ',');
    json_key(b, "computed");
    if (n->applicable && n->scored)
        put_units(b, n->score, dp);
    else
        jx_buf_puts(b, "null");
    jx_buf_putc(b, ',');
    if (n->published_score.present) {
        json_key(b, "entered");
        put_dec(b, n->published_score.v);
        jx_buf_putc(b, ',');
    }
    json_key(b, "rate");
    if (n->applicable && n->has_shown_rate)
        put_dec(b, n->shown_rate);
    else
        jx_buf_puts(b, "null");
    jx_buf_putc(b, ',');
    json_key(b, "computed_rate");
    if (n->applicable && n->has_rate)
        put_units(b, n->rate, dp);
    else
        jx_buf_puts(b, "null");
    jx_buf_putc(b, ',');
    if (n->published_rate.present) {
        json_key(b, "entered_rate");
        put_dec(b, n->published_rate.v);
        jx_buf_putc(b, ',');
    }
    if (n->has_shown_ratio) {
        json_key(b, "ratio");
        put_dec(b, n->shown_ratio);
        jx_buf_putc(b, ',');
    }
    if (n->has_ratio) {
        json_key(b, "computed_ratio");
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
static void put_scored(jx_buf *bp, const jx_model *doc, const char *indent) {
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
    json_key(bp, "figures");
    jx_buf_json_string(bp, sc->figures == JX_FIGURES_COMPUTED ? "computed" : "entered");
    jx_buf_printf(bp, ",\n%s", indent);
    /* a form left blank has no total: null, as an unknown node's score */
    json_key(bp, "total");
    if (sc->blank) jx_buf_puts(bp, "null");
    else put_dec(bp, sc->shown_total);
    jx_buf_printf(bp, ",\n%s", indent);
    json_key(bp, "computed_total");
    if (sc->blank) jx_buf_puts(bp, "null");
    else put_units(bp, sc->total_score, sc->decimals);
    jx_buf_printf(bp, ",\n%s", indent);
    if (sc->published_total.present) {
        json_key(bp, "entered_total");
        put_dec(bp, sc->published_total.v);
        jx_buf_printf(bp, ",\n%s", indent);
    }
    json_key(bp, "grade");
    jx_buf_json_string(bp, sc->shown_grade ? sc->shown_grade : "");
    jx_buf_printf(bp, ",\n%s", indent);
    json_key(bp, "computed_grade");
    jx_buf_json_string(bp, sc->grade ? sc->grade : "");
    jx_buf_printf(bp, ",\n%s", indent);
    if (sc->published_grade) {
        json_key(bp, "entered_grade");
        jx_buf_json_string(bp, sc->published_grade);
        jx_buf_printf(bp, ",\n%s", indent);
    }
    json_key(bp, "differs");
    jx_buf_puts(bp, sc->differs ? "true" : "false");
    jx_buf_printf(bp, ",\n%s", indent);
    json_key(bp, "nodes");
    jx_buf_puts(bp, "[");
    for (int i = jx_tree_first(sc); i >= 0; i = jx_tree_next(sc, i, -1)) {
        jx_buf_printf(bp, "%s%s  ", i == jx_tree_first(sc) ? "\n" : ",\n", indent);
        json_node(bp, sc, i);
    }
    jx_buf_printf(bp, "\n%s],\n%s", indent, indent);
}

char *jx_score_json(const jx_model *doc, const jx_diags *diags) {
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
