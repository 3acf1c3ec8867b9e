/* jixiao/1 JSON -> the typed model (model.h): methods and their inputs, the
 * indicator tree (from scoring.indicators or from the goals), the sections,
 * and the inventory of values a document is expected to show. */
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "base/utf8.h"
#include "json/members.h"
#include "input/methods.h"
#include "input/model.h"
#include "json/reader.h"

/* A 评分表 has a few dozen indicators; 10,000 is far past any real table. */
/* 一级 to 四级 plus room: deeper trees are a data error, not a document. */

/* Checks v is an object whose keys are o's members; warns of the others. */
static int expect(loader *L, const cJSON *v, const char *ptr, const jx_keyset *o) {
    return ld_expect_rows(L, v, ptr, &o->members[0].name, sizeof o->members[0]);
}

/* 依据: an array of documents, each a string or a group
 * { "title": "法律法规类", "items": ["…", "…"] }. */
static int get_basis(loader *L, const cJSON *obj, const char *ptr, jx_basis **out, size_t *count) {
    const char *ap;
    int bad = 0, rc = 0;
    const cJSON *c = ld_array(L, obj, ptr, "basis", &ap, count, &bad);
    if (bad) return -1;
    *out = jx_arena_array(L->a, *count ? *count : 1, sizeof **out);
    if (!*out) return L->oom = 1, -1;
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        jx_basis *b = &(*out)[i];
        if (cJSON_IsString(c)) {
            b->title = jx_arena_strdup(L->a, c->valuestring);
            continue;
        }
        if (!cJSON_IsObject(c)) {
            rc = ld_wrong_type(L, c, ip, "a string or an object with \"title\" and \"items\"");
            continue;
        }
        b->grouped = 1;
        rc |= expect(L, c, ip, &JX_BASIS_GROUP_MEMBERS) | ld_string(L, c, ip, "title", 1, &b->title) |
              ld_strings(L, c, ip, "items", &b->items, &b->nitems);
    }
    return rc;
}

/* A pointer of the document being read: an attachment's are under its
 * input's. */
static const char *at(loader *L, const char *path) {
    const jx_model *doc = L->object;
    if (!doc->base[0]) return path;
    size_t a = strlen(doc->base), b = strlen(path);
    char *p = jx_arena_alloc(L->a, a + b + 1);
    if (!p) return L->oom = 1, path;
    memcpy(p, doc->base, a);
    memcpy(p + a, path, b + 1);
    return p;
}

/*** References ("@funds.spent") ***/

static int resolve_reference(loader *L, const char *ref, jx_pos p, jx_dec *out) {
    const cJSON *cur = L->root;
    const char *s = ref + 1;
    while (*s && cur) {
        const char *dot = strchr(s, '.');
        size_t n = dot ? (size_t)(dot - s) : strlen(s);
        char seg[128];
        if (n == 0 || n >= sizeof seg) break;
        memcpy(seg, s, n);
        seg[n] = '\0';
        if (cJSON_IsArray(cur)) {
            char *end;
            long i = strtol(seg, &end, 10);
            cur = (*end || i < 0) ? NULL : cJSON_GetArrayItem(cur, (int)i);
        } else {
            cur = ld_member(cur, seg);
        }
        s += n;
        if (*s == '.') s++;
    }
    if (!cur || *s || !cJSON_IsNumber(cur))
        return ld_err(L, p, "reference %s does not name a number in this file", ref);
    return ld_number_text(L, cur, p, out);
}

/*** Quantities: "≥95%", "481 万元", "≤0.5小时", 17, "@funds.spent" ***/

static const char *const COMPARATORS[] = {"≥", "≤", ">=", "<=", ">", "<", "=", "＞", "＜", "＝", NULL};

static int has_digit(const char *s) {
    for (; *s; s++)
        if (*s >= '0' && *s <= '9') return 1;
    return 0;
}

static const char *trim(loader *L, const char *s, size_t n) {
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    return jx_arena_strndup(L->a, s, n);
}

static const char *skip_comparator(loader *L, const char *s, jx_quantity *q) {
    while (*s == ' ') s++;
    for (int i = 0; COMPARATORS[i]; i++) {
        size_t n = strlen(COMPARATORS[i]);
        if (strncmp(s, COMPARATORS[i], n) == 0) {
            q->comparator = jx_arena_strndup(L->a, s, n);
            s += n;
            break;
        }
    }
    while (*s == ' ') s++;
    return s;
}

static int starts_number(const char *s) {
    return (*s >= '0' && *s <= '9') || ((*s == '-' || *s == '+') && s[1] >= '0' && s[1] <= '9');
}

/* "≥95%", "481 万元", "现场检查 5 家": words, a comparator, one number, a unit. */
static void parse_quantity_text(loader *L, const char *text, jx_quantity *q) {
    q->display = text;
    q->comparator = "";
    q->prefix = "";
    q->unit = "";
    const char *s = skip_comparator(L, text, q);
    if (!starts_number(s) && !q->comparator[0]) {
        const char *words = s;
        while (*s && !starts_number(s)) s++;
        if (!*s) return;
        q->prefix = trim(L, words, (size_t)(s - words));
        const char *after = s;
        while (after > words && after[-1] == ' ') after--;
        s = skip_comparator(L, s, q);
        /* a comparator written between the words and the number ends the words */
        for (int i = 0; COMPARATORS[i]; i++) {
            size_t n = strlen(COMPARATORS[i]);
            if ((size_t)(after - words) >= n && strncmp(after - n, COMPARATORS[i], n) == 0) {
                q->comparator = jx_arena_strndup(L->a, after - n, n);
                q->prefix = trim(L, words, (size_t)(after - words) - n);
                break;
            }
        }
    }
    char digits[64];
    size_t nd = 0;
    const char *start = s;
    if (*s == '-' || *s == '+') digits[nd++] = *s++;
    while (nd < sizeof digits - 1 &&
           ((*s >= '0' && *s <= '9') || *s == '.' ||
            (*s == ',' && s > start && s[1] >= '0' && s[1] <= '9'))) {
        if (*s != ',') digits[nd++] = *s;
        s++;
    }
    digits[nd] = '\0';
    if (!has_digit(digits) || has_digit(s)) return;
    jx_dec v;
    int code = jx_dec_parse(digits, nd, &v);
    if (code != JX_DEC_OK) {
        q->bad_number = code;
        return;
    }
    q->has_number = 1;
    q->number = v;
    q->unit = trim(L, s, strlen(s));
}

static int get_quantity(loader *L, const cJSON *obj, const char *ptr, const char *key,
                        jx_quantity *q) {
    const cJSON *v = ld_member(obj, key);
    if (!v) return 0;
    q->pos = ld_pos_at(L, v, ld_ptr_key(L, ptr, key));
    if (cJSON_IsNumber(v)) {
        q->present = 1;
        q->display = ld_raw_text(L, v);
        q->comparator = q->prefix = q->unit = "";
        if (ld_number_text(L, v, q->pos, &q->number)) return -1;
        q->has_number = 1;
        return 0;
    }
    if (!cJSON_IsString(v)) return ld_wrong_type(L, v, q->pos.ptr, "a number or a string");
    q->present = 1;
    if (v->valuestring[0] == '@') {
        if (resolve_reference(L, v->valuestring, q->pos, &q->number)) return -1;
        char shown[48];
        jx_dec_format(q->number, shown, sizeof shown);
        q->display = jx_arena_strdup(L->a, shown);
        q->comparator = q->prefix = q->unit = "";
        q->has_number = 1;
        return 0;
    }
    parse_quantity_text(L, jx_arena_strdup(L->a, v->valuestring), q);
    if (q->bad_number && q->bad_number != JX_DEC_SYNTAX) {
        char why[160];
        jx_dec_error(q->bad_number, v->valuestring, strlen(v->valuestring), why, sizeof why);
        return ld_err(L, q->pos, "%s", why);
    }
    return 0;
}

/*** Derived values ***/


int ld_dec_array(loader *L, const cJSON *obj, const char *ptr, const char *key,
                         jx_dec **out, size_t *n) {
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, obj, ptr, key, &ap, n, &bad);
    if (bad) return -1;
    *out = jx_arena_array(L->a, *n ? *n : 1, sizeof **out);
    for (size_t i = 0; c; c = c->next, i++) {
        jx_pos p = ld_pos_at(L, c, ld_ptr_index(L, ap, i));
        if (!cJSON_IsNumber(c)) return ld_wrong_type(L, c, p.ptr, "a number");
        if (ld_number_text(L, c, p, &(*out)[i])) return -1;
        if ((*out)[i].m < 0) return ld_err(L, p, "must not be negative");
    }
    return 0;
}

static int parse_value(loader *L, const cJSON *v, const char *ptr, int allow_mean, jx_value *out) {
    jx_pos p = ld_pos_at(L, v, ptr);
    out->pos = p;
    out->present = 1;
    if (cJSON_IsNumber(v)) return ld_number_text(L, v, p, &out->number);
    if (cJSON_IsString(v) && v->valuestring[0] == '@')
        return resolve_reference(L, v->valuestring, p, &out->number);
    if (!cJSON_IsObject(v))
        return ld_wrong_type(L, v, ptr, "a number, a reference \"@…\" or a derived value {survey|growth|mean}");
    if (ld_member(v, "survey")) {
        out->kind = JX_VALUE_SURVEY;
        if (expect(L, v, ptr, &JX_SURVEY_MEMBERS)) return -1;
        if (ld_dec_array(L, v, ptr, "survey", &out->counts, &out->ncounts)) return -1;
        if (ld_dec_array(L, v, ptr, "level_weights", &out->level_weights, &out->nlevel_weights))
            return -1;
        if (out->ncounts == 0) return ld_err(L, p, "survey needs the count of answers per level");
        if (out->nlevel_weights && out->nlevel_weights != out->ncounts)
            return ld_err(L, ld_pos_at(L, ld_member(v, "level_weights"), ld_ptr_key(L, ptr, "level_weights")),
                       "%zu level weights for %zu survey levels", out->nlevel_weights, out->ncounts);
        if (!out->nlevel_weights && out->ncounts > 5)
            return ld_err(L, p, "more than 5 survey levels need explicit level_weights");
        return 0;
    }
    if (ld_member(v, "growth")) {
        out->kind = JX_VALUE_GROWTH;
        const cJSON *g = ld_member(v, "growth");
        const char *gp = ld_ptr_key(L, ptr, "growth");
        if (expect(L, v, ptr, &JX_GROWTH_MEMBERS) ||
            expect(L, g, gp, &JX_GROWTH_VALUE_MEMBERS))
            return -1;
        jx_num cur = {0}, prev = {0};
        if (ld_num(L, g, gp, "current", 1, &cur) | ld_num(L, g, gp, "previous", 1, &prev)) return -1;
        if (prev.v.m == 0) return ld_err(L, prev.pos, "growth from a previous value of 0 is undefined");
        out->current = cur.v;
        out->previous = prev.v;
        return 0;
    }
    if (ld_member(v, "mean") && allow_mean) {
        out->kind = JX_VALUE_MEAN;
        if (expect(L, v, ptr, &JX_MEAN_MEMBERS)) return -1;
        const char *ap;
        int bad = 0;
        const cJSON *c = ld_array(L, v, ptr, "mean", &ap, &out->nitems, &bad);
        if (bad) return -1;
        if (out->nitems == 0) return ld_err(L, p, "mean of an empty list");
        out->items = jx_arena_array(L->a, out->nitems, sizeof *out->items);
        if (!out->items) return L->oom = 1, -1;
        for (size_t i = 0; c; c = c->next, i++)
            if (parse_value(L, c, ld_ptr_index(L, ap, i), 0, &out->items[i])) return -1;
        return 0;
    }
    expect(L, v, ptr, &JX_DERIVED_MEMBERS);
    return ld_err(L, p, allow_mean ? "a derived value needs one of survey, growth, mean"
                                : "a mean's items are numbers, references, surveys or growths");
}

/*** Indicator leaves: methods and their inputs ***/

/* Keys every method may read; the ones the chosen method ignores warn. */

static int uses_input(const jx_method_info *mi, const char *key) {
    size_t n = strlen(key);
    for (const char *s = mi->inputs; (s = strstr(s, key)) != NULL; s += n)
        if ((s == mi->inputs || s[-1] == ' ') && (s[n] == ' ' || s[n] == '\0')) return 1;
    return 0;
}

static int parse_checks(loader *L, const cJSON *obj, const char *ptr, jx_inputs *in) {
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, obj, ptr, "checks", &ap, &in->nchecks, &bad);
    if (bad) return -1;
    if (!ld_member(obj, "checks")) return ld_missing(L, obj, ptr, "checks");
    if (in->nchecks == 0) return ld_err(L, ld_pos_at(L, ld_member(obj, "checks"), ap), "checklist has no items");
    in->checks = jx_arena_array(L->a, in->nchecks, sizeof *in->checks);
    if (!in->checks) return L->oom = 1, -1;
    int rc = 0;
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        jx_check *k = &in->checks[i];
        k->pos = ld_pos_at(L, c, ip);
        if (cJSON_IsBool(c)) {
            k->met = cJSON_IsTrue(c);
            continue;
        }
        if (expect(L, c, ip, &JX_CHECK_MEMBERS)) {
            rc = -1;
            continue;
        }
        int has_met = 0;
        jx_num partial = {0};
        rc |= ld_string(L, c, ip, "item", 0, &k->item);
        rc |= ld_bool(L, c, ip, "met", &has_met, &k->met);
        rc |= ld_bool(L, c, ip, "gate", NULL, &k->gate);
        rc |= ld_bounded(L, c, ip, "partial", 0, "0", "1", 0, &partial);
        if (!has_met && !rc) rc = ld_missing(L, c, ip, "met");
        k->has_partial = partial.present;
        k->partial = partial.v;
    }
    return rc;
}

static int parse_groups(loader *L, const cJSON *obj, const char *ptr, jx_inputs *in) {
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, obj, ptr, "groups", &ap, &in->ngroups, &bad);
    if (bad) return -1;
    if (!c) return 0;
    in->groups_pos = ld_pos_at(L, ld_member(obj, "groups"), ap);
    in->groups = jx_arena_array(L->a, in->ngroups, sizeof *in->groups);
    if (!in->groups) return L->oom = 1, -1;
    int rc = 0;
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        jx_num w = {0}, n = {0};
        if (expect(L, c, ip, &JX_GROUP_MEMBERS)) {
            rc = -1;
            continue;
        }
        rc |= ld_bounded(L, c, ip, "weight", 1, "0", NULL, 0, &w);
        rc |= ld_bounded(L, c, ip, "count", 1, "0", NULL, 0, &n);
        in->groups[i] = (jx_group){w.v, n.v, ld_pos_at(L, c, ip)};
    }
    return rc;
}

static int parse_bands(loader *L, const cJSON *obj, const char *ptr, jx_inputs *in) {
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, obj, ptr, "bands", &ap, &in->nbands, &bad);
    if (bad) return -1;
    in->bands_pos = ld_pos_at(L, ld_member(obj, "bands"), ap);
    if (in->nbands == 0) return ld_err(L, in->bands_pos, "bands is empty");
    in->bands = jx_arena_array(L->a, in->nbands, sizeof *in->bands);
    if (!in->bands) return L->oom = 1, -1;
    int rc = 0;
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        jx_band *b = &in->bands[i];
        jx_num min = {0}, rate = {0}, points = {0};
        b->pos = ld_pos_at(L, c, ip);
        if (expect(L, c, ip, &JX_RATE_BAND_MEMBERS)) {
            rc = -1;
            continue;
        }
        rc |= ld_num(L, c, ip, "min", 1, &min);
        rc |= ld_bounded(L, c, ip, "rate", 0, "0", "1", 0, &rate);
        rc |= ld_bounded(L, c, ip, "points", 0, "0", NULL, 0, &points);
        if (rc) continue;
        if (rate.present == points.present)
            rc = ld_err(L, b->pos, "a band needs exactly one of \"rate\" or \"points\"");
        b->min = min.v;
        b->is_points = points.present;
        b->amount = points.present ? points.v : rate.v;
        if (i > 0 && !rc && jx_q_cmp(jx_q_dec(b->min), jx_q_dec(in->bands[i - 1].min)) >= 0)
            rc = ld_err(L, min.pos, "bands must be listed from the highest min to the lowest");
    }
    return rc;
}

static int parse_grades_map(loader *L, const cJSON *obj, const char *ptr, jx_inputs *in) {
    const cJSON *g = ld_member(obj, "grades");
    const char *gp = ld_ptr_key(L, ptr, "grades");
    if (!g) return ld_missing(L, obj, ptr, "grades");
    if (!cJSON_IsObject(g)) return ld_wrong_type(L, g, gp, "an object of grade: points");
    in->ngrades = (size_t)cJSON_GetArraySize(g);
    in->grades = jx_arena_array(L->a, in->ngrades ? in->ngrades : 1, sizeof *in->grades);
    if (!in->grades) return L->oom = 1, -1;
    size_t i = 0;
    int rc = 0;
    for (const cJSON *c = g->child; c; c = c->next, i++) {
        jx_num pts = {0};
        rc |= ld_bounded(L, g, gp, c->string, 1, "0", NULL, 0, &pts);
        in->grades[i] = (jx_grade_points){jx_arena_strdup(L->a, c->string), pts.v};
    }
    if (rc) return rc;
    for (i = 0; i < in->ngrades; i++)
        if (strcmp(in->grades[i].name, in->grade) == 0) return 0;
    return ld_err(L, in->grade_pos, "grade \"%s\" is not a key of grades", in->grade);
}

static int need_number(loader *L, const jx_quantity *q, const cJSON *obj, const char *ptr, const char *key) {
    if (!q->present) return ld_missing(L, obj, ptr, key);
    if (!q->has_number) return ld_err(L, q->pos, "\"%s\" holds no single number to score with", q->display);
    return 0;
}

static int parse_actual_target(loader *L, const cJSON *obj, const char *ptr, jx_inputs *in) {
    if (need_number(L, &in->target, obj, ptr, "target") | need_number(L, &in->actual, obj, ptr, "actual"))
        return -1;
    if (strcmp(in->target.unit, in->actual.unit) != 0)
        return ld_err(L, in->actual.pos, "unit \"%s\" differs from the target's unit \"%s\"",
                   in->actual.unit, in->target.unit);
    if (in->method != JX_METHOD_EQUAL && in->target.number.m == 0)
        return ld_err(L, in->target.pos, "target is 0: the ratio is undefined (use method \"equal\")");
    if (in->method != JX_METHOD_RATIO && in->method != JX_METHOD_EQUAL && in->target.number.m < 0)
        return ld_err(L, in->target.pos, "target must be positive");
    return 0;
}

static int parse_method_inputs(loader *L, const cJSON *obj, const char *ptr, jx_node *node) {
    jx_inputs *in = &node->in;
    int rc = 0;
    switch (in->method) {
    case JX_METHOD_MANUAL:
        if (!node->published_score.present) return ld_missing(L, obj, ptr, "score");
        rc = ld_bounded(L, obj, ptr, "elements", 0, "1", "100", 0, &in->elements);
        if (!rc && in->elements.present && in->elements.v.s != 0)
            rc = ld_err(L, in->elements.pos, "elements must be a whole number");
        return rc;
    case JX_METHOD_RATIO:
        rc = ld_bounded(L, obj, ptr, "cap", 0, "0", NULL, 1, &in->cap);
        /* fall through */
    case JX_METHOD_INVERSE:
    case JX_METHOD_INVERSE_LINEAR:
    case JX_METHOD_EQUAL:
        return rc | parse_actual_target(L, obj, ptr, in);
    case JX_METHOD_LEVEL: {
        int lv = -1;
        if (!ld_member(obj, "level")) return ld_missing(L, obj, ptr, "level");
        if (ld_enum(L, obj, ptr, "level", JX_LEVELS, &lv)) return -1;
        in->level = JX_LEVELS[lv];
        in->level_pos = ld_pos_at(L, ld_member(obj, "level"), ld_ptr_key(L, ptr, "level"));
        in->cuts[0] = (jx_dec){8, 1};
        in->cuts[1] = (jx_dec){6, 1};
        if (ld_member(obj, "cuts")) {
            jx_dec *cuts;
            size_t n;
            if (ld_dec_array(L, obj, ptr, "cuts", &cuts, &n)) return -1;
            jx_pos cp = ld_pos_at(L, ld_member(obj, "cuts"), ld_ptr_key(L, ptr, "cuts"));
            if (n != 2 || jx_q_cmp(jx_q_dec(cuts[0]), jx_q_int(1)) > 0 ||
                jx_q_cmp(jx_q_dec(cuts[1]), jx_q_dec(cuts[0])) >= 0)
                return ld_err(L, cp, "cuts must be two shares of the weight, high to low, e.g. [0.8, 0.6]");
            in->cuts[0] = cuts[0];
            in->cuts[1] = cuts[1];
        }
        return 0;
    }
    case JX_METHOD_BINARY:
        if (!ld_member(obj, "met")) return ld_missing(L, obj, ptr, "met");
        return ld_bool(L, obj, ptr, "met", &in->has_met, &in->met);
    case JX_METHOD_RATE:
        return ld_bounded(L, obj, ptr, "rate", 1, "0", "1", 0, &in->rate);
    case JX_METHOD_CHECKLIST:
        return parse_checks(L, obj, ptr, in);
    case JX_METHOD_DEDUCTION:
        rc |= ld_bounded(L, obj, ptr, "per_item", 0, "0", NULL, 1, &in->per_item);
        rc |= ld_bool(L, obj, ptr, "zero", NULL, &in->zero);
        rc |= parse_groups(L, obj, ptr, in);
        if (!in->groups) rc |= ld_bounded(L, obj, ptr, "count", !in->zero, "0", NULL, 0, &in->count);
        else if (ld_member(obj, "count"))
            rc |= ld_err(L, ld_pos_at(L, ld_member(obj, "count"), ld_ptr_key(L, ptr, "count")),
                      "give the count per group, not both");
        return rc;
    case JX_METHOD_STEP:
        if (!ld_member(obj, "value")) return ld_missing(L, obj, ptr, "value");
        rc |= parse_value(L, ld_member(obj, "value"), ld_ptr_key(L, ptr, "value"), 1, &in->value);
        rc |= ld_num(L, obj, ptr, "threshold", 1, &in->threshold);
        rc |= ld_bounded(L, obj, ptr, "step", 0, "0", NULL, 1, &in->step);
        rc |= ld_bounded(L, obj, ptr, "per_step", 0, "0", NULL, 0, &in->per_step);
        rc |= ld_bounded(L, obj, ptr, "per_step_rate", 0, "0", "1", 0, &in->per_step_rate);
        rc |= ld_num(L, obj, ptr, "floor", 0, &in->floor);
        if (!rc && in->per_step.present == in->per_step_rate.present)
            rc = ld_err(L, ld_pos_at(L, obj, ptr), "step needs exactly one of \"per_step\" (points) or \"per_step_rate\" (share of the weight)");
        return rc;
    case JX_METHOD_LATE:
        rc |= ld_date(L, obj, ptr, "due", 1, &in->due);
        rc |= ld_date(L, obj, ptr, "done", 1, &in->done);
        rc |= ld_bounded(L, obj, ptr, "per_month", 1, "0", NULL, 0, &in->per_month);
        rc |= ld_bounded(L, obj, ptr, "zero_after", 0, "1", NULL, 0, &in->zero_after);
        return rc;
    case JX_METHOD_BANDS:
        if (ld_member(obj, "grade")) {
            rc = ld_string(L, obj, ptr, "grade", 1, &in->grade);
            in->grade_pos = ld_pos_at(L, ld_member(obj, "grade"), ld_ptr_key(L, ptr, "grade"));
            return rc ? rc : parse_grades_map(L, obj, ptr, in);
        }
        if (!ld_member(obj, "value")) return ld_err(L, ld_pos_at(L, obj, ptr), "bands needs \"value\" and \"bands\", or \"grade\" and \"grades\"");
        rc |= parse_value(L, ld_member(obj, "value"), ld_ptr_key(L, ptr, "value"), 1, &in->value);
        if (!ld_member(obj, "bands")) return ld_missing(L, obj, ptr, "bands");
        return rc | parse_bands(L, obj, ptr, in);
    default:
        return 0;
    }
}


static int parse_leaf(loader *L, const cJSON *obj, const char *ptr, jx_node *node) {
    jx_inputs *in = &node->in;
    int rc = 0;
    const cJSON *m = ld_member(obj, "method");
    const jx_method_info *mi = NULL;
    rc |= get_quantity(L, obj, ptr, "actual", &in->actual);
    rc |= get_quantity(L, obj, ptr, "target", &in->target);
    if (rc) return rc;
    if (m) {
        const char *mp = ld_ptr_key(L, ptr, "method");
        in->method_pos = ld_pos_at(L, m, mp);
        if (!cJSON_IsString(m)) return ld_wrong_type(L, m, mp, "a string");
        mi = jx_method_find(m->valuestring);
        if (!mi) {
            char list[256] = "";
            for (size_t i = 0; JX_METHODS[i].name; i++) {
                strcat(list, i ? " " : "");
                strcat(list, JX_METHODS[i].name);
            }
            return ld_err(L, in->method_pos, "unknown method \"%s\" (one of: %s)", m->valuestring, list);
        }
    }
    rc |= ld_bool(L, obj, ptr, "unpublished", NULL, &node->unpublished);
    if (node->unpublished && node->published_score.present)
        return ld_err(L, node->published_score.pos, "a score is given, yet the leaf says it is \"unpublished\"");
    if (!m && node->published_score.present) {
        mi = jx_method_find("manual");
    } else if (!m && node->unpublished) {
        return rc; /* no score to print: the document does not publish one and nothing computes it */
    } else if (!m) {
        return ld_err(L, ld_pos_at(L, obj, ptr),
                      "a leaf needs a \"score\" or a \"method\" to compute one (or \"unpublished\": true when the "
                      "document prints no score for it)");
    }
    in->method = mi->method;
    for (const cJSON *c = obj->child; c; c = c->next) {
        if (jx_key_named(&JX_METHOD_INPUTS, c->string) && !uses_input(mi, c->string) &&
            !(in->method == JX_METHOD_MANUAL && (!strcmp(c->string, "actual") || !strcmp(c->string, "target"))) &&
            !(uses_input(mi, "value") && !strcmp(c->string, "actual"))) /* the value as published: compared */
            ld_warn(L, ld_key_pos(L, c, ld_ptr_key(L, ptr, c->string)), "ignored by method \"%s\"", mi->name);
    }
    return rc | parse_method_inputs(L, obj, ptr, node);
}

const jx_grade_band JX_STANDARD_GRADES[4] = {{{90, 0}, "优"}, {{80, 0}, "良"}, {{60, 0}, "中"}, {{0, 0}, "差"}};

/*** The indicator tree ***/


/* A branch's weight may be left out: its children's weights add up to it. */
static int node_common(loader *L, const cJSON *obj, const char *ptr, int leaf, jx_node *node) {
    int rc = 0;
    node->pos = ld_pos_at(L, obj, ptr);
    node->at = ptr;
    node->name_at = ld_ptr_key(L, ptr, "name");
    node->applicable = 1;
    node->goal = -1;
    rc |= ld_string(L, obj, ptr, "name", 1, &node->name);
    rc |= ld_bounded(L, obj, ptr, "weight", leaf, "0", NULL, 0, &node->weight);
    rc |= ld_bounded(L, obj, ptr, "score", 0, "0", NULL, 0, &node->published_score);
    rc |= ld_bounded(L, obj, ptr, "score_rate", 0, "0", "100", 0, &node->published_rate);
    rc |= ld_text(L, obj, ptr, "explanation", &node->explanation);
    rc |= ld_text(L, obj, ptr, "criteria", &node->criteria);
    rc |= ld_text(L, obj, ptr, "analysis", &node->analysis);
    rc |= ld_text(L, obj, ptr, "note", &node->note);
    return rc;
}

static jx_node *new_node(loader *L, jx_scoring *sc, size_t *cap) {
    if (sc->nnodes == *cap) {
        size_t ncap = *cap ? *cap * 2 : 32;
        jx_node *n = jx_arena_array(L->a, ncap, sizeof *n);
        if (!n) return L->oom = 1, NULL;
        if (sc->nnodes) memcpy(n, sc->nodes, sc->nnodes * sizeof *n);
        sc->nodes = n;
        *cap = ncap;
    }
    jx_node *node = &sc->nodes[sc->nnodes++];
    node->parent = node->first_child = node->next_sibling = node->last_child = -1;
    return node;
}

/* Roots are siblings of node 0, which is always the first root. */
static void link_child(jx_scoring *sc, int parent, int child) {
    sc->nodes[child].parent = parent;
    if (parent < 0) {
        if (child != 0) sc->nodes[sc->last_root].next_sibling = child;
        sc->last_root = child;
        return;
    }
    jx_node *p = &sc->nodes[parent];
    if (p->first_child < 0)
        p->first_child = child;
    else
        sc->nodes[p->last_child].next_sibling = child;
    p->last_child = child;
}

/* Builds the tree from scoring.indicators, depth-first with an explicit
 * stack: one frame per open array of children. */
static int parse_tree(loader *L, const cJSON *list, const char *ptr, jx_scoring *sc, size_t *cap) {
    struct frame {
        const cJSON *next;
        const char *ptr;
        size_t index;
        int parent;
    } stack[JX_MAX_TREE_DEPTH];
    if (!cJSON_IsArray(list)) return ld_wrong_type(L, list, ptr, "an array of indicators");
    if (!list->child) return ld_err(L, ld_pos_at(L, list, ptr), "no indicators to score");
    int top = 0, rc = 0;
    stack[0] = (struct frame){list->child, ptr, 0, -1};
    while (top >= 0) {
        struct frame *f = &stack[top];
        if (!f->next) {
            top--;
            continue;
        }
        const cJSON *obj = f->next;
        const char *p = ld_ptr_index(L, f->ptr, f->index);
        f->next = obj->next;
        f->index++;
        if (sc->nnodes >= JX_MAX_INDICATORS) return ld_err(L, ld_pos_at(L, obj, p), "more than %d indicators", JX_MAX_INDICATORS);
        jx_node *node = new_node(L, sc, cap);
        if (!node) return -1;
        int id = (int)sc->nnodes - 1;
        node->depth = top;
        link_child(sc, f->parent, id);
        const cJSON *children = ld_member(obj, "children");
        if (!cJSON_IsObject(obj)) {
            rc = ld_wrong_type(L, obj, p, "an indicator object");
            continue;
        }
        if (children) {
            rc |= expect(L, obj, p, &JX_BRANCH_MEMBERS) | node_common(L, obj, p, 0, node);
            const char *cp = ld_ptr_key(L, p, "children");
            if (!cJSON_IsArray(children) || !children->child) {
                rc = ld_err(L, ld_pos_at(L, children, cp), "children must be a non-empty array of indicators");
                continue;
            }
            if (top + 1 >= JX_MAX_TREE_DEPTH) return ld_err(L, ld_pos_at(L, children, cp), "indicator tree deeper than %d levels", JX_MAX_TREE_DEPTH);
            stack[++top] = (struct frame){children->child, cp, 0, id};
        } else {
            node->is_leaf = 1;
            rc |= expect(L, obj, p, &JX_LEAF_MEMBERS) | node_common(L, obj, p, 1, node);
            int applicable = 1;
            rc |= ld_bool(L, obj, p, "applicable", NULL, &applicable);
            node = &sc->nodes[id];
            node->applicable = applicable;
            rc |= parse_leaf(L, obj, p, node);
        }
    }
    return rc;
}

/*** Goals (绩效目标) and the 10+90 table built from them ***/


static int parse_goal(loader *L, const cJSON *obj, const char *ptr, jx_goal *g) {
    int rc = expect(L, obj, ptr, &JX_GOAL_MEMBERS);
    if (rc) return rc;
    g->pos = ld_pos_at(L, obj, ptr);
    g->node = -1;
    rc |= ld_string(L, obj, ptr, "level1", 0, &g->level1);
    rc |= ld_string(L, obj, ptr, "level2", 0, &g->level2);
    rc |= ld_string(L, obj, ptr, "name", 1, &g->name);
    rc |= ld_string(L, obj, ptr, "unit", 0, &g->unit);
    rc |= ld_string(L, obj, ptr, "nature", 0, &g->nature);
    rc |= get_quantity(L, obj, ptr, "target", &g->target);
    rc |= get_quantity(L, obj, ptr, "actual", &g->actual);
    rc |= ld_text(L, obj, ptr, "progress", &g->progress);
    rc |= ld_text(L, obj, ptr, "deviation", &g->deviation);
    g->scored = ld_member(obj, "weight") != NULL;
    return rc;
}

static int find_group(const jx_scoring *sc, int parent, const char *name) {
    int first = -1;
    if (parent >= 0) {
        first = sc->nodes[parent].first_child;
    } else {
        for (size_t i = 0; i < sc->nnodes; i++)
            if (sc->nodes[i].parent < 0) {
                first = (int)i;
                break;
            }
    }
    for (int i = first; i >= 0; i = sc->nodes[i].next_sibling)
        if (!sc->nodes[i].is_leaf && strcmp(sc->nodes[i].name, name) == 0) return i;
    return -1;
}

static int group_node(loader *L, jx_scoring *sc, size_t *cap, int parent, const char *name,
                      jx_pos pos, int depth) {
    int id = find_group(sc, parent, name);
    if (id >= 0) return id;
    jx_node *n = new_node(L, sc, cap);
    if (!n) return -1;
    id = (int)sc->nnodes - 1;
    n->name = name;
    n->name_at = ld_ptr_key(L, pos.ptr, depth == 0 ? "level1" : "level2");
    n->pos = pos;
    n->depth = depth;
    n->applicable = 1;
    n->goal = -1;
    link_child(sc, parent, id);
    return id;
}

/* 预算执行率 (ratio of funds.spent over funds.budget) first, then the goal
 * indicators grouped by level1 and level2 in order of first appearance. */
static int tree_from_goals(loader *L, const cJSON *goals, jx_model *doc, size_t *cap) {
    jx_scoring *sc = &doc->scoring;
    const char *gp = at(L, "/goals/indicators");
    const cJSON *list = ld_member(goals, "indicators");
    if (!list) return ld_err(L, ld_pos_at(L, L->root, at(L, "")), "scoring.source is \"goals\" but goals.indicators is missing");
    jx_node *ex = new_node(L, sc, cap);
    if (!ex) return -1;
    ex->name = "预算执行率";
    ex->is_leaf = 1;
    ex->applicable = 1;
    ex->goal = -1;
    ex->pos = sc->execution_weight.present ? sc->execution_weight.pos : sc->pos;
    ex->weight = sc->execution_weight;
    if (!ex->weight.present) ex->weight = (jx_num){1, {10, 0}, sc->pos};
    ex->published_score = sc->execution_score;
    ex->note = doc->funds.deviation;
    ex->in.method = JX_METHOD_EXECUTION;
    int rc = 0;
    if (!doc->funds.budget.present || !doc->funds.spent.present)
        rc = ld_err(L, doc->funds.pos.ptr ? doc->funds.pos : ld_pos_at(L, ld_member(L->root, "scoring"), at(L, "/scoring")),
                 "scoring.source \"goals\" starts with 预算执行率, which needs funds.budget and funds.spent");
    else if (doc->funds.budget.v.m == 0)
        rc = ld_err(L, doc->funds.budget.pos, "funds.budget is 0: 预算执行率 is undefined");
    size_t i = 0;
    for (const cJSON *obj = list->child; obj; obj = obj->next, i++) {
        jx_goal *g = &doc->goals[i];
        const char *p = ld_ptr_index(L, gp, i);
        if (!g->name) continue;
        if (!g->level1 || !g->level2) {
            rc = ld_err(L, g->pos, "a scored goal indicator needs level1 and level2");
            continue;
        }
        int l1 = group_node(L, sc, cap, -1, g->level1, g->pos, 0);
        int l2 = l1 < 0 ? -1 : group_node(L, sc, cap, l1, g->level2, g->pos, 1);
        jx_node *leaf = l2 < 0 ? NULL : new_node(L, sc, cap);
        if (!leaf) return -1;
        int id = (int)sc->nnodes - 1;
        leaf->depth = 2;
        leaf->is_leaf = 1;
        link_child(sc, l2, id);
        rc |= node_common(L, obj, p, 1, leaf);
        leaf = &sc->nodes[id];
        int applicable = 1;
        rc |= ld_bool(L, obj, p, "applicable", NULL, &applicable);
        leaf->applicable = applicable;
        leaf->goal = (int)i;
        leaf->deviation = g->deviation;
        g->node = id;
        rc |= parse_leaf(L, obj, p, leaf);
    }
    return rc;
}

/*** Sections ***/


static int parse_subject(loader *L, const cJSON *v, jx_subject *s) {
    const char *p = at(L, "/subject");
    if (!v) return ld_missing(L, L->root, at(L, ""), "subject");
    if (expect(L, v, p, &JX_SUBJECT_MEMBERS)) return -1;
    int type = 0, rc = 0;
    rc |= ld_enum(L, v, p, "type", JX_SUBJECT_TYPES, &type);
    s->is_department = type == 1;
    rc |= ld_string(L, v, p, "name", 1, &s->name);
    rc |= ld_label(L, v, p, "code", &s->code);
    rc |= ld_string(L, v, p, "department", 0, &s->department);
    rc |= ld_label(L, v, p, "department_code", &s->department_code);
    rc |= ld_string(L, v, p, "implementer", 0, &s->implementer);
    rc |= ld_label(L, v, p, "implementer_code", &s->implementer_code);
    rc |= ld_string(L, v, p, "attribute", 0, &s->attribute);
    rc |= ld_string(L, v, p, "category", 0, &s->category);
    const cJSON *period = ld_member(v, "period");
    if (period) {
        const char *pp = at(L, "/subject/period");
        rc |= expect(L, period, pp, &JX_PERIOD_MEMBERS);
        rc |= ld_date(L, period, pp, "start", 0, &s->period_start);
        rc |= ld_date(L, period, pp, "end", 0, &s->period_end);
    }
    static const char *const text_keys[] = {"overview", "background", "purpose", "content",
                                            "organization", "funds_usage", "implementation",
                                            "performance", "other_matters", "functions",
                                            "staffing", "budget_execution"};
    jx_text *texts[] = {&s->overview, &s->background, &s->purpose, &s->content,
                        &s->organization, &s->funds_usage, &s->implementation, &s->performance,
                        &s->other_matters, &s->functions, &s->staffing, &s->budget_execution};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) rc |= ld_text(L, v, p, text_keys[i], texts[i]);
    rc |= get_basis(L, v, p, &s->basis, &s->nbasis);
    rc |= ld_string(L, v, p, "region", 0, &s->region);
    rc |= ld_string(L, v, p, "leader", 0, &s->leader);
    rc |= ld_label(L, v, p, "phone", &s->phone);
    return rc;
}

/* A budget, an arrival, a spending or a balance is never below zero; an
 * adjustment may be (预算调整 -10504.26). */
static int amount(loader *L, const cJSON *v, const char *p, const char *key, jx_num *out) {
    if (ld_num(L, v, p, key, 0, out)) return -1;
    if (out->present && out->v.m < 0) ld_warn(L, out->pos, "a negative amount: %s cannot be below zero", key);
    return 0;
}

static int parse_amounts(loader *L, const cJSON *v, const char *p, jx_num *initial, jx_num *budget,
                         jx_num *arrived, jx_num *spent) {
    return amount(L, v, p, "initial_budget", initial) | amount(L, v, p, "budget", budget) |
           amount(L, v, p, "arrived", arrived) | amount(L, v, p, "spent", spent);
}

static int parse_funds(loader *L, const cJSON *v, jx_funds *f) {
    const char *p = at(L, "/funds");
    f->unit = "万元";
    if (!v) return 0;
    if (expect(L, v, p, &JX_FUNDS_MEMBERS)) return -1;
    f->pos = ld_pos_at(L, v, p);
    int rc = ld_string(L, v, p, "unit", 0, &f->unit);
    rc |= parse_amounts(L, v, p, &f->initial_budget, &f->budget, &f->arrived, &f->spent);
    rc |= amount(L, v, p, "carried_over", &f->carried_over);
    rc |= ld_num(L, v, p, "adjustment", 0, &f->adjustment);
    rc |= ld_num(L, v, p, "other_adjustment", 0, &f->other_adjustment);
    rc |= amount(L, v, p, "balance", &f->balance);
    rc |= ld_text(L, v, p, "deviation", &f->deviation);
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, v, p, "sources", &ap, &f->nsources, &bad);
    rc |= -bad;
    f->sources = jx_arena_array(L->a, f->nsources ? f->nsources : 1, sizeof *f->sources);
    for (size_t i = 0; c && f->sources; c = c->next, i++) {
        const char *sp = ld_ptr_index(L, ap, i);
        jx_source *s = &f->sources[i];
        s->pos = ld_pos_at(L, c, sp);
        if (expect(L, c, sp, &JX_SOURCE_MEMBERS)) {
            rc = -1;
            continue;
        }
        rc |= ld_string(L, c, sp, "name", 1, &s->name);
        rc |= parse_amounts(L, c, sp, &s->initial_budget, &s->budget, &s->arrived, &s->spent);
    }
    return rc;
}

static int parse_goals(loader *L, const cJSON *v, jx_model *doc) {
    const char *p = at(L, "/goals");
    if (!v) return 0;
    if (expect(L, v, p, &JX_GOALS_MEMBERS)) return -1;
    int rc = ld_text(L, v, p, "overall", &doc->goals_overall);
    rc |= ld_text(L, v, p, "annual", &doc->goals_annual);
    rc |= ld_text(L, v, p, "annual_achieved", &doc->goals_annual_achieved);
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, v, p, "indicators", &ap, &doc->ngoals, &bad);
    rc |= -bad;
    doc->goals = jx_arena_array(L->a, doc->ngoals ? doc->ngoals : 1, sizeof *doc->goals);
    for (size_t i = 0; c && doc->goals; c = c->next, i++)
        rc |= parse_goal(L, c, ld_ptr_index(L, ap, i), &doc->goals[i]);
    return rc;
}

/* A list of { title, detail } under the names of o's two members. */
static int parse_titled(loader *L, const cJSON *obj, const char *ptr, const char *key, const jx_keyset *o,
                        jx_titled **out, size_t *n) {
    const char *title_key = o->members[0].name, *detail_key = o->members[1].name;
    const char *ap;
    int bad = 0, rc = 0;
    const cJSON *c = ld_array(L, obj, ptr, key, &ap, n, &bad);
    if (bad) return -1;
    *out = jx_arena_array(L->a, *n ? *n : 1, sizeof **out);
    for (size_t i = 0; c && *out; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        if (expect(L, c, ip, o)) {
            rc = -1;
            continue;
        }
        rc |= ld_string(L, c, ip, title_key, 0, &(*out)[i].title);
        rc |= ld_text(L, c, ip, detail_key, &(*out)[i].detail);
    }
    return rc;
}

static int parse_evaluation(loader *L, const cJSON *v, jx_evaluation *e) {
    const char *p = at(L, "/evaluation");
    if (!v) return 0;
    if (expect(L, v, p, &JX_EVALUATION_MEMBERS)) return -1;
    int type = -1, rc = 0;
    rc |= ld_enum(L, v, p, "type", JX_EVALUATION_TYPES, &type);
    e->type = type >= 0 ? JX_EVALUATION_TYPES[type] : NULL;
    rc |= ld_string(L, v, p, "organization", 0, &e->organization);
    rc |= ld_string(L, v, p, "client", 0, &e->client);
    rc |= ld_date(L, v, p, "date", 0, &e->date);
    static const char *const text_keys[] = {"statement",  "purpose", "object",    "scope",
                                            "principles", "methods", "standards", "framework", "team_statement"};
    jx_text *texts[] = {&e->statement,  &e->purpose, &e->object,    &e->scope,         &e->principles,
                        &e->methods,    &e->standards, &e->framework, &e->team_statement};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) rc |= ld_text(L, v, p, text_keys[i], texts[i]);
    rc |= get_basis(L, v, p, &e->basis, &e->nbasis);
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, v, p, "team", &ap, &e->nteam, &bad);
    rc |= -bad;
    e->team = jx_arena_array(L->a, e->nteam ? e->nteam : 1, sizeof *e->team);
    for (size_t i = 0; c && e->team; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        jx_member *m = &e->team[i];
        if (expect(L, c, ip, &JX_TEAM_MEMBERS)) {
            rc = -1;
            continue;
        }
        rc |= ld_string(L, c, ip, "name", 1, &m->name) | ld_string(L, c, ip, "title", 0, &m->title) |
              ld_string(L, c, ip, "role", 0, &m->role) | ld_string(L, c, ip, "office", 0, &m->office) |
              ld_label(L, c, ip, "phone", &m->phone) | ld_string(L, c, ip, "duty", 0, &m->duty) |
              ld_string(L, c, ip, "major", 0, &m->major) | ld_string(L, c, ip, "note", 0, &m->note);
    }
    rc |= parse_titled(L, v, p, "quality_control", &JX_REVIEWER_MEMBERS, &e->quality_control, &e->nquality_control);
    c = ld_array(L, v, p, "process", &ap, &e->nprocess, &bad);
    rc |= -bad;
    e->process = jx_arena_array(L->a, e->nprocess ? e->nprocess : 1, sizeof *e->process);
    for (size_t i = 0; c && e->process; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        if (expect(L, c, ip, &JX_STAGE_MEMBERS)) {
            rc = -1;
            continue;
        }
        rc |= ld_string(L, c, ip, "stage", 0, &e->process[i].stage) |
              ld_string(L, c, ip, "period", 0, &e->process[i].period) |
              ld_text(L, c, ip, "detail", &e->process[i].detail);
    }
    return rc;
}

static int parse_findings(loader *L, const cJSON *v, jx_findings *f) {
    const char *p = at(L, "/findings");
    if (!v) return 0;
    if (expect(L, v, p, &JX_FINDINGS_MEMBERS)) return -1;
    int rc = ld_text(L, v, p, "conclusion", &f->conclusion);
    rc |= ld_text(L, v, p, "summary", &f->summary);
    rc |= ld_text(L, v, p, "experience", &f->experience);
    rc |= ld_text(L, v, p, "application", &f->application);
    rc |= parse_titled(L, v, p, "performance", &JX_TITLED_MEMBERS, &f->performance, &f->nperformance);
    rc |= parse_titled(L, v, p, "problems", &JX_TITLED_MEMBERS, &f->problems, &f->nproblems);
    rc |= parse_titled(L, v, p, "suggestions", &JX_TITLED_MEMBERS, &f->suggestions, &f->nsuggestions);
    return rc;
}

static int parse_signoff(loader *L, const cJSON *v, jx_signoff *s) {
    const char *p = at(L, "/signoff");
    if (!v) return 0;
    if (expect(L, v, p, &JX_SIGNOFF_MEMBERS)) return -1;
    return ld_string(L, v, p, "filler", 0, &s->filler) | ld_string(L, v, p, "leader", 0, &s->leader) |
           ld_string(L, v, p, "principal", 0, &s->principal) |
           ld_string(L, v, p, "handler", 0, &s->handler) | ld_label(L, v, p, "phone", &s->phone) |
           ld_date(L, v, p, "date", 0, &s->date);
}

static int parse_grade_bands(loader *L, const cJSON *v, jx_scoring *sc) {
    const char *ap;
    int bad = 0, rc = 0;
    const cJSON *c = ld_array(L, v, at(L, "/scoring"), "grades", &ap, &sc->ngrades, &bad);
    if (bad) return -1;
    if (!ld_member(v, "grades")) {
        sc->grades = (jx_grade_band *)JX_STANDARD_GRADES;
        sc->ngrades = 4;
        return 0;
    }
    if (sc->ngrades == 0) return ld_err(L, ld_pos_at(L, ld_member(v, "grades"), ap), "grades is empty");
    sc->grades = jx_arena_array(L->a, sc->ngrades, sizeof *sc->grades);
    for (size_t i = 0; c && sc->grades; c = c->next, i++) {
        const char *ip = ld_ptr_index(L, ap, i);
        jx_num min = {0};
        if (expect(L, c, ip, &JX_BAND_MEMBERS)) {
            rc = -1;
            continue;
        }
        rc |= ld_num(L, c, ip, "min", 1, &min) | ld_string(L, c, ip, "label", 1, &sc->grades[i].label);
        sc->grades[i].min = min.v;
        if (!rc && i > 0 && jx_q_cmp(jx_q_dec(min.v), jx_q_dec(sc->grades[i - 1].min)) >= 0)
            rc = ld_err(L, min.pos, "grades must be listed from the highest min to the lowest: bands may not overlap");
        for (size_t k = 0; !rc && k < i; k++)
            if (strcmp(sc->grades[k].label, sc->grades[i].label) == 0)
                rc = ld_err(L, ld_pos_at(L, ld_member(c, "label"), ld_ptr_key(L, ip, "label")),
                            "the label \"%s\" names two bands", sc->grades[i].label);
        if (!rc && !c->next && min.v.m != 0) {
            char lowest[48];
            jx_dec_format(min.v, lowest, sizeof lowest);
            rc = ld_err(L, min.pos, "the lowest band starts at %s, so a total below it has no grade: start it at 0", lowest);
        }
    }
    return rc;
}

static int parse_scoring(loader *L, const cJSON *v, const cJSON *goals, jx_model *doc) {
    jx_scoring *sc = &doc->scoring;
    const char *p = at(L, "/scoring");
    sc->decimals = 2;
    sc->total = (jx_num){1, {100, 0}, {p, 0, 0}};
    if (!v) return 0;
    if (expect(L, v, p, &JX_SCORING_MEMBERS)) return -1;
    sc->pos = ld_pos_at(L, v, p);
    /* the user's figures never stop a render unless asked (--strict, or "error") */
    int source = 0, rc = 0, mismatch = 1, weights = 1, computed = 0;
    rc |= ld_enum(L, v, p, "source", JX_SCORING_SOURCES, &source);
    sc->from_goals = source == 1;
    rc |= ld_bounded(L, v, p, "execution_weight", 0, "0", NULL, 1, &sc->execution_weight);
    rc |= ld_bounded(L, v, p, "execution_score", 0, "0", NULL, 0, &sc->execution_score);
    rc |= ld_bounded(L, v, p, "execution_rate", 0, "0", NULL, 0, &sc->execution_rate);
    jx_num total = {0};
    rc |= ld_bounded(L, v, p, "total", 0, "0", NULL, 1, &total);
    if (total.present) sc->total = total;
    rc |= ld_int(L, v, p, "decimals", 0, 0, 4, &sc->decimals);
    rc |= parse_grade_bands(L, v, sc);
    const cJSON *policy = ld_member(v, "policy");
    if (policy) {
        const char *pp = at(L, "/scoring/policy");
        rc |= expect(L, policy, pp, &JX_POLICY_MEMBERS);
        rc |= ld_enum(L, policy, pp, "mismatch", JX_POLICIES, &mismatch);
        rc |= ld_enum(L, policy, pp, "weights", JX_POLICIES, &weights);
    }
    sc->mismatch = mismatch ? JX_POLICY_WARN : JX_POLICY_ERROR;
    sc->weights = weights ? JX_POLICY_WARN : JX_POLICY_ERROR;
    rc |= ld_enum(L, v, p, "figures", JX_FIGURES, &computed);
    sc->figures = computed ? JX_FIGURES_COMPUTED : JX_FIGURES_ENTERED;
    rc |= ld_bool(L, v, p, "renormalize", NULL, &sc->renormalize);
    rc |= ld_bounded(L, v, p, "score", 0, "0", NULL, 0, &sc->published_total);
    rc |= ld_string(L, v, p, "grade", 0, &sc->published_grade);
    if (ld_member(v, "grade")) sc->published_grade_pos = ld_pos_at(L, ld_member(v, "grade"), at(L, "/scoring/grade"));
    if (rc) return rc;
    size_t cap = 0;
    if (sc->from_goals) {
        if (ld_member(v, "indicators"))
            ld_warn(L, ld_key_pos(L, ld_member(v, "indicators"), at(L, "/scoring/indicators")),
                 "ignored: scoring.source is \"goals\", so the tree is built from goals.indicators");
        return tree_from_goals(L, goals, doc, &cap);
    }
    const cJSON *list = ld_member(v, "indicators");
    if (!list) return ld_missing(L, v, p, "indicators");
    return parse_tree(L, list, at(L, "/scoring/indicators"), sc, &cap);
}

/*** What a document is expected to show ***/

/* Keys of an indicator whose values are text for the reader; the others
 * (weight, method and its inputs, published figures) are consumed by the
 * scoring pass and reach the document as its scores. */
static const char *const INDICATOR_TEXT_KEYS[] = {"name", "explanation", "criteria", "analysis", "note", NULL};
static const char *const GOAL_TEXT_KEYS[] = {"level1", "level2", "name", "target", "actual", "progress",
                                             "deviation", "explanation", "criteria", "analysis", "note", NULL};

/* The i-th segment of a JSON pointer (no escapes occur in the keys compared). */
static int segment_is(const char *ptr, int i, const char *name) {
    const char *s = ptr;
    for (int k = 0; k <= i; k++) {
        if (*s != '/') return 0;
        s++;
        if (k < i) s += strcspn(s, "/");
    }
    size_t n = strcspn(s, "/");
    return strlen(name) == n && memcmp(s, name, n) == 0;
}

static int segment_count(const char *ptr) {
    int n = 0;
    for (; *ptr; ptr++) n += *ptr == '/';
    return n;
}

static int segment_in(const char *ptr, int i, const char *const *names) {
    for (; *names; names++)
        if (segment_is(ptr, i, *names)) return 1;
    return 0;
}

/* 1 when the value at ptr is text a reader of the document should find. */
static int is_shown_value(const char *ptr) {
    static const char *const controls[] = {"format", "$schema", "attachments", NULL};
    if (segment_in(ptr, 0, controls)) return 0;
    /* the region chooses the province's form and names the place in its title */
    if (segment_is(ptr, 0, "subject") && segment_is(ptr, 1, "region")) return 0;
    if ((segment_is(ptr, 0, "subject") || segment_is(ptr, 0, "evaluation")) && segment_is(ptr, 1, "type"))
        return 0;
    if (segment_is(ptr, 0, "goals") && segment_is(ptr, 1, "indicators")) return segment_in(ptr, 3, GOAL_TEXT_KEYS);
    /* a free table's caption and cells; its section, header, widths and
     * spans place them */
    if (segment_is(ptr, 0, "outline")) return segment_is(ptr, 2, "title");
    if (segment_is(ptr, 0, "tables"))
        return segment_is(ptr, 2, "caption") || (segment_is(ptr, 2, "rows") &&
                                                 (segment_count(ptr) == 5 || segment_is(ptr, 5, "text")));
    if (!segment_is(ptr, 0, "scoring")) return 1;
    if (!segment_is(ptr, 1, "indicators")) return 0;
    /* /scoring/indicators/i, then /children/j as deep as it goes, then the key */
    int k = 3;
    while (segment_is(ptr, k, "children")) k += 2;
    return segment_in(ptr, k, INDICATOR_TEXT_KEYS);
}

/* A goal's level1 or level2 is shown by the 一级/二级 row made for it. */
static const char *goal_level_shown_by(const jx_model *doc, const char *ptr) {
    const char *base = "/goals/indicators/";
    ptr += strlen(doc->base);
    if (!doc->scoring.from_goals || strncmp(ptr, base, strlen(base)) != 0) return NULL;
    int depth = segment_is(ptr, 3, "level1") ? 0 : segment_is(ptr, 3, "level2") ? 1 : -1;
    size_t i = (size_t)strtoul(ptr + strlen(base), NULL, 10);
    if (depth < 0 || i >= doc->ngoals || doc->goals[i].node < 0) return NULL;
    const jx_node *n = &doc->scoring.nodes[doc->goals[i].node];
    while (n->depth > depth && n->parent >= 0) n = &doc->scoring.nodes[n->parent];
    return n->name_at;
}

static int add_value(loader *L, const cJSON *item, const char *ptr, size_t *cap) {
    jx_model *doc = ((jx_model *)L->object);
    if (doc->nvalues == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        jx_input_value *v = jx_arena_array(L->a, ncap, sizeof *v);
        if (!v) return L->oom = 1, -1;
        if (doc->nvalues) memcpy(v, doc->values, doc->nvalues * sizeof *v);
        doc->values = v, *cap = ncap;
    }
    jx_input_value *v = &doc->values[doc->nvalues++];
    v->pos = ld_pos_at(L, item, ptr);
    v->text = cJSON_IsString(item) ? jx_arena_strdup(L->a, item->valuestring) : ld_raw_text(L, item);
    if (!v->text) return L->oom = 1, -1;
    const char *by = goal_level_shown_by(doc, ptr);
    v->shown_by = by ? by : ptr;
    return 0;
}

/* A character no document can hold: a C0 control other than tab and line
 * breaks (XML 1.0 forbids them, Word and Excel refuse the file), U+0000,
 * or the noncharacters U+FFFE and U+FFFF. */
static int forbidden(uint32_t cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF;
}

/* The string as written, escapes included: cJSON has already cut it at a
 * \u0000, so the raw token is what tells. */
static int check_characters(loader *L, const cJSON *item, const char *ptr) {
    const char *raw = ld_raw_text(L, item);
    if (!raw || *raw != '"') return 0;
    size_t end = 1;
    while (raw[end] && raw[end] != '"') end += raw[end] == '\\' && raw[end + 1] ? 2 : 1;
    for (size_t i = 1; i < end;) {
        uint32_t cp;
        size_t n;
        if (raw[i] == '\\' && raw[i + 1] == 'u' && i + 6 <= end) {
            cp = (uint32_t)strtoul((char[5]){raw[i + 2], raw[i + 3], raw[i + 4], raw[i + 5], 0}, NULL, 16);
            n = 6;
        } else if (raw[i] == '\\') {
            cp = 0, n = 2; /* \n, \t, \" …: allowed */
        } else {
            n = jx_utf8_decode((const unsigned char *)raw + i, end - i, &cp);
            if (!n) n = 1;
        }
        if (n != 2 && forbidden(cp))
            return ld_err(L, ld_pos_at(L, item, ptr), "U+%04X is not a character a document can hold (%s): remove it",
                          (unsigned)cp, cp < 0x20 ? "a control character" : "a noncharacter");
        i += n;
    }
    return 0;
}

/* Every string's characters checked and, when the document is otherwise
 * sound, every shown string and number taken, by a pre-order walk that keeps
 * the pointer of each open container (the scanner bounds the depth). */
static int take_inventory(loader *L, int sound) {
    const jx_model *doc = L->object;
    struct frame {
        const cJSON *next;
        const char *ptr;
        size_t index;
    } stack[JX_MAX_DEPTH + 2];
    int top = 0, bad = 0;
    size_t cap = 0;
    stack[0] = (struct frame){L->root->child, at(L, ""), 0};
    while (top >= 0) {
        struct frame *f = &stack[top];
        const cJSON *item = f->next;
        if (!item) {
            top--;
            continue;
        }
        f->next = item->next;
        const char *ptr = item->string ? ld_ptr_key(L, f->ptr, item->string) : ld_ptr_index(L, f->ptr, f->index);
        f->index++;
        int rc = 0;
        if ((cJSON_IsObject(item) || cJSON_IsArray(item)) && top + 1 < JX_MAX_DEPTH + 2)
            stack[++top] = (struct frame){item->child, ptr, 0};
        else if (cJSON_IsString(item))
            rc = check_characters(L, item, ptr);
        if (rc == 0 && sound && (cJSON_IsString(item) || cJSON_IsNumber(item)) && is_shown_value(ptr + strlen(doc->base)))
            rc = add_value(L, item, ptr, &cap);
        if (rc && L->oom) return -1;
        bad |= rc;
    }
    return L->oom || bad ? -1 : 0;
}

static int parse_document(loader *L);

/* The widest table of a report has a dozen columns; a free table is held
 * to the same bounds as a document tree's. */

static int parse_free_cell(loader *L, const cJSON *c, const char *p, jx_free_cell *cell) {
    cell->pos = ld_pos_at(L, c, p);
    cell->colspan = cell->rowspan = 1;
    if (cJSON_IsString(c)) return cell->text = jx_arena_strdup(L->a, c->valuestring), cell->text ? 0 : (L->oom = 1, -1);
    if (!cJSON_IsObject(c)) return ld_wrong_type(L, c, p, "a string or { \"text\", \"colspan\", \"rowspan\" }");
    int rc = expect(L, c, p, &JX_FREE_CELL_MEMBERS) | ld_string(L, c, p, "text", 1, &cell->text) |
             ld_int(L, c, p, "colspan", 0, 1, JX_MAX_FREE_COLUMNS, &cell->colspan) |
             ld_int(L, c, p, "rowspan", 0, 1, JX_MAX_FREE_ROWS, &cell->rowspan);
    return rc;
}

static int parse_free_rows(loader *L, const cJSON *t, const char *p, jx_free_table *ft) {
    const char *rp;
    int bad = 0;
    size_t nrows, ncells = 0;
    const cJSON *row = ld_array(L, t, p, "rows", &rp, &nrows, &bad);
    if (bad) return -1;
    if (!row) return ld_missing(L, t, p, "rows");
    if (nrows > JX_MAX_FREE_ROWS) return ld_err(L, ld_pos_at(L, ld_member(t, "rows"), rp), "a table has at most %d rows", JX_MAX_FREE_ROWS);
    for (const cJSON *r = row; r; r = r->next) ncells += cJSON_IsArray(r) ? (size_t)cJSON_GetArraySize(r) : 0;
    ft->cells = jx_arena_array(L->a, ncells ? ncells : 1, sizeof *ft->cells);
    if (!ft->cells) return L->oom = 1, -1;
    int rc = 0;
    for (size_t i = 0; row; row = row->next, i++) {
        const char *rowp = ld_ptr_index(L, rp, i);
        if (!cJSON_IsArray(row)) {
            rc = ld_wrong_type(L, row, rowp, "a row: an array of cells");
            continue;
        }
        if (!row->child) {
            rc = ld_err(L, ld_pos_at(L, row, rowp), "a row has at least one cell");
            continue;
        }
        size_t k = 0;
        for (const cJSON *c = row->child; c; c = c->next, k++) {
            jx_free_cell *cell = &ft->cells[ft->ncells++];
            rc |= parse_free_cell(L, c, ld_ptr_index(L, rowp, k), cell);
            cell->row = (int)i;
        }
    }
    ft->nrows = (int)nrows;
    return rc;
}

/* A table's "after" names a text of the input: "/subject/overview", or one
 * paragraph of it, "/subject/overview/1". The builder finds it where the
 * text is printed; here only its form is checked. */
static int text_pointer(loader *L, const cJSON *t, const char *p, const char *after) {
    if (!after) return 0;
    size_t n = strlen(after);
    int ok = n > 1 && after[0] == '/' && after[n - 1] != '/' && !strstr(after, "//");
    if (ok) return 0;
    return ld_err(L, ld_pos_at(L, ld_member(t, "after"), ld_ptr_key(L, p, "after")),
                  "expected the JSON pointer of a text, such as \"/subject/overview\" or \"/subject/overview/1\"");
}

/* "outline": [{ "section": "subject", "title": "基本情况" }]: the report's
 * chapters in the firm's order and words. */
static int parse_outline(loader *L, const cJSON *r, jx_model *doc) {
    const char *ap;
    int bad = 0, rc = 0;
    const cJSON *c = ld_array(L, r, at(L, ""), "outline", &ap, &doc->noutline, &bad);
    if (bad) return -1;
    if (!ld_member(r, "outline")) return 0;
    doc->outline = jx_arena_array(L->a, doc->noutline ? doc->noutline : 1, sizeof *doc->outline);
    if (!doc->outline) return L->oom = 1, -1;
    for (size_t i = 0; c; c = c->next, i++) {
        jx_chapter *ch = &doc->outline[i];
        const char *p = ld_ptr_index(L, ap, i);
        ch->pos = ld_pos_at(L, c, p);
        int section = 0;
        if (expect(L, c, p, &JX_CHAPTER_MEMBERS) || ld_enum(L, c, p, "section", JX_TABLE_SECTIONS, &section) ||
            ld_string(L, c, p, "title", 0, &ch->title)) {
            rc = -1;
            continue;
        }
        if (!ld_member(c, "section")) {
            rc = ld_missing(L, c, p, "section");
            continue;
        }
        ch->section = JX_TABLE_SECTIONS[section];
        for (size_t k = 0; k < i; k++)
            if (doc->outline[k].section == ch->section)
                rc = ld_err(L, ld_pos_at(L, ld_member(c, "section"), ld_ptr_key(L, p, "section")),
                            "the section \"%s\" is already in the outline", ch->section);
    }
    return rc;
}

/* "tables": [{ "section", "after", "caption", "header", "columns", "rows" }] */
static int parse_free_tables(loader *L, const cJSON *r, jx_model *doc) {
    const char *ap;
    int bad = 0;
    const cJSON *t = ld_array(L, r, at(L, ""), "tables", &ap, &doc->ntables, &bad);
    if (bad) return -1;
    doc->tables = jx_arena_array(L->a, doc->ntables ? doc->ntables : 1, sizeof *doc->tables);
    if (!doc->tables) return L->oom = 1, -1;
    int rc = 0;
    for (size_t i = 0; t; t = t->next, i++) {
        jx_free_table *ft = &doc->tables[i];
        const char *p = ld_ptr_index(L, ap, i);
        ft->pos = ld_pos_at(L, t, p);
        if (expect(L, t, p, &JX_TABLE_MEMBERS)) {
            rc = -1;
            continue;
        }
        int section = 0;
        rc |= ld_enum(L, t, p, "section", JX_TABLE_SECTIONS, &section) | ld_string(L, t, p, "caption", 0, &ft->caption) |
              ld_int(L, t, p, "header", 0, 0, 10, &ft->header);
        rc |= ld_string(L, t, p, "after", 0, &ft->after) | text_pointer(L, t, p, ft->after);
        if (!ld_member(t, "section") && !ft->after) rc = ld_missing(L, t, p, "section");
        ft->section = JX_TABLE_SECTIONS[section];
        if (ld_member(t, "columns")) {
            jx_dec *cols;
            if (ld_dec_array(L, t, p, "columns", &cols, &ft->ncolumns)) {
                rc = -1;
                continue;
            }
            ft->columns = jx_arena_array(L->a, ft->ncolumns ? ft->ncolumns : 1, sizeof *ft->columns);
            if (!ft->columns) return L->oom = 1, -1;
            for (size_t k = 0; k < ft->ncolumns; k++) {
                ft->columns[k] = ld_double(cols[k]);
                if (ft->columns[k] <= 0 || ft->ncolumns > JX_MAX_FREE_COLUMNS)
                    rc = ld_err(L, ld_pos_at(L, ld_member(t, "columns"), ld_ptr_key(L, p, "columns")),
                                "columns are 1 to %d positive widths", JX_MAX_FREE_COLUMNS);
            }
        }
        rc |= parse_free_rows(L, t, p, ft);
        if (!rc && ft->header > ft->nrows)
            rc = ld_err(L, ld_pos_at(L, ld_member(t, "header"), ld_ptr_key(L, p, "header")), "more header rows than rows");
    }
    return rc;
}

/* "attachments": [{ "layout": "selfeval-shandong", "input": {…} }]: each
 * input read as a document of its own under its pointer, one level deep. */
static int parse_attachments(loader *L, const cJSON *r, jx_model *doc) {
    const char *ap;
    int bad = 0;
    const cJSON *c = ld_array(L, r, at(L, ""), "attachments", &ap, &doc->nattachments, &bad);
    if (bad) return -1;
    if (c && doc->base[0]) return ld_err(L, ld_pos_at(L, ld_member(r, "attachments"), ld_ptr_key(L, doc->base, "attachments")),
                                       "an attached document has no attachments of its own");
    if (doc->nattachments > JX_MAX_ATTACHMENTS)
        return ld_err(L, ld_pos_at(L, ld_member(r, "attachments"), ld_ptr_key(L, doc->base, "attachments")),
                      "%zu attachments: a report has at most %d (its 自评表 and the like; a batch is what renders many documents)",
                      doc->nattachments, JX_MAX_ATTACHMENTS);
    doc->attachments = jx_arena_array(L->a, doc->nattachments ? doc->nattachments : 1, sizeof *doc->attachments);
    if (!doc->attachments) return L->oom = 1, -1;
    int rc = 0;
    cJSON *root = L->root;
    for (size_t i = 0; c; c = c->next, i++) {
        jx_attachment *a = &doc->attachments[i];
        const char *p = ld_ptr_index(L, ap, i);
        a->pos = ld_pos_at(L, c, p);
        if (expect(L, c, p, &JX_ATTACHMENT_MEMBERS) || ld_string(L, c, p, "layout", 1, &a->layout)) {
            rc = -1;
            continue;
        }
        const cJSON *input = ld_member(c, "input");
        if (!input) {
            rc = ld_missing(L, c, p, "input");
            continue;
        }
        if (!(a->doc = jx_arena_alloc(L->a, sizeof *a->doc))) return L->oom = 1, -1;
        *a->doc = (jx_model){.arena = L->a, .file = doc->file, .base = ld_ptr_key(L, p, "input")};
        L->root = (cJSON *)input, L->object = a->doc; /* read only, as the whole file is */
        rc |= cJSON_IsObject(input) ? parse_document(L) : ld_wrong_type(L, input, a->doc->base, "a jixiao/1 document");
        L->root = root, L->object = doc;
    }
    return rc;
}

static int parse_document(loader *L) {
    jx_model *doc = ((jx_model *)L->object);
    const cJSON *r = L->root;
    if (expect(L, r, at(L, ""), &JX_INPUT_FORMAT)) return -1;
    const char *format = NULL;
    int rc = ld_string(L, r, at(L, ""), "format", 1, &format);
    if (format && strcmp(format, JIXIAO_FORMAT) != 0)
        rc = ld_err(L, ld_pos_at(L, ld_member(r, "format"), at(L, "/format")),
                 "unsupported format \"%s\": this program reads \"%s\"", format, JIXIAO_FORMAT);
    rc |= ld_int(L, r, at(L, ""), "year", 1, 1949, 2200, &doc->year);
    rc |= ld_string(L, r, at(L, ""), "title", 0, &doc->title) | parse_outline(L, r, doc);
    rc |= parse_subject(L, ld_member(r, "subject"), &doc->subject);
    rc |= parse_funds(L, ld_member(r, "funds"), &doc->funds);
    rc |= parse_goals(L, ld_member(r, "goals"), doc);
    rc |= parse_evaluation(L, ld_member(r, "evaluation"), &doc->evaluation);
    rc |= parse_findings(L, ld_member(r, "findings"), &doc->findings);
    rc |= parse_signoff(L, ld_member(r, "signoff"), &doc->signoff);
    if (!rc) rc = parse_scoring(L, ld_member(r, "scoring"), ld_member(r, "goals"), doc);
    if (!rc) rc = parse_free_tables(L, r, doc);
    rc |= take_inventory(L, rc == 0);
    if (!rc) rc = parse_attachments(L, r, doc);
    return rc;
}

static void *create_doc(loader *L) {
    jx_model *doc = calloc(1, sizeof *doc);
    if (!doc) return jx_arena_free(L->a), NULL;
    doc->arena = L->a;
    doc->file = jx_arena_strdup(L->a, L->file);
    doc->base = "";
    return doc;
}

static void parse_doc(loader *L, void *object) {
    L->object = object;
    L->resolve = resolve_reference;
    parse_document(L);
}

static void destroy_doc(void *object) { jx_model_free(object); }

jx_model *jx_model_load(const char *name, const unsigned char *data, size_t len, jx_diags *diags) {
    static const ld_format ops = {create_doc, parse_doc, destroy_doc};
    return ld_load_format(&ops, name, data, len, diags);
}

void jx_model_free(jx_model *doc) {
    if (!doc) return;
    jx_arena_free(doc->arena);
    free(doc);
}
