#include "base/decimal.h"

#include <stdio.h>
#include <string.h>

typedef jx_i128 i128;

static const int64_t POW10[19] = {1LL,
                                  10LL,
                                  100LL,
                                  1000LL,
                                  10000LL,
                                  100000LL,
                                  1000000LL,
                                  10000000LL,
                                  100000000LL,
                                  1000000000LL,
                                  10000000000LL,
                                  100000000000LL,
                                  1000000000000LL,
                                  10000000000000LL,
                                  100000000000000LL,
                                  1000000000000000LL,
                                  10000000000000000LL,
                                  100000000000000000LL,
                                  1000000000000000000LL};

int jx_dec_parse(const char *t, size_t len, jx_dec *out) {
    size_t i = 0;
    int neg = 0;
    if (i < len && t[i] == '-') neg = 1, i++;
    char digits[64];
    size_t nd = 0;
    int frac = 0, seen_digit = 0;
    for (; i < len && t[i] >= '0' && t[i] <= '9'; i++) {
        seen_digit = 1;
        if (nd == 0 && t[i] == '0') continue; /* leading zeros carry nothing */
        if (nd == sizeof digits) return JX_DEC_RANGE;
        digits[nd++] = t[i];
    }
    if (i < len && t[i] == '.') {
        for (i++; i < len && t[i] >= '0' && t[i] <= '9'; i++) {
            seen_digit = 1;
            if (nd == 0 && t[i] == '0') {
                frac++;
                continue;
            }
            if (nd == sizeof digits) return JX_DEC_PRECISION;
            digits[nd++] = t[i];
            frac++;
        }
    }
    if (!seen_digit) return JX_DEC_SYNTAX;
    long exp = 0;
    if (i < len && (t[i] == 'e' || t[i] == 'E')) {
        int eneg = 0;
        i++;
        if (i < len && (t[i] == '+' || t[i] == '-')) eneg = t[i++] == '-';
        if (i >= len) return JX_DEC_SYNTAX;
        for (; i < len && t[i] >= '0' && t[i] <= '9'; i++) {
            if (exp > 100000) return JX_DEC_RANGE;
            exp = exp * 10 + (t[i] - '0');
        }
        if (eneg) exp = -exp;
    }
    if (i != len) return JX_DEC_SYNTAX;
    /* value = digits * 10^(exp - frac) */
    long scale = (long)frac - exp;
    while (scale > 0 && nd > 0 && digits[nd - 1] == '0' && scale > JX_DEC_MAX_SCALE) nd--, scale--;
    if (nd == 0) {
        *out = (jx_dec){0, scale > 0 && scale <= JX_DEC_MAX_SCALE ? (int)scale : 0};
        return JX_DEC_OK;
    }
    if (scale > JX_DEC_MAX_SCALE) return JX_DEC_PRECISION;
    long magnitude = (long)nd - scale; /* digits before the point */
    if (magnitude > JX_DEC_MAX_DIGITS) return JX_DEC_RANGE;
    if (nd > JX_DEC_MAX_SIGNIFICANT) return JX_DEC_SIGNIFICANT;
    int64_t m = 0;
    for (size_t k = 0; k < nd; k++) m = m * 10 + (digits[k] - '0');
    if (scale < 0) {
        m *= POW10[-scale]; /* magnitude <= 15 keeps this within int64 */
        scale = 0;
    }
    out->m = neg ? -m : m;
    out->s = (int)scale;
    return JX_DEC_OK;
}

void jx_dec_error(int code, const char *text, size_t len, char *out, size_t size) {
    if (code == JX_DEC_PRECISION)
        snprintf(out, size, "number %.*s has more than %d decimals", (int)len, text, JX_DEC_MAX_SCALE);
    else if (code == JX_DEC_SIGNIFICANT)
        snprintf(out, size, "number %.*s has more than %d significant digits, more than can be computed exactly", (int)len,
                 text, JX_DEC_MAX_SIGNIFICANT);
    else if (code == JX_DEC_RANGE)
        snprintf(out, size, "number %.*s is out of range (at most %d digits before the point)", (int)len, text,
                 JX_DEC_MAX_DIGITS);
    else
        snprintf(out, size, "%.*s is not a number", (int)len, text);
}

void jx_dec_format(jx_dec v, char *out, size_t size) {
    jx_units_format(v.m, v.s, out, size);
}

void jx_units_format(int64_t units, int decimals, char *out, size_t size) {
    uint64_t a = units < 0 ? (uint64_t)0 - (uint64_t)units : (uint64_t)units;
    const char *sign = units < 0 ? "-" : "";
    if (decimals <= 0) {
        snprintf(out, size, "%s%llu", sign, (unsigned long long)a);
        return;
    }
    if (decimals > 18) decimals = 18;
    uint64_t p = (uint64_t)POW10[decimals];
    char frac[24];
    uint64_t f = a % p;
    for (int i = decimals - 1; i >= 0; i--, f /= 10) frac[i] = (char)('0' + f % 10);
    frac[decimals] = '\0';
    snprintf(out, size, "%s%llu.%s", sign, (unsigned long long)(a / p), frac);
}

static i128 abs128(i128 v) { return v < 0 ? -v : v; }

static i128 gcd128(i128 a, i128 b) {
    a = abs128(a);
    b = abs128(b);
    while (b) {
        i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static jx_q make(i128 n, i128 d, int bad) {
    jx_q q = {0, 1, bad};
    if (bad || d == 0) {
        q.bad = 1;
        return q;
    }
    if (d < 0) n = -n, d = -d;
    i128 g = gcd128(n, d);
    if (g > 1) n /= g, d /= g;
    q.n = n;
    q.d = d;
    return q;
}

jx_q jx_q_dec(jx_dec v) { return make(v.m, POW10[v.s], 0); }
jx_q jx_q_int(int64_t v) { return make(v, 1, 0); }
jx_q jx_q_units(int64_t units, int decimals) { return make(units, POW10[decimals], 0); }

jx_q jx_q_mul(jx_q a, jx_q b) {
    if (a.bad || b.bad) return make(0, 1, 1);
    /* cross-reduce first so that intermediate products stay small */
    i128 g1 = gcd128(a.n, b.d), g2 = gcd128(b.n, a.d);
    if (g1 == 0) g1 = 1;
    if (g2 == 0) g2 = 1;
    i128 n, d;
    int ovf = __builtin_mul_overflow(a.n / g1, b.n / g2, &n);
    ovf |= __builtin_mul_overflow(a.d / g2, b.d / g1, &d);
    return make(n, d, ovf);
}

jx_q jx_q_div(jx_q a, jx_q b) {
    if (b.n == 0) return make(0, 1, 1);
    return jx_q_mul(a, make(b.d, b.n, b.bad));
}

jx_q jx_q_add(jx_q a, jx_q b) {
    if (a.bad || b.bad) return make(0, 1, 1);
    i128 g = gcd128(a.d, b.d), x, y, n, d;
    int ovf = __builtin_mul_overflow(a.n, b.d / g, &x);
    ovf |= __builtin_mul_overflow(b.n, a.d / g, &y);
    ovf |= __builtin_add_overflow(x, y, &n);
    ovf |= __builtin_mul_overflow(a.d / g, b.d, &d);
    return make(n, d, ovf);
}

jx_q jx_q_sub(jx_q a, jx_q b) {
    b.n = -b.n;
    return jx_q_add(a, b);
}

int jx_q_sign(jx_q a) { return a.n > 0 ? 1 : a.n < 0 ? -1 : 0; }

static i128 floor_div(i128 n, i128 d) {
    i128 q = n / d;
    if ((n % d != 0) && ((n < 0) != (d < 0))) q--;
    return q;
}

/* Continued-fraction comparison: never multiplies, so it cannot overflow. */
int jx_q_cmp(jx_q a, jx_q b) {
    int sign = 1;
    for (;;) {
        i128 qa = floor_div(a.n, a.d), qb = floor_div(b.n, b.d);
        if (qa != qb) return qa < qb ? -sign : sign;
        i128 ra = a.n - qa * a.d, rb = b.n - qb * b.d;
        if (ra == 0 || rb == 0) {
            if (ra == rb) return 0;
            return ra == 0 ? -sign : sign;
        }
        /* ra/a.d < rb/b.d exactly when a.d/ra > b.d/rb */
        jx_q na = {a.d, ra, 0}, nb = {b.d, rb, 0};
        a = na;
        b = nb;
        sign = -sign;
    }
}

jx_q jx_q_min(jx_q a, jx_q b) { return jx_q_cmp(a, b) <= 0 ? a : b; }
jx_q jx_q_max(jx_q a, jx_q b) { return jx_q_cmp(a, b) >= 0 ? a : b; }
jx_q jx_q_clamp(jx_q v, jx_q lo, jx_q hi) { return jx_q_min(jx_q_max(v, lo), hi); }

int jx_q_round(jx_q v, int decimals, int64_t *units) {
    if (v.bad) return -1;
    i128 a = abs128(v.n), scaled, num, r;
    if (__builtin_mul_overflow(a, (i128)POW10[decimals], &scaled)) return -1;
    if (__builtin_mul_overflow(scaled, (i128)2, &num)) return -1;
    if (__builtin_add_overflow(num, v.d, &num)) return -1;
    r = num / (2 * v.d);
    if (r > INT64_MAX) return -1;
    *units = (int64_t)(v.n < 0 ? -r : r);
    return 0;
}

int jx_q_ceil(jx_q v, int64_t *out) {
    if (v.bad) return -1;
    i128 f = floor_div(v.n, v.d);
    if (f * v.d != v.n) f++;
    if (f > INT64_MAX || f < INT64_MIN) return -1;
    *out = (int64_t)f;
    return 0;
}

void jx_q_format(jx_q v, int max_frac, char *out, size_t size) {
    if (v.bad) {
        snprintf(out, size, "?");
        return;
    }
    i128 a = abs128(v.n);
    i128 ip = a / v.d, rem = a % v.d;
    char frac[64];
    int nf = 0;
    while (rem && nf < max_frac && nf < (int)sizeof frac - 1) {
        rem *= 10;
        frac[nf++] = (char)('0' + (int)(rem / v.d));
        rem %= v.d;
    }
    frac[nf] = '\0';
    char ibuf[48];
    int ni = 0;
    do {
        ibuf[ni++] = (char)('0' + (int)(ip % 10));
        ip /= 10;
    } while (ip && ni < (int)sizeof ibuf);
    char ints[48];
    for (int k = 0; k < ni; k++) ints[k] = ibuf[ni - 1 - k];
    ints[ni] = '\0';
    snprintf(out, size, "%s%s%s%s%s", v.n < 0 ? "-" : "", ints, nf ? "." : "", frac,
             rem ? "…" : "");
}
