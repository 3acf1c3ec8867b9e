#include "input/review.h"

#include <stdio.h>
#include <string.h>

#include "base/decimal.h"
#include "base/diag.h"
#include "input/methods.h"

typedef struct figure {
    char s[64];
} figure;

static figure fig(jx_dec v) {
    figure f;
    jx_dec_format(v, f.s, sizeof f.s);
    return f;
}

int jx_says_nothing(const char *text) {
    static const char *const blanks[] = {"", "无", "无。", "无.", "/", "-", "—", "——", "暂无", "无偏差", "无问题"};
    if (!text) return 1;
    while (*text == ' ') text++;
    size_t n = strlen(text);
    while (n && text[n - 1] == ' ') n--;
    for (size_t i = 0; i < sizeof blanks / sizeof *blanks; i++)
        if (strlen(blanks[i]) == n && strncmp(text, blanks[i], n) == 0) return 1;
    return 0;
}

static int quantitative(const jx_goal *g) {
    return g->nature ? strstr(g->nature, "定量") != NULL : g->target.has_number;
}

/* "完成" as the actual of ≤ 30 万元; "按月安排" marked 定量. */
static void goal_words(const jx_model *doc, const jx_goal *g, jx_diags *d) {
    if (!quantitative(g)) return;
    if (g->target.present && !g->target.has_number && g->nature)
        jx_diag_at(d, JX_WARNING, doc->file, g->target.pos, "%s is marked %s but its target \"%s\" is not a figure",
                   g->name, g->nature, g->target.display);
    else if (g->actual.present && !g->actual.has_number && !jx_says_nothing(g->actual.display))
        jx_diag_at(d, JX_WARNING, doc->file, g->actual.pos,
                   "%s is quantitative (target %s) but its actual \"%s\" is not a figure; write the value reached", g->name,
                   g->target.display, g->actual.display);
}

/* "28.8万元" under the unit "%". */
static void goal_units(const jx_model *doc, const jx_goal *g, jx_diags *d) {
    if (!g->unit || !g->unit[0]) return;
    const jx_quantity *q[] = {&g->target, &g->actual};
    for (size_t i = 0; i < 2; i++) {
        if (!q[i]->present || !q[i]->has_number || !q[i]->unit[0] || strcmp(q[i]->unit, g->unit) == 0) continue;
        jx_diag_at(d, JX_WARNING, doc->file, q[i]->pos, "%s: %s \"%s\" is in %s, but the indicator's unit is %s", g->name,
                   i ? "the actual" : "the target", q[i]->display, q[i]->unit, g->unit);
    }
}

/* 年初预算 0, 调整后 3.36, and no word why. */
static void budget_changed(const jx_model *doc, jx_diags *d) {
    const jx_funds *f = &doc->funds;
    if (!f->initial_budget.present || !f->budget.present || !jx_says_nothing(f->deviation)) return;
    if (jx_q_cmp(jx_q_dec(f->initial_budget.v), jx_q_dec(f->budget.v)) == 0) return;
    jx_diag_at(d, JX_WARNING, doc->file, f->budget.pos,
               "the budget was adjusted from %s to %s %s with no reason (funds.deviation)", fig(f->initial_budget.v).s,
               fig(f->budget.v).s, f->unit);
}

/* Rates of groups of different sizes averaged as if they were alike (the
 * 知晓率 of 35 and of 94 answers given as their mean): the pooled rate is
 * said beside it. */
static void unweighted_surveys(const jx_model *doc, const jx_node *n, jx_diags *d) {
    const jx_value *v = &n->in.value;
    if (!v->present || v->kind != JX_VALUE_MEAN || v->nitems < 2) return;
    jx_q all_answers = jx_q_int(0), all_points = jx_q_int(0), first = jx_q_int(-1);
    int differ = 0;
    char sizes[160] = "";
    for (size_t i = 0; i < v->nitems; i++) {
        if (v->items[i].kind != JX_VALUE_SURVEY) return;
        jx_q answers, points;
        jx_survey_sums(&v->items[i], &answers, &points);
        if (jx_q_sign(answers) == 0) return;
        differ |= i > 0 && jx_q_cmp(answers, first) != 0;
        if (i == 0) first = answers;
        all_answers = jx_q_add(all_answers, answers), all_points = jx_q_add(all_points, points);
        char one[48];
        int64_t whole;
        if (jx_q_round(answers, 0, &whole) == 0) {
            snprintf(one, sizeof one, "%s%lld", i ? ", " : "", (long long)whole);
            if (strlen(sizes) + strlen(one) < sizeof sizes) strcat(sizes, one);
        }
    }
    int64_t pooled;
    jx_q rate = jx_q_div(jx_q_mul(all_points, jx_q_int(100)), jx_q_mul(all_answers, jx_q_int(10)));
    if (!differ || jx_q_round(rate, 2, &pooled)) return;
    jx_diag_at(d, JX_WARNING, doc->file, v->pos,
               "%s averages the rates of surveys of %s answers as if the groups were alike; all answers together "
               "give %lld.%02lld%%",
               n->name, sizes, (long long)(pooled / 100), (long long)(pooled % 100));
}

/* 存在问题 "无" and 改进措施 "无" beside a total below full. */
static void blank_findings(const jx_model *doc, jx_diags *d) {
    const jx_findings *f = &doc->findings;
    const jx_scoring *sc = &doc->scoring;
    if (!sc->scored || !sc->has_shown_total || jx_q_cmp(jx_q_dec(sc->shown_total), jx_q_dec(sc->total.v)) >= 0) return;
    const jx_titled *lists[] = {f->problems, f->suggestions};
    size_t counts[] = {f->nproblems, f->nsuggestions};
    static const char *const names[] = {"存在问题 (findings.problems)", "改进措施 (findings.suggestions)"};
    for (size_t k = 0; k < 2; k++) {
        int nothing = counts[k] > 0;
        for (size_t i = 0; i < counts[k]; i++)
            nothing &= jx_says_nothing(lists[k][i].title) && jx_says_nothing(lists[k][i].detail);
        if (nothing)
            jx_diag_at(d, JX_WARNING, doc->file, sc->pos, "%s says nothing (\"%s\") beside a total of %s below the full %s",
                       names[k], lists[k][0].title ? lists[k][0].title : lists[k][0].detail ? lists[k][0].detail : "",
                       fig(sc->shown_total).s, fig(sc->total.v).s);
    }
}

void jx_review(const jx_model *doc, jx_diags *d) {
    if (!doc) return;
    for (size_t i = 0; i < doc->ngoals; i++) {
        goal_words(doc, &doc->goals[i], d);
        goal_units(doc, &doc->goals[i], d);
    }
    budget_changed(doc, d);
    for (size_t i = 0; i < doc->scoring.nnodes; i++) unweighted_surveys(doc, &doc->scoring.nodes[i], d);
    blank_findings(doc, d);
    for (size_t i = 0; i < doc->nattachments; i++) jx_review(doc->attachments[i].doc, d);
}
