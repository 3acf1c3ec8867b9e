#include "doc/numbers.h"

#include <stdio.h>
#include <string.h>

#include "base/utf8.h"

static void chinese_number(int n, char *out, size_t size) {
    static const char *const digit[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n <= 10)
        snprintf(out, size, "%s", n == 10 ? "十" : digit[n]);
    else if (n < 20)
        snprintf(out, size, "十%s", digit[n % 10]);
    else
        snprintf(out, size, "%s十%s", digit[(n / 10) % 10], digit[n % 10]);
}

void jx_heading_number(int counters[4], int level, char *out, size_t size) {
    counters[level - 1]++;
    for (int k = level; k < 4; k++) counters[k] = 0;
    int n = counters[level - 1];
    char cn[32];
    chinese_number(n, cn, sizeof cn);
    switch (level) {
    case 1: snprintf(out, size, "%s、", cn); break;
    case 2: snprintf(out, size, "（%s）", cn); break;
    case 3: snprintf(out, size, "%d.", n); break;
    default: snprintf(out, size, "（%d）", n); break;
    }
}

void jx_toc_title(const jx_document *doc, const jx_block *h, char *out, size_t size) {
    snprintf(out, size, "%s", h->text ? h->text : "");
    size_t n = strlen(out);
    static const char STOP[] = "。";
    size_t k = sizeof STOP - 1;
    if (n >= k && strcmp(out + n - k, STOP) == 0) out[n -= k] = '\0';
    const jx_block *next = h + 1;
    if (!h->unnumbered || next >= doc->blocks + doc->nblocks || next->type != JX_BLOCK_TITLE || !next->text) return;
    n += (size_t)snprintf(out + n, n < size ? size - n : 0, "　");
    for (const char *p = next->text; *p && n + 1 < size; p++)
        if (*p != '\n') out[n++] = *p;
    if (n < size) out[n] = '\0';
}

size_t jx_label_chars(const char *line, size_t len) {
    const char *colon = strstr(line, "：");
    if (!colon || (size_t)(colon - line) >= len) return 0;
    return jx_utf8_count(line, (size_t)(colon - line)) + 1;
}
