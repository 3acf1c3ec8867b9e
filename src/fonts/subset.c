#include "fonts/subset.h"

#include "fonts/cff.h"
#include "fonts/glyf.h"
#include "base/lazy_harfbuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Tables a PDF viewer never reads from an embedded font: layout features,
 * vertical metrics, colour, variations, signatures. */
static const hb_tag_t DROPPED[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'), HB_TAG('B', 'A', 'S', 'E'),
    HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'), HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'),
    HB_TAG('V', 'O', 'R', 'G'), HB_TAG('k', 'e', 'r', 'n'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('m', 'o', 'r', 'x'),
    HB_TAG('C', 'O', 'L', 'R'), HB_TAG('C', 'P', 'A', 'L'), HB_TAG('S', 'V', 'G', ' '), HB_TAG('s', 'b', 'i', 'x'),
    HB_TAG('C', 'B', 'D', 'T'), HB_TAG('C', 'B', 'L', 'C'), HB_TAG('E', 'B', 'D', 'T'), HB_TAG('E', 'B', 'L', 'C'),
    HB_TAG('g', 'a', 's', 'p'), HB_TAG('h', 'd', 'm', 'x'), HB_TAG('L', 'T', 'S', 'H'), HB_TAG('V', 'D', 'M', 'X'),
    HB_TAG('P', 'C', 'L', 'T'), HB_TAG('m', 'e', 't', 'a')};

static int table_len(hb_face_t *face, hb_tag_t tag) {
    hb_blob_t *b = hb_face_reference_table(face, tag);
    unsigned len = hb_blob_get_length(b);
    hb_blob_destroy(b);
    return (int)len;
}

/* What a FontDescriptor says of the face, read off its own tables: the
 * subset keeps them as they are. */
static void describe(const jx_font *font, jx_subset *out) {
    out->upem = jx_font_units_per_em(font);
    jx_font_line_metrics(font, &out->ascent, &out->descent);
    out->cap_height = jx_font_cap_height(font);
    jx_font_bbox(font, out->bbox);
    snprintf(out->ps_name, sizeof out->ps_name, "%s", jx_font_ps_name(font));
}

/* The glyphs of cps[0..n) in the face (NULL when memory runs out). */
static uint32_t *glyphs_of(const jx_font *font, const uint32_t *cps, size_t n) {
    uint32_t *glyphs = malloc((n ? n : 1) * sizeof *glyphs);
    for (size_t i = 0; glyphs && i < n; i++) glyphs[i] = jx_font_glyph(font, cps[i]);
    return glyphs;
}

int jx_subset_codes(const jx_font *font, const uint32_t *cps, size_t n, uint16_t *codes, uint16_t *advances) {
    uint32_t *glyphs = glyphs_of(font, cps, n);
    size_t len = 0;
    const unsigned char *program = jx_font_table(font, "CFF ", &len);
    int keyed = glyphs && program ? jx_cff_cids_of(program, len, glyphs, n, codes) : 0;
    for (size_t i = 0; glyphs && i < n; i++) {
        if (keyed != 1) codes[i] = (uint16_t)glyphs[i];
        advances[i] = (uint16_t)jx_font_advance(font, glyphs[i]);
    }
    free(glyphs);
    return glyphs && keyed >= 0 ? 0 : -1;
}

typedef struct program_file {
    const jx_font *font;
    const unsigned char *program;
} program_file;

static int read_from_file(void *ctx, size_t offset, size_t n, unsigned char *buf) {
    const program_file *pf = ctx;
    return jx_font_copy(pf->font, pf->program + offset, n, buf);
}

/* A CID-keyed CFF face cut by jixiao's own reader (cff.c): 0, 1 when it
 * leaves the face to hb-subset, -1 out of memory. */
static int cut_cff(const jx_font *font, const uint32_t *glyphs, size_t n, jx_subset *out) {
    size_t len = 0;
    const unsigned char *program = jx_font_table(font, "CFF ", &len);
    uint16_t *cids = program ? malloc((n ? n : 1) * sizeof *cids) : NULL;
    if (!program || !cids) return free(cids), program ? -1 : 1;
    jx_buf made;
    jx_buf_init(&made, 0);
    program_file pf = {font, program};
    int rc = jx_cff_subset(program, len, read_from_file, &pf, jx_font_flattened(font), glyphs, n, cids, &made);
    free(cids);
    if (rc == 0) {
        out->cff = out->cid_keyed = 1;
        out->len = made.len;
        out->data = (unsigned char *)jx_buf_take(&made);
        describe(font, out);
    }
    return rc;
}

/* A TrueType subset's CIDToGIDMap: content streams name glyphs by their
 * index in the face (jx_subset_codes), the subset numbers them anew; two
 * bytes for each index up to the largest, the new glyph or 0. */
static int set_cid_map(const uint32_t *glyphs, const uint16_t *renumbered, size_t n, jx_subset *out) {
    uint32_t last = 0;
    for (size_t i = 0; i < n; i++) last = glyphs[i] > last ? glyphs[i] : last;
    out->cid_map_len = 2 * ((size_t)last + 1);
    out->cid_map = calloc(out->cid_map_len, 1);
    for (size_t i = 0; out->cid_map && i < n; i++)
        if (glyphs[i]) out->cid_map[2 * glyphs[i]] = (unsigned char)(renumbered[i] >> 8),
                       out->cid_map[2 * glyphs[i] + 1] = (unsigned char)renumbered[i];
    return out->cid_map ? 0 : -1;
}

/* A TrueType face cut by jixiao's own reader (glyf.c): 0, 1 when it leaves
 * the face to hb-subset, -1 out of memory. */
static int cut_glyf(const jx_font *font, const uint32_t *glyphs, size_t n, jx_subset *out) {
    uint16_t *renumbered = malloc((n ? n : 1) * sizeof *renumbered);
    if (!renumbered) return -1;
    jx_buf made;
    jx_buf_init(&made, 0);
    int rc = jx_glyf_subset(font, glyphs, n, &made, renumbered);
    if (rc == 0 && set_cid_map(glyphs, renumbered, n, out)) rc = -1, jx_buf_free(&made);
    if (rc == 0) {
        out->len = made.len;
        out->data = (unsigned char *)jx_buf_take(&made);
        describe(font, out);
    }
    free(renumbered);
    return rc;
}

/* The subset's number for each code point, from its own cmap. */
static void renumbered_by_cmap(hb_face_t *sub, const uint32_t *cps, size_t n, uint16_t *renumbered) {
    hb_font_t *font = hb_font_create(sub);
    for (size_t i = 0; i < n; i++) {
        hb_codepoint_t g = 0;
        renumbered[i] = hb_font_get_nominal_glyph(font, cps[i], &g) ? (uint16_t)g : 0;
    }
    hb_font_destroy(font);
}

/* Any other face cut by hb-subset: 0, or -1 with a message. The codes of
 * jx_subset_codes hold: a TrueType face's glyph indices through its
 * CIDToGIDMap, a CFF face's glyph indices kept as they are, a CID-keyed
 * program's CIDs kept in its charset (it is embedded bare, where readers
 * find glyphs by CID). */
static int cut_with_harfbuzz(const jx_font *font, const uint32_t *cps, const uint32_t *glyphs, size_t n, int keyed,
                             uint16_t *renumbered, jx_subset *out, char *err, size_t err_size) {
    int rc = -1;
    const char *path = jx_font_path(font);
    if (jx_lazy_harfbuzz_load(err, err_size)) return -1;
    hb_face_t *face = jx_font_hb_face(font);
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    hb_face_t *sub = NULL;
    if (!face || !input || hb_face_get_glyph_count(face) == 0) {
        snprintf(err, err_size, "%s: cannot read the font to embed it", path);
        goto done;
    }
    out->cff = table_len(face, HB_TAG('C', 'F', 'F', ' ')) > 0;
    /* by code point: a glyph set as well made hb-subset four times slower */
    hb_set_t *unicodes = hb_subset_input_unicode_set(input);
    for (size_t i = 0; i < n; i++) hb_set_add(unicodes, cps[i]);
    hb_set_t *drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (size_t i = 0; i < sizeof DROPPED / sizeof DROPPED[0]; i++) hb_set_add(drop, DROPPED[i]);
    /* hinting is of no use in print; a CJK CFF font's subroutines are
     * shared by thousands of glyphs, and inlining the few a subset uses
     * makes it smaller and the subsetting twice as fast */
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE |
                                         (out->cff && !keyed ? HB_SUBSET_FLAGS_RETAIN_GIDS : 0));
    sub = hb_subset_or_fail(face, input);
    if (!sub) {
        snprintf(err, err_size, "%s: the font cannot be subset", path);
        goto done;
    }
    describe(font, out);
    out->cid_keyed = out->cff && keyed;
    if (!out->cff) {
        renumbered_by_cmap(sub, cps, n, renumbered);
        if (set_cid_map(glyphs, renumbered, n, out)) {
            snprintf(err, err_size, "%s: out of memory while subsetting", path);
            goto done;
        }
    }
    hb_blob_t *data = out->cid_keyed ? hb_face_reference_table(sub, HB_TAG('C', 'F', 'F', ' ')) : hb_face_reference_blob(sub);
    unsigned len = 0;
    const char *bytes = hb_blob_get_data(data, &len);
    out->data = len ? malloc(len) : NULL;
    if (out->data) memcpy(out->data, bytes, len), out->len = len;
    hb_blob_destroy(data);
    if (!out->data) {
        snprintf(err, err_size, "%s: out of memory while subsetting", path);
        jx_subset_free(out);
        goto done;
    }
    rc = 0;
done:
    hb_face_destroy(sub);
    hb_subset_input_destroy(input);
    return rc;
}

int jx_subset_warm(const jx_font *font, const uint32_t *cps, size_t n) {
    size_t len = 0;
    const unsigned char *program = jx_font_table(font, "CFF ", &len);
    uint32_t *glyphs = program && jx_font_flattened(font) ? glyphs_of(font, cps, n) : NULL;
    program_file pf = {font, program};
    int rc = glyphs ? jx_cff_flatten(program, len, read_from_file, &pf, jx_font_flattened(font), glyphs, n) : -1;
    free(glyphs);
    return rc == 0 ? 0 : -1;
}

int jx_subset_make(const jx_font *font, const uint32_t *cps, size_t n, jx_subset *out, char *err, size_t err_size) {
    memset(out, 0, sizeof *out);
    err[0] = '\0';
    uint32_t *glyphs = glyphs_of(font, cps, n);
    uint16_t *numbers = glyphs ? malloc((n ? n : 1) * sizeof *numbers) : NULL; /* CIDs, then new glyph numbers */
    size_t len = 0;
    const unsigned char *program = jx_font_table(font, "CFF ", &len);
    int rc = !numbers ? -1 : program ? cut_cff(font, glyphs, n, out) : cut_glyf(font, glyphs, n, out);
    if (rc == 1) {
        int keyed = program ? jx_cff_cids_of(program, len, glyphs, n, numbers) : 0;
        rc = keyed < 0 ? -1 : cut_with_harfbuzz(font, cps, glyphs, n, keyed, numbers, out, err, err_size);
    }
    if (rc && !err[0]) snprintf(err, err_size, "%s: out of memory while subsetting", jx_font_path(font));
    free(numbers), free(glyphs);
    return rc;
}

void jx_subset_free(jx_subset *s) {
    if (!s) return;
    free(s->data);
    free(s->cid_map);
    memset(s, 0, sizeof *s);
}
