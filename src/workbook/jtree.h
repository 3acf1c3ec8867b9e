/* A JSON document assembled from values set at JSON pointers, in the order
 * they were set (arrays by index), written one value a line so that each
 * line of the text can name the cell it came from. */
#ifndef JX_WORKBOOK_JTREE_H
#define JX_WORKBOOK_JTREE_H

#include <stddef.h>

#include "base/arena.h"

typedef struct jx_jtree jx_jtree;

jx_jtree *jx_jtree_new(jx_arena *arena);
/* Sets the value at pointer to literal (JSON text). 0, or -1 with a
 * message when the pointer is given twice or lies inside another value. */
int jx_jtree_set(jx_jtree *t, const char *pointer, const char *literal, const char *cell, char *err, size_t err_size);
/* The literal set at pointer, or NULL. */
const char *jx_jtree_get(const jx_jtree *t, const char *pointer);
/* The document's text (malloc'd) and, for each of its lines, the cell it
 * came from (malloc'd array, entries in the arena). NULL with a message
 * when a list has a gap or the text is too large. */
char *jx_jtree_emit(jx_jtree *t, const char ***line_cells, size_t *nlines, char *err, size_t err_size);

#endif
