/* A review of many documents (check over a manifest) as a document of its
 * own: every finding of every document with its place, written through the
 * same doors as any document tree (审核.html, 审核.xlsx, 审核.pdf). */
#ifndef JX_BATCH_FINDINGS_H
#define JX_BATCH_FINDINGS_H

#include <stddef.h>

#include "jixiao.h"

/* The findings in d of the documents named files (in that order; a
 * document without any says so) as jixiao-doc/1 text, malloc'd; NULL when
 * out of memory. */
char *jx_findings_tree(char *const *files, size_t n, const jx_diags *d);

#endif
