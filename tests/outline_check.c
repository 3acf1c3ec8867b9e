/* Every glyph jixiao's subsetters keep has the outline of the original
 * face, as FreeType — a reader jixiao does not use — draws them: the same
 * contours, points, on/off-curve flags and advance, in font units without
 * hinting. The code points are every character of the files given; the
 * faces are each role's (the Debian faces, or fonts/), and any font file
 * given with --face.
 * Usage: outline_check [--face FILE]... TEXT...
 * Prints one line per face and what differs; exits 1 when anything does. */
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"
#include "fonts/fontset.h"
#include "fonts/subset.h"

#define MAX_CPS 65536

static size_t read_cps(const char *path, uint32_t *cps, size_t n, unsigned char *seen) {
    FILE *f = fopen(path, "rb");
    if (!f) return n;
    static unsigned char buf[1 << 22];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = jx_utf8_decode(buf + i, len - i, &cp);
        if (!k) k = 1, cp = 0;
        i += k;
        if (cp >= 0x20 && cp < MAX_CPS && !seen[cp]) seen[cp] = 1, cps[n++] = cp;
    }
    return n;
}

/* FreeType's glyph of a face, unhinted and unscaled. */
static int load(FT_Face face, unsigned gid, FT_Outline *o, long *advance) {
    if (FT_Load_Glyph(face, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP)) return -1;
    *o = face->glyph->outline;
    *advance = face->glyph->metrics.horiAdvance;
    return 0;
}

static int same_outline(const FT_Outline *a, const FT_Outline *b) {
    if (a->n_points != b->n_points || a->n_contours != b->n_contours) return 0;
    for (int i = 0; i < a->n_contours; i++)
        if (a->contours[i] != b->contours[i]) return 0;
    for (int i = 0; i < a->n_points; i++)
        if (a->points[i].x != b->points[i].x || a->points[i].y != b->points[i].y ||
            (a->tags[i] & 3) != (b->tags[i] & 3))
            return 0;
    return 1;
}

/* Subsets font to cps and compares each kept glyph; the number that differ
 * (-1 when the face or its subset cannot be read). */
static int check_face(FT_Library lib, const jx_font *font, const uint32_t *all, size_t nall) {
    uint32_t *cps = malloc(nall * sizeof *cps);
    uint16_t *codes = malloc(nall * sizeof *codes), *adv = malloc(nall * sizeof *adv);
    size_t n = 0;
    for (size_t i = 0; cps && i < nall; i++)
        if (jx_font_glyph(font, all[i])) cps[n++] = all[i];
    jx_subset s = {0};
    char err[256];
    FT_Face orig = NULL, cut = NULL;
    int bad = -1;
    if (cps && codes && adv && jx_subset_codes(font, cps, n, codes, adv) == 0 && jx_subset_make(font, cps, n, &s, err, sizeof err) == 0 &&
        FT_New_Face(lib, jx_font_path(font), jx_font_face(font), &orig) == 0 &&
        FT_New_Memory_Face(lib, s.data, (FT_Long)s.len, 0, &cut) == 0) {
        bad = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned from = FT_Get_Char_Index(orig, cps[i]), to = codes[i];
            if (s.cid_map && (size_t)codes[i] * 2 + 1 < s.cid_map_len)
                to = (unsigned)s.cid_map[codes[i] * 2] << 8 | s.cid_map[codes[i] * 2 + 1];
            FT_Outline a, b;
            long adv_a, adv_b;
            int ok = load(orig, from, &a, &adv_a) == 0;
            FT_Outline a_copy;
            int copied = ok && FT_Outline_New(lib, (FT_UInt)a.n_points, a.n_contours, &a_copy) == 0;
            if (copied) FT_Outline_Copy(&a, &a_copy);
            ok = copied && load(cut, to, &b, &adv_b) == 0 && same_outline(&a_copy, &b) && adv_a == adv_b;
            if (copied) FT_Outline_Done(lib, &a_copy);
            if (!ok && bad++ < 5)
                printf("  U+%04X: glyph %u of the face and %u of its subset differ\n", (unsigned)cps[i], from, to);
        }
        printf("%s (face %d): %zu glyphs of %s, %d differ\n", jx_font_path(font), jx_font_face(font), n,
               s.cid_keyed ? "a CID-keyed CFF subset" : s.cid_map ? "a TrueType subset" : "an hb-subset", bad);
    } else {
        printf("%s: cannot subset or read it\n", jx_font_path(font));
    }
    if (cut) FT_Done_Face(cut);
    if (orig) FT_Done_Face(orig);
    jx_subset_free(&s);
    free(cps), free(codes), free(adv);
    return bad;
}

int main(int argc, char **argv) {
    static uint32_t cps[MAX_CPS];
    static unsigned char seen[MAX_CPS];
    const char *extra[16];
    size_t n = 0, nextra = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--face") == 0 && i + 1 < argc && nextra < 16) extra[nextra++] = argv[++i];
        else n = read_cps(argv[i], cps, n, seen);
    }
    FT_Library lib;
    jx_fontset fs;
    char err[512];
    if (n == 0 || FT_Init_FreeType(&lib) || jx_fontset_open(&fs, getenv("JIXIAO_FONTS"), NULL, err, sizeof err)) {
        fprintf(stderr, "outline_check: no text, no FreeType, or no faces\n");
        return 2;
    }
    int failed = 0;
    for (int f = 0; f < fs.nfaces; f++) failed |= check_face(lib, fs.faces[f], cps, n) != 0;
    for (size_t i = 0; i < nextra; i++) {
        jx_font *font = jx_font_open(extra[i], 0, NULL, err, sizeof err);
        failed |= !font || check_face(lib, font, cps, n) != 0;
        jx_font_free(font);
    }
    jx_fontset_close(&fs);
    FT_Done_FreeType(lib);
    return failed;
}
