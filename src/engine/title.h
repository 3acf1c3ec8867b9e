/* Titles broken between words, balanced. */
#ifndef JX_ENGINE_TITLE_H
#define JX_ENGINE_TITLE_H

#include "engine/setter.h"

/* Sets a centred title that is too long for one line and holds no line
 * break of its own over balanced lines broken between words. 0 when set,
 * 1 when the caller sets it as a paragraph (it fits, or no word boundary
 * serves), -1 on an error. */
int ts_set_title(setter *S, const char *text, jx_role role, double size, int bold, jx_pos pos);

/* Sets a paragraph too long for its line whose later lines hang under the
 * text after its first "：", broken between words; 0, 1 (set it as a
 * paragraph) or -1, as ts_set_title. */
int ts_set_field(setter *S, const char *text, size_t len, jx_role role, double size, int bold, double indent, jx_pos pos);

#endif
