/* Heading numbers as Chinese documents write them, one place for every
 * renderer: 一、 （一） 1. （1） by level. */
#ifndef JX_DOC_NUMBERS_H
#define JX_DOC_NUMBERS_H

#include <stddef.h>

#include "doc/doc.h"

/* Counts a heading of `level` (1–4) in counters[4] (zeroed at the start of
 * a document), resets the deeper levels, and writes its number into out. */
void jx_heading_number(int counters[4], int level, char *out, size_t size);

/* A heading as a 目录 and the outline list it: without the full stop a
 * heading written as a sentence ends with ("绩效目标编报质量有待进一步加强。");
 * an unnumbered heading over a title with that title ("附件1　…评分表"). */
void jx_toc_title(const jx_document *doc, const jx_block *heading, char *out, size_t size);

/* The characters of a hanging line's label (a cover's "项目单位："), through
 * its first "：", which the lines after the first hang under; 0 without one. */
size_t jx_label_chars(const char *line, size_t len);

#endif
