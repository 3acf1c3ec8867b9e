/* Ascending lists of glyph numbers, as the subsetters keep them: a glyph's
 * number in a subset is its place in the list. */
#ifndef JX_FONTS_GLYPHSET_H
#define JX_FONTS_GLYPHSET_H

#include <stddef.h>
#include <stdint.h>

/* The number of entries of list[0..n) below g: g's place when listed. */
size_t jx_glyph_rank(const uint32_t *list, size_t n, uint32_t g);

#endif
