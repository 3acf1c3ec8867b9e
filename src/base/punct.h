/* Half-width punctuation typed between Chinese characters ("依据充分,绩效
 * 目标", "枣财预指(2022)1号") set full-width as Chinese text is printed. */
#ifndef JX_BASE_PUNCT_H
#define JX_BASE_PUNCT_H

#include <stddef.h>

#include "base/buf.h"

/* Appends text to out with , ; : ? ! ( ) beside Chinese characters made
 * ， ； ： ？ ！ （ ）, the spaces around such a comma dropped. Returns how
 * many marks changed; the first one's surroundings, as typed, into where. */
size_t jx_full_width_punct(const char *text, jx_buf *out, char *where, size_t where_size);

#endif
