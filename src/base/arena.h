/* One arena per document: every model object lives until jx_arena_free. */
#ifndef JX_ARENA_H
#define JX_ARENA_H

#include <stddef.h>

typedef struct jx_arena jx_arena;

jx_arena *jx_arena_new(void);
void jx_arena_free(jx_arena *arena);
/* Zeroed, 16-byte aligned memory; NULL when out of memory. */
void *jx_arena_alloc(jx_arena *arena, size_t size);
void *jx_arena_array(jx_arena *arena, size_t count, size_t size);
char *jx_arena_strndup(jx_arena *arena, const char *s, size_t len);
char *jx_arena_strdup(jx_arena *arena, const char *s);
char *jx_arena_printf(jx_arena *arena, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
