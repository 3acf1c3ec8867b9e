/* Fuzz target: arbitrary bytes as a PNG or JPEG image, decoded whole as an
 * image block's file is (libpng and libjpeg under their error handlers). */
#include <stddef.h>
#include <stdint.h>

#include "engine/raster.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    jx_raster r;
    char err[256];
    if (jx_raster_decode(data, size, 1, &r, err, sizeof err) == 0) jx_raster_free(&r);
    return 0;
}
