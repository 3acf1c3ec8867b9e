/* Where a line may break in Chinese text, with the 禁则 of W3C clreq
 * (basic, GB, strict). Breaks are allowed between any two Han characters,
 * never inside a Latin word or number, never between a number and its sign
 * or unit ("≥95%", "99.75%", "2022年", "40万元"), never inside "——" or
 * "……", never before a mark that may not start a line, never after one
 * that may not end it. */
#ifndef JX_LINEBREAK_H
#define JX_LINEBREAK_H

#include <stddef.h>
#include <stdint.h>

#include "doc/doc.h"



typedef enum {
    JX_CH_HAN,      /* ideographs, kana and other characters set on the grid */
    JX_CH_LATIN,    /* letters, digits and ASCII signs: words that do not break */
    JX_CH_SPACE,
    JX_CH_OPEN,     /* （《“‘「『【〔〈［｛ */
    JX_CH_CLOSE,    /* ）》”’」』】〕〉］｝ */
    JX_CH_PAUSE,    /* 、，；： */
    JX_CH_STOP,     /* 。．！？ */
    JX_CH_MIDDLE,   /* · ・ */
    JX_CH_DASH,     /* — ⸺ */
    JX_CH_ELLIPSIS, /* … ⋯ */
    JX_CH_SOLIDUS,  /* ／ */
    JX_CH_PREFIX,   /* ≥ ≤ ＞ ＜ ± ￥: stay with the number after them */
    JX_CH_POSTFIX   /* ％ ‰ ℃ °: stay with the number before them */
} jx_char_class;

jx_char_class jx_char_class_of(uint32_t cp);
/* Full-width punctuation with a blank half that compression may remove. */
int jx_char_is_cjk_punct(jx_char_class c);
/* brk[i] != 0 when a line may break before cps[i] (brk[0] is 0). */
void jx_break_opportunities(const uint32_t *cps, size_t n, jx_kinsoku level, unsigned char *brk);
int jx_may_start_line(uint32_t cp, jx_kinsoku level);
int jx_may_end_line(uint32_t cp, jx_kinsoku level);

#endif
