/* The scoring methods (docs/input-format.md, "Methods"). */
#ifndef JX_INPUT_METHODS_H
#define JX_INPUT_METHODS_H

#include "input/model.h"

typedef struct jx_method_info {
    const char *name;
    jx_method method;
    const char *inputs; /* space-separated keys the method reads */
} jx_method_info;

/* Every method a leaf may name, then one with a NULL name. */
extern const jx_method_info JX_METHODS[];
/* The name a method is written with ("ratio" for the 预算执行率 row). */
const char *jx_method_name(jx_method m);
/* The method called name, or NULL. */
const jx_method_info *jx_method_find(const char *name);
/* A survey's answers (Σ counts) and points (Σ count × level weight, the
 * weights 10 8 6 4 2 unless it gives its own): its rate is points ÷ (10 ×
 * answers). The scorer and the reviewer read a survey only through this. */
void jx_survey_sums(const jx_value *survey, jx_q *answers, jx_q *points);

#endif
