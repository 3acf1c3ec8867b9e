/* The readers of a document tree's parts, shared with layouts (whose
 * blocks are a document tree's, their texts templates). Not part of any
 * interface. */
#ifndef JX_DOC_READ_DOC_H
#define JX_DOC_READ_DOC_H

#include "doc/doc.h"
#include "json/reader.h"

/* A block: its type and look; tables, charts and images whole in a document
 * tree, only their layout-independent parts in a layout (L->in_layout). */
int rd_block(loader *L, const cJSON *b, const char *ptr, jx_block *out);
/* A table cell: text (in a document tree), spans, alignment. */
int rd_cell(loader *L, const cJSON *c, const char *ptr, jx_cell *cell);
/* The page settings. */
int rd_page(loader *L, const cJSON *v, jx_doc_page *pg);
/* The sizes and the type area. */
int rd_style(loader *L, const cJSON *v, jx_doc_style *st);
/* A font size: points in [5, max], or a 号 name ("三号", "小四"). */
int ld_font_size(loader *L, const cJSON *obj, const char *ptr, const char *key, const char *max, double *out);

#endif
