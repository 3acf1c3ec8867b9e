/* What a run would otherwise rebuild from files that have not changed —
 * a face's table of code points, a compiled layout — kept between runs in
 * the user's cache folder. An entry is named by what it was made from (a
 * kind, a file's path, a part of that file) and holds the file's identity
 * (device, inode, size, modification time), the version of jixiao and of
 * the entry's format, the machine's byte order and a checksum of its
 * payload: an entry that differs in any of them is ignored, and the caller
 * makes the thing anew and puts it again. Entries are written whole to a
 * temporary file and renamed into place, so that runs in parallel see an
 * old entry or a new one, never half of one. Nothing breaks without the
 * folder: every function does nothing when dir is NULL. */
#ifndef JX_BASE_CACHE_H
#define JX_BASE_CACHE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

/* The folder: $XDG_CACHE_HOME/jixiao, else (unset or not an absolute
 * path) $HOME/.cache/jixiao, made when missing, into out. 0, or -1 when
 * there is no such path, the folder cannot be made or written, or its
 * name does not fit. */
int jx_cache_dir(char *out, size_t size);

/* What an entry is made from. `format` is the version of the payload's
 * layout, raised whenever the code that writes it changes. */
typedef struct jx_cache_key {
    const char *kind; /* "cmap", "layout": at most 15 bytes */
    uint64_t format;
    const char *path; /* the source file, as the caller names it */
    long part;        /* a collection's face; 0 */
    const struct stat *source; /* the source file's stat, taken by the caller */
} jx_cache_key;

/* An entry's payload, mapped read-only. */
typedef struct jx_cached {
    const unsigned char *data;
    size_t len;
    void *map;
    size_t map_len;
} jx_cached;

/* 0 with the payload in *out, aligned to 16 bytes; -1 when there is no
 * entry that fits the key in every respect (*out is then empty). */
int jx_cache_get(const char *dir, const jx_cache_key *key, jx_cached *out);
void jx_cache_release(jx_cached *c);
/* Writes the entry (replacing any other of the same kind, path and part).
 * 0, or -1 when it could not be written; nothing else is affected. */
int jx_cache_put(const char *dir, const jx_cache_key *key, const void *data, size_t len);

#endif
