#define _GNU_SOURCE /* memfd_create: a face held apart from its file */
#include "fonts/font.h"

#include "base/cache.h"
#include "base/limits.h"
#include "fonts/cff.h"
#include "base/utf8.h"

#include "base/lazy_harfbuzz.h"

#include <pthread.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* A face's table of BMP code points, 16-bit glyphs in the machine's order;
 * BMP_FORMAT is raised when its making changes. */
#define BMP_BYTES (0x10000 * sizeof(uint16_t))
#define BMP_FORMAT 1

struct jx_font {
    unsigned char *data; /* the file, mapped read-only: only the tables read are paged in */
    size_t len;
    int fd;              /* the same file, for reads that should not go through the mapping */
    char *path;
    int face;
    uint32_t dir;            /* the face's table directory */
    uint32_t cmap, cmap_len; /* the chosen subtable */
    int cmap_format;         /* 4 or 12 */
    const uint16_t *bmp;     /* the glyph of every BMP code point: bmp_made, or the cache's */
    uint16_t *bmp_made;      /* read off the cmap */
    jx_cached bmp_cached;
    pthread_mutex_t hb_lock; /* hb is made on first use, by whichever document of a batch asks */
    int hb_lock_made;
    hb_face_t *hb;           /* the same face for hb-subset, over the same mapping: its
                                tables parsed once for every document of a batch */
    jx_cff_glyphs *flattened; /* a CFF face's charstrings as its subsets flatten them */
    uint32_t hmtx, hmtx_len;
    uint32_t num_hmetrics, num_glyphs, units_per_em;
    int ascender, descender, cap_height;
    int line_ascent, line_descent; /* hhea's, or OS/2's typographic ones when it asks */
    int bbox[4]; /* head: xMin yMin xMax yMax */
    char family[128];
    char ps_name[64]; /* name ID 6, as PDF names allow */
};

static int in_range(const jx_font *f, uint32_t off, uint32_t n) {
    return off <= f->len && n <= f->len - off;
}
static uint32_t u16(const jx_font *f, uint32_t off) {
    return in_range(f, off, 2) ? (uint32_t)(f->data[off] << 8 | f->data[off + 1]) : 0;
}
static int32_t s16(const jx_font *f, uint32_t off) { return (int16_t)u16(f, off); }
static uint32_t be32(const unsigned char *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static uint32_t u32(const jx_font *f, uint32_t off) {
    return in_range(f, off, 4) ? be32(f->data + off) : 0;
}

/* Only a regular file is mapped: a FIFO or a device would block or change.
 * The file stays open (*fd) when fd is given. */
static unsigned char *map_file(const char *path, size_t *len, int *fd_kept, struct stat *stat_out, char *err,
                               size_t err_size) {
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0) {
        snprintf(err, err_size, "%s: cannot open: %s", path, strerror(errno));
        return NULL;
    }
    unsigned char *map = NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, err_size, "%s: not a regular file", path);
    } else if (st.st_size <= 0 || (unsigned long long)st.st_size > JX_MAX_FONT_FILE) {
        snprintf(err, err_size, "%s: not a font file of a usable size", path);
    } else {
        void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m == MAP_FAILED)
            snprintf(err, err_size, "%s: cannot map the file", path);
        else
            map = m;
    }
    if (map && fd_kept) *fd_kept = fd;
    else close(fd);
    if (map && stat_out) *stat_out = st;
    *len = map ? (size_t)st.st_size : 0;
    return map;
}

static void unmap_file(unsigned char *data, size_t len) {
    if (data) munmap(data, len);
}

/* A table in the cache is copied too: a batch depends on no file it has
 * not read. */
static int hold_bmp(jx_font *f) {
    if (f->bmp_made) return 0;
    f->bmp_made = malloc(BMP_BYTES);
    if (!f->bmp_made) return -1;
    memcpy(f->bmp_made, f->bmp, BMP_BYTES);
    f->bmp = f->bmp_made;
    jx_cache_release(&f->bmp_cached);
    return 0;
}

int jx_font_hold(jx_font *f) {
    if (hold_bmp(f)) return -1;
    int mem = memfd_create("jixiao-face", MFD_CLOEXEC);
    if (mem < 0) return -1;
    for (size_t done = 0; done < f->len;) {
        ssize_t n = write(mem, f->data + done, f->len - done);
        if (n <= 0) return close(mem), -1;
        done += (size_t)n;
    }
    void *m = mmap(NULL, f->len, PROT_READ, MAP_PRIVATE, mem, 0);
    if (m == MAP_FAILED) return close(mem), -1;
    unmap_file(f->data, f->len);
    if (f->fd >= 0) close(f->fd);
    f->data = m;
    f->fd = mem;
    return 0;
}

/* Offset of the face's table directory, or (uint32_t)-1. */
static uint32_t face_offset(const jx_font *f, int face, int *count) {
    if (u32(f, 0) == 0x74746366) { /* 'ttcf' */
        uint32_t n = u32(f, 8);
        *count = n > 1000 ? 0 : (int)n;
        if (face < 0 || (uint32_t)face >= n) return (uint32_t)-1;
        return u32(f, 12 + 4 * (uint32_t)face);
    }
    *count = 1;
    return face == 0 ? 0 : (uint32_t)-1;
}

static int find_table(const jx_font *f, uint32_t dir, const char *tag, uint32_t *off, uint32_t *len) {
    uint32_t n = u16(f, dir + 4);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t rec = dir + 12 + 16 * i;
        if (!in_range(f, rec, 16)) return 0;
        if (memcmp(f->data + rec, tag, 4) == 0) {
            *off = u32(f, rec + 8);
            *len = u32(f, rec + 12);
            return in_range(f, *off, *len);
        }
    }
    return 0;
}

/* Prefers a full-Unicode subtable (3,10 format 12), then the BMP (3,1 or
 * 0,x format 4). */
static int choose_cmap(jx_font *f, uint32_t cmap, uint32_t cmap_len) {
    uint32_t n = u16(f, cmap + 2);
    int best = 0;
    for (uint32_t i = 0; i < n && 4 + 8 * i + 8 <= cmap_len; i++) {
        uint32_t platform = u16(f, cmap + 4 + 8 * i), encoding = u16(f, cmap + 6 + 8 * i);
        uint32_t sub = cmap + u32(f, cmap + 8 + 8 * i);
        uint32_t format = u16(f, sub);
        int unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode || (format != 4 && format != 12)) continue;
        int rank = format == 12 ? 2 : 1;
        if (rank <= best) continue;
        uint32_t len = format == 12 ? u32(f, sub + 4) : u16(f, sub + 2);
        if (!in_range(f, sub, len)) continue;
        f->cmap = sub;
        f->cmap_len = len;
        f->cmap_format = (int)format;
        best = rank;
    }
    return best > 0;
}

/* The family name (name ID 1), preferring the English (0x409) record;
 * UTF-16BE is converted to UTF-8. */
static void read_family(jx_font *f, uint32_t name, uint32_t name_len) {
    uint32_t count = u16(f, name + 2), strings = name + u16(f, name + 4), best = 0;
    int best_rank = 0;
    for (uint32_t i = 0; i < count && 6 + 12 * i + 12 <= name_len; i++) {
        uint32_t rec = name + 6 + 12 * i;
        /* the full name tells a bold face from its regular one; the family
         * name serves where there is none; English first */
        if (u16(f, rec) != 3 || (u16(f, rec + 6) != 4 && u16(f, rec + 6) != 1)) continue;
        int rank = (u16(f, rec + 6) == 4 ? 2 : 0) + (u16(f, rec + 4) == 0x409 ? 2 : 1);
        if (rank > best_rank) best_rank = rank, best = rec;
    }
    if (!best_rank) return;
    uint32_t len = u16(f, best + 8), off = strings + u16(f, best + 10);
    if (!in_range(f, off, len)) return;
    size_t w = 0;
    for (uint32_t k = 0; k + 1 < len && w + 4 < sizeof f->family; k += 2) {
        w += jx_utf8_encode(u16(f, off + k), f->family + w);
    }
    f->family[w] = '\0';
}

/* The PostScript name (name ID 6) in ASCII, with what PDF names do not
 * allow replaced; "Font" when there is none. */
static void read_ps_name(jx_font *f, uint32_t name, uint32_t name_len) {
    uint32_t count = u16(f, name + 2), strings = name + u16(f, name + 4);
    size_t w = 0;
    for (uint32_t i = 0; i < count && 6 + 12 * i + 12 <= name_len && !w; i++) {
        uint32_t rec = name + 6 + 12 * i, platform = u16(f, rec);
        if (u16(f, rec + 6) != 6 || (platform != 3 && platform != 1)) continue;
        uint32_t len = u16(f, rec + 8), off = strings + u16(f, rec + 10), step = platform == 3 ? 2 : 1;
        if (!in_range(f, off, len)) continue;
        for (uint32_t k = step - 1; k < len && w + 1 < sizeof f->ps_name; k += step) {
            unsigned char c = f->data[off + k];
            f->ps_name[w++] = c <= ' ' || c > '~' || strchr("()<>[]{}/%#", c) ? '-' : (char)c;
        }
    }
    f->ps_name[w] = '\0';
    if (!w) snprintf(f->ps_name, sizeof f->ps_name, "Font");
}

static uint32_t glyph_format4(const jx_font *f, uint32_t cp) {
    if (cp > 0xFFFF) return 0;
    uint32_t t = f->cmap, segs = u16(f, t + 6) / 2;
    uint32_t ends = t + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, ranges = deltas + 2 * segs;
    uint32_t lo = 0, hi = segs;
    while (lo < hi) { /* first segment whose end >= cp */
        uint32_t mid = (lo + hi) / 2;
        if (u16(f, ends + 2 * mid) < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= segs || u16(f, starts + 2 * lo) > cp) return 0;
    uint32_t delta = u16(f, deltas + 2 * lo), range = u16(f, ranges + 2 * lo);
    if (range == 0) return (cp + delta) & 0xFFFF;
    uint32_t at = ranges + 2 * lo + range + 2 * (cp - u16(f, starts + 2 * lo));
    if (at + 2 > f->cmap + f->cmap_len) return 0;
    uint32_t g = u16(f, at);
    return g ? (g + delta) & 0xFFFF : 0;
}

static uint32_t glyph_format12(const jx_font *f, uint32_t cp) {
    uint32_t groups = u32(f, f->cmap + 12);
    if (groups > (f->cmap_len - 16) / 12) return 0;
    uint32_t lo = 0, hi = groups;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2, g = f->cmap + 16 + 12 * mid;
        if (u32(f, g + 4) < cp)
            lo = mid + 1;
        else if (u32(f, g) > cp)
            hi = mid;
        else
            return u32(f, g + 8) + (cp - u32(f, g));
    }
    return 0;
}

static uint32_t glyph_in_cmap(const jx_font *f, uint32_t cp) {
    uint32_t g = f->cmap_format == 12 ? glyph_format12(f, cp) : glyph_format4(f, cp);
    return g < f->num_glyphs ? g : 0;
}

/* Every code point a typeset document asks for goes through here, several
 * times: the BMP is read off the cmap's segments or groups into a table
 * when the face is opened, and looked up directly. */
static int fill_bmp(jx_font *f) {
    uint16_t *bmp = f->bmp_made = calloc(0x10000, sizeof *bmp);
    if (!bmp) return -1;
    f->bmp = bmp;
    uint32_t t = f->cmap;
    /* groups and segments ascend without overlap in a sound font; a
     * hostile one that repeats them is read no further (each code point is
     * set once at most) */
    if (f->cmap_format == 12) {
        uint32_t groups = u32(f, t + 12);
        if (groups > (f->cmap_len - 16) / 12) return 0;
        /* the groups lie within the subtable, which choose_cmap found within
         * the file: read without a check per field (a CJK face has tens of
         * thousands of one-character groups) */
        const unsigned char *at = f->data + t + 16;
        for (uint32_t i = 0, next = 0; i < groups; i++, at += 12) {
            uint32_t first = be32(at), last = be32(at + 4), glyph = be32(at + 8);
            if (first < next || first > 0xFFFF || last < first) break;
            for (uint32_t cp = first; cp <= last && cp <= 0xFFFF; cp++, glyph++)
                bmp[cp] = glyph < f->num_glyphs ? (uint16_t)glyph : 0;
            if (last >= 0xFFFF) break;
            next = last + 1;
        }
        return 0;
    }
    uint32_t segs = u16(f, t + 6) / 2, ends = t + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs,
             ranges = deltas + 2 * segs;
    for (uint32_t i = 0, next = 0; i < segs; i++) {
        uint32_t first = u16(f, starts + 2 * i), last = u16(f, ends + 2 * i);
        uint32_t delta = u16(f, deltas + 2 * i), range = u16(f, ranges + 2 * i);
        if (first < next) break;
        for (uint32_t cp = first; cp <= last; cp++) {
            uint32_t g = (cp + delta) & 0xFFFF;
            if (range) {
                uint32_t at = ranges + 2 * i + range + 2 * (cp - first);
                g = at + 2 <= t + f->cmap_len && u16(f, at) ? (u16(f, at) + delta) & 0xFFFF : 0;
            }
            bmp[cp] = g < f->num_glyphs ? (uint16_t)g : 0;
        }
        next = last + 1;
    }
    return 0;
}

/* The table from the cache when an entry for this face of this very file
 * is there (a glyph it names is checked where it is looked up); else read
 * off the cmap and put there for the next run. */
static int read_bmp(jx_font *f, const char *cache, const struct stat *st) {
    jx_cache_key key = {"cmap", BMP_FORMAT, f->path, f->face, st};
    if (jx_cache_get(cache, &key, &f->bmp_cached) == 0 && f->bmp_cached.len == BMP_BYTES)
        return f->bmp = (const uint16_t *)(const void *)f->bmp_cached.data, 0;
    jx_cache_release(&f->bmp_cached);
    if (fill_bmp(f)) return -1;
    jx_cache_put(cache, &key, f->bmp, BMP_BYTES);
    return 0;
}

jx_font *jx_font_open(const char *path, int face, const char *cache, char *err, size_t err_size) {
    jx_font *f = calloc(1, sizeof *f);
    if (!f) {
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    f->fd = -1;
    struct stat st;
    f->data = map_file(path, &f->len, &f->fd, &st, err, err_size);
    f->path = malloc(strlen(path) + 1);
    if (!f->data || !f->path) goto fail;
    strcpy(f->path, path);
    f->face = face;
    int count;
    uint32_t dir = f->dir = face_offset(f, face, &count);
    uint32_t tag = u32(f, dir == (uint32_t)-1 ? 0 : dir);
    if (dir == (uint32_t)-1) {
        snprintf(err, err_size, "%s: no face %d (the file has %d)", path, face, count);
        goto fail;
    }
    int cff = tag == 0x4F54544F; /* 'OTTO': CFF outlines, embedded as OpenType */
    if (cff && !(f->flattened = jx_cff_glyphs_new())) {
        snprintf(err, err_size, "out of memory");
        goto fail;
    }
    if (!cff && tag != 0x00010000 && tag != 0x74727565) {
        snprintf(err, err_size, "%s: not a TrueType or OpenType font", path);
        goto fail;
    }
    uint32_t off, len, outline_off, outline_len;
    if (!find_table(f, dir, cff ? "CFF " : "glyf", &outline_off, &outline_len) || outline_len == 0) {
        snprintf(err, err_size, "%s: no %s table: the font has no outlines to embed", path, cff ? "CFF" : "glyf");
        goto fail;
    }
    if (!find_table(f, dir, "head", &off, &len) || len < 54) goto bad;
    f->units_per_em = u16(f, off + 18);
    for (int k = 0; k < 4; k++) f->bbox[k] = s16(f, off + 36 + 2 * (uint32_t)k);
    if (f->units_per_em < 16 || f->units_per_em > 16384) goto bad;
    if (!find_table(f, dir, "maxp", &off, &len) || len < 6) goto bad;
    f->num_glyphs = u16(f, off + 4);
    if (!find_table(f, dir, "hhea", &off, &len) || len < 36) goto bad;
    f->ascender = f->line_ascent = s16(f, off + 4);
    f->descender = f->line_descent = s16(f, off + 6);
    f->num_hmetrics = u16(f, off + 34);
    if (!find_table(f, dir, "hmtx", &f->hmtx, &f->hmtx_len)) goto bad;
    /* the check libharu lacked before 2.4.6 (CVE-class): metrics within the table */
    if (f->num_hmetrics == 0 || f->num_hmetrics > f->num_glyphs || f->num_hmetrics * 4 > f->hmtx_len) goto bad;
    int os2 = find_table(f, dir, "OS/2", &off, &len);
    if (os2 && len >= 72) {
        f->ascender = s16(f, off + 68);
        f->descender = s16(f, off + 70);
        if (u16(f, off + 62) & 0x80) f->line_ascent = f->ascender, f->line_descent = f->descender; /* USE_TYPO_METRICS */
    }
    /* OS/2 version 2 and later carry the height of capitals */
    f->cap_height = os2 && len >= 90 && u16(f, off) >= 2 ? s16(f, off + 88) : f->ascender;
    if (!find_table(f, dir, "cmap", &off, &len) || !choose_cmap(f, off, len)) {
        snprintf(err, err_size, "%s: no Unicode cmap", path);
        goto fail;
    }
    if (find_table(f, dir, "name", &off, &len)) read_family(f, off, len), read_ps_name(f, off, len);
    else snprintf(f->ps_name, sizeof f->ps_name, "Font");
    if (read_bmp(f, cache, &st) || !(f->hb_lock_made = pthread_mutex_init(&f->hb_lock, NULL) == 0)) {
        snprintf(err, err_size, "out of memory");
        goto fail;
    }
    return f;
bad:
    snprintf(err, err_size, "%s: damaged or unsupported TrueType tables", path);
fail:
    jx_font_free(f);
    return NULL;
}

void jx_font_free(jx_font *f) {
    if (!f) return;
    if (f->hb) hb_face_destroy(f->hb);
    jx_cff_glyphs_free(f->flattened);
    if (f->hb_lock_made) pthread_mutex_destroy(&f->hb_lock);
    unmap_file(f->data, f->len);
    if (f->fd >= 0) close(f->fd);
    free(f->bmp_made);
    jx_cache_release(&f->bmp_cached);
    free(f->path);
    free(f);
}

uint32_t jx_font_glyph(const jx_font *f, uint32_t cp) {
    uint32_t g = cp <= 0xFFFF ? f->bmp[cp] : glyph_in_cmap(f, cp);
    return g < f->num_glyphs ? g : 0;
}

uint32_t jx_font_advance(const jx_font *f, uint32_t glyph) {
    uint32_t i = glyph < f->num_hmetrics ? glyph : f->num_hmetrics - 1;
    return u16(f, f->hmtx + 4 * i);
}

uint32_t jx_font_units_per_em(const jx_font *f) { return f->units_per_em; }
int jx_font_ascender(const jx_font *f) { return f->ascender; }
int jx_font_descender(const jx_font *f) { return f->descender; }
int jx_font_cap_height(const jx_font *f) { return f->cap_height; }
void jx_font_line_metrics(const jx_font *f, int *ascent, int *descent) { *ascent = f->line_ascent, *descent = f->line_descent; }
void jx_font_bbox(const jx_font *f, int bbox[4]) { memcpy(bbox, f->bbox, sizeof f->bbox); }
const char *jx_font_ps_name(const jx_font *f) { return f->ps_name; }
const char *jx_font_family(const jx_font *f) { return f->family; }
const char *jx_font_path(const jx_font *f) { return f->path; }
int jx_font_face(const jx_font *f) { return f->face; }
hb_face_t *jx_font_hb_face(const jx_font *font) {
    jx_font *f = (jx_font *)font; /* made once, under the lock; read-only after */
    char err[256];
    if (jx_lazy_harfbuzz_load(err, sizeof err)) return NULL;
    pthread_mutex_lock(&f->hb_lock);
    if (!f->hb) {
        hb_blob_t *blob = hb_blob_create_or_fail((const char *)f->data, (unsigned)f->len, HB_MEMORY_MODE_READONLY, NULL, NULL);
        hb_face_t *face = blob ? hb_face_create(blob, (unsigned)f->face) : NULL;
        hb_blob_destroy(blob);
        if (face == hb_face_get_empty()) face = NULL;
        f->hb = face;
    }
    pthread_mutex_unlock(&f->hb_lock);
    return f->hb;
}

jx_cff_glyphs *jx_font_flattened(const jx_font *f) { return f->flattened; }

const unsigned char *jx_font_table(const jx_font *f, const char *tag, size_t *len) {
    uint32_t off, n;
    if (!find_table(f, f->dir, tag, &off, &n) || n == 0) return NULL;
    *len = n;
    return f->data + off;
}

int jx_font_copy(const jx_font *f, const unsigned char *at, size_t n, unsigned char *buf) {
    if (at < f->data || !in_range(f, (uint32_t)(at - f->data), (uint32_t)n) || n > f->len) return -1;
    off_t off = (off_t)(at - f->data);
    for (size_t got = 0; got < n;) {
        ssize_t k = pread(f->fd, buf + got, n - got, off + (off_t)got);
        if (k <= 0) {
            if (k < 0 && errno == EINTR) continue;
            return -1;
        }
        got += (size_t)k;
    }
    return 0;
}

int jx_font_face_count(const char *path) {
    char err[256];
    jx_font probe = {0};
    probe.data = map_file(path, &probe.len, NULL, NULL, err, sizeof err);
    if (!probe.data) return 0;
    int count = 0;
    face_offset(&probe, 0, &count);
    unmap_file(probe.data, probe.len);
    return count;
}
