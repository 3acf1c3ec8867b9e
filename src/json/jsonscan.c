#include "json/jsonscan.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"

enum state {
    EXPECT_VALUE,
    EXPECT_VALUE_OR_CLOSE, /* just after '[' */
    EXPECT_KEY_OR_CLOSE,   /* just after '{' */
    EXPECT_KEY,            /* after ',' in an object */
    EXPECT_COLON,
    EXPECT_COMMA_OR_CLOSE,
    DONE
};

enum { IN_OBJECT = 1, IN_ARRAY = 2 };

static int fail(jx_jscan *s, size_t offset, const char *msg) {
    s->err_offset = offset;
    snprintf(s->err, sizeof s->err, "%s", msg);
    return -1;
}

static int push_value(jx_jscan *s, size_t offset, size_t key_offset) {
    if (s->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        jx_jvalue *v = realloc(s->values, cap * sizeof *v);
        if (!v) return -2;
        s->values = v;
        s->cap = cap;
    }
    s->values[s->count++] = (jx_jvalue){offset, 0, key_offset, 0, 0, 0, 0};
    return 0;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static long read_u4(const char *p, size_t left) {
    if (left < 4) return -1;
    long v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(p[i]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

/* On success *end is one past the closing quote. */
static int scan_string(jx_jscan *s, size_t start, size_t *end) {
    const char *t = s->text;
    size_t i = start + 1;
    while (i < s->len) {
        unsigned char c = (unsigned char)t[i];
        if (c == '"') {
            *end = i + 1;
            return 0;
        }
        if (c == '\n') return fail(s, start, "unterminated string: a line break before the closing quote");
        if (c < 0x20) return fail(s, i, "control character in string (write it as an escape)");
        if (c != '\\') {
            i++;
            continue;
        }
        if (i + 1 >= s->len) break;
        char e = t[i + 1];
        if (strchr("\"\\/bfnrt", e)) {
            i += 2;
            continue;
        }
        if (e != 'u') return fail(s, i, "invalid escape sequence in string");
        long u = read_u4(t + i + 2, s->len - i - 2);
        if (u < 0) return fail(s, i, "invalid \\u escape: four hex digits expected");
        if (u >= 0xDC00 && u <= 0xDFFF) return fail(s, i, "unpaired surrogate in \\u escape");
        if (u >= 0xD800 && u <= 0xDBFF) {
            long lo = (i + 7 < s->len && t[i + 6] == '\\' && t[i + 7] == 'u')
                          ? read_u4(t + i + 8, s->len - i - 8)
                          : -1;
            if (lo < 0xDC00 || lo > 0xDFFF) return fail(s, i, "unpaired surrogate in \\u escape");
            i += 6;
        }
        i += 6;
    }
    return fail(s, start, "unterminated string");
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int scan_number(jx_jscan *s, size_t start, size_t *end) {
    const char *t = s->text;
    size_t i = start, n = s->len;
    if (t[i] == '-') i++;
    if (i >= n || !is_digit(t[i])) return fail(s, start, "invalid number");
    if (t[i] == '0') {
        i++;
        if (i < n && is_digit(t[i])) return fail(s, start, "invalid number: leading zero");
    } else {
        while (i < n && is_digit(t[i])) i++;
    }
    if (i < n && t[i] == '.') {
        i++;
        if (i >= n || !is_digit(t[i])) return fail(s, start, "invalid number: digit expected after '.'");
        while (i < n && is_digit(t[i])) i++;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
        i++;
        if (i < n && (t[i] == '+' || t[i] == '-')) i++;
        if (i >= n || !is_digit(t[i])) return fail(s, start, "invalid number: exponent expected");
        while (i < n && is_digit(t[i])) i++;
    }
    *end = i;
    return 0;
}

static int scan_literal(jx_jscan *s, size_t start, size_t *end) {
    static const char *const words[] = {"true", "false", "null"};
    for (size_t k = 0; k < 3; k++) {
        size_t wl = strlen(words[k]);
        if (s->len - start >= wl && memcmp(s->text + start, words[k], wl) == 0) {
            *end = start + wl;
            return 0;
        }
    }
    return fail(s, start, "expected a value (object, array, string, number, true, false or null)");
}

static int index_lines(jx_jscan *s) {
    size_t n = 1;
    for (size_t i = 0; i < s->len; i++) n += s->text[i] == '\n';
    s->line_starts = malloc(n * sizeof *s->line_starts);
    if (!s->line_starts) return -2;
    s->line_starts[0] = 0;
    s->nlines = 1;
    for (size_t i = 0; i < s->len; i++)
        if (s->text[i] == '\n') s->line_starts[s->nlines++] = i + 1;
    return 0;
}

/* Scans a scalar (string, number, literal) that starts at i. */
static int scan_scalar(jx_jscan *s, size_t i, size_t *end) {
    char c = s->text[i];
    if (c == '"') return scan_string(s, i, end);
    if (c == '-' || is_digit(c)) return scan_number(s, i, end);
    return scan_literal(s, i, end);
}

/* Every value's line and column, and its name's, in one walk of the text:
 * a name lies between the previous value's start and its own value, so the
 * offsets come in order. A one-line file of a million values costs one
 * pass, not one rescan of its line per lookup. */
static void locate_values(jx_jscan *s) {
    const unsigned char *t = (const unsigned char *)s->text;
    size_t at = 0;
    int line = 1, col = 1;
    for (size_t v = 0; v < s->count; v++) {
        for (int pass = 0; pass < 2; pass++) {
            size_t target = pass == 0 ? s->values[v].key_offset : s->values[v].offset;
            if (target == (size_t)-1) continue;
            while (at < target && at < s->len) {
                if (t[at] == '\n') {
                    line++, col = 1, at++;
                    continue;
                }
                uint32_t cp;
                size_t n = jx_utf8_decode(t + at, s->len - at, &cp);
                at += n ? n : 1;
                col++;
            }
            if (pass == 0)
                s->values[v].key_line = line, s->values[v].key_col = col;
            else
                s->values[v].line = line, s->values[v].col = col;
        }
    }
}

static int scan(jx_jscan *s, const char *text, size_t len);

int jx_jscan_run(jx_jscan *s, const char *text, size_t len) {
    int rc = scan(s, text, len);
    if (rc == 0) locate_values(s);
    return rc;
}

static int scan(jx_jscan *s, const char *text, size_t len) {
    memset(s, 0, sizeof *s);
    s->text = text;
    s->len = len;
    if (index_lines(s)) return -2;
    unsigned char stack[JX_MAX_DEPTH + 1];
    int depth = 0;
    enum state st = EXPECT_VALUE;
    size_t key_offset = (size_t)-1, i = 0;
    int after_comma = 0;
    for (;;) {
        while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
            i++;
        if (i >= len) {
            if (st == DONE) return 0;
            return fail(s, len, s->count ? "unexpected end of input" : "empty input: a JSON object was expected");
        }
        char c = text[i];
        if (st == DONE) return fail(s, i, "unexpected content after the end of the document");
        if (st == EXPECT_COLON) {
            if (c != ':') return fail(s, i, "expected ':' after the member name");
            st = EXPECT_VALUE;
            i++;
            continue;
        }
        if (st == EXPECT_KEY_OR_CLOSE || st == EXPECT_KEY) {
            if (c == '}' && st == EXPECT_KEY) return fail(s, i, "trailing comma before '}'");
            if (c == '}') goto close;
            if (c != '"') return fail(s, i, "expected a member name in double quotes");
            size_t end;
            if (scan_string(s, i, &end)) return -1;
            key_offset = i;
            i = end;
            st = EXPECT_COLON;
            continue;
        }
        if (st == EXPECT_COMMA_OR_CLOSE) {
            int obj = stack[depth] == IN_OBJECT;
            if (c == ',') {
                st = obj ? EXPECT_KEY : EXPECT_VALUE;
                after_comma = 1;
                i++;
                continue;
            }
            if (c == (obj ? '}' : ']')) goto close;
            return fail(s, i, obj ? "expected ',' or '}' after an object member"
                                  : "expected ',' or ']' after an array element");
        }
        if (c == ']' && st == EXPECT_VALUE_OR_CLOSE) goto close;
        if (c == ']' && after_comma) return fail(s, i, "trailing comma before ']'");
        {
            int rc = push_value(s, i, key_offset);
            if (rc) return rc;
        }
        key_offset = (size_t)-1;
        after_comma = 0;
        if (c == '{' || c == '[') {
            if (depth == JX_MAX_DEPTH) return fail(s, i, "nesting deeper than 64 levels");
            stack[++depth] = c == '{' ? IN_OBJECT : IN_ARRAY;
            st = c == '{' ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
            i++;
            continue;
        }
        {
            size_t end;
            if (scan_scalar(s, i, &end)) return -1;
            s->values[s->count - 1].len = end - i;
            i = end;
        }
        st = depth ? EXPECT_COMMA_OR_CLOSE : DONE;
        continue;
    close:
        depth--;
        i++;
        after_comma = 0;
        st = depth ? EXPECT_COMMA_OR_CLOSE : DONE;
    }
}

void jx_jscan_free(jx_jscan *s) {
    if (!s) return;
    free(s->values);
    free(s->line_starts);
    memset(s, 0, sizeof *s);
}

void jx_jscan_position(jx_jscan *s, size_t offset, int *line, int *col) {
    size_t lo = 0, hi = s->nlines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (s->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    size_t start = s->line_starts[lo], chars = 0;
    if (s->cursor_line == (int)lo + 1 && s->cursor_offset <= offset) {
        start = s->cursor_offset;
        chars = (size_t)s->cursor_col - 1;
    }
    const unsigned char *t = (const unsigned char *)s->text;
    for (size_t i = start; i < offset && i < s->len;) {
        uint32_t cp;
        size_t n = jx_utf8_decode(t + i, s->len - i, &cp);
        i += n ? n : 1;
        chars++;
    }
    *line = (int)lo + 1;
    *col = (int)chars + 1;
    s->cursor_offset = offset;
    s->cursor_line = *line;
    s->cursor_col = *col;
}
