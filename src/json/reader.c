/* The shared JSON reader: the only code that touches cJSON besides the
 * three format readers (input/read.c, doc/read_doc.c, layout/read_layout.c).
 *
 * Order of work: encoding (UTF-8, or GB18030 converted with a warning) ->
 * strict syntax scan with positions (jsonscan.c) -> cJSON tree -> one pass
 * pairing every cJSON node with its scanned position and checking duplicate
 * keys and string sizes -> the format's reader, through the typed members
 * below, each error at its JSON pointer. */
#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/enums.h"
#include "base/limits.h"
#include "base/utf8.h"
#include "json/reader.h"

/*** Limits, each with its reason ***/

/* A project file is tens of KB; the whole 444 KB seed document 003 would fit
 * many times. The cap bounds memory per document in a parallel batch. */
/* The longest narrative in the seeds is ~3 KB; 1 MiB per string is generous
 * and still stops a runaway field from reaching the layout engine. */


/*** Diagnostics ***/

static size_t value_index(const loader *L, const cJSON *item) {
    if (!item || !L->map_cap) return (size_t)-1;
    size_t h = ((uintptr_t)item >> 4) & (L->map_cap - 1);
    while (L->map_keys[h]) {
        if (L->map_keys[h] == item) return L->map_vals[h];
        h = (h + 1) & (L->map_cap - 1);
    }
    return (size_t)-1;
}

const char *ld_raw_text(loader *L, const cJSON *item) {
    size_t i = value_index(L, item);
    if (i == (size_t)-1) return NULL;
    const char *t = jx_arena_strndup(L->a, L->scan.text + L->scan.values[i].offset, L->scan.values[i].len);
    if (!t) L->oom = 1;
    return t;
}

jx_pos ld_pos_at(loader *L, const cJSON *item, const char *ptr) {
    jx_pos p = {ptr, 0, 0};
    size_t i = value_index(L, item);
    if (i != (size_t)-1) p.line = L->scan.values[i].line, p.col = L->scan.values[i].col;
    return p;
}

jx_pos ld_key_pos(loader *L, const cJSON *item, const char *ptr) {
    jx_pos p = {ptr, 0, 0};
    size_t i = value_index(L, item);
    if (i != (size_t)-1 && L->scan.values[i].key_offset != (size_t)-1)
        p.line = L->scan.values[i].key_line, p.col = L->scan.values[i].key_col;
    return p;
}

static void vreport(loader *L, jx_severity sev, jx_pos p, const char *fmt, va_list ap) {
    if (jx_diag_vat(L->diags, sev, L->file, p, fmt, ap)) L->oom = 1;
}

int ld_err(loader *L, jx_pos p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vreport(L, JX_ERROR, p, fmt, ap);
    va_end(ap);
    return -1;
}

void ld_warn(loader *L, jx_pos p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vreport(L, JX_WARNING, p, fmt, ap);
    va_end(ap);
}

/*** JSON pointers ***/

const char *ld_ptr_key(loader *L, const char *base, const char *key) {
    size_t n = strlen(base) + 2;
    for (const char *k = key; *k; k++) n += (*k == '~' || *k == '/') ? 2 : 1;
    char *p = jx_arena_alloc(L->a, n);
    if (!p) {
        L->oom = 1;
        return base;
    }
    char *w = p + strlen(base);
    memcpy(p, base, strlen(base));
    *w++ = '/';
    for (const char *k = key; *k; k++) {
        if (*k == '~' || *k == '/') {
            *w++ = '~';
            *w++ = *k == '~' ? '0' : '1';
        } else {
            *w++ = *k;
        }
    }
    *w = '\0';
    return p;
}

/* Written by hand: every array item of every input makes one, and printf
 * made a fortieth of a render. */
const char *ld_ptr_index(loader *L, const char *base, size_t i) {
    char digits[24], *d = digits + sizeof digits;
    do *--d = (char)('0' + i % 10); while (i /= 10);
    size_t blen = strlen(base), dlen = (size_t)(digits + sizeof digits - d);
    char *p = jx_arena_alloc(L->a, blen + dlen + 2);
    if (!p) return L->oom = 1, base;
    memcpy(p, base, blen);
    p[blen] = '/';
    memcpy(p + blen + 1, d, dlen);
    p[blen + 1 + dlen] = '\0';
    return p;
}

/*** Pairing cJSON nodes with scanned positions ***/

static int map_put(loader *L, const cJSON *item, size_t idx) {
    size_t h = ((uintptr_t)item >> 4) & (L->map_cap - 1);
    while (L->map_keys[h]) h = (h + 1) & (L->map_cap - 1);
    L->map_keys[h] = item;
    L->map_vals[h] = idx;
    return 0;
}

static int cmp_member_names(const void *a, const void *b) {
    const cJSON *x = *(const cJSON *const *)a, *y = *(const cJSON *const *)b;
    int c = strcmp(x->string, y->string);
    if (c) return c;
    return (x > y) - (x < y);
}

/* Pointer of a node found during the generic walk, built from its parents. */
static const char *walk_pointer(loader *L, cJSON *const *stack, int depth, const cJSON *item) {
    const char *p = "";
    for (int k = 1; k <= depth; k++) {
        const cJSON *node = k < depth ? stack[k] : item;
        const cJSON *parent = stack[k - 1];
        if (cJSON_IsObject(parent)) {
            p = ld_ptr_key(L, p, node->string);
        } else {
            size_t i = 0;
            for (const cJSON *c = parent->child; c && c != node; c = c->next) i++;
            p = ld_ptr_index(L, p, i);
        }
    }
    return p;
}

static void check_duplicates(loader *L, cJSON **stack, int depth, cJSON *obj) {
    size_t n = 0;
    for (const cJSON *c = obj->child; c; c = c->next) n++;
    if (n < 2) return;
    const cJSON **members = malloc(n * sizeof *members);
    if (!members) {
        L->oom = 1;
        return;
    }
    n = 0;
    for (const cJSON *c = obj->child; c; c = c->next) members[n++] = c;
    /* node addresses follow document order within one parse, so the sort
     * keeps the first occurrence of a name first */
    qsort(members, n, sizeof *members, cmp_member_names);
    stack[depth] = obj;
    for (size_t i = 1; i < n; i++) {
        if (strcmp(members[i]->string, members[i - 1]->string) == 0) {
            const char *p = walk_pointer(L, stack, depth + 1, members[i]);
            ld_err(L, ld_key_pos(L, members[i], p), "duplicate key \"%s\"", members[i]->string);
        }
    }
    free(members);
}

/* Pre-order walk with an explicit stack (depth is bounded by the scanner).
 * The first walk pairs nodes with positions; the second checks string
 * sizes and duplicate keys, whose diagnostics need those positions. */
static int walk_values(loader *L, int checking) {
    cJSON *stack[JX_MAX_DEPTH + 2];
    int depth = 0;
    size_t idx = 0;
    cJSON *item = L->root;
    while (item) {
        if (!checking) {
            if (idx >= L->scan.count) return -1;
            map_put(L, item, idx);
        } else if (cJSON_IsString(item) && strlen(item->valuestring) > JX_MAX_STRING_BYTES) {
            const char *p = walk_pointer(L, stack, depth, item);
            ld_err(L, ld_pos_at(L, item, p), "string longer than %u bytes", JX_MAX_STRING_BYTES);
        } else if (cJSON_IsObject(item)) {
            check_duplicates(L, stack, depth, item);
        }
        idx++;
        if ((cJSON_IsObject(item) || cJSON_IsArray(item)) && item->child) {
            stack[depth++] = item;
            item = item->child;
            continue;
        }
        while (depth > 0 && !item->next) item = stack[--depth];
        item = depth > 0 ? item->next : NULL;
    }
    return idx == L->scan.count ? 0 : -1;
}

static int pair_positions(loader *L) {
    size_t cap = 16;
    while (cap < L->scan.count * 2) cap *= 2;
    L->map_keys = calloc(cap, sizeof *L->map_keys);
    L->map_vals = calloc(cap, sizeof *L->map_vals);
    if (!L->map_keys || !L->map_vals) return -2;
    L->map_cap = cap;
    if (walk_values(L, 0)) return -1;
    return walk_values(L, 1);
}

/*** Typed access ***/

static const char *type_name(const cJSON *v) {
    if (cJSON_IsObject(v)) return "an object";
    if (cJSON_IsArray(v)) return "an array";
    if (cJSON_IsString(v)) return "a string";
    if (cJSON_IsNumber(v)) return "a number";
    if (cJSON_IsBool(v)) return "a boolean";
    return "null";
}

int ld_known_key(const char *name, const char *const *keys) {
    for (size_t i = 0; keys[i]; i++)
        if (strcmp(name, keys[i]) == 0) return 1;
    return 0;
}

/* The i-th name of a table whose rows start with a name, stride bytes apart. */
static const char *name_at(const char *const *names, size_t stride, size_t i) {
    return *(const char *const *)(const void *)((const char *)names + i * stride);
}

int ld_expect_rows(loader *L, const cJSON *v, const char *ptr, const char *const *names, size_t stride) {
    if (!cJSON_IsObject(v)) return ld_err(L, ld_pos_at(L, v, ptr), "expected an object, found %s", type_name(v));
    for (const cJSON *c = v->child; c; c = c->next) {
        size_t known = 0;
        while (name_at(names, stride, known) && strcmp(c->string, name_at(names, stride, known)) != 0) known++;
        if (name_at(names, stride, known)) continue;
        const char *best = NULL;
        size_t best_d = JX_UTF8_FAR, limit = jx_utf8_count(c->string, strlen(c->string)) / 3 + 1;
        for (size_t i = 0; name_at(names, stride, i); i++) {
            size_t d = jx_utf8_distance(c->string, name_at(names, stride, i));
            if (d < best_d) best_d = d, best = name_at(names, stride, i);
        }
        jx_pos p = ld_key_pos(L, c, ld_ptr_key(L, ptr, c->string));
        if (best && best_d <= limit)
            ld_warn(L, p, "unknown key, did you mean \"%s\"?", best);
        else
            ld_warn(L, p, "unknown key");
    }
    return 0;
}

int ld_expect_object(loader *L, const cJSON *v, const char *ptr, const char *const *keys) {
    return ld_expect_rows(L, v, ptr, keys, sizeof *keys);
}

const cJSON *ld_member(const cJSON *obj, const char *key) {
    return cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
}

int ld_missing(loader *L, const cJSON *obj, const char *ptr, const char *key) {
    return ld_err(L, ld_pos_at(L, obj, ptr), "missing required key \"%s\"", key);
}

int ld_wrong_type(loader *L, const cJSON *v, const char *ptr, const char *want) {
    return ld_err(L, ld_pos_at(L, v, ptr), "expected %s, found %s", want, type_name(v));
}

int ld_string(loader *L, const cJSON *obj, const char *ptr, const char *key, int required,
                      const char **out) {
    const cJSON *v = ld_member(obj, key);
    if (!v) return required ? ld_missing(L, obj, ptr, key) : 0;
    const char *p = ld_ptr_key(L, ptr, key);
    if (!cJSON_IsString(v)) return ld_wrong_type(L, v, p, "a string");
    *out = jx_arena_strdup(L->a, v->valuestring);
    if (!*out) L->oom = 1;
    return 0;
}

/* Text: a string or an array of strings (paragraphs). */
int ld_text(loader *L, const cJSON *obj, const char *ptr, const char *key, jx_text *out) {
    const cJSON *v = ld_member(obj, key);
    if (!v) return 0;
    const char *p = ld_ptr_key(L, ptr, key);
    if (cJSON_IsString(v)) {
        *out = jx_arena_strdup(L->a, v->valuestring);
        return 0;
    }
    if (!cJSON_IsArray(v)) return ld_wrong_type(L, v, p, "a string or an array of strings");
    size_t n = 0, i = 0;
    for (const cJSON *c = v->child; c; c = c->next, i++) {
        if (!cJSON_IsString(c)) return ld_wrong_type(L, c, ld_ptr_index(L, p, i), "a string");
        n += strlen(c->valuestring) + 1;
    }
    char *t = jx_arena_alloc(L->a, n + 1), *w = t;
    if (!t) {
        L->oom = 1;
        return -1;
    }
    for (const cJSON *c = v->child; c; c = c->next) {
        size_t k = strlen(c->valuestring);
        memcpy(w, c->valuestring, k);
        w += k;
        if (c->next) *w++ = '\n';
    }
    *w = '\0';
    *out = t;
    return 0;
}

int ld_strings(loader *L, const cJSON *obj, const char *ptr, const char *key,
                       const char ***out, size_t *count) {
    const cJSON *v = ld_member(obj, key);
    if (!v) return 0;
    const char *p = ld_ptr_key(L, ptr, key);
    if (!cJSON_IsArray(v)) return ld_wrong_type(L, v, p, "an array of strings");
    size_t n = (size_t)cJSON_GetArraySize(v), i = 0;
    const char **list = jx_arena_array(L->a, n ? n : 1, sizeof *list);
    if (!list) {
        L->oom = 1;
        return -1;
    }
    for (const cJSON *c = v->child; c; c = c->next, i++) {
        if (!cJSON_IsString(c)) return ld_wrong_type(L, c, ld_ptr_index(L, p, i), "a string");
        list[i] = jx_arena_strdup(L->a, c->valuestring);
    }
    *out = list;
    *count = n;
    return 0;
}

/* A short label that documents write either way: codes, phone numbers. */
int ld_label(loader *L, const cJSON *obj, const char *ptr, const char *key, const char **out) {
    const cJSON *v = ld_member(obj, key);
    if (!v) return 0;
    const char *p = ld_ptr_key(L, ptr, key);
    if (cJSON_IsString(v)) {
        *out = jx_arena_strdup(L->a, v->valuestring);
        return 0;
    }
    if (!cJSON_IsNumber(v)) return ld_wrong_type(L, v, p, "a string");
    size_t i = value_index(L, v);
    *out = jx_arena_strndup(L->a, L->scan.text + L->scan.values[i].offset, L->scan.values[i].len);
    return 0;
}

int ld_number_text(loader *L, const cJSON *v, jx_pos p, jx_dec *out) {
    size_t i = value_index(L, v);
    const char *t = L->scan.text + L->scan.values[i].offset;
    size_t n = L->scan.values[i].len;
    int code = jx_dec_parse(t, n, out);
    if (code == JX_DEC_OK) return 0;
    char why[160];
    jx_dec_error(code == JX_DEC_SYNTAX ? JX_DEC_RANGE : code, t, n, why, sizeof why);
    return ld_err(L, p, "%s", why);
}


int ld_num(loader *L, const cJSON *obj, const char *ptr, const char *key, int required,
                   jx_num *out) {
    const cJSON *v = ld_member(obj, key);
    if (!v) return required ? ld_missing(L, obj, ptr, key) : 0;
    jx_pos p = ld_pos_at(L, v, ld_ptr_key(L, ptr, key));
    out->pos = p;
    if (cJSON_IsString(v) && v->valuestring[0] == '@' && L->resolve) {
        if (L->resolve(L, v->valuestring, p, &out->v)) return -1;
    } else if (!cJSON_IsNumber(v)) {
        return ld_wrong_type(L, v, p.ptr, "a number");
    } else if (ld_number_text(L, v, p, &out->v)) {
        return -1;
    }
    out->present = 1;
    return 0;
}

/* A number with bounds [lo, hi] (given as decimal text, NULL for open). */
int ld_bounded(loader *L, const cJSON *obj, const char *ptr, const char *key, int required,
                       const char *lo, const char *hi, int lo_open, jx_num *out) {
    if (ld_num(L, obj, ptr, key, required, out)) return -1;
    if (!out->present) return 0;
    jx_dec b;
    jx_q v = jx_q_dec(out->v);
    char shown[48];
    jx_dec_format(out->v, shown, sizeof shown);
    if (lo && jx_dec_parse(lo, strlen(lo), &b) == 0) {
        int c = jx_q_cmp(v, jx_q_dec(b));
        if (c < 0 || (lo_open && c == 0)) {
            out->present = 0;
            return ld_err(L, out->pos, "%s must be %s %s", shown, lo_open ? "greater than" : "at least", lo);
        }
    }
    if (hi && jx_dec_parse(hi, strlen(hi), &b) == 0 && jx_q_cmp(v, jx_q_dec(b)) > 0) {
        out->present = 0;
        return ld_err(L, out->pos, "%s must be at most %s", shown, hi);
    }
    return 0;
}

int ld_int(loader *L, const cJSON *obj, const char *ptr, const char *key, int required,
                   long lo, long hi, int *out) {
    jx_num n = {0};
    if (ld_num(L, obj, ptr, key, required, &n)) return -1;
    if (!n.present) return 0;
    /* 2022, never 2022.0 or 2.022e3: an integer is written with digits */
    const char *raw = ld_raw_text(L, ld_member(obj, key));
    if (n.v.s != 0 || (raw && strpbrk(raw, ".eE")))
        return ld_err(L, n.pos, "expected an integer written with digits only, found %s", raw ? raw : "a fraction");
    if (n.v.m < lo || n.v.m > hi) return ld_err(L, n.pos, "%lld is out of range [%ld, %ld]", (long long)n.v.m, lo, hi);
    *out = (int)n.v.m;
    return 0;
}

int ld_bool(loader *L, const cJSON *obj, const char *ptr, const char *key, int *present,
                    int *out) {
    const cJSON *v = ld_member(obj, key);
    if (!v) return 0;
    if (!cJSON_IsBool(v)) return ld_wrong_type(L, v, ld_ptr_key(L, ptr, key), "true or false");
    *out = cJSON_IsTrue(v);
    if (present) *present = 1;
    return 0;
}

static int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[m - 1];
}

int ld_date(loader *L, const cJSON *obj, const char *ptr, const char *key, int required,
                    jx_date *out) {
    const cJSON *v = ld_member(obj, key);
    if (!v) return required ? ld_missing(L, obj, ptr, key) : 0;
    jx_pos p = ld_pos_at(L, v, ld_ptr_key(L, ptr, key));
    const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
    int y = 0, m = 0, d = 0, n = 0;
    if (cJSON_IsNumber(v)) {
        jx_dec dv;
        if (ld_number_text(L, v, p, &dv)) return -1;
        if (dv.s == 0 && dv.m >= 1900 && dv.m <= 2200) y = (int)dv.m, n = 4;
    } else if (s) {
        size_t len = strlen(s);
        int ok = (len == 4 || len == 7 || len == 10);
        for (size_t i = 0; ok && i < len; i++)
            ok = (i == 4 || i == 7) ? s[i] == '-' : (s[i] >= '0' && s[i] <= '9');
        if (ok) {
            y = atoi(s);
            if (len >= 7) m = atoi(s + 5);
            if (len == 10) d = atoi(s + 8);
            n = (int)len;
        }
    }
    if (!n || y < 1900 || y > 2200 || (n >= 7 && (m < 1 || m > 12)) ||
        (n == 10 && (d < 1 || d > days_in_month(y, m))))
        return ld_err(L, p, "expected a date YYYY-MM-DD, YYYY-MM or YYYY");
    *out = (jx_date){1, y, m, d, p};
    return 0;
}

int ld_enum(loader *L, const cJSON *obj, const char *ptr, const char *key,
                    const char *const *names, int *out) {
    return ld_enum_n(L, obj, ptr, key, names, -1, out);
}

int ld_enum_n(loader *L, const cJSON *obj, const char *ptr, const char *key, const char *const *names, int count,
              int *out) {
    const char *s = NULL;
    if (ld_string(L, obj, ptr, key, 0, &s) || !s) return s ? -1 : 0;
    int found = jx_enum_index(s, names, count); /* a code, or its Chinese word */
    if (found >= 0) {
        *out = found;
        return 0;
    }
    char list[512] = "";
    for (int i = 0; names[i] && i != count; i++) {
        size_t n = strlen(list);
        snprintf(list + n, sizeof list - n, "%s%s", i ? ", " : "", names[i]);
        int words = 0;
        for (const jx_enum_word *w = JX_ENUM_WORDS; w->code; w++) {
            if (strcmp(w->code, names[i]) != 0 || jx_enum_said_before(w)) continue;
            n = strlen(list);
            snprintf(list + n, sizeof list - n, "%s%s", words++ ? "、" : " (", w->word);
        }
        n = strlen(list);
        if (words) snprintf(list + n, sizeof list - n, ")");
    }
    return ld_err(L, ld_pos_at(L, ld_member(obj, key), ld_ptr_key(L, ptr, key)), "\"%s\" is not one of: %s", s, list);
}

/* Iterates an optional array member: returns its first element or NULL. */
const cJSON *ld_array(loader *L, const cJSON *obj, const char *ptr, const char *key,
                                 const char **aptr, size_t *count, int *bad) {
    const cJSON *v = ld_member(obj, key);
    *count = 0;
    *aptr = ld_ptr_key(L, ptr, key);
    if (!v) return NULL;
    if (!cJSON_IsArray(v)) {
        ld_wrong_type(L, v, *aptr, "an array");
        *bad = 1;
        return NULL;
    }
    *count = (size_t)cJSON_GetArraySize(v);
    return v->child;
}

double ld_double(jx_dec d) {
    double v = (double)d.m;
    for (int k = 0; k < d.s; k++) v /= 10;
    return v;
}

/*** Entry point ***/

/* A file in which valid multi-byte UTF-8 characters outnumber the bytes
 * that are not UTF-8 is UTF-8 with errors, never GB18030: GBK text almost
 * never forms a valid three-byte sequence, while one stray byte in a UTF-8
 * file would turn all of its Chinese into mojibake. */
static int mostly_utf8(const unsigned char *s, size_t len) {
    size_t wide = 0, bad = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t n = jx_utf8_decode(s + i, len - i, &cp);
        if (n == 0) bad++, n = 1;
        else if (n >= 3) wide++;
        i += n;
    }
    return wide > 0 && wide >= bad;
}

/* Makes `data` valid UTF-8 text: strips a BOM, converts GB18030 input. */
static int decode_input(loader *L, const unsigned char *data, size_t len, unsigned char **text,
                        size_t *text_len) {
    if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) data += 3, len -= 3;
    size_t bad = jx_utf8_check(data, len);
    if (bad == len) {
        *text = malloc(len + 1);
        if (!*text) return L->oom = 1, -1;
        memcpy(*text, data, len);
        (*text)[len] = '\0';
        *text_len = len;
        return 0;
    }
    size_t gb_bad;
    if (!mostly_utf8(data, len) && jx_gb18030_to_utf8(data, len, text, text_len, &gb_bad) == 0 &&
        jx_utf8_check(*text, *text_len) == *text_len) {
        unsigned char *t = realloc(*text, *text_len + 1);
        if (!t) return L->oom = 1, -1;
        t[*text_len] = '\0';
        *text = t;
        jx_diags_add(L->diags, JX_WARNING, L->file, 0, 0, "",
                     "input is not UTF-8; decoded as GB18030 (GBK) and converted");
        return 0;
    }
    free(*text);
    *text = NULL;
    int line = 1, col = 1;
    for (size_t i = 0; i < bad;) {
        uint32_t cp;
        size_t n = jx_utf8_decode(data + i, len - i, &cp);
        if (data[i] == '\n') line++, col = 1;
        else col++;
        i += n ? n : 1;
    }
    jx_diags_add(L->diags, JX_ERROR, L->file, line, col, "",
                 mostly_utf8(data, len) ? "invalid UTF-8 at byte offset %zu (the rest of the file is UTF-8; save it as UTF-8 "
                                          "again, or retype the text there)"
                                        : "invalid UTF-8 at byte offset %zu (and not GB18030 either)",
                 bad);
    return -1;
}

/* Decodes, scans and parses `data`, pairing every value with its position.
 * 0 on success; on failure the diagnostics say why. */
/* cJSON records where a parse failed in a variable of its own, shared by
 * all threads (cJSON_GetErrorPtr), and writes it on every parse. The
 * scanner has already checked the syntax, so nothing reads it; the lock
 * only keeps documents loaded in parallel from writing it at once. */
static cJSON *parse_json(const char *text, size_t len) {
    static pthread_mutex_t cjson_error_lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&cjson_error_lock);
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, NULL, 0);
    pthread_mutex_unlock(&cjson_error_lock);
    return root;
}

static int open_json(loader *L, const char *name, const unsigned char *data, size_t len, jx_diags *diags,
                     unsigned char **text) {
    L->diags = diags;
    L->file = name ? name : "-";
    *text = NULL;
    if (len > JX_MAX_INPUT_BYTES) {
        jx_diags_add(diags, JX_ERROR, L->file, 0, 0, "", "input is %zu bytes; the limit is %u", len, JX_MAX_INPUT_BYTES);
        return -1;
    }
    size_t text_len = 0;
    if (decode_input(L, data, len, text, &text_len)) {
        if (L->oom) jx_diags_add(diags, JX_ERROR, L->file, 0, 0, "", "out of memory");
        return -1;
    }
    int rc = jx_jscan_run(&L->scan, (const char *)*text, text_len);
    if (rc == -1) {
        int line, col;
        jx_jscan_position(&L->scan, L->scan.err_offset, &line, &col);
        jx_diags_add(diags, JX_ERROR, L->file, line, col, "", "%s", L->scan.err);
        return -1;
    }
    if (rc == 0) L->root = parse_json((const char *)*text, text_len);
    if (rc || !L->root || !(L->a = jx_arena_new())) {
        L->oom = 1;
        jx_diags_add(diags, JX_ERROR, L->file, 0, 0, "", "out of memory");
        return -1;
    }
    rc = pair_positions(L);
    if (rc == -2) L->oom = 1;
    if (rc) {
        jx_diags_add(diags, JX_ERROR, L->file, 0, 0, "", rc == -2 ? "out of memory" : "internal error: parser and scanner disagree");
        return -1;
    }
    return 0;
}

static void close_json(loader *L, unsigned char *text) {
    cJSON_Delete(L->root);
    jx_jscan_free(&L->scan);
    free(L->map_keys);
    free(L->map_vals);
    free(text);
}


void *ld_load_format(const ld_format *ops, const char *name, const unsigned char *data, size_t len,
                         jx_diags *diags) {
    loader L = {0};
    size_t errors_before = diags->errors;
    unsigned char *text;
    void *object = NULL;
    if (open_json(&L, name, data, len, diags, &text) == 0) {
        object = ops->create(&L); /* takes the arena, or frees it */
        if (object)
            ops->parse(&L, object);
        else
            L.oom = 1;
        if (L.oom) jx_diags_add(diags, JX_ERROR, L.file, 0, 0, "", "out of memory");
        if (object && (L.oom || diags->errors > errors_before)) {
            ops->destroy(object);
            object = NULL;
        }
    } else {
        jx_arena_free(L.a);
    }
    close_json(&L, text);
    return object;
}

