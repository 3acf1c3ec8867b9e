/* Preloaded under a render by tests/oomtest.sh: the FAIL_AT-th call of
 * malloc, calloc or realloc fails (errno ENOMEM), as when memory runs out
 * at that point; every other call goes through. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

static atomic_long calls;
static long fail_at = -1;

static int failing(void) {
    if (fail_at < 0) {
        const char *e = getenv("FAIL_AT");
        fail_at = e ? atol(e) : 0;
    }
    return ++calls == fail_at;
}

void *malloc(size_t n) {
    static void *(*real)(size_t);
    if (!real) real = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
    if (failing()) return errno = ENOMEM, NULL;
    return real(n);
}

void *realloc(void *p, size_t n) {
    static void *(*real)(void *, size_t);
    if (!real) real = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
    if (failing()) return errno = ENOMEM, NULL;
    return real(p, n);
}

/* dlsym itself may calloc: the first calls are served from a static block */
void *calloc(size_t a, size_t b) {
    static void *(*real)(size_t, size_t);
    static char early[4096];
    static int resolving;
    if (!real) {
        if (resolving) return early;
        resolving = 1;
        real = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
        resolving = 0;
    }
    if (failing()) return errno = ENOMEM, NULL;
    return real(a, b);
}

/* With FAIL_AT unset, counts: the number of calls goes to the file
 * COUNT_TO names when the program ends, the loop's end. */
__attribute__((destructor)) static void say_count(void) {
    const char *to = getenv("COUNT_TO");
    if (!to) return;
    FILE *f = fopen(to, "w");
    if (f) fprintf(f, "%ld\n", (long)calls), fclose(f);
}
