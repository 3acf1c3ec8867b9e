#include "base/enums.h"

#include <string.h>

const jx_enum_word JX_ENUM_WORDS[] = {
    /* subject.type */
    {"project", "项目"}, {"department", "部门"}, {"department", "部门整体"},
    /* evaluation.type */
    {"self", "单位自评"}, {"self", "自评"}, {"department", "部门评价"}, {"finance", "财政评价"},
    {"third-party", "第三方评价"},
    /* scoring.source, scoring.figures, scoring.policy */
    {"tree", "指标体系"}, {"goals", "绩效目标"}, {"entered", "填报的"}, {"computed", "计算的"},
    {"error", "报错"}, {"warn", "警告"},
    /* the scoring methods */
    {"manual", "手工评分"}, {"ratio", "比率"}, {"inverse", "反向比率"}, {"inverse_linear", "反向线性"},
    {"equal", "等于"}, {"level", "定性分级"}, {"binary", "是否"}, {"rate", "比例"}, {"checklist", "要素清单"},
    {"deduction", "扣分"}, {"step", "阶梯扣分"}, {"late", "滞后扣分"}, {"bands", "区间"},
    /* the sections tables and outlines name */
    {"subject", "基本情况"}, {"evaluation", "评价工作"}, {"conclusion", "评价结论"}, {"analysis", "指标分析"},
    {"experience", "经验做法"}, {"problems", "存在问题"}, {"suggestions", "意见建议"}, {"application", "结果应用"},
    {"other", "其他"}, {"annex", "附件"},
    {NULL, NULL},
};

int jx_enum_index(const char *text, const char *const *codes, int count) {
    for (int i = 0; codes[i] && i != count; i++) {
        if (strcmp(text, codes[i]) == 0) return i;
        for (const jx_enum_word *w = JX_ENUM_WORDS; w->code; w++)
            if (strcmp(w->code, codes[i]) == 0 && strcmp(w->word, text) == 0) return i;
    }
    return -1;
}

const char *jx_enum_word_of(const char *code) {
    for (const jx_enum_word *w = JX_ENUM_WORDS; w->code; w++)
        if (strcmp(w->code, code) == 0) return w->word;
    return NULL;
}
