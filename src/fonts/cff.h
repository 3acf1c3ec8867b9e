/* CID-keyed CFF font programs (the outlines of Noto CJK, Source Han and
 * the Fandol faces): their glyphs' CIDs, and the program cut to the glyphs a
 * document draws. Fonts are untrusted input: every read is bounds-checked,
 * subroutine calls are followed on an explicit stack of at most ten. */
#ifndef JX_FONTS_CFF_H
#define JX_FONTS_CFF_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* The CIDs of glyphs[0..n) in cids: 1 when the program is CID-keyed and
 * one this reader handles, 0 when not (cids untouched), -1 out of memory. */
int jx_cff_cids_of(const unsigned char *cff, size_t len, const uint32_t *glyphs, size_t n, uint16_t *cids);

/* Flattened charstrings kept by glyph for the life of a face (font.c
 * holds one per CFF face): each is made once, by whichever document of a
 * batch — or the reading ahead of a render — flattens that glyph first,
 * and every later subset of the face takes it from here. Safe to share
 * between threads: a glyph's slot is set once, under the store's lock. */
typedef struct jx_cff_glyphs jx_cff_glyphs;
jx_cff_glyphs *jx_cff_glyphs_new(void);
void jx_cff_glyphs_free(jx_cff_glyphs *g);

/* Copies n bytes of the program from offset on into buf: 0, or -1. */
typedef int (*jx_cff_reader)(void *ctx, size_t offset, size_t n, unsigned char *buf);

/* Cuts a CID-keyed program to the glyphs glyphs[0..n) and .notdef, each
 * kept under its CID: charstrings flattened (subroutines inlined, hints
 * dropped, which print does not use), only the Font DICTs they use. Gives
 * each glyph's CID in cids[0..n). 0 with the program in out; 1 when the
 * program is not one this reader handles (not CID-keyed, damaged, or
 * using operators fonts of today do not), out untouched; -1 when out of
 * memory. With read, the charstrings are read with it (neighbours in one
 * call) rather than touched in cff, which may be a mapping of the file.
 * kept: the face's flattened charstrings, taken from and added to; NULL
 * for none. */
int jx_cff_subset(const unsigned char *cff, size_t len, jx_cff_reader read, void *ctx, jx_cff_glyphs *kept,
                  const uint32_t *glyphs, size_t n, uint16_t *cids, jx_buf *out);
/* Flattens the charstrings of glyphs[0..n) into kept, as jx_cff_subset
 * would, ahead of a subset (those it cannot read are left to it): 0, or 1
 * when the program is not one this reader handles, -1 out of memory. */
int jx_cff_flatten(const unsigned char *cff, size_t len, jx_cff_reader read, void *ctx, jx_cff_glyphs *kept,
                   const uint32_t *glyphs, size_t n);

#endif
