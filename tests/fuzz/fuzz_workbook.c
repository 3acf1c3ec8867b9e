/* Fuzz target: arbitrary bytes as an .xlsx: the archive, its XML parts and
 * the workbook shape made into jixiao/1 text, then loaded and scored as
 * render would (diagnostics moved to cells). */
#include <stddef.h>
#include <stdint.h>

#include "pipeline/pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    jx_diags d;
    jx_diags_init(&d);
    jx_input in = {"fuzz.xlsx", data, size};
    jx_model_free(jx_load_scored(&in, &d));
    jx_diags_free(&d);
    return 0;
}
