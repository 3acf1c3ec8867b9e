#include "workbook/shape.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"

static const jx_column SOURCES[] = {{"资金来源", "name"},
                                    {"年初预算数", "initial_budget"},
                                    {"全年预算数", "budget"},
                                    {"全年到位数", "arrived"},
                                    {"全年执行数", "spent"}};
static const jx_column GOALS[] = {{"一级指标", "level1"},   {"二级指标", "level2"},   {"三级指标", "name"},
                                  {"分值", "weight"},        {"年度指标值", "target"}, {"实际完成值", "actual"},
                                  {"得分", "score"},         {"评分方法", "method"},   {"完成进度", "progress"},
                                  {"计量单位", "unit"},      {"指标性质", "nature"},
                                  {"偏差原因分析及改进措施", "deviation"}};
static const jx_column TEAM[] = {{"姓名", "name"},  {"职称/职务", "title"}, {"单位", "office"}, {"专业", "major"},
                                 {"分工及职责", "role"}, {"电话", "phone"}, {"备注", "note"}};
static const jx_column QUALITY[] = {{"姓名", "name"}, {"职责", "role"}};

const jx_table_shape JX_TABLES[] = {
    {"资金来源", "/funds/sources", SOURCES, sizeof SOURCES / sizeof SOURCES[0]},
    {"绩效目标", "/goals/indicators", GOALS, sizeof GOALS / sizeof GOALS[0]},
    {"评价人员", "/evaluation/team", TEAM, sizeof TEAM / sizeof TEAM[0]},
    {"质量控制", "/evaluation/quality_control", QUALITY, sizeof QUALITY / sizeof QUALITY[0]},
};
const size_t JX_NTABLES = sizeof JX_TABLES / sizeof JX_TABLES[0];

const char *const JX_LEVEL_WORDS[JX_TREE_LEVELS] = {"一级", "二级", "三级", "四级"};
const jx_column JX_GROUP_COLUMNS[] = {{"指标", "name"}, {"分值", "weight"}, {"得分", "score"}, {"得分率", "score_rate"}};
const size_t JX_NGROUP_COLUMNS = sizeof JX_GROUP_COLUMNS / sizeof JX_GROUP_COLUMNS[0];
const jx_column JX_LEAF_COLUMNS[] = {{"评分方法", "method"},  {"指标值", "target"},   {"实际完成值", "actual"},
                                     {"得分", "score"},       {"得分率", "score_rate"}, {"评分标准", "criteria"},
                                     {"扣分原因", "note"},     {"偏差原因", "deviation"}, {"指标分析", "analysis"},
                                     {"指标解释", "explanation"}, {"说明", "explanation"}, {"未公布得分", "unpublished"}};
const size_t JX_NLEAF_COLUMNS = sizeof JX_LEAF_COLUMNS / sizeof JX_LEAF_COLUMNS[0];

static int listed(const char *key, const char *const *keys) {
    for (; *keys; keys++)
        if (strcmp(key, *keys) == 0) return 1;
    return 0;
}

jx_field_kind jx_shape_field_kind(const char *pointer) {
    static const char *const numbers[] = {
        "year", "budget", "initial_budget", "adjustment", "other_adjustment", "arrived", "spent", "balance",
        "carried_over", "weight", "score", "execution_score", "execution_weight", "total", "min", "points",
        "count", "elements", "per_item", "per_month", "per_step", "threshold", "zero_after", "decimals", "cap", NULL};
    static const char *const percents[] = {"score_rate", "execution_rate", NULL};
    static const char *const labels[] = {"code", "department_code", "implementer_code", "phone", NULL};
    static const char *const dates[] = {"date", "start", "end", "due", "done", NULL};
    static const char *const any[] = {"actual", "target", "level", "cuts", "met", "rate", "checks", "zero", "groups",
                                      "value", "step", "per_step_rate", "floor", "bands", "grade", "grades",
                                      "applicable", "unpublished", "rows", "header", "columns", "colspan", "rowspan", "level_weights", "gate",
                                      "partial", "survey", "renormalize", NULL};
    /* the last segment with a kind: "grades/显著" holds what grades holds */
    jx_field_kind kind = JX_FIELD_TEXT;
    for (const char *p = pointer; p && *p;) {
        const char *seg = *p == '/' ? p + 1 : p, *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        char key[64];
        snprintf(key, sizeof key, "%.*s", (int)(n < sizeof key ? n : sizeof key - 1), seg);
        if (listed(key, numbers)) kind = JX_FIELD_NUMBER;
        else if (listed(key, percents)) kind = JX_FIELD_PERCENT;
        else if (listed(key, labels)) kind = JX_FIELD_LABEL;
        else if (listed(key, dates)) kind = JX_FIELD_DATE;
        else if (listed(key, any)) kind = JX_FIELD_ANY;
        p = end;
    }
    return kind;
}

const char *jx_shape_enum_field(const char *pointer) {
    static const char *const fields[][2] = {{"/subject/type", "subject.type"}, {"/evaluation/type", "evaluation.type"},
                                            {"/scoring/source", "scoring.source"}, {"/scoring/figures", "scoring.figures"},
                                            {"/scoring/policy/", "scoring.policy"}};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        size_t n = strlen(fields[i][0]);
        if (strncmp(pointer, fields[i][0], n) == 0 && (pointer[n] == '\0' || fields[i][0][n - 1] == '/')) return fields[i][1];
    }
    const char *last = strrchr(pointer, '/');
    last = last ? last + 1 : pointer;
    if (strcmp(last, "method") == 0) return "method";
    if (strcmp(last, "section") == 0 && (strncmp(pointer, "/tables/", 8) == 0 || strncmp(pointer, "/outline/", 9) == 0))
        return "section";
    return NULL;
}

/* The words of the members, for the labels of the information sheets. */
static const char *const WORDS[][2] = {
    {"format", "格式"},           {"year", "评价年度"},         {"subject", "项目"},          {"type", "类型"},
    {"name", "名称"},             {"code", "编码"},             {"department", "主管部门"},   {"department_code", "主管部门编码"},
    {"implementer", "实施单位"},  {"implementer_code", "实施单位编码"}, {"region", "所属地区"}, {"province", "省份"},
    {"city", "城市"},             {"attribute", "项目属性"},    {"category", "项目类型"},     {"period", "项目期"},
    {"start", "开始"},            {"end", "结束"},              {"overview", "项目概况"},     {"background", "立项背景"},
    {"purpose", "目的"},          {"content", "项目内容"},      {"organization", "组织管理"}, {"basis", "依据"},
    {"title", "标题"},            {"items", "条目"},            {"funds_usage", "资金使用情况"}, {"implementation", "组织实施情况"},
    {"performance", "绩效情况"},  {"other_matters", "其他需说明的问题"}, {"functions", "单位职能概况"},
    {"staffing", "单位人员情况"}, {"budget_execution", "预算执行情况"}, {"leader", "单位负责人"}, {"phone", "联系电话"},
    {"funds", "资金"},            {"unit", "单位"},             {"initial_budget", "年初预算数"}, {"budget", "全年预算数"},
    {"arrived", "到位数"},        {"spent", "执行数"},          {"carried_over", "上年结转"}, {"adjustment", "预算调整"},
    {"other_adjustment", "其他调整"}, {"balance", "年末结余"},  {"deviation", "偏差原因"},    {"goals", "绩效目标"},
    {"overall", "总体目标"},      {"annual", "年度目标"},       {"annual_achieved", "目标实际完成情况"},
    {"evaluation", "评价"},       {"client", "委托方"},         {"date", "日期"},             {"framework", "指标体系"},
    {"methods", "评价方法"},      {"object", "评价对象"},       {"principles", "评价原则"},   {"process", "工作过程"},
    {"stage", "阶段"},            {"detail", "内容"},           {"quality_control", "质量控制"}, {"role", "职责"},
    {"scope", "评价范围"},        {"standards", "评价标准"},    {"statement", "声明"},        {"team", "评价人员"},
    {"findings", "评价结论"},     {"application", "结果应用"},  {"conclusion", "评价结论"},   {"experience", "经验做法"},
    {"problems", "存在问题"},     {"suggestions", "意见建议"},  {"signoff", "签章"},          {"handler", "填报人"},
    {"principal", "负责人"},      {"scoring", "评分"},          {"execution_rate", "执行率"}, {"execution_score", "执行率得分"},
    {"execution_weight", "执行率分值"}, {"grade", "等级"},      {"grades", "等级划分"},       {"label", "名称"},
    {"min", "下限"},              {"policy", "规则"},           {"mismatch", "不一致"},       {"weights", "权重"},
    {"score", "得分"},            {"source", "来源"},           {"total", "满分"},            {"decimals", "小数位"},
    {"summary", "摘要"},          {"office", "单位"},           {"major", "专业"},            {"note", "备注"},
    {"team_statement", "评价人员组成说明"}, {"figures", "打印的得分"}, {"outline", "报告提纲"}, {"section", "章节"},
};

static const char *word_of(const char *key) {
    for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++)
        if (strcmp(WORDS[i][0], key) == 0) return WORDS[i][1];
    return key;
}

/* Fields whose label is not the words of their members. */
static const char *const EXACT[][2] = {
    {"/subject/name", "项目名称"},   {"/subject/code", "项目编码"},   {"/subject/type", "项目或部门"},
    {"/evaluation/type", "评价类型"}, {"/evaluation/date", "评价时间"},
    {"/evaluation/organization", "评价机构"}, {"/evaluation/client", "委托单位"}, {"/scoring/score", "综合得分"},
    {"/scoring/grade", "评价等级"},  {"/title", "报告（表）标题"}, {"/scoring/figures", "打印的得分"},
    {"/funds/unit", "金额单位"},     {"/funds/budget", "全年预算数"},
    {"/funds/arrived", "全年到位数"}, {"/funds/spent", "全年执行数"}, {"/signoff/date", "填报日期"},
};

void jx_shape_label(const char *pointer, char *out, size_t size) {
    for (size_t i = 0; i < sizeof EXACT / sizeof EXACT[0]; i++)
        if (strcmp(EXACT[i][0], pointer) == 0) {
            snprintf(out, size, "%s", EXACT[i][1]);
            return;
        }
    size_t w = 0;
    out[0] = '\0';
    const char *p = pointer;
    int first = 1;
    while (*p == '/' && w + 1 < size) {
        const char *seg = p + 1, *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        char key[128];
        snprintf(key, sizeof key, "%.*s", (int)(n < sizeof key ? n : sizeof key - 1), seg);
        int index = n > 0 && strspn(key, "0123456789") == strlen(key);
        /* the top-level sections name themselves through their fields */
        int skip = first && (strcmp(key, "subject") == 0 || strcmp(key, "funds") == 0);
        if (!skip) {
            int len;
            if (index)
                len = snprintf(out + w, size - w, " %ld", strtol(key, NULL, 10) + 1);
            else
                len = snprintf(out + w, size - w, "%s%s", w ? " " : "", word_of(key));
            if (len < 0 || (size_t)len >= size - w) break;
            w += (size_t)len;
        }
        first = 0;
        p = seg + n;
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
    static const char *const long_fields[] = {"/subject/overview", "/subject/background", "/subject/purpose",
                                              "/subject/content", "/subject/organization", "/subject/funds_usage",
                                              "/subject/implementation", "/subject/performance", "/subject/other_matters",
                                              "/subject/functions", "/subject/staffing", "/subject/budget_execution",
                                              "/goals/", "/evaluation/purpose", "/evaluation/methods",
                                              "/evaluation/principles", "/evaluation/process", "/evaluation/scope",
                                              "/evaluation/standards", "/evaluation/statement", "/evaluation/basis",
                                              "/evaluation/framework", "/evaluation/object", "/evaluation/team_statement", "/findings/", "/subject/basis"};
    for (size_t i = 0; i < sizeof long_fields / sizeof long_fields[0]; i++) {
        size_t n = strlen(long_fields[i]);
        if (strncmp(pointer, long_fields[i], n) == 0 && (long_fields[i][n - 1] == '/' || pointer[n] == '\0' || pointer[n] == '/'))
            return 1;
    }
    return text && jx_utf8_width(text) > 60;
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
