#include "workbook/shape.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "json/members.h"

/* Each sheet's columns in the order forms print them; their headers are
 * the members' words (json/members.c). */
static const char *const SOURCES[] = {"name", "initial_budget", "budget", "arrived", "spent", NULL};
static const char *const GOALS[] = {"level1", "level2", "name", "weight", "target", "actual", "score",
                                    "method", "progress", "unit", "nature", "deviation", NULL};
static const char *const TEAM[] = {"name", "title", "office", "major", "role", "phone", "note", NULL};
static const char *const QUALITY[] = {"name", "role", NULL};

const jx_table_shape JX_TABLES[] = {
    {"资金来源", "/funds/sources", &JX_SOURCE_MEMBERS, SOURCES},
    {"绩效目标", "/goals/indicators", &JX_GOAL_MEMBERS, GOALS},
    {"评价人员", "/evaluation/team", &JX_TEAM_MEMBERS, TEAM},
    {"质量控制", "/evaluation/quality_control", &JX_REVIEWER_MEMBERS, QUALITY},
};
const size_t JX_NTABLES = sizeof JX_TABLES / sizeof JX_TABLES[0];

size_t jx_shape_columns(const jx_table_shape *t, jx_column *out, size_t max) {
    size_t n = 0;
    for (; t->keys[n] && n < max; n++) {
        const jx_key *m = jx_key_named(t->items, t->keys[n]);
        out[n] = (jx_column){m ? m->word : t->keys[n], t->keys[n]};
    }
    return n;
}

const char *const JX_LEVEL_WORDS[JX_TREE_LEVELS] = {"一级", "二级", "三级", "四级"};
const jx_column JX_GROUP_COLUMNS[] = {{"指标", "name"}, {"分值", "weight"}, {"得分", "score"}, {"得分率", "score_rate"}};
const size_t JX_NGROUP_COLUMNS = sizeof JX_GROUP_COLUMNS / sizeof JX_GROUP_COLUMNS[0];
const jx_column JX_LEAF_COLUMNS[] = {{"评分方法", "method"},  {"指标值", "target"},   {"实际完成值", "actual"},
                                     {"得分", "score"},       {"得分率", "score_rate"}, {"评分标准", "criteria"},
                                     {"扣分原因", "note"},     {"偏差原因", "deviation"}, {"指标分析", "analysis"},
                                     {"指标解释", "explanation"}, {"说明", "explanation"}, {"未公布得分", "unpublished"}};
const size_t JX_NLEAF_COLUMNS = sizeof JX_LEAF_COLUMNS / sizeof JX_LEAF_COLUMNS[0];

/* What a cell typed into a member is read as. A member whose JSON Schema
 * is its own holds numbers or flags when its schema says so. */
static jx_read_as kind_of(const jx_key *m) {
    switch (m->type) {
    case JX_M_AMOUNT:
    case JX_M_NUMBER:
    case JX_M_INTEGER: return JX_FIELD_NUMBER;
    case JX_M_PERCENT: return JX_FIELD_PERCENT;
    case JX_M_CODE: return JX_FIELD_LABEL;
    case JX_M_DATE: return JX_FIELD_DATE;
    case JX_M_STRING:
    case JX_M_TEXT:
    case JX_M_ENUM:
    case JX_M_OBJECT:
    case JX_M_LIST: return JX_FIELD_TEXT;
    case JX_M_SPECIAL:
        return strstr(m->schema, "number") || strstr(m->schema, "boolean") ? JX_FIELD_ANY : JX_FIELD_TEXT;
    default: return JX_FIELD_ANY;
    }
}

/* A member of any object with that name: the key of a column, or a segment
 * of a pointer the description does not reach ("grades/显著"). */
static const jx_key *any_member(const char *name) {
    for (size_t i = 0; JX_OBJECTS[i]; i++) {
        const jx_key *m = jx_key_named(JX_OBJECTS[i], name);
        if (m) return m;
    }
    return NULL;
}

jx_read_as jx_shape_field_kind(const char *pointer) {
    const jx_key *at = pointer[0] == '/' ? jx_key_at(pointer) : NULL;
    if (at) return kind_of(at);
    /* the last segment with a kind: "grades/显著" holds what grades holds */
    jx_read_as kind = JX_FIELD_TEXT;
    for (const char *p = pointer; p && *p;) {
        const char *seg = *p == '/' ? p + 1 : p, *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        char key[64];
        snprintf(key, sizeof key, "%.*s", (int)(n < sizeof key ? n : sizeof key - 1), seg);
        const jx_key *m = any_member(key);
        if (m) kind = kind_of(m);
        p = end;
    }
    return kind;
}

const char *jx_shape_enum_field(const char *pointer) {
    const jx_key *m = pointer[0] == '/' ? jx_key_at(pointer) : any_member(pointer);
    return m && m->type == JX_M_ENUM ? m->enumeration : NULL;
}

void jx_shape_label(const char *pointer, char *out, size_t size) {
    size_t w = 0;
    int indexed = 0;
    out[0] = '\0';
    const jx_keyset *o = &JX_INPUT_FORMAT;
    for (const char *p = pointer; *p == '/' && w + 1 < size;) {
        const char *seg = p + 1, *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        char key[128];
        snprintf(key, sizeof key, "%.*s", (int)(n < sizeof key ? n : sizeof key - 1), seg);
        p = seg + n;
        int len = 0;
        if (n > 0 && strspn(key, "0123456789") == strlen(key)) {
            len = snprintf(out + w, size - w, " %ld", strtol(key, NULL, 10) + 1);
            indexed = 1;
        } else {
            const jx_key *m = o ? jx_key_named(o, key) : NULL;
            const char *rest = *p ? strchr(p + 1, '/') : NULL;
            o = m ? jx_key_inner(m, rest ? rest + 1 : "") : NULL;
            /* a field a form names alone (项目名称), and the top-level
             * sections, which name themselves through their fields */
            if (m && (m->flags & JX_M_WHOLE) && !indexed) w = 0, out[0] = '\0';
            if (!m || !(m->flags & JX_M_SILENT) || indexed)
                len = snprintf(out + w, size - w, "%s%s", w ? " " : "", m ? m->word : key);
        }
        if (len < 0 || (size_t)len >= size - w) break;
        w += (size_t)len;
    }
}

const char *const JX_INFO_FIELDS[] = {
    "/format",           "/year",           "/title",           "/subject/name",    "/subject/code",         "/subject/department",
    "/subject/department_code", "/subject/implementer", "/subject/implementer_code", "/subject/region",
    "/subject/attribute", "/subject/category", "/subject/period/start", "/subject/period/end", "/subject/leader",
    "/subject/phone",    "/funds/unit",     "/funds/initial_budget", "/funds/budget", "/funds/arrived",
    "/funds/spent",      "/funds/deviation", "/goals/overall",  "/goals/annual",     "/goals/annual_achieved",
    "/evaluation/type",  "/evaluation/organization", "/evaluation/client", "/evaluation/date", "/scoring/source",
    "/scoring/score",    "/scoring/grade",  "/scoring/figures", "/signoff/principal", "/signoff/handler", "/signoff/phone",
    "/signoff/date",     NULL};

const char *jx_shape_pointer_of(const char *label) {
    for (size_t i = 0; JX_INFO_FIELDS[i]; i++) {
        char l[256];
        jx_shape_label(JX_INFO_FIELDS[i], l, sizeof l);
        if (strcmp(l, label) == 0) return JX_INFO_FIELDS[i];
    }
    return NULL;
}

int jx_shape_narrative(const char *pointer, const char *text) {
    return (jx_key_path_flags(pointer) & JX_M_NARRATIVE) || (text && jx_utf8_width(text) > 60);
}

const char *jx_shape_suggest(const char *word, const char *const *candidates, size_t n) {
    const char *best = NULL;
    size_t best_d = 3;
    for (size_t i = 0; i < n; i++) {
        size_t d = jx_utf8_distance(word, candidates[i]);
        if (d < best_d) best = candidates[i], best_d = d;
    }
    return best;
}
