/* Font subsetting before embedding: libharu parses and rewrites every table
 * of the font it is given, so it is given a font cut down to the characters
 * a document uses (HarfBuzz hb-subset, glyph IDs kept, components of
 * composite glyphs included). */
#ifndef JX_SUBSET_H
#define JX_SUBSET_H

#include <stddef.h>
#include <stdint.h>

/* Writes face `face` of `path`, cut to the code points cps[0..n), to a new
 * temporary file whose name is returned in tmp_path (the caller removes
 * it). 0, or -1 with a message in err. */
int jx_subset_to_file(const char *path, int face, const uint32_t *cps, size_t n, char *tmp_path,
                      size_t tmp_size, char *err, size_t err_size);

#endif
