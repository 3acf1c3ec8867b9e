/* A face cut to the characters a document draws (HarfBuzz hb-subset), in
 * memory, with what a PDF font dictionary needs: each character's glyph in
 * the subset, the advances, the bounding box, the names. */
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
    unsigned upem;
    int ascent, descent, cap_height;
    int bbox[4];         /* xMin yMin xMax yMax, font units */
    char ps_name[64];    /* PostScript name, for BaseFont */
} jx_subset;

/* Subsets the font to the code points cps[0..n) and gives, for
 * each, the code a PDF content stream selects it with (its glyph in the
 * compact subset; for a CID-keyed CFF font, its CID) and its advance in
 * font units. 0, or -1 with a message. */
int jx_subset_make(const jx_font *font, const uint32_t *cps, size_t n, uint16_t *codes, uint16_t *advances,
                   jx_subset *out, char *err, size_t err_size);
void jx_subset_free(jx_subset *s);

#endif
