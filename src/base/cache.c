#include "base/cache.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "base/hash.h"
#include "jixiao.h"

#define MAGIC "jixiao-cache"
#define BYTE_ORDER_MARK 0x01020304u
#define PAYLOAD_AT 128
/* the largest payload: a compiled layout is tens of kilobytes, a face's
 * table 128 KiB */
#define MAX_PAYLOAD (16u << 20)

typedef struct header {
    char magic[16];
    char version[16];
    char kind[16];
    uint64_t format;
    uint32_t order, reserved;
    uint64_t dev, ino, size;
    int64_t mtime_sec, mtime_nsec;
    int64_t part;
    uint64_t len, check;
} header;

_Static_assert(sizeof(header) <= PAYLOAD_AT, "the payload starts after the header");

static int made(const char *dir) {
    struct stat st;
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) return 0;
    return stat(dir, &st) == 0 && S_ISDIR(st.st_mode) && access(dir, W_OK | X_OK) == 0;
}

/* XDG's base directory rule: a relative path in the variable is ignored,
 * as an unset one is. */
int jx_cache_dir(char *out, size_t size) {
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    int n = xdg && xdg[0] == '/' ? snprintf(out, size, "%s", xdg) : home ? snprintf(out, size, "%s/.cache", home) : -1;
    if (n <= 0 || (size_t)n + sizeof "/jixiao" > size || out[0] != '/' || !made(out)) return -1;
    strcat(out, "/jixiao");
    return made(out) ? 0 : -1;
}

static void expected(const jx_cache_key *key, size_t len, const void *payload, header *h) {
    memset(h, 0, sizeof *h);
    memcpy(h->magic, MAGIC, sizeof MAGIC);
    snprintf(h->version, sizeof h->version, "%s", JIXIAO_VERSION);
    snprintf(h->kind, sizeof h->kind, "%s", key->kind);
    h->format = key->format;
    h->order = BYTE_ORDER_MARK;
    h->dev = (uint64_t)key->source->st_dev;
    h->ino = (uint64_t)key->source->st_ino;
    h->size = (uint64_t)key->source->st_size;
    h->mtime_sec = (int64_t)key->source->st_mtim.tv_sec;
    h->mtime_nsec = (int64_t)key->source->st_mtim.tv_nsec;
    h->part = key->part;
    h->len = len;
    h->check = payload ? jx_hash_bytes(payload, len) : 0;
}

/* One entry per kind, file and part: a changed file's entry is replaced,
 * not added to. */
static char *entry_path(const char *dir, const jx_cache_key *key, const char *prefix, const char *suffix) {
    jx_hash h;
    jx_hash_init(&h);
    jx_hash_add_str(&h, key->path);
    jx_hash_add(&h, &key->part, sizeof key->part);
    size_t n = strlen(dir) + strlen(key->kind) + strlen(prefix) + strlen(suffix) + 24;
    char *p = malloc(n);
    if (p) snprintf(p, n, "%s/%s%s-%016llx%s", dir, prefix, key->kind, (unsigned long long)jx_hash_final(&h), suffix);
    return p;
}

void jx_cache_release(jx_cached *c) {
    if (c && c->map) munmap(c->map, c->map_len);
    if (c) memset(c, 0, sizeof *c);
}

static int usable(const jx_cache_key *key) {
    return key && key->kind && strlen(key->kind) < 16 && key->path && key->source;
}

int jx_cache_get(const char *dir, const jx_cache_key *key, jx_cached *out) {
    memset(out, 0, sizeof *out);
    char *path = dir && usable(key) ? entry_path(dir, key, "", "") : NULL;
    int fd = path ? open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) : -1;
    free(path);
    struct stat st;
    if (fd < 0) return -1;
    int sized = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= PAYLOAD_AT &&
                (unsigned long long)st.st_size <= (unsigned long long)PAYLOAD_AT + MAX_PAYLOAD;
    void *map = sized ? mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
    close(fd);
    if (map == MAP_FAILED) return -1;
    size_t len = (size_t)st.st_size - PAYLOAD_AT;
    const unsigned char *payload = (const unsigned char *)map + PAYLOAD_AT;
    header want, *have = map;
    expected(key, len, NULL, &want);
    want.check = have->check;
    if (memcmp(&want, have, sizeof want) != 0 || jx_hash_bytes(payload, len) != have->check) {
        munmap(map, (size_t)st.st_size);
        return -1;
    }
    *out = (jx_cached){payload, len, map, (size_t)st.st_size};
    return 0;
}

static int write_all(int fd, const void *data, size_t len) {
    for (const char *p = data; len;) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        p += n, len -= (size_t)n;
    }
    return 0;
}

int jx_cache_put(const char *dir, const jx_cache_key *key, const void *data, size_t len) {
    if (!dir || !usable(key) || len > MAX_PAYLOAD) return -1;
    char *path = entry_path(dir, key, "", ""), *tmp = entry_path(dir, key, ".", ".XXXXXX");
    int fd = path && tmp ? mkstemp(tmp) : -1;
    header h;
    expected(key, len, data, &h);
    unsigned char head[PAYLOAD_AT] = {0};
    memcpy(head, &h, sizeof h);
    int rc = fd < 0 ? -1 : write_all(fd, head, sizeof head) | write_all(fd, data, len);
    if (fd >= 0 && close(fd) != 0) rc = -1;
    if (fd >= 0 && (rc || rename(tmp, path) != 0)) rc = -1, unlink(tmp);
    free(path);
    free(tmp);
    return rc;
}
