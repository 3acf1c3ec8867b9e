/* The scoring pass: exact leaf scores, branch sums, 得分率, grade, and the
 * checks that catch published errors. Pure: reads the model, writes results
 * into it and diagnostics into the caller's list. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/diag.h"
#include "input/methods.h"
#include "input/model.h"
#include "input/review.h"

typedef struct scorer {
    jx_model *doc;
    jx_scoring *sc;
    jx_diags *diags;
    int dp; /* decimals */
    size_t errors;
} scorer;

static void vreport(scorer *S, jx_severity sev, jx_pos p, const char *fmt, va_list ap) {
    jx_diag_vat(S->diags, sev, S->doc->file, p, fmt, ap);
    if (sev == JX_ERROR) S->errors++;
}

#define REPORT_FN(fn_name, severity_expr)                                                      \
    __attribute__((format(printf, 3, 4))) static void fn_name(scorer *S, jx_pos p,             \
                                                               const char *fmt, ...) {         \
        va_list ap;                                                                            \
        va_start(ap, fmt);                                                                     \
        vreport(S, severity_expr, p, fmt, ap);                                                 \
        va_end(ap);                                                                            \
    }
REPORT_FN(error, JX_ERROR)
REPORT_FN(warning, JX_WARNING)
REPORT_FN(mismatch, S->sc->mismatch == JX_POLICY_ERROR ? JX_ERROR : JX_WARNING)
REPORT_FN(weight_problem, S->sc->weights == JX_POLICY_ERROR ? JX_ERROR : JX_WARNING)

/*** Formatting helpers (fixed-size buffers: numbers are short) ***/

typedef struct numtext {
    char s[64];
} numtext;

static numtext fmt_dec(jx_dec d) {
    numtext t = {""};
    jx_dec_format(d, t.s, sizeof t.s);
    return t;
}

static numtext fmt_units(const scorer *S, int64_t u) {
    numtext t = {""};
    jx_units_format(u, S->dp, t.s, sizeof t.s);
    return t;
}

static numtext fmt_q(jx_q q) {
    numtext t = {""};
    jx_q_format(q, 6, t.s, sizeof t.s);
    return t;
}

/*** Leaf methods: each returns the exact score before clamping ***/

typedef struct leaf_ctx {
    scorer *S;
    jx_node *node;
    jx_q w;
    char explain[512];
} leaf_ctx;

__attribute__((format(printf, 2, 3))) static void explain(leaf_ctx *c, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->explain, sizeof c->explain, fmt, ap);
    va_end(ap);
}

static jx_q q100(void) { return jx_q_int(100); }

/* Rounds a derived percentage to the document's decimals, as documents print it. */
static jx_q round_percent(leaf_ctx *c, jx_q pct) {
    int64_t u;
    if (jx_q_round(pct, c->S->dp, &u)) return (jx_q){0, 1, 1};
    return jx_q_units(u, c->S->dp);
}

static jx_q derived_value(leaf_ctx *c, const jx_value *v, char *how, size_t how_size) {
    switch (v->kind) {
    case JX_VALUE_NUMBER:
        snprintf(how, how_size, "%s", fmt_dec(v->number).s);
        return jx_q_dec(v->number);
    case JX_VALUE_SURVEY: {
        jx_q sum, n;
        jx_survey_sums(v, &n, &sum);
        if (jx_q_sign(n) == 0) {
            error(c->S, v->pos, "survey has no answers");
            return (jx_q){0, 1, 1};
        }
        jx_q pct = round_percent(c, jx_q_div(jx_q_mul(sum, q100()), jx_q_mul(n, jx_q_int(10))));
        snprintf(how, how_size, "survey %s ÷ (10 × %s) = %s%%", fmt_q(sum).s, fmt_q(n).s, fmt_q(pct).s);
        return pct;
    }
    case JX_VALUE_GROWTH: {
        jx_q cur = jx_q_dec(v->current), prev = jx_q_dec(v->previous);
        jx_q pct = round_percent(c, jx_q_div(jx_q_mul(jx_q_sub(cur, prev), q100()), prev));
        snprintf(how, how_size, "growth (%s − %s) ÷ %s = %s%%", fmt_dec(v->current).s,
                 fmt_dec(v->previous).s, fmt_dec(v->previous).s, fmt_q(pct).s);
        return pct;
    }
    case JX_VALUE_MEAN: {
        jx_q sum = jx_q_int(0);
        char parts[256] = "", one[256];
        for (size_t i = 0; i < v->nitems; i++) {
            jx_q item = derived_value(c, &v->items[i], one, sizeof one);
            sum = jx_q_add(sum, item);
            size_t len = strlen(parts);
            snprintf(parts + len, sizeof parts - len, "%s%s", i ? ", " : "", fmt_q(item).s);
        }
        jx_q mean = round_percent(c, jx_q_div(sum, jx_q_int((int64_t)v->nitems)));
        snprintf(how, how_size, "mean(%s) = %s", parts, fmt_q(mean).s);
        return mean;
    }
    }
    return (jx_q){0, 1, 1};
}

static jx_q method_ratio(leaf_ctx *c, jx_q a, jx_q t, jx_q cap, const char *a_text,
                         const char *t_text) {
    c->node->has_ratio = jx_q_round(jx_q_div(jx_q_mul(a, q100()), t), c->S->dp, &c->node->ratio) == 0;
    jx_q exact = jx_q_mul(c->w, jx_q_min(jx_q_div(a, t), cap));
    explain(c, "%s ÷ %s × %s = %s", a_text, t_text, fmt_q(c->w).s, fmt_q(exact).s);
    return exact;
}

static jx_q score_execution(leaf_ctx *c) {
    const jx_funds *f = &c->S->doc->funds;
    return method_ratio(c, jx_q_dec(f->spent.v), jx_q_dec(f->budget.v), jx_q_int(1),
                        fmt_dec(f->spent.v).s, fmt_dec(f->budget.v).s);
}

static jx_q score_quantity(leaf_ctx *c) {
    const jx_inputs *in = &c->node->in;
    jx_q a = jx_q_dec(in->actual.number), t = jx_q_dec(in->target.number), w = c->w;
    numtext at = fmt_dec(in->actual.number), tt = fmt_dec(in->target.number);
    const char *as = at.s, *ts = tt.s;
    switch (in->method) {
    case JX_METHOD_RATIO:
        return method_ratio(c, a, t, in->cap.present ? jx_q_dec(in->cap.v) : jx_q_int(1), as, ts);
    case JX_METHOD_EQUAL:
        if (jx_q_sign(t) == 0) {
            explain(c, "target 0, actual %s", as);
            return jx_q_sign(a) <= 0 ? w : jx_q_int(0);
        }
        return method_ratio(c, a, t, jx_q_int(1), as, ts);
    case JX_METHOD_INVERSE:
        if (jx_q_cmp(a, t) <= 0) {
            explain(c, "actual %s ≤ target %s", as, ts);
            return w;
        }
        explain(c, "%s ÷ %s × %s = %s", ts, as, fmt_q(w).s, fmt_q(jx_q_mul(w, jx_q_div(t, a))).s);
        return jx_q_mul(w, jx_q_div(t, a));
    default: /* inverse_linear */
        if (jx_q_cmp(a, t) <= 0) {
            explain(c, "actual %s ≤ target %s", as, ts);
            return w;
        }
        if (jx_q_cmp(a, jx_q_mul(t, jx_q_int(2))) >= 0) {
            explain(c, "actual %s ≥ 2 × target %s", as, ts);
            return jx_q_int(0);
        }
        {
            jx_q exact = jx_q_div(jx_q_mul(w, jx_q_sub(jx_q_mul(t, jx_q_int(2)), a)), t);
            explain(c, "%s × (2 × %s − %s) ÷ %s = %s", fmt_q(w).s, ts, as, ts, fmt_q(exact).s);
            return exact;
        }
    }
}

static jx_q score_level(leaf_ctx *c) {
    const jx_node *n = c->node;
    scorer *S = c->S;
    int64_t wu, hi_u, lo_u;
    jx_q w = c->w;
    jx_q_round(w, S->dp, &wu);
    jx_q_round(jx_q_mul(w, jx_q_dec(n->in.cuts[0])), S->dp, &hi_u);
    jx_q_round(jx_q_mul(w, jx_q_dec(n->in.cuts[1])), S->dp, &lo_u);
    int band = !strcmp(n->in.level, "达成") ? 0 : !strcmp(n->in.level, "部分达成") ? 1 : 2;
    int64_t lo = band == 0 ? hi_u : band == 1 ? lo_u : 0;
    int64_t hi = band == 0 ? wu : band == 1 ? hi_u : lo_u;
    if (!n->published_score.present) {
        if (band != 0) {
            error(S, n->in.level_pos, "level \"%s\" needs a score in its band", n->in.level);
            return (jx_q){0, 1, 1};
        }
        explain(c, "达成: full weight");
        return w;
    }
    jx_q s = jx_q_dec(n->published_score.v);
    int inside = jx_q_cmp(s, jx_q_units(lo, S->dp)) >= 0 &&
                 (band == 0 ? jx_q_cmp(s, jx_q_units(hi, S->dp)) <= 0
                            : jx_q_cmp(s, jx_q_units(hi, S->dp)) < 0);
    if (!inside)
        error(S, n->published_score.pos, "score %s is outside the %s band [%s, %s%s", fmt_dec(n->published_score.v).s,
              n->in.level, fmt_units(S, lo).s, fmt_units(S, hi).s, band == 0 ? "]" : ")");
    explain(c, "%s, score in [%s, %s%s", n->in.level, fmt_units(S, lo).s, fmt_units(S, hi).s,
            band == 0 ? "]" : ")");
    return s;
}

static jx_q score_checklist(leaf_ctx *c) {
    const jx_inputs *in = &c->node->in;
    size_t met = 0, failed = 0, failed_partial = 0;
    jx_q min_partial = jx_q_int(1);
    for (size_t i = 0; i < in->nchecks; i++) {
        const jx_check *k = &in->checks[i];
        if (k->met) {
            met++;
            continue;
        }
        failed++;
        if (k->gate) {
            explain(c, "gate item %zu not met: 0", i + 1);
            return jx_q_int(0);
        }
        if (k->has_partial) {
            failed_partial++;
            min_partial = jx_q_min(min_partial, jx_q_dec(k->partial));
        }
    }
    if (failed && failed_partial == failed) {
        jx_q exact = jx_q_mul(c->w, min_partial);
        explain(c, "%s × %s (partial) = %s", fmt_q(c->w).s, fmt_q(min_partial).s, fmt_q(exact).s);
        return exact;
    }
    jx_q exact = jx_q_div(jx_q_mul(c->w, jx_q_int((int64_t)met)), jx_q_int((int64_t)in->nchecks));
    explain(c, "%s × %zu ÷ %zu = %s", fmt_q(c->w).s, met, in->nchecks, fmt_q(exact).s);
    return exact;
}

static jx_q score_deduction(leaf_ctx *c) {
    const jx_inputs *in = &c->node->in;
    jx_q per = in->per_item.present ? jx_q_dec(in->per_item.v) : jx_q_int(1);
    if (in->zero) {
        explain(c, "disqualified: 0");
        return jx_q_int(0);
    }
    if (!in->groups) {
        jx_q exact = jx_q_max(jx_q_int(0), jx_q_sub(c->w, jx_q_mul(jx_q_dec(in->count.v), per)));
        explain(c, "%s − %s × %s = %s", fmt_q(c->w).s, fmt_dec(in->count.v).s, fmt_q(per).s, fmt_q(exact).s);
        return exact;
    }
    jx_q total = jx_q_int(0), weights = jx_q_int(0);
    for (size_t i = 0; i < in->ngroups; i++) {
        const jx_group *g = &in->groups[i];
        jx_q part = jx_q_sub(jx_q_dec(g->weight), jx_q_mul(jx_q_dec(g->count), per));
        total = jx_q_add(total, jx_q_max(jx_q_int(0), part));
        weights = jx_q_add(weights, jx_q_dec(g->weight));
    }
    if (jx_q_cmp(weights, c->w) != 0)
        weight_problem(c->S, in->groups_pos, "group weights add up to %s, not the weight %s",
                       fmt_q(weights).s, fmt_q(c->w).s);
    explain(c, "Σ max(0, group weight − count × %s) = %s", fmt_q(per).s, fmt_q(total).s);
    return total;
}

/* The actual a document prints beside a value it derives (a 满意度 of
 * 96.57% from its answers): the same figure, at its own decimals, or said. */
static void check_published_value(leaf_ctx *c, jx_q v, const char *how) {
    const jx_quantity *a = &c->node->in.actual;
    const jx_value *value = &c->node->in.value;
    if (!a->present || !a->has_number || !value->present || value->kind == JX_VALUE_NUMBER) return;
    int64_t units;
    if (jx_q_round(v, a->number.s, &units) || units == a->number.m) return;
    warning(c->S, a->pos, "published %s is not what its figures give: %s", a->display, how);
}

static jx_q score_step(leaf_ctx *c) {
    const jx_inputs *in = &c->node->in;
    char how[320];
    jx_q v = derived_value(c, &in->value, how, sizeof how);
    check_published_value(c, v, how);
    jx_q t = jx_q_dec(in->threshold.v);
    if (jx_q_cmp(v, t) >= 0) {
        explain(c, "%s ≥ %s: full weight", how, fmt_q(t).s);
        return c->w;
    }
    if (in->floor.present && jx_q_cmp(v, jx_q_dec(in->floor.v)) < 0) {
        explain(c, "%s < floor %s: 0", how, fmt_dec(in->floor.v).s);
        return jx_q_int(0);
    }
    jx_q step = in->step.present ? jx_q_dec(in->step.v) : jx_q_int(1);
    int64_t steps;
    if (jx_q_ceil(jx_q_div(jx_q_sub(t, v), step), &steps)) return (jx_q){0, 1, 1};
    jx_q per = in->per_step.present ? jx_q_dec(in->per_step.v) : jx_q_mul(c->w, jx_q_dec(in->per_step_rate.v));
    jx_q exact = jx_q_sub(c->w, jx_q_mul(jx_q_int(steps), per));
    explain(c, "%s; %s − ⌈(%s − %s) ÷ %s⌉ × %s = %s", how, fmt_q(c->w).s, fmt_q(t).s, fmt_q(v).s,
            fmt_q(step).s, fmt_q(per).s, fmt_q(exact).s);
    return exact;
}

static jx_q score_late(leaf_ctx *c) {
    const jx_inputs *in = &c->node->in;
    const jx_date *due = &in->due, *done = &in->done;
    long due_key = (long)due->year * 400 + due->month * 32 + due->day;
    long done_key = (long)done->year * 400 + done->month * 32 + done->day;
    int64_t months = 0;
    if (done_key > due_key) {
        months = (int64_t)(done->year * 12 + (done->month ? done->month : 12)) -
                 (due->year * 12 + (due->month ? due->month : 12));
    }
    if (in->zero_after.present && jx_q_cmp(jx_q_int(months), jx_q_dec(in->zero_after.v)) >= 0) {
        explain(c, "%lld months late ≥ %s: 0", (long long)months, fmt_dec(in->zero_after.v).s);
        return jx_q_int(0);
    }
    jx_q exact = jx_q_sub(c->w, jx_q_mul(jx_q_int(months), jx_q_dec(in->per_month.v)));
    explain(c, "%s − %lld months × %s = %s", fmt_q(c->w).s, (long long)months,
            fmt_dec(in->per_month.v).s, fmt_q(exact).s);
    return exact;
}

static jx_q score_bands(leaf_ctx *c) {
    const jx_inputs *in = &c->node->in;
    if (in->grade) {
        for (size_t i = 0; i < in->ngrades; i++) {
            if (strcmp(in->grades[i].name, in->grade)) continue;
            jx_q pts = jx_q_dec(in->grades[i].points);
            if (jx_q_cmp(pts, c->w) > 0)
                warning(c->S, in->grade_pos, "grade \"%s\" gives %s points, more than the weight %s",
                        in->grade, fmt_q(pts).s, fmt_q(c->w).s);
            explain(c, "%s: %s", in->grade, fmt_q(pts).s);
            return pts;
        }
        return (jx_q){0, 1, 1};
    }
    char how[320];
    jx_q v = derived_value(c, &in->value, how, sizeof how);
    check_published_value(c, v, how);
    for (size_t i = 0; i < in->nbands; i++) {
        const jx_band *b = &in->bands[i];
        if (jx_q_cmp(v, jx_q_dec(b->min)) < 0) continue;
        jx_q amount = jx_q_dec(b->amount);
        if (b->is_points && jx_q_cmp(amount, c->w) > 0)
            warning(c->S, b->pos, "band gives %s points, more than the weight %s", fmt_q(amount).s, fmt_q(c->w).s);
        jx_q exact = b->is_points ? amount : jx_q_mul(c->w, amount);
        explain(c, "%s ≥ %s: %s", how, fmt_dec(b->min).s, fmt_q(exact).s);
        return exact;
    }
    explain(c, "%s below every band: 0", how);
    return jx_q_int(0);
}

static jx_q leaf_exact(leaf_ctx *c) {
    const jx_node *n = c->node;
    const jx_inputs *in = &n->in;
    switch (in->method) {
    case JX_METHOD_EXECUTION: return score_execution(c);
    case JX_METHOD_MANUAL: {
        jx_q s = jx_q_dec(n->published_score.v);
        if (jx_q_cmp(s, c->w) > 0)
            error(c->S, n->published_score.pos, "score %s exceeds the weight %s",
                  fmt_dec(n->published_score.v).s, fmt_q(c->w).s);
        explain(c, "as given");
        return s;
    }
    case JX_METHOD_RATIO:
    case JX_METHOD_INVERSE:
    case JX_METHOD_INVERSE_LINEAR:
    case JX_METHOD_EQUAL: return score_quantity(c);
    case JX_METHOD_LEVEL: return score_level(c);
    case JX_METHOD_BINARY:
        explain(c, in->met ? "met" : "not met");
        return in->met ? c->w : jx_q_int(0);
    case JX_METHOD_RATE: {
        jx_q exact = jx_q_mul(c->w, jx_q_dec(in->rate.v));
        explain(c, "%s × %s = %s", fmt_q(c->w).s, fmt_dec(in->rate.v).s, fmt_q(exact).s);
        return exact;
    }
    case JX_METHOD_CHECKLIST: return score_checklist(c);
    case JX_METHOD_DEDUCTION: return score_deduction(c);
    case JX_METHOD_STEP: return score_step(c);
    case JX_METHOD_LATE: return score_late(c);
    case JX_METHOD_BANDS: return score_bands(c);
    default: return (jx_q){0, 1, 1};
    }
}

/*** Comparisons with published figures ***/

static int64_t to_units(const scorer *S, jx_q q) {
    int64_t u = 0;
    jx_q_round(q, S->dp, &u);
    return u;
}


static int decimals_of(jx_dec d) { return d.s; }

/* Published value vs computed units: a mismatch when they differ by more
 * than half a unit in the last decimal. */
static int differs(const scorer *S, jx_dec published, int64_t units) {
    jx_q diff = jx_q_sub(jx_q_dec(published), jx_q_units(units, S->dp));
    if (jx_q_sign(diff) < 0) diff.n = -diff.n;
    return jx_q_cmp(diff, jx_q_div(jx_q_units(1, S->dp), jx_q_int(2))) > 0;
}

/* A figure published with fewer decimals than the form's that the computed
 * one rounds to ("86%" for 86.20%, "94.5" for 94.54) is the same figure. */
static int same_at_fewer_decimals(const scorer *S, jx_dec published, int64_t units) {
    int dp = decimals_of(published);
    int64_t rounded;
    return dp < S->dp && jx_q_round(jx_q_units(units, S->dp), dp, &rounded) == 0 &&
           jx_q_cmp(jx_q_dec(published), jx_q_units(rounded, dp)) == 0;
}

typedef enum { POINTS, PERCENT } figure_kind;

/* An entered figure against the computed one. Percentages printed at
 * fewer decimals are the same figure; points are said, since they add up
 * into the total. */
static void check_published(scorer *S, const jx_num *pub, int64_t units, const char *what, figure_kind kind,
                            const char *detail) {
    const char *unit = kind == PERCENT ? "%" : "";
    if (!pub->present || jx_q_cmp(jx_q_dec(pub->v), jx_q_units(units, S->dp)) == 0) return;
    int dp = decimals_of(pub->v);
    if (same_at_fewer_decimals(S, pub->v, units)) {
        if (kind == POINTS)
            warning(S, pub->pos, "published %s %s has %d decimal%s; the computed %s rounds to it", what,
                    fmt_dec(pub->v).s, dp, dp == 1 ? "" : "s", fmt_units(S, units).s);
    } else if (differs(S, pub->v, units)) {
        mismatch(S, pub->pos, "published %s %s%s differs from computed %s%s%s%s", what, fmt_dec(pub->v).s, unit,
                 fmt_units(S, units).s, unit, detail[0] ? " — " : "", detail);
    } else if (dp > S->dp) {
        warning(S, pub->pos, "published %s %s%s has %d decimals; the computed value is %s%s", what, fmt_dec(pub->v).s,
                unit, dp, fmt_units(S, units).s, unit);
    }
}

/*** The pass ***/

static void rate_of(scorer *S, jx_node *n) {
    if (n->applicable_weight <= 0) return;
    jx_q r = jx_q_div(jx_q_mul(jx_q_units(n->score, S->dp), q100()), jx_q_units(n->applicable_weight, S->dp));
    n->has_rate = jx_q_round(r, S->dp, &n->rate) == 0;
}

/* 得分/扣分原因, 偏差原因, or a report's 计算分析情况 says why. */
static int has_explanation(const jx_node *n) {
    return !jx_says_nothing(n->note) || !jx_says_nothing(n->deviation) || !jx_says_nothing(n->analysis);
}

static void deviation_warnings(scorer *S, jx_node *n) {
    if (n->in.method == JX_METHOD_EXECUTION) return; /* reported with the 执行率 */
    if (!n->applicable || !n->has_shown || has_explanation(n)) return;
    if (jx_q_cmp(jx_q_dec(n->shown), jx_q_units(n->weight_units, S->dp)) < 0) {
        const char *said = n->note && n->note[0] ? n->note : n->deviation && n->deviation[0] ? n->deviation : NULL;
        if (said) /* 存在问题 "无" beside a score below full: published so, and no reason */
            warning(S, n->pos, "%s scored %s of %s and its 偏差原因 says only \"%s\": say why", n->name,
                    fmt_dec(n->shown).s, fmt_units(S, n->weight_units).s, said);
        else
            warning(S, n->pos, "%s scored %s of %s with no 偏差原因 (note, deviation or analysis)", n->name,
                    fmt_dec(n->shown).s, fmt_units(S, n->weight_units).s);
        return;
    }
    if (n->in.method == JX_METHOD_RATIO && n->in.actual.has_number && jx_q_sign(jx_q_dec(n->in.target.number)) > 0) {
        jx_q over = jx_q_mul(jx_q_dec(n->in.target.number), jx_q_div(jx_q_int(13), jx_q_int(10)));
        if (jx_q_cmp(jx_q_dec(n->in.actual.number), over) >= 0)
            warning(S, n->in.actual.pos, "actual %s exceeds the target %s by 30%% or more with no 偏差原因 (note, deviation or analysis)",
                    n->in.actual.display, n->in.target.display);
    }
}

static void execution_checks(scorer *S, jx_node *n) {
    const jx_funds *f = &S->doc->funds;
    if (!f->budget.present || !f->spent.present || f->budget.v.m == 0) return;
    if (!n->has_ratio) return;
    int64_t rate = n->ratio;
    char detail[160];
    snprintf(detail, sizeof detail, "%s ÷ %s", fmt_dec(f->spent.v).s, fmt_dec(f->budget.v).s);
    check_published(S, &S->sc->execution_rate, rate, "执行率", PERCENT, detail);
    if (rate < to_units(S, jx_q_int(90)) && !has_explanation(n))
        warning(S, f->spent.pos, "执行率 %s%% is below 90%% with no 偏差原因 (funds.deviation)",
                fmt_units(S, rate).s);
}

/* "以上要素各占1/n权重分": only k × weight ÷ n (rounded) can be awarded. */
static void element_rule_check(scorer *S, const jx_node *n) {
    if (!n->in.elements.present) return;
    int64_t count = n->in.elements.v.m;
    char allowed[256] = "";
    for (int64_t k = 0; k <= count; k++) {
        int64_t u = to_units(S, jx_q_div(jx_q_mul(jx_q_units(n->weight_units, S->dp), jx_q_int(k)), jx_q_int(count)));
        if (u == n->score) return;
        size_t len = strlen(allowed);
        if (len < sizeof allowed - 32) snprintf(allowed + len, sizeof allowed - len, "%s%s", k ? ", " : "", fmt_units(S, u).s);
    }
    warning(S, n->published_score.pos, "score %s is not a value its rule allows: %lld equal elements of %s give %s",
            fmt_units(S, n->score).s, (long long)count, fmt_units(S, n->weight_units).s, allowed);
}

static void score_leaf(scorer *S, jx_node *n) {
    if (n->in.method == JX_METHOD_NONE) return; /* unpublished, nothing computes it: unknown */
    leaf_ctx c = {S, n, jx_q_dec(n->weight.v), ""};
    size_t errors_before = S->errors;
    jx_q exact = leaf_exact(&c);
    if (S->errors > errors_before) return;
    if (exact.bad) {
        error(S, n->pos, "%s: the numbers are too large to compute exactly", n->name);
        return;
    }
    jx_q clamped = jx_q_clamp(exact, jx_q_int(0), c.w);
    n->score = to_units(S, clamped);
    n->scored = 1;
    char full[700];
    if (jx_q_cmp(clamped, exact) != 0)
        snprintf(full, sizeof full, "%s, clamped to %s → %s", c.explain, fmt_q(clamped).s, fmt_units(S, n->score).s);
    else
        snprintf(full, sizeof full, "%s → %s", c.explain, fmt_units(S, n->score).s);
    n->explain = jx_arena_strdup(S->doc->arena, full);
    if (n->in.method != JX_METHOD_MANUAL && n->in.method != JX_METHOD_LEVEL) {
        char detail[760];
        snprintf(detail, sizeof detail, "%s: %s%s", jx_method_name(n->in.method), full,
                 jx_q_cmp(jx_q_dec(n->published_score.v), c.w) > 0 ? "; the published score exceeds the weight" : "");
        check_published(S, &n->published_score, n->score, "score", POINTS, detail);
    } else if (n->in.method == JX_METHOD_MANUAL) {
        element_rule_check(S, n);
    }
    if (n->in.method == JX_METHOD_EXECUTION) execution_checks(S, n);
}

static void sum_branch(scorer *S, jx_node *n) {
    int64_t score = 0, applicable = 0, weights = 0;
    int all = 1;
    for (int k = n->first_child; k >= 0; k = S->sc->nodes[k].next_sibling) {
        const jx_node *c = &S->sc->nodes[k];
        weights += c->weight_units;
        if (!c->applicable) continue;
        all &= c->scored;
        score += c->score;
        applicable += c->applicable_weight;
    }
    if (n->weight.present && weights != n->weight_units)
        weight_problem(S, n->pos, "children's weights add up to %s, not %s's weight %s",
                       fmt_units(S, weights).s, n->name, fmt_units(S, n->weight_units).s);
    if (!n->weight.present) n->weight_units = weights; /* goal groups take their children's sum */
    n->applicable_weight = applicable;
    n->applicable = applicable > 0 || weights == 0;
    n->score = score;
    n->scored = all;
    /* a child's score is unknown: the branch's published score stands */
    if (!all && n->published_score.present) {
        n->score = to_units(S, jx_q_dec(n->published_score.v));
        n->scored = 1;
    }
}

static size_t unknown_leaves(const jx_scoring *sc) {
    size_t n = 0;
    for (size_t i = 0; i < sc->nnodes; i++) n += sc->nodes[i].is_leaf && sc->nodes[i].applicable && !sc->nodes[i].scored;
    return n;
}

/* Whether any indicator has a score entered. */
static int any_entered(const jx_scoring *sc) {
    for (size_t i = 0; i < sc->nnodes; i++)
        if (sc->nodes[i].published_score.present) return 1;
    return sc->execution_score.present;
}

/* Leaves whose score the document does not publish leave the total to the
 * published one, said as such. Without it there is no total: a form
 * published with every 得分 blank prints them blank; one with some scores
 * and not the others cannot be totalled. */
static int unknown_total(scorer *S, size_t unknown, int64_t *score) {
    const jx_num *pub = &S->sc->published_total;
    if (!pub->present && !any_entered(S->sc)) {
        S->sc->blank = 1;
        warning(S, S->sc->pos, "no score is entered and %zu %s none by %s method: the form's 得分 and 总分 are left blank",
                unknown, unknown == 1 ? "indicator has" : "indicators have", unknown == 1 ? "its" : "their");
        return 0;
    }
    if (!pub->present) {
        error(S, S->sc->pos, "%zu unpublished %s no score, so the total needs the published one (scoring.score)",
              unknown, unknown == 1 ? "leaf has" : "leaves have");
        return 0;
    }
    *score = to_units(S, jx_q_dec(pub->v));
    warning(S, pub->pos, "total %s as published: %zu unpublished %s it unchecked", fmt_dec(pub->v).s, unknown,
            unknown == 1 ? "leaf leaves" : "leaves leave");
    return 1;
}

/* The band a total falls in on the document's scale (highest first). */
static const char *grade_of(const jx_scoring *sc, jx_q total) {
    for (size_t i = 0; i < sc->ngrades; i++)
        if (jx_q_cmp(total, jx_q_dec(sc->grades[i].min)) >= 0) return sc->grades[i].label;
    return "";
}

static int on_scale(const jx_scoring *sc, const char *label) {
    for (size_t i = 0; i < sc->ngrades; i++)
        if (strcmp(sc->grades[i].label, label) == 0) return 1;
    return 0;
}

static void grade_total(scorer *S) {
    jx_scoring *sc = S->sc;
    int64_t score = 0, applicable = 0, weights = 0;
    for (size_t i = 0; i < sc->nnodes; i++) {
        const jx_node *n = &sc->nodes[i];
        if (n->parent >= 0) continue;
        weights += n->weight_units;
        if (!n->applicable) continue;
        score += n->score;
        applicable += n->applicable_weight;
    }
    int64_t total_units = to_units(S, jx_q_dec(sc->total.v));
    jx_pos where = {sc->from_goals ? "/goals/indicators" : "/scoring/indicators", sc->pos.line, sc->pos.col};
    if (weights != total_units)
        weight_problem(S, where,
                       "一级指标 weights add up to %s, not the total %s", fmt_units(S, weights).s,
                       fmt_units(S, total_units).s);
    if (sc->renormalize && applicable > 0 && applicable != weights)
        score = to_units(S, jx_q_div(jx_q_mul(jx_q_units(score, S->dp), jx_q_dec(sc->total.v)),
                                     jx_q_units(applicable, S->dp)));
    size_t unknown = unknown_leaves(sc);
    if (unknown && !unknown_total(S, unknown, &score)) return;
    sc->total_score = score;
    sc->grade = grade_of(sc, jx_q_units(score, S->dp));
    check_published(S, &sc->published_total, score, "total", POINTS, "");
    if (sc->published_grade && !on_scale(sc, sc->published_grade)) {
        char labels[256] = "";
        for (size_t i = 0; i < sc->ngrades; i++)
            snprintf(labels + strlen(labels), sizeof labels - strlen(labels), "%s%s", i ? ", " : "", sc->grades[i].label);
        error(S, sc->published_grade_pos, "grade \"%s\" is not on the document's scale (%s): give the scale in scoring.grades",
              sc->published_grade, labels);
    } else if (sc->published_grade && strcmp(sc->published_grade, sc->grade) != 0) {
        mismatch(S, sc->published_grade_pos, "published grade %s differs from computed %s (total %s)",
                 sc->published_grade, sc->grade, fmt_units(S, score).s);
    }
}

/* 山东 and 财政部 self-evaluation tables weigh 产出 50, 效益 30, 满意度 10. */
static void standard_split_warnings(scorer *S) {
    static const struct {
        const char *key;
        int weight;
    } standard[] = {{"产出", 50}, {"效益", 30}, {"满意度", 10}};
    jx_scoring *sc = S->sc;
    if (!sc->from_goals) return;
    for (size_t i = 0; i < sc->nnodes; i++) {
        const jx_node *n = &sc->nodes[i];
        if (n->parent >= 0 || n->is_leaf) continue;
        for (size_t k = 0; k < 3; k++) {
            if (!strstr(n->name, standard[k].key)) continue;
            int64_t want = to_units(S, jx_q_int(standard[k].weight));
            if (n->weight_units != want)
                warning(S, n->pos, "一级指标 %s weighs %s; the self-evaluation standard is %d (产出 50, 效益 30, 满意度 10)",
                        n->name, fmt_units(S, n->weight_units).s, standard[k].weight);
            break;
        }
    }
}

static void check_sum(scorer *S, jx_pos pos, const char *what, const jx_num *total, jx_q sum, int n) {
    if (!total->present || n == 0) return;
    if (jx_q_cmp(jx_q_dec(total->v), sum) != 0)
        warning(S, pos, "sources' %s add up to %s, not the total %s", what, fmt_q(sum).s, fmt_dec(total->v).s);
}

static void budget_warnings(scorer *S) {
    const jx_funds *f = &S->doc->funds;
    if (f->spent.present && f->arrived.present && jx_q_cmp(jx_q_dec(f->spent.v), jx_q_dec(f->arrived.v)) > 0)
        warning(S, f->spent.pos, "spent %s is more than arrived %s", fmt_dec(f->spent.v).s, fmt_dec(f->arrived.v).s);
    if (f->arrived.present && f->budget.present && jx_q_cmp(jx_q_dec(f->arrived.v), jx_q_dec(f->budget.v)) > 0)
        warning(S, f->arrived.pos, "arrived %s is more than the budget %s", fmt_dec(f->arrived.v).s, fmt_dec(f->budget.v).s);
    if (f->nsources) {
        static const char *const names[] = {"initial_budget", "budget", "arrived", "spent"};
        const jx_num *totals[] = {&f->initial_budget, &f->budget, &f->arrived, &f->spent};
        for (size_t k = 0; k < 4; k++) {
            jx_q sum = jx_q_int(0);
            int n = 0;
            for (size_t i = 0; i < f->nsources; i++) {
                const jx_source *s = &f->sources[i];
                const jx_num *v = k == 0 ? &s->initial_budget : k == 1 ? &s->budget : k == 2 ? &s->arrived : &s->spent;
                if (v->present) sum = jx_q_add(sum, jx_q_dec(v->v)), n++;
            }
            check_sum(S, totals[k]->present ? totals[k]->pos : f->pos, names[k], totals[k], sum, n);
        }
    }
    if (f->carried_over.present && f->initial_budget.present && f->adjustment.present &&
        f->other_adjustment.present && f->spent.present && f->balance.present) {
        jx_q bal = jx_q_sub(jx_q_add(jx_q_add(jx_q_dec(f->carried_over.v), jx_q_dec(f->initial_budget.v)),
                                     jx_q_add(jx_q_dec(f->adjustment.v), jx_q_dec(f->other_adjustment.v))),
                            jx_q_dec(f->spent.v));
        if (jx_q_cmp(bal, jx_q_dec(f->balance.v)) != 0)
            warning(S, f->balance.pos, "上年结转 + 年初预算 + 预算调整 + 其他调整 − 预算执行 = %s, not the balance %s",
                    fmt_q(bal).s, fmt_dec(f->balance.v).s);
    }
}

/*** The figures a document prints ***/

static jx_dec units_dec(const scorer *S, int64_t units) { return (jx_dec){units, S->dp}; }

static jx_dec q_dec(const scorer *S, jx_q q) { return units_dec(S, to_units(S, q)); }

static int entered(const scorer *S, const jx_num *n) { return n->present && S->sc->figures == JX_FIGURES_ENTERED; }

/* A sum of printed figures, written with as many decimals as the most
 * precise of them: 4 + 2 is "6", 1.8 + 0.6 is "2.4". */
static jx_dec dec_sum(jx_q sum, int decimals) {
    int64_t units = 0;
    jx_q_round(sum, decimals, &units);
    return (jx_dec){units, decimals};
}

/* A branch without an entered figure prints the sum of the figures printed
 * under it, so that a form adds up as printed; 0 when one is unknown. */
static int sum_of_shown(const scorer *S, const jx_node *n, jx_q *sum, int *decimals) {
    *sum = jx_q_int(0);
    *decimals = 0;
    for (int k = n->first_child; k >= 0; k = S->sc->nodes[k].next_sibling) {
        const jx_node *c = &S->sc->nodes[k];
        if (!c->applicable) continue;
        if (!c->has_shown) return 0;
        *sum = jx_q_add(*sum, jx_q_dec(c->shown));
        if (c->shown.s > *decimals) *decimals = c->shown.s;
    }
    return 1;
}

static void shown_score(scorer *S, jx_node *n) {
    jx_q sum;
    int decimals;
    n->has_shown = 0;
    if (entered(S, &n->published_score)) {
        n->shown = n->published_score.v, n->has_shown = 1;
    } else if (!n->is_leaf && S->sc->figures == JX_FIGURES_ENTERED && sum_of_shown(S, n, &sum, &decimals)) {
        n->shown = dec_sum(sum, decimals), n->has_shown = 1;
    } else if (n->scored) {
        n->shown = units_dec(S, n->score), n->has_shown = 1;
    }
}

static void shown_rates(scorer *S, jx_node *n) {
    n->has_shown_rate = n->has_shown_ratio = 0;
    if (entered(S, &n->published_rate)) {
        n->shown_rate = n->published_rate.v, n->has_shown_rate = 1;
    } else if (n->has_shown && n->applicable_weight > 0) {
        n->shown_rate = q_dec(S, jx_q_div(jx_q_mul(jx_q_dec(n->shown), q100()), jx_q_units(n->applicable_weight, S->dp)));
        n->has_shown_rate = 1;
    }
    if (n->in.method == JX_METHOD_EXECUTION && entered(S, &S->sc->execution_rate))
        n->shown_ratio = S->sc->execution_rate.v, n->has_shown_ratio = 1;
    else if (n->has_ratio)
        n->shown_ratio = units_dec(S, n->ratio), n->has_shown_ratio = 1;
}

static int same_figure(const scorer *S, jx_dec shown, int has_computed, int64_t computed) {
    return has_computed && jx_q_cmp(jx_q_dec(shown), jx_q_units(computed, S->dp)) == 0;
}

/* The total printed: as entered, else the sum of the 一级 figures printed
 * (re-scaled as the computed one is); its grade likewise. */
static void shown_total(scorer *S) {
    jx_scoring *sc = S->sc;
    jx_q sum = jx_q_int(0);
    int known = 1, decimals = 0;
    for (size_t i = 0; i < sc->nnodes; i++) {
        const jx_node *n = &sc->nodes[i];
        if (n->parent >= 0 || !n->applicable) continue;
        known &= n->has_shown;
        if (n->has_shown) sum = jx_q_add(sum, jx_q_dec(n->shown));
        if (n->has_shown && n->shown.s > decimals) decimals = n->shown.s;
    }
    sc->has_shown_total = 1;
    if (entered(S, &sc->published_total)) {
        sc->shown_total = sc->published_total.v;
    } else if (known && sc->figures == JX_FIGURES_ENTERED && !sc->renormalize) {
        sc->shown_total = dec_sum(sum, decimals);
    } else {
        sc->shown_total = units_dec(S, sc->total_score);
    }
    sc->shown_grade = sc->published_grade && sc->figures == JX_FIGURES_ENTERED
                          ? sc->published_grade
                          : grade_of(sc, jx_q_dec(sc->shown_total));
}

static void figures_of(scorer *S) {
    jx_scoring *sc = S->sc;
    for (int i = jx_tree_first_post(sc); i >= 0; i = jx_tree_next_post(sc, i)) {
        jx_node *n = &sc->nodes[i];
        if (!n->applicable) continue;
        shown_score(S, n);
        shown_rates(S, n);
        sc->differs |= n->has_shown && !same_figure(S, n->shown, n->scored, n->score);
    }
    shown_total(S);
    sc->differs |= !same_figure(S, sc->shown_total, 1, sc->total_score) || strcmp(sc->shown_grade, sc->grade) != 0;
}

/* A subtotal entered beside entered scores that do not add up to it is a
 * slip in the document itself, said apart from what the rules compute. */
static void check_sums_as_printed(scorer *S) {
    jx_scoring *sc = S->sc;
    for (size_t i = 0; i < sc->nnodes; i++) {
        const jx_node *n = &sc->nodes[i];
        jx_q sum;
        int decimals;
        if (n->is_leaf || !n->applicable || !n->published_score.present || !sum_of_shown(S, n, &sum, &decimals)) continue;
        if (jx_q_cmp(sum, jx_q_units(n->score, S->dp)) == 0 || jx_q_cmp(sum, jx_q_dec(n->published_score.v)) == 0) continue;
        warning(S, n->published_score.pos, "published score %s of %s is not the sum of the scores printed under it (%s)",
                fmt_dec(n->published_score.v).s, n->name, fmt_q(sum).s);
    }
    if (!sc->published_grade || !sc->has_shown_total) return;
    const char *band = grade_of(sc, jx_q_dec(sc->shown_total));
    if (strcmp(band, sc->published_grade) != 0 && strcmp(band, sc->grade) != 0)
        warning(S, sc->published_grade_pos, "published grade %s is not the grade of the printed total %s (%s)",
                sc->published_grade, fmt_dec(sc->shown_total).s, band);
}

/* A tree scored from scoring.indicators has no 预算执行率 row of its own:
 * the execution figures apply to its 预算执行率 leaf, if it has one. */
static void execution_figures_in_tree(scorer *S) {
    jx_scoring *sc = S->sc;
    const jx_num *score = &sc->execution_score, *rate = &sc->execution_rate, *weight = &sc->execution_weight;
    if (sc->from_goals || (!score->present && !rate->present && !weight->present)) return;
    const jx_node *leaf = NULL;
    for (size_t i = 0; i < sc->nnodes && !leaf; i++)
        if (sc->nodes[i].is_leaf && strstr(sc->nodes[i].name, "预算执行率")) leaf = &sc->nodes[i];
    const jx_num *given[] = {weight, score, rate};
    static const char *const keys[] = {"execution_weight", "execution_score", "execution_rate"};
    for (size_t k = 0; k < 3; k++) {
        if (!given[k]->present) continue;
        if (!leaf || k == 0) {
            warning(S, given[k]->pos, "not used: %s is for a goal table (scoring.source \"goals\"); this tree %s", keys[k],
                    leaf ? "takes its 预算执行率 weight from the leaf" : "has no 预算执行率 leaf");
            continue;
        }
        int has = k == 1 ? leaf->has_shown : leaf->has_shown_ratio;
        jx_dec tree = k == 1 ? leaf->shown : leaf->shown_ratio;
        if (!has || jx_q_cmp(jx_q_dec(tree), jx_q_dec(given[k]->v)) != 0)
            warning(S, given[k]->pos, "%s %s%s contradicts the tree's %s (%s): %s%s", keys[k], fmt_dec(given[k]->v).s,
                    k == 2 ? "%" : "", leaf->name, leaf->pos.ptr ? leaf->pos.ptr : "", has ? fmt_dec(tree).s : "no figure",
                    has && k == 2 ? "%" : "");
    }
}

static int score_document(jx_model *doc, jx_diags *diags) {
    scorer S = {doc, &doc->scoring, diags, doc->scoring.decimals, 0};
    jx_scoring *sc = &doc->scoring;
    budget_warnings(&S);
    if (sc->nnodes == 0) return S.errors ? -1 : 0;
    for (size_t i = 0; i < sc->nnodes; i++)
        sc->nodes[i].weight_units = to_units(&S, jx_q_dec(sc->nodes[i].weight.v));
    for (int i = jx_tree_first_post(sc); i >= 0; i = jx_tree_next_post(sc, i)) {
        jx_node *n = &sc->nodes[i];
        if (n->is_leaf) {
            n->applicable_weight = n->applicable ? n->weight_units : 0;
            if (n->applicable) score_leaf(&S, n);
        } else {
            sum_branch(&S, n);
        }
    }
    for (size_t i = 0; i < sc->nnodes; i++) {
        jx_node *n = &sc->nodes[i];
        if (!n->scored) continue;
        rate_of(&S, n);
        if (!n->is_leaf) {
            char detail[128];
            snprintf(detail, sizeof detail, "sum of %s's children", n->name);
            check_published(&S, &n->published_score, n->score, "score", POINTS, detail);
        }
        if (n->has_rate) {
            char detail[160];
            snprintf(detail, sizeof detail, "%s ÷ %s", fmt_units(&S, n->score).s, fmt_units(&S, n->applicable_weight).s);
            check_published(&S, &n->published_rate, n->rate, "得分率", PERCENT, detail);
        }
    }
    standard_split_warnings(&S);
    if (S.errors) return -1;
    grade_total(&S);
    if (S.errors) return -1;
    if (!sc->blank) figures_of(&S);
    check_sums_as_printed(&S);
    execution_figures_in_tree(&S);
    for (size_t i = 0; i < sc->nnodes; i++)
        if (sc->nodes[i].is_leaf) deviation_warnings(&S, &sc->nodes[i]);
    sc->scored = S.errors == 0;
    return S.errors ? -1 : 0;
}

/* The document, then each attached one (a 自评表 has its own scores). */
int jx_model_score(jx_model *doc, jx_diags *diags) {
    int rc = score_document(doc, diags);
    for (size_t i = 0; i < doc->nattachments; i++) {
        jx_model *a = doc->attachments[i].doc;
        if (score_document(a, diags) != 0) rc = -1;
        else if (!a->scoring.scored)
            rc = -1, jx_diag_at(diags, JX_ERROR, doc->file, doc->attachments[i].pos, "the attached input has no \"scoring\" section");
    }
    return rc;
}

int jx_model_scored(const jx_model *doc) { return doc && doc->scoring.scored; }
