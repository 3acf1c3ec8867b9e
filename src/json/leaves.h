/* Any JSON document as its leaves: every scalar (and every empty array or
 * object) with its JSON pointer, in document order, numbers as typed. What
 * a format-neutral writer needs (the workbook export) without cJSON. */
#ifndef JX_JSON_LEAVES_H
#define JX_JSON_LEAVES_H

#include <stddef.h>

#include "base/arena.h"
#include "jixiao.h"

typedef enum { JX_LEAF_STRING, JX_LEAF_NUMBER, JX_LEAF_TRUE, JX_LEAF_FALSE, JX_LEAF_NULL, JX_LEAF_EMPTY_ARRAY,
               JX_LEAF_EMPTY_OBJECT } jx_leaf_kind;

typedef struct jx_leaf {
    const char *pointer; /* RFC 6901: "/scoring/indicators/0/name" */
    jx_leaf_kind kind;
    const char *text;    /* a string's value, a number's digits as typed; NULL otherwise */
    int line, col;
} jx_leaf;

typedef struct jx_leaves {
    jx_arena *arena;
    jx_leaf *items;
    size_t count;
} jx_leaves;

/* Reads a JSON document (the readers' checks: encoding, syntax, depth);
 * NULL with diagnostics. */
jx_leaves *jx_json_leaves(const char *name, const unsigned char *data, size_t len, jx_diags *diags);
void jx_leaves_free(jx_leaves *l);

#endif
