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

/* Charstrings flattened ahead of a subset — while the document is still
 * being typeset, on the other processor — kept by glyph: jx_cff_subset
 * takes each glyph it finds there instead of flattening it again. */
typedef struct jx_cff_ahead jx_cff_ahead;

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
 * ahead: glyphs flattened before (jx_cff_flatten_ahead), or NULL. */
int jx_cff_subset(const unsigned char *cff, size_t len, jx_cff_reader read, void *ctx, const jx_cff_ahead *ahead,
                  const uint32_t *glyphs, size_t n, uint16_t *cids, jx_buf *out);

/* Flattens the charstrings of glyphs[0..n) (as jx_cff_subset reads
 * them); those it cannot read are left to the subset. NULL when the
 * program is not one this reader handles, or out of memory. */
jx_cff_ahead *jx_cff_flatten_ahead(const unsigned char *cff, size_t len, jx_cff_reader read, void *ctx,
                                   const uint32_t *glyphs, size_t n);
void jx_cff_ahead_free(jx_cff_ahead *a);

#endif
