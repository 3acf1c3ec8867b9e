#include "engine/linebreak.h"

static int in_list(uint32_t cp, const uint32_t *list) {
    for (; *list; list++)
        if (*list == cp) return 1;
    return 0;
}

static const uint32_t OPEN[] = {0xFF08, 0x300A, 0x201C, 0x2018, 0x300C, 0x300E, 0x3010, 0x3014, 0x3008,
                                0xFF3B, 0xFF5B, 0x3016, 0};
static const uint32_t CLOSE[] = {0xFF09, 0x300B, 0x201D, 0x2019, 0x300D, 0x300F, 0x3011, 0x3015, 0x3009,
                                 0xFF3D, 0xFF5D, 0x3017, 0};
static const uint32_t PAUSE[] = {0x3001, 0xFF0C, 0xFF1B, 0xFF1A, 0};
static const uint32_t STOP[] = {0x3002, 0xFF0E, 0xFF01, 0xFF1F, 0};
static const uint32_t PREFIX[] = {0x2265, 0x2264, 0xFF1E, 0xFF1C, 0x00B1, 0xFFE5, 0x00A5, 0x2248, 0};
static const uint32_t POSTFIX[] = {0xFF05, 0x2030, 0x2103, 0x00B0, 0};

jx_char_class jx_char_class_of(uint32_t cp) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x3000) return JX_CH_SPACE;
    if (cp < 0x80) return JX_CH_LATIN;
    /* most characters of a document: no list below holds an ideograph */
    if (cp >= 0x3400 && cp <= 0x9FFF) return JX_CH_HAN;
    if (in_list(cp, OPEN)) return JX_CH_OPEN;
    if (in_list(cp, CLOSE)) return JX_CH_CLOSE;
    if (in_list(cp, PAUSE)) return JX_CH_PAUSE;
    if (in_list(cp, STOP)) return JX_CH_STOP;
    if (cp == 0x00B7 || cp == 0x30FB) return JX_CH_MIDDLE;
    if (cp == 0x2014 || cp == 0x2E3A) return JX_CH_DASH;
    if (cp == 0x2026 || cp == 0x22EF) return JX_CH_ELLIPSIS;
    if (cp == 0xFF0F) return JX_CH_SOLIDUS;
    if (in_list(cp, PREFIX)) return JX_CH_PREFIX;
    if (in_list(cp, POSTFIX)) return JX_CH_POSTFIX;
    if ((cp >= 0x00C0 && cp <= 0x024F) || (cp >= 0x0370 && cp <= 0x04FF) || (cp >= 0xFF10 && cp <= 0xFF19))
        return JX_CH_LATIN;
    return JX_CH_HAN;
}

int jx_char_is_cjk_punct(jx_char_class c) {
    return c == JX_CH_OPEN || c == JX_CH_CLOSE || c == JX_CH_PAUSE || c == JX_CH_STOP;
}

/* Half-width marks typed into Chinese text — 知识产权(专利)专项 — obey
 * the same rules as their full-width forms; their class stays Latin, since
 * they are neither compressed nor spaced like CJK punctuation. */
static int is_ascii_in(uint32_t cp, const char *set) {
    for (; *set; set++)
        if ((uint32_t)(unsigned char)*set == cp) return 1;
    return 0;
}

int jx_may_start_line(uint32_t cp, jx_kinsoku level) {
    if (cp < 0x80) return !is_ascii_in(cp, ")]},.;:!?%");
    switch (jx_char_class_of(cp)) {
    case JX_CH_CLOSE:
    case JX_CH_PAUSE:
    case JX_CH_STOP:
    case JX_CH_MIDDLE:
    case JX_CH_SOLIDUS:
    case JX_CH_POSTFIX: return 0;
    case JX_CH_DASH:
    case JX_CH_ELLIPSIS: return level != JX_KINSOKU_STRICT;
    default: return 1;
    }
}

int jx_may_end_line(uint32_t cp, jx_kinsoku level) {
    if (cp < 0x80) return !is_ascii_in(cp, "([{");
    jx_char_class c = jx_char_class_of(cp);
    if (c == JX_CH_OPEN || c == JX_CH_PREFIX) return 0;
    if (c == JX_CH_SOLIDUS) return level == JX_KINSOKU_BASIC;
    return 1;
}

static int is_digit(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

/* Counting units that form one word with a number before them: 40万元. */
static int is_magnitude(uint32_t cp) {
    return cp == 0x4E07 || cp == 0x4EBF || cp == 0x5343 || cp == 0x767E; /* 万 亿 千 百 */
}

static int may_break_between(const uint32_t *cps, size_t i, jx_kinsoku level) {
    uint32_t a = cps[i - 1], b = cps[i];
    jx_char_class ca = jx_char_class_of(a), cb = jx_char_class_of(b);
    if (!jx_may_end_line(a, level) || !jx_may_start_line(b, level)) return 0;
    if (cb == JX_CH_SPACE) return 0; /* break after the space, not before it */
    if (ca == JX_CH_SPACE) return 1;
    if (ca == JX_CH_LATIN && cb == JX_CH_LATIN) return 0;
    if ((ca == JX_CH_DASH && cb == JX_CH_DASH) || (ca == JX_CH_ELLIPSIS && cb == JX_CH_ELLIPSIS)) return 0;
    if (is_digit(a) && (cb == JX_CH_HAN || cb == JX_CH_POSTFIX)) return 0;  /* 2022年, 95％ */
    if (i >= 2 && is_digit(cps[i - 2]) && is_magnitude(a) && cb == JX_CH_HAN) return 0; /* 40万元 */
    return 1;
}

void jx_break_opportunities(const uint32_t *cps, size_t n, jx_kinsoku level, unsigned char *brk) {
    if (n == 0) return;
    brk[0] = 0;
    for (size_t i = 1; i < n; i++) brk[i] = (unsigned char)may_break_between(cps, i, level);
}
