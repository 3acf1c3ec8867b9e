/* Open addressing over FNV-1a hashes; the table doubles at half full. */
#include "base/strset.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash(const char *s, size_t len) {
    uint64_t h = 1469598103934665603u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

void jx_strset_init(jx_strset *s) { memset(s, 0, sizeof *s); }

void jx_strset_free(jx_strset *s) {
    if (!s) return;
    free(s->slots);
    memset(s, 0, sizeof *s);
}

static void place(const char **slots, size_t cap, const char *str) {
    size_t h = (size_t)hash(str, strlen(str)) & (cap - 1);
    while (slots[h]) h = (h + 1) & (cap - 1);
    slots[h] = str;
}

static int grow(jx_strset *s) {
    size_t cap = s->cap ? s->cap * 2 : 256;
    const char **slots = calloc(cap, sizeof *slots);
    if (!slots) return s->oom = 1, -1;
    for (size_t i = 0; i < s->cap; i++)
        if (s->slots[i]) place(slots, cap, s->slots[i]);
    free(s->slots);
    s->slots = slots, s->cap = cap;
    return 0;
}

void jx_strset_add(jx_strset *s, const char *str) {
    if (jx_strset_has(s, str, strlen(str))) return;
    if ((s->count + 1) * 2 > s->cap && grow(s)) return;
    place(s->slots, s->cap, str);
    s->count++;
}

int jx_strset_has(const jx_strset *s, const char *str, size_t len) {
    if (!s->cap) return 0;
    size_t h = (size_t)hash(str, len) & (s->cap - 1);
    for (; s->slots[h]; h = (h + 1) & (s->cap - 1))
        if (strncmp(s->slots[h], str, len) == 0 && s->slots[h][len] == '\0') return 1;
    return 0;
}
