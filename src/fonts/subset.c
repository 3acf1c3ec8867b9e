#include "fonts/subset.h"

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
    out->nglyphs = hb_face_get_glyph_count(sub);
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
    out->advance = calloc(out->nglyphs ? out->nglyphs : 1, sizeof *out->advance);
    for (unsigned g = 0; out->advance && g < out->nglyphs; g++)
        out->advance[g] = (uint16_t)hb_font_get_glyph_h_advance(font, g);
    hb_font_destroy(font);
}

/* Each code point's glyph in the subset, from the subset's own cmap. */
static void glyphs_of(hb_face_t *sub, const uint32_t *cps, size_t n, uint16_t *gids) {
    hb_font_t *font = hb_font_create(sub);
    for (size_t i = 0; i < n; i++) {
        hb_codepoint_t g = 0;
        gids[i] = hb_font_get_nominal_glyph(font, cps[i], &g) ? (uint16_t)g : 0;
    }
    hb_font_destroy(font);
}

int jx_subset_make(const char *path, int face_index, const uint32_t *cps, size_t n, uint16_t *gids, jx_subset *out,
                   char *err, size_t err_size) {
    memset(out, 0, sizeof *out);
    int rc = -1;
    hb_blob_t *blob = hb_blob_create_from_file_or_fail(path);
    hb_face_t *face = blob ? hb_face_create(blob, (unsigned)face_index) : NULL;
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
    /* hinting is of no use in print; a CFF font's glyph numbers are its CIDs */
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING | (out->cff ? HB_SUBSET_FLAGS_RETAIN_GIDS : 0));
    sub = hb_subset_or_fail(face, input);
    if (!sub) {
        snprintf(err, err_size, "%s: the font cannot be subset", path);
        goto done;
    }
    hb_blob_t *data = hb_face_reference_blob(sub);
    unsigned len = 0;
    const char *bytes = hb_blob_get_data(data, &len);
    out->data = len ? malloc(len) : NULL;
    if (out->data) memcpy(out->data, bytes, len), out->len = len;
    hb_blob_destroy(data);
    describe(sub, out);
    glyphs_of(sub, cps, n, gids);
    if (!out->data || !out->advance) {
        snprintf(err, err_size, "%s: out of memory while subsetting", path);
        jx_subset_free(out);
        goto done;
    }
    rc = 0;
done:
    hb_face_destroy(sub);
    hb_subset_input_destroy(input);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return rc;
}

void jx_subset_free(jx_subset *s) {
    if (!s) return;
    free(s->data);
    free(s->advance);
    memset(s, 0, sizeof *s);
}
