/* Word boundaries for titles: ICU's word break iterator (dictionary based
 * for Han), then the rules of words.h. ICU is opened on the first title
 * that needs it: linked in, it and the C++ runtime it brings cost every
 * process 0.8 ms to load, a twentieth of a report's render. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utf16.h>

#include "engine/linebreak.h"
#include "engine/words.h"

/* a one-character word that ends the word before it (枣庄市, 工作组, 专利等) */
static int is_suffix(uint32_t cp) {
    static const uint32_t suffixes[] = {0x5E02 /* 市 */, 0x7701 /* 省 */, 0x53BF /* 县 */, 0x533A /* 区 */,
                                        0x5C40 /* 局 */, 0x5385 /* 厅 */, 0x6240 /* 所 */, 0x9662 /* 院 */,
                                        0x5904 /* 处 */, 0x79D1 /* 科 */, 0x5BA4 /* 室 */, 0x7EC4 /* 组 */,
                                        0x59D4 /* 委 */, 0x529E /* 办 */, 0x7AD9 /* 站 */, 0x7B49 /* 等 */,
                                        0x548C /* 和 */, 0x53CA /* 及 */, 0x4E0E /* 与 */, 0x7684 /* 的 */,
                                        0x8D39 /* 费 */, 0x5E74 /* 年 */, 0x5EA6 /* 度 */};
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
        if (suffixes[i] == cp) return 1;
    return 0;
}

static int starts_with(const uint32_t *cps, size_t n, size_t at, const uint32_t *word, size_t len) {
    return at + len <= n && memcmp(cps + at, word, len * sizeof *word) == 0;
}

/* A boundary the reader sees as a seam of the title's phrases. */
static int is_strong(const uint32_t *cps, size_t n, size_t at) {
    static const uint32_t xiangmu[] = {0x9879, 0x76EE}, jixiao[] = {0x7EE9, 0x6548};
    jx_char_class before = jx_char_class_of(cps[at - 1]);
    return before == JX_CH_PAUSE || is_suffix(cps[at - 1]) || starts_with(cps, n, at, xiangmu, 2) ||
           starts_with(cps, n, at, jixiao, 2);
}

/* ICU's headers rename each entry point with its version (ubrk_open_72):
 * the name is the macro's expansion, as text */
#define ICU_STR1(x) #x
#define ICU_NAME(name) ICU_STR1(name)
#define ICU_LIB1(v) "libicuuc.so." #v
#define ICU_LIB(v) ICU_LIB1(v)

/* The four entry points used, resolved once for the process (dlopen and
 * pthread_once are thread-safe; the table never changes after). */
typedef struct icu_api {
    UBreakIterator *(*open)(UBreakIteratorType, const char *, const UChar *, int32_t, UErrorCode *);
    int32_t (*first)(UBreakIterator *);
    int32_t (*next)(UBreakIterator *);
    void (*close)(UBreakIterator *);
} icu_api;

static icu_api icu;
static pthread_once_t icu_once = PTHREAD_ONCE_INIT;

static void icu_load(void) {
    void *lib = dlopen(ICU_LIB(U_ICU_VERSION_MAJOR_NUM), RTLD_LAZY | RTLD_LOCAL);
    if (!lib) return;
    icu_api api;
    *(void **)&api.open = dlsym(lib, ICU_NAME(ubrk_open));
    *(void **)&api.first = dlsym(lib, ICU_NAME(ubrk_first));
    *(void **)&api.next = dlsym(lib, ICU_NAME(ubrk_next));
    *(void **)&api.close = dlsym(lib, ICU_NAME(ubrk_close));
    if (api.open && api.first && api.next && api.close) icu = api;
}

/* ICU's boundaries as code point offsets: bound[i] = 1 before cps[i]. */
static int icu_boundaries(const uint32_t *cps, size_t n, unsigned char *bound) {
    pthread_once(&icu_once, icu_load);
    if (!icu.open) return -1;
    UChar *u = malloc(2 * n * sizeof *u);
    size_t *cp_at = malloc((2 * n + 1) * sizeof *cp_at); /* UTF-16 offset → code point index */
    if (!u || !cp_at) return free(u), free(cp_at), -1;
    int32_t len = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t start = len;
        UBool bad = 0;
        U16_APPEND(u, len, (int32_t)(2 * n), (UChar32)(cps[i] <= 0x10FFFF ? cps[i] : 0xFFFD), bad);
        while (start < len) cp_at[start++] = i;
        (void)bad;
    }
    cp_at[len] = n;
    UErrorCode e = U_ZERO_ERROR;
    UBreakIterator *it = icu.open(UBRK_WORD, "zh", u, len, &e);
    int rc = U_FAILURE(e) ? -1 : 0;
    for (int32_t p = rc ? UBRK_DONE : icu.first(it); p != UBRK_DONE; p = icu.next(it))
        if (p > 0 && p < len) bound[cp_at[p]] = 1;
    if (it) icu.close(it);
    free(u);
    free(cp_at);
    return rc;
}

int jx_word_breaks(const uint32_t *cps, size_t n, jx_kinsoku level, unsigned char *brk) {
    memset(brk, JX_WORD_NONE, n);
    if (n < 2) return 0;
    unsigned char *bound = calloc(n, 1), *may = malloc(n);
    if (!bound || !may || icu_boundaries(cps, n, bound)) return free(bound), free(may), -1;
    jx_break_opportunities(cps, n, level, may);
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && !bound[i]) continue;
        size_t end = i + 1;
        while (end < n && !bound[end]) end++;
        int han = jx_char_class_of(cps[i]) == JX_CH_HAN;
        if (end == i + 1 && han && i > 0 && is_suffix(cps[i])) bound[i] = 0; /* 枣庄|市 */
        else if (end == i + 1 && han && end < n) bound[end] = 0;             /* 专|项资金 */
        if (i > 0 && jx_char_class_of(cps[i - 1]) == JX_CH_LATIN && han) bound[i] = 0; /* 2022|年度 */
    }
    for (size_t i = 1; i < n; i++)
        if (bound[i] && may[i]) brk[i] = is_strong(cps, n, i) ? JX_WORD_STRONG : JX_WORD_WEAK;
    free(bound);
    free(may);
    return 0;
}
