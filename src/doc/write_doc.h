/* A document tree as jixiao-doc/1 JSON. */
#ifndef JX_DOCTREE_JSON_H
#define JX_DOCTREE_JSON_H

#include "doc/doc.h"

/* malloc'd; NULL when out of memory. The page style a layout sets (sizes,
 * type area) is not part of a document tree and is left out. */
char *jx_doctree_json(const jx_document *doc);

#endif
