#include "pipeline/pipeline.h"

#include <dirent.h>
#include <pthread.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/cache.h"
#include "base/cpus.h"
#include "base/diag.h"
#include "base/hash.h"
#include "base/utf8.h"
#include "workbook/import.h"
#include "doc/write_doc.h"
#include "engine/typeset.h"
#include "fonts/fontset.h"
#include "fonts/subset.h"
#include "layout/build.h"
#include "render/docx.h"
#include "render/html.h"
#include "render/output.h"
#include "workbook/export.h"
#include "render/render.h"

/*** Files ***/

static unsigned char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap || n >= JX_READ_LIMIT) break;
        size_t ncap = cap * 2 > JX_READ_LIMIT ? JX_READ_LIMIT : cap * 2;
        unsigned char *p = realloc(buf, ncap);
        if (!p) {
            free(buf);
            return NULL;
        }
        buf = p;
        cap = ncap;
    }
    if (buf && ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* A named file is read only when it is a regular file: a pipe nobody
 * writes (a FIFO in the layouts folder, a manifest's input) would block for
 * ever; standard input is "-". */
static FILE *open_regular(const char *path, jx_diags *d) {
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0) {
        jx_diags_add(d, JX_ERROR, path, 0, 0, "", "cannot open: %s", strerror(errno));
        return NULL;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        jx_diags_add(d, JX_ERROR, path, 0, 0, "", "not a regular file (%s): give a file, or - for standard input",
                     S_ISDIR(st.st_mode) ? "a folder" : S_ISFIFO(st.st_mode) ? "a pipe" : "a device or socket");
        close(fd);
        return NULL;
    }
    FILE *f = fcntl(fd, F_SETFL, 0) == 0 ? fdopen(fd, "rb") : NULL;
    if (!f) {
        jx_diags_add(d, JX_ERROR, path, 0, 0, "", "cannot open: %s", strerror(errno));
        close(fd);
    }
    return f;
}

int jx_read_file(const char *path, unsigned char **data, size_t *len, jx_diags *d) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : open_regular(path, d);
    if (!f) return -1;
    *data = read_all(f, len);
    int read_errno = errno;
    if (f != stdin) fclose(f);
    if (!*data) jx_diags_add(d, JX_ERROR, path, 0, 0, "", "cannot read: %s", strerror(read_errno));
    return *data ? 0 : -1;
}

/* The cells of a workbook's lines, kept with the document it was made
 * into: diagnostics of any later stage still name cells. */
static void keep_cells(jx_model *doc, const jx_workbook_input *w) {
    const char **cells = jx_arena_array(doc->arena, w->nlines ? w->nlines : 1, sizeof *cells);
    for (size_t i = 0; cells && i < w->nlines; i++) cells[i] = w->line_cells[i] ? jx_arena_strdup(doc->arena, w->line_cells[i]) : NULL;
    doc->source_cells = cells;
    doc->nsource_cells = cells ? w->nlines : 0;
}

static void relocate(const jx_model *doc, jx_diags *d, size_t from) {
    if (doc && doc->source_cells) jx_workbook_relocate(doc->file, doc->source_cells, doc->nsource_cells, d, from);
}

jx_model *jx_load_workbook(const jx_input *in, jx_workbook_input *w, jx_diags *d) {
    size_t from = d->count;
    if (jx_workbook_import(in->name, in->data, in->len, w, d)) return NULL;
    jx_model *doc = jx_model_load(in->name, (const unsigned char *)w->json, w->len, d);
    if (doc) keep_cells(doc, w);
    if (doc && jx_model_score(doc, d) != 0) {
        jx_model_free(doc);
        doc = NULL;
    }
    jx_workbook_relocate(in->name, w->line_cells, w->nlines, d, from);
    return doc;
}

/* A workbook is read as the jixiao/1 text it stands for. */
jx_model *jx_load_scored(const jx_input *in, jx_diags *d) {
    if (jx_is_workbook(in->name, in->data, in->len)) {
        jx_workbook_input w;
        jx_model *doc = jx_load_workbook(in, &w, d);
        jx_workbook_input_free(&w);
        return doc;
    }
    jx_model *doc = jx_model_load(in->name, in->data, in->len, d);
    if (doc && jx_model_score(doc, d) != 0) {
        jx_model_free(doc);
        doc = NULL;
    }
    return doc;
}

/*** Layouts ***/

/* Where compiled layouts are kept between runs (NULL: nowhere) and the
 * format they are kept in, computed once a shelf: it hashes the registry. */
typedef struct layout_cache {
    const char *dir;
    uint64_t format;
} layout_cache;

typedef struct shelf_entry {
    jx_layout *layout;
    jx_diags diags;
    char *file;   /* where it is read, NULL for a shelf of one */
    int read;     /* a folder's layout is read when first asked for */
    jx_hash hash; /* its file's name and bytes, and its images' */
} shelf_entry;

/* A folder's layouts are read one by one as they are asked for: choosing
 * the default for an input reads those before the one that fits, and a
 * one-shot render does not parse the rest. The lock makes the first read
 * of each one the only one when a batch's threads ask together. */
struct jx_shelf {
    shelf_entry *items;
    size_t n;
    const char *dir;
    layout_cache cache;
    int folder_read; /* without a named layout: the folder could be listed */
    jx_diags diags;  /* the folder's own */
    pthread_mutex_t lock;
};

typedef struct image_hash {
    const char *layout; /* its file: images are found from its folder */
    jx_hash *h;
} image_hash;

/* An image a layout draws is part of what a batch's rerun compares: a
 * replaced seal or logo makes every document that shows it again. */
static void hash_image(const char *path, void *ctx) {
    const image_hash *ih = ctx;
    const char *slash = strrchr(ih->layout, '/');
    int dir = slash && path[0] != '/' ? (int)(slash - ih->layout + 1) : 0;
    char *full = malloc((size_t)dir + strlen(path) + 1);
    uint64_t bytes = 0;
    if (full) sprintf(full, "%.*s%s", dir, ih->layout, path);
    int found = full && jx_hash_file(full, &bytes) == 0;
    jx_hash_add_str(ih->h, path);
    jx_hash_add(ih->h, &bytes, sizeof bytes);
    jx_hash_add(ih->h, &found, sizeof found);
    free(full);
}

static int same_file(const struct stat *a, const struct stat *b) {
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

/* The layout compiled by an earlier run from this very file, when the
 * cache has it whole. */
static jx_layout *cached_layout(const char *path, const char *dir, const jx_cache_key *key, uint64_t *source) {
    jx_cached c;
    if (jx_cache_get(dir, key, &c)) return NULL;
    jx_layout *lay = jx_layout_restore(path, c.data, c.len, source);
    jx_cache_release(&c);
    return lay;
}

/* Only a layout read without a word to say is kept: a cached one would
 * not say it again. Nor one whose file changed while it was read. */
static void cache_layout(const jx_layout *lay, uint64_t source, const char *dir, const jx_cache_key *key, size_t said) {
    struct stat now;
    if (!lay || said || stat(key->path, &now) != 0 || !same_file(&now, key->source)) return;
    jx_buf b;
    jx_buf_init(&b, 1u << 24);
    if (jx_layout_save(lay, source, &b) == 0) jx_cache_put(dir, key, b.data, b.len);
    jx_buf_free(&b);
}

static jx_layout *load_layout(const char *path, const layout_cache *cache, jx_hash *h, jx_diags *d) {
    struct stat st;
    int known = cache->dir && stat(path, &st) == 0 && S_ISREG(st.st_mode);
    jx_cache_key key = {"layout", cache->format, path, 0, &st};
    uint64_t source = 0;
    jx_layout *lay = known ? cached_layout(path, cache->dir, &key, &source) : NULL;
    if (!lay) {
        unsigned char *data = NULL;
        size_t len = 0, before = d->count;
        if (jx_read_file(path, &data, &len, d)) return NULL;
        source = jx_hash_bytes(data, len);
        lay = jx_layout_load(path, data, len, d);
        free(data);
        if (known) cache_layout(lay, source, cache->dir, &key, d->count - before);
    }
    jx_hash_add_str(h, path);
    jx_hash_add(h, &source, sizeof source);
    image_hash ih = {path, h};
    jx_layout_images(lay, hash_image, &ih);
    return lay;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The paths of DIR's *.json files, sorted; NULL-terminated. */
static char **folder_files(const char *dir, jx_diags *d) {
    DIR *dp = opendir(dir);
    if (!dp) {
        jx_diags_add(d, JX_ERROR, dir, 0, 0, "",
                     "cannot open the layouts folder: %s; name one with --layouts DIR (a checkout's layouts/), or "
                     "run make install",
                     strerror(errno));
        return NULL;
    }
    size_t n = 0, cap = 16;
    char **names = malloc(cap * sizeof *names);
    errno = 0;
    for (struct dirent *e; names && (e = readdir(dp)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0) continue;
        struct stat st;
        if (fstatat(dirfd(dp), e->d_name, &st, 0) != 0 || !S_ISREG(st.st_mode)) {
            jx_diags_add(d, JX_WARNING, dir, 0, 0, "", "%s is not a regular file: not read as a layout", e->d_name);
            continue;
        }
        if (n + 2 > cap) {
            char **more = realloc(names, (cap *= 2) * sizeof *names);
            if (!more) break; /* errno is ENOMEM */
            names = more;
        }
        names[n] = malloc(strlen(dir) + len + 2);
        if (!names[n]) break;
        sprintf(names[n++], "%s/%s", dir, e->d_name);
    }
    int complete = names && errno != ENOMEM;
    closedir(dp);
    if (!complete) {
        for (size_t i = 0; names && i < n; i++) free(names[i]);
        free(names);
        jx_diags_add(d, JX_ERROR, dir, 0, 0, "", "out of memory listing the layouts");
        return NULL;
    }
    qsort(names, n, sizeof *names, cmp_names);
    names[n] = NULL;
    return names;
}

static void free_names(char **names);

static const char *base_name(const char *path) { return strrchr(path, '/') ? strrchr(path, '/') + 1 : path; }

/* The layouts of a search path ("a:b": a's, then those of b whose names a
 * has not): a firm's own folder before the shipped one, its layout of a
 * shipped name in that one's stead. NULL-terminated; NULL on an error. */
static char **layout_files(const char *dirs, jx_diags *d) {
    char **all = NULL;
    size_t n = 0;
    for (const char *p = dirs; p;) {
        const char *colon = strchr(p, ':');
        char *dir = strndup(p, colon ? (size_t)(colon - p) : strlen(p));
        char **files = dir ? folder_files(dir, d) : NULL;
        if (!dir) jx_diags_add(d, JX_ERROR, dirs, 0, 0, "", "out of memory listing the layouts");
        free(dir);
        size_t m = 0;
        while (files && files[m]) m++;
        char **more = files ? realloc(all, (n + m + 1) * sizeof *all) : NULL;
        if (files && !more) jx_diags_add(d, JX_ERROR, dirs, 0, 0, "", "out of memory listing the layouts");
        if (!more) {
            free_names(files);
            if (all) all[n] = NULL;
            free_names(all);
            return NULL;
        }
        all = more;
        for (size_t i = 0; i < m; i++) {
            int shadowed = 0;
            for (size_t k = 0; k < n && !shadowed; k++) shadowed = strcmp(base_name(all[k]), base_name(files[i])) == 0;
            if (shadowed) free(files[i]);
            else all[n++] = files[i];
        }
        free(files);
        all[n] = NULL;
        p = colon ? colon + 1 : NULL;
    }
    return all;
}

static void free_names(char **names) {
    for (size_t i = 0; names && names[i]; i++) free(names[i]);
    free(names);
}

/* A name is looked up in the folders of the search path in order; a path
 * is read as is. */
static jx_layout *named_layout(const char *dirs, const char *name, const layout_cache *cache, jx_hash *h, jx_diags *d) {
    size_t n = strlen(name);
    if (strchr(name, '/') || (n > 5 && strcmp(name + n - 5, ".json") == 0)) return load_layout(name, cache, h, d);
    char *first = NULL;
    for (const char *p = dirs; p;) {
        const char *colon = strchr(p, ':');
        int len = colon ? (int)(colon - p) : (int)strlen(p);
        char *path = malloc((size_t)len + n + 7);
        if (!path) break;
        sprintf(path, "%.*s/%s.json", len, p, name);
        struct stat st;
        if (stat(path, &st) == 0) {
            free(first);
            jx_layout *lay = load_layout(path, cache, h, d);
            free(path);
            return lay;
        }
        if (!first) first = path;
        else free(path);
        p = colon ? colon + 1 : NULL;
    }
    jx_layout *lay = first ? load_layout(first, cache, h, d) : NULL; /* says why it cannot be read */
    free(first);
    return lay;
}

jx_shelf *jx_shelf_open(const char *dir, const char *layout, const char *cache) {
    jx_shelf *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    if (pthread_mutex_init(&s->lock, NULL)) return free(s), NULL;
    s->dir = dir;
    s->cache = (layout_cache){cache, cache ? jx_layout_compiled_format() : 0};
    char **files = layout ? NULL : layout_files(dir, &s->diags);
    size_t n = 0;
    while (files && files[n]) n++;
    s->folder_read = files != NULL;
    s->n = layout ? 1 : n;
    s->items = calloc(s->n ? s->n : 1, sizeof *s->items);
    if (!s->items) {
        s->n = 0;
        jx_diags_add(&s->diags, JX_ERROR, dir, 0, 0, "", "out of memory");
    }
    for (size_t i = 0; i < s->n; i++) {
        jx_hash_init(&s->items[i].hash);
        if (files) s->items[i].file = files[i]; /* the shelf keeps the name */
    }
    if (layout && s->n) {
        s->items[0].layout = named_layout(dir, layout, &s->cache, &s->items[0].hash, &s->items[0].diags);
        s->items[0].read = 1;
    }
    for (size_t i = s->n; files && files[i]; i++) free(files[i]); /* none kept when out of memory */
    free(files);
    return s;
}

jx_shelf *jx_shelf_of(jx_layout *layout) {
    jx_shelf *s = calloc(1, sizeof *s);
    shelf_entry *item = calloc(1, sizeof *item);
    if (!s || !item || pthread_mutex_init(&s->lock, NULL)) return free(s), free(item), jx_layout_free(layout), NULL;
    s->dir = "", s->items = item, s->n = 1;
    item->layout = layout, item->read = 1;
    jx_hash_init(&item->hash);
    return s;
}

void jx_shelf_close(jx_shelf *s) {
    if (!s) return;
    for (size_t i = 0; i < s->n; i++) {
        jx_layout_free(s->items[i].layout);
        jx_diags_free(&s->items[i].diags);
        free(s->items[i].file);
    }
    free(s->items);
    jx_diags_free(&s->diags);
    pthread_mutex_destroy(&s->lock);
    free(s);
}

const char *jx_shelf_file(const jx_shelf *s, size_t i) { return s && i < s->n ? s->items[i].file : NULL; }

size_t jx_shelf_count(const jx_shelf *s) { return s->n; }

/* Reads the i-th layout the first time it is asked for. The shelf is
 * shared read-only but for this: the lock guards it. */
static void read_entry(const jx_shelf *shared, size_t i) {
    jx_shelf *s = (jx_shelf *)shared;
    pthread_mutex_lock(&s->lock);
    shelf_entry *e = &s->items[i];
    if (!e->read) e->layout = load_layout(e->file, &s->cache, &e->hash, &e->diags), e->read = 1;
    pthread_mutex_unlock(&s->lock);
}

/* Every layout's file, in the folder's order, whether or not it was
 * chosen: what a batch's documents depend on. */
uint64_t jx_shelf_hash(const jx_shelf *s) {
    jx_hash all;
    jx_hash_init(&all);
    for (size_t i = 0; i < s->n; i++) {
        read_entry(s, i);
        uint64_t h = jx_hash_final(&s->items[i].hash);
        jx_hash_add(&all, &h, sizeof h);
    }
    return jx_hash_final(&all);
}

const jx_layout *jx_shelf_get(const jx_shelf *s, size_t i, jx_diags *d) {
    read_entry(s, i);
    if (i == 0) jx_diags_copy(d, &s->diags);
    jx_diags_copy(d, &s->items[i].diags);
    return s->items[i].layout;
}

/* The named layout, or the first of the folder whose default_for holds for
 * the input (for several inputs the first many-input one). */
static const jx_layout *choose(const jx_shelf *s, const jx_model *doc, int many, jx_diags *d) {
    if (!s->folder_read && s->n == 1) return jx_shelf_get(s, 0, d);
    for (size_t i = 0; i < s->n; i++) {
        const jx_layout *lay = jx_shelf_get(s, i, d);
        int fits = !lay ? 0 : many ? lay->many : jx_layout_fits(lay, doc);
        if (fits < 0) {
            jx_diags_add(d, JX_ERROR, doc->file, 0, 0, "", "out of memory choosing the layout");
            return NULL;
        }
        if (fits) return lay;
    }
    if (!s->n) jx_diags_copy(d, &s->diags);
    if (s->folder_read && !d->errors)
        jx_diags_add(d, JX_ERROR, doc->file, 0, 0, "", "no layout in %s is made for this input; choose one with -l",
                     s->dir);
    return NULL;
}

/*** Writing ***/

void jx_rendered_free(jx_rendered *r) {
    if (!r) return;
    free(r->path);
    free(r->text);
    memset(r, 0, sizeof *r);
}

const char *jx_out_extension(jx_out_kind kind) {
    static const char *const ext[] = {".pdf", ".docx", ".xlsx", ".html"};
    return kind <= JX_OUT_HTML ? ext[kind] : ".pdf";
}

int jx_out_kind_of_name(const char *path, jx_out_kind *kind) {
    static const struct {
        const char *ext;
        jx_out_kind kind;
    } known[] = {{"pdf", JX_OUT_PDF}, {"docx", JX_OUT_DOCX}, {"xlsx", JX_OUT_XLSX}, {"html", JX_OUT_HTML}, {"htm", JX_OUT_HTML}};
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path, *dot = strrchr(base, '.');
    if (!dot || dot == base || !dot[1]) return 0;
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (strcasecmp(dot + 1, known[i].ext) == 0) return *kind = known[i].kind, 1;
    return -1;
}

static char *default_output(const char *input, const char *ext) {
    size_t n = strlen(input);
    char *out = malloc(n + strlen(ext) + 1);
    if (!out) return NULL;
    strcpy(out, input);
    if (n > 5 && (strcmp(out + n - 5, ".json") == 0 || strcmp(out + n - 5, ".xlsx") == 0)) out[n - 5] = '\0';
    strcat(out, ext);
    return out;
}

/* -o, or DIR/NAME.pdf with an outdir, or the input's name with .pdf, or for
 * several inputs the layout's name (.docx for a Word document). */
char *jx_output_path(const jx_render_opts *o, const char *name, const char *layout) {
    if (o->output) {
        char *out = malloc(strlen(o->output) + 1);
        return out ? strcpy(out, o->output) : NULL;
    }
    if (!name) return default_output(layout, jx_out_extension(o->kind));
    if (!o->outdir) return default_output(name, jx_out_extension(o->kind));
    const char *base = strrchr(name, '/');
    char *stem = default_output(base ? base + 1 : name, jx_out_extension(o->kind));
    char *out = stem ? malloc(strlen(o->outdir) + strlen(stem) + 2) : NULL;
    if (out) sprintf(out, "%s/%s", o->outdir, stem);
    free(stem);
    return out;
}

/* The output's path, or NULL having said that memory ran out. */
static char *output_path(const jx_render_opts *o, const char *name, const char *layout, const jx_document *doc,
                         jx_diags *d) {
    char *path = jx_output_path(o, name, layout);
    if (!path) jx_diags_add(d, JX_ERROR, doc->file, 0, 0, "", "out of memory");
    return path;
}

/* The printed page of each heading, for a Word document's 目录: the PDF's
 * pages, laid out once. NULL when the document has no 目录. */
static int *heading_pages(const jx_document *doc, const jx_fontset *fs, size_t *n, jx_diags *d) {
    int has_toc = 0;
    for (size_t i = 0; i < doc->nblocks; i++) has_toc |= doc->blocks[i].type == JX_BLOCK_TOC;
    jx_display disp;
    if (!has_toc || jx_typeset(doc, fs, &disp, d) != 0) return NULL;
    int *pages = calloc(disp.noutline ? disp.noutline : 1, sizeof *pages);
    for (size_t i = 0; pages && i < disp.noutline; i++) pages[i] = disp.pages[disp.outline[i].page].number;
    *n = pages ? disp.noutline : 0;
    jx_display_free(&disp);
    return pages;
}

static int write_docx(const jx_render_opts *o, const jx_document *doc, const jx_fontset *fs, const char *name,
                      const char *layout, jx_rendered *out, jx_diags *d) {
    size_t ntoc = 0;
    int *toc = heading_pages(doc, fs, &ntoc, d);
    char *path = output_path(o, name, layout, doc, d);
    jx_pdf_meta meta = {doc->title, doc->author, doc->subject, doc->keywords};
    int rc = path && !d->errors ? jx_render_docx(doc, toc, ntoc, &meta, path, d) : -1;
    if (rc == 0) out->path = path, path = NULL;
    free(path);
    free(toc);
    return rc;
}

/* The body face's outlines, read and flattened on the other processor
 * while the document is typeset: the longest part of writing the PDF,
 * begun before the characters it draws are all known (jx_subset_warm).
 * Every character of the tree that the 仿宋 face has is taken; the subset
 * takes those it draws, to the same bytes as without. */
typedef struct reading_ahead {
    const jx_document *doc;
    const jx_fontset *fs;
    pthread_t thread;
    int started;
} reading_ahead;

typedef struct bmp_set {
    const jx_font *face;
    unsigned char seen[0x10000 / 8];
    uint32_t cps[0x10000];
    size_t n;
} bmp_set;

static void add_drawn(const char *text, void *ctx) {
    bmp_set *set = ctx;
    const unsigned char *p = (const unsigned char *)text;
    for (size_t len = strlen(text), used; len; p += used, len -= used) {
        uint32_t cp;
        used = jx_utf8_decode(p, len, &cp);
        if (!used) break;
        if (cp > 0xFFFF || set->seen[cp / 8] & (1u << cp % 8) || !jx_font_glyph(set->face, cp)) continue;
        set->seen[cp / 8] |= (unsigned char)(1u << cp % 8);
        set->cps[set->n++] = cp;
    }
}

static void *read_ahead(void *arg) {
    reading_ahead *r = arg;
    bmp_set *set = calloc(1, sizeof *set);
    if (!set) return NULL;
    set->face = r->fs->faces[r->fs->role_face[JX_ROLE_FANGSONG]];
    jx_document_texts(r->doc, add_drawn, set);
    jx_subset_warm(set->face, set->cps, set->n);
    free(set);
    return NULL;
}

/* Typesets a document tree and writes it: the PDF (named only when
 * complete), the dump or the tree; with the batch's faces or its own. */
static int write_document(const jx_render_opts *o, const jx_document *doc, const char *name, const char *layout,
                          jx_rendered *out, jx_diags *d) {
    if (o->kind == JX_OUT_XLSX) {
        unsigned char *bytes = NULL;
        size_t len = 0;
        char *path = output_path(o, name, layout, doc, d), err[512];
        int rc = path && jx_document_workbook(doc, &bytes, &len, d) == 0 ? jx_write_output(path, bytes, len, err, sizeof err) : -1;
        if (rc && path && bytes) jx_diags_add(d, JX_ERROR, path, 0, 0, "", "%s", err);
        if (rc == 0) out->path = path, path = NULL;
        free(path);
        free(bytes);
        return rc;
    }
    if (o->kind == JX_OUT_HTML) {
        char *path = output_path(o, name, layout, doc, d);
        jx_pdf_meta meta = {doc->title, doc->author, doc->subject, doc->keywords};
        int rc = path ? jx_render_html(doc, &meta, o->fragment, path, d) : -1;
        if (rc == 0) out->path = path, path = NULL;
        free(path);
        return rc;
    }
    if (o->kind == JX_OUT_TREE) {
        out->text = jx_doctree_json(doc);
        if (out->text) return 0;
        jx_diags_add(d, JX_ERROR, doc->file, 0, 0, "", "out of memory");
        return -1;
    }
    jx_fontset own;
    const jx_fontset *given = o->fonts ? o->fonts : o->await_fonts ? o->await_fonts(o->await_ctx) : NULL;
    const jx_fontset *fs = given ? given : &own;
    char err[512];
    if (!given && jx_fontset_open(&own, o->fonts_dir, o->cache, err, sizeof err)) {
        jx_diags_add(d, JX_ERROR, o->fonts_dir, 0, 0, "", "%s", err);
        return -1;
    }
    if (o->kind == JX_OUT_DOCX) {
        int rc = write_docx(o, doc, fs, name, layout, out, d);
        if (!given) jx_fontset_close(&own);
        return rc;
    }
    int rc = -1;
    jx_display disp;
    /* a batch shares its faces (o->fonts) and already uses the cores */
    int helper = !o->fonts || o->one_document;
    reading_ahead ahead = {.doc = doc, .fs = fs};
    ahead.started = helper && o->kind == JX_OUT_PDF && jx_thread_beside(&ahead.thread, read_ahead, &ahead) == 0;
    int typeset = jx_typeset(doc, fs, &disp, d);
    if (ahead.started) pthread_join(ahead.thread, NULL);
    if (typeset == 0 && !d->errors) {
        if (o->kind == JX_OUT_DUMP) {
            out->text = jx_render_text(&disp, fs);
            rc = out->text ? 0 : -1;
        } else {
            char *path = output_path(o, name, layout, doc, d);
            jx_pdf_meta meta = {doc->title, doc->author, doc->subject, doc->keywords};
            if (path && jx_render_pdf(&disp, fs, &meta, path, helper, d) == 0) out->path = path, path = NULL, rc = 0;
            free(path);
        }
    }
    jx_display_free(&disp);
    if (!given) jx_fontset_close(&own);
    return rc;
}

/*** Attachments ***/

/* What a report's attachments took to build: their layouts and trees,
 * kept until the report is written. */
typedef struct attached {
    jx_layout **layouts; /* those read for them; NULL where the shelf had it */
    jx_document **trees;
    size_t n;
} attached;

static void attached_free(attached *t) {
    if (!t) return;
    for (size_t i = 0; i < t->n; i++) jx_document_free(t->trees[i]), jx_layout_free(t->layouts[i]);
    free(t->layouts);
    free(t->trees);
}

/* The number the report's next 附件 takes: one more than its own. */
static int next_attachment_number(const jx_document *doc) {
    int n = 0;
    for (size_t i = 0; i < doc->nblocks; i++) {
        const jx_block *b = &doc->blocks[i];
        n += b->type == JX_BLOCK_HEADING && b->level == 1 && b->unnumbered && b->text && strncmp(b->text, "附件", 6) == 0;
    }
    return n + 1;
}

/* An attachment's layout: the shelf's own when it holds it (a batch reads
 * the folder once), else read from the folder into *own. */
static const jx_layout *attached_layout(const jx_shelf *s, const jx_attachment *a, const char *name, jx_layout **own,
                                        jx_diags *d) {
    for (size_t i = 0; i < s->n; i++)
        if (s->items[i].layout && strcmp(s->items[i].layout->name, a->layout) == 0) return s->items[i].layout;
    jx_diags quiet;
    jx_diags_init(&quiet);
    jx_hash files;
    jx_hash_init(&files);
    *own = named_layout(s->dir, a->layout, &s->cache, &files, &quiet);
    if (!*own && quiet.count)
        jx_diag_at(d, JX_ERROR, name, a->pos, "the layout \"%s\" of this attachment cannot be read: %s: %s", a->layout,
                   quiet.items[0].file, quiet.items[0].message);
    else
        jx_diags_copy(d, &quiet);
    jx_diags_free(&quiet);
    return *own;
}

/* Sets each attached document after the report, on the report's pages: a
 * page break, "附件N" as the report's own 附件 are headed, then the blocks
 * its layout made of its input. */
static int append_attachments(const jx_shelf *s, const jx_model *input, jx_document *doc, const char *name, attached *t,
                              jx_diags *d) {
    size_t n = input->nattachments, total = doc->nblocks;
    if (!n) return 0;
    t->layouts = calloc(n, sizeof *t->layouts);
    t->trees = calloc(n, sizeof *t->trees);
    if (!t->layouts || !t->trees) return jx_diags_add(d, JX_ERROR, name, 0, 0, "", "out of memory"), -1;
    for (; t->n < n; t->n++) {
        const jx_attachment *a = &input->attachments[t->n];
        const jx_layout *lay = attached_layout(s, a, name, &t->layouts[t->n], d);
        if (lay && lay->many)
            jx_diag_at(d, JX_ERROR, name, a->pos, "the layout \"%s\" renders several inputs, not an attachment", a->layout);
        if (!lay || lay->many || !(t->trees[t->n] = jx_build(lay, jx_bind_root(a->doc), name, d))) return -1;
        total += t->trees[t->n]->nblocks + 2;
    }
    jx_block *blocks = jx_arena_array(doc->arena, total, sizeof *blocks);
    if (!blocks) return jx_diags_add(d, JX_ERROR, name, 0, 0, "", "out of memory"), -1;
    memcpy(blocks, doc->blocks, doc->nblocks * sizeof *blocks);
    size_t k = doc->nblocks;
    int number = next_attachment_number(doc);
    for (size_t i = 0; i < n; i++) {
        const jx_block base = {.indent = -1, .role = JX_ROLE_AUTO, .pos = input->attachments[i].pos};
        blocks[k] = base, blocks[k].type = JX_BLOCK_PAGEBREAK;
        /* on pages turned as its own layout sets them (a landscape 自评表) */
        blocks[k++].turn = 1 + t->trees[i]->page.landscape;
        blocks[k] = base;
        blocks[k].type = JX_BLOCK_HEADING, blocks[k].level = 1, blocks[k].unnumbered = 1, blocks[k].indent = 0;
        blocks[k++].text = jx_arena_printf(doc->arena, "附件%d", number + (int)i);
        memcpy(blocks + k, t->trees[i]->blocks, t->trees[i]->nblocks * sizeof *blocks);
        k += t->trees[i]->nblocks;
    }
    doc->blocks = blocks, doc->nblocks = k;
    return 0;
}

/*** The pipeline ***/

/* The tree the chosen layout makes of the inputs, with the report's
 * attachments after it (their trees kept in *extra); NULL with diagnostics. */
static jx_document *build_tree(const jx_shelf *layouts, jx_model **docs, const jx_input *inputs, int n,
                               const jx_layout **used, attached *extra, jx_diags *d) {
    const jx_layout *lay = choose(layouts, docs[0], n > 1, d);
    if (!lay) return NULL;
    *used = lay;
    if (!lay->many && n > 1) {
        jx_diags_add(d, JX_ERROR, lay->file, 0, 0, "", "the layout \"%s\" renders one input, not %d", lay->name, n);
        return NULL;
    }
    jx_input_set set = {(const jx_model *const *)docs, (size_t)n};
    jx_val root = lay->many ? jx_bind_input_set(&set) : jx_bind_root(docs[0]);
    jx_document *doc = jx_build(lay, root, n == 1 ? inputs[0].name : "the inputs", d);
    if (doc && (d->errors || (!lay->many && append_attachments(layouts, docs[0], doc, inputs[0].name, extra, d) != 0))) {
        jx_document_free(doc);
        doc = NULL;
    }
    return doc;
}

static int build_and_write(const jx_render_opts *o, const jx_shelf *layouts, jx_model **docs, const jx_input *inputs,
                           int n, jx_rendered *out, jx_diags *d) {
    const jx_layout *lay = NULL;
    attached extra = {0};
    jx_document *doc = build_tree(layouts, docs, inputs, n, &lay, &extra, d);
    if (lay) snprintf(out->layout, sizeof out->layout, "%s", lay->name);
    int rc = doc ? write_document(o, doc, n == 1 ? inputs[0].name : NULL, lay->name, out, d) : -1;
    attached_free(&extra);
    jx_document_free(doc);
    return rc;
}

/* An input loaded and scored for a layout; NULL (said) when it cannot be,
 * or has nothing a layout renders. */
static jx_model *load_to_render(const jx_input *in, jx_diags *d) {
    jx_model *doc = jx_load_scored(in, d);
    if (doc && !jx_model_scored(doc)) {
        jx_diags_add(d, JX_ERROR, in->name, 0, 0, "", "nothing to render: the input has no \"scoring\" section");
        jx_model_free(doc);
        return NULL;
    }
    return doc;
}

int jx_render(const jx_render_opts *o, const jx_shelf *layouts, const jx_input *inputs, int n, jx_rendered *out,
              jx_diags *d) {
    memset(out, 0, sizeof *out);
    jx_model **docs = calloc((size_t)n, sizeof *docs);
    int loaded = docs != NULL;
    if (!docs) jx_diags_add(d, JX_ERROR, n ? inputs[0].name : "jixiao", 0, 0, "", "out of memory");
    for (int i = 0; docs && i < n; i++)
        if (!(docs[i] = load_to_render(&inputs[i], d))) loaded = 0;
    size_t from = d->count;
    int rc = loaded && !d->errors ? build_and_write(o, layouts, docs, inputs, n, out, d) : -1;
    for (int i = 0; docs && i < n; i++) relocate(docs[i], d, from), jx_model_free(docs[i]);
    free(docs);
    if (rc) jx_rendered_free(out);
    return rc;
}

/*** Compilations ***/

/* One document of a compilation: its input and the tree its layout made. */
typedef struct part {
    jx_model *input;
    jx_document *tree;
    attached extra;
} part;

/* A document's name in the compilation's 目录: its title as published,
 * else its first title's lines, else its file. */
static const char *part_title(const jx_document *t, const char *file, jx_arena *a) {
    if (t->title && *t->title) return t->title;
    for (size_t i = 0; i < t->nblocks; i++) {
        if (t->blocks[i].type != JX_BLOCK_TITLE || !t->blocks[i].text) continue;
        char *flat = jx_arena_strdup(a, t->blocks[i].text);
        for (char *p = flat; p && *p; p++)
            if (*p == '\n') *p = ' ';
        return flat ? flat : file;
    }
    return file;
}

/* The documents one after another, each on a new page (turned as its own
 * layout sets it), under a 目录 that lists them; each document's own 目录
 * gives way to it. Strings stay in the parts' arenas. */
static jx_document *compile(const part *parts, int n, const jx_input *inputs, size_t total, jx_diags *d) {
    jx_document *book = calloc(1, sizeof *book);
    jx_arena *a = book ? jx_arena_new() : NULL;
    jx_block *blocks = a ? jx_arena_array(a, total, sizeof *blocks) : NULL;
    if (!blocks) {
        jx_arena_free(a), free(book);
        jx_diags_add(d, JX_ERROR, inputs[0].name, 0, 0, "", "out of memory");
        return NULL;
    }
    const jx_document *first = parts[0].tree;
    *book = (jx_document){.arena = a, .file = "the compilation", .title = "绩效评价文件汇编", .page = first->page,
                          .style = first->style, .blocks = blocks};
    const jx_block base = {.indent = -1, .role = JX_ROLE_AUTO};
    size_t k = 0;
    blocks[k] = base, blocks[k].type = JX_BLOCK_TOC, blocks[k++].text = "目录";
    for (int i = 0; i < n; i++) {
        const jx_document *t = parts[i].tree;
        if (memcmp(&t->style, &first->style, sizeof t->style) != 0)
            jx_diags_add(d, JX_WARNING, inputs[i].name, 0, 0, "", "set in the first document's type sizes and area, not its own");
        blocks[k] = base, blocks[k].type = JX_BLOCK_PAGEBREAK, blocks[k++].turn = 1 + t->page.landscape;
        blocks[k] = base, blocks[k].type = JX_BLOCK_HEADING, blocks[k].level = 1, blocks[k].mark = 1;
        blocks[k].unnumbered = 1, blocks[k++].text = part_title(t, inputs[i].name, a);
        for (size_t j = 0; j < t->nblocks; j++) {
            const jx_block *b = &t->blocks[j];
            int after_toc = j > 0 && t->blocks[j - 1].type == JX_BLOCK_TOC && b->type == JX_BLOCK_PAGEBREAK;
            if (b->type != JX_BLOCK_TOC && !after_toc) blocks[k++] = *b;
        }
    }
    book->nblocks = k;
    return book;
}

int jx_render_combined(const jx_render_opts *o, const jx_shelf *layouts, const jx_input *inputs, int n,
                       jx_rendered *out, jx_diags *d) {
    memset(out, 0, sizeof *out);
    part *parts = n > 0 ? calloc((size_t)n, sizeof *parts) : NULL;
    if (!parts) return jx_diags_add(d, JX_ERROR, n ? inputs[0].name : "jixiao", 0, 0, "", "out of memory"), -1;
    size_t total = 1;
    for (int i = 0; i < n; i++) {
        size_t from = d->count;
        part *p = &parts[i];
        p->input = load_to_render(&inputs[i], d);
        const jx_layout *lay = NULL;
        if (p->input && !d->errors)
            p->tree = build_tree(layouts, &p->input, &inputs[i], 1, &lay, &p->extra, d);
        if (lay && lay->many) {
            jx_diags_add(d, JX_ERROR, inputs[i].name, 0, 0, "", "the layout \"%s\" renders several inputs as one document; a compilation takes each input's own", lay->name);
            jx_document_free(p->tree), p->tree = NULL;
        }
        relocate(p->input, d, from);
        if (p->tree) total += p->tree->nblocks + 2;
    }
    jx_document *book = d->errors ? NULL : compile(parts, n, inputs, total, d);
    snprintf(out->layout, sizeof out->layout, "%s", "each input's own");
    int rc = book ? write_document(o, book, NULL, "combined", out, d) : -1;
    jx_document_free(book);
    for (int i = 0; i < n; i++) {
        jx_document_free(parts[i].tree);
        attached_free(&parts[i].extra);
        jx_model_free(parts[i].input);
    }
    free(parts);
    if (rc) jx_rendered_free(out);
    return rc;
}

int jx_render_tree(const jx_render_opts *o, const jx_input *tree, jx_rendered *out, jx_diags *d) {
    memset(out, 0, sizeof *out);
    jx_document *doc = jx_document_load(tree->name, tree->data, tree->len, d);
    int rc = doc ? write_document(o, doc, tree->name, "", out, d) : -1;
    jx_document_free(doc);
    if (rc) jx_rendered_free(out);
    return rc;
}

/*** The library's rendering call (include/jixiao.h) ***/

jx_layouts *jx_layouts_open(const char *dir, const char *name) {
    return jx_shelf_open(dir ? dir : JX_DATADIR "/layouts", name, NULL);
}

void jx_layouts_close(jx_layouts *layouts) { jx_shelf_close(layouts); }

int jx_render_input(const jx_layouts *layouts, const char *name, const unsigned char *data, size_t len,
                    jx_format format, const char *fonts_dir, const char *output, jx_diags *diags) {
    if (!layouts || !output) {
        jx_diags_add(diags, JX_ERROR, name ? name : "", 0, 0, "", "no layouts or no output to render to");
        return -1;
    }
    jx_render_opts o = {.kind = format == JX_FORMAT_DOCX ? JX_OUT_DOCX : JX_OUT_PDF, .fonts_dir = fonts_dir, .output = output};
    jx_input in = {name ? name : "input", data, len};
    jx_rendered done;
    int rc = jx_render(&o, layouts, &in, 1, &done, diags);
    if (rc == 0) jx_rendered_free(&done);
    return rc;
}
