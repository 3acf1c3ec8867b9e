/* A face cut to the characters a document draws, in memory (by cff.c,
 * glyf.c, or hb-subset for what those two leave), with what a PDF font
 * dictionary needs: the characters' codes and advances, the bounding box,
 * the names. */
#ifndef JX_FONTS_SUBSET_H
#define JX_FONTS_SUBSET_H

#include <stddef.h>
#include <stdint.h>

#include "fonts/font.h"

typedef struct jx_subset {
    unsigned char *data; /* the subset font program */
    size_t len;
    int cff;             /* CFF outlines, else TrueType glyf */
    int cid_keyed;       /* data is the bare CID-keyed CFF program (codes are CIDs),
                            else the whole OpenType or TrueType font */
    unsigned char *cid_map; /* a TrueType subset's CIDToGIDMap (2 bytes a code) */
    size_t cid_map_len;
    unsigned upem;
    int ascent, descent, cap_height;
    int bbox[4];         /* xMin yMin xMax yMax, font units */
    char ps_name[64];    /* PostScript name, for BaseFont */
} jx_subset;

/* How content streams name the characters cps[0..n) of the face, known
 * before any subset is made: by CID when its outlines are CID-keyed CFF
 * (subsets keep every glyph's CID), else by glyph index (subsets keep
 * those); and each one's advance in font units. 0, or -1 out of memory. */
int jx_subset_codes(const jx_font *font, const uint32_t *cps, size_t n, uint16_t *codes, uint16_t *advances);

/* Flattens the outlines of cps[0..n) into the face's kept ones (a
 * CID-keyed CFF face's; cff.h) before the characters a document draws are
 * all known: a render does it while it typesets. Any later subset of the
 * face takes them from there, to the same bytes. 0, or -1 when there is
 * nothing to do for this face or memory ran out. */
int jx_subset_warm(const jx_font *font, const uint32_t *cps, size_t n);

/* Subsets the face to the code points cps[0..n): a CID-keyed CFF face by
 * jixiao's own reader (its bare CFF program, glyphs under their CIDs), any
 * other by hb-subset with glyph indices kept (the whole OpenType or
 * TrueType font). 0, or -1 with a message. */
int jx_subset_make(const jx_font *font, const uint32_t *cps, size_t n, jx_subset *out, char *err, size_t err_size);
void jx_subset_free(jx_subset *s);

#endif
