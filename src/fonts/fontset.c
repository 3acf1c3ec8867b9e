#include "fonts/fontset.h"

#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/hash.h"
#include "base/utf8.h"

typedef struct candidate {
    const char *path;
    int face;
} candidate;

/* Free Debian fonts per role, best first (package in the comment). Noto's
 * SC faces set 。，、 in the corner of their square, as mainland documents
 * do; AR PL's centre them, Taiwan style, and stand in only without Noto. */
#define NOTO "/usr/share/fonts/opentype/noto/"
static const candidate SONG[] = {{NOTO "NotoSerifCJK-Regular.ttc", 2}, /* fonts-noto-cjk: Noto Serif CJK SC */
                                 {"/usr/share/fonts/truetype/arphic/uming.ttc", 0}, /* fonts-arphic-uming */
                                 {"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0},
                                 {NULL, 0}};
static const candidate HEI[] = {{NOTO "NotoSansCJK-Regular.ttc", 2}, /* Noto Sans CJK SC */
                                {"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0}, /* fonts-wqy-zenhei */
                                {NULL, 0}};
static const candidate KAI[] = {{"/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0}, /* fonts-lxgw-wenkai */
                                {"/usr/share/fonts/truetype/arphic/ukai.ttc", 0}, /* fonts-arphic-ukai */
                                {NULL, 0}};
/* 方正小标宋's heavy strokes: the bold Noto Serif comes nearest */
static const candidate TITLE[] = {{NOTO "NotoSerifCJK-Bold.ttc", 2}, {"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0},
                                  {NULL, 0}};
/* Debian has no free 仿宋 (make fonts puts FandolFang into fonts/): Song is
 * the conventional stand-in. */
static const candidate *const DEFAULTS[JX_ROLE_COUNT] = {SONG, HEI, KAI, SONG, TITLE};
/* Fallback for characters a face lacks: LXGW WenKai covers CJK Ext-B. */
static const candidate EXTRA[] = {{"/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0}, {NULL, 0}};

const char *jx_role_name(jx_role role) { return JX_ROLE_NAMES[role]; }

static int open_face(jx_fontset *fs, const char *path, int face, const char *cache, char *err, size_t err_size) {
    for (int i = 0; i < fs->nfaces; i++)
        if (strcmp(jx_font_path(fs->faces[i]), path) == 0 && jx_font_face(fs->faces[i]) == face) return i;
    if (fs->nfaces == JX_MAX_FACES) return snprintf(err, err_size, "%s: more than %d font faces", path, JX_MAX_FACES), -1;
    jx_font *f = jx_font_open(path, face, cache, err, err_size);
    if (!f) return -1;
    fs->faces[fs->nfaces] = f;
    return fs->nfaces++;
}

static int default_face(jx_fontset *fs, const candidate *c, const char *cache) {
    char err[256];
    return open_face(fs, c->path, c->face, cache, err, sizeof err);
}

/* A file named after the role in the fonts directory. One that exists but
 * cannot be used (a damaged file, a FIFO) is refused, not skipped:
 * silently setting a report in another face than the firm chose is worse. */
static int user_face(jx_fontset *fs, const char *dir, jx_role role, const char *cache, char *err, size_t err_size) {
    static const char *const exts[] = {".ttf", ".ttc", ".otf", ".TTF", ".TTC", ".OTF"};
    for (size_t k = 0; dir && k < sizeof exts / sizeof exts[0]; k++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s%s", dir, JX_ROLE_NAMES[role], exts[k]);
        if (access(path, F_OK) != 0) continue; /* no such file: the next extension */
        int id = open_face(fs, path, 0, cache, err, err_size);
        return id < 0 ? -2 : id;
    }
    return -1;
}

static int user_title(const char *dir) {
    static const char *const exts[] = {".ttf", ".ttc", ".otf", ".TTF", ".TTC", ".OTF"};
    for (size_t k = 0; dir && k < sizeof exts / sizeof exts[0]; k++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/title%s", dir, exts[k]);
        if (access(path, F_OK) == 0) return 1;
    }
    return 0;
}

static void add_fallback(jx_fontset *fs, int id) {
    if (id < 0) return;
    for (int i = 0; i < fs->nfallback; i++)
        if (fs->fallback[i] == id) return;
    fs->fallback[fs->nfallback++] = id;
}

int jx_fontset_open(jx_fontset *fs, const char *dir, const char *cache, char *err, size_t err_size) {
    memset(fs, 0, sizeof *fs);
    for (int r = 0; r < JX_ROLE_COUNT; r++) {
        int id = user_face(fs, dir, (jx_role)r, cache, err, err_size);
        if (id == -2) {
            jx_fontset_close(fs);
            return -1;
        }
        for (const candidate *c = DEFAULTS[r]; id < 0 && c->path; c++) id = default_face(fs, c, cache);
        fs->role_face[r] = id;
        if (id >= 0 && r == JX_ROLE_FANGSONG && fs->role_face[JX_ROLE_SONG] == id)
            snprintf(fs->notes[r], sizeof fs->notes[r], "no 仿宋 font (put one at %s/fangsong.ttf); using %s", dir ? dir : "fonts",
                     jx_font_family(fs->faces[id]));
        if (id >= 0 && r == JX_ROLE_TITLE && !user_title(dir))
            snprintf(fs->notes[r], sizeof fs->notes[r], "no 小标宋 font (put one at %s/title.ttf); using %s", dir ? dir : "fonts",
                     jx_font_family(fs->faces[id]));
    }
    for (int r = 0; r < JX_ROLE_COUNT; r++) add_fallback(fs, fs->role_face[r]);
    for (const candidate *c = EXTRA; c->path; c++) add_fallback(fs, default_face(fs, c, cache));
    if (fs->role_face[JX_ROLE_SONG] < 0) {
        snprintf(err, err_size, "no CJK font found: install fonts-noto-cjk or fonts-arphic-uming (make deps), or put song.ttf into %s",
                 dir ? dir : "a fonts folder");
        jx_fontset_close(fs);
        return -1;
    }
    for (int r = 0; r < JX_ROLE_COUNT; r++)
        if (fs->role_face[r] < 0) fs->role_face[r] = fs->role_face[JX_ROLE_SONG];
    return 0;
}

int jx_fontset_hold(jx_fontset *fs) {
    int rc = 0;
    for (int i = 0; i < fs->nfaces; i++) rc |= jx_font_hold(fs->faces[i]);
    return rc;
}

void jx_fontset_close(jx_fontset *fs) {
    if (!fs) return;
    for (int i = 0; i < fs->nfaces; i++) jx_font_free(fs->faces[i]);
    memset(fs, 0, sizeof *fs);
}

int jx_fontset_face_for(const jx_fontset *fs, jx_role role, uint32_t cp) {
    int id = fs->role_face[role];
    if (jx_font_glyph(fs->faces[id], cp)) return id;
    for (int i = 0; i < fs->nfallback; i++)
        if (jx_font_glyph(fs->faces[fs->fallback[i]], cp)) return fs->fallback[i];
    return -1;
}

double jx_fontset_advance(const jx_fontset *fs, int face, uint32_t cp, double size) {
    const jx_font *f = fs->faces[face];
    return (double)jx_font_advance(f, jx_font_glyph(f, cp)) * size / (double)jx_font_units_per_em(f);
}

/* GB2312 code points come from iconv: rows 0xA1-0xA9 are symbols, rows
 * 0xB0-0xF7 the 6,763 hanzi. */
void jx_fontset_gb2312_coverage(const jx_fontset *fs, int face, int *hanzi, int *symbols) {
    *hanzi = *symbols = 0;
    iconv_t cd = iconv_open("UTF-32BE", "GB2312");
    if (cd == (iconv_t)-1) return;
    for (int row = 0xA1; row <= 0xF7; row++) {
        if (row > 0xA9 && row < 0xB0) continue;
        for (int cell = 0xA1; cell <= 0xFE; cell++) {
            char in[2] = {(char)row, (char)cell};
            unsigned char out[4];
            char *ip = in, *op = (char *)out;
            size_t il = 2, ol = 4;
            if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1) {
                iconv(cd, NULL, NULL, NULL, NULL);
                continue;
            }
            uint32_t cp = (uint32_t)out[0] << 24 | (uint32_t)out[1] << 16 | (uint32_t)out[2] << 8 | out[3];
            if (jx_font_glyph(fs->faces[face], cp)) ++*(row >= 0xB0 ? hanzi : symbols);
        }
    }
    iconv_close(cd);
}

size_t jx_fontset_missing(const jx_fontset *fs, const unsigned char *text, size_t len, uint32_t *out, size_t max,
                          size_t *distinct) {
    unsigned char *seen = calloc(0x110000 / 8, 1);
    size_t missing = 0;
    *distinct = 0;
    for (size_t i = 0; seen && i < len;) {
        uint32_t cp;
        size_t k = jx_utf8_decode(text + i, len - i, &cp);
        i += k ? k : 1;
        if (!k || cp < 0x80 || (seen[cp / 8] & (1u << (cp % 8)))) continue;
        seen[cp / 8] |= (unsigned char)(1u << (cp % 8));
        ++*distinct;
        if (jx_fontset_face_for(fs, JX_ROLE_FANGSONG, cp) >= 0) continue;
        if (missing < max) out[missing] = cp;
        missing++;
    }
    free(seen);
    return missing;
}

uint64_t jx_fontset_hash(const jx_fontset *fs) {
    jx_hash h;
    jx_hash_init(&h);
    for (int r = 0; r < JX_ROLE_COUNT; r++) {
        const jx_font *f = fs->faces[fs->role_face[r]];
        struct stat st;
        long long facts[3] = {jx_font_face(f), -1, -1};
        if (stat(jx_font_path(f), &st) == 0) facts[1] = (long long)st.st_size, facts[2] = (long long)st.st_mtime;
        jx_hash_add_str(&h, jx_font_path(f));
        jx_hash_add(&h, facts, sizeof facts);
    }
    return jx_hash_final(&h);
}
