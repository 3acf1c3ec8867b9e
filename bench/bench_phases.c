/* Where a report's time goes: one input rendered `rounds` times in one
 * process, each phase timed on its own — load and score, build the
 * document from the layout, typeset, write the PDF (subset, compress,
 * write) — with the layout read and the faces opened once, as a batch
 * does; and, apart, what opening the faces costs. Prints milliseconds per
 * document. Usage: bench_phases INPUT LAYOUT FONTS_DIR OUT.pdf [ROUNDS] */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "engine/typeset.h"
#include "fonts/fontset.h"
#include "layout/bind.h"
#include "layout/build.h"
#include "pipeline/pipeline.h"
#include "render/render.h"

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

enum { LOAD, BUILD, TYPESET, WRITE, PHASES };
static const char *const NAMES[PHASES] = {"load and score", "build from the layout", "typeset",
                                          "PDF: subset, compress, write"};

static int one_round(const jx_input *in, const jx_layout *lay, const jx_fontset *fs, const char *out, double t[PHASES]) {
    jx_diags d;
    jx_diags_init(&d);
    double t0 = now_ms();
    jx_model *doc = jx_load_scored(in, &d);
    double t1 = now_ms();
    jx_document *tree = doc ? jx_build(lay, jx_bind_root(doc), in->name, &d) : NULL;
    double t2 = now_ms();
    jx_display disp;
    int rc = tree ? jx_typeset(tree, fs, &disp, &d) : -1;
    double t3 = now_ms();
    jx_pdf_meta meta = {0};
    if (rc == 0) rc = jx_render_pdf(&disp, fs, &meta, out, 1, &d);
    double t4 = now_ms();
    t[LOAD] += t1 - t0, t[BUILD] += t2 - t1, t[TYPESET] += t3 - t2, t[WRITE] += t4 - t3;
    if (tree) jx_display_free(&disp);
    jx_document_free(tree);
    jx_model_free(doc);
    jx_diags_free(&d);
    return rc;
}

int main(int argc, char **argv) {
    if (argc < 5) return fputs("usage: bench_phases INPUT LAYOUT FONTS_DIR OUT.pdf [ROUNDS]\n", stderr), 2;
    int rounds = argc > 5 ? atoi(argv[5]) : 50;
    jx_diags d;
    jx_diags_init(&d);
    unsigned char *data = NULL;
    size_t len = 0;
    if (jx_read_file(argv[1], &data, &len, &d)) return 1;
    jx_input in = {argv[1], data, len};
    jx_shelf *shelf = jx_shelf_open("layouts", argv[2], NULL);
    const jx_layout *lay = shelf ? jx_shelf_get(shelf, 0, &d) : NULL;
    jx_fontset fs;
    char err[512];
    double f0 = now_ms();
    if (!lay || jx_fontset_open(&fs, argv[3], NULL, err, sizeof err)) return fputs("cannot open the layout or the fonts\n", stderr), 1;
    double opened = now_ms() - f0;
    double t[PHASES] = {0}, total = 0;
    one_round(&in, lay, &fs, argv[4], t); /* warm: pages of the font files mapped */
    for (int k = 0; k < PHASES; k++) t[k] = 0;
    for (int r = 0; r < rounds; r++)
        if (one_round(&in, lay, &fs, argv[4], t)) return fputs("render failed\n", stderr), 1;
    for (int k = 0; k < PHASES; k++) total += t[k];
    printf("%d rounds of %s, layout %s\n", rounds, argv[1], argv[2]);
    for (int k = 0; k < PHASES; k++)
        printf("  %-30s %6.2f ms  %4.1f %%\n", NAMES[k], t[k] / rounds, 100 * t[k] / total);
    printf("  %-30s %6.2f ms\n", "all", total / rounds);
    printf("  %-30s %6.2f ms (once per process or batch)\n", "opening the faces", opened);
    jx_fontset_close(&fs);
    jx_shelf_close(shelf);
    free(data);
    jx_diags_free(&d);
    return 0;
}
