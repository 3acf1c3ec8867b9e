#include "base/punct.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/utf8.h"

static int chinese(uint32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

static int alnum(uint32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* The code point before i (skipping spaces), 0 at the start. */
static uint32_t before(const char *t, size_t i) {
    while (i > 0 && t[i - 1] == ' ') i--;
    if (i == 0) return 0;
    size_t k = i - 1;
    while (k > 0 && ((unsigned char)t[k] & 0xC0) == 0x80) k--;
    uint32_t c = 0;
    return jx_utf8_decode((const unsigned char *)t + k, i - k, &c) ? c : 0;
}

/* The code point after the character at i (skipping spaces), 0 at the end. */
static uint32_t after(const char *t, size_t i, size_t n) {
    i++;
    while (i < n && t[i] == ' ') i++;
    uint32_t c = 0;
    return i < n && jx_utf8_decode((const unsigned char *)t + i, n - i, &c) ? c : 0;
}

/* "(1)" followed by Chinese: list numbering, set （1）. */
static int numbering(const char *t, size_t i, size_t n) {
    size_t k = i + 1;
    while (k < n && t[k] >= '0' && t[k] <= '9') k++;
    return k > i + 1 && k < n && t[k] == ')' && chinese(after(t, k, n));
}

size_t jx_full_width_punct(const char *t, jx_buf *out, char *where, size_t where_size) {
    static const char HALF[] = ",;:?!";
    static const char *const FULL[] = {"，", "；", "：", "？", "！"};
    size_t n = strlen(t), changed = 0;
    int open[16] = {0}, depth = 0, drop_spaces = 0;
    if (where_size) where[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        const char *full = NULL;
        uint32_t prev = before(t, i), next = after(t, i, n);
        const char *mark = strchr(HALF, c);
        if (c && mark && (chinese(prev) || (chinese(next) && !alnum(prev) && prev)))
            full = FULL[mark - HALF];
        else if (c == '(') {
            int convert = chinese(prev) || chinese(next) || numbering(t, i, n);
            if (depth < 16) open[depth] = convert;
            depth++;
            if (convert) full = "（";
        } else if (c == ')') {
            int convert = depth > 0 && depth <= 16 ? open[depth - 1] : chinese(prev);
            if (depth > 0) depth--;
            if (convert) full = "）";
        }
        if (c == ' ' && drop_spaces) continue;
        drop_spaces = 0;
        if (!full) {
            jx_buf_putc(out, c);
            continue;
        }
        if (!changed && where_size) {
            size_t from = i > 9 ? i - 9 : 0, to = i + 10 < n ? i + 10 : n;
            while (from > 0 && ((unsigned char)t[from] & 0xC0) == 0x80) from--;
            while (to < n && ((unsigned char)t[to] & 0xC0) == 0x80) to++;
            snprintf(where, where_size, "%.*s", (int)(to - from), t + from);
        }
        changed++;
        if (c != '(') /* the spaces before a mark go, and those after it */
            while (out->len > 0 && out->data[out->len - 1] == ' ') out->len--;
        drop_spaces = c != '(';
        jx_buf_puts(out, full);
    }
    return changed;
}
