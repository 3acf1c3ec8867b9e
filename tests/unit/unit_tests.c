/* Unit tests of the exact arithmetic, and a property test that compares the
 * scorer's rational arithmetic with GMP on random inputs. Prints one line
 * per test ("PASS name" / "FAIL name: detail"); tests/run.sh counts them. */
#include <gmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "decimal.h"
#include "font.h"

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
    jx_font *f = jx_font_open(UMING, 0, err, sizeof err);
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
    f = jx_font_open(WENKAI, 0, err, sizeof err);
    check(f && jx_font_glyph(f, 0x20BB7) != 0, "font: LXGW WenKai maps 𠮷 through cmap format 12", err);
    jx_font_free(f);
    f = jx_font_open(UMING, 7, err, sizeof err);
    check(!f && strstr(err, "no face 7 (the file has 4)"), "font: a missing face is refused", err);
    f = jx_font_open("tests/fonts/cff-stub.otf", 0, err, sizeof err);
    check(!f && strstr(err, "CFF-based OpenType (.otf) is not supported"), "font: CFF outlines are refused by name", err);
    jx_font_free(f);
    f = jx_font_open("tests/fonts/truncated.ttc", 0, err, sizeof err);
    check(!f && strstr(err, "truncated.ttc"), "font: a truncated collection fails cleanly", err);
    jx_font_free(f);
    jx_font_free(NULL);
}

int main(void) {
    test_fonts();
    test_parse();
    test_ties();
    test_compare();
    test_property();
    return failures ? 1 : 0;
}
