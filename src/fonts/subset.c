#include "fonts/subset.h"

#include <hb-subset.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int write_temp(const char *data, unsigned len, char *tmp_path, size_t tmp_size, char *err, size_t err_size) {
    const char *dir = getenv("TMPDIR");
    snprintf(tmp_path, tmp_size, "%s/jixiao-font-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(tmp_path);
    if (fd < 0) {
        snprintf(err, err_size, "cannot create a temporary file in %s", dir && *dir ? dir : "/tmp");
        return -1;
    }
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, data + done, len - done);
        if (w <= 0) break;
        done += (size_t)w;
    }
    if (close(fd) != 0 || done != len) {
        unlink(tmp_path);
        snprintf(err, err_size, "cannot write %s", tmp_path);
        return -1;
    }
    return 0;
}

int jx_subset_to_file(const char *path, int face_index, const uint32_t *cps, size_t n, char *tmp_path,
                      size_t tmp_size, char *err, size_t err_size) {
    int rc = -1;
    hb_blob_t *blob = hb_blob_create_from_file_or_fail(path);
    hb_face_t *face = blob ? hb_face_create(blob, (unsigned)face_index) : NULL;
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    hb_face_t *sub = NULL;
    if (!face || !input) {
        snprintf(err, err_size, "%s: cannot read for subsetting", path);
        goto done;
    }
    hb_set_t *unicodes = hb_subset_input_unicode_set(input);
    for (size_t i = 0; i < n; i++) hb_set_add(unicodes, cps[i]);
    /* glyph IDs stay as they are: the PDF's CID-to-glyph map is built from
     * the subset's own cmap, and hinting is of no use in print */
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
    sub = hb_subset_or_fail(face, input);
    if (!sub) {
        snprintf(err, err_size, "%s: subsetting failed", path);
        goto done;
    }
    hb_blob_t *out = hb_face_reference_blob(sub);
    unsigned len = 0;
    const char *data = hb_blob_get_data(out, &len);
    rc = len ? write_temp(data, len, tmp_path, tmp_size, err, err_size) : -1;
    hb_blob_destroy(out);
done:
    hb_face_destroy(sub);
    hb_subset_input_destroy(input);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
    return rc;
}
