#include "base/package.h"

#include <stdlib.h>
#include <time.h>

#include "base/lazy_zip.h"

struct jx_package {
    zip_t *zip;
    zip_source_t *src;
    time_t mtime;
    int failed;
};

/* A fixed time for every entry, the same whatever the machine's zone:
 * libzip stores local time, so the local 1980-01-01 00:00 is asked for. */
static time_t fixed_time(void) {
    struct tm t = {0};
    t.tm_year = 80, t.tm_mon = 0, t.tm_mday = 1, t.tm_isdst = -1;
    return mktime(&t);
}

jx_package *jx_package_new(char *err, size_t err_size) {
    if (jx_lazy_zip_load(err, err_size)) return NULL;
    jx_package *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    zip_error_t ze;
    zip_error_init(&ze);
    p->src = zip_source_buffer_create(NULL, 0, 0, &ze);
    p->zip = p->src ? zip_open_from_source(p->src, ZIP_TRUNCATE, &ze) : NULL;
    zip_error_fini(&ze);
    if (!p->zip) {
        if (p->src) zip_source_free(p->src);
        free(p);
        return NULL;
    }
    zip_source_keep(p->src);
    p->mtime = fixed_time();
    return p;
}

void jx_package_add(jx_package *p, const char *name, char *bytes, size_t len) {
    if (!p || p->failed || !bytes) {
        free(bytes);
        if (p) p->failed = 1;
        return;
    }
    zip_source_t *s = zip_source_buffer(p->zip, bytes, len, 1);
    zip_int64_t i = s ? zip_file_add(p->zip, name, s, ZIP_FL_ENC_UTF_8) : -1;
    if (i < 0) {
        if (s) zip_source_free(s);
        else free(bytes);
        p->failed = 1;
        return;
    }
    zip_set_file_compression(p->zip, (zip_uint64_t)i, ZIP_CM_DEFLATE, 6);
    zip_file_set_mtime(p->zip, (zip_uint64_t)i, p->mtime, 0);
}

unsigned char *jx_package_finish(jx_package *p, size_t *len) {
    if (!p) return NULL;
    unsigned char *bytes = NULL;
    if (zip_close(p->zip) != 0) {
        zip_discard(p->zip);
        p->failed = 1;
    }
    zip_stat_t st;
    if (!p->failed && zip_source_open(p->src) == 0) {
        if (zip_source_stat(p->src, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && (bytes = malloc(st.size ? st.size : 1))) {
            zip_int64_t n = 0;
            for (*len = 0; *len < st.size && (n = zip_source_read(p->src, bytes + *len, st.size - *len)) > 0;) *len += (size_t)n;
            if (*len < st.size) free(bytes), bytes = NULL;
        }
        zip_source_close(p->src);
    }
    zip_source_free(p->src);
    free(p);
    return bytes;
}
