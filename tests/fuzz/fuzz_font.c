/* Fuzz target: arbitrary bytes as a font file in a role: opened as the
 * font set opens it (every table the engine reads, bounds-checked), its
 * characters measured, and subset for embedding as the PDF writer does.
 * The bytes go through a file, since fonts are mapped from files. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fonts/font.h"
#include "fonts/subset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char path[64];
    snprintf(path, sizeof path, "/tmp/jixiao-fuzz-font-%ld.ttf", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    char err[256];
    int faces = jx_font_face_count(path);
    for (int face = 0; face < (faces > 0 ? faces : 1) && face < 4; face++) {
        jx_font *font = jx_font_open(path, face, NULL, err, sizeof err);
        if (!font) continue;
        static const uint32_t cps[] = {0x20, 0x2E, 0x4E00, 0x7EE9, 0x6548, 0x3002, 0xFF08, 0x20BB7};
        uint16_t codes[sizeof cps / sizeof cps[0]], advances[sizeof cps / sizeof cps[0]];
        for (size_t k = 0; k < sizeof cps / sizeof cps[0]; k++) (void)jx_font_advance(font, jx_font_glyph(font, cps[k]));
        jx_subset s;
        (void)jx_subset_codes(font, cps, sizeof cps / sizeof cps[0], codes, advances);
        if (jx_subset_make(font, cps, sizeof cps / sizeof cps[0], &s, err, sizeof err) == 0) jx_subset_free(&s);
        jx_font_free(font);
    }
    unlink(path);
    return 0;
}
