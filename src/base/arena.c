#include "base/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK_MIN = 64 * 1024, ALIGN = 16 };

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} chunk;

struct jx_arena {
    chunk *head;
};

jx_arena *jx_arena_new(void) { return calloc(1, sizeof(jx_arena)); }

void jx_arena_free(jx_arena *arena) {
    if (!arena) return;
    chunk *c = arena->head;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    free(arena);
}

void *jx_arena_alloc(jx_arena *arena, size_t size) {
    if (!arena || size > SIZE_MAX / 2) return NULL;
    size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (size == 0) size = ALIGN;
    chunk *c = arena->head;
    if (!c || c->size - c->used < size) {
        size_t want = size > CHUNK_MIN ? size : CHUNK_MIN;
        c = malloc(sizeof(chunk) + want);
        if (!c) return NULL;
        c->size = want;
        c->used = 0;
        c->next = arena->head;
        arena->head = c;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

void *jx_arena_array(jx_arena *arena, size_t count, size_t size) {
    if (size && count > SIZE_MAX / 2 / size) return NULL;
    return jx_arena_alloc(arena, count * size);
}

char *jx_arena_strndup(jx_arena *arena, const char *s, size_t len) {
    char *p = jx_arena_alloc(arena, len + 1);
    if (p) memcpy(p, s, len);
    return p;
}

char *jx_arena_strdup(jx_arena *arena, const char *s) {
    return jx_arena_strndup(arena, s, strlen(s));
}

char *jx_arena_printf(jx_arena *arena, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) return NULL;
    char *p = jx_arena_alloc(arena, (size_t)n + 1);
    if (!p) return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}
