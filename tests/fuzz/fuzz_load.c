/* Fuzz target: load and score arbitrary bytes, then format the results.
 * libFuzzer: `make fuzz`. Without libFuzzer, tests/fuzz/replay.c runs a
 * corpus through the same function (the test suite replays tests/bad). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "jixiao.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    jx_diags d;
    jx_diags_init(&d);
    jx_doc *doc = jx_doc_load("fuzz", data, size, &d);
    if (doc && jx_doc_score(doc, &d) == 0) {
        free(jx_score_table(doc));
        free(jx_score_json(doc, &d));
    }
    for (size_t i = 0; i < d.count; i++) free(jx_diag_format(&d.items[i]));
    jx_doc_free(doc);
    jx_diags_free(&d);
    return 0;
}
