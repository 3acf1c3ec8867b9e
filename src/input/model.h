/* The typed document model: what the loader produces from jixiao/1 JSON and
 * every later pass reads. All memory belongs to the document's arena. */
#ifndef JX_MODEL_H
#define JX_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "base/limits.h"
#include "base/arena.h"
#include "base/decimal.h"
#include "base/values.h"
#include "json/members.h"
#include "jixiao.h"

/* A target or actual value as written ("≥95%", "481 万元", 17). */
typedef struct jx_quantity {
    int present;
    const char *display;    /* the text as the document shows it */
    int has_number;         /* exactly one number in it */
    int bad_number;         /* a JX_DEC_ code when its number cannot be read exactly */
    jx_dec number;
    const char *comparator; /* "≥", "≤", ">", "<", "=" or "" */
    const char *prefix;     /* text before the number ("现场检查"), trimmed */
    const char *unit;       /* text after the number, trimmed */
    jx_pos pos;
} jx_quantity;

typedef enum { JX_VALUE_NUMBER, JX_VALUE_SURVEY, JX_VALUE_GROWTH, JX_VALUE_MEAN } jx_value_kind;

/* A method's `value`: a number, a reference, or a derived value. */
typedef struct jx_value {
    int present;
    jx_value_kind kind;
    jx_dec number;
    jx_dec *counts, *level_weights; /* survey */
    size_t ncounts, nlevel_weights;
    jx_dec current, previous; /* growth */
    struct jx_value *items;   /* mean */
    size_t nitems;
    jx_pos pos;
} jx_value;

typedef enum {
    JX_METHOD_NONE,
    JX_METHOD_MANUAL,
    JX_METHOD_RATIO,
    JX_METHOD_INVERSE,
    JX_METHOD_INVERSE_LINEAR,
    JX_METHOD_EQUAL,
    JX_METHOD_LEVEL,
    JX_METHOD_BINARY,
    JX_METHOD_RATE,
    JX_METHOD_CHECKLIST,
    JX_METHOD_DEDUCTION,
    JX_METHOD_STEP,
    JX_METHOD_LATE,
    JX_METHOD_BANDS,
    JX_METHOD_EXECUTION /* the 预算执行率 leaf of a goals-sourced table */
} jx_method;

typedef struct jx_check {
    const char *item;
    int met, gate, has_partial;
    jx_dec partial;
    jx_pos pos;
} jx_check;

typedef struct jx_group {
    jx_dec weight, count;
    jx_pos pos;
} jx_group;

typedef struct jx_band {
    jx_dec min;
    int is_points; /* points, else rate */
    jx_dec amount;
    jx_pos pos;
} jx_band;

typedef struct jx_grade_points {
    const char *name;
    jx_dec points;
} jx_grade_points;

/* A leaf's method and its inputs. */
typedef struct jx_inputs {
    jx_method method;
    jx_pos method_pos;
    jx_num elements; /* manual: the rule's count of equal 要素 (各占1/n权重分) */
    jx_quantity actual, target;
    jx_num cap;
    const char *level; /* 达成 | 部分达成 | 未达成 */
    jx_pos level_pos;
    jx_dec cuts[2];
    int has_met, met;
    jx_num rate;
    jx_check *checks;
    size_t nchecks;
    jx_num count, per_item;
    int zero;
    jx_group *groups;
    size_t ngroups;
    jx_pos groups_pos;
    jx_value value;
    jx_num threshold, step, per_step, per_step_rate, floor;
    jx_date due, done;
    jx_num per_month, zero_after;
    jx_band *bands;
    size_t nbands;
    jx_pos bands_pos;
    const char *grade;
    jx_pos grade_pos;
    jx_grade_points *grades;
    size_t ngrades;
} jx_inputs;

/* One node of the scored indicator tree. Nodes live in one array in
 * pre-order; the tree is walked by index, never by recursion. */
typedef struct jx_node {
    jx_pos pos;
    const char *at;      /* JSON pointer of its object; NULL when made by the loader */
    const char *name_at; /* of the text its name shows */
    const char *name;
    jx_num weight;
    int is_leaf;
    int depth; /* 0 for 一级 */
    int parent, first_child, next_sibling, last_child;
    int applicable;
    int unpublished; /* the source document prints no score for it */
    jx_num published_score, published_rate;
    jx_text explanation, criteria, analysis, note, deviation;
    int goal; /* index into goals.indicators, or -1 */
    jx_inputs in;
    /* results of the scoring pass, in units of 10^-decimals */
    int scored;
    int64_t score;
    int64_t weight_units, applicable_weight;
    int has_rate;
    int64_t rate; /* 得分率, percent */
    int has_ratio;
    int64_t ratio; /* actual ÷ target of ratio methods (执行率, 完成率), percent */
    const char *explain; /* how the score was computed */
    /* the figures the document prints: as entered where the input gives
     * them, else computed (figures_of, score.c) */
    int has_shown, has_shown_rate, has_shown_ratio;
    jx_dec shown, shown_rate, shown_ratio;
} jx_node;

typedef struct jx_goal {
    jx_pos pos;
    const char *level1, *level2, *name;
    const char *unit, *nature; /* 计量单位, 指标性质 as written; NULL: from the target */
    jx_quantity target, actual;
    jx_text progress, deviation;
    int scored; /* has weight: the goal table is itself scored */
    int node;   /* its leaf in the tree, or -1 */
} jx_goal;

typedef struct jx_source {
    const char *name;
    jx_num initial_budget, budget, arrived, spent;
    jx_pos pos;
} jx_source;

typedef struct jx_funds {
    const char *unit;
    jx_num initial_budget, budget, arrived, spent;
    jx_num carried_over, adjustment, other_adjustment, balance;
    jx_source *sources;
    size_t nsources;
    jx_text deviation;
    jx_pos pos;
} jx_funds;

typedef struct jx_titled {
    const char *title;
    jx_text detail;
} jx_titled;

typedef struct jx_member {
    const char *name, *title, *role, *office, *phone, *duty, *major, *note;
} jx_member;

/* An item of a list of 依据: a document, or a group of documents under a
 * heading ("法律法规类" with ① … ②). */
typedef struct jx_basis {
    const char *title;
    int grouped; /* written as { "title", "items" } */
    const char **items;
    size_t nitems;
} jx_basis;

typedef struct jx_stage {
    const char *stage, *period;
    jx_text detail;
} jx_stage;

typedef struct jx_grade_band {
    jx_dec min;
    const char *label;
} jx_grade_band;

typedef enum { JX_POLICY_ERROR, JX_POLICY_WARN } jx_policy;

/* Which figures a document prints: the ones the input enters (a
 * department's signed 自评 scores), or the computed ones. */
typedef enum { JX_FIGURES_ENTERED, JX_FIGURES_COMPUTED } jx_figures;

typedef struct jx_subject {
    int is_department;
    const char *name, *code, *department, *department_code, *implementer, *implementer_code;
    const char *attribute, *category;
    jx_date period_start, period_end;
    const char *region; /* 山西省晋中市: the province's forms and the titles that name the place */
    jx_text overview, background, purpose, content, organization;
    jx_basis *basis;
    size_t nbasis;
    jx_text funds_usage, implementation, performance, other_matters;
    jx_text functions, staffing, budget_execution;
    const char *leader, *phone;
} jx_subject;

typedef struct jx_evaluation {
    const char *type, *organization, *client;
    jx_date date;
    jx_text statement, purpose, object, scope, principles, methods, standards, framework, team_statement;
    jx_basis *basis;
    size_t nbasis;
    jx_member *team;
    size_t nteam;
    jx_titled *quality_control; /* title = role, detail = name */
    size_t nquality_control;
    jx_stage *process;
    size_t nprocess;
} jx_evaluation;

typedef struct jx_findings {
    jx_text summary, conclusion, experience, application;
    jx_titled *performance, *problems, *suggestions;
    size_t nperformance, nproblems, nsuggestions;
} jx_findings;

typedef struct jx_signoff {
    const char *filler, *leader, *principal, *handler, *phone;
    jx_date date;
} jx_signoff;

typedef struct jx_scoring {
    int from_goals;
    jx_num execution_weight, execution_score, execution_rate;
    jx_num total;
    int decimals;
    jx_grade_band *grades;
    size_t ngrades;
    jx_policy mismatch, weights;
    jx_figures figures;
    int renormalize;
    jx_num published_total;
    const char *published_grade;
    jx_pos published_grade_pos, pos;
    /* the tree (built from `indicators` or from the goals) */
    jx_node *nodes;
    size_t nnodes;
    int last_root;
    /* results */
    int scored;
    int blank; /* published with every 得分 blank: no total, no grade */
    int64_t total_score;
    const char *grade;
    /* what the document prints: as entered, else computed */
    int has_shown_total;
    jx_dec shown_total;
    const char *shown_grade;
    int differs; /* a printed figure is not the computed one */
} jx_scoring;

/* A value the user typed that a document is expected to show: every string
 * and number outside the scoring machinery, in document order. A render
 * reports each one its layout did not print. */
typedef struct jx_input_value {
    jx_pos pos;
    const char *text;     /* as typed: the string, or the number's digits */
    const char *shown_by; /* the pointer whose printing shows it: its own, or
                             for a goal's level1/level2 the name of its group */
} jx_input_value;

/* A table the user adds to a section of a report (a 绩效目标批复表 under
 * 项目绩效目标): its cells as typed, placed by the layout's builder. */
typedef struct jx_free_cell {
    const char *text;
    int row, colspan, rowspan;
    jx_pos pos;
} jx_free_cell;

typedef struct jx_free_table {
    const char *section, *caption;
    const char *after;  /* the pointer of the text it follows ("/subject/overview",
                           "/subject/overview/1" for a paragraph), or NULL: its section's end */
    int header;        /* rows repeated on every page */
    double *columns;   /* relative widths, NULL: after the cells' text */
    size_t ncolumns;
    jx_free_cell *cells;
    size_t ncells;
    int nrows;
    jx_pos pos;        /* pos.ptr: the table's pointer */
} jx_free_table;

/* The sections of a report a table may be added to, and that an outline
 * orders and names, are JX_TABLE_SECTIONS (json/members.h). */

/* A chapter of a report as the firm calls it, in the firm's order. */
typedef struct jx_chapter {
    const char *section; /* one of JX_TABLE_SECTIONS */
    const char *title;   /* NULL: the layout's */
    jx_pos pos;
} jx_chapter;

/* A document attached to a report (附件), made from its own input by its
 * own layout: the unit's 自评表 behind the evaluation report. */
/* Documents attached to one report: its own 自评表, a 问卷, a few more —
 * each is a whole document set on its pages. */

typedef struct jx_attachment {
    const char *layout;
    struct jx_model *doc; /* in the report's arena; never freed on its own */
    jx_pos pos;
} jx_attachment;

struct jx_model {
    jx_arena *arena;
    const char *file;
    const char *base; /* the document's pointer in its file: "", or an attachment's input */
    jx_attachment *attachments;
    size_t nattachments;
    jx_free_table *tables;
    size_t ntables;
    jx_chapter *outline; /* NULL: the layout's chapters in its order */
    size_t noutline;
    const char *title;   /* the document's title as published; NULL: the layout's */
    int year;
    jx_subject subject;
    jx_funds funds;
    const char *goals_overall, *goals_annual, *goals_annual_achieved;
    jx_goal *goals;
    size_t ngoals;
    jx_evaluation evaluation;
    jx_findings findings;
    jx_signoff signoff;
    jx_scoring scoring;
    jx_input_value *values;
    size_t nvalues;
    /* for an input read from a workbook: the cell each line of the text it
     * was made into came from, so that later diagnostics can name it */
    const char **source_cells;
    size_t nsource_cells;
};


/* The tree in pre-order: the first node (the first root), then the node
 * after i, staying inside the subtree of `within` (-1: the whole tree);
 * -1 at the end. */
int jx_tree_first(const jx_scoring *sc);
int jx_tree_next(const jx_scoring *sc, int i, int within);
/* The tree in post-order: every node after all of its children. */
int jx_tree_first_post(const jx_scoring *sc);
int jx_tree_next_post(const jx_scoring *sc, int i);

/* 财预〔2020〕10号's bands: 优 from 90, 良 from 80, 中 from 60, 差 below. */
extern const jx_grade_band JX_STANDARD_GRADES[4];

#endif
