/* Internals shared by the loader's files: load.c (jixiao/1 input) and
 * load_doc.c (jixiao-doc/1 document trees, jixiao-layout/1 layouts). The
 * only headers that see cJSON. Not part of any interface. */
#ifndef JX_LOADER_H
#define JX_LOADER_H

#include <cjson/cJSON.h>

#include "jsonscan.h"
#include "model.h"

typedef struct loader {
    jx_doc *doc;
    jx_arena *a;
    jx_diags *diags;
    const char *file;
    jx_jscan scan;
    cJSON *root;
    /* cJSON node -> index into scan.values (open addressing) */
    const cJSON **map_keys;
    size_t *map_vals;
    size_t map_cap;
    int oom;
    int in_layout; /* blocks are a layout's: their data-bound parts are read apart */
    int references; /* "@funds.spent" stands for a number: jixiao/1 inputs only */
} loader;

/* Position of a value (its first character) and of a member's key. */
jx_pos ld_pos_at(loader *L, const cJSON *item, const char *ptr);
__attribute__((format(printf, 3, 4))) int ld_err(loader *L, jx_pos p, const char *fmt, ...);
__attribute__((format(printf, 3, 4))) void ld_warn(loader *L, jx_pos p, const char *fmt, ...);
const char *ld_ptr_key(loader *L, const char *base, const char *key);
const char *ld_ptr_index(loader *L, const char *base, size_t i);

/* Checks that v is an object and warns about keys it does not know. */
int ld_expect_object(loader *L, const cJSON *v, const char *ptr, const char *const *keys);
const cJSON *ld_member(const cJSON *obj, const char *key);
int ld_missing(loader *L, const cJSON *obj, const char *ptr, const char *key);
int ld_wrong_type(loader *L, const cJSON *v, const char *ptr, const char *want);

/* Typed members; each returns 0, or -1 after reporting. Absent optional
 * members leave *out untouched. */
int ld_string(loader *L, const cJSON *obj, const char *ptr, const char *key, int required, const char **out);
/* A string, or an array of strings joined by '\n' (paragraphs). */
int ld_text(loader *L, const cJSON *obj, const char *ptr, const char *key, jx_text *out);
/* A number in [lo, hi] (decimal text; NULL for open), lo excluded when lo_open. */
int ld_bounded(loader *L, const cJSON *obj, const char *ptr, const char *key, int required, const char *lo,
               const char *hi, int lo_open, jx_num *out);
int ld_int(loader *L, const cJSON *obj, const char *ptr, const char *key, int required, long lo, long hi, int *out);
int ld_bool(loader *L, const cJSON *obj, const char *ptr, const char *key, int *present, int *out);
/* Index of the member's value in the NULL-terminated names. */
int ld_enum(loader *L, const cJSON *obj, const char *ptr, const char *key, const char *const *names, int *out);
/* Iterates an optional array member: returns its first element or NULL;
 * *bad when the member is not an array. */
const cJSON *ld_array(loader *L, const cJSON *obj, const char *ptr, const char *key, const char **aptr,
                      size_t *count, int *bad);
int ld_dec_array(loader *L, const cJSON *obj, const char *ptr, const char *key, jx_dec **out, size_t *n);
double ld_double(jx_dec d);
/* A font size: points in [5, max], or a 号 name ("三号", "小四"). */
int ld_font_size(loader *L, const cJSON *obj, const char *ptr, const char *key, const char *max, double *out);

/* What differs between the two file formats: the object created (which
 * owns the arena), how it is filled, how it is freed. */
typedef struct ld_format {
    void *(*create)(loader *L);
    void (*parse)(loader *L, void *object);
    void (*destroy)(void *object);
} ld_format;

/* Reads one file of a format: encoding, syntax, positions, then ops->parse.
 * Returns the object, or NULL when anything was reported as an error. */
void *ld_load_format(const ld_format *ops, const char *name, const unsigned char *data, size_t len, jx_diags *diags);

#endif
