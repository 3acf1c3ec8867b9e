/* The document tree as a web page (HTML5), for a government site: real
 * headings and table headers, the chart as SVG and as a table. */
#ifndef JX_RENDER_HTML_H
#define JX_RENDER_HTML_H

#include <stddef.h>

#include "doc/doc.h"
#include "render/render.h"

/* The page (fragment: the <article> alone, for a site's content system,
 * which brings its own style) into *out, malloc'd. 0, or -1 with a
 * diagnostic. */
int jx_html_document(const jx_document *doc, const jx_pdf_meta *meta, int fragment, char **out, size_t *len,
                     jx_diags *diags);
/* The same, written to path whole or not at all. */
int jx_render_html(const jx_document *doc, const jx_pdf_meta *meta, int fragment, const char *path, jx_diags *diags);

#endif
