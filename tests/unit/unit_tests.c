/* Unit tests of the exact arithmetic, and a property test that compares the
 * scorer's rational arithmetic with GMP on random inputs. Prints one line
 * per test ("PASS name" / "FAIL name: detail"); tests/run.sh counts them. */
#include <gmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/cache.h"
#include "base/decimal.h"
#include "fonts/cff.h"
#include "fonts/font.h"
#include "fonts/glyf.h"
#include "input/model.h"
#include "json/members.h"
#include "workbook/shape.h"
#include "engine/para.h"
#include "engine/typeset.h"
#include "engine/words.h"
#include "base/utf8.h"
#include "layout/layout.h"
#include "pipeline/pipeline.h"
#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

static int failures;

static void check(int ok, const char *name, const char *detail) {
    printf("%s %s%s%s\n", ok ? "PASS" : "FAIL", name, ok ? "" : ": ", ok ? "" : detail);
    failures += !ok;
}

static jx_dec dec(const char *s) {
    jx_dec d = {0, 0};
    jx_dec_parse(s, strlen(s), &d);
    return d;
}

/* w × min(a ÷ t, 1), rounded half-up to two decimals, as text. */
static void ratio_score(const char *a, const char *t, const char *w, char *out, size_t size) {
    jx_q exact = jx_q_mul(jx_q_dec(dec(w)), jx_q_min(jx_q_div(jx_q_dec(dec(a)), jx_q_dec(dec(t))), jx_q_int(1)));
    int64_t u = 0;
    if (jx_q_round(exact, 2, &u)) {
        snprintf(out, size, "overflow");
        return;
    }
    jx_units_format(u, 2, out, size);
}

static void test_ties(void) {
    static const struct {
        const char *a, *t, *w, *want, *name;
    } cases[] = {
        {"4.41", "6", "3", "2.21", "tie 4.41/6x3 -> 2.21"},
        {"90.05", "100", "10", "9.01", "tie 90.05/100x10 -> 9.01"},
        {"54.90", "60", "3", "2.75", "tie 54.90/60x3 -> 2.75"},
        {"543", "600", "3", "2.72", "tie 543/600x3 -> 2.72"},
        {"590.46", "600", "3", "2.95", "W01 590.46/600x3"},
        {"284.17", "345", "3", "2.47", "W03 284.17/345x3"},
        {"5000", "20000", "3", "0.75", "W04 5000/20000x3"},
        {"473.92", "481", "10", "9.85", "W06 473.92/481x10"},
        {"91.08", "92.13", "10", "9.89", "W07 91.08/92.13x10"},
        {"22.75", "36.75", "10", "6.19", "W08 22.75/36.75x10"},
        {"39.9", "40", "4", "3.99", "W09 39.9/40x4"},
        {"4.3", "4.5", "10", "9.56", "W10 4.3/4.5x10"},
        {"4.3", "4.5", "2", "1.91", "W10 4.3/4.5x2"},
        {"217.80", "218.63", "10", "9.96", "W11 217.80/218.63x10"},
        {"217.80", "218.63", "2", "1.99", "W11 217.80/218.63x2"},
        {"313.90", "318.90", "3", "2.95", "W12 313.90/318.90x3"},
        {"124.52", "230", "10", "5.41", "W13 124.52/230x10"},
        {"4.98", "5", "10", "9.96", "W14 4.98/5x10"},
        {"34.75", "34.76", "10", "10.00", "W15 34.75/34.76x10"},
        {"262", "200", "15", "15.00", "capped at the weight"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char got[48], detail[96];
        ratio_score(cases[i].a, cases[i].t, cases[i].w, got, sizeof got);
        snprintf(detail, sizeof detail, "got %s, want %s", got, cases[i].want);
        check(strcmp(got, cases[i].want) == 0, cases[i].name, detail);
    }
}

static void test_parse(void) {
    static const struct {
        const char *text;
        int rc;
        const char *shown;
    } cases[] = {
        {"0", JX_DEC_OK, "0"},
        {"-10504.26", JX_DEC_OK, "-10504.26"},
        {"99.70", JX_DEC_OK, "99.70"},
        {"1e2", JX_DEC_OK, "100"},
        {"2.5E-1", JX_DEC_OK, "0.25"},
        {"0.000001", JX_DEC_OK, "0.000001"},
        {"0.0000001", JX_DEC_PRECISION, ""},
        {"1e999", JX_DEC_RANGE, ""},
        {"1e-999", JX_DEC_PRECISION, ""},
        {"1000000000000000", JX_DEC_RANGE, ""},
        {"999999999999999", JX_DEC_OK, "999999999999999"},
        {"1.50e1", JX_DEC_OK, "15.0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        jx_dec d = {0, 0};
        int rc = jx_dec_parse(cases[i].text, strlen(cases[i].text), &d);
        char shown[48] = "", name[64], detail[128];
        if (rc == JX_DEC_OK) jx_dec_format(d, shown, sizeof shown);
        snprintf(name, sizeof name, "parse %s", cases[i].text);
        snprintf(detail, sizeof detail, "rc %d shown \"%s\", want rc %d \"%s\"", rc, shown, cases[i].rc, cases[i].shown);
        check(rc == cases[i].rc && strcmp(shown, cases[i].shown) == 0, name, detail);
    }
}

static void test_compare(void) {
    check(jx_q_cmp(jx_q_dec(dec("2.205")), jx_q_div(jx_q_mul(jx_q_dec(dec("4.41")), jx_q_int(3)), jx_q_int(6))) == 0,
          "4.41x3/6 equals 2.205 exactly", "not equal");
    check(jx_q_cmp(jx_q_div(jx_q_int(1), jx_q_int(3)), jx_q_div(jx_q_int(333333), jx_q_int(1000000))) > 0,
          "1/3 > 0.333333", "wrong order");
    check(jx_q_cmp(jx_q_int(-2), jx_q_div(jx_q_int(-3), jx_q_int(2))) < 0, "-2 < -1.5", "wrong order");
    int64_t u = 0;
    jx_q_round(jx_q_div(jx_q_mul(jx_q_int(44 - 56), jx_q_int(100)), jx_q_int(56)), 2, &u);
    check(u == -2143, "W22 growth (44-56)/56 = -21.43%", "rounded wrong");
    jx_q_round(jx_q_div(jx_q_int(-5), jx_q_int(1000)), 2, &u);
    check(u == -1, "negative tie rounds away from zero", "rounded wrong");
    int64_t c = 0;
    jx_q_ceil(jx_q_dec(dec("4.57")), &c);
    check(c == 5, "ceil 4.57 = 5", "wrong");
    jx_q_ceil(jx_q_int(9), &c);
    check(c == 9, "ceil 9 = 9", "wrong");
    check(jx_q_div(jx_q_int(1), jx_q_int(0)).bad, "division by zero is flagged", "not flagged");
}

/* xorshift64: the test is deterministic and keeps its state local. */
static uint64_t next_random(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

static void random_decimal(uint64_t *s, char *out, size_t size, int max_int_digits) {
    uint64_t ip = next_random(s) % 1000000;
    for (int k = 6; k > max_int_digits; k--) ip /= 10;
    int frac_digits = (int)(next_random(s) % 3);
    uint64_t fp = next_random(s) % 100;
    if (frac_digits == 0)
        snprintf(out, size, "%llu", (unsigned long long)ip);
    else if (frac_digits == 1)
        snprintf(out, size, "%llu.%llu", (unsigned long long)ip, (unsigned long long)(fp % 10));
    else
        snprintf(out, size, "%llu.%02llu", (unsigned long long)ip, (unsigned long long)fp);
}

/* The same score computed with GMP: floor((2·w·min(a/t,1)·100 + 1) / 2). */
static void gmp_ratio_score(const char *a, const char *t, const char *w, char *out, size_t size) {
    mpq_t qa, qt, qw, r, one;
    mpq_inits(qa, qt, qw, r, one, NULL);
    mpq_set_str(one, "1", 10);
    const char *in[3] = {a, t, w};
    mpq_ptr dst[3] = {qa, qt, qw};
    for (int k = 0; k < 3; k++) {
        /* decimal text -> num/10^k */
        char digits[64];
        const char *dot = strchr(in[k], '.');
        size_t frac = dot ? strlen(dot + 1) : 0;
        size_t n = 0;
        for (const char *p = in[k]; *p; p++)
            if (*p != '.') digits[n++] = *p;
        digits[n] = '\0';
        char text[96];
        snprintf(text, sizeof text, "%s/1%.*s", digits, (int)frac, "000000");
        mpq_set_str(dst[k], text, 10);
        mpq_canonicalize(dst[k]);
    }
    mpq_div(r, qa, qt);
    if (mpq_cmp(r, one) > 0) mpq_set(r, one);
    mpq_mul(r, r, qw);
    mpz_t num, den;
    mpz_inits(num, den, NULL);
    mpz_mul_ui(num, mpq_numref(r), 200);
    mpz_add(num, num, mpq_denref(r));
    mpz_mul_ui(den, mpq_denref(r), 2);
    mpz_fdiv_q(num, num, den);
    unsigned long hundredths = mpz_get_ui(num);
    snprintf(out, size, "%lu.%02lu", hundredths / 100, hundredths % 100);
    mpz_clears(num, den, NULL);
    mpq_clears(qa, qt, qw, r, one, NULL);
}

static void test_property(void) {
    uint64_t s = 0x9E3779B97F4A7C15ull;
    int bad = 0;
    char first_bad[256] = "";
    for (int i = 0; i < 20000; i++) {
        char a[32], t[32], w[32], mine[48], ref[48];
        random_decimal(&s, a, sizeof a, 6);
        random_decimal(&s, t, sizeof t, 6);
        random_decimal(&s, w, sizeof w, 2);
        if (strspn(t, "0.") == strlen(t)) continue; /* zero target */
        ratio_score(a, t, w, mine, sizeof mine);
        gmp_ratio_score(a, t, w, ref, sizeof ref);
        if (strcmp(mine, ref) != 0 && !bad++)
            snprintf(first_bad, sizeof first_bad, "%s/%s x %s: got %s, GMP %s", a, t, w, mine, ref);
    }
    check(bad == 0, "property: 20000 random ratio scores equal GMP's", first_bad);
}

#define UMING "/usr/share/fonts/truetype/arphic/uming.ttc"
#define WENKAI "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"

static void test_fonts(void) {
    char err[256] = "";
    jx_font *f = jx_font_open(UMING, 0, NULL, err, sizeof err);
    check(f != NULL, "font: AR PL UMing CN opens (face 0 of uming.ttc)", err);
    if (f) {
        check(strcmp(jx_font_family(f), "AR PL UMing CN") == 0, "font: family name from the name table", jx_font_family(f));
        uint32_t g = jx_font_glyph(f, 0x4E2D);
        check(g != 0 && jx_font_advance(f, g) == jx_font_units_per_em(f), "font: 中 is one em wide", "wrong metrics");
        check(jx_font_advance(f, jx_font_glyph(f, 'A')) * 2 == jx_font_units_per_em(f), "font: Latin A is half an em", "wrong metrics");
        check(jx_font_glyph(f, 0x20BB7) == 0, "font: UMing has no 𠮷 (U+20BB7)", "found");
        jx_font_free(f);
    }
    check(jx_font_face_count(UMING) == 4, "font: uming.ttc has 4 faces", "wrong count");
    f = jx_font_open(WENKAI, 0, NULL, err, sizeof err);
    check(f && jx_font_glyph(f, 0x20BB7) != 0, "font: LXGW WenKai maps 𠮷 through cmap format 12", err);
    jx_font_free(f);
    f = jx_font_open(UMING, 7, NULL, err, sizeof err);
    check(!f && strstr(err, "no face 7 (the file has 4)"), "font: a missing face is refused", err);
    f = jx_font_open("tests/fonts/cff-stub.otf", 0, NULL, err, sizeof err);
    check(!f && strstr(err, "cff-stub.otf"), "font: a damaged OpenType file is refused by name", err);
    jx_font_free(f);
    f = jx_font_open("tests/fonts/truncated.ttc", 0, NULL, err, sizeof err);
    check(!f && strstr(err, "truncated.ttc"), "font: a truncated collection fails cleanly", err);
    jx_font_free(f);
    jx_font_free(NULL);
}

/*** CID-keyed CFF subsets ***/

#define NOTO_SERIF "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"

typedef struct bytes {
    unsigned char b[1024];
    size_t n;
} bytes;

static void put(bytes *o, const void *p, size_t n) {
    if (o->n + n <= sizeof o->b) memcpy(o->b + o->n, p, n), o->n += n;
}
static void put16(bytes *o, unsigned v) { put(o, (unsigned char[]){(unsigned char)(v >> 8), (unsigned char)v}, 2); }
static void put_offset(bytes *o, size_t v, unsigned op) { /* a five-byte integer and its operator */
    put(o, (unsigned char[]){29, 0, 0, (unsigned char)(v >> 8), (unsigned char)v}, 5);
    if (op >= 1200) put(o, (unsigned char[]){12, (unsigned char)(op - 1200)}, 2);
    else put(o, (unsigned char[]){(unsigned char)op}, 1);
}
/* An INDEX with two-byte offsets of the items, each NUL-terminated in items */
static void put_index(bytes *o, const unsigned char *const *items, const size_t *lens, unsigned count) {
    put16(o, count);
    if (!count) return;
    put(o, (unsigned char[]){2}, 1);
    size_t at = 1;
    put16(o, 1);
    for (unsigned i = 0; i < count; i++) put16(o, (unsigned)(at += lens[i]));
    for (unsigned i = 0; i < count; i++) put(o, items[i], lens[i]);
}

/* A CID-keyed program of three glyphs (CIDs 0, 7, 9) and one global
 * subroutine; keyed = 0 leaves out the ROS. */
static size_t make_cff(unsigned char *out, const unsigned char *glyph1, size_t len1, const unsigned char *subr,
                       size_t subr_len, int keyed) {
    static const unsigned char notdef[] = {14}, glyph2[] = {149, 159, 21, 14}, private[] = {139, 20};
    const unsigned char *glyphs[] = {notdef, glyph1, glyph2};
    size_t glyph_lens[] = {1, len1, 4};
    bytes tail = {0}, head = {0}, top = {0}, fd = {0};
    put(&tail, (unsigned char[]){0, 0, 7, 0, 9}, 5); /* charset: format 0 */
    size_t fdselect = tail.n;
    put(&tail, (unsigned char[]){3, 0, 1, 0, 0, 0, 0, 3}, 8);
    size_t charstrings = tail.n;
    put_index(&tail, glyphs, glyph_lens, 3);
    size_t fdarray = tail.n, private_at = fdarray + 3 + 4 + 11;
    put(&fd, (unsigned char[]){29, 0, 0, 0, sizeof private}, 5);
    put_offset(&fd, 0, 18); /* the Private DICT's place, set below */
    const unsigned char *fds[] = {fd.b};
    size_t fd_len = fd.n;
    put(&head, "\1\0\4\1", 4);
    put_index(&head, (const unsigned char *const[]){(const unsigned char *)"A"}, (size_t[]){1}, 1);
    /* header, Name INDEX, Top DICT INDEX, String INDEX (empty), Global Subr INDEX */
    size_t top_len = (keyed ? 7 : 0) + 6 * 2 + 7 * 2, base = 4 + 8 + (7 + top_len) + 2 + (7 + subr_len);
    if (keyed) put(&top, (unsigned char[]){248, 27, 248, 28, 139, 12, 30}, 7); /* ROS 391 392 0 */
    put_offset(&top, base, 15), put_offset(&top, base + charstrings, 17);
    put_offset(&top, base + fdarray, 1236), put_offset(&top, base + fdselect, 1237);
    put_index(&head, (const unsigned char *const[]){top.b}, (size_t[]){top.n}, 1);
    put16(&head, 0);
    put_index(&head, (const unsigned char *const[]){subr}, (size_t[]){subr_len}, 1);
    fd.n = 5, put_offset(&fd, base + private_at, 18);
    put_index(&tail, fds, &fd_len, 1);
    put(&tail, private, sizeof private);
    memcpy(out, head.b, head.n);
    memcpy(out + head.n, tail.b, tail.n);
    return head.n + tail.n;
}

static int holds(const jx_buf *b, const unsigned char *seq, size_t n) {
    for (size_t i = 0; i + n <= b->len; i++)
        if (memcmp(b->data + i, seq, n) == 0) return 1;
    return 0;
}

static void test_cff_made(void) {
    /* glyph 1 calls global subroutine 0 (operand -107), which draws a line;
     * its hstem and hintmask go, its width (50) stays */
    static const unsigned char calls[] = {189, 140, 141, 1, 19, 0x80, 32, 29, 14}, line[] = {149, 159, 5, 11},
                               flat[] = {189, 149, 159, 5, 14}, loop[] = {32, 29, 11};
    unsigned char prog[1024];
    uint32_t glyphs[] = {1, 2, 1};
    uint16_t cids[3] = {0};
    jx_buf out;
    jx_buf_init(&out, 1 << 20);
    size_t len = make_cff(prog, calls, sizeof calls, line, sizeof line, 1);
    int rc = jx_cff_subset(prog, len, NULL, NULL, NULL, glyphs, 3, cids, &out);
    check(rc == 0 && cids[0] == 7 && cids[1] == 9 && cids[2] == 7, "cff: glyphs keep their CIDs", "rc or CIDs wrong");
    check(rc == 0 && holds(&out, flat, sizeof flat) && !holds(&out, (const unsigned char[]){32, 29}, 2),
          "cff: a subroutine inlined, hints dropped, the width kept", "charstring not flattened as expected");
    jx_buf again;
    jx_buf_init(&again, 1 << 20);
    uint32_t all[] = {1, 2};
    rc = jx_cff_subset((const unsigned char *)out.data, out.len, NULL, NULL, NULL, all, 2, cids, &again);
    check(rc == 0 && again.len == out.len && memcmp(again.data, out.data, out.len) == 0 && cids[0] == 7,
          "cff: a subset cut again to all its glyphs is the same program", "differs");
    jx_buf_free(&again);
    jx_buf_free(&out);

    len = make_cff(prog, calls, sizeof calls, loop, sizeof loop, 1);
    check(jx_cff_subset(prog, len, NULL, NULL, NULL, glyphs, 3, cids, &out) == 1 && out.len == 0,
          "cff: a subroutine calling itself is given up, nothing written", "accepted");
    len = make_cff(prog, calls, sizeof calls, line, sizeof line, 0);
    check(jx_cff_subset(prog, len, NULL, NULL, NULL, glyphs, 3, cids, &out) == 1, "cff: a program without ROS is left to hb-subset",
          "accepted");
    len = make_cff(prog, calls, sizeof calls, line, sizeof line, 1);
    size_t cut = 0;
    for (size_t k = 1; k < len; k++) cut += jx_cff_subset(prog, k, NULL, NULL, NULL, glyphs, 3, cids, &out) == 1;
    check(cut == len - 1 && out.len == 0, "cff: the program cut short at every length is refused", "accepted");
    jx_buf_free(&out);
}

/* A reader over a program in memory that counts its calls. */
typedef struct counted_reader {
    const unsigned char *program;
    int calls;
} counted_reader;

static int read_counted(void *ctx, size_t offset, size_t n, unsigned char *buf) {
    counted_reader *r = ctx;
    memcpy(buf, r->program + offset, n);
    r->calls++;
    return 0;
}

static void test_cff_noto(void) {
    char err[512] = "";
    jx_font *f = jx_font_open(NOTO_SERIF, 2, NULL, err, sizeof err);
    check(f != NULL, "cff: Noto Serif CJK SC opens", err);
    if (!f) return;
    size_t len = 0;
    const unsigned char *cff = jx_font_table(f, "CFF ", &len);
    static const uint32_t text[] = {0x7EE9, 0x6548, 0x8BC4, 0x4EF7, 0x62A5, 0x544A, 0xFF0C, 0x3002, 'A'};
    uint32_t glyphs[9], renumbered[9];
    uint16_t cids[9];
    int identity = 1;
    for (int i = 0; i < 9; i++) glyphs[i] = jx_font_glyph(f, text[i]);
    jx_buf out;
    jx_buf_init(&out, 1 << 24);
    int rc = cff ? jx_cff_subset(cff, len, NULL, NULL, NULL, glyphs, 9, cids, &out) : -2;
    for (int i = 0; i < 9; i++) identity &= glyphs[i] != 0 && cids[i] == glyphs[i];
    check(rc == 0 && identity, "cff: 绩效评价报告，。A cut from Noto Serif CJK SC under their CIDs (Adobe-Identity-0)",
          "rc or CIDs wrong");
    check(rc == 0 && out.len > 2000 && out.len < 20000, "cff: nine glyphs make a program of a few KB", "size");
    /* the charstrings read rather than touched in place: the same program,
     * neighbours (.notdef and the Latin A) in one read */
    counted_reader reader = {cff, 0};
    jx_buf read;
    jx_buf_init(&read, 1 << 24);
    uint16_t read_cids[9];
    int read_rc = jx_cff_subset(cff, len, read_counted, &reader, NULL, glyphs, 9, read_cids, &read);
    char calls[64];
    snprintf(calls, sizeof calls, "rc %d, %d reads", read_rc, reader.calls);
    check(read_rc == 0 && read.len == out.len && memcmp(read.data, out.data, out.len) == 0 && reader.calls > 0 &&
              reader.calls < 10,
          "cff: charstrings read with a reader make the same program, neighbours in one read", calls);
    jx_buf_free(&read);
    /* flattened before for a set that overlaps the subset's (five of its
     * glyphs and one it does not keep), then kept from subset to subset:
     * the same program each time */
    uint32_t some[6] = {glyphs[0], glyphs[2], glyphs[4], glyphs[6], glyphs[8], jx_font_glyph(f, 0x5E74)};
    jx_cff_glyphs *kept = jx_cff_glyphs_new();
    int same = kept && jx_cff_flatten(cff, len, NULL, NULL, kept, some, 6) == 0;
    for (int round = 0; round < 2; round++) {
        jx_buf with;
        jx_buf_init(&with, 1 << 24);
        uint16_t with_cids[9];
        same &= jx_cff_subset(cff, len, NULL, NULL, kept, glyphs, 9, with_cids, &with) == 0 && with.len == out.len &&
                memcmp(with.data, out.data, out.len) == 0 && memcmp(with_cids, cids, sizeof cids) == 0;
        jx_buf_free(&with);
    }
    check(same, "cff: glyphs flattened before, and kept from subset to subset, make the same program", "differs");
    jx_cff_glyphs_free(kept);
    /* in the subset, glyph k + 1 is the k-th smallest kept glyph */
    for (int i = 0; i < 9; i++) {
        renumbered[i] = 1;
        for (int k = 0; k < 9; k++) renumbered[i] += glyphs[k] < glyphs[i];
    }
    uint16_t again_cids[9];
    jx_buf again;
    jx_buf_init(&again, 1 << 24);
    rc = rc ? rc : jx_cff_subset((const unsigned char *)out.data, out.len, NULL, NULL, NULL, renumbered, 9, again_cids, &again);
    check(rc == 0 && again.len == out.len && memcmp(again.data, out.data, out.len) == 0 &&
              memcmp(again_cids, cids, sizeof cids) == 0,
          "cff: the Noto subset cut again is the same program, the same CIDs", "differs");
    jx_buf_free(&again);
    jx_buf_free(&out);
    jx_font_free(f);
}

/*** TrueType subsets ***/

static unsigned get16(const unsigned char *p) { return (unsigned)p[0] << 8 | p[1]; }
static uint32_t get32(const unsigned char *p) { return (uint32_t)get16(p) << 16 | get16(p + 2); }

/* A table of a TrueType font in memory, or NULL. */
static const unsigned char *tt_table(const unsigned char *font, size_t len, const char *tag, size_t *n) {
    for (unsigned i = 0, count = get16(font + 4); i < count && 12 + 16 * (size_t)i + 16 <= len; i++) {
        const unsigned char *rec = font + 12 + 16 * i;
        if (memcmp(rec, tag, 4) == 0 && get32(rec + 8) <= len && get32(rec + 12) <= len - get32(rec + 8))
            return *n = get32(rec + 12), font + get32(rec + 8);
    }
    return NULL;
}

static void test_glyf(void) {
    char err[512] = "";
    jx_font *f = jx_font_open(WENKAI, 0, NULL, err, sizeof err);
    check(f != NULL, "glyf: LXGW WenKai opens", err);
    if (!f) return;
    /* ¨ (U+00A8) is a composite of a glyph no character maps to */
    static const uint32_t text[] = {0x7EE9, 0x6548, 'A', 0xA8};
    uint32_t glyphs[4];
    uint16_t renumbered[4];
    for (int i = 0; i < 4; i++) glyphs[i] = jx_font_glyph(f, text[i]);
    jx_buf out;
    jx_buf_init(&out, 1 << 24);
    int rc = jx_glyf_subset(f, glyphs, 4, &out, renumbered);
    const unsigned char *font = (const unsigned char *)out.data, *maxp = NULL, *loca = NULL, *glyf = NULL;
    size_t maxp_len = 0, loca_len = 0, glyf_len = 0, head_len = 0;
    if (rc == 0) {
        maxp = tt_table(font, out.len, "maxp", &maxp_len), loca = tt_table(font, out.len, "loca", &loca_len);
        glyf = tt_table(font, out.len, "glyf", &glyf_len);
    }
    check(rc == 0 && get16(font + 4) == 6 && maxp && get16(maxp + 4) == 6 && tt_table(font, out.len, "head", &head_len),
          "glyf: four characters, .notdef and a component make a six-glyph font of six tables", "wrong tables or count");
    int ascending = rc == 0;
    for (int i = 0; i < 4 && rc == 0; i++)
        for (int k = 0; k < 4; k++) ascending &= (glyphs[i] < glyphs[k]) == (renumbered[i] < renumbered[k]) && renumbered[i] > 0;
    check(ascending, "glyf: glyphs numbered anew in their order, after .notdef", "renumbering wrong");
    uint32_t sum = 0;
    for (size_t i = 0; rc == 0 && i + 4 <= out.len; i += 4) sum += get32(font + i);
    check(rc == 0 && out.len % 4 == 0 && sum == 0xB1B0AFBAu, "glyf: the font's checksum adjustment holds", "checksum");
    /* the composite names its component by the new number, within the font */
    int composite_ok = 0, no_instructions = rc == 0 && loca && glyf && loca_len >= 7 * 4;
    for (unsigned g = 0; no_instructions && g < 6; g++) {
        uint32_t at = get32(loca + 4 * g), end = get32(loca + 4 * g + 4);
        if (at == end) continue;
        if (end > glyf_len || end - at < 12) {
            no_instructions = 0;
            break;
        }
        int contours = (int16_t)get16(glyf + at);
        if (contours < 0) composite_ok = g == renumbered[3] && get16(glyf + at + 12) < 6 && get16(glyf + at + 12) != g;
        else no_instructions &= get16(glyf + at + 10 + 2 * (unsigned)contours) == 0;
    }
    check(composite_ok, "glyf: ¨ is still a composite, its component renumbered within the font", "component");
    check(no_instructions, "glyf: simple glyphs keep no instructions", "instructions left");
    jx_buf_free(&out);
    jx_font_free(f);
}

/* A composite whose last component's arguments run past its outline is
 * damage the subsetter refuses, reading nothing past the outline (ASan and
 * valgrind watch this test); the same font undamaged is subset. */
static void test_glyf_damaged_composite(void) {
    const char *faces[] = {"tests/fonts/composite.ttf", "tests/fonts/composite-damaged.ttf"};
    for (int k = 0; k < 2; k++) {
        char err[512] = "";
        jx_font *f = jx_font_open(faces[k], 0, NULL, err, sizeof err);
        check(f != NULL, k ? "glyf: the damaged composite's font opens" : "glyf: the composite test font opens", err);
        if (!f) continue;
        uint32_t glyphs[] = {jx_font_glyph(f, 0x56FD)}; /* 国: 中 and A */
        uint16_t renumbered[1];
        jx_buf out;
        jx_buf_init(&out, 1 << 20);
        int rc = jx_glyf_subset(f, glyphs, 1, &out, renumbered);
        if (k == 0)
            check(rc == 0 && glyphs[0] != 0, "glyf: a composite and its two components are subset", "refused");
        else
            check(rc != 0, "glyf: a composite whose last component runs past its outline is refused", "taken");
        jx_buf_free(&out);
        jx_font_free(f);
    }
}

/* Synthetic metrics: characters on the grid 1 em, ASCII half an em. */
static size_t to_glyphs(const char *text, jx_glyph_in *g, size_t cap) {
    size_t n = 0, len = strlen(text);
    for (size_t i = 0; i < len && n < cap;) {
        uint32_t cp;
        size_t k = jx_utf8_decode((const unsigned char *)text + i, len - i, &cp);
        if (!k) break;
        g[n++] = (jx_glyph_in){cp, cp < 0x80 ? 8.0 : 16.0, 16.0};
        i += k;
    }
    return n;
}

/* Lines as text joined by '|'. */
static void dump_lines(const char *text, double width_em, char *out, size_t size) {
    static jx_glyph_in g[4096];
    size_t n = to_glyphs(text, g, 4096);
    jx_para p;
    jx_para_opts o = {width_em * 16, 32, JX_KINSOKU_GB, 0, 0, 0};
    out[0] = '\0';
    if (jx_para_fill(g, n, &o, &p)) return;
    size_t w = 0;
    for (size_t k = 0; k < p.nlines; k++) {
        if (k && w + 1 < size) out[w++] = '|';
        for (size_t i = p.lines[k].start; i < p.lines[k].end; i++) {
            char buf[8];
            uint32_t c = g[i].cp;
            size_t m = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (m == 1) buf[0] = (char)c;
            else if (m == 2) buf[0] = (char)(0xC0 | c >> 6), buf[1] = (char)(0x80 | (c & 0x3F));
            else if (m == 3) buf[0] = (char)(0xE0 | c >> 12), buf[1] = (char)(0x80 | ((c >> 6) & 0x3F)), buf[2] = (char)(0x80 | (c & 0x3F));
            else buf[0] = (char)(0xF0 | c >> 18), buf[1] = (char)(0x80 | ((c >> 12) & 0x3F)), buf[2] = (char)(0x80 | ((c >> 6) & 0x3F)), buf[3] = (char)(0x80 | (c & 0x3F));
            for (size_t j = 0; j < m && w + 1 < size; j++) out[w++] = buf[j];
        }
    }
    out[w] = '\0';
    jx_para_free(&p);
}

static void test_breaks(void) {
    static const struct {
        const char *text, *want, *name;
        double width;
    } cases[] = {
        /* 10 em lines, the first indented 2 em; hand-checked against clreq */
        {"项目资金全部为市级财政资金，资金到位率为100%。", "项目资金全部为市|级财政资金，资金到位|率为100%。", "a closing comma never starts a line", 10},
        {"截至2022年底，该项目共计执行39.9万元，预算执行率为99.75%。", "截至2022年底，|该项目共计执行|39.9万元，预算执行|率为99.75%。", "numbers keep their units", 10},
        {"评价依据包括《中华人民共和国预算法》等文件。", "评价依据包括《中|华人民共和国预算法》|等文件。", "an opening bracket never ends a line", 10},
        {"项目申请审批规范 ，通知、区市通知都已到位。", "项目申请审批规|范 ，通知、区市通知|都已到位。", "a space before ， is no place to break (regression)", 10},
        {"项目资金全部为市。级别较高。", "项目资金全部为|市。级别较高。", "push when there is nothing to compress: 。 takes 市 down with it", 10},
        {"该项目立项符合法律法规，审批文件及材料符合要求。", "该项目立项符合法|律法规，审批文件及材|料符合要求。", "a two-character last line", 10},
        {"满意度≥95%得8分。", "满意度≥95%得|8分。", "≥95% and 8分 stay whole", 10},
        {"该项目绩效目标设置合理，绩效指标明确。", "该项目绩效目标设|置合理，绩效指标明确。", "compress first: 。 cannot start a line, so the inner ， gives up its blank half and 。 fits", 10},
        {"目标完成情况良好……各项工作有序开展。", "目标完成情况良好|……各项工作有序|开展。", "an ellipsis pair stays whole", 10},
        {"一二三四五六七八甲乙丙丁戊己(专利(专)用设备", "一二三四五六七八|甲乙丙丁戊己(专利|(专)用设备", "half-width ( and ) keep to their text (regression: \")专项\" started a line; no quarter em beside them)", 10},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char got[512], detail[1100];
        dump_lines(cases[i].text, cases[i].width, got, sizeof got);
        snprintf(detail, sizeof detail, "got \"%s\", want \"%s\"", got, cases[i].want);
        check(strcmp(got, cases[i].want) == 0, cases[i].name, detail);
    }
}

/* Properties of one paragraph's lines; returns a description of the first
 * violation, or NULL. */
static const char *para_violation(const jx_glyph_in *g, size_t n, const jx_para *p, double width) {
    for (size_t k = 0; k < p->nlines; k++) {
        const jx_line *l = &p->lines[k];
        uint32_t first = g[l->start].cp, last = g[l->end - 1].cp;
        if (k > 0 && !jx_may_start_line(first, JX_KINSOKU_GB)) return "a line starts with a mark that may not start one";
        if (k + 1 < p->nlines && !jx_may_end_line(last, JX_KINSOKU_GB)) return "a line ends with a mark that may not end one";
        if (k > 0) {
            jx_char_class a = jx_char_class_of(g[l->start - 1].cp), b = jx_char_class_of(first);
            if (a == JX_CH_LATIN && b == JX_CH_LATIN) return "a Latin word or number is broken";
            if ((a == JX_CH_DASH && b == JX_CH_DASH) || (a == JX_CH_ELLIPSIS && b == JX_CH_ELLIPSIS)) return "a —— or …… pair is broken";
        }
        double right = jx_para_line_right(p, g, l);
        if (right > width + 0.01) return "a line crosses the right margin";
        if (l->justified && fabs(right - width) > 0.01) return "a justified line misses the right margin";
    }
    if (p->nlines >= 2) {
        const jx_line *l = &p->lines[p->nlines - 1];
        int chars = 0;
        for (size_t i = l->start; i < l->end; i++) chars += !jx_char_is_cjk_punct(jx_char_class_of(g[i].cp));
        if (chars < 2 && l->end - l->start < n) return "an orphan: one character alone on the last line";
    }
    return NULL;
}

static void check_text_property(const char *text, int *paragraphs, char *first_bad, size_t size) {
    static jx_glyph_in g[8192];
    const char *p = text;
    while (p && *p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char para[16384];
        if (len >= sizeof para) len = sizeof para - 1;
        memcpy(para, p, len);
        para[len] = '\0';
        size_t n = to_glyphs(para, g, 8192);
        static const double widths[] = {10, 17.5, 28};
        for (size_t w = 0; n && w < 3; w++) {
            jx_para out;
            jx_para_opts o = {widths[w] * 16, 32, JX_KINSOKU_GB, 0, 0, 0};
            if (jx_para_fill(g, n, &o, &out)) continue;
            const char *bad = para_violation(g, n, &out, o.width);
            if (bad && !first_bad[0]) snprintf(first_bad, size, "%s at %.1f em: %.120s", bad, widths[w], para);
            (*paragraphs)++;
            jx_para_free(&out);
        }
        p = nl ? nl + 1 : NULL;
    }
}

/* Every narrative text of every example, laid out at 10, 17.5 and 28 em. */
static void test_paragraph_properties(int argc, char **argv) {
    int paragraphs = 0;
    char first_bad[512] = "";
    for (int i = 1; i < argc; i++) {
        size_t len;
        FILE *f = fopen(argv[i], "rb");
        if (!f) continue;
        static unsigned char buf[1 << 20];
        len = fread(buf, 1, sizeof buf, f);
        fclose(f);
        jx_diags d;
        jx_diags_init(&d);
        jx_model *doc = jx_model_load(argv[i], buf, len, &d);
        if (doc) {
            const char *texts[] = {doc->subject.overview, doc->subject.background, doc->subject.content,
                                   doc->subject.organization, doc->subject.funds_usage, doc->subject.implementation,
                                   doc->subject.performance, doc->subject.other_matters, doc->subject.functions,
                                   doc->subject.staffing, doc->evaluation.purpose, doc->evaluation.principles,
                                   doc->evaluation.methods, doc->evaluation.framework, doc->evaluation.standards,
                                   doc->findings.conclusion, doc->findings.experience, doc->goals_annual,
                                   doc->goals_annual_achieved};
            for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++)
                if (texts[k]) check_text_property(texts[k], &paragraphs, first_bad, sizeof first_bad);
            for (size_t k = 0; k < doc->scoring.nnodes; k++) {
                const jx_node *nd = &doc->scoring.nodes[k];
                const char *node_texts[] = {nd->explanation, nd->criteria, nd->note};
                for (size_t t = 0; t < 3; t++)
                    if (node_texts[t]) check_text_property(node_texts[t], &paragraphs, first_bad, sizeof first_bad);
            }
        }
        jx_model_free(doc);
        jx_diags_free(&d);
    }
    char name[128];
    snprintf(name, sizeof name, "property: %d paragraph layouts of the examples keep 禁则, units, margins, no orphans", paragraphs);
    check(paragraphs > 500 && !first_bad[0], name, first_bad[0] ? first_bad : "too few paragraphs");
}

/* The laid-out proof document: every glyph inside the type area (an opening
 * bracket may protrude by its blank half), and every heading followed by
 * something on its own page. */
static void test_display_properties(void) {
    FILE *f = fopen("examples/typesetting.json", "rb");
    static unsigned char buf[1 << 20];
    size_t len = f ? fread(buf, 1, sizeof buf, f) : 0;
    if (f) fclose(f);
    jx_diags d;
    jx_diags_init(&d);
    jx_document *doc = jx_document_load("examples/typesetting.json", buf, len, &d);
    jx_fontset fs;
    char err[256] = "";
    if (!doc || jx_fontset_open(&fs, "fonts", NULL, err, sizeof err)) {
        check(0, "display: the proof document loads and fonts open", err);
        jx_document_free(doc);
        jx_diags_free(&d);
        return;
    }
    jx_page_style st;
    jx_page_style_of(doc, &st);
    jx_display disp;
    char bad[256] = "";
    size_t glyphs = 0;
    if (jx_typeset(doc, &fs, &disp, &d) == 0) {
        for (size_t p = 0; p < disp.npages; p++) {
            const jx_dpage *pg = &disp.pages[p];
            for (size_t k = 0; k < pg->n; k++) {
                const jx_dglyph *g = &pg->glyphs[k];
                double right = g->x + jx_fontset_advance(&fs, g->face, g->cp, g->size);
                int folio = g->y > st.top + st.area_h;
                glyphs++;
                if (!bad[0] && !folio && (g->x < st.left - g->size / 2 - 0.01 || right > st.left + st.area_w + g->size / 2 + 0.01 ||
                                          g->y < st.top || g->y > st.top + st.area_h))
                    snprintf(bad, sizeof bad, "page %zu: U+%04X at x=%.2f y=%.2f is outside the type area", p + 1, (unsigned)g->cp, g->x, g->y);
            }
        }
        /* the 评分表's 一级 cells span across every page break of the table:
         * each continuation page (its header repeated) must show （续） */
        int table_pages = 0;
        for (size_t p = 0; p < disp.npages && !bad[0]; p++) {
            const jx_dpage *pg = &disp.pages[p];
            int header = 0, continued = 0;
            for (size_t k = 0; k + 3 < pg->n; k++) {
                header |= pg->glyphs[k].cp == 0x6307 && pg->glyphs[k + 1].cp == 0x6807 &&
                          pg->glyphs[k + 2].cp == 0x89E3 && pg->glyphs[k + 3].cp == 0x91CA; /* 指标解释 */
                continued |= pg->glyphs[k].cp == 0x7EED;                                     /* 续 */
            }
            if (header && table_pages++ > 0 && !continued)
                snprintf(bad, sizeof bad, "page %zu continues the 评分表 without （续）", p + 1);
        }
        if (!bad[0] && table_pages < 3) snprintf(bad, sizeof bad, "the 评分表 spans %d pages, expected at least 3", table_pages);
        for (size_t i = 0; i < disp.noutline && !bad[0]; i++) {
            const jx_outline_entry *e = &disp.outline[i];
            const jx_dpage *pg = &disp.pages[e->page];
            int after = 0;
            for (size_t k = 0; k < pg->n; k++) after |= pg->glyphs[k].y > e->y + st.leading + 1 && pg->glyphs[k].y < st.top + st.area_h;
            if (!after) snprintf(bad, sizeof bad, "heading \"%.60s\" ends its page", e->title);
        }
        jx_display_free(&disp);
    }
    char name[128];
    snprintf(name, sizeof name, "display: %zu glyphs inside the type area; every heading has content after it; 评分表 pages continue with （续）", glyphs);
    check(glyphs > 5000 && !bad[0], name, bad[0] ? bad : "too few glyphs");
    jx_fontset_close(&fs);
    jx_document_free(doc);
    jx_diags_free(&d);
}


/* A table cell's line that would need its gaps widened past a third of an
 * em stays as set ("支　　　　出" is the failure); body text justifies. */
static void test_cell_stretch(void) {
    static jx_glyph_in g[64];
    size_t n = to_glyphs("资金到位率", g, 64);
    double cell = 4.5 * 16; /* "资金到" fills 3 em of 4.5: 0.75 em a gap */
    jx_para loose = {0}, tight = {0};
    jx_para_opts body = {cell, 0, JX_KINSOKU_GB, 0, 0, 0}, narrow = {cell, 0, JX_KINSOKU_GB, 0, 0, 1.0 / 3};
    int ok = jx_para_fill(g, n, &body, &loose) == 0 && jx_para_fill(g, n, &narrow, &tight) == 0 && loose.nlines == 2 &&
             tight.nlines == 2;
    char detail[128] = "";
    if (ok) {
        double spread = loose.x[2] - loose.x[0], set = tight.x[2] - tight.x[0];
        ok = loose.lines[0].justified && !tight.lines[0].justified && spread > 2 * 16 + 16 && set == 2 * 16;
        snprintf(detail, sizeof detail, "justified %d/%d, 资→到 %.1f and %.1f pt", loose.lines[0].justified,
                 tight.lines[0].justified, spread, set);
    }
    check(ok, "a narrow cell's line is not spread past 1/3 em a gap", detail);
    jx_para_free(&loose);
    jx_para_free(&tight);
}

/* Word boundaries of titles: "|" a weak boundary, "‖" a preferred one. */
static void test_word_breaks(void) {
    static const struct {
        const char *text, *want, *name;
    } cases[] = {
        {"2022年度枣庄市品牌质量专利等专项资金项目", "2022年度‖枣庄市‖品牌|质量|专利等‖专项|资金‖项目",
         "a number keeps its unit, 市 and 等 end their words, 专 and 项 are one word"},
        {"枣庄市市场监管综合服务中心绩效评价工作组", "枣庄市‖市场|监管|综合|服务|中心‖绩效|评价|工作组",
         "工作组 is one word"},
        {"专用设备购置（一）项目", "专用|设备|购置|（一）‖项目", "no break inside the brackets"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint32_t cps[64];
        unsigned char brk[64];
        size_t n = 0;
        const unsigned char *s = (const unsigned char *)cases[i].text;
        for (size_t k = 0, len = strlen(cases[i].text); k < len && n < 64;) k += jx_utf8_decode(s + k, len - k, &cps[n++]);
        char got[512] = "", detail[1200];
        int ok = jx_word_breaks(cps, n, JX_KINSOKU_GB, brk) == 0;
        for (size_t k = 0, at = 0; ok && k < n; k++) {
            if (brk[k]) at += (size_t)snprintf(got + at, sizeof got - at, "%s", brk[k] == JX_WORD_STRONG ? "‖" : "|");
            at += jx_utf8_encode(cps[k], got + at);
            got[at] = 0;
        }
        snprintf(detail, sizeof detail, "got \"%s\", want \"%s\"", got, cases[i].want);
        check(ok && strcmp(got, cases[i].want) == 0, cases[i].name, detail);
    }
}

/* The format's description is whole: every object and list names its
 * members, every enumeration its codes or words, every workbook column is
 * a member of its sheet's object, and a pointer walks to its member. */
static void test_description(void) {
    char detail[256] = "";
    int ok = 1;
    for (size_t i = 0; JX_OBJECTS[i]; i++)
        for (const jx_key *m = JX_OBJECTS[i]->members; m->name; m++) {
            int whole = m->word && m->word[0] && ((m->type != JX_M_OBJECT && m->type != JX_M_LIST) || m->object) &&
                        (m->type != JX_M_ENUM || m->codes || m->enumeration) && (m->type != JX_M_SPECIAL || m->schema);
            if (!whole && ok) snprintf(detail, sizeof detail, "%s.%s is not described whole", JX_OBJECTS[i]->name, m->name);
            ok &= whole;
        }
    check(ok, "every member of the format has a word and what its type needs", detail);
    ok = 1;
    for (size_t t = 0; t < JX_NTABLES; t++)
        for (size_t k = 0; JX_TABLES[t].keys[k]; k++)
            if (!jx_key_named(JX_TABLES[t].items, JX_TABLES[t].keys[k]) && ok)
                ok = 0, snprintf(detail, sizeof detail, "%s: %s", JX_TABLES[t].sheet, JX_TABLES[t].keys[k]);
    check(ok, "every column of a table sheet is a member of its rows' object", detail);
    static const struct {
        const char *pointer, *word;
    } walks[] = {{"/funds/sources/1/budget", "全年预算数"},
                 {"/scoring/indicators/0/children/2/children/0/target", "指标值"},
                 {"/scoring/indicators/0/children", "下级指标"},
                 {"/goals/indicators/3/target", "年度指标值"},
                 {"/attachments/0/input/subject/code", "项目编码"},
                 {"/subject/period/end", "结束"}};
    for (size_t i = 0; i < sizeof walks / sizeof walks[0]; i++) {
        const jx_key *m = jx_key_at(walks[i].pointer);
        snprintf(detail, sizeof detail, "%s: %s", walks[i].pointer, m ? m->word : "no member");
        check(m && strcmp(m->word, walks[i].word) == 0, "a pointer walks to its member", detail);
    }
    check(!jx_key_at("/subject/nmae") && !jx_key_at("/funds/sources/x/budget/2"), "a key the format lacks walks nowhere", "");
}

/* An entry comes back only for the key it was put with: the same kind,
 * format, file, part and the file unchanged. */
static void test_cache(void) {
    char dir[] = "/tmp/jixiao-unit-cache-XXXXXX", source[300];
    if (!mkdtemp(dir)) {
        check(0, "the cache keeps an entry for its key", "mkdtemp");
        return;
    }
    snprintf(source, sizeof source, "%s/source", dir);
    FILE *f = fopen(source, "w");
    if (f) fputs("a layout", f), fclose(f);
    struct stat st, later;
    stat(source, &st);
    jx_cache_key key = {"layout", 7, source, 0, &st};
    const char payload[] = "compiled";
    jx_cached c;
    int put = jx_cache_put(dir, &key, payload, sizeof payload);
    int got = jx_cache_get(dir, &key, &c) == 0 && c.len == sizeof payload && memcmp(c.data, payload, c.len) == 0 &&
              ((uintptr_t)c.data & 15) == 0;
    jx_cache_release(&c);
    check(put == 0 && got, "the cache gives back what was put, aligned", "");
    jx_cache_key other_kind = key, other_format = key, other_part = key, changed = key;
    other_kind.kind = "cmap", other_format.format = 8, other_part.part = 1;
    later = st, later.st_mtim.tv_nsec ^= 1, changed.source = &later;
    int misses = jx_cache_get(dir, &other_kind, &c) && jx_cache_get(dir, &other_format, &c) &&
                 jx_cache_get(dir, &other_part, &c) && jx_cache_get(dir, &changed, &c) && !c.data;
    check(misses, "the cache has nothing for another kind, format, part or a changed file", "");
    check(jx_cache_put(NULL, &key, payload, sizeof payload) && jx_cache_get(NULL, &key, &c), "no cache folder: nothing kept", "");
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0) check(0, "the cache's test folder is removed", dir);
}

/* Every shipped layout, compiled, saved and restored, saves to the same
 * bytes: nothing of it is lost on the way through the cache. */
static void test_compiled_layouts(void) {
    DIR *d = opendir("layouts");
    int n = 0, same = 1;
    char detail[300] = "";
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".json")) continue;
        char path[300];
        snprintf(path, sizeof path, "layouts/%s", e->d_name);
        jx_diags diags;
        jx_diags_init(&diags);
        unsigned char *text = NULL;
        size_t size = 0;
        jx_layout *lay = jx_read_file(path, &text, &size, &diags) ? NULL : jx_layout_load(path, text, size, &diags);
        jx_buf first, second;
        jx_buf_init(&first, 1u << 24), jx_buf_init(&second, 1u << 24);
        uint64_t source = 0;
        jx_layout *back = lay && jx_layout_save(lay, 42, &first) == 0 ? jx_layout_restore(path, (unsigned char *)first.data, first.len, &source) : NULL;
        int ok = back && source == 42 && jx_layout_save(back, 42, &second) == 0 && first.len == second.len &&
                 memcmp(first.data, second.data, first.len) == 0 && !strcmp(back->file, path);
        if (!ok && same) snprintf(detail, sizeof detail, "%s", path);
        same &= ok, n++;
        jx_buf_free(&first), jx_buf_free(&second);
        jx_layout_free(lay), jx_layout_free(back);
        free(text);
        jx_diags_free(&diags);
    }
    if (d) closedir(d);
    check(n >= 8 && same, "every shipped layout comes back from its compiled bytes whole", detail);
    jx_layout *none = jx_layout_restore("x", (const unsigned char *)"", 0, &(uint64_t){0});
    check(!none, "no bytes are no layout", "");
}

int main(int argc, char **argv) {
    test_cache();
    test_compiled_layouts();
    test_description();
    test_word_breaks();
    test_display_properties();
    test_fonts();
    test_cff_made();
    test_cff_noto();
    test_glyf();
    test_glyf_damaged_composite();
    test_breaks();
    test_cell_stretch();
    test_paragraph_properties(argc, argv);
    test_parse();
    test_ties();
    test_compare();
    test_property();
    return failures ? 1 : 0;
}
