/* The document tree as a Word document (DOCX), for drafts edited in Word,
 * WPS or LibreOffice before a PDF is published. */
#ifndef JX_RENDER_DOCX_H
#define JX_RENDER_DOCX_H

#include <stddef.h>

#include "doc/doc.h"
#include "render/render.h"

/* Writes the DOCX of doc to path whole or not at all. toc_pages: the
 * printed page of each heading in order (the PDF's, cached in the 目录
 * field until Word updates it), or NULL. 0, or -1 with a diagnostic. */
int jx_render_docx(const jx_document *doc, const int *toc_pages, size_t ntoc, const jx_pdf_meta *meta, const char *path,
                   jx_diags *diags);

#endif
