/* The shared reader of the three JSON formats: input/read.c (jixiao/1),
 * doc/read_doc.c (jixiao-doc/1) and layout/read_layout.c (jixiao-layout/1).
 * With reader.c, the only code that sees cJSON. Not part of any interface. */
#ifndef JX_JSON_READER_H
#define JX_JSON_READER_H

#include <cjson/cJSON.h>

#include "base/arena.h"
#include "base/values.h"
#include "jixiao.h"
#include "json/jsonscan.h"

typedef struct loader {
    void *object; /* what the format's reader fills */
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
    /* "@funds.spent" stands for a number: jixiao/1 inputs only; NULL elsewhere */
    int (*resolve)(struct loader *L, const char *ref, jx_pos p, jx_dec *out);
} loader;

/* Position of a value (its first character) and of a member's key. */
jx_pos ld_pos_at(loader *L, const cJSON *item, const char *ptr);
jx_pos ld_key_pos(loader *L, const cJSON *item, const char *ptr);
/* A value's text as written in the file (a number's digits), in the arena. */
const char *ld_raw_text(loader *L, const cJSON *item);
__attribute__((format(printf, 3, 4))) int ld_err(loader *L, jx_pos p, const char *fmt, ...);
__attribute__((format(printf, 3, 4))) void ld_warn(loader *L, jx_pos p, const char *fmt, ...);
const char *ld_ptr_key(loader *L, const char *base, const char *key);
const char *ld_ptr_index(loader *L, const char *base, size_t i);

/* 1 when name is one of the NULL-terminated keys. */
int ld_known_key(const char *name, const char *const *keys);
/* Checks that v is an object and warns about keys it does not know. */
int ld_expect_object(loader *L, const cJSON *v, const char *ptr, const char *const *keys);
/* The same over a table whose rows each start with a member's name, stride
 * bytes apart, ending with a row without one (json/members.h). */
int ld_expect_rows(loader *L, const cJSON *v, const char *ptr, const char *const *names, size_t stride);
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
/* A number's exact decimal value from its text. */
int ld_number_text(loader *L, const cJSON *v, jx_pos p, jx_dec *out);
/* A number (or, where resolve is set, a reference to one). */
int ld_num(loader *L, const cJSON *obj, const char *ptr, const char *key, int required, jx_num *out);
/* An array of strings. */
int ld_strings(loader *L, const cJSON *obj, const char *ptr, const char *key, const char ***out, size_t *count);
/* A short label written either way: a string or a number's digits (codes, phones). */
int ld_label(loader *L, const cJSON *obj, const char *ptr, const char *key, const char **out);
/* YYYY-MM-DD, YYYY-MM or YYYY, a date that exists. */
int ld_date(loader *L, const cJSON *obj, const char *ptr, const char *key, int required, jx_date *out);
int ld_bool(loader *L, const cJSON *obj, const char *ptr, const char *key, int *present, int *out);
/* Index of the member's value in the first count names (-1: up to the NULL). */
int ld_enum_n(loader *L, const cJSON *obj, const char *ptr, const char *key, const char *const *names, int count,
              int *out);
/* Index of the member's value in the NULL-terminated names. */
int ld_enum(loader *L, const cJSON *obj, const char *ptr, const char *key, const char *const *names, int *out);
/* Iterates an optional array member: returns its first element or NULL;
 * *bad when the member is not an array. */
const cJSON *ld_array(loader *L, const cJSON *obj, const char *ptr, const char *key, const char **aptr,
                      size_t *count, int *bad);
int ld_dec_array(loader *L, const cJSON *obj, const char *ptr, const char *key, jx_dec **out, size_t *n);
double ld_double(jx_dec d);

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
