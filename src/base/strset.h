/* A set of strings, for the pointers of the input values a document shows.
 * The strings are not copied: they must outlive the set. */
#ifndef JX_STRSET_H
#define JX_STRSET_H

#include <stddef.h>

typedef struct jx_strset {
    const char **slots;
    size_t cap, count;
    int oom;
} jx_strset;

void jx_strset_init(jx_strset *s);
void jx_strset_free(jx_strset *s);
/* Adds s; a failed allocation sets oom. */
void jx_strset_add(jx_strset *s, const char *str);
/* 1 when the first len bytes of str are in the set. */
int jx_strset_has(const jx_strset *s, const char *str, size_t len);

#endif
