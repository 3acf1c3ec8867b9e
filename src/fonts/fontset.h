/* Font roles (song, hei, kai, fangsong, title, latin) resolved to TrueType
 * faces, and per-character fallback along a chain. A file dropped into
 * fonts/ as <role>.ttf or <role>.ttc (a firm's licensed 仿宋_GB2312 as
 * fonts/fangsong.ttf) comes first; then the free Debian fonts. */
#ifndef JX_FONTSET_H
#define JX_FONTSET_H

#include <stddef.h>
#include <stdint.h>

#include "base/limits.h"
#include "base/roles.h"
#include "fonts/font.h"




typedef struct jx_fontset {
    jx_font *faces[JX_MAX_FACES]; /* every face opened, each once */
    int nfaces;
    int role_face[JX_ROLE_COUNT];  /* the face each role resolved to */
    int fallback[JX_MAX_FACES];    /* chain order used when a face lacks a glyph */
    int nfallback;
    char notes[JX_ROLE_COUNT][160]; /* "fangsong: no 仿宋 font; using AR PL UMing CN" */
} jx_fontset;

/* Opens the faces for every role. `dir` is the project's fonts/ directory;
 * cache the cache folder, or NULL (jx_font_open). Returns 0, or -1 with a
 * message when not even one CJK face is found. */
int jx_fontset_open(jx_fontset *fs, const char *dir, const char *cache, char *err, size_t err_size);
/* Holds every face apart from its file (jx_font_hold), for a batch. 0, or -1. */
int jx_fontset_hold(jx_fontset *fs);
void jx_fontset_close(jx_fontset *fs);
const char *jx_role_name(jx_role role);

/* The face that draws cp for a role: the role's face, else the first face
 * of the fallback chain that has it; -1 when none has it (draw 〓). */
int jx_fontset_face_for(const jx_fontset *fs, jx_role role, uint32_t cp);
/* How many of GB2312's 6,763 hanzi (and 682 symbols) a face has. */
void jx_fontset_gb2312_coverage(const jx_fontset *fs, int face, int *hanzi, int *symbols);
/* The distinct characters of a UTF-8 text that no face of the chain can
 * draw (first `max` of them into out); returns how many there are, and the
 * count of distinct non-ASCII characters in *distinct. */
size_t jx_fontset_missing(const jx_fontset *fs, const unsigned char *text, size_t len, uint32_t *out, size_t max,
                          size_t *distinct);
/* A hash of which file and face serves each role and of those files'
 * sizes and modification times: a batch redoes its documents when a font
 * changed. */
uint64_t jx_fontset_hash(const jx_fontset *fs);
/* Advance of cp in face `face` at `size` pt. */
double jx_fontset_advance(const jx_fontset *fs, int face, uint32_t cp, double size);

#endif
