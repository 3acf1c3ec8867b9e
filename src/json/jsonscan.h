/* A strict JSON scanner that runs before cJSON: it gives syntax errors with
 * an exact position, enforces the nesting limit without recursion, rejects
 * \u0000 and lone surrogates, and records every value in document order with
 * its byte offset (and its member name's offset) so that the loader can say
 * line:col for any value and read numbers from their decimal text. */
#ifndef JX_JSONSCAN_H
#define JX_JSONSCAN_H

#include <stddef.h>

#include "base/limits.h"

/* The deepest structure the format has is about 10 levels (scoring tree of
 * four levels, a method's bands, a derived value); 64 leaves ample room and
 * keeps cJSON's recursive parser and printer far from the stack's end. */

typedef struct jx_jvalue {
    size_t offset;     /* first byte of the value */
    size_t len;        /* bytes of a scalar token (the raw text of a number) */
    size_t key_offset; /* first byte of the member name, or (size_t)-1 */
    int line, col, key_line, key_col; /* of the value and of its name */
} jx_jvalue;

typedef struct jx_jscan {
    const char *text;
    size_t len;
    jx_jvalue *values;
    size_t count, cap;
    size_t *line_starts;
    size_t nlines;
    size_t err_offset;
    char err[128];
    /* last position computed: lookups mostly move forward in document
     * order, so columns are counted from here instead of the line start */
    size_t cursor_offset;
    int cursor_line, cursor_col;
} jx_jscan;

/* 0: valid JSON; -1: syntax error (err, err_offset); -2: out of memory. */
int jx_jscan_run(jx_jscan *s, const char *text, size_t len);
void jx_jscan_free(jx_jscan *s);
/* 1-based line and column (in characters) of a byte offset; each value's
 * own are in values[] already. */
void jx_jscan_position(jx_jscan *s, size_t offset, int *line, int *col);

#endif
