/* jixiao/1 described once: every object of the format, each member's name,
 * type, Chinese word, limits and enumeration. The reader takes its key
 * lists and did-you-mean from here, the binder its words, the workbook its
 * sheets' labels, kinds and dropdowns, and `jixiao schema` writes
 * docs/jixiao.schema.json from it. */
#ifndef JX_JSON_MEMBERS_H
#define JX_JSON_MEMBERS_H

#include <stddef.h>

typedef enum jx_key_type {
    JX_M_STRING,   /* one line of text */
    JX_M_TEXT,     /* a string, or an array of paragraphs */
    JX_M_CODE,     /* a code or a phone: a string, or digits typed as a number */
    JX_M_AMOUNT,   /* an amount: a number, or a reference "@funds.spent" */
    JX_M_NUMBER,   /* a number (a weight, a score) */
    JX_M_PERCENT,  /* a number of percent: 86 is 86% */
    JX_M_INTEGER,  /* a whole number */
    JX_M_MEASURE,  /* a method's input: a number, or text as typed in a cell */
    JX_M_BOOL,     /* true or false */
    JX_M_DATE,     /* "2023-05-31", "2023-05", 2023 */
    JX_M_QUANTITY, /* a figure as a form prints it: 17, "≥95%", "481 万元" */
    JX_M_ENUM,     /* one of codes, or one of their Chinese words */
    JX_M_OBJECT,   /* an object described by .object */
    JX_M_LIST,     /* an array of .object */
    JX_M_SPECIAL   /* its JSON Schema is .schema; read by code of its own */
} jx_key_type;

enum {
    JX_M_REQUIRED = 1,  /* the object is not whole without it */
    JX_M_NARRATIVE = 2, /* long text: a workbook's 文字 sheet, not its information sheet */
    JX_M_WHOLE = 4,     /* a sheet labels it and what it holds by its word alone: 项目名称, 评价依据 1 */
    JX_M_SILENT = 8     /* a sheet names its members without it: subject, funds */
};

typedef struct jx_keyset jx_keyset;

typedef struct jx_key {
    const char *name;
    jx_key_type type;
    const char *word; /* the Chinese a form or a clerk uses for it */
    unsigned flags;
    const jx_keyset *object;   /* the members of an object, of a list's items, or of the
                                  objects a special member holds (a tree's indicators: leaves) */
    const char *const *codes;  /* an enumeration's codes, NULL-terminated */
    const char *enumeration;   /* the name its Chinese words are listed under (base/enums.c) */
    const char *schema;        /* a JSON Schema replacing the type's, or adding its limits */
    const char *about;         /* what the schema says of it */
} jx_key;

struct jx_keyset {
    const char *name; /* its name among the schema's definitions */
    const jx_key *members; /* ends with a member without a name */
};

extern const jx_keyset JX_INPUT_FORMAT; /* the document: format, year, subject … */
extern const jx_keyset JX_SUBJECT_MEMBERS, JX_PERIOD_MEMBERS, JX_FUNDS_MEMBERS, JX_SOURCE_MEMBERS,
    JX_GOALS_MEMBERS, JX_GOAL_MEMBERS, JX_EVALUATION_MEMBERS, JX_TEAM_MEMBERS, JX_REVIEWER_MEMBERS,
    JX_STAGE_MEMBERS, JX_SCORING_MEMBERS, JX_BAND_MEMBERS, JX_POLICY_MEMBERS, JX_FINDINGS_MEMBERS,
    JX_TITLED_MEMBERS, JX_SIGNOFF_MEMBERS, JX_BRANCH_MEMBERS, JX_LEAF_MEMBERS, JX_CHECK_MEMBERS,
    JX_GROUP_MEMBERS, JX_RATE_BAND_MEMBERS, JX_SURVEY_MEMBERS, JX_GROWTH_MEMBERS, JX_GROWTH_VALUE_MEMBERS,
    JX_MEAN_MEMBERS, JX_BASIS_GROUP_MEMBERS, JX_FREE_CELL_MEMBERS, JX_CHAPTER_MEMBERS, JX_TABLE_MEMBERS,
    JX_ATTACHMENT_MEMBERS, JX_METHOD_INPUTS,
    JX_DERIVED_MEMBERS; /* the members of any derived value, for did-you-mean */

/* Every object, in the order the schema defines them. */
extern const jx_keyset *const JX_OBJECTS[];

/* The enumerations' codes, shared by the reader and the schema;
 * JX_TABLE_SECTIONS are the sections of a report a table may be added to,
 * and that an outline orders and names. */
extern const char *const JX_SUBJECT_TYPES[], *const JX_EVALUATION_TYPES[], *const JX_SCORING_SOURCES[],
    *const JX_POLICIES[], *const JX_FIGURES[], *const JX_TABLE_SECTIONS[], *const JX_LEVELS[];

/* The member of o called name, or NULL. */
const jx_key *jx_key_named(const jx_keyset *o, const char *name);
/* The object a member's value holds, whatever spells it: the indicators of
 * a tree are branches or leaves (rest: the pointer after the item's index,
 * "children/0/name"), a leaf's checks are checks; NULL for a value. */
const jx_keyset *jx_key_inner(const jx_key *m, const char *rest);
/* The member a JSON pointer of an input names ("/funds/sources/0/budget"),
 * or NULL; array indexes step into a list's items. */
const jx_key *jx_key_at(const char *pointer);
/* The member a pointer names and, through flags, whether any member on its
 * way is long text (JX_M_NARRATIVE) or stands for its whole label. */
unsigned jx_key_path_flags(const char *pointer);

#endif
