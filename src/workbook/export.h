/* Workbooks out: a jixiao/1 input in the shape of docs/workbook-format.md
 * (reading it back gives the same input), and the blank template a clerk
 * fills. Bytes in memory; the caller writes them whole. */
#ifndef JX_WORKBOOK_EXPORT_H
#define JX_WORKBOOK_EXPORT_H

#include <stddef.h>

#include "doc/doc.h"
#include "jixiao.h"

/* The workbook of a jixiao/1 input's bytes. 0, or -1 with diagnostics. */
int jx_workbook_export(const char *name, const unsigned char *data, size_t len, unsigned char **out, size_t *out_len,
                       jx_diags *d);
/* A blank workbook with every sheet's headers, column widths, checks on
 * the number columns, instructions and a filled example: for reports
 * (kind "report"), forms ("selfeval…", "dept…": 绩效目标 instead of the
 * indicator tree) or, for NULL, every sheet. */
int jx_workbook_template(const char *kind, unsigned char **out, size_t *out_len, jx_diags *d);

/* A document tree's tables (merged cells kept, printed numbers as numbers,
 * percentages as such) and text lines in one sheet: the 汇总表 for a
 * bureau to re-sort. 0, or -1 with diagnostics. */
int jx_document_workbook(const jx_document *doc, unsigned char **out, size_t *out_len, jx_diags *d);

#endif
