/* The scoring methods by name, with the inputs each reads: one table for
 * the reader (which warns about inputs a method ignores), the scorer's
 * explanations and the score output. */
#include "input/methods.h"

#include <string.h>

#include "base/enums.h"

const jx_method_info JX_METHODS[] = {
    {"manual", JX_METHOD_MANUAL, "score elements"},
    {"ratio", JX_METHOD_RATIO, "actual target cap"},
    {"inverse", JX_METHOD_INVERSE, "actual target"},
    {"inverse_linear", JX_METHOD_INVERSE_LINEAR, "actual target"},
    {"equal", JX_METHOD_EQUAL, "actual target"},
    {"level", JX_METHOD_LEVEL, "level score cuts"},
    {"binary", JX_METHOD_BINARY, "met"},
    {"rate", JX_METHOD_RATE, "rate"},
    {"checklist", JX_METHOD_CHECKLIST, "checks"},
    {"deduction", JX_METHOD_DEDUCTION, "count per_item zero groups"},
    {"step", JX_METHOD_STEP, "value threshold step per_step per_step_rate floor"},
    {"late", JX_METHOD_LATE, "due done per_month zero_after"},
    {"bands", JX_METHOD_BANDS, "value bands grade grades"},
    {NULL, JX_METHOD_NONE, ""},
};

const char *jx_method_name(jx_method m) {
    if (m == JX_METHOD_EXECUTION) return "ratio";
    for (size_t i = 0; JX_METHODS[i].name; i++)
        if (JX_METHODS[i].method == m) return JX_METHODS[i].name;
    return "none";
}

const jx_method_info *jx_method_find(const char *name) {
    for (size_t i = 0; JX_METHODS[i].name; i++) {
        const char *const code[] = {JX_METHODS[i].name, NULL};
        if (jx_enum_index(name, code, 1) == 0) return &JX_METHODS[i]; /* "ratio" or 比率 */
    }
    return NULL;
}

void jx_survey_sums(const jx_value *v, jx_q *answers, jx_q *points) {
    static const int64_t default_lw[] = {10, 8, 6, 4, 2};
    *answers = *points = jx_q_int(0);
    for (size_t i = 0; i < v->ncounts; i++) {
        jx_q lw = v->nlevel_weights ? jx_q_dec(v->level_weights[i]) : jx_q_int(i < 5 ? default_lw[i] : 0);
        *points = jx_q_add(*points, jx_q_mul(jx_q_dec(v->counts[i]), lw));
        *answers = jx_q_add(*answers, jx_q_dec(v->counts[i]));
    }
}
