/* Fuzz target: arbitrary bytes as a compiled layout from the cache (what
 * jx_layout_save writes, without the cache's header and checksum). The
 * reader must refuse them or give a layout that builds a document over a
 * real input — the 特种设备 report's — without reading outside what it
 * holds, whatever fields, paths and templates the bytes name. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "layout/build.h"
#include "pipeline/pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static jx_model *the_input(void) {
    static jx_model *model; /* loaded once: the harness's own, never freed */
    if (model) return model;
    jx_diags d;
    jx_diags_init(&d);
    unsigned char *text = NULL;
    size_t len = 0;
    const char *path = "examples/003-zaozhuang-report-special-equipment.json";
    if (jx_read_file(path, &text, &len, &d) == 0) {
        jx_input in = {path, text, len};
        model = jx_load_scored(&in, &d);
    }
    free(text);
    jx_diags_free(&d);
    if (!model) fprintf(stderr, "fuzz_compiled: cannot load %s (run from the checkout)\n", path), exit(2);
    return model;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    uint64_t source = 0;
    jx_layout *lay = jx_layout_restore("fuzzed.json", data, size, &source);
    if (!lay) return 0;
    const jx_model *docs[] = {the_input()};
    jx_input_set set = {docs, 1};
    jx_val root = lay->many ? jx_bind_input_set(&set) : jx_bind_root(docs[0]);
    jx_diags d;
    jx_diags_init(&d);
    jx_document_free(jx_build(lay, root, "the input", &d));
    jx_diags_free(&d);
    jx_layout_free(lay);
    return 0;
}
