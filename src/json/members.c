#include "json/members.h"

#include <stdlib.h>
#include <string.h>

#define M(name, type, word, flags) {name, type, word, flags, NULL, NULL, NULL, NULL, NULL}
/* a member with its limits or its whole JSON Schema */
#define MS(name, type, word, flags, schema) {name, type, word, flags, NULL, NULL, NULL, schema, NULL}
/* a member of a JSON Schema of its own whose value holds objects of the format */
#define MSO(name, word, flags, object, schema) {name, JX_M_SPECIAL, word, flags, &object, NULL, NULL, schema, NULL}
#define MA(name, type, word, flags, schema, about) {name, type, word, flags, NULL, NULL, NULL, schema, about}
#define OBJ(name, word, flags, object) {name, JX_M_OBJECT, word, flags, &object, NULL, NULL, NULL, NULL}
#define LIST(name, word, flags, object) {name, JX_M_LIST, word, flags, &object, NULL, NULL, NULL, NULL}
#define ENUM(name, word, flags, codes, enumeration) {name, JX_M_ENUM, word, flags, NULL, codes, enumeration, NULL, NULL}
#define END {NULL, JX_M_STRING, NULL, 0, NULL, NULL, NULL, NULL, NULL}

#define NARRATIVE(name, word) M(name, JX_M_TEXT, word, JX_M_NARRATIVE)
/* long text a form names in full: 评价目的, not 评价 目的 */
#define WHOLE_TEXT(name, word) M(name, JX_M_TEXT, word, JX_M_NARRATIVE | JX_M_WHOLE)
#define QUANTITY_ABOUT "a number, a string holding one number (\"≥95%\", \"481 万元\"), or a reference \"@funds.spent\""
#define DATE_ABOUT "a year, a month or a day: 2023, \"2023-05\", \"2023-05-31\""

const char *const JX_SUBJECT_TYPES[] = {"project", "department", NULL};
const char *const JX_EVALUATION_TYPES[] = {"self", "department", "finance", "third-party", NULL};
const char *const JX_SCORING_SOURCES[] = {"tree", "goals", NULL};
const char *const JX_POLICIES[] = {"error", "warn", NULL};
const char *const JX_FIGURES[] = {"entered", "computed", NULL};
const char *const JX_TABLE_SECTIONS[] = {"subject", "goals", "evaluation", "conclusion", "analysis", "experience",
                                         "problems", "suggestions", "application", "other", "annex", NULL};
const char *const JX_LEVELS[] = {"达成", "部分达成", "未达成", NULL};

/*** The inputs of the scoring methods, shared by an indicator and a goal ***/

static const jx_key CHECK[] = {
    M("item", JX_M_STRING, "要素", 0),
    M("met", JX_M_BOOL, "是否达到", JX_M_REQUIRED),
    M("gate", JX_M_BOOL, "否决项", 0),
    MS("partial", JX_M_MEASURE, "部分得分比例", 0, "\"minimum\": 0, \"maximum\": 1"),
    END};
const jx_keyset JX_CHECK_MEMBERS = {"check", CHECK};

static const jx_key GROUP[] = {M("weight", JX_M_NUMBER, "每项扣分", JX_M_REQUIRED),
                                  M("count", JX_M_NUMBER, "项数", JX_M_REQUIRED), END};
const jx_keyset JX_GROUP_MEMBERS = {"deduction_group", GROUP};

static const jx_key RATE_BAND[] = {M("min", JX_M_NUMBER, "下限", JX_M_REQUIRED), M("rate", JX_M_MEASURE, "得分比例", 0),
                                      M("points", JX_M_NUMBER, "得分", 0), END};
const jx_keyset JX_RATE_BAND_MEMBERS = {"band", RATE_BAND};

#define NUMBERS "{\"type\": \"array\", \"items\": {\"type\": \"number\"}}"
static const jx_key SURVEY[] = {MS("survey", JX_M_SPECIAL, "各等级人数", JX_M_REQUIRED, NUMBERS),
                                   MS("level_weights", JX_M_SPECIAL, "等级分值", 0, NUMBERS), END};
const jx_keyset JX_SURVEY_MEMBERS = {"survey", SURVEY};

static const jx_key GROWTH_VALUE[] = {M("current", JX_M_AMOUNT, "本期", JX_M_REQUIRED),
                                         M("previous", JX_M_AMOUNT, "上期", JX_M_REQUIRED), END};
const jx_keyset JX_GROWTH_VALUE_MEMBERS = {"growth_values", GROWTH_VALUE};

static const jx_key GROWTH[] = {OBJ("growth", "增长", JX_M_REQUIRED, JX_GROWTH_VALUE_MEMBERS), END};
const jx_keyset JX_GROWTH_MEMBERS = {"growth", GROWTH};

static const jx_key MEAN[] = {MS("mean", JX_M_SPECIAL, "平均", JX_M_REQUIRED, "{\"type\": \"array\", \"items\": {}}"), END};
const jx_keyset JX_MEAN_MEMBERS = {"mean", MEAN};

static const jx_key DERIVED[] = {M("survey", JX_M_SPECIAL, "", 0), M("level_weights", JX_M_SPECIAL, "", 0),
                                    M("growth", JX_M_SPECIAL, "", 0), M("mean", JX_M_SPECIAL, "", 0), END};
const jx_keyset JX_DERIVED_MEMBERS = {"derived", DERIVED};

/* a leaf's target and actual; a goal's are columns of its own */
#define QUANTITY_ROWS                                                                                                  \
    MA("actual", JX_M_QUANTITY, "实际完成值", 0, NULL, QUANTITY_ABOUT),                                             \
    MA("target", JX_M_QUANTITY, "指标值", 0, NULL, QUANTITY_ABOUT)

#define METHOD_INPUT_ROWS                                                                                              \
    MS("elements", JX_M_INTEGER, "要素数", 0, "\"minimum\": 1"),                                                       \
    M("cap", JX_M_NUMBER, "封顶", 0),                                                                                \
    {"level", JX_M_ENUM, "完成等级", 0, NULL, JX_LEVELS, NULL, NULL, NULL},                                          \
    MS("cuts", JX_M_SPECIAL, "分档", 0, "{\"type\": \"array\", \"items\": {\"type\": \"number\"}, \"minItems\": 2, \"maxItems\": 2}"), \
    M("met", JX_M_BOOL, "是否达到", 0),                                                                             \
    MS("rate", JX_M_MEASURE, "得分比例", 0, "\"minimum\": 0, \"maximum\": 1"),                                      \
    MSO("checks", "要素", 0, JX_CHECK_MEMBERS,                                                                          \
       "{\"type\": \"array\", \"minItems\": 1, \"items\": {\"oneOf\": [{\"type\": \"boolean\"}, {\"$ref\": \"#/$defs/check\"}]}}"), \
    MS("count", JX_M_NUMBER, "扣分项数", 0, "\"minimum\": 0"),                                                       \
    M("per_item", JX_M_NUMBER, "每项扣分", 0),                                                                      \
    M("zero", JX_M_BOOL, "不得分", 0),                                                                              \
    LIST("groups", "扣分分组", 0, JX_GROUP_MEMBERS),                                                                 \
    MS("value", JX_M_SPECIAL, "取值", 0,                                                                             \
       "{\"oneOf\": [{\"type\": \"number\"}, {\"type\": \"string\", \"pattern\": \"^@\"}, {\"$ref\": \"#/$defs/survey\"}, " \
       "{\"$ref\": \"#/$defs/growth\"}, {\"$ref\": \"#/$defs/mean\"}]}"),                                             \
    M("threshold", JX_M_NUMBER, "起扣点", 0),                                                                       \
    M("step", JX_M_MEASURE, "每档", 0),                                                                             \
    M("per_step", JX_M_NUMBER, "每档扣分", 0),                                                                      \
    M("per_step_rate", JX_M_MEASURE, "每档扣分比例", 0),                                                            \
    M("floor", JX_M_MEASURE, "最低得分", 0),                                                                        \
    M("due", JX_M_DATE, "计划完成时间", 0),                                                                         \
    M("done", JX_M_DATE, "实际完成时间", 0),                                                                        \
    M("per_month", JX_M_NUMBER, "每月扣分", 0),                                                                     \
    M("zero_after", JX_M_NUMBER, "逾期不得分月数", 0),                                                              \
    LIST("bands", "区间", 0, JX_RATE_BAND_MEMBERS),                                                                  \
    M("grade", JX_M_STRING, "等级", 0),                                                                            \
    MS("grades", JX_M_SPECIAL, "等级得分", 0, "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"number\"}}")

static const jx_key METHOD_INPUTS[] = {QUANTITY_ROWS, METHOD_INPUT_ROWS, END};
const jx_keyset JX_METHOD_INPUTS = {"method_inputs", METHOD_INPUTS};

/* What an indicator of a tree and a goal both carry. */
#define INDICATOR_ROWS                                                                                                 \
    MS("score", JX_M_NUMBER, "得分", 0, "\"minimum\": 0"),                                                           \
    MS("score_rate", JX_M_PERCENT, "得分率", 0, "\"minimum\": 0, \"maximum\": 100"),                                 \
    M("explanation", JX_M_TEXT, "指标解释", 0), M("criteria", JX_M_TEXT, "评分标准", 0),                            \
    M("analysis", JX_M_TEXT, "指标分析", 0), M("note", JX_M_TEXT, "扣分原因", 0)

#define SCORED_ROWS                                                                                                    \
    {"method", JX_M_ENUM, "评分方法", 0, NULL, NULL, "method", NULL, NULL},                                          \
    M("applicable", JX_M_BOOL, "适用", 0),                                                                          \
    MA("unpublished", JX_M_BOOL, "未公布得分", 0, NULL,                                                              \
       "the source document prints no score for it: scored by its method, or unknown (—) without one")

static const jx_key LEAF[] = {
    M("name", JX_M_STRING, "指标", JX_M_REQUIRED), MS("weight", JX_M_NUMBER, "分值", JX_M_REQUIRED, "\"minimum\": 0"),
    INDICATOR_ROWS, SCORED_ROWS, QUANTITY_ROWS, METHOD_INPUT_ROWS, END};
const jx_keyset JX_LEAF_MEMBERS = {"leaf", LEAF};

static const jx_key BRANCH[] = {
    M("name", JX_M_STRING, "指标", JX_M_REQUIRED),
    MA("weight", JX_M_NUMBER, "分值", 0, "\"minimum\": 0", "left out: the sum of the children's weights"),
    INDICATOR_ROWS,
    MSO("children", "下级指标", JX_M_REQUIRED, JX_LEAF_MEMBERS,
       "{\"type\": \"array\", \"minItems\": 1, \"items\": {\"$ref\": \"#/$defs/indicator\"}}"),
    END};
const jx_keyset JX_BRANCH_MEMBERS = {"branch", BRANCH};

static const jx_key GOAL[] = {
    M("level1", JX_M_STRING, "一级指标", 0), M("level2", JX_M_STRING, "二级指标", 0),
    M("name", JX_M_STRING, "三级指标", JX_M_REQUIRED),
    MA("unit", JX_M_STRING, "计量单位", 0, NULL, "计量单位; default: the target's unit"),
    MA("nature", JX_M_STRING, "指标性质", 0, NULL, "指标性质 (≥, ≤, =, 定性); default: from the target"),
    MA("target", JX_M_QUANTITY, "年度指标值", 0, NULL, QUANTITY_ABOUT),
    MA("actual", JX_M_QUANTITY, "实际完成值", 0, NULL, QUANTITY_ABOUT),
    M("progress", JX_M_TEXT, "完成进度", 0), M("deviation", JX_M_TEXT, "偏差原因分析及改进措施", 0),
    MS("weight", JX_M_NUMBER, "分值", 0, "\"minimum\": 0"),
    INDICATOR_ROWS, SCORED_ROWS, METHOD_INPUT_ROWS,
    END};
const jx_keyset JX_GOAL_MEMBERS = {"goal", GOAL};

/*** The document ***/

static const jx_key PERIOD[] = {M("start", JX_M_DATE, "开始", 0), M("end", JX_M_DATE, "结束", 0), END};
const jx_keyset JX_PERIOD_MEMBERS = {"period", PERIOD};

static const jx_key BASIS_GROUP[] = {M("title", JX_M_STRING, "标题", JX_M_REQUIRED),
                                        MS("items", JX_M_SPECIAL, "条目", 0, "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}"),
                                        END};
const jx_keyset JX_BASIS_GROUP_MEMBERS = {"basis_group", BASIS_GROUP};

#define BASIS(word) \
    MSO("basis", word, JX_M_NARRATIVE | JX_M_WHOLE, JX_BASIS_GROUP_MEMBERS, \
       "{\"type\": \"array\", \"items\": {\"oneOf\": [{\"type\": \"string\"}, {\"$ref\": \"#/$defs/basis_group\"}]}}")

static const jx_key SUBJECT[] = {
    ENUM("type", "项目或部门", JX_M_WHOLE, JX_SUBJECT_TYPES, "subject.type"),
    M("name", JX_M_STRING, "项目名称", JX_M_REQUIRED | JX_M_WHOLE),
    M("code", JX_M_CODE, "项目编码", JX_M_WHOLE),
    M("department", JX_M_STRING, "主管部门", 0),
    M("department_code", JX_M_CODE, "主管部门编码", 0),
    M("implementer", JX_M_STRING, "实施单位", 0),
    M("implementer_code", JX_M_CODE, "实施单位编码", 0),
    MA("region", JX_M_STRING, "所属地区", 0, NULL,
       "行政区划, e.g. 山西省晋中市: chooses the province's form and names the place in its title"),
    M("attribute", JX_M_STRING, "项目属性", 0),
    M("category", JX_M_STRING, "项目类型", 0),
    OBJ("period", "项目期", 0, JX_PERIOD_MEMBERS),
    NARRATIVE("overview", "项目概况"),
    NARRATIVE("background", "立项背景"),
    NARRATIVE("purpose", "立项目的"),
    NARRATIVE("content", "项目内容"),
    NARRATIVE("organization", "项目组织管理"),
    BASIS("项目依据"),
    NARRATIVE("funds_usage", "项目资金使用情况"),
    NARRATIVE("implementation", "项目组织实施情况"),
    NARRATIVE("performance", "项目绩效情况"),
    NARRATIVE("other_matters", "其他需说明的问题"),
    NARRATIVE("functions", "单位职能概况"),
    NARRATIVE("staffing", "单位人员情况"),
    NARRATIVE("budget_execution", "预算执行情况"),
    M("leader", JX_M_STRING, "单位负责人", 0),
    M("phone", JX_M_CODE, "联系电话", 0),
    END};
const jx_keyset JX_SUBJECT_MEMBERS = {"subject", SUBJECT};

static const jx_key SOURCE[] = {
    M("name", JX_M_STRING, "资金来源", 0),           M("initial_budget", JX_M_AMOUNT, "年初预算数", 0),
    M("budget", JX_M_AMOUNT, "全年预算数", 0),       M("arrived", JX_M_AMOUNT, "全年到位数", 0),
    M("spent", JX_M_AMOUNT, "全年执行数", 0),        END};
const jx_keyset JX_SOURCE_MEMBERS = {"amounts", SOURCE};

static const jx_key FUNDS[] = {
    M("unit", JX_M_STRING, "金额单位", JX_M_WHOLE),
    M("initial_budget", JX_M_AMOUNT, "年初预算数", 0),
    M("budget", JX_M_AMOUNT, "全年预算数", JX_M_WHOLE),
    M("arrived", JX_M_AMOUNT, "全年到位数", JX_M_WHOLE),
    M("spent", JX_M_AMOUNT, "全年执行数", JX_M_WHOLE),
    M("carried_over", JX_M_AMOUNT, "上年结转", 0),
    M("adjustment", JX_M_AMOUNT, "预算调整", 0),
    M("other_adjustment", JX_M_AMOUNT, "其他调整", 0),
    M("balance", JX_M_AMOUNT, "年末结余", 0),
    LIST("sources", "资金来源", 0, JX_SOURCE_MEMBERS),
    M("deviation", JX_M_TEXT, "偏差原因", 0),
    END};
const jx_keyset JX_FUNDS_MEMBERS = {"funds", FUNDS};

static const jx_key GOALS[] = {
    M("overall", JX_M_TEXT, "总体目标", 0), M("annual", JX_M_TEXT, "年度目标", 0),
    M("annual_achieved", JX_M_TEXT, "目标实际完成情况", 0), LIST("indicators", "绩效指标", 0, JX_GOAL_MEMBERS), END};
const jx_keyset JX_GOALS_MEMBERS = {"goals", GOALS};

static const jx_key TEAM[] = {
    M("name", JX_M_STRING, "姓名", JX_M_REQUIRED), M("title", JX_M_STRING, "职称/职务", 0),
    M("role", JX_M_STRING, "分工及职责", 0),         M("office", JX_M_STRING, "单位", 0),
    M("phone", JX_M_CODE, "电话", 0),                M("duty", JX_M_STRING, "职责", 0),
    M("major", JX_M_STRING, "专业", 0),              M("note", JX_M_STRING, "备注", 0),
    END};
const jx_keyset JX_TEAM_MEMBERS = {"member", TEAM};

static const jx_key REVIEWER[] = {M("role", JX_M_STRING, "职责", 0), M("name", JX_M_TEXT, "姓名", 0), END};
const jx_keyset JX_REVIEWER_MEMBERS = {"reviewer", REVIEWER};

static const jx_key STAGE[] = {M("stage", JX_M_STRING, "阶段", 0), M("period", JX_M_STRING, "时间", 0),
                                  M("detail", JX_M_TEXT, "工作内容", 0), END};
const jx_keyset JX_STAGE_MEMBERS = {"stage", STAGE};

static const jx_key EVALUATION[] = {
    ENUM("type", "评价类型", JX_M_WHOLE, JX_EVALUATION_TYPES, "evaluation.type"),
    M("organization", JX_M_STRING, "评价机构", JX_M_WHOLE),
    M("client", JX_M_STRING, "委托单位", JX_M_WHOLE),
    M("date", JX_M_DATE, "评价时间", JX_M_WHOLE),
    WHOLE_TEXT("statement", "报告编制说明"),
    WHOLE_TEXT("purpose", "评价目的"),
    WHOLE_TEXT("object", "评价对象"),
    WHOLE_TEXT("scope", "评价范围"),
    BASIS("评价依据"),
    WHOLE_TEXT("principles", "评价原则"),
    WHOLE_TEXT("methods", "评价方法"),
    WHOLE_TEXT("standards", "评价标准"),
    WHOLE_TEXT("framework", "指标体系设计思路"),
    WHOLE_TEXT("team_statement", "评价人员组成说明"),
    LIST("team", "评价人员", 0, JX_TEAM_MEMBERS),
    LIST("quality_control", "质量控制", 0, JX_REVIEWER_MEMBERS),
    {"process", JX_M_LIST, "工作过程", JX_M_NARRATIVE, &JX_STAGE_MEMBERS, NULL, NULL, NULL, NULL},
    END};
const jx_keyset JX_EVALUATION_MEMBERS = {"evaluation", EVALUATION};

static const jx_key BAND[] = {M("min", JX_M_NUMBER, "下限", JX_M_REQUIRED), M("label", JX_M_STRING, "名称", JX_M_REQUIRED),
                                 END};
const jx_keyset JX_BAND_MEMBERS = {"grade_band", BAND};

static const jx_key POLICY[] = {ENUM("mismatch", "不一致", 0, JX_POLICIES, "scoring.policy"),
                                   ENUM("weights", "权重", 0, JX_POLICIES, "scoring.policy"), END};
const jx_keyset JX_POLICY_MEMBERS = {"policy", POLICY};

static const jx_key SCORING[] = {
    ENUM("source", "来源", 0, JX_SCORING_SOURCES, "scoring.source"),
    MS("execution_weight", JX_M_NUMBER, "执行率分值", 0, "\"minimum\": 0"),
    MS("execution_score", JX_M_NUMBER, "执行率得分", 0, "\"minimum\": 0"),
    MS("execution_rate", JX_M_PERCENT, "执行率", 0, "\"minimum\": 0"),
    MS("total", JX_M_NUMBER, "满分", 0, "\"exclusiveMinimum\": 0"),
    MS("decimals", JX_M_INTEGER, "小数位", 0, "\"minimum\": 0, \"maximum\": 4"),
    LIST("grades", "等级划分", 0, JX_BAND_MEMBERS),
    OBJ("policy", "规则", 0, JX_POLICY_MEMBERS),
    {"figures", JX_M_ENUM, "打印的得分", JX_M_WHOLE, NULL, JX_FIGURES, "scoring.figures", NULL,
     "which figures print: those entered (default), or the computed ones"},
    M("renormalize", JX_M_BOOL, "权重重算", 0),
    MSO("indicators", "指标体系", 0, JX_LEAF_MEMBERS, "{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/indicator\"}}"),
    MS("score", JX_M_NUMBER, "综合得分", JX_M_WHOLE, "\"minimum\": 0"),
    M("grade", JX_M_STRING, "评价等级", JX_M_WHOLE),
    END};
const jx_keyset JX_SCORING_MEMBERS = {"scoring", SCORING};

static const jx_key TITLED[] = {M("title", JX_M_STRING, "标题", 0), M("detail", JX_M_TEXT, "内容", 0), END};
const jx_keyset JX_TITLED_MEMBERS = {"titled", TITLED};

static const jx_key FINDINGS[] = {
    WHOLE_TEXT("summary", "摘要"),
    WHOLE_TEXT("conclusion", "评价结论"),
    LIST("performance", "绩效情况", JX_M_WHOLE, JX_TITLED_MEMBERS),
    WHOLE_TEXT("experience", "主要经验及做法"),
    LIST("problems", "存在的问题", JX_M_WHOLE, JX_TITLED_MEMBERS),
    LIST("suggestions", "意见建议", JX_M_WHOLE, JX_TITLED_MEMBERS),
    WHOLE_TEXT("application", "评价结果应用建议"),
    END};
const jx_keyset JX_FINDINGS_MEMBERS = {"findings", FINDINGS};

static const jx_key SIGNOFF[] = {
    M("filler", JX_M_STRING, "填报单位", 0), M("leader", JX_M_STRING, "单位负责人", 0),
    M("principal", JX_M_STRING, "负责人", 0), M("handler", JX_M_STRING, "填报人", 0),
    M("phone", JX_M_CODE, "联系电话", 0),     M("date", JX_M_DATE, "填报日期", JX_M_WHOLE),
    END};
const jx_keyset JX_SIGNOFF_MEMBERS = {"signoff", SIGNOFF};

static const jx_key CHAPTER[] = {ENUM("section", "章节", JX_M_REQUIRED, JX_TABLE_SECTIONS, "section"),
                                    M("title", JX_M_STRING, "标题", 0), END};
const jx_keyset JX_CHAPTER_MEMBERS = {"chapter", CHAPTER};

static const jx_key FREE_CELL[] = {
    M("text", JX_M_STRING, "内容", JX_M_REQUIRED),
    MS("colspan", JX_M_INTEGER, "合并列数", 0, "\"minimum\": 1, \"maximum\": 64"),
    MS("rowspan", JX_M_INTEGER, "合并行数", 0, "\"minimum\": 1, \"maximum\": 1000"),
    END};
const jx_keyset JX_FREE_CELL_MEMBERS = {"cell", FREE_CELL};

static const jx_key TABLE[] = {
    ENUM("section", "章节", 0, JX_TABLE_SECTIONS, "section"),
    MA("after", JX_M_STRING, "位于", 0, "\"pattern\": \"^/.*[^/]$\"",
       "the JSON pointer of the text the table follows (\"/subject/funds_usage\", or one paragraph of it: "
       "\"/subject/funds_usage/1\")"),
    M("caption", JX_M_STRING, "表题", 0),
    MS("header", JX_M_INTEGER, "表头行数", 0, "\"minimum\": 0, \"maximum\": 10"),
    MS("columns", JX_M_SPECIAL, "列宽", 0,
       "{\"type\": \"array\", \"items\": {\"type\": \"number\", \"exclusiveMinimum\": 0}, \"minItems\": 1, \"maxItems\": 64}"),
    MS("rows", JX_M_SPECIAL, "行", JX_M_REQUIRED,
       "{\"type\": \"array\", \"minItems\": 1, \"maxItems\": 1000, \"items\": {\"type\": \"array\", \"minItems\": 1, "
       "\"items\": {\"oneOf\": [{\"type\": \"string\"}, {\"$ref\": \"#/$defs/cell\"}]}}}"),
    END};
const jx_keyset JX_TABLE_MEMBERS = {"table", TABLE};

static const jx_key ATTACHMENT[] = {M("layout", JX_M_STRING, "版式", JX_M_REQUIRED),
                                       MSO("input", "内容", JX_M_REQUIRED, JX_INPUT_FORMAT, "{\"$ref\": \"#\"}"), END};
const jx_keyset JX_ATTACHMENT_MEMBERS = {"attachment", ATTACHMENT};

static const jx_key DOCUMENT[] = {
    M("$schema", JX_M_STRING, "$schema", 0),
    MS("format", JX_M_SPECIAL, "格式", JX_M_REQUIRED, "{\"const\": \"jixiao/1\"}"),
    MS("year", JX_M_INTEGER, "评价年度", JX_M_REQUIRED, "\"minimum\": 1949, \"maximum\": 2200"),
    MA("title", JX_M_STRING, "报告（表）标题", JX_M_WHOLE, "\"minLength\": 1",
       "the document's title as published (a report's 标题); default: the layout's"),
    {"outline", JX_M_LIST, "报告提纲", 0, &JX_CHAPTER_MEMBERS, NULL, NULL, NULL,
     "a report's chapters in the firm's order and words"},
    OBJ("subject", "项目", JX_M_REQUIRED | JX_M_SILENT, JX_SUBJECT_MEMBERS),
    OBJ("funds", "资金", JX_M_SILENT, JX_FUNDS_MEMBERS),
    {"goals", JX_M_OBJECT, "绩效目标", JX_M_NARRATIVE, &JX_GOALS_MEMBERS, NULL, NULL, NULL, NULL},
    OBJ("evaluation", "评价", 0, JX_EVALUATION_MEMBERS),
    OBJ("scoring", "评分", 0, JX_SCORING_MEMBERS),
    {"findings", JX_M_OBJECT, "评价结论", JX_M_NARRATIVE, &JX_FINDINGS_MEMBERS, NULL, NULL, NULL, NULL},
    OBJ("signoff", "签章", 0, JX_SIGNOFF_MEMBERS),
    {"tables", JX_M_LIST, "附表", 0, &JX_TABLE_MEMBERS, NULL, NULL, NULL,
     "tables added to a report: at the end of their section, or after the text named by after"},
    {"attachments", JX_M_LIST, "附件", 0, &JX_ATTACHMENT_MEMBERS, NULL, NULL, NULL,
     "documents set after a report as 附件: each an input of its own, made by the layout named"},
    END};
const jx_keyset JX_INPUT_FORMAT = {"jixiao/1", DOCUMENT};

const jx_keyset *const JX_OBJECTS[] = {
    &JX_INPUT_FORMAT,       &JX_SUBJECT_MEMBERS, &JX_PERIOD_MEMBERS,    &JX_BASIS_GROUP_MEMBERS, &JX_FUNDS_MEMBERS,
    &JX_SOURCE_MEMBERS,     &JX_GOALS_MEMBERS,   &JX_GOAL_MEMBERS,      &JX_EVALUATION_MEMBERS,  &JX_TEAM_MEMBERS,
    &JX_REVIEWER_MEMBERS,   &JX_STAGE_MEMBERS,   &JX_SCORING_MEMBERS,   &JX_BAND_MEMBERS,        &JX_POLICY_MEMBERS,
    &JX_BRANCH_MEMBERS,     &JX_LEAF_MEMBERS,    &JX_CHECK_MEMBERS,     &JX_GROUP_MEMBERS,       &JX_RATE_BAND_MEMBERS,
    &JX_SURVEY_MEMBERS,     &JX_GROWTH_MEMBERS,  &JX_GROWTH_VALUE_MEMBERS, &JX_MEAN_MEMBERS,     &JX_FINDINGS_MEMBERS,
    &JX_TITLED_MEMBERS,     &JX_SIGNOFF_MEMBERS, &JX_CHAPTER_MEMBERS,   &JX_TABLE_MEMBERS,       &JX_FREE_CELL_MEMBERS,
    &JX_ATTACHMENT_MEMBERS, NULL};

const jx_key *jx_key_named(const jx_keyset *o, const char *name) {
    for (const jx_key *m = o ? o->members : NULL; m && m->name; m++)
        if (strcmp(m->name, name) == 0) return m;
    return NULL;
}

const jx_keyset *jx_key_inner(const jx_key *m, const char *rest) {
    /* an indicator of a tree is a leaf, or a branch when it has children */
    int branch = strncmp(rest, "children", 8) == 0 && (rest[8] == '/' || !rest[8]);
    return m->object == &JX_LEAF_MEMBERS && branch ? &JX_BRANCH_MEMBERS : m->object;
}

static int is_index(const char *seg, size_t n) { return n > 0 && strspn(seg, "0123456789") >= n; }

/* The member a pointer ends on, or NULL when a key is not of the format;
 * flags gathers JX_M_NARRATIVE from the members on the way. */
static const jx_key *walk(const char *pointer, unsigned *flags) {
    const jx_keyset *o = &JX_INPUT_FORMAT;
    const jx_key *m = NULL;
    const char *p = pointer;
    while (p && *p == '/') {
        const char *seg = p + 1, *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        p = end;
        if (is_index(seg, n) && m) continue;
        char key[64];
        if (n >= sizeof key || !o) return NULL;
        memcpy(key, seg, n), key[n] = '\0';
        m = jx_key_named(o, key);
        if (!m) return NULL;
        if (flags) *flags |= m->flags & JX_M_NARRATIVE;
        /* the key after an index decides a tree's branch or leaf */
        const char *after = p ? strchr(p + 1, '/') : NULL;
        o = jx_key_inner(m, after ? after + 1 : "");
    }
    return m;
}

const jx_key *jx_key_at(const char *pointer) { return walk(pointer, NULL); }

unsigned jx_key_path_flags(const char *pointer) {
    unsigned flags = 0;
    const jx_key *m = walk(pointer, &flags);
    return m ? flags | m->flags : 0;
}
