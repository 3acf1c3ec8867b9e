#include "engine/raster.h"

/* libpng and libjpeg report a damaged file by longjmp out of the decoder:
 * every decoder call below runs under its own setjmp. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h> /* before jpeglib.h, which uses FILE */
#include <jpeglib.h>
#include <png.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/limits.h"

/* A file larger than this is no logo or seal (a 300 dpi A4 scan as JPEG is
 * a few MB). */

static int too_large(unsigned w, unsigned h, char *err, size_t err_size) {
    if (w == 0 || h == 0) return snprintf(err, err_size, "the image has no pixels"), 1;
    if ((unsigned long long)w * h <= JX_RASTER_MAX_PIXELS) return 0;
    snprintf(err, err_size, "the image is %u×%u pixels; images up to %u megapixels are accepted", w, h,
             JX_RASTER_MAX_PIXELS / 1000000);
    return 1;
}

/*** PNG ***/

typedef struct png_src {
    const unsigned char *bytes;
    size_t len, at;
    char *err;
    size_t err_size;
} png_src;

static void png_read_bytes(png_structp png, png_bytep out, png_size_t n) {
    png_src *s = png_get_io_ptr(png);
    if (n > s->len - s->at) png_error(png, "the file ends inside the image");
    memcpy(out, s->bytes + s->at, n);
    s->at += n;
}

static void png_on_error(png_structp png, png_const_charp msg) {
    png_src *s = png_get_error_ptr(png);
    snprintf(s->err, s->err_size, "a damaged PNG (%s)", msg);
    png_longjmp(png, 1);
}

static void png_on_warning(png_structp png, png_const_charp msg) { (void)png, (void)msg; }

/* Splits RGBA into RGB and, when some pixel is not opaque (a seal over
 * its text), an alpha plane. */
static int split_alpha(jx_raster *out, const unsigned char *rgba, size_t pixels) {
    out->len = pixels * 3;
    out->data = malloc(out->len);
    if (!out->data) return -1;
    int opaque = 1;
    for (size_t i = 0; i < pixels; i++) {
        memcpy(out->data + 3 * i, rgba + 4 * i, 3);
        opaque &= rgba[4 * i + 3] == 0xFF;
    }
    if (opaque) return 0;
    out->alpha = malloc(pixels);
    if (!out->alpha) return -1;
    for (size_t i = 0; i < pixels; i++) out->alpha[i] = rgba[4 * i + 3];
    return 0;
}

static int read_png(const unsigned char *bytes, size_t len, int pixels, jx_raster *out, char *err, size_t err_size) {
    png_src src = {bytes, len, 0, err, err_size};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &src, png_on_error, png_on_warning);
    png_infop info = png ? png_create_info_struct(png) : NULL;
    unsigned char *volatile rgba = NULL;
    png_bytep *volatile rows = NULL;
    int rc = -1;
    if (!info) {
        snprintf(err, err_size, "out of memory");
        goto done;
    }
    if (setjmp(png_jmpbuf(png))) goto done;
    png_set_read_fn(png, &src, png_read_bytes);
    png_read_info(png, info);
    png_uint_32 w = png_get_image_width(png, info), h = png_get_image_height(png, info);
    if (too_large(w, h, err, err_size)) goto done;
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_gray_to_rgb(png);
    png_set_add_alpha(png, 0xFF, PNG_FILLER_AFTER);
    (void)png_set_interlace_handling(png);
    png_read_update_info(png, info);
    rgba = malloc((size_t)w * h * 4);
    rows = malloc(h * sizeof *rows);
    if (!rgba || !rows) {
        snprintf(err, err_size, "out of memory decoding a %u×%u image", (unsigned)w, (unsigned)h);
        goto done;
    }
    for (png_uint_32 y = 0; y < h; y++) rows[y] = rgba + (size_t)y * w * 4;
    png_read_image(png, rows);
    png_read_end(png, NULL);
    out->width = w, out->height = h;
    if (pixels && split_alpha(out, rgba, (size_t)w * h)) {
        snprintf(err, err_size, "out of memory decoding a %u×%u image", (unsigned)w, (unsigned)h);
        goto done;
    }
    rc = 0;
done:
    png_destroy_read_struct(png ? &png : NULL, info ? &info : NULL, NULL);
    free(rgba);
    free(rows);
    return rc;
}

/*** JPEG ***/

typedef struct jpeg_guard {
    struct jpeg_error_mgr mgr;
    jmp_buf jump;
    char *err;
    size_t err_size;
} jpeg_guard;

static void jpeg_on_error(j_common_ptr cinfo) {
    jpeg_guard *g = (jpeg_guard *)cinfo->err;
    char msg[JMSG_LENGTH_MAX];
    cinfo->err->format_message(cinfo, msg);
    snprintf(g->err, g->err_size, "a damaged JPEG (%s)", msg);
    longjmp(g->jump, 1);
}

/* libjpeg's warnings are corrupt data it decoded around ("premature end of
 * data segment"): here they are errors. */
static void jpeg_on_message(j_common_ptr cinfo, int level) {
    if (level < 0) jpeg_on_error(cinfo);
}

static int read_jpeg(const unsigned char *bytes, size_t len, int keep, jx_raster *out, char *err, size_t err_size) {
    struct jpeg_decompress_struct cinfo;
    jpeg_guard guard;
    JSAMPARRAY row = NULL;
    cinfo.err = jpeg_std_error(&guard.mgr);
    guard.mgr.error_exit = jpeg_on_error;
    guard.mgr.emit_message = jpeg_on_message;
    guard.err = err, guard.err_size = err_size;
    if (setjmp(guard.jump)) {
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, bytes, (unsigned long)len);
    jpeg_read_header(&cinfo, TRUE);
    if (too_large(cinfo.image_width, cinfo.image_height, err, err_size)) {
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    jpeg_start_decompress(&cinfo);
    row = (*cinfo.mem->alloc_sarray)((j_common_ptr)&cinfo, JPOOL_IMAGE, cinfo.output_width * cinfo.output_components, 1);
    while (cinfo.output_scanline < cinfo.output_height) jpeg_read_scanlines(&cinfo, row, 1);
    jpeg_finish_decompress(&cinfo);
    out->width = cinfo.image_width, out->height = cinfo.image_height;
    out->jpeg = 1;
    jpeg_destroy_decompress(&cinfo);
    if (!keep) return 0;
    out->data = malloc(len);
    if (!out->data) return snprintf(err, err_size, "out of memory"), -1;
    memcpy(out->data, bytes, len);
    out->len = len;
    return 0;
}

int jx_raster_decode(const unsigned char *bytes, size_t len, int pixels, jx_raster *out, char *err, size_t err_size) {
    static const unsigned char png_sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    memset(out, 0, sizeof *out);
    int rc;
    if (len >= 8 && memcmp(bytes, png_sig, 8) == 0)
        rc = read_png(bytes, len, pixels, out, err, err_size);
    else if (len >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        rc = read_jpeg(bytes, len, pixels, out, err, err_size);
    else
        rc = -1, snprintf(err, err_size, "neither a PNG nor a JPEG image");
    if (rc) jx_raster_free(out);
    return rc;
}

/* Only a regular file is read: a FIFO or a device would block or never end. */
static unsigned char *read_regular(const char *path, size_t *len, char *err, size_t err_size) {
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0) return snprintf(err, err_size, "cannot open: %s", strerror(errno)), NULL;
    unsigned char *buf = NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, err_size, "not a regular file");
    } else if ((unsigned long long)st.st_size > JX_MAX_IMAGE_FILE) {
        snprintf(err, err_size, "a %lld-byte file is no image to embed (the limit is %u MiB)", (long long)st.st_size,
                 JX_MAX_IMAGE_FILE >> 20);
    } else if ((buf = malloc((size_t)st.st_size ? (size_t)st.st_size : 1)) == NULL) {
        snprintf(err, err_size, "out of memory");
    } else {
        size_t done = 0;
        ssize_t got = 0;
        while (done < (size_t)st.st_size && (got = read(fd, buf + done, (size_t)st.st_size - done)) > 0) done += (size_t)got;
        *len = done;
        if (got < 0) snprintf(err, err_size, "cannot read: %s", strerror(errno)), free(buf), buf = NULL;
    }
    close(fd);
    return buf;
}

int jx_raster_read(const char *path, int pixels, jx_raster *out, char *err, size_t err_size) {
    memset(out, 0, sizeof *out);
    size_t len = 0;
    unsigned char *bytes = read_regular(path, &len, err, err_size);
    if (!bytes) return -1;
    int rc = jx_raster_decode(bytes, len, pixels, out, err, err_size);
    free(bytes);
    return rc;
}

void jx_raster_free(jx_raster *r) {
    if (!r) return;
    free(r->data);
    free(r->alpha);
    memset(r, 0, sizeof *r);
}
