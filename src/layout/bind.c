/* The registry of bindable values. Each type of the model has a table of
 * fields; most read a member at an offset, the rest compute what documents
 * print (执行率, 扣分, the indicators under a node). Numbers are shown the
 * way the published documents write them: no trailing zeros ("19.5",
 * "100%"). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout/bind.h"
#include "base/buf.h"
#include "json/members.h"

typedef jx_val (*getter)(const jx_val *self, const jx_field *f, jx_arena *a, int *oom);

struct jx_field {
    const char *name;
    jx_vkind kind;
    jx_vtype type;
    getter get;
    size_t offset;
    const char *about;
    size_t offset2; /* a list's item count; a ratio's denominator */
    const char *key; /* the input member it shows, below its object's pointer; NULL: computed */
};

static const jx_val ABSENT = {JX_V_ABSENT, JX_T_TEXT, NULL, 0, 0, NULL, NULL, 0, NULL, NULL};

static const void *member_at(const jx_val *self, const jx_field *f) {
    return (const char *)self->ptr + f->offset;
}

static jx_val text_val(const char *s) {
    jx_val v = ABSENT;
    if (s) v.kind = JX_V_TEXT, v.text = s;
    return v;
}

static jx_val copy_text(const char *s, jx_arena *a, int *oom) {
    const char *t = jx_arena_strdup(a, s);
    if (!t) *oom = 1;
    return text_val(t);
}

static jx_val object_val(jx_vtype t, const void *p, const jx_model *doc) {
    jx_val v = ABSENT;
    if (p) v.kind = JX_V_OBJECT, v.type = t, v.ptr = p, v.doc = doc;
    return v;
}

static jx_val node_val(const jx_node *n, const jx_model *doc) {
    jx_val v = object_val(JX_T_NODE, n, doc);
    v.at = n->at;
    return v;
}

/* base + "/" + key: the pointer of a member or an item. */
static const char *child_at(const char *base, const char *key, jx_arena *a, int *oom) {
    if (!base || !key) return NULL;
    const char *p = jx_arena_printf(a, "%s/%s", base, key);
    if (!p) *oom = 1;
    return p;
}

/* A list of count items, item k at base + k × stride. */
static jx_val list_val(jx_vtype t, const void *base, size_t count, size_t stride, const jx_model *doc, jx_arena *a,
                       int *oom) {
    jx_val v = ABSENT;
    v.kind = JX_V_LIST, v.type = t, v.doc = doc;
    if (!count) return v;
    const void **items = jx_arena_array(a, count, sizeof *items);
    if (!items) return *oom = 1, ABSENT;
    for (size_t k = 0; k < count; k++)
        items[k] = t == JX_T_TEXT ? ((const char *const *)base)[k] : (const char *)base + k * stride;
    v.items = items, v.count = count;
    return v;
}

static jx_val int_text(long v, jx_arena *a, int *oom) {
    char t[24];
    snprintf(t, sizeof t, "%ld", v);
    return copy_text(t, a, oom);
}

static jx_val number_text(const char *s, double number, jx_arena *a, int *oom) {
    jx_val v = copy_text(s, a, oom);
    v.has_number = v.kind == JX_V_TEXT;
    v.number = number;
    return v;
}

/* A computed figure with the form's decimals, zeros kept: "61.90%", "100.00". */
static jx_val units_val(int64_t units, int decimals, const char *suffix, jx_arena *a, int *oom) {
    char t[64];
    jx_units_format(units, decimals, t, sizeof t - 8);
    double n = (double)units;
    for (int k = 0; k < decimals; k++) n /= 10;
    strcat(t, suffix);
    return number_text(t, n, a, oom);
}

/* A figure as written, its own decimals kept: "9", "86%", "99.962". */
static jx_val dec_text(jx_dec d, const char *suffix, jx_arena *a, int *oom) {
    char t[56];
    jx_dec_format(d, t, sizeof t - 8);
    strcat(t, suffix);
    double n = (double)d.m;
    for (int k = 0; k < d.s; k++) n /= 10;
    return number_text(t, n, a, oom);
}

static jx_val dec_val(jx_dec d, jx_arena *a, int *oom) { return dec_text(d, "", a, oom); }

/* numerator ÷ denominator as a percentage with two decimals: 执行率, 到位率. */
static jx_val percent_val(const jx_num *num, const jx_num *den, jx_arena *a, int *oom) {
    if (!num->present || !den->present || den->v.m == 0) return ABSENT;
    int64_t units;
    jx_q r = jx_q_mul(jx_q_div(jx_q_dec(num->v), jx_q_dec(den->v)), jx_q_int(100));
    if (r.bad || jx_q_round(r, 2, &units)) return ABSENT;
    return units_val(units, 2, "%", a, oom);
}

static jx_val date_text(const jx_date *d, jx_arena *a, int *oom) {
    if (!d->present) return ABSENT;
    char t[48];
    if (d->day)
        snprintf(t, sizeof t, "%d年%d月%d日", d->year, d->month, d->day);
    else if (d->month)
        snprintf(t, sizeof t, "%d年%d月", d->year, d->month);
    else
        snprintf(t, sizeof t, "%d年", d->year);
    return copy_text(t, a, oom);
}

/*** Getters that read a member ***/

/* Two amounts as a percentage: 执行率 (spent ÷ budget), 到位率. */
static jx_val get_ratio(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const jx_num *den = (const void *)((const char *)self->ptr + f->offset2);
    return percent_val(member_at(self, f), den, a, oom);
}

/* The project's 执行率: as the input enters it (scoring.execution_rate),
 * else spent ÷ budget. */
static jx_val funds_execution_rate(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const jx_scoring *sc = &self->doc->scoring;
    if (sc->execution_rate.present && sc->figures == JX_FIGURES_ENTERED) return dec_text(sc->execution_rate.v, "%", a, oom);
    return get_ratio(self, f, a, oom);
}

static jx_val get_string(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)a, (void)oom;
    return text_val(*(const char *const *)member_at(self, f));
}

static jx_val get_num(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const jx_num *n = member_at(self, f);
    return n->present ? dec_val(n->v, a, oom) : ABSENT;
}

static jx_val get_date(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    return date_text(member_at(self, f), a, oom);
}

static jx_val get_object(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)a, (void)oom;
    return object_val(f->type, member_at(self, f), self->doc);
}

static jx_val get_flag(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)a, (void)oom;
    return *(const int *)member_at(self, f) ? text_val("是") : ABSENT;
}

static jx_val get_quantity(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)a, (void)oom;
    const jx_quantity *q = member_at(self, f);
    return q->present ? text_val(q->display) : ABSENT;
}

/* The number alone, with the decimals it was written with (a form with its
 * own 指标性质 and 度量单位 columns: "= | 100 | %"), or the words. */
static jx_val get_quantity_value(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const jx_quantity *q = member_at(self, f);
    if (!q->present) return ABSENT;
    return q->has_number ? dec_val(q->number, a, oom) : text_val(q->display);
}

static size_t item_size(jx_vtype t) {
    switch (t) {
    case JX_T_SOURCE: return sizeof(jx_source);
    case JX_T_GOAL: return sizeof(jx_goal);
    case JX_T_MEMBER: return sizeof(jx_member);
    case JX_T_REVIEWER:
    case JX_T_TITLED: return sizeof(jx_titled);
    case JX_T_STAGE: return sizeof(jx_stage);
    case JX_T_GRADE: return sizeof(jx_grade_band);
    case JX_T_BASIS: return sizeof(jx_basis);
    default: return sizeof(const char *);
    }
}

static jx_val get_array(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const void *items = *(const void *const *)member_at(self, f);
    size_t count = *(const size_t *)(const void *)((const char *)self->ptr + f->offset2);
    return list_val(f->type, items, count, item_size(f->type), self->doc, a, oom);
}

/*** The document ***/

static jx_val doc_year(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    return int_text(((const jx_model *)self->ptr)->year, a, oom);
}

static jx_val doc_file(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    return text_val(((const jx_model *)self->ptr)->file);
}

/* The goals object is the document itself, seen through its goal members. */
static jx_val doc_goals(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_model *d = self->ptr;
    if (!d->goals_overall && !d->goals_annual && !d->goals_annual_achieved && !d->ngoals) return ABSENT;
    jx_val v = object_val(JX_T_GOALS, self->ptr, self->doc);
    v.at = child_at(d->base, "goals", a, oom);
    return v;
}

/* "特种设备安全专项" is called "特种设备安全专项项目" in running text; a name
 * that already ends in 项目 keeps it once. */
static jx_val subject_title(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const char *name = ((const jx_subject *)self->ptr)->name;
    if (!name) return ABSENT;
    size_t n = strlen(name), k = strlen("项目");
    if (n >= k && strcmp(name + n - k, "项目") == 0) return text_val(name);
    const char *t = jx_arena_printf(a, "%s项目", name);
    if (!t) *oom = 1;
    return text_val(t);
}

typedef enum { ROOTS, ALL_LEAVES, CHILDREN, LEAVES_UNDER } node_walk;

/* Applicable nodes of the tree, in document order (its links' order). */
static jx_val node_list(const jx_model *doc, int from, node_walk walk, jx_arena *a, int *oom) {
    const jx_scoring *sc = &doc->scoring;
    jx_val v = ABSENT;
    v.kind = JX_V_LIST, v.type = JX_T_NODE, v.doc = doc;
    if (!sc->nnodes) return v;
    const void **items = jx_arena_array(a, sc->nnodes, sizeof *items);
    if (!items) return *oom = 1, ABSENT;
    size_t n = 0;
    if (walk == CHILDREN || walk == ROOTS) {
        for (int c = walk == ROOTS ? jx_tree_first(sc) : sc->nodes[from].first_child; c >= 0; c = sc->nodes[c].next_sibling)
            if (sc->nodes[c].applicable) items[n++] = &sc->nodes[c];
    } else {
        int start = walk == LEAVES_UNDER ? jx_tree_next(sc, from, from) : jx_tree_first(sc);
        for (int i = start; i >= 0; i = jx_tree_next(sc, i, walk == LEAVES_UNDER ? from : -1))
            if (sc->nodes[i].applicable && sc->nodes[i].is_leaf) items[n++] = &sc->nodes[i];
    }
    v.items = items, v.count = n;
    return v;
}

static jx_val doc_roots(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    return node_list(self->ptr, -1, ROOTS, a, oom);
}

static jx_val doc_leaves(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    return node_list(self->ptr, -1, ALL_LEAVES, a, oom);
}

/*** Funds ***/

static jx_val funds_unit(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_funds *fu = self->ptr;
    return text_val(fu->unit ? fu->unit : "万元");
}

/*** Scoring and the indicator tree ***/

static const jx_scoring *scoring_of(const jx_val *self) { return &self->doc->scoring; }

/* Whether the document has a total: scored, and not a form left blank. */
static int totalled(const jx_scoring *sc) { return sc->scored && !sc->blank; }

static jx_val scoring_score(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_scoring *sc = self->ptr;
    return totalled(sc) ? dec_val(sc->shown_total, a, oom) : ABSENT;
}

/* The printed total's share of the full mark (综合得分率), the form's decimals. */
static jx_val scoring_rate(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_scoring *sc = self->ptr;
    int64_t units;
    if (!totalled(sc) || jx_q_sign(jx_q_dec(sc->total.v)) <= 0 ||
        jx_q_round(jx_q_div(jx_q_mul(jx_q_dec(sc->shown_total), jx_q_int(100)), jx_q_dec(sc->total.v)), sc->decimals, &units))
        return ABSENT;
    return units_val(units, sc->decimals, "%", a, oom);
}

/* What the rules give, beside the printed figure, for a reviewer. */
static jx_val scoring_computed_score(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_scoring *sc = self->ptr;
    return totalled(sc) ? units_val(sc->total_score, sc->decimals, "", a, oom) : ABSENT;
}

static jx_val scoring_computed_grade(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_scoring *sc = self->ptr;
    return totalled(sc) ? text_val(sc->grade) : ABSENT;
}

static jx_val scoring_differs(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_scoring *sc = self->ptr;
    return totalled(sc) && sc->differs ? text_val("是") : ABSENT;
}

static jx_val scoring_full(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_scoring *sc = self->ptr;
    return sc->total.present ? dec_val(sc->total.v, a, oom) : text_val("100");
}

static jx_val scoring_grade(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_scoring *sc = self->ptr;
    return totalled(sc) ? text_val(sc->shown_grade) : ABSENT;
}

/* The 预算执行率 row of a goals-sourced table: the first root. */
static jx_val scoring_execution(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_scoring *sc = self->ptr;
    if (!sc->from_goals || !sc->nnodes || sc->nodes[0].in.method != JX_METHOD_EXECUTION) return ABSENT;
    return node_val(&sc->nodes[0], self->doc);
}

static jx_val scoring_standard_grade(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_scoring *sc = self->ptr;
    if (!totalled(sc)) return ABSENT;
    jx_q total = jx_q_dec(sc->shown_total);
    for (size_t i = 0; i < 4; i++)
        if (jx_q_cmp(total, jx_q_dec(JX_STANDARD_GRADES[i].min)) >= 0) return text_val(JX_STANDARD_GRADES[i].label);
    return ABSENT;
}

/* The scale in one line ("优 90、良 80、中 60、差 0"): the same text for
 * the same bands, so that inputs graded on different scales can be told. */
static jx_val scoring_scale(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_scoring *sc = self->ptr;
    jx_buf b;
    jx_buf_init(&b, 4096);
    for (size_t i = 0; i < sc->ngrades; i++) {
        char min[48];
        jx_dec_format(sc->grades[i].min, min, sizeof min);
        jx_buf_printf(&b, "%s%s %s", i ? "、" : "", sc->grades[i].label, min);
    }
    char *t = jx_buf_take(&b);
    jx_val v = t ? copy_text(t, a, oom) : (*oom = 1, ABSENT);
    free(t);
    return v;
}

static jx_val scoring_grades(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const jx_scoring *sc = self->ptr;
    return list_val(f->type, sc->grades, sc->ngrades, sizeof *sc->grades, self->doc, a, oom);
}

/* A band's upper end: the next band's lower end, or the full mark. */
static jx_val grade_max(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const jx_scoring *sc = scoring_of(self);
    const jx_grade_band *g = self->ptr;
    size_t k = (size_t)(g - sc->grades);
    if (k == 0) return scoring_full(&(jx_val){JX_V_OBJECT, JX_T_SCORING, 0, 0, 0, sc, 0, 0, self->doc, NULL}, f, a, oom);
    return dec_val(sc->grades[k - 1].min, a, oom);
}

static jx_val grade_min(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    return dec_val(((const jx_grade_band *)self->ptr)->min, a, oom);
}

static const jx_node *node_of(const jx_val *self) { return self->ptr; }

static int node_index(const jx_val *self) { return (int)(node_of(self) - scoring_of(self)->nodes); }

/* A weight as the input writes it ("10.00", "8"). */
static jx_val node_weight(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_node *n = node_of(self);
    if (n->weight.present) return dec_val(n->weight.v, a, oom);
    return units_val(n->weight_units, scoring_of(self)->decimals, "", a, oom);
}

/* An applicable node without a score: the document publishes none. */
static int unknown(const jx_node *n) { return n->applicable && !n->scored; }

static jx_val node_score(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_node *n = node_of(self);
    if (!n->applicable) return ABSENT;
    return n->has_shown ? dec_val(n->shown, a, oom) : text_val(JX_UNKNOWN);
}

static jx_val node_computed_score(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_node *n = node_of(self);
    return n->scored ? units_val(n->score, scoring_of(self)->decimals, "", a, oom) : ABSENT;
}

static jx_val node_scored(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    return node_of(self)->has_shown ? text_val("是") : ABSENT;
}

/* The name's pointer: the member, or for a 一级/二级 made from goal
 * indicators the level1/level2 of the first goal in it. */
static jx_val node_name(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    jx_val v = text_val(node_of(self)->name);
    v.at = node_of(self)->name_at;
    return v;
}

/* The 预算执行率 row's note is the funds' 偏差原因. */
static jx_val node_note(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_node *n = node_of(self);
    jx_val v = text_val(n->note);
    v.at = child_at(n->in.method == JX_METHOD_EXECUTION ? child_at(self->doc->base, "funds", a, oom) : n->at,
                    n->in.method == JX_METHOD_EXECUTION ? "deviation" : "note", a, oom);
    return v;
}

static jx_val node_deduction(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_node *n = node_of(self);
    if (!n->applicable) return ABSENT;
    if (!n->has_shown) return text_val(JX_UNKNOWN);
    jx_q lost = jx_q_sub(jx_q_units(n->weight_units, scoring_of(self)->decimals), jx_q_dec(n->shown));
    int64_t units = 0;
    jx_q_round(lost, scoring_of(self)->decimals, &units);
    return units_val(units, scoring_of(self)->decimals, "", a, oom);
}

static jx_val node_rate(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_node *n = node_of(self);
    if (unknown(n)) return text_val(JX_UNKNOWN);
    return n->has_shown_rate ? dec_text(n->shown_rate, "%", a, oom) : ABSENT;
}

static jx_val node_ratio(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_node *n = node_of(self);
    return n->has_shown_ratio ? dec_text(n->shown_ratio, "%", a, oom) : ABSENT;
}

static jx_val node_level(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    return int_text(node_of(self)->depth + 1, a, oom);
}

/* "决策" is headed "项目决策"; "项目产出" keeps its 项目 once. */
static jx_val node_title(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const char *name = node_of(self)->name;
    if (strncmp(name, "项目", strlen("项目")) == 0) return node_name(self, f, a, oom);
    jx_val v = text_val(jx_arena_printf(a, "项目%s", name));
    if (!v.text) *oom = 1;
    v.at = node_of(self)->name_at;
    return v;
}

static jx_val scoring_four_levels(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_scoring *sc = self->ptr;
    for (size_t i = 0; i < sc->nnodes; i++)
        if (sc->nodes[i].applicable && sc->nodes[i].depth >= 3) return text_val("是");
    return ABSENT;
}

/* The node's place in the tree: "2", "2.1", "2.1.3", counting applicable
 * siblings; unique, so it keys merged cells. */
static jx_val node_number(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_node *nodes = scoring_of(self)->nodes;
    int chain[16], depth = 0;
    for (int k = node_index(self); k >= 0 && depth < 16; k = nodes[k].parent) chain[depth++] = k;
    char t[128] = "";
    size_t used = 0;
    while (depth-- > 0) {
        const jx_node *n = &nodes[chain[depth]];
        int first = n->parent >= 0 ? nodes[n->parent].first_child : 0, pos = 0;
        for (int s = first; s >= 0; s = nodes[s].next_sibling) {
            if (nodes[s].applicable) pos++;
            if (s == chain[depth]) break;
        }
        int w = snprintf(t + used, sizeof t - used, "%s%d", used ? "." : "", pos);
        if (w > 0 && (size_t)w < sizeof t - used) used += (size_t)w;
    }
    return copy_text(t, a, oom);
}

static jx_val node_children(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    return node_list(self->doc, node_index(self), CHILDREN, a, oom);
}

static jx_val node_leaves(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    if (node_of(self)->is_leaf) return list_val(JX_T_NODE, self->ptr, 1, sizeof(jx_node), self->doc, a, oom);
    return node_list(self->doc, node_index(self), LEAVES_UNDER, a, oom);
}

static jx_val node_parent(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_node *n = node_of(self);
    return n->parent < 0 ? ABSENT : node_val(&scoring_of(self)->nodes[n->parent], self->doc);
}

/* The ancestor at depth f->offset (0: 一级), or the node itself. */
static jx_val node_ancestor(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)a, (void)oom;
    const jx_node *nodes = scoring_of(self)->nodes;
    const jx_node *n = node_of(self);
    while (n->depth > (int)f->offset && n->parent >= 0) n = &nodes[n->parent];
    return n->depth == (int)f->offset ? node_val(n, self->doc) : ABSENT;
}

static const jx_goal *node_goal(const jx_val *self) {
    const jx_node *n = node_of(self);
    return n->goal >= 0 ? &self->doc->goals[n->goal] : NULL;
}

/* target / actual: the method's inputs, or the goal the leaf was made from. */
static jx_val node_quantity(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const jx_node *n = node_of(self);
    const jx_goal *g = node_goal(self);
    const jx_quantity *q = f->offset ? &n->in.actual : &n->in.target;
    if (!q->present && g) q = f->offset ? &g->actual : &g->target;
    return q->present ? copy_text(q->display, a, oom) : ABSENT;
}

static jx_val node_goal_text(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)a, (void)oom;
    const jx_goal *g = node_goal(self);
    if (!g) return ABSENT;
    return text_val(f->offset ? g->deviation : g->progress);
}

static jx_val node_deviation(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    jx_val v = text_val(node_of(self)->deviation);
    return v.kind == JX_V_TEXT ? v : node_goal_text(self, f, a, oom);
}

static jx_val goal_node_value(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const jx_goal *g = self->ptr;
    if (g->node < 0) return ABSENT;
    static const getter shown[] = {node_weight, node_score, node_scored};
    jx_val node = node_val(&self->doc->scoring.nodes[g->node], self->doc);
    return shown[f->offset](&node, f, a, oom);
}

static jx_val evaluation_type(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    static const char *const names[][2] = {
        {"self", "单位自评"}, {"department", "部门评价"}, {"finance", "财政评价"}, {"third-party", "第三方评价"}};
    const char *t = ((const jx_evaluation *)self->ptr)->type;
    for (size_t k = 0; t && k < sizeof names / sizeof names[0]; k++)
        if (strcmp(t, names[k][0]) == 0) return text_val(names[k][1]);
    return text_val(t);
}

/* 部门评价, 财政评价 and 第三方评价 are written up as reports; 单位自评 is a form. */
static jx_val evaluation_external(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const char *t = ((const jx_evaluation *)self->ptr)->type;
    return t && strcmp(t, "self") != 0 ? text_val("是") : ABSENT;
}

/* 财政评价 and 第三方评价: a report a finance bureau commissions, written to
 * the national outline. */
static jx_val evaluation_commissioned(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const char *t = ((const jx_evaluation *)self->ptr)->type;
    return t && (strcmp(t, "finance") == 0 || strcmp(t, "third-party") == 0) ? text_val("是") : ABSENT;
}

/* 部门评价, 财政评价 and 第三方评价 are reports; so is a 单位自评 written up
 * with a report's narrative (南昌's 项目绩效评价报告 is a self-evaluation). */
static jx_val evaluation_reported(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const jx_model *d = self->doc;
    const jx_evaluation *e = &d->evaluation;
    const jx_findings *fi = &d->findings;
    int narrative = fi->nproblems || fi->nsuggestions || fi->nperformance || fi->experience || fi->application ||
                    fi->summary || e->nprocess || e->nbasis || e->purpose || e->methods || e->statement ||
                    d->subject.background || d->subject.content;
    jx_val v = evaluation_external(self, f, a, oom);
    return narrative ? text_val("是") : v;
}

static jx_val basis_title(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_basis *b = self->ptr;
    jx_val v = text_val(b->title);
    v.at = b->grouped ? child_at(self->at, "title", a, oom) : self->at;
    return v;
}

/* A prefix of s ending with one of the markers, or NULL. */
static const char *up_to_marker(const char *s, const char *const *markers, jx_arena *a, int *oom) {
    const char *best = NULL;
    size_t best_len = 0;
    for (; *markers; markers++) {
        const char *m = strstr(s, *markers);
        if (m && (!best || m < best)) best = m, best_len = strlen(*markers);
    }
    if (!best) return NULL;
    const char *t = jx_arena_strndup(a, s, (size_t)(best - s) + best_len);
    if (!t) *oom = 1;
    return t;
}

/* "山西省晋中市" → 山西省 and 晋中市; "北京市" is both. */
static jx_val subject_place(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    const char *region = ((const jx_subject *)self->ptr)->region;
    if (!region) return ABSENT;
    static const char *const provinces[] = {"省", "自治区", "特别行政区", NULL};
    static const char *const cities[] = {"市", "自治州", "州", "盟", "地区", NULL};
    static const char *const municipalities[] = {"北京", "天津", "上海", "重庆", NULL};
    const char *province = up_to_marker(region, provinces, a, oom);
    for (int k = 0; !province && municipalities[k]; k++)
        if (strncmp(region, municipalities[k], strlen(municipalities[k])) == 0)
            province = up_to_marker(region, cities, a, oom);
    if (f->offset == 0) return text_val(province);
    const char *rest = region + (province && !strstr(province, "市") ? strlen(province) : 0);
    return text_val(up_to_marker(rest, cities, a, oom));
}

static jx_val goal_unit(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_goal *g = self->ptr;
    if (g->unit) return text_val(g->unit);
    return g->target.has_number && g->target.unit[0] ? text_val(g->target.unit) : ABSENT;
}

/* 指标性质 from the target: ≥ and > for 正向, ≤ and < for 反向, = for a
 * number to reach exactly, 定性 for words. */
static jx_val goal_nature(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_goal *g = self->ptr;
    if (g->nature) return text_val(g->nature);
    if (!g->target.present) return ABSENT;
    if (!g->target.has_number) return text_val("定性");
    static const char *const forms[][2] = {{">=", "≥"}, {"<=", "≤"}, {"＞", ">"}, {"＜", "<"}, {"＝", "="}};
    const char *c = g->target.comparator;
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
        if (strcmp(c, forms[k][0]) == 0) return text_val(forms[k][1]);
    return text_val(c[0] ? c : "=");
}

/* The rank of the first of the n names equal to names[k] among the
 * distinct ones before it: groups in order of first appearance. */
static size_t first_rank(const char *const *names, size_t k, size_t *distinct, size_t *ndistinct) {
    const char *name = names[k] ? names[k] : "";
    for (size_t r = 0; r < *ndistinct; r++) {
        const char *seen = names[distinct[r]] ? names[distinct[r]] : "";
        if (strcmp(seen, name) == 0) return r;
    }
    distinct[*ndistinct] = k;
    return (*ndistinct)++;
}

typedef struct goal_rank {
    size_t l1, l2, index;
} goal_rank;

static int cmp_goal_rank(const void *a, const void *b) {
    const goal_rank *x = a, *y = b;
    if (x->l1 != y->l1) return x->l1 < y->l1 ? -1 : 1;
    if (x->l2 != y->l2) return x->l2 < y->l2 ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* A goal table lists its indicators under their 一级 and 二级, whatever
 * order the input gave them in: the order the scored tree groups them. */
static jx_val goal_list(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_model *d = self->ptr;
    jx_val v = ABSENT;
    v.kind = JX_V_LIST, v.type = JX_T_GOAL, v.doc = self->doc;
    if (!d->ngoals) return v;
    goal_rank *ranks = jx_arena_array(a, d->ngoals, sizeof *ranks);
    const char **l1 = jx_arena_array(a, d->ngoals, sizeof *l1), **l12 = jx_arena_array(a, d->ngoals, sizeof *l12);
    size_t *distinct = jx_arena_array(a, d->ngoals, sizeof *distinct);
    const void **items = jx_arena_array(a, d->ngoals, sizeof *items);
    if (!ranks || !l1 || !l12 || !distinct || !items) return *oom = 1, ABSENT;
    for (size_t i = 0; i < d->ngoals; i++) {
        l1[i] = d->goals[i].level1;
        l12[i] = jx_arena_printf(a, "%s\x1f%s", d->goals[i].level1 ? d->goals[i].level1 : "",
                                 d->goals[i].level2 ? d->goals[i].level2 : "");
        if (!l12[i]) return *oom = 1, ABSENT;
    }
    size_t n1 = 0;
    for (size_t i = 0; i < d->ngoals; i++) ranks[i] = (goal_rank){first_rank(l1, i, distinct, &n1), 0, i};
    size_t n2 = 0;
    for (size_t i = 0; i < d->ngoals; i++) ranks[i].l2 = first_rank(l12, i, distinct, &n2);
    qsort(ranks, d->ngoals, sizeof *ranks, cmp_goal_rank);
    for (size_t i = 0; i < d->ngoals; i++) items[i] = &d->goals[ranks[i].index];
    v.items = items, v.count = d->ngoals;
    return v;
}

/*** Several inputs ***/

static jx_val set_documents(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_input_set *b = self->ptr;
    /* the inputs are pointers already, like the strings of a text list */
    jx_val v = list_val(JX_T_TEXT, b->docs, b->ndocs, 0, NULL, a, oom);
    v.type = JX_T_DOC;
    return v;
}

static jx_val set_count(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    return int_text((long)((const jx_input_set *)self->ptr)->ndocs, a, oom);
}

/* The set's first input: year, grade bands, department. */
static jx_val set_first(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_input_set *b = self->ptr;
    return b->ndocs ? object_val(JX_T_DOC, b->docs[0], b->docs[0]) : ABSENT;
}

static int is_self_evaluation(const jx_model *d) { return !d->evaluation.type || strcmp(d->evaluation.type, "self") == 0; }

/* The unit's own evaluation of an input: the 自评表 attached to a report
 * when there is one (what a 自评情况汇总表 lists: 99.96 for a project whose
 * report scored it 85.99), else the input itself. */
static const jx_model *self_evaluation_of(const jx_model *d) {
    for (size_t i = 0; i < d->nattachments; i++)
        if (is_self_evaluation(d->attachments[i].doc) && d->attachments[i].doc->scoring.from_goals)
            return d->attachments[i].doc;
    return d;
}

/* Tables the input sets after a report's own 附件 as further 附件 (问卷,
 * 问题清单): present when there are any. */
static jx_val doc_annexes(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_model *d = self->ptr;
    for (size_t i = 0; i < d->ntables; i++)
        if (!d->tables[i].after && strcmp(d->tables[i].section, "annex") == 0) return text_val("是");
    return ABSENT;
}

static jx_val doc_self_evaluation(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_model *d = self_evaluation_of(self->ptr);
    jx_val v = object_val(JX_T_DOC, d, d);
    v.at = d->base;
    return v;
}

static jx_val set_external(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f, (void)a, (void)oom;
    const jx_input_set *b = self->ptr;
    size_t external = 0;
    for (size_t i = 0; i < b->ndocs; i++) external += !is_self_evaluation(self_evaluation_of(b->docs[i]));
    return external ? text_val("是") : ABSENT;
}

/* The inputs whose printed figures are not the computed ones: what a
 * reviewer of the 汇总表 checks first. */
static jx_val set_differing(const jx_val *self, const jx_field *f, jx_arena *a, int *oom) {
    (void)f;
    const jx_input_set *b = self->ptr;
    jx_val v = ABSENT;
    v.kind = JX_V_LIST, v.type = JX_T_DOC;
    const void **items = jx_arena_array(a, b->ndocs ? b->ndocs : 1, sizeof *items);
    if (!items) return *oom = 1, ABSENT;
    for (size_t i = 0; i < b->ndocs; i++) {
        const jx_model *d = self_evaluation_of(b->docs[i]);
        if (d->scoring.scored && d->scoring.differs) items[v.count++] = b->docs[i];
    }
    v.items = items;
    return v;
}

/*** The tables ***/

#define FIELD(name, kind, type, fn, off, about, off2, key) {name, kind, type, fn, off, about, off2, key}
/* a member shown as the input has it: its words are the format's (json/members.c) */
#define STR(T, m) FIELD(#m, JX_V_TEXT, JX_T_TEXT, get_string, offsetof(T, m), NULL, 0, #m)
#define NUM(T, m) FIELD(#m, JX_V_TEXT, JX_T_TEXT, get_num, offsetof(T, m), NULL, 0, #m)
#define DATE(T, m, key) FIELD(#m, JX_V_TEXT, JX_T_TEXT, get_date, offsetof(T, m), NULL, 0, key)
#define OBJ(T, m, type) FIELD(#m, JX_V_OBJECT, type, get_object, offsetof(T, m), NULL, 0, #m)
#define ARR(T, m, n, type) FIELD(#m, JX_V_LIST, type, get_array, offsetof(T, m), NULL, offsetof(T, n), #m)
#define FLAG(T, m, about) FIELD(#m, JX_V_TEXT, JX_T_TEXT, get_flag, offsetof(T, m), about, 0, NULL)
#define QTY(T, m) FIELD(#m, JX_V_TEXT, JX_T_TEXT, get_quantity, offsetof(T, m), NULL, 0, #m)
#define RATIO(name, T, num, den, about) FIELD(name, JX_V_TEXT, JX_T_TEXT, get_ratio, offsetof(T, num), about, offsetof(T, den), NULL)
#define CALC(name, kind, type, fn, arg, about) FIELD(name, kind, type, fn, arg, about, 0, NULL)
/* a computed value that shows one input member: its pointer is the member's */
#define SHOWS(name, key, fn, arg, about) FIELD(name, JX_V_TEXT, JX_T_TEXT, fn, arg, about, 0, key)
#define END {NULL, JX_V_ABSENT, JX_T_TEXT, NULL, 0, NULL, 0, NULL}

static const jx_field INPUT_SET_FIELDS[] = {
    CALC("documents", JX_V_LIST, JX_T_DOC, set_documents, 0, "the inputs, in the order given"),
    CALC("count", JX_V_TEXT, JX_T_TEXT, set_count, 0, "how many inputs"),
    CALC("first", JX_V_OBJECT, JX_T_DOC, set_first, 0, "the first input"),
    CALC("external", JX_V_TEXT, JX_T_TEXT, set_external, 0,
         "present when an input's self_evaluation is a 部门评价, 财政评价 or 第三方评价: its score is not a 自评得分"),
    CALC("differing", JX_V_LIST, JX_T_DOC, set_differing, 0,
         "the inputs whose self_evaluation prints a score or grade other than the computed one"),
    END};

static const jx_field DOC_FIELDS[] = {
    SHOWS("year", "year", doc_year, 0, "评价年度"),
    STR(jx_model, title),
    CALC("file", JX_V_TEXT, JX_T_TEXT, doc_file, 0, "the input's file name"),
    OBJ(jx_model, subject, JX_T_SUBJECT),
    OBJ(jx_model, funds, JX_T_FUNDS),
    CALC("goals", JX_V_OBJECT, JX_T_GOALS, doc_goals, 0, "绩效目标; absent when the input states none"),
    OBJ(jx_model, evaluation, JX_T_EVALUATION),
    OBJ(jx_model, findings, JX_T_FINDINGS),
    OBJ(jx_model, signoff, JX_T_SIGNOFF),
    OBJ(jx_model, scoring, JX_T_SCORING),
    CALC("indicators", JX_V_LIST, JX_T_NODE, doc_roots, 0, "一级指标, scored"),
    CALC("leaves", JX_V_LIST, JX_T_NODE, doc_leaves, 0, "every scored 末级指标 in order"),
    CALC("annexes", JX_V_TEXT, JX_T_TEXT, doc_annexes, 0, "present when the input has tables for the section \"annex\""),
    CALC("self_evaluation", JX_V_OBJECT, JX_T_DOC, doc_self_evaluation, 0,
         "the unit's own evaluation: the attached 自评表 of a report when it has one, else the input"),
    END};

static const jx_field SUBJECT_FIELDS[] = {
    FLAG(jx_subject, is_department, "present for a department (部门整体)"),
    STR(jx_subject, name),
    SHOWS("title", "name", subject_title, 0, "the name as running text calls it: …项目, once"),
    STR(jx_subject, code),
    STR(jx_subject, department),
    STR(jx_subject, department_code),
    STR(jx_subject, implementer),
    STR(jx_subject, implementer_code),
    STR(jx_subject, region),
    SHOWS("province", "region", subject_place, 0, "the region's province (山西省)"),
    SHOWS("city", "region", subject_place, 1, "the region's city (晋中市)"),
    STR(jx_subject, attribute),
    STR(jx_subject, category),
    DATE(jx_subject, period_start, "period/start"),
    DATE(jx_subject, period_end, "period/end"),
    STR(jx_subject, overview),
    STR(jx_subject, background),
    STR(jx_subject, purpose),
    STR(jx_subject, content),
    STR(jx_subject, organization),
    ARR(jx_subject, basis, nbasis, JX_T_BASIS),
    STR(jx_subject, funds_usage),
    STR(jx_subject, implementation),
    STR(jx_subject, performance),
    STR(jx_subject, other_matters),
    STR(jx_subject, functions),
    STR(jx_subject, staffing),
    STR(jx_subject, budget_execution),
    STR(jx_subject, leader),
    STR(jx_subject, phone),
    END};

static const jx_field FUNDS_FIELDS[] = {
    SHOWS("unit", "unit", funds_unit, 0, "金额单位, 万元 unless given"),
    NUM(jx_funds, initial_budget),
    NUM(jx_funds, budget),
    NUM(jx_funds, arrived),
    NUM(jx_funds, spent),
    NUM(jx_funds, carried_over),
    NUM(jx_funds, adjustment),
    NUM(jx_funds, other_adjustment),
    NUM(jx_funds, balance),
    ARR(jx_funds, sources, nsources, JX_T_SOURCE),
    STR(jx_funds, deviation),
    FIELD("execution_rate", JX_V_TEXT, JX_T_TEXT, funds_execution_rate, offsetof(jx_funds, spent),
          "预算执行率: as entered (scoring.execution_rate), else B÷A with two decimals", offsetof(jx_funds, budget), NULL),
    RATIO("arrival_rate", jx_funds, arrived, budget, "资金到位率, two decimals"),
    END};

static const jx_field SOURCE_FIELDS[] = {
    STR(jx_source, name),
    NUM(jx_source, initial_budget),
    NUM(jx_source, budget),
    NUM(jx_source, arrived),
    NUM(jx_source, spent),
    RATIO("execution_rate", jx_source, spent, budget, "执行率"),
    END};

static const jx_field GOALS_FIELDS[] = {
    SHOWS("overall", "overall", get_string, offsetof(jx_model, goals_overall), "总体目标"),
    SHOWS("annual", "annual", get_string, offsetof(jx_model, goals_annual), "年度目标"),
    SHOWS("annual_achieved", "annual_achieved", get_string, offsetof(jx_model, goals_annual_achieved),
          "目标实际完成情况"),
    FIELD("indicators", JX_V_LIST, JX_T_GOAL, goal_list, 0, "绩效指标, grouped by 一级 then 二级 in order of first appearance",
          0, "indicators"),
    END};

static const jx_field GOAL_FIELDS[] = {
    STR(jx_goal, level1),
    STR(jx_goal, level2),
    STR(jx_goal, name),
    QTY(jx_goal, target),
    QTY(jx_goal, actual),
    FIELD("target_value", JX_V_TEXT, JX_T_TEXT, get_quantity_value, offsetof(jx_goal, target),
          "年度指标值's number alone (with 指标性质 and 度量单位 beside it), or its words", 0, "target"),
    FIELD("actual_value", JX_V_TEXT, JX_T_TEXT, get_quantity_value, offsetof(jx_goal, actual),
          "实际完成值's number alone, or its words", 0, "actual"),
    SHOWS("unit", "unit", goal_unit, 0, "计量单位: as written, else the target's unit"),
    SHOWS("nature", "nature", goal_nature, 0, "指标性质: as written, else ≥ ≤ = from the target, 定性 without a number"),
    STR(jx_goal, progress),
    STR(jx_goal, deviation),
    CALC("weight", JX_V_TEXT, JX_T_TEXT, goal_node_value, 0, "分值, when the goals are scored"),
    CALC("score", JX_V_TEXT, JX_T_TEXT, goal_node_value, 1, "得分, when the goals are scored"),
    CALC("scored", JX_V_TEXT, JX_T_TEXT, goal_node_value, 2, "present when its 得分 is known: a form left blank prints none"),
    END};

static const jx_field EVALUATION_FIELDS[] = {
    CALC("type", JX_V_TEXT, JX_T_TEXT, evaluation_type, 0, "评价类型 (单位自评, 部门评价, 财政评价, 第三方评价)"),
    CALC("external", JX_V_TEXT, JX_T_TEXT, evaluation_external, 0, "present for 部门评价, 财政评价 and 第三方评价"),
    CALC("commissioned", JX_V_TEXT, JX_T_TEXT, evaluation_commissioned, 0,
         "present for a 财政评价 or 第三方评价: a report to the national outline"),
    CALC("reported", JX_V_TEXT, JX_T_TEXT, evaluation_reported, 0,
         "present when the input is written up as a report: an external evaluation, or a report's narrative"),
    STR(jx_evaluation, organization),
    STR(jx_evaluation, client),
    DATE(jx_evaluation, date, "date"),
    STR(jx_evaluation, statement),
    STR(jx_evaluation, purpose),
    STR(jx_evaluation, object),
    STR(jx_evaluation, scope),
    STR(jx_evaluation, principles),
    STR(jx_evaluation, methods),
    STR(jx_evaluation, standards),
    STR(jx_evaluation, framework),
    STR(jx_evaluation, team_statement),
    ARR(jx_evaluation, basis, nbasis, JX_T_BASIS),
    ARR(jx_evaluation, team, nteam, JX_T_MEMBER),
    ARR(jx_evaluation, quality_control, nquality_control, JX_T_REVIEWER),
    ARR(jx_evaluation, process, nprocess, JX_T_STAGE),
    END};

static const jx_field MEMBER_FIELDS[] = {
    STR(jx_member, name), STR(jx_member, title), STR(jx_member, role),
    STR(jx_member, office), STR(jx_member, phone), STR(jx_member, duty),
    STR(jx_member, major), STR(jx_member, note), END};

static const jx_field REVIEWER_FIELDS[] = {
    SHOWS("role", "role", get_string, offsetof(jx_titled, title), "质量控制角色"),
    SHOWS("name", "name", get_string, offsetof(jx_titled, detail), "姓名"),
    END};

static const jx_field STAGE_FIELDS[] = {
    STR(jx_stage, stage), STR(jx_stage, period), STR(jx_stage, detail), END};

static const jx_field FINDINGS_FIELDS[] = {
    STR(jx_findings, summary),
    STR(jx_findings, conclusion),
    STR(jx_findings, experience),
    STR(jx_findings, application),
    ARR(jx_findings, performance, nperformance, JX_T_TITLED),
    ARR(jx_findings, problems, nproblems, JX_T_TITLED),
    ARR(jx_findings, suggestions, nsuggestions, JX_T_TITLED),
    END};

static const jx_field TITLED_FIELDS[] = {STR(jx_titled, title), STR(jx_titled, detail), END};

static const jx_field BASIS_FIELDS[] = {
    CALC("title", JX_V_TEXT, JX_T_TEXT, basis_title, 0, "the document, or the heading of a group"),
    ARR(jx_basis, items, nitems, JX_T_TEXT),
    FLAG(jx_basis, grouped, "present for a group"),
    END};

static const jx_field SIGNOFF_FIELDS[] = {
    STR(jx_signoff, filler), STR(jx_signoff, leader), STR(jx_signoff, principal),
    STR(jx_signoff, handler),  STR(jx_signoff, phone),    DATE(jx_signoff, date, "date"),
    END};

static const jx_field SCORING_FIELDS[] = {
    CALC("score", JX_V_TEXT, JX_T_TEXT, scoring_score, 0, "综合得分: as entered (scoring.score), else computed"),
    CALC("computed_score", JX_V_TEXT, JX_T_TEXT, scoring_computed_score, 0, "综合得分 as the rules compute it"),
    CALC("full", JX_V_TEXT, JX_T_TEXT, scoring_full, 0, "满分"),
    CALC("rate", JX_V_TEXT, JX_T_TEXT, scoring_rate, 0, "综合得分率: the printed total ÷ the full mark"),
    CALC("grade", JX_V_TEXT, JX_T_TEXT, scoring_grade, 0, "评价等级: as entered (scoring.grade), else on the document's scale"),
    CALC("computed_grade", JX_V_TEXT, JX_T_TEXT, scoring_computed_grade, 0, "the computed total's grade"),
    CALC("differs", JX_V_TEXT, JX_T_TEXT, scoring_differs, 0, "present when a printed figure is not the computed one"),
    CALC("standard_grade", JX_V_TEXT, JX_T_TEXT, scoring_standard_grade, 0,
         "the printed total's grade on the national bands (优 90, 良 80, 中 60, 差), whatever the input's labels"),
    CALC("grades", JX_V_LIST, JX_T_GRADE, scoring_grades, 0, "等级划分, highest first"),
    CALC("scale", JX_V_TEXT, JX_T_TEXT, scoring_scale, 0, "the bands in one line: \"优 90、良 80、中 60、差 0\""),
    FLAG(jx_scoring, from_goals, "present when the goal table is what is scored"),
    CALC("four_levels", JX_V_TEXT, JX_T_TEXT, scoring_four_levels, 0, "present when an indicator has a 四级"),
    CALC("execution", JX_V_OBJECT, JX_T_NODE, scoring_execution, 0, "the 预算执行率 row of a scored goal table"),
    NUM(jx_scoring, execution_weight),
    END};

static const jx_field GRADE_FIELDS[] = {
    CALC("label", JX_V_TEXT, JX_T_TEXT, get_string, offsetof(jx_grade_band, label), "等级"),
    CALC("min", JX_V_TEXT, JX_T_TEXT, grade_min, 0, "下限 (含)"),
    CALC("max", JX_V_TEXT, JX_T_TEXT, grade_max, 0, "上限: the next band's 下限, or the full mark"),
    END};

static const jx_field NODE_FIELDS[] = {
    CALC("name", JX_V_TEXT, JX_T_TEXT, node_name, 0, "指标名称"),
    CALC("weight", JX_V_TEXT, JX_T_TEXT, node_weight, 0, "分值"),
    CALC("score", JX_V_TEXT, JX_T_TEXT, node_score, 0, "得分: as entered, else computed (— when neither is known)"),
    CALC("computed_score", JX_V_TEXT, JX_T_TEXT, node_computed_score, 0, "得分 as the rules compute it"),
    CALC("scored", JX_V_TEXT, JX_T_TEXT, node_scored, 0, "present when its score is known"),
    CALC("rate", JX_V_TEXT, JX_T_TEXT, node_rate, 0, "得分率: as entered (score_rate), else from the printed score (\"97.5%\")"),
    CALC("deduction", JX_V_TEXT, JX_T_TEXT, node_deduction, 0, "扣分: 分值 − 得分"),
    CALC("ratio", JX_V_TEXT, JX_T_TEXT, node_ratio, 0, "完成率 / 执行率 of a ratio method"),
    CALC("title", JX_V_TEXT, JX_T_TEXT, node_title, 0, "the name as a heading calls it: 项目…, once"),
    CALC("level", JX_V_TEXT, JX_T_TEXT, node_level, 0, "1 for 一级, 2 for 二级 …"),
    CALC("number", JX_V_TEXT, JX_T_TEXT, node_number, 0, "its place in the tree: 2.1.3"),
    FLAG(jx_node, is_leaf, "present for a 末级指标"),
    FLAG(jx_node, unpublished, "present when the source document prints no score for it"),
    SHOWS("target", "target", node_quantity, 0, "目标值"),
    SHOWS("actual", "actual", node_quantity, 1, "实际完成值"),
    SHOWS("progress", "progress", node_goal_text, 0, "完成进度 of the goal it was made from"),
    SHOWS("deviation", "deviation", node_deviation, 1, "偏差原因"),
    STR(jx_node, explanation),
    STR(jx_node, criteria),
    STR(jx_node, analysis),
    CALC("note", JX_V_TEXT, JX_T_TEXT, node_note, 0, "得分/扣分原因"),
    CALC("children", JX_V_LIST, JX_T_NODE, node_children, 0, "the indicators one level down"),
    CALC("leaves", JX_V_LIST, JX_T_NODE, node_leaves, 0, "the 末级指标 under it (itself for a leaf)"),
    CALC("parent", JX_V_OBJECT, JX_T_NODE, node_parent, 0, "the indicator one level up"),
    CALC("level1", JX_V_OBJECT, JX_T_NODE, node_ancestor, 0, "its 一级指标"),
    CALC("level2", JX_V_OBJECT, JX_T_NODE, node_ancestor, 1, "its 二级指标"),
    CALC("level3", JX_V_OBJECT, JX_T_NODE, node_ancestor, 2, "its 三级指标"),
    CALC("level4", JX_V_OBJECT, JX_T_NODE, node_ancestor, 3, "its 四级指标"),
    END};

#define FIELDS(table) table, sizeof table / sizeof *table
static const struct {
    const char *name;
    const jx_field *fields;
    size_t nfields;         /* the END row included */
    const jx_keyset *input; /* the object of the format it shows, for the words of its members */
} TYPES[JX_T_COUNT] = {
    [JX_T_TEXT] = {"text", NULL},
    [JX_T_INPUT_SET] = {"inputs", FIELDS(INPUT_SET_FIELDS)},
    [JX_T_DOC] = {"input", FIELDS(DOC_FIELDS), &JX_INPUT_FORMAT},
    [JX_T_SUBJECT] = {"subject", FIELDS(SUBJECT_FIELDS), &JX_SUBJECT_MEMBERS},
    [JX_T_FUNDS] = {"funds", FIELDS(FUNDS_FIELDS), &JX_FUNDS_MEMBERS},
    [JX_T_SOURCE] = {"source", FIELDS(SOURCE_FIELDS), &JX_SOURCE_MEMBERS},
    [JX_T_GOALS] = {"goals", FIELDS(GOALS_FIELDS), &JX_GOALS_MEMBERS},
    [JX_T_GOAL] = {"goal", FIELDS(GOAL_FIELDS), &JX_GOAL_MEMBERS},
    [JX_T_EVALUATION] = {"evaluation", FIELDS(EVALUATION_FIELDS), &JX_EVALUATION_MEMBERS},
    [JX_T_MEMBER] = {"member", FIELDS(MEMBER_FIELDS), &JX_TEAM_MEMBERS},
    [JX_T_REVIEWER] = {"reviewer", FIELDS(REVIEWER_FIELDS), &JX_REVIEWER_MEMBERS},
    [JX_T_STAGE] = {"stage", FIELDS(STAGE_FIELDS), &JX_STAGE_MEMBERS},
    [JX_T_FINDINGS] = {"findings", FIELDS(FINDINGS_FIELDS), &JX_FINDINGS_MEMBERS},
    [JX_T_TITLED] = {"titled", FIELDS(TITLED_FIELDS), &JX_TITLED_MEMBERS},
    [JX_T_BASIS] = {"basis", FIELDS(BASIS_FIELDS), &JX_BASIS_GROUP_MEMBERS},
    [JX_T_SIGNOFF] = {"signoff", FIELDS(SIGNOFF_FIELDS), &JX_SIGNOFF_MEMBERS},
    [JX_T_SCORING] = {"scoring", FIELDS(SCORING_FIELDS), &JX_SCORING_MEMBERS},
    [JX_T_GRADE] = {"grade", FIELDS(GRADE_FIELDS), &JX_BAND_MEMBERS},
    [JX_T_NODE] = {"indicator", FIELDS(NODE_FIELDS), &JX_LEAF_MEMBERS},
};
#undef FIELDS

const jx_field *jx_bind_field(jx_vtype t, const char *name, size_t len) {
    if ((unsigned)t >= JX_T_COUNT || !TYPES[t].fields) return NULL;
    for (const jx_field *f = TYPES[t].fields; f->name; f++)
        if (strlen(f->name) == len && memcmp(f->name, name, len) == 0) return f;
    return NULL;
}

const jx_field *jx_bind_field_at(jx_vtype t, size_t i) {
    if ((unsigned)t >= JX_T_COUNT || !TYPES[t].fields) return NULL;
    for (size_t k = 0; k < i; k++)
        if (!TYPES[t].fields[k].name) return NULL;
    return TYPES[t].fields[i].name ? &TYPES[t].fields[i] : NULL;
}

/* By address: a field is one of a type's when it lies in its table. */
static int belongs(const jx_field *f, jx_vtype t) {
    if ((unsigned)t >= JX_T_COUNT || !TYPES[t].fields) return 0;
    uintptr_t at = (uintptr_t)f, first = (uintptr_t)TYPES[t].fields;
    return at >= first && at < first + (TYPES[t].nfields - 1) * sizeof *f && (at - first) % sizeof *f == 0;
}

jx_vtype jx_field_owner(const jx_field *f) {
    int t = 0;
    while (t < JX_T_COUNT && !belongs(f, (jx_vtype)t)) t++;
    return (jx_vtype)t;
}

jx_vkind jx_field_kind(const jx_field *f) { return f->kind; }
jx_vtype jx_field_type(const jx_field *f) { return f->type; }
const char *jx_field_name(const jx_field *f) { return f->name; }
const char *jx_vtype_name(jx_vtype t) { return (unsigned)t < JX_T_COUNT ? TYPES[t].name : "?"; }

jx_val jx_bind_get(const jx_field *f, const jx_val *self, jx_arena *a, int *oom) {
    /* a getter reads self as its type's struct: a field of another type
     * (a layout restored from a damaged cache) reads nothing */
    if (self->kind != JX_V_OBJECT || !f || !belongs(f, self->type)) return ABSENT;
    jx_val v = f->get(self, f, a, oom);
    if (v.kind == JX_V_TEXT && !v.text) v.kind = JX_V_ABSENT;
    if (v.kind != JX_V_ABSENT && !v.at) v.at = child_at(self->at, f->key, a, oom);
    return v;
}

jx_val jx_bind_item(const jx_val *list, size_t i, jx_arena *a, int *oom) {
    if (list->kind != JX_V_LIST || i >= list->count) return ABSENT;
    if (list->type == JX_T_DOC) return jx_bind_root(list->items[i]);
    if (list->type == JX_T_NODE) return node_val(list->items[i], list->doc);
    if (list->type == JX_T_GOAL) { /* listed grouped: the item knows its own pointer */
        jx_val g = object_val(JX_T_GOAL, list->items[i], list->doc);
        g.at = ((const jx_goal *)list->items[i])->pos.ptr;
        return g;
    }
    jx_val v = list->type == JX_T_TEXT ? text_val(list->items[i]) : object_val(list->type, list->items[i], list->doc);
    char index[24];
    snprintf(index, sizeof index, "%zu", i);
    v.at = child_at(list->at, index, a, oom);
    return v;
}

jx_val jx_bind_root(const jx_model *doc) {
    jx_val v = object_val(JX_T_DOC, doc, doc);
    v.at = doc->base;
    return v;
}

jx_val jx_bind_input_set(const jx_input_set *set) { return object_val(JX_T_INPUT_SET, set, NULL); }

int jx_val_present(const jx_val *v) {
    switch (v->kind) {
    case JX_V_TEXT: return v->text && v->text[0];
    case JX_V_LIST: return v->count > 0;
    case JX_V_OBJECT: return 1;
    default: return 0;
    }
}

/* What a field is: its own words, or the words the format gives the member
 * it shows ("period/start": 项目期 开始), with what the format says of it. */
static void described(jx_buf *b, const jx_keyset *o, const jx_field *f) {
    if (f->about) {
        jx_buf_puts(b, f->about);
        return;
    }
    const jx_key *m = NULL;
    for (const char *k = f->key; k && o;) {
        const char *slash = strchr(k, '/');
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)(slash ? (size_t)(slash - k) : strlen(k)), k);
        if (!(m = jx_key_named(o, name))) break;
        jx_buf_printf(b, "%s%s", k == f->key ? "" : " ", m->word);
        o = m->object, k = slash ? slash + 1 : NULL;
    }
    if (m && m->about) jx_buf_printf(b, " — %s", m->about);
}

char *jx_bind_listing(void) {
    static const char *const kinds[] = {"", "text", "object", "list"};
    jx_buf b;
    jx_buf_init(&b, 1u << 20);
    for (int t = JX_T_INPUT_SET; t < JX_T_COUNT; t++) {
        for (const jx_field *f = TYPES[t].fields; f->name; f++) {
            char what[64];
            if (f->kind == JX_V_TEXT)
                snprintf(what, sizeof what, "text");
            else
                snprintf(what, sizeof what, "%s of %s", kinds[f->kind], TYPES[f->type].name);
            jx_buf_printf(&b, "%s.%s\t%s\t", TYPES[t].name, f->name, what);
            described(&b, TYPES[t].input, f);
            jx_buf_putc(&b, '\n');
        }
    }
    return jx_buf_take(&b);
}
