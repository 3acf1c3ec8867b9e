#include "base/hash.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* FNV-1a over 8-byte words, each word mixed by a multiply and a shift so
 * that a change in any byte reaches every bit of the result. */
#define PRIME 0x100000001b3ull
#define MIX 0x9e3779b97f4a7c15ull

static uint64_t mix(uint64_t h, uint64_t w) {
    h = (h ^ w) * PRIME;
    return h ^ (h >> 29);
}

void jx_hash_init(jx_hash *s) {
    s->h = 0xcbf29ce484222325ull;
    s->len = 0;
}

void jx_hash_add(jx_hash *s, const void *data, size_t len) {
    const unsigned char *p = data;
    for (; len >= 8; p += 8, len -= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        s->h = mix(s->h, w * MIX);
        s->len += 8;
    }
    for (; len; p++, len--) s->h = mix(s->h, *p), s->len++;
}

void jx_hash_add_str(jx_hash *s, const char *text) { jx_hash_add(s, text ? text : "", (text ? strlen(text) : 0) + 1); }

uint64_t jx_hash_final(const jx_hash *s) {
    uint64_t h = mix(s->h, s->len * MIX);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 33);
}

uint64_t jx_hash_bytes(const void *data, size_t len) {
    jx_hash s;
    jx_hash_init(&s);
    jx_hash_add(&s, data, len);
    return jx_hash_final(&s);
}

int jx_hash_file(const char *path, uint64_t *hash) {
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0) return -1;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return close(fd), -1;
    jx_hash h;
    jx_hash_init(&h);
    unsigned char buf[1 << 16];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0) jx_hash_add(&h, buf, (size_t)n);
    close(fd);
    if (n < 0) return -1;
    *hash = jx_hash_final(&h);
    return 0;
}
