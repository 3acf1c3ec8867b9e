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
/* The parts of an input a form is filled from, beyond its 项目信息 and
 * 资金来源: the goal table, the indicator tree, the evaluation team, a
 * report's text (its chapters, the 质量控制 list). */
typedef struct jx_template_parts {
    int goals, tree, team, report;
} jx_template_parts;

/* A blank workbook with the headers, column widths, checks on the number
 * columns and instructions of the sheets of parts (NULL: every sheet),
 * with a filled example of the indicator tree when it has one. */
int jx_workbook_template(const jx_template_parts *parts, unsigned char **out, size_t *out_len, jx_diags *d);

/* A document tree's tables (merged cells kept, printed numbers as numbers,
 * percentages as such) and text lines in one sheet: the 汇总表 for a
 * bureau to re-sort. 0, or -1 with diagnostics. */
int jx_document_workbook(const jx_document *doc, unsigned char **out, size_t *out_len, jx_diags *d);

#endif
