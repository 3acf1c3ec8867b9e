/* The workbook shape of a jixiao/1 input (docs/workbook-format.md), one
 * table for the import and the export: which sheet holds which part of the
 * input, the Chinese headers that are its keys, the labels of fields. */
#ifndef JX_WORKBOOK_SHAPE_H
#define JX_WORKBOOK_SHAPE_H

#include <stddef.h>

#include "json/members.h"

#define JX_SHEET_INFO "项目信息"
#define JX_SHEET_TEXT "文字"
#define JX_SHEET_TREE "绩效指标"
#define JX_SHEET_FREE "表格" /* 表格1 holds /tables/0/rows: the cells as printed */
#define JX_INFO_LABEL "栏目"
#define JX_INFO_VALUE "内容"
#define JX_INFO_POINTER "字段"

typedef struct jx_column {
    const char *header; /* the key a clerk sees */
    const char *key;    /* a member of each row's object (a relative pointer) */
} jx_column;

/* What a member holds, which says how a cell typed into it is read. */
typedef enum jx_read_as {
    JX_FIELD_TEXT,    /* a number cell is its shown text: 0 in 偏差原因 is "0" */
    JX_FIELD_NUMBER,  /* text that is a decimal is the number ("77.39", "1,200") */
    JX_FIELD_PERCENT, /* a number of percent: 86% typed in Excel (0.86 shown as 86%) or "86%" is 86 */
    JX_FIELD_LABEL,   /* a code or phone: a number cell is its digits, never 3.7E+19 */
    JX_FIELD_DATE,    /* 2023年5月31日, 2023/5/31, 2023.5 are YYYY-MM-DD, YYYY-MM */
    JX_FIELD_ANY      /* a number or text as typed (指标值 "≥95%", a method's inputs) */
} jx_read_as;

/* A sheet of rows, each an element of one array of the input. */
typedef struct jx_table_shape {
    const char *sheet;
    const char *array;        /* "/funds/sources" */
    const jx_keyset *items;   /* what each element holds */
    const char *const *keys;  /* its columns, in the form's order */
} jx_table_shape;

/* A table's columns with their headers, the members' words; how many. */
size_t jx_shape_columns(const jx_table_shape *t, jx_column *out, size_t max);

extern const jx_table_shape JX_TABLES[];
extern const size_t JX_NTABLES;

/* The indicator tree's sheet: per level (1–4) a name and a weight column,
 * for groups their score and 得分率; the leaves' own fields. */
#define JX_TREE_LEVELS 4
extern const char *const JX_LEVEL_WORDS[JX_TREE_LEVELS]; /* 一级 … 四级 */
extern const jx_column JX_GROUP_COLUMNS[];               /* 指标 分值 得分 得分率, after the level word */
extern const size_t JX_NGROUP_COLUMNS;
extern const jx_column JX_LEAF_COLUMNS[];
extern const size_t JX_NLEAF_COLUMNS;

/* What the member a relative or absolute pointer ends in holds; an array's
 * element ("basis/0") holds what its array's items hold. */
jx_read_as jx_shape_field_kind(const char *pointer);
/* The enumeration a field holds ("evaluation.type", "method", as
 * base/enums.h names them), or NULL: export writes its Chinese words. */
const char *jx_shape_enum_field(const char *pointer);
/* A field's label in the information sheets: "评价依据 3", "项目名称". */
void jx_shape_label(const char *pointer, char *out, size_t size);
/* The pointer a label stands for when the 字段 column is empty: only the
 * fields of the template's 项目信息 sheet; NULL otherwise. */
const char *jx_shape_pointer_of(const char *label);
/* The fields the template's 项目信息 sheet lists, NULL-terminated. */
extern const char *const JX_INFO_FIELDS[];
/* Whether a field is narrative (goes to the 文字 sheet). */
int jx_shape_narrative(const char *pointer, const char *text);
/* The closest of candidates to word (edit distance in characters), or
 * NULL when none is near. */
const char *jx_shape_suggest(const char *word, const char *const *candidates, size_t n);

#endif
