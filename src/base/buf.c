#include "base/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jx_buf_init(jx_buf *b, size_t limit) {
    memset(b, 0, sizeof *b);
    b->limit = limit;
}

void jx_buf_free(jx_buf *b) {
    if (!b) return;
    free(b->data);
    memset(b, 0, sizeof *b);
}

static int reserve(jx_buf *b, size_t extra) {
    if (b->failed) return 0;
    if (extra > b->limit || b->len + extra + 1 > b->limit) {
        b->failed = JX_BUF_TOO_LONG;
        return 0;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need) cap = cap > b->limit / 2 ? b->limit : cap * 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return 0;
    }
    b->data = p;
    b->cap = cap;
    return 1;
}

void jx_buf_put(jx_buf *b, const char *s, size_t n) {
    if (!reserve(b, n)) return;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void jx_buf_puts(jx_buf *b, const char *s) { jx_buf_put(b, s, strlen(s)); }

void jx_buf_putc(jx_buf *b, char c) { jx_buf_put(b, &c, 1); }

void jx_buf_printf(jx_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !reserve(b, (size_t)n)) {
        b->failed = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void jx_buf_json_string(jx_buf *b, const char *s) {
    jx_buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': jx_buf_puts(b, "\\\""); break;
        case '\\': jx_buf_puts(b, "\\\\"); break;
        case '\n': jx_buf_puts(b, "\\n"); break;
        case '\t': jx_buf_puts(b, "\\t"); break;
        case '\r': jx_buf_puts(b, "\\r"); break;
        default:
            if (*p < 0x20)
                jx_buf_printf(b, "\\u%04x", *p);
            else
                jx_buf_putc(b, (char)*p);
        }
    }
    jx_buf_putc(b, '"');
}

void jx_buf_file_name(jx_buf *b, const char *name) {
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        if (*p < 0x20 || *p == 0x7F) {
            jx_buf_json_string(b, name);
            return;
        }
    jx_buf_puts(b, name);
}

char *jx_buf_take(jx_buf *b) {
    if (b->failed) {
        jx_buf_free(b);
        return NULL;
    }
    if (!b->data) jx_buf_put(b, "", 0);
    if (b->failed) return NULL;
    char *p = b->data;
    memset(b, 0, sizeof *b);
    return p;
}

int jx_buf_read(jx_buf *b, FILE *f) {
    char chunk[65536];
    for (size_t n; (n = fread(chunk, 1, sizeof chunk, f)) > 0;) jx_buf_put(b, chunk, n);
    if (ferror(f)) b->failed = 1;
    return b->failed ? -1 : 0;
}

void jx_buf_markup(jx_buf *b, const char *s, size_t n) {
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c == '&') jx_buf_puts(b, "&amp;");
        else if (c == '<') jx_buf_puts(b, "&lt;");
        else if (c == '>') jx_buf_puts(b, "&gt;");
        else if (c == '"') jx_buf_puts(b, "&quot;");
        else if (c == 0xEF && k + 2 < n && (unsigned char)s[k + 1] == 0xBF && ((unsigned char)s[k + 2] & 0xFE) == 0xBE)
            k += 2;
        else if (c == 0xC2 && k + 1 < n && (unsigned char)s[k + 1] < 0xA0)
            k += 1; /* C1 controls */
        else if ((c >= 0x20 && c != 0x7F) || c == '\t') jx_buf_putc(b, (char)c);
    }
}
