#include "base/enums.h"

#include <string.h>

const jx_enum_word JX_ENUM_WORDS[] = {
    {"subject.type", "project", "项目"}, {"subject.type", "department", "部门"},
    {"subject.type", "department", "部门整体"},
    {"evaluation.type", "self", "单位自评"}, {"evaluation.type", "self", "自评"},
    {"evaluation.type", "department", "部门评价"}, {"evaluation.type", "finance", "财政评价"},
    {"evaluation.type", "third-party", "第三方评价"},
    {"scoring.source", "tree", "指标体系"}, {"scoring.source", "goals", "绩效目标"},
    {"scoring.figures", "entered", "填报的"}, {"scoring.figures", "computed", "计算的"},
    {"scoring.policy", "error", "报错"}, {"scoring.policy", "warn", "警告"},
    {"method", "manual", "手工评分"}, {"method", "ratio", "比率"}, {"method", "inverse", "反向比率"},
    {"method", "inverse_linear", "反向线性"}, {"method", "equal", "等于"}, {"method", "level", "定性分级"},
    {"method", "binary", "是否"}, {"method", "rate", "比例"}, {"method", "checklist", "要素清单"},
    {"method", "deduction", "扣分"}, {"method", "step", "阶梯扣分"}, {"method", "late", "滞后扣分"},
    {"method", "bands", "区间"},
    {"section", "subject", "基本情况"}, {"section", "goals", "绩效目标"}, {"section", "evaluation", "评价工作"}, {"section", "conclusion", "评价结论"},
    {"section", "analysis", "指标分析"}, {"section", "experience", "经验做法"}, {"section", "problems", "存在问题"},
    {"section", "suggestions", "意见建议"}, {"section", "application", "结果应用"}, {"section", "other", "其他"},
    {"section", "annex", "附件"},
    {NULL, NULL, NULL},
};

int jx_enum_index(const char *text, const char *const *codes, int count) {
    for (int i = 0; codes[i] && i != count; i++) {
        if (strcmp(text, codes[i]) == 0) return i;
        for (const jx_enum_word *w = JX_ENUM_WORDS; w->code; w++)
            if (strcmp(w->code, codes[i]) == 0 && strcmp(w->word, text) == 0) return i;
    }
    return -1;
}

const char *jx_enum_word_of(const char *field, const char *code) {
    for (const jx_enum_word *w = JX_ENUM_WORDS; w->code; w++)
        if (strcmp(w->field, field) == 0 && strcmp(w->code, code) == 0) return w->word;
    return NULL;
}

int jx_enum_said_before(const jx_enum_word *w) {
    for (const jx_enum_word *e = JX_ENUM_WORDS; e != w; e++)
        if (strcmp(e->code, w->code) == 0 && strcmp(e->word, w->word) == 0) return 1;
    return 0;
}
