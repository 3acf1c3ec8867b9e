/* Metrics read directly from a TrueType or OpenType file (cmap, hmtx, hhea,
 * head, OS/2, maxp; one face of a collection), mapped once and shared
 * read-only by every document of a batch. Every read is bounds-checked:
 * fonts are untrusted input. */
#ifndef JX_FONT_H
#define JX_FONT_H

#include <stddef.h>
#include <stdint.h>

typedef struct jx_font jx_font;
typedef struct hb_face_t hb_face_t;

/* Opens face `face` of a .ttf, .otf or collection. Returns NULL and a
 * message in err (not a regular file, no outlines, damaged tables). cache:
 * the cache folder (base/cache.h) that keeps the face's code point table
 * between runs, or NULL. */
jx_font *jx_font_open(const char *path, int face, const char *cache, char *err, size_t err_size);
/* Makes the face's bytes a copy of its own, in memory, so that a file
 * replaced or rewritten while a long batch runs can neither fault the run
 * (SIGBUS on a mapping cut short) nor change its faces halfway. 0, or -1
 * (the face stays as it was). */
int jx_font_hold(jx_font *f);
void jx_font_free(jx_font *font);

/* Glyph index of a code point, 0 when the font has none. */
uint32_t jx_font_glyph(const jx_font *font, uint32_t cp);
/* Advance width in font units. */
uint32_t jx_font_advance(const jx_font *font, uint32_t glyph);
uint32_t jx_font_units_per_em(const jx_font *font);
/* Ascender and descender (descender negative), in font units. */
int jx_font_ascender(const jx_font *font);
int jx_font_descender(const jx_font *font);
/* The ascent and descent a line of the face spans as readers take them:
 * hhea's, or OS/2's typographic values when the face asks for them
 * (USE_TYPO_METRICS). */
void jx_font_line_metrics(const jx_font *font, int *ascent, int *descent);
/* The height of capitals (OS/2), else the ascender, in font units. */
int jx_font_cap_height(const jx_font *font);
/* The bounding box of all glyphs (head): xMin yMin xMax yMax. */
void jx_font_bbox(const jx_font *font, int bbox[4]);
/* The PostScript name (name ID 6), with what PDF names do not allow
 * replaced by '-'; "Font" when the face has none. */
const char *jx_font_ps_name(const jx_font *font);
const char *jx_font_family(const jx_font *font);
const char *jx_font_path(const jx_font *font);
int jx_font_face(const jx_font *font);
/* The face for HarfBuzz over the same mapping, for subsetting: made on the
 * first call (HarfBuzz opened then), NULL when it cannot be. */
hb_face_t *jx_font_hb_face(const jx_font *font);
/* A CFF face's flattened charstrings (cff.h), shared by every subset of
 * the face on any thread; NULL for a TrueType face. */
struct jx_cff_glyphs *jx_font_flattened(const jx_font *font);
/* A table of the face ("CFF ", ...), in the mapping; NULL when absent. */
const unsigned char *jx_font_table(const jx_font *font, const char *tag, size_t *len);
/* Copies the n bytes of the file from `at` (a pointer into a table) on
 * into buf with a read, not through the mapping: 0, or -1. */
int jx_font_copy(const jx_font *font, const unsigned char *at, size_t n, unsigned char *buf);
/* Number of faces in a collection file (1 for a .ttf), or 0 if unreadable. */
int jx_font_face_count(const char *path);

#endif
