/* A 64-bit hash of bytes for telling whether a file changed between two
 * runs of a batch (not for security: nothing here resists a forger). */
#ifndef JX_BASE_HASH_H
#define JX_BASE_HASH_H

#include <stddef.h>
#include <stdint.h>

typedef struct jx_hash {
    uint64_t h;
    uint64_t len;
} jx_hash;

void jx_hash_init(jx_hash *s);
void jx_hash_add(jx_hash *s, const void *data, size_t len);
void jx_hash_add_str(jx_hash *s, const char *text); /* with its end, so "ab"+"c" differs from "a"+"bc" */
uint64_t jx_hash_final(const jx_hash *s);
uint64_t jx_hash_bytes(const void *data, size_t len);
/* Every byte of a regular file, read in pieces (links are not followed:
 * a link planted where a file should be is no file). 0 and *hash set, or
 * -1 when it is absent, unreadable or not a regular file. */
int jx_hash_file(const char *path, uint64_t *hash);

#endif
