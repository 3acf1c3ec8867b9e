/* A face cut to the characters a document draws (HarfBuzz hb-subset), in
 * memory, with what a PDF font dictionary needs: each character's glyph in
 * the subset, the advances, the bounding box, the names. */
#ifndef JX_FONTS_SUBSET_H
#define JX_FONTS_SUBSET_H

#include <stddef.h>
#include <stdint.h>

typedef struct jx_subset {
    unsigned char *data; /* the subset font program */
    size_t len;
    int cff;             /* CFF outlines (an OpenType font), else TrueType glyf */
    unsigned upem;
    int ascent, descent, cap_height;
    int bbox[4];         /* xMin yMin xMax yMax, font units */
    char ps_name[64];    /* PostScript name, for BaseFont */
    unsigned nglyphs;
    uint16_t *advance;   /* by glyph, font units */
} jx_subset;

/* Subsets face `face` of `path` to the code points cps[0..n) and gives the
 * glyph of each in gids[0..n). TrueType glyphs are renumbered compactly; a
 * CFF font keeps its glyph numbers (its CIDs). 0, or -1 with a message. */
int jx_subset_make(const char *path, int face, const uint32_t *cps, size_t n, uint16_t *gids, jx_subset *out, char *err,
                   size_t err_size);
void jx_subset_free(jx_subset *s);

#endif
