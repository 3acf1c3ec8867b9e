/* The Chinese words of every enumeration of jixiao/1, beside its codes: a
 * clerk types 单位自评 where the format says "self", 比率 where it says
 * "ratio". One list: the reader takes either, the workbook writes the
 * words, docs/input-format.md prints it. */
#ifndef JX_BASE_ENUMS_H
#define JX_BASE_ENUMS_H

typedef struct jx_enum_word {
    const char *field; /* "evaluation.type", "method", "section" */
    const char *code;
    const char *word; /* the Chinese a document or a clerk uses */
} jx_enum_word;

/* Every (code, word) pair; a code may have several words (部门, 部门评价). */
extern const jx_enum_word JX_ENUM_WORDS[];

/* The code that text stands for among codes (NULL-terminated): the code
 * itself or one of its words; -1 when none. */
int jx_enum_index(const char *text, const char *const *codes, int count);
/* Whether an earlier entry gives the same word for the same code (two
 * fields sharing one): a list of words says it once. */
int jx_enum_said_before(const jx_enum_word *w);
/* The first word of a field's code, or NULL. */
const char *jx_enum_word_of(const char *field, const char *code);

#endif
