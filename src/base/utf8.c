#include "base/utf8.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

size_t jx_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp) {
    if (len == 0) return 0;
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t n;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (len < n) return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return n;
}

size_t jx_utf8_check(const unsigned char *s, size_t len) {
    size_t i = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = jx_utf8_decode(s + i, len - i, &cp);
        if (n == 0) return i;
        i += n;
    }
    return len;
}

static int is_wide(uint32_t cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
           (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) ||
           cp == 0x2014 || cp == 0x2026 || cp == 0x201C || cp == 0x201D || cp == 0x2018 ||
           cp == 0x2019 || cp == 0x2264 || cp == 0x2265;
}

size_t jx_utf8_width(const char *str) {
    const unsigned char *s = (const unsigned char *)str;
    size_t len = strlen(str), i = 0, w = 0;
    while (i < len) {
        uint32_t cp;
        size_t n = jx_utf8_decode(s + i, len - i, &cp);
        if (n == 0) {
            n = 1;
            cp = '?';
        }
        w += is_wide(cp) ? 2 : 1;
        i += n;
    }
    return w;
}

int jx_gb18030_to_utf8(const unsigned char *in, size_t len, unsigned char **out,
                       size_t *out_len, size_t *bad_offset) {
    *out = NULL;
    *out_len = 0;
    *bad_offset = 0;
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == (iconv_t)-1) return -1;
    size_t cap = len * 2 + 16; /* GB18030 never expands beyond 2x in UTF-8 */
    unsigned char *buf = malloc(cap);
    if (!buf) {
        iconv_close(cd);
        return -1;
    }
    char *src = (char *)in, *dst = (char *)buf;
    size_t src_left = len, dst_left = cap;
    size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
    int failed = rc == (size_t)-1;
    if (!failed) failed = iconv(cd, NULL, NULL, &dst, &dst_left) == (size_t)-1;
    iconv_close(cd);
    if (failed) {
        *bad_offset = (size_t)(src - (char *)in);
        free(buf);
        return -1;
    }
    *out = buf;
    *out_len = cap - dst_left;
    return 0;
}

size_t jx_utf8_encode(uint32_t c, char out[4]) {
    if (c < 0x80) return out[0] = (char)c, 1;
    if (c < 0x800) return out[0] = (char)(0xC0 | c >> 6), out[1] = (char)(0x80 | (c & 0x3F)), 2;
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | c >> 12), out[1] = (char)(0x80 | ((c >> 6) & 0x3F)), out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | c >> 18), out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F)), out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

size_t jx_utf8_count(const char *s, size_t len) {
    size_t n = 0;
    for (size_t i = 0; i < len; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* The code points of s into cps[0..64); 0 past 64 or on ill-formed bytes. */
static int code_points(const char *s, uint32_t cps[64], size_t *n) {
    size_t len = strlen(s);
    *n = 0;
    for (size_t i = 0, k; i < len; i += k) {
        if (*n == 64 || !(k = jx_utf8_decode((const unsigned char *)s + i, len - i, &cps[*n]))) return 0;
        (*n)++;
    }
    return 1;
}

size_t jx_utf8_distance(const char *a, const char *b) {
    uint32_t x[64], y[64];
    size_t n, m, row[65];
    if (!code_points(a, x, &n) || !code_points(b, y, &m)) return JX_UTF8_FAR;
    for (size_t j = 0; j <= m; j++) row[j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t up = row[j], best = diag + (x[i - 1] != y[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            diag = up;
            row[j] = best;
        }
    }
    return row[m];
}
