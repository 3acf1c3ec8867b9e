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
