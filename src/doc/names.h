/* The names of a document tree's enumerations, one table each, indexed by
 * the enum: the reader looks names up in them and the writer prints them,
 * so the two cannot drift apart. Each ends with NULL. */
#ifndef JX_DOC_NAMES_H
#define JX_DOC_NAMES_H

/* jx_block_type, then "group" and "tables" (a layout's only) */
extern const char *const JX_BLOCK_NAMES[];
/* jx_align; text and images take the first four (JX_TEXT_ALIGNS) */
extern const char *const JX_ALIGN_NAMES[];
#define JX_TEXT_ALIGNS 4
extern const char *const JX_VALIGN_NAMES[];  /* jx_valign */
extern const char *const JX_WIDTHS_NAMES[];  /* jx_widths */
extern const char *const JX_RULES_NAMES[];   /* a table's style: grid, three-line */
extern const char *const JX_NUMBERS_NAMES[]; /* jx_numbers */
extern const char *const JX_KINSOKU_NAMES[]; /* jx_kinsoku */
extern const char *const JX_ORIENTATION_NAMES[];

#endif
