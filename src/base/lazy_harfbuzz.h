/* HarfBuzz (hb-subset), which the font reader uses only for faces its own
 * subsetters leave (src/fonts/cff.c, glyf.c: a CFF font that is not
 * CID-keyed, a damaged one), opened the first time it is needed
 * (src/base/lazylibs.c says why). After this header, its own names call
 * through the table jx_lazy_harfbuzz_load filled. */
#ifndef JX_LAZY_HARFBUZZ_H
#define JX_LAZY_HARFBUZZ_H

#include "base/lazy.h"

#include <hb-subset.h>
#include <hb.h>


#define JX_HARFBUZZ_FUNCTIONS(X) \
    X(hb_blob_create_or_fail) \
    X(hb_blob_destroy) \
    X(hb_blob_get_data) \
    X(hb_blob_get_length) \
    X(hb_face_create) \
    X(hb_face_destroy) \
    X(hb_face_get_empty) \
    X(hb_face_get_glyph_count) \
    X(hb_face_reference_blob) \
    X(hb_face_reference_table) \
    X(hb_font_create) \
    X(hb_font_destroy) \
    X(hb_font_get_nominal_glyph) \
    X(hb_set_add) \
    X(hb_subset_input_create_or_fail) \
    X(hb_subset_input_destroy) \
    X(hb_subset_input_set) \
    X(hb_subset_input_set_flags) \
    X(hb_subset_input_unicode_set) \
    X(hb_subset_or_fail)

JX_LAZY_DECLARE(harfbuzz, JX_HARFBUZZ_FUNCTIONS)

#ifndef JX_LAZYLIBS_IMPL
#define hb_blob_create_or_fail (jx_lazy_harfbuzz_table()->hb_blob_create_or_fail)
#define hb_blob_destroy (jx_lazy_harfbuzz_table()->hb_blob_destroy)
#define hb_blob_get_data (jx_lazy_harfbuzz_table()->hb_blob_get_data)
#define hb_blob_get_length (jx_lazy_harfbuzz_table()->hb_blob_get_length)
#define hb_face_create (jx_lazy_harfbuzz_table()->hb_face_create)
#define hb_face_destroy (jx_lazy_harfbuzz_table()->hb_face_destroy)
#define hb_face_get_empty (jx_lazy_harfbuzz_table()->hb_face_get_empty)
#define hb_face_get_glyph_count (jx_lazy_harfbuzz_table()->hb_face_get_glyph_count)
#define hb_face_reference_blob (jx_lazy_harfbuzz_table()->hb_face_reference_blob)
#define hb_face_reference_table (jx_lazy_harfbuzz_table()->hb_face_reference_table)
#define hb_font_create (jx_lazy_harfbuzz_table()->hb_font_create)
#define hb_font_destroy (jx_lazy_harfbuzz_table()->hb_font_destroy)
#define hb_font_get_nominal_glyph (jx_lazy_harfbuzz_table()->hb_font_get_nominal_glyph)
#define hb_set_add (jx_lazy_harfbuzz_table()->hb_set_add)
#define hb_subset_input_create_or_fail (jx_lazy_harfbuzz_table()->hb_subset_input_create_or_fail)
#define hb_subset_input_destroy (jx_lazy_harfbuzz_table()->hb_subset_input_destroy)
#define hb_subset_input_set (jx_lazy_harfbuzz_table()->hb_subset_input_set)
#define hb_subset_input_set_flags (jx_lazy_harfbuzz_table()->hb_subset_input_set_flags)
#define hb_subset_input_unicode_set (jx_lazy_harfbuzz_table()->hb_subset_input_unicode_set)
#define hb_subset_or_fail (jx_lazy_harfbuzz_table()->hb_subset_or_fail)
#endif

#endif
