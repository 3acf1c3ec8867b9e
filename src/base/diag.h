/* Diagnostics at a position: the one entry point every reader, the scorer
 * and the builder report through (jx_diags_add in jixiao.h underneath). */
#ifndef JX_BASE_DIAG_H
#define JX_BASE_DIAG_H

#include <stdarg.h>

#include "base/values.h"
#include "jixiao.h"

/* A diagnostic of file at pos (its JSON pointer and line:col); 0, or -1
 * when out of memory. */
__attribute__((format(printf, 5, 6))) int jx_diag_at(jx_diags *d, jx_severity sev, const char *file, jx_pos pos,
                                                     const char *fmt, ...);
int jx_diag_vat(jx_diags *d, jx_severity sev, const char *file, jx_pos pos, const char *fmt, va_list ap);
/* Moves a diagnostic to a place named as a whole ("book.xlsx:绩效指标!F12"),
 * without line and column. 0, or -1 when out of memory (left as it was). */
int jx_diag_move(jx_diag *g, const char *place);
/* Adds a copy of each of from's diagnostics to `to` (a pass's kept only
 * once it is known to stand). */
void jx_diags_copy(jx_diags *to, const jx_diags *from);
/* The diagnostics in the order of the input (line, then column), those at
 * one place in the order they were said: d->count pointers, malloc'd, or
 * NULL when out of memory. */
const jx_diag **jx_diags_in_order(const jx_diags *d);

#endif
