#include "engine/linebreak.h"

/* A switch, not lists searched in turn: the typesetter asks for every
 * character several times, and a document's punctuation is frequent. */
jx_char_class jx_char_class_of(uint32_t cp) {
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x3000) return JX_CH_SPACE;
    if (cp < 0x80) return JX_CH_LATIN;
    /* most characters of a document: no case below is an ideograph */
    if (cp >= 0x3400 && cp <= 0x9FFF) return JX_CH_HAN;
    switch (cp) {
    case 0xFF08: case 0x300A: case 0x201C: case 0x2018: case 0x300C: case 0x300E: case 0x3010: case 0x3014:
    case 0x3008: case 0xFF3B: case 0xFF5B: case 0x3016: return JX_CH_OPEN;
    case 0xFF09: case 0x300B: case 0x201D: case 0x2019: case 0x300D: case 0x300F: case 0x3011: case 0x3015:
    case 0x3009: case 0xFF3D: case 0xFF5D: case 0x3017: return JX_CH_CLOSE;
    case 0x3001: case 0xFF0C: case 0xFF1B: case 0xFF1A: return JX_CH_PAUSE;
    case 0x3002: case 0xFF0E: case 0xFF01: case 0xFF1F: return JX_CH_STOP;
    case 0x00B7: case 0x30FB: return JX_CH_MIDDLE;
    case 0x2014: case 0x2E3A: return JX_CH_DASH;
    case 0x2026: case 0x22EF: return JX_CH_ELLIPSIS;
    case 0xFF0F: return JX_CH_SOLIDUS;
    case 0x2265: case 0x2264: case 0xFF1E: case 0xFF1C: case 0x00B1: case 0xFFE5: case 0x00A5: case 0x2248:
        return JX_CH_PREFIX;
    case 0xFF05: case 0x2030: case 0x2103: case 0x00B0: return JX_CH_POSTFIX;
    default: break;
    }
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
