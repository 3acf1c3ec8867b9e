/* Heading numbers as Chinese documents write them, one place for every
 * renderer: 一、 （一） 1. （1） by level. */
#ifndef JX_DOC_NUMBERS_H
#define JX_DOC_NUMBERS_H

#include <stddef.h>

/* Counts a heading of `level` (1–4) in counters[4] (zeroed at the start of
 * a document), resets the deeper levels, and writes its number into out. */
void jx_heading_number(int counters[4], int level, char *out, size_t size);

/* A heading as a 目录 lists it: without the full stop a heading written as
 * a sentence ends with ("绩效目标编报质量有待进一步加强。"). */
void jx_toc_title(const char *heading, char *out, size_t size);

#endif
