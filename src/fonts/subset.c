#include "fonts/subset.h"

#include "fonts/cff.h"

#include <hb-ot.h>
#include <hb-subset.h>
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

static int16_t be16(const char *p) { return (int16_t)((unsigned char)p[0] << 8 | (unsigned char)p[1]); }

/* The bounding box from head (xMin yMin xMax yMax at 36..43). */
static void head_bbox(hb_face_t *face, int bbox[4]) {
    hb_blob_t *b = hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'));
    unsigned len = 0;
    const char *h = hb_blob_get_data(b, &len);
    for (int k = 0; k < 4; k++) bbox[k] = len >= 44 ? be16(h + 36 + 2 * k) : 0;
    hb_blob_destroy(b);
}

/* hb_ot_metrics_get_position gives 26.6 fixed point at the font's scale. */
static int metric(hb_font_t *font, hb_ot_metrics_tag_t tag, int fallback) {
    hb_position_t v;
    return hb_ot_metrics_get_position(font, tag, &v) ? v : fallback;
}

static void describe(hb_face_t *sub, jx_subset *out) {
    hb_font_t *font = hb_font_create(sub);
    out->upem = hb_face_get_upem(sub);
    hb_font_set_scale(font, (int)out->upem, (int)out->upem);
    out->ascent = metric(font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, (int)out->upem * 88 / 100);
    out->descent = metric(font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, -(int)out->upem * 12 / 100);
    out->cap_height = metric(font, HB_OT_METRICS_TAG_CAP_HEIGHT, out->ascent);
    head_bbox(sub, out->bbox);
    unsigned size = sizeof out->ps_name;
    if (!hb_ot_name_get_utf8(sub, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, out->ps_name) ||
        !out->ps_name[0])
        snprintf(out->ps_name, sizeof out->ps_name, "Font");
    /* PostScript names are ASCII without spaces; keep what PDF names allow */
    for (char *c = out->ps_name; *c; c++)
        if (*c <= ' ' || *c > '~' || strchr("()<>[]{}/%#", *c)) *c = '-';
    hb_font_destroy(font);
}

/* Each code point's code and advance in the subset, from its own cmap. */
static int codes_of(hb_face_t *sub, jx_subset *out, const uint32_t *cps, size_t n, uint16_t *codes, uint16_t *advances) {
    unsigned nglyphs = hb_face_get_glyph_count(sub);
    uint16_t *cid_of = out->cff ? calloc(nglyphs ? nglyphs : 1, sizeof *cid_of) : NULL;
    if (out->cff && !cid_of) return -1;
    hb_blob_t *program = hb_face_reference_table(sub, HB_TAG('C', 'F', 'F', ' '));
    unsigned len = 0;
    const unsigned char *bytes = (const unsigned char *)hb_blob_get_data(program, &len);
    int keyed = out->cid_keyed = out->cff && jx_cff_cids(bytes, len, nglyphs, cid_of);
    hb_blob_destroy(program);
    hb_font_t *font = hb_font_create(sub);
    unsigned upem = hb_face_get_upem(sub);
    hb_font_set_scale(font, (int)upem, (int)upem);
    for (size_t i = 0; i < n; i++) {
        hb_codepoint_t g = 0;
        if (!hb_font_get_nominal_glyph(font, cps[i], &g)) g = 0;
        advances[i] = (uint16_t)hb_font_get_glyph_h_advance(font, g);
        codes[i] = keyed && g < nglyphs ? cid_of[g] : (uint16_t)g;
    }
    hb_font_destroy(font);
    free(cid_of);
    return 0;
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
static int cut_cff(const jx_font *font, const uint32_t *cps, size_t n, uint16_t *codes, uint16_t *advances,
                   jx_subset *out) {
    size_t len = 0;
    const unsigned char *program = jx_font_table(font, "CFF ", &len);
    if (!program) return 1;
    uint32_t *glyphs = malloc((n ? n : 1) * sizeof *glyphs);
    if (!glyphs) return -1;
    for (size_t i = 0; i < n; i++) glyphs[i] = jx_font_glyph(font, cps[i]);
    jx_buf made;
    jx_buf_init(&made, 0);
    program_file pf = {font, program};
    int rc = jx_cff_subset(program, len, read_from_file, &pf, glyphs, n, codes, &made);
    if (rc == 0) {
        for (size_t i = 0; i < n; i++) advances[i] = (uint16_t)jx_font_advance(font, glyphs[i]);
        out->cff = out->cid_keyed = 1;
        out->len = made.len;
        out->data = (unsigned char *)jx_buf_take(&made);
        describe(jx_font_hb_face(font), out);
    }
    free(glyphs);
    return rc;
}

int jx_subset_make(const jx_font *font, const uint32_t *cps, size_t n, uint16_t *codes, uint16_t *advances,
                   jx_subset *out, char *err, size_t err_size) {
    memset(out, 0, sizeof *out);
    int rc = cut_cff(font, cps, n, codes, advances, out);
    if (rc <= 0) {
        if (rc) snprintf(err, err_size, "%s: out of memory while subsetting", jx_font_path(font));
        return rc;
    }
    rc = -1;
    const char *path = jx_font_path(font);
    hb_face_t *face = jx_font_hb_face(font);
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    hb_face_t *sub = NULL;
    if (!face || !input || hb_face_get_glyph_count(face) == 0) {
        snprintf(err, err_size, "%s: cannot read the font to embed it", path);
        goto done;
    }
    out->cff = table_len(face, HB_TAG('C', 'F', 'F', ' ')) > 0;
    hb_set_t *unicodes = hb_subset_input_unicode_set(input);
    for (size_t i = 0; i < n; i++) hb_set_add(unicodes, cps[i]);
    hb_set_t *drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (size_t i = 0; i < sizeof DROPPED / sizeof DROPPED[0]; i++) hb_set_add(drop, DROPPED[i]);
    /* hinting is of no use in print; a CJK CFF font's subroutines are
     * shared by thousands of glyphs, and inlining the few a subset uses
     * makes it smaller and the subsetting twice as fast */
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_DESUBROUTINIZE);
    sub = hb_subset_or_fail(face, input);
    if (!sub) {
        snprintf(err, err_size, "%s: the font cannot be subset", path);
        goto done;
    }
    describe(sub, out);
    if (codes_of(sub, out, cps, n, codes, advances) == 0) {
        /* a CID-keyed CFF program is embedded bare, where every reader
         * finds its glyphs by CID through its charset */
        hb_blob_t *data = out->cid_keyed ? hb_face_reference_table(sub, HB_TAG('C', 'F', 'F', ' ')) : hb_face_reference_blob(sub);
        unsigned len = 0;
        const char *bytes = hb_blob_get_data(data, &len);
        out->data = len ? malloc(len) : NULL;
        if (out->data) memcpy(out->data, bytes, len), out->len = len;
        hb_blob_destroy(data);
    }
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

void jx_subset_free(jx_subset *s) {
    if (!s) return;
    free(s->data);
    memset(s, 0, sizeof *s);
}
