/* A ZIP package (DOCX, XLSX) built in memory, the same bytes for the same
 * parts: every entry deflated and stamped 1980-01-01 in local time. */
#ifndef JX_BASE_PACKAGE_H
#define JX_BASE_PACKAGE_H

#include <stddef.h>

typedef struct jx_package jx_package;

/* NULL when out of memory or libzip cannot be opened (why in err). */
jx_package *jx_package_new(char *err, size_t err_size);
/* Adds a part, taking bytes (malloc'd; freed with the package, or at once
 * on failure, which the package remembers). */
void jx_package_add(jx_package *p, const char *name, char *bytes, size_t len);
/* The archive's bytes (malloc'd), NULL when a part failed or memory ran
 * out; frees the package either way. */
unsigned char *jx_package_finish(jx_package *p, size_t *len);

#endif
