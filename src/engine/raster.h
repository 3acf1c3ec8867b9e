/* PNG and JPEG files read whole and checked: a seal or a logo that is
 * damaged is an error at its block, never an abort inside a library, and
 * an image too large to decode is refused before it is decoded. */
#ifndef JX_ENGINE_RASTER_H
#define JX_ENGINE_RASTER_H

#include <stddef.h>

#include "base/limits.h"

/* A seal at 300 dpi is well under a megapixel, a scanned A4 page 9. */

typedef struct jx_raster {
    unsigned width, height;
    int jpeg;            /* data is the JPEG file, embedded as it is */
    unsigned char *data; /* a PNG's pixels: RGB, 8 bits */
    size_t len;
    unsigned char *alpha; /* a PNG's opacity, one byte a pixel; NULL when opaque */
} jx_raster;

/* Reads the image at path (a regular file, PNG or JPEG), decoding all of it.
 * With pixels, keeps what the PDF embeds; without, only the size. 0, or -1
 * with a message in err (naming no path: the caller does). */
int jx_raster_read(const char *path, int pixels, jx_raster *out, char *err, size_t err_size);
/* The same from bytes already read (the fuzz target's entry). */
int jx_raster_decode(const unsigned char *bytes, size_t len, int pixels, jx_raster *out, char *err, size_t err_size);
void jx_raster_free(jx_raster *r);

#endif
