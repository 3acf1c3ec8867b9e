/* The values every reader gives: where a value came from, and the scalar
 * kinds of JSON documents (text, exact numbers, dates). */
#ifndef JX_BASE_VALUES_H
#define JX_BASE_VALUES_H

#include "base/decimal.h"

/* Where a value came from, for diagnostics. */
typedef struct jx_pos {
    const char *ptr; /* JSON pointer */
    int line, col;
} jx_pos;

/* Text: paragraphs separated by '\n'; NULL when absent. */
typedef const char *jx_text;

typedef struct jx_num {
    int present;
    jx_dec v;
    jx_pos pos;
} jx_num;

typedef struct jx_date {
    int present;
    int year, month, day; /* month, day 0 when not written */
    jx_pos pos;
} jx_date;

#endif
