/* Exact decimal numbers and rationals. No binary floating point is used on
 * the way from the input text to a printed score. */
#ifndef JX_DECIMAL_H
#define JX_DECIMAL_H

#include <stddef.h>
#include <stdint.h>

#include "base/limits.h"

/* Inputs are amounts in 万元, weights, counts and percentages: 15 digits
 * before the point and 6 after, 18 in all (base/limits.h), cover every
 * published figure (the largest seen is 122241483.61 元) in a 64-bit
 * mantissa, and keep products of three inputs inside 128 bits. */

typedef struct jx_dec {
    int64_t m; /* value = m * 10^-s */
    int s;     /* decimals as written, 0..JX_DEC_MAX_SCALE */
} jx_dec;

enum { JX_DEC_OK = 0, JX_DEC_SYNTAX, JX_DEC_RANGE, JX_DEC_PRECISION, JX_DEC_SIGNIFICANT };

/* What a code other than JX_DEC_OK means, for a message about `text`. */
void jx_dec_error(int code, const char *text, size_t len, char *out, size_t size);

/* Parses JSON number text (sign, digits, fraction, exponent). */
int jx_dec_parse(const char *text, size_t len, jx_dec *out);
/* The number as it is written in a document: "9.85", "-10504.26". */
void jx_dec_format(jx_dec d, char *out, size_t size);

/* A rational n/d with d > 0; `bad` is sticky and set by overflow or by a
 * division by zero, so a formula can be written in one expression and
 * checked once. */
__extension__ typedef __int128 jx_i128;

typedef struct jx_q {
    jx_i128 n, d;
    int bad;
} jx_q;

jx_q jx_q_dec(jx_dec v);
jx_q jx_q_int(int64_t v);
jx_q jx_q_units(int64_t units, int decimals); /* units * 10^-decimals */
jx_q jx_q_add(jx_q a, jx_q b);
jx_q jx_q_sub(jx_q a, jx_q b);
jx_q jx_q_mul(jx_q a, jx_q b);
jx_q jx_q_div(jx_q a, jx_q b);
int jx_q_cmp(jx_q a, jx_q b); /* -1, 0, 1 */
int jx_q_sign(jx_q a);
jx_q jx_q_min(jx_q a, jx_q b);
jx_q jx_q_max(jx_q a, jx_q b);
jx_q jx_q_clamp(jx_q v, jx_q lo, jx_q hi);
/* Round half away from zero to 10^-decimals; 0, or -1 on overflow. */
int jx_q_round(jx_q v, int decimals, int64_t *units);
/* Smallest integer >= v; 0, or -1 on overflow. */
int jx_q_ceil(jx_q v, int64_t *out);
/* Exact decimal text when it ends within max_frac digits, else the first
 * max_frac digits followed by "…". */
void jx_q_format(jx_q v, int max_frac, char *out, size_t size);
/* units * 10^-decimals as fixed-point text: (985, 2) -> "9.85". */
void jx_units_format(int64_t units, int decimals, char *out, size_t size);

#endif
