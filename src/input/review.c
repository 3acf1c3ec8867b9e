#include "input/review.h"

#include <string.h>

#include "base/decimal.h"
#include "base/diag.h"

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
static void goal_words(const jx_doc *doc, const jx_goal *g, jx_diags *d) {
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
static void goal_units(const jx_doc *doc, const jx_goal *g, jx_diags *d) {
    if (!g->unit || !g->unit[0]) return;
    const jx_quantity *q[] = {&g->target, &g->actual};
    for (size_t i = 0; i < 2; i++) {
        if (!q[i]->present || !q[i]->has_number || !q[i]->unit[0] || strcmp(q[i]->unit, g->unit) == 0) continue;
        jx_diag_at(d, JX_WARNING, doc->file, q[i]->pos, "%s: %s \"%s\" is in %s, but the indicator's unit is %s", g->name,
                   i ? "the actual" : "the target", q[i]->display, q[i]->unit, g->unit);
    }
}

/* 年初预算 0, 调整后 3.36, and no word why. */
static void budget_changed(const jx_doc *doc, jx_diags *d) {
    const jx_funds *f = &doc->funds;
    if (!f->initial_budget.present || !f->budget.present || !jx_says_nothing(f->deviation)) return;
    if (jx_q_cmp(jx_q_dec(f->initial_budget.v), jx_q_dec(f->budget.v)) == 0) return;
    jx_diag_at(d, JX_WARNING, doc->file, f->budget.pos,
               "the budget was adjusted from %s to %s %s with no reason (funds.deviation)", fig(f->initial_budget.v).s,
               fig(f->budget.v).s, f->unit);
}

void jx_review(const jx_doc *doc, jx_diags *d) {
    if (!doc) return;
    for (size_t i = 0; i < doc->ngoals; i++) {
        goal_words(doc, &doc->goals[i], d);
        goal_units(doc, &doc->goals[i], d);
    }
    budget_changed(doc, d);
    for (size_t i = 0; i < doc->nattachments; i++) jx_review(doc->attachments[i].doc, d);
}
