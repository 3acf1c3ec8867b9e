/* UTF-8 decoding and validation; legacy Chinese encodings through iconv. */
#ifndef JX_UTF8_H
#define JX_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s[0..len); returns its byte length, or 0 when
 * the bytes there are not well-formed UTF-8 (overlongs and surrogates too). */
size_t jx_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);
/* Encodes cp into out; returns the byte length (1 to 4). */
size_t jx_utf8_encode(uint32_t cp, char out[4]);
/* Offset of the first ill-formed byte, or len when all of s is valid. */
size_t jx_utf8_check(const unsigned char *s, size_t len);
/* Code points in the first len bytes of well-formed UTF-8. */
size_t jx_utf8_count(const char *s, size_t len);
/* Levenshtein distance between two UTF-8 strings, in code points; past 64
 * code points or on ill-formed bytes JX_UTF8_FAR: only near words matter
 * (suggestions for a mistyped key or label). */
#define JX_UTF8_FAR 99
size_t jx_utf8_distance(const char *a, const char *b);
/* Terminal columns a string takes: 2 for East Asian wide characters. */
size_t jx_utf8_width(const char *s);
/* Converts GB18030 (a superset of GBK and GB2312) to UTF-8 into a malloc'd
 * buffer. Returns 0, or -1 if the bytes are not GB18030 either; *bad_offset
 * then gives the first byte that could not be decoded. */
int jx_gb18030_to_utf8(const unsigned char *in, size_t len, unsigned char **out,
                       size_t *out_len, size_t *bad_offset);

#endif
