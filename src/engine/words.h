/* Where a title or a cover field may break between words. Chinese has no
 * spaces, so words come from ICU's dictionary segmentation, adjusted the
 * way titles are written: a one-character word stays with its neighbour
 * (枣庄|市, 工作|组, 专|项 are one word each), a number with its unit. */
#ifndef JX_WORDS_H
#define JX_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"

enum { JX_WORD_NONE, JX_WORD_WEAK, JX_WORD_STRONG };

/* brk[i]: may a line break before cps[i] at a word boundary, and how well
 * (STRONG after 、，等 和 及, after a place or body name, before 项目 and
 * 绩效); also a clreq break opportunity at `level`. 0, or -1 when the
 * segmenter is not available (brk all NONE). */
int jx_word_breaks(const uint32_t *cps, size_t n, jx_kinsoku level, unsigned char *brk);

#endif
