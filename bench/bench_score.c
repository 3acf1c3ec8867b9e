/* In-process cost of load + score: each file given is read once, then loaded
 * and scored `rounds` times from memory. Prints microseconds per document. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "jixiao.h"

static unsigned char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    unsigned char *buf = malloc(1 << 24);
    *len = buf ? fread(buf, 1, 1 << 24, f) : 0;
    fclose(f);
    return buf;
}

int main(int argc, char **argv) {
    int rounds = 1000;
    for (int i = 1; i < argc; i++) {
        size_t len;
        unsigned char *data = slurp(argv[i], &len);
        if (!data) return 1;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (int r = 0; r < rounds; r++) {
            jx_diags d;
            jx_diags_init(&d);
            jx_model *doc = jx_model_load(argv[i], data, len, &d);
            if (doc) jx_model_score(doc, &d);
            jx_model_free(doc);
            jx_diags_free(&d);
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double us = ((double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec)) / 1e3 / rounds;
        printf("%8.1f us  %6zu bytes  %s\n", us, len, argv[i]);
        free(data);
    }
    return 0;
}
