/* jixiao/1 JSON -> typed model. The only file that touches cJSON.
 *
 * Order of work: encoding (UTF-8, or GB18030 converted with a warning) ->
 * strict syntax scan with positions (jsonscan.c) -> cJSON tree -> one pass
 * pairing every cJSON node with its scanned position and checking duplicate
 * keys and string sizes -> typed fields, each error at its JSON pointer. */
#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "jsonscan.h"
#include "load.h"
#include "model.h"
#include "utf8.h"

/*** Limits, each with its reason ***/

/* A project file is tens of KB; the whole 444 KB seed document 003 would fit
 * many times. The cap bounds memory per document in a parallel batch. */
#define MAX_INPUT (16u << 20)
/* The longest narrative in the seeds is ~3 KB; 1 MiB per string is generous
 * and still stops a runaway field from reaching the layout engine. */
#define MAX_STRING (1u << 20)
/* A 评分表 has a few dozen indicators; 10,000 is far past any real table. */
#define MAX_NODES 10000
/* 一级 to 四级 plus room: deeper trees are a data error, not a document. */
#define MAX_TREE_DEPTH 6

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
} loader;

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

static jx_pos pos_at(loader *L, const cJSON *item, const char *ptr) {
    jx_pos p = {ptr, 0, 0};
    size_t i = value_index(L, item);
    if (i != (size_t)-1) jx_jscan_position(&L->scan, L->scan.values[i].offset, &p.line, &p.col);
    return p;
}

static jx_pos key_pos(loader *L, const cJSON *item, const char *ptr) {
    jx_pos p = {ptr, 0, 0};
    size_t i = value_index(L, item);
    if (i != (size_t)-1 && L->scan.values[i].key_offset != (size_t)-1)
        jx_jscan_position(&L->scan, L->scan.values[i].key_offset, &p.line, &p.col);
    return p;
}

static void vreport(loader *L, jx_severity sev, jx_pos p, const char *fmt, va_list ap) {
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (jx_diags_add(L->diags, sev, L->file, p.line, p.col, p.ptr ? p.ptr : "", "%s", msg))
        L->oom = 1;
}

__attribute__((format(printf, 3, 4))) static int err(loader *L, jx_pos p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vreport(L, JX_ERROR, p, fmt, ap);
    va_end(ap);
    return -1;
}

__attribute__((format(printf, 3, 4))) static void warn(loader *L, jx_pos p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vreport(L, JX_WARNING, p, fmt, ap);
    va_end(ap);
}

/*** JSON pointers ***/

static const char *ptr_key(loader *L, const char *base, const char *key) {
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

static const char *ptr_index(loader *L, const char *base, size_t i) {
    const char *p = jx_arena_printf(L->a, "%s/%zu", base, i);
    if (!p) L->oom = 1;
    return p ? p : base;
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
            p = ptr_key(L, p, node->string);
        } else {
            size_t i = 0;
            for (const cJSON *c = parent->child; c && c != node; c = c->next) i++;
            p = ptr_index(L, p, i);
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
            err(L, key_pos(L, members[i], p), "duplicate key \"%s\"", members[i]->string);
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
        } else if (cJSON_IsString(item) && strlen(item->valuestring) > MAX_STRING) {
            const char *p = walk_pointer(L, stack, depth, item);
            err(L, pos_at(L, item, p), "string longer than %u bytes", MAX_STRING);
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

static size_t edit_distance(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64) return 99;
    size_t row[65];
    for (size_t j = 0; j <= lb; j++) row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

static int known_key(const char *name, const char *const *keys) {
    for (size_t i = 0; keys[i]; i++)
        if (strcmp(name, keys[i]) == 0) return 1;
    return 0;
}

/* Checks that v is an object and warns about keys it does not know. */
static int expect_object(loader *L, const cJSON *v, const char *ptr, const char *const *keys) {
    if (!cJSON_IsObject(v)) return err(L, pos_at(L, v, ptr), "expected an object, found %s", type_name(v));
    for (const cJSON *c = v->child; c; c = c->next) {
        if (known_key(c->string, keys)) continue;
        const char *best = NULL;
        size_t best_d = 99, limit = strlen(c->string) / 3 + 1;
        for (size_t i = 0; keys[i]; i++) {
            size_t d = edit_distance(c->string, keys[i]);
            if (d < best_d) best_d = d, best = keys[i];
        }
        jx_pos p = key_pos(L, c, ptr_key(L, ptr, c->string));
        if (best && best_d <= limit)
            warn(L, p, "unknown key, did you mean \"%s\"?", best);
        else
            warn(L, p, "unknown key");
    }
    return 0;
}

static const cJSON *member(const cJSON *obj, const char *key) {
    return cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
}

static int missing(loader *L, const cJSON *obj, const char *ptr, const char *key) {
    return err(L, pos_at(L, obj, ptr), "missing required key \"%s\"", key);
}

static int wrong_type(loader *L, const cJSON *v, const char *ptr, const char *want) {
    return err(L, pos_at(L, v, ptr), "expected %s, found %s", want, type_name(v));
}

static int get_string(loader *L, const cJSON *obj, const char *ptr, const char *key, int required,
                      const char **out) {
    const cJSON *v = member(obj, key);
    if (!v) return required ? missing(L, obj, ptr, key) : 0;
    const char *p = ptr_key(L, ptr, key);
    if (!cJSON_IsString(v)) return wrong_type(L, v, p, "a string");
    *out = jx_arena_strdup(L->a, v->valuestring);
    if (!*out) L->oom = 1;
    return 0;
}

/* Text: a string or an array of strings (paragraphs). */
static int get_text(loader *L, const cJSON *obj, const char *ptr, const char *key, jx_text *out) {
    const cJSON *v = member(obj, key);
    if (!v) return 0;
    const char *p = ptr_key(L, ptr, key);
    if (cJSON_IsString(v)) {
        *out = jx_arena_strdup(L->a, v->valuestring);
        return 0;
    }
    if (!cJSON_IsArray(v)) return wrong_type(L, v, p, "a string or an array of strings");
    size_t n = 0, i = 0;
    for (const cJSON *c = v->child; c; c = c->next, i++) {
        if (!cJSON_IsString(c)) return wrong_type(L, c, ptr_index(L, p, i), "a string");
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

static int get_strings(loader *L, const cJSON *obj, const char *ptr, const char *key,
                       const char ***out, size_t *count) {
    const cJSON *v = member(obj, key);
    if (!v) return 0;
    const char *p = ptr_key(L, ptr, key);
    if (!cJSON_IsArray(v)) return wrong_type(L, v, p, "an array of strings");
    size_t n = (size_t)cJSON_GetArraySize(v), i = 0;
    const char **list = jx_arena_array(L->a, n ? n : 1, sizeof *list);
    if (!list) {
        L->oom = 1;
        return -1;
    }
    for (const cJSON *c = v->child; c; c = c->next, i++) {
        if (!cJSON_IsString(c)) return wrong_type(L, c, ptr_index(L, p, i), "a string");
        list[i] = jx_arena_strdup(L->a, c->valuestring);
    }
    *out = list;
    *count = n;
    return 0;
}

/* A short label that documents write either way: codes, phone numbers. */
static int get_label(loader *L, const cJSON *obj, const char *ptr, const char *key, const char **out) {
    const cJSON *v = member(obj, key);
    if (!v) return 0;
    const char *p = ptr_key(L, ptr, key);
    if (cJSON_IsString(v)) {
        *out = jx_arena_strdup(L->a, v->valuestring);
        return 0;
    }
    if (!cJSON_IsNumber(v)) return wrong_type(L, v, p, "a string");
    size_t i = value_index(L, v);
    *out = jx_arena_strndup(L->a, L->scan.text + L->scan.values[i].offset, L->scan.values[i].len);
    return 0;
}

static int number_text(loader *L, const cJSON *v, jx_pos p, jx_dec *out) {
    size_t i = value_index(L, v);
    const char *t = L->scan.text + L->scan.values[i].offset;
    size_t n = L->scan.values[i].len;
    switch (jx_dec_parse(t, n, out)) {
    case JX_DEC_OK: return 0;
    case JX_DEC_PRECISION:
        return err(L, p, "number %.*s has more than %d decimals", (int)n, t, JX_DEC_MAX_SCALE);
    default:
        return err(L, p, "number %.*s is out of range (at most %d digits before the point)", (int)n,
                   t, JX_DEC_MAX_DIGITS);
    }
}

static int resolve_reference(loader *L, const char *ref, jx_pos p, jx_dec *out);

static int get_num(loader *L, const cJSON *obj, const char *ptr, const char *key, int required,
                   jx_num *out) {
    const cJSON *v = member(obj, key);
    if (!v) return required ? missing(L, obj, ptr, key) : 0;
    jx_pos p = pos_at(L, v, ptr_key(L, ptr, key));
    out->pos = p;
    if (cJSON_IsString(v) && v->valuestring[0] == '@') {
        if (resolve_reference(L, v->valuestring, p, &out->v)) return -1;
    } else if (!cJSON_IsNumber(v)) {
        return wrong_type(L, v, p.ptr, "a number");
    } else if (number_text(L, v, p, &out->v)) {
        return -1;
    }
    out->present = 1;
    return 0;
}

/* A number with bounds [lo, hi] (given as decimal text, NULL for open). */
static int get_bounded(loader *L, const cJSON *obj, const char *ptr, const char *key, int required,
                       const char *lo, const char *hi, int lo_open, jx_num *out) {
    if (get_num(L, obj, ptr, key, required, out)) return -1;
    if (!out->present) return 0;
    jx_dec b;
    jx_q v = jx_q_dec(out->v);
    char shown[48];
    jx_dec_format(out->v, shown, sizeof shown);
    if (lo && jx_dec_parse(lo, strlen(lo), &b) == 0) {
        int c = jx_q_cmp(v, jx_q_dec(b));
        if (c < 0 || (lo_open && c == 0)) {
            out->present = 0;
            return err(L, out->pos, "%s must be %s %s", shown, lo_open ? "greater than" : "at least", lo);
        }
    }
    if (hi && jx_dec_parse(hi, strlen(hi), &b) == 0 && jx_q_cmp(v, jx_q_dec(b)) > 0) {
        out->present = 0;
        return err(L, out->pos, "%s must be at most %s", shown, hi);
    }
    return 0;
}

static int get_int(loader *L, const cJSON *obj, const char *ptr, const char *key, int required,
                   long lo, long hi, int *out) {
    jx_num n = {0};
    if (get_num(L, obj, ptr, key, required, &n)) return -1;
    if (!n.present) return 0;
    if (n.v.s != 0) return err(L, n.pos, "expected an integer");
    if (n.v.m < lo || n.v.m > hi) return err(L, n.pos, "%lld is out of range [%ld, %ld]", (long long)n.v.m, lo, hi);
    *out = (int)n.v.m;
    return 0;
}

static int get_bool(loader *L, const cJSON *obj, const char *ptr, const char *key, int *present,
                    int *out) {
    const cJSON *v = member(obj, key);
    if (!v) return 0;
    if (!cJSON_IsBool(v)) return wrong_type(L, v, ptr_key(L, ptr, key), "true or false");
    *out = cJSON_IsTrue(v);
    if (present) *present = 1;
    return 0;
}

static int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return days[m - 1];
}

static int get_date(loader *L, const cJSON *obj, const char *ptr, const char *key, int required,
                    jx_date *out) {
    const cJSON *v = member(obj, key);
    if (!v) return required ? missing(L, obj, ptr, key) : 0;
    jx_pos p = pos_at(L, v, ptr_key(L, ptr, key));
    const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
    int y = 0, m = 0, d = 0, n = 0;
    if (cJSON_IsNumber(v)) {
        jx_dec dv;
        if (number_text(L, v, p, &dv)) return -1;
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
        return err(L, p, "expected a date YYYY-MM-DD, YYYY-MM or YYYY");
    *out = (jx_date){1, y, m, d, p};
    return 0;
}

static int get_enum(loader *L, const cJSON *obj, const char *ptr, const char *key,
                    const char *const *names, int *out) {
    const char *s = NULL;
    if (get_string(L, obj, ptr, key, 0, &s) || !s) return s ? -1 : 0;
    for (int i = 0; names[i]; i++) {
        if (strcmp(s, names[i]) == 0) {
            *out = i;
            return 0;
        }
    }
    char list[256] = "";
    for (int i = 0; names[i]; i++) {
        strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
        strncat(list, names[i], sizeof list - strlen(list) - 1);
    }
    return err(L, pos_at(L, member(obj, key), ptr_key(L, ptr, key)), "\"%s\" is not one of: %s", s, list);
}

/* Iterates an optional array member: returns its first element or NULL. */
static const cJSON *array_member(loader *L, const cJSON *obj, const char *ptr, const char *key,
                                 const char **aptr, size_t *count, int *bad) {
    const cJSON *v = member(obj, key);
    *count = 0;
    *aptr = ptr_key(L, ptr, key);
    if (!v) return NULL;
    if (!cJSON_IsArray(v)) {
        wrong_type(L, v, *aptr, "an array");
        *bad = 1;
        return NULL;
    }
    *count = (size_t)cJSON_GetArraySize(v);
    return v->child;
}

static double dec_to_double(jx_dec d) {
    double v = (double)d.m;
    for (int k = 0; k < d.s; k++) v /= 10;
    return v;
}

/*** References ("@funds.spent") ***/

static int resolve_reference(loader *L, const char *ref, jx_pos p, jx_dec *out) {
    const cJSON *cur = L->root;
    const char *s = ref + 1;
    while (*s && cur) {
        const char *dot = strchr(s, '.');
        size_t n = dot ? (size_t)(dot - s) : strlen(s);
        char seg[128];
        if (n == 0 || n >= sizeof seg) break;
        memcpy(seg, s, n);
        seg[n] = '\0';
        if (cJSON_IsArray(cur)) {
            char *end;
            long i = strtol(seg, &end, 10);
            cur = (*end || i < 0) ? NULL : cJSON_GetArrayItem(cur, (int)i);
        } else {
            cur = member(cur, seg);
        }
        s += n;
        if (*s == '.') s++;
    }
    if (!cur || *s || !cJSON_IsNumber(cur))
        return err(L, p, "reference %s does not name a number in this file", ref);
    return number_text(L, cur, p, out);
}

/*** Quantities: "≥95%", "481 万元", "≤0.5小时", 17, "@funds.spent" ***/

static const char *const COMPARATORS[] = {"≥", "≤", ">=", "<=", ">", "<", "=", "＞", "＜", "＝", NULL};

static int has_digit(const char *s) {
    for (; *s; s++)
        if (*s >= '0' && *s <= '9') return 1;
    return 0;
}

static const char *trim(loader *L, const char *s, size_t n) {
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    return jx_arena_strndup(L->a, s, n);
}

static void parse_quantity_text(loader *L, const char *text, jx_quantity *q) {
    q->display = text;
    q->comparator = "";
    q->unit = "";
    const char *s = text;
    while (*s == ' ') s++;
    for (int i = 0; COMPARATORS[i]; i++) {
        size_t n = strlen(COMPARATORS[i]);
        if (strncmp(s, COMPARATORS[i], n) == 0) {
            q->comparator = jx_arena_strndup(L->a, s, n);
            s += n;
            break;
        }
    }
    while (*s == ' ') s++;
    char digits[64];
    size_t nd = 0;
    const char *start = s;
    if (*s == '-' || *s == '+') digits[nd++] = *s++;
    while (nd < sizeof digits - 1 &&
           ((*s >= '0' && *s <= '9') || *s == '.' ||
            (*s == ',' && s > start && s[1] >= '0' && s[1] <= '9'))) {
        if (*s != ',') digits[nd++] = *s;
        s++;
    }
    digits[nd] = '\0';
    if (!has_digit(digits) || has_digit(s)) return;
    jx_dec v;
    if (jx_dec_parse(digits, nd, &v) != JX_DEC_OK) return;
    q->has_number = 1;
    q->number = v;
    q->unit = trim(L, s, strlen(s));
}

static int get_quantity(loader *L, const cJSON *obj, const char *ptr, const char *key,
                        jx_quantity *q) {
    const cJSON *v = member(obj, key);
    if (!v) return 0;
    q->pos = pos_at(L, v, ptr_key(L, ptr, key));
    if (cJSON_IsNumber(v)) {
        q->present = 1;
        size_t i = value_index(L, v);
        q->display = jx_arena_strndup(L->a, L->scan.text + L->scan.values[i].offset, L->scan.values[i].len);
        q->comparator = q->unit = "";
        if (number_text(L, v, q->pos, &q->number)) return -1;
        q->has_number = 1;
        return 0;
    }
    if (!cJSON_IsString(v)) return wrong_type(L, v, q->pos.ptr, "a number or a string");
    q->present = 1;
    if (v->valuestring[0] == '@') {
        if (resolve_reference(L, v->valuestring, q->pos, &q->number)) return -1;
        char shown[48];
        jx_dec_format(q->number, shown, sizeof shown);
        q->display = jx_arena_strdup(L->a, shown);
        q->comparator = q->unit = "";
        q->has_number = 1;
        return 0;
    }
    parse_quantity_text(L, jx_arena_strdup(L->a, v->valuestring), q);
    return 0;
}

/*** Derived values ***/

static const char *const SURVEY_KEYS[] = {"survey", "level_weights", NULL};
static const char *const GROWTH_KEYS[] = {"current", "previous", NULL};
static const char *const MEAN_KEYS[] = {"mean", NULL};
static const char *const DERIVED_KEYS[] = {"survey", "level_weights", "growth", "mean", NULL};

static int get_dec_array(loader *L, const cJSON *obj, const char *ptr, const char *key,
                         jx_dec **out, size_t *n) {
    const char *ap;
    int bad = 0;
    const cJSON *c = array_member(L, obj, ptr, key, &ap, n, &bad);
    if (bad) return -1;
    *out = jx_arena_array(L->a, *n ? *n : 1, sizeof **out);
    for (size_t i = 0; c; c = c->next, i++) {
        jx_pos p = pos_at(L, c, ptr_index(L, ap, i));
        if (!cJSON_IsNumber(c)) return wrong_type(L, c, p.ptr, "a number");
        if (number_text(L, c, p, &(*out)[i])) return -1;
        if ((*out)[i].m < 0) return err(L, p, "must not be negative");
    }
    return 0;
}

static int parse_value(loader *L, const cJSON *v, const char *ptr, int allow_mean, jx_value *out) {
    jx_pos p = pos_at(L, v, ptr);
    out->pos = p;
    out->present = 1;
    if (cJSON_IsNumber(v)) return number_text(L, v, p, &out->number);
    if (cJSON_IsString(v) && v->valuestring[0] == '@')
        return resolve_reference(L, v->valuestring, p, &out->number);
    if (!cJSON_IsObject(v))
        return wrong_type(L, v, ptr, "a number, a reference \"@…\" or a derived value {survey|growth|mean}");
    if (member(v, "survey")) {
        out->kind = JX_VALUE_SURVEY;
        if (expect_object(L, v, ptr, SURVEY_KEYS)) return -1;
        if (get_dec_array(L, v, ptr, "survey", &out->counts, &out->ncounts)) return -1;
        if (get_dec_array(L, v, ptr, "level_weights", &out->level_weights, &out->nlevel_weights))
            return -1;
        if (out->ncounts == 0) return err(L, p, "survey needs the count of answers per level");
        if (out->nlevel_weights && out->nlevel_weights != out->ncounts)
            return err(L, pos_at(L, member(v, "level_weights"), ptr_key(L, ptr, "level_weights")),
                       "%zu level weights for %zu survey levels", out->nlevel_weights, out->ncounts);
        if (!out->nlevel_weights && out->ncounts > 5)
            return err(L, p, "more than 5 survey levels need explicit level_weights");
        return 0;
    }
    if (member(v, "growth")) {
        out->kind = JX_VALUE_GROWTH;
        const cJSON *g = member(v, "growth");
        const char *gp = ptr_key(L, ptr, "growth");
        if (expect_object(L, v, ptr, (const char *const[]){"growth", NULL}) ||
            expect_object(L, g, gp, GROWTH_KEYS))
            return -1;
        jx_num cur = {0}, prev = {0};
        if (get_num(L, g, gp, "current", 1, &cur) | get_num(L, g, gp, "previous", 1, &prev)) return -1;
        if (prev.v.m == 0) return err(L, prev.pos, "growth from a previous value of 0 is undefined");
        out->current = cur.v;
        out->previous = prev.v;
        return 0;
    }
    if (member(v, "mean") && allow_mean) {
        out->kind = JX_VALUE_MEAN;
        if (expect_object(L, v, ptr, MEAN_KEYS)) return -1;
        const char *ap;
        int bad = 0;
        const cJSON *c = array_member(L, v, ptr, "mean", &ap, &out->nitems, &bad);
        if (bad) return -1;
        if (out->nitems == 0) return err(L, p, "mean of an empty list");
        out->items = jx_arena_array(L->a, out->nitems, sizeof *out->items);
        if (!out->items) return L->oom = 1, -1;
        for (size_t i = 0; c; c = c->next, i++)
            if (parse_value(L, c, ptr_index(L, ap, i), 0, &out->items[i])) return -1;
        return 0;
    }
    expect_object(L, v, ptr, DERIVED_KEYS);
    return err(L, p, allow_mean ? "a derived value needs one of survey, growth, mean"
                                : "a mean's items are numbers, references, surveys or growths");
}

/*** Indicator leaves: methods and their inputs ***/

typedef struct method_info {
    const char *name;
    jx_method method;
    const char *inputs; /* space-separated keys the method reads */
} method_info;

static const method_info METHODS[] = {
    {"manual", JX_METHOD_MANUAL, "score elements"},
    {"ratio", JX_METHOD_RATIO, "actual target cap"},
    {"inverse", JX_METHOD_INVERSE, "actual target"},
    {"inverse_linear", JX_METHOD_INVERSE_LINEAR, "actual target"},
    {"equal", JX_METHOD_EQUAL, "actual target"},
    {"level", JX_METHOD_LEVEL, "level score cuts"},
    {"binary", JX_METHOD_BINARY, "met"},
    {"rate", JX_METHOD_RATE, "rate"},
    {"checklist", JX_METHOD_CHECKLIST, "checks"},
    {"deduction", JX_METHOD_DEDUCTION, "count per_item zero groups"},
    {"step", JX_METHOD_STEP, "value threshold step per_step per_step_rate floor"},
    {"late", JX_METHOD_LATE, "due done per_month zero_after"},
    {"bands", JX_METHOD_BANDS, "value bands grade grades"},
    {NULL, JX_METHOD_NONE, ""},
};

const char *jx_method_name(jx_method m) {
    if (m == JX_METHOD_EXECUTION) return "ratio";
    for (size_t i = 0; METHODS[i].name; i++)
        if (METHODS[i].method == m) return METHODS[i].name;
    return "none";
}

/* Keys every method may read; the ones the chosen method ignores warn. */
static const char *const INPUT_KEYS[] = {
    "elements", "actual", "target", "cap", "level", "cuts", "met", "rate", "checks", "count", "per_item",
    "zero", "groups", "value", "threshold", "step", "per_step", "per_step_rate", "floor", "due",
    "done", "per_month", "zero_after", "bands", "grade", "grades", NULL};

static int uses_input(const method_info *mi, const char *key) {
    size_t n = strlen(key);
    for (const char *s = mi->inputs; (s = strstr(s, key)) != NULL; s += n)
        if ((s == mi->inputs || s[-1] == ' ') && (s[n] == ' ' || s[n] == '\0')) return 1;
    return 0;
}

static int parse_checks(loader *L, const cJSON *obj, const char *ptr, jx_inputs *in) {
    const char *ap;
    int bad = 0;
    const cJSON *c = array_member(L, obj, ptr, "checks", &ap, &in->nchecks, &bad);
    if (bad) return -1;
    if (!member(obj, "checks")) return missing(L, obj, ptr, "checks");
    if (in->nchecks == 0) return err(L, pos_at(L, member(obj, "checks"), ap), "checklist has no items");
    in->checks = jx_arena_array(L->a, in->nchecks, sizeof *in->checks);
    if (!in->checks) return L->oom = 1, -1;
    static const char *const keys[] = {"item", "met", "gate", "partial", NULL};
    int rc = 0;
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ptr_index(L, ap, i);
        jx_check *k = &in->checks[i];
        k->pos = pos_at(L, c, ip);
        if (cJSON_IsBool(c)) {
            k->met = cJSON_IsTrue(c);
            continue;
        }
        if (expect_object(L, c, ip, keys)) {
            rc = -1;
            continue;
        }
        int has_met = 0;
        jx_num partial = {0};
        rc |= get_string(L, c, ip, "item", 0, &k->item);
        rc |= get_bool(L, c, ip, "met", &has_met, &k->met);
        rc |= get_bool(L, c, ip, "gate", NULL, &k->gate);
        rc |= get_bounded(L, c, ip, "partial", 0, "0", "1", 0, &partial);
        if (!has_met && !rc) rc = missing(L, c, ip, "met");
        k->has_partial = partial.present;
        k->partial = partial.v;
    }
    return rc;
}

static int parse_groups(loader *L, const cJSON *obj, const char *ptr, jx_inputs *in) {
    const char *ap;
    int bad = 0;
    const cJSON *c = array_member(L, obj, ptr, "groups", &ap, &in->ngroups, &bad);
    if (bad) return -1;
    if (!c) return 0;
    in->groups_pos = pos_at(L, member(obj, "groups"), ap);
    in->groups = jx_arena_array(L->a, in->ngroups, sizeof *in->groups);
    if (!in->groups) return L->oom = 1, -1;
    static const char *const keys[] = {"weight", "count", NULL};
    int rc = 0;
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ptr_index(L, ap, i);
        jx_num w = {0}, n = {0};
        if (expect_object(L, c, ip, keys)) {
            rc = -1;
            continue;
        }
        rc |= get_bounded(L, c, ip, "weight", 1, "0", NULL, 0, &w);
        rc |= get_bounded(L, c, ip, "count", 1, "0", NULL, 0, &n);
        in->groups[i] = (jx_group){w.v, n.v, pos_at(L, c, ip)};
    }
    return rc;
}

static int parse_bands(loader *L, const cJSON *obj, const char *ptr, jx_inputs *in) {
    const char *ap;
    int bad = 0;
    const cJSON *c = array_member(L, obj, ptr, "bands", &ap, &in->nbands, &bad);
    if (bad) return -1;
    in->bands_pos = pos_at(L, member(obj, "bands"), ap);
    if (in->nbands == 0) return err(L, in->bands_pos, "bands is empty");
    in->bands = jx_arena_array(L->a, in->nbands, sizeof *in->bands);
    if (!in->bands) return L->oom = 1, -1;
    static const char *const keys[] = {"min", "rate", "points", NULL};
    int rc = 0;
    for (size_t i = 0; c; c = c->next, i++) {
        const char *ip = ptr_index(L, ap, i);
        jx_band *b = &in->bands[i];
        jx_num min = {0}, rate = {0}, points = {0};
        b->pos = pos_at(L, c, ip);
        if (expect_object(L, c, ip, keys)) {
            rc = -1;
            continue;
        }
        rc |= get_num(L, c, ip, "min", 1, &min);
        rc |= get_bounded(L, c, ip, "rate", 0, "0", "1", 0, &rate);
        rc |= get_bounded(L, c, ip, "points", 0, "0", NULL, 0, &points);
        if (rc) continue;
        if (rate.present == points.present)
            rc = err(L, b->pos, "a band needs exactly one of \"rate\" or \"points\"");
        b->min = min.v;
        b->is_points = points.present;
        b->amount = points.present ? points.v : rate.v;
        if (i > 0 && !rc && jx_q_cmp(jx_q_dec(b->min), jx_q_dec(in->bands[i - 1].min)) >= 0)
            rc = err(L, min.pos, "bands must be listed from the highest min to the lowest");
    }
    return rc;
}

static int parse_grades_map(loader *L, const cJSON *obj, const char *ptr, jx_inputs *in) {
    const cJSON *g = member(obj, "grades");
    const char *gp = ptr_key(L, ptr, "grades");
    if (!g) return missing(L, obj, ptr, "grades");
    if (!cJSON_IsObject(g)) return wrong_type(L, g, gp, "an object of grade: points");
    in->ngrades = (size_t)cJSON_GetArraySize(g);
    in->grades = jx_arena_array(L->a, in->ngrades ? in->ngrades : 1, sizeof *in->grades);
    if (!in->grades) return L->oom = 1, -1;
    size_t i = 0;
    int rc = 0;
    for (const cJSON *c = g->child; c; c = c->next, i++) {
        jx_num pts = {0};
        rc |= get_bounded(L, g, gp, c->string, 1, "0", NULL, 0, &pts);
        in->grades[i] = (jx_grade_points){jx_arena_strdup(L->a, c->string), pts.v};
    }
    if (rc) return rc;
    for (i = 0; i < in->ngrades; i++)
        if (strcmp(in->grades[i].name, in->grade) == 0) return 0;
    return err(L, in->grade_pos, "grade \"%s\" is not a key of grades", in->grade);
}

static int need_number(loader *L, const jx_quantity *q, const cJSON *obj, const char *ptr, const char *key) {
    if (!q->present) return missing(L, obj, ptr, key);
    if (!q->has_number) return err(L, q->pos, "\"%s\" holds no single number to score with", q->display);
    return 0;
}

static int parse_actual_target(loader *L, const cJSON *obj, const char *ptr, jx_inputs *in) {
    if (need_number(L, &in->target, obj, ptr, "target") | need_number(L, &in->actual, obj, ptr, "actual"))
        return -1;
    if (strcmp(in->target.unit, in->actual.unit) != 0)
        return err(L, in->actual.pos, "unit \"%s\" differs from the target's unit \"%s\"",
                   in->actual.unit, in->target.unit);
    if (in->method != JX_METHOD_EQUAL && in->target.number.m == 0)
        return err(L, in->target.pos, "target is 0: the ratio is undefined (use method \"equal\")");
    if (in->method != JX_METHOD_RATIO && in->method != JX_METHOD_EQUAL && in->target.number.m < 0)
        return err(L, in->target.pos, "target must be positive");
    return 0;
}

static int parse_method_inputs(loader *L, const cJSON *obj, const char *ptr, jx_node *node) {
    jx_inputs *in = &node->in;
    int rc = 0;
    switch (in->method) {
    case JX_METHOD_MANUAL:
        if (!node->published_score.present) return missing(L, obj, ptr, "score");
        rc = get_bounded(L, obj, ptr, "elements", 0, "1", "100", 0, &in->elements);
        if (!rc && in->elements.present && in->elements.v.s != 0)
            rc = err(L, in->elements.pos, "elements must be a whole number");
        return rc;
    case JX_METHOD_RATIO:
        rc = get_bounded(L, obj, ptr, "cap", 0, "0", NULL, 1, &in->cap);
        /* fall through */
    case JX_METHOD_INVERSE:
    case JX_METHOD_INVERSE_LINEAR:
    case JX_METHOD_EQUAL:
        return rc | parse_actual_target(L, obj, ptr, in);
    case JX_METHOD_LEVEL: {
        static const char *const levels[] = {"达成", "部分达成", "未达成", NULL};
        int lv = -1;
        if (!member(obj, "level")) return missing(L, obj, ptr, "level");
        if (get_enum(L, obj, ptr, "level", levels, &lv)) return -1;
        in->level = levels[lv];
        in->level_pos = pos_at(L, member(obj, "level"), ptr_key(L, ptr, "level"));
        in->cuts[0] = (jx_dec){8, 1};
        in->cuts[1] = (jx_dec){6, 1};
        if (member(obj, "cuts")) {
            jx_dec *cuts;
            size_t n;
            if (get_dec_array(L, obj, ptr, "cuts", &cuts, &n)) return -1;
            jx_pos cp = pos_at(L, member(obj, "cuts"), ptr_key(L, ptr, "cuts"));
            if (n != 2 || jx_q_cmp(jx_q_dec(cuts[0]), jx_q_int(1)) > 0 ||
                jx_q_cmp(jx_q_dec(cuts[1]), jx_q_dec(cuts[0])) >= 0)
                return err(L, cp, "cuts must be two shares of the weight, high to low, e.g. [0.8, 0.6]");
            in->cuts[0] = cuts[0];
            in->cuts[1] = cuts[1];
        }
        return 0;
    }
    case JX_METHOD_BINARY:
        if (!member(obj, "met")) return missing(L, obj, ptr, "met");
        return get_bool(L, obj, ptr, "met", &in->has_met, &in->met);
    case JX_METHOD_RATE:
        return get_bounded(L, obj, ptr, "rate", 1, "0", "1", 0, &in->rate);
    case JX_METHOD_CHECKLIST:
        return parse_checks(L, obj, ptr, in);
    case JX_METHOD_DEDUCTION:
        rc |= get_bounded(L, obj, ptr, "per_item", 0, "0", NULL, 1, &in->per_item);
        rc |= get_bool(L, obj, ptr, "zero", NULL, &in->zero);
        rc |= parse_groups(L, obj, ptr, in);
        if (!in->groups) rc |= get_bounded(L, obj, ptr, "count", !in->zero, "0", NULL, 0, &in->count);
        else if (member(obj, "count"))
            rc |= err(L, pos_at(L, member(obj, "count"), ptr_key(L, ptr, "count")),
                      "give the count per group, not both");
        return rc;
    case JX_METHOD_STEP:
        if (!member(obj, "value")) return missing(L, obj, ptr, "value");
        rc |= parse_value(L, member(obj, "value"), ptr_key(L, ptr, "value"), 1, &in->value);
        rc |= get_num(L, obj, ptr, "threshold", 1, &in->threshold);
        rc |= get_bounded(L, obj, ptr, "step", 0, "0", NULL, 1, &in->step);
        rc |= get_bounded(L, obj, ptr, "per_step", 0, "0", NULL, 0, &in->per_step);
        rc |= get_bounded(L, obj, ptr, "per_step_rate", 0, "0", "1", 0, &in->per_step_rate);
        rc |= get_num(L, obj, ptr, "floor", 0, &in->floor);
        if (!rc && in->per_step.present == in->per_step_rate.present)
            rc = err(L, pos_at(L, obj, ptr), "step needs exactly one of \"per_step\" (points) or \"per_step_rate\" (share of the weight)");
        return rc;
    case JX_METHOD_LATE:
        rc |= get_date(L, obj, ptr, "due", 1, &in->due);
        rc |= get_date(L, obj, ptr, "done", 1, &in->done);
        rc |= get_bounded(L, obj, ptr, "per_month", 1, "0", NULL, 0, &in->per_month);
        rc |= get_bounded(L, obj, ptr, "zero_after", 0, "1", NULL, 0, &in->zero_after);
        return rc;
    case JX_METHOD_BANDS:
        if (member(obj, "grade")) {
            rc = get_string(L, obj, ptr, "grade", 1, &in->grade);
            in->grade_pos = pos_at(L, member(obj, "grade"), ptr_key(L, ptr, "grade"));
            return rc ? rc : parse_grades_map(L, obj, ptr, in);
        }
        if (!member(obj, "value")) return err(L, pos_at(L, obj, ptr), "bands needs \"value\" and \"bands\", or \"grade\" and \"grades\"");
        rc |= parse_value(L, member(obj, "value"), ptr_key(L, ptr, "value"), 1, &in->value);
        if (!member(obj, "bands")) return missing(L, obj, ptr, "bands");
        return rc | parse_bands(L, obj, ptr, in);
    default:
        return 0;
    }
}

static const method_info *find_method(const char *name) {
    for (size_t i = 0; METHODS[i].name; i++)
        if (strcmp(METHODS[i].name, name) == 0) return &METHODS[i];
    return NULL;
}

static int parse_leaf(loader *L, const cJSON *obj, const char *ptr, jx_node *node) {
    jx_inputs *in = &node->in;
    int rc = 0;
    const cJSON *m = member(obj, "method");
    const method_info *mi = NULL;
    rc |= get_quantity(L, obj, ptr, "actual", &in->actual);
    rc |= get_quantity(L, obj, ptr, "target", &in->target);
    if (rc) return rc;
    if (m) {
        const char *mp = ptr_key(L, ptr, "method");
        in->method_pos = pos_at(L, m, mp);
        if (!cJSON_IsString(m)) return wrong_type(L, m, mp, "a string");
        mi = find_method(m->valuestring);
        if (!mi) {
            char list[256] = "";
            for (size_t i = 0; METHODS[i].name; i++) {
                strcat(list, i ? " " : "");
                strcat(list, METHODS[i].name);
            }
            return err(L, in->method_pos, "unknown method \"%s\" (one of: %s)", m->valuestring, list);
        }
    } else if (node->published_score.present) {
        mi = find_method("manual");
    } else {
        return err(L, pos_at(L, obj, ptr), "a leaf needs a \"method\" (or a \"score\" for manual scoring)");
    }
    in->method = mi->method;
    for (const cJSON *c = obj->child; c; c = c->next) {
        if (known_key(c->string, INPUT_KEYS) && !uses_input(mi, c->string) &&
            !(in->method == JX_METHOD_MANUAL && (!strcmp(c->string, "actual") || !strcmp(c->string, "target"))))
            warn(L, key_pos(L, c, ptr_key(L, ptr, c->string)), "ignored by method \"%s\"", mi->name);
    }
    return rc | parse_method_inputs(L, obj, ptr, node);
}

/*** The indicator tree ***/

static const char *const BRANCH_KEYS[] = {"name", "weight", "children", "score", "score_rate",
                                          "explanation", "criteria", "analysis", "note", NULL};
static const char *const LEAF_KEYS[] = {
    "name", "weight", "method", "score", "score_rate", "applicable", "explanation", "criteria",
    "analysis", "note", "elements", "actual", "target", "cap", "level", "cuts", "met", "rate", "checks",
    "count", "per_item", "zero", "groups", "value", "threshold", "step", "per_step",
    "per_step_rate", "floor", "due", "done", "per_month", "zero_after", "bands", "grade", "grades",
    NULL};

static int node_common(loader *L, const cJSON *obj, const char *ptr, jx_node *node) {
    int rc = 0;
    node->pos = pos_at(L, obj, ptr);
    node->applicable = 1;
    node->goal = -1;
    rc |= get_string(L, obj, ptr, "name", 1, &node->name);
    rc |= get_bounded(L, obj, ptr, "weight", 1, "0", NULL, 0, &node->weight);
    rc |= get_bounded(L, obj, ptr, "score", 0, "0", NULL, 0, &node->published_score);
    rc |= get_bounded(L, obj, ptr, "score_rate", 0, "0", "100", 0, &node->published_rate);
    rc |= get_text(L, obj, ptr, "explanation", &node->explanation);
    rc |= get_text(L, obj, ptr, "criteria", &node->criteria);
    rc |= get_text(L, obj, ptr, "analysis", &node->analysis);
    rc |= get_text(L, obj, ptr, "note", &node->note);
    return rc;
}

static jx_node *new_node(loader *L, jx_scoring *sc, size_t *cap) {
    if (sc->nnodes == *cap) {
        size_t ncap = *cap ? *cap * 2 : 32;
        jx_node *n = jx_arena_array(L->a, ncap, sizeof *n);
        if (!n) return L->oom = 1, NULL;
        if (sc->nnodes) memcpy(n, sc->nodes, sc->nnodes * sizeof *n);
        sc->nodes = n;
        *cap = ncap;
    }
    jx_node *node = &sc->nodes[sc->nnodes++];
    node->parent = node->first_child = node->next_sibling = node->last_child = -1;
    return node;
}

/* Roots are siblings of node 0, which is always the first root. */
static void link_child(jx_scoring *sc, int parent, int child) {
    sc->nodes[child].parent = parent;
    if (parent < 0) {
        if (child != 0) sc->nodes[sc->last_root].next_sibling = child;
        sc->last_root = child;
        return;
    }
    jx_node *p = &sc->nodes[parent];
    if (p->first_child < 0)
        p->first_child = child;
    else
        sc->nodes[p->last_child].next_sibling = child;
    p->last_child = child;
}

/* Builds the tree from scoring.indicators, depth-first with an explicit
 * stack: one frame per open array of children. */
static int parse_tree(loader *L, const cJSON *list, const char *ptr, jx_scoring *sc, size_t *cap) {
    struct frame {
        const cJSON *next;
        const char *ptr;
        size_t index;
        int parent;
    } stack[MAX_TREE_DEPTH];
    if (!cJSON_IsArray(list)) return wrong_type(L, list, ptr, "an array of indicators");
    if (!list->child) return err(L, pos_at(L, list, ptr), "no indicators to score");
    int top = 0, rc = 0;
    stack[0] = (struct frame){list->child, ptr, 0, -1};
    while (top >= 0) {
        struct frame *f = &stack[top];
        if (!f->next) {
            top--;
            continue;
        }
        const cJSON *obj = f->next;
        const char *p = ptr_index(L, f->ptr, f->index);
        f->next = obj->next;
        f->index++;
        if (sc->nnodes >= MAX_NODES) return err(L, pos_at(L, obj, p), "more than %d indicators", MAX_NODES);
        jx_node *node = new_node(L, sc, cap);
        if (!node) return -1;
        int id = (int)sc->nnodes - 1;
        node->depth = top;
        link_child(sc, f->parent, id);
        const cJSON *children = member(obj, "children");
        if (!cJSON_IsObject(obj)) {
            rc = wrong_type(L, obj, p, "an indicator object");
            continue;
        }
        if (children) {
            rc |= expect_object(L, obj, p, BRANCH_KEYS) | node_common(L, obj, p, node);
            const char *cp = ptr_key(L, p, "children");
            if (!cJSON_IsArray(children) || !children->child) {
                rc = err(L, pos_at(L, children, cp), "children must be a non-empty array of indicators");
                continue;
            }
            if (top + 1 >= MAX_TREE_DEPTH) return err(L, pos_at(L, children, cp), "indicator tree deeper than %d levels", MAX_TREE_DEPTH);
            stack[++top] = (struct frame){children->child, cp, 0, id};
        } else {
            node->is_leaf = 1;
            rc |= expect_object(L, obj, p, LEAF_KEYS) | node_common(L, obj, p, node);
            int applicable = 1;
            rc |= get_bool(L, obj, p, "applicable", NULL, &applicable);
            node = &sc->nodes[id];
            node->applicable = applicable;
            rc |= parse_leaf(L, obj, p, node);
        }
    }
    return rc;
}

/*** Goals (绩效目标) and the 10+90 table built from them ***/

static const char *const GOAL_KEYS[] = {
    "level1", "level2", "name", "target", "actual", "progress", "deviation", "weight", "method", "elements",
    "score", "score_rate", "applicable", "explanation", "criteria", "analysis", "note", "cap",
    "level", "cuts", "met", "rate", "checks", "count", "per_item", "zero", "groups", "value",
    "threshold", "step", "per_step", "per_step_rate", "floor", "due", "done", "per_month",
    "zero_after", "bands", "grade", "grades", NULL};

static int parse_goal(loader *L, const cJSON *obj, const char *ptr, jx_goal *g) {
    int rc = expect_object(L, obj, ptr, GOAL_KEYS);
    if (rc) return rc;
    g->pos = pos_at(L, obj, ptr);
    g->node = -1;
    rc |= get_string(L, obj, ptr, "level1", 0, &g->level1);
    rc |= get_string(L, obj, ptr, "level2", 0, &g->level2);
    rc |= get_string(L, obj, ptr, "name", 1, &g->name);
    rc |= get_quantity(L, obj, ptr, "target", &g->target);
    rc |= get_quantity(L, obj, ptr, "actual", &g->actual);
    rc |= get_text(L, obj, ptr, "progress", &g->progress);
    rc |= get_text(L, obj, ptr, "deviation", &g->deviation);
    g->scored = member(obj, "weight") != NULL;
    return rc;
}

static int find_group(const jx_scoring *sc, int parent, const char *name) {
    int first = -1;
    if (parent >= 0) {
        first = sc->nodes[parent].first_child;
    } else {
        for (size_t i = 0; i < sc->nnodes; i++)
            if (sc->nodes[i].parent < 0) {
                first = (int)i;
                break;
            }
    }
    for (int i = first; i >= 0; i = sc->nodes[i].next_sibling)
        if (!sc->nodes[i].is_leaf && strcmp(sc->nodes[i].name, name) == 0) return i;
    return -1;
}

static int group_node(loader *L, jx_scoring *sc, size_t *cap, int parent, const char *name,
                      jx_pos pos, int depth) {
    int id = find_group(sc, parent, name);
    if (id >= 0) return id;
    jx_node *n = new_node(L, sc, cap);
    if (!n) return -1;
    id = (int)sc->nnodes - 1;
    n->name = name;
    n->pos = pos;
    n->depth = depth;
    n->applicable = 1;
    n->goal = -1;
    link_child(sc, parent, id);
    return id;
}

/* 预算执行率 (ratio of funds.spent over funds.budget) first, then the goal
 * indicators grouped by level1 and level2 in order of first appearance. */
static int tree_from_goals(loader *L, const cJSON *goals, jx_doc *doc, size_t *cap) {
    jx_scoring *sc = &doc->scoring;
    const char *gp = "/goals/indicators";
    const cJSON *list = member(goals, "indicators");
    if (!list) return err(L, pos_at(L, L->root, ""), "scoring.source is \"goals\" but goals.indicators is missing");
    jx_node *ex = new_node(L, sc, cap);
    if (!ex) return -1;
    ex->name = "预算执行率";
    ex->is_leaf = 1;
    ex->applicable = 1;
    ex->goal = -1;
    ex->pos = sc->execution_weight.present ? sc->execution_weight.pos : sc->pos;
    ex->weight = sc->execution_weight;
    if (!ex->weight.present) ex->weight = (jx_num){1, {10, 0}, sc->pos};
    ex->published_score = sc->execution_score;
    ex->note = doc->funds.deviation;
    ex->in.method = JX_METHOD_EXECUTION;
    int rc = 0;
    if (!doc->funds.budget.present || !doc->funds.spent.present)
        rc = err(L, doc->funds.pos.ptr ? doc->funds.pos : pos_at(L, member(L->root, "scoring"), "/scoring"),
                 "scoring.source \"goals\" starts with 预算执行率, which needs funds.budget and funds.spent");
    else if (doc->funds.budget.v.m == 0)
        rc = err(L, doc->funds.budget.pos, "funds.budget is 0: 预算执行率 is undefined");
    size_t i = 0;
    for (const cJSON *obj = list->child; obj; obj = obj->next, i++) {
        jx_goal *g = &doc->goals[i];
        const char *p = ptr_index(L, gp, i);
        if (!g->name) continue;
        if (!g->level1 || !g->level2) {
            rc = err(L, g->pos, "a scored goal indicator needs level1 and level2");
            continue;
        }
        int l1 = group_node(L, sc, cap, -1, g->level1, g->pos, 0);
        int l2 = l1 < 0 ? -1 : group_node(L, sc, cap, l1, g->level2, g->pos, 1);
        jx_node *leaf = l2 < 0 ? NULL : new_node(L, sc, cap);
        if (!leaf) return -1;
        int id = (int)sc->nnodes - 1;
        leaf->depth = 2;
        leaf->is_leaf = 1;
        link_child(sc, l2, id);
        rc |= node_common(L, obj, p, leaf);
        leaf = &sc->nodes[id];
        int applicable = 1;
        rc |= get_bool(L, obj, p, "applicable", NULL, &applicable);
        leaf->applicable = applicable;
        leaf->goal = (int)i;
        leaf->deviation = g->deviation;
        g->node = id;
        rc |= parse_leaf(L, obj, p, leaf);
    }
    return rc;
}

/*** Sections ***/

static const char *const TOP_KEYS[] = {"$schema", "format", "year", "subject", "funds", "goals",
                                       "evaluation", "scoring", "findings", "signoff", NULL};
static const char *const SUBJECT_KEYS[] = {
    "type", "name", "code", "department", "department_code", "implementer", "implementer_code",
    "attribute", "category", "period", "overview", "background", "purpose", "content",
    "organization", "basis", "funds_usage", "implementation", "performance", "other_matters",
    "functions", "staffing", "budget_execution", "leader", "phone", NULL};
static const char *const FUNDS_KEYS[] = {"unit", "initial_budget", "budget", "arrived", "spent",
                                         "carried_over", "adjustment", "other_adjustment",
                                         "balance", "sources", "deviation", NULL};
static const char *const SOURCE_KEYS[] = {"name", "initial_budget", "budget", "arrived", "spent", NULL};
static const char *const GOALS_KEYS[] = {"overall", "annual", "annual_achieved", "indicators", NULL};
static const char *const EVALUATION_KEYS[] = {
    "type", "organization", "client", "date", "statement", "purpose", "object", "scope", "basis",
    "principles", "methods", "standards", "framework", "team", "quality_control", "process", NULL};
static const char *const FINDINGS_KEYS[] = {"conclusion", "performance", "experience", "problems",
                                            "suggestions", "application", NULL};
static const char *const SIGNOFF_KEYS[] = {"filler", "leader", "principal", "handler", "phone", "date", NULL};
static const char *const SCORING_KEYS[] = {
    "source", "execution_weight", "execution_score", "execution_rate", "total", "decimals",
    "grades", "policy", "renormalize", "indicators", "score", "grade", NULL};

static int parse_subject(loader *L, const cJSON *v, jx_subject *s) {
    const char *p = "/subject";
    if (!v) return missing(L, L->root, "", "subject");
    if (expect_object(L, v, p, SUBJECT_KEYS)) return -1;
    static const char *const types[] = {"project", "department", NULL};
    int type = 0, rc = 0;
    rc |= get_enum(L, v, p, "type", types, &type);
    s->is_department = type == 1;
    rc |= get_string(L, v, p, "name", 1, &s->name);
    rc |= get_label(L, v, p, "code", &s->code);
    rc |= get_string(L, v, p, "department", 0, &s->department);
    rc |= get_label(L, v, p, "department_code", &s->department_code);
    rc |= get_string(L, v, p, "implementer", 0, &s->implementer);
    rc |= get_label(L, v, p, "implementer_code", &s->implementer_code);
    rc |= get_string(L, v, p, "attribute", 0, &s->attribute);
    rc |= get_string(L, v, p, "category", 0, &s->category);
    const cJSON *period = member(v, "period");
    if (period) {
        const char *pp = "/subject/period";
        static const char *const keys[] = {"start", "end", NULL};
        rc |= expect_object(L, period, pp, keys);
        rc |= get_date(L, period, pp, "start", 0, &s->period_start);
        rc |= get_date(L, period, pp, "end", 0, &s->period_end);
    }
    static const char *const text_keys[] = {"overview", "background", "purpose", "content",
                                            "organization", "funds_usage", "implementation",
                                            "performance", "other_matters", "functions",
                                            "staffing", "budget_execution"};
    jx_text *texts[] = {&s->overview, &s->background, &s->purpose, &s->content,
                        &s->organization, &s->funds_usage, &s->implementation, &s->performance,
                        &s->other_matters, &s->functions, &s->staffing, &s->budget_execution};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) rc |= get_text(L, v, p, text_keys[i], texts[i]);
    rc |= get_strings(L, v, p, "basis", &s->basis, &s->nbasis);
    rc |= get_string(L, v, p, "leader", 0, &s->leader);
    rc |= get_label(L, v, p, "phone", &s->phone);
    return rc;
}

static int parse_amounts(loader *L, const cJSON *v, const char *p, jx_num *initial, jx_num *budget,
                         jx_num *arrived, jx_num *spent) {
    return get_num(L, v, p, "initial_budget", 0, initial) | get_num(L, v, p, "budget", 0, budget) |
           get_num(L, v, p, "arrived", 0, arrived) | get_num(L, v, p, "spent", 0, spent);
}

static int parse_funds(loader *L, const cJSON *v, jx_funds *f) {
    const char *p = "/funds";
    f->unit = "万元";
    if (!v) return 0;
    if (expect_object(L, v, p, FUNDS_KEYS)) return -1;
    f->pos = pos_at(L, v, p);
    int rc = get_string(L, v, p, "unit", 0, &f->unit);
    rc |= parse_amounts(L, v, p, &f->initial_budget, &f->budget, &f->arrived, &f->spent);
    rc |= get_num(L, v, p, "carried_over", 0, &f->carried_over);
    rc |= get_num(L, v, p, "adjustment", 0, &f->adjustment);
    rc |= get_num(L, v, p, "other_adjustment", 0, &f->other_adjustment);
    rc |= get_num(L, v, p, "balance", 0, &f->balance);
    rc |= get_text(L, v, p, "deviation", &f->deviation);
    const char *ap;
    int bad = 0;
    const cJSON *c = array_member(L, v, p, "sources", &ap, &f->nsources, &bad);
    rc |= -bad;
    f->sources = jx_arena_array(L->a, f->nsources ? f->nsources : 1, sizeof *f->sources);
    for (size_t i = 0; c && f->sources; c = c->next, i++) {
        const char *sp = ptr_index(L, ap, i);
        jx_source *s = &f->sources[i];
        s->pos = pos_at(L, c, sp);
        if (expect_object(L, c, sp, SOURCE_KEYS)) {
            rc = -1;
            continue;
        }
        rc |= get_string(L, c, sp, "name", 1, &s->name);
        rc |= parse_amounts(L, c, sp, &s->initial_budget, &s->budget, &s->arrived, &s->spent);
    }
    return rc;
}

static int parse_goals(loader *L, const cJSON *v, jx_doc *doc) {
    const char *p = "/goals";
    if (!v) return 0;
    if (expect_object(L, v, p, GOALS_KEYS)) return -1;
    int rc = get_text(L, v, p, "overall", &doc->goals_overall);
    rc |= get_text(L, v, p, "annual", &doc->goals_annual);
    rc |= get_text(L, v, p, "annual_achieved", &doc->goals_annual_achieved);
    const char *ap;
    int bad = 0;
    const cJSON *c = array_member(L, v, p, "indicators", &ap, &doc->ngoals, &bad);
    rc |= -bad;
    doc->goals = jx_arena_array(L->a, doc->ngoals ? doc->ngoals : 1, sizeof *doc->goals);
    for (size_t i = 0; c && doc->goals; c = c->next, i++)
        rc |= parse_goal(L, c, ptr_index(L, ap, i), &doc->goals[i]);
    return rc;
}

static int parse_titled(loader *L, const cJSON *obj, const char *ptr, const char *key,
                        const char *title_key, const char *detail_key, jx_titled **out, size_t *n) {
    const char *ap;
    int bad = 0, rc = 0;
    const cJSON *c = array_member(L, obj, ptr, key, &ap, n, &bad);
    if (bad) return -1;
    *out = jx_arena_array(L->a, *n ? *n : 1, sizeof **out);
    const char *const keys[] = {title_key, detail_key, NULL};
    for (size_t i = 0; c && *out; c = c->next, i++) {
        const char *ip = ptr_index(L, ap, i);
        if (expect_object(L, c, ip, keys)) {
            rc = -1;
            continue;
        }
        rc |= get_string(L, c, ip, title_key, 0, &(*out)[i].title);
        rc |= get_text(L, c, ip, detail_key, &(*out)[i].detail);
    }
    return rc;
}

static int parse_evaluation(loader *L, const cJSON *v, jx_evaluation *e) {
    const char *p = "/evaluation";
    if (!v) return 0;
    if (expect_object(L, v, p, EVALUATION_KEYS)) return -1;
    static const char *const types[] = {"self", "department", "finance", "third-party", NULL};
    int type = -1, rc = 0;
    rc |= get_enum(L, v, p, "type", types, &type);
    e->type = type >= 0 ? types[type] : NULL;
    rc |= get_string(L, v, p, "organization", 0, &e->organization);
    rc |= get_string(L, v, p, "client", 0, &e->client);
    rc |= get_date(L, v, p, "date", 0, &e->date);
    static const char *const text_keys[] = {"statement", "purpose",   "object",    "scope",
                                            "principles", "methods", "standards", "framework"};
    jx_text *texts[] = {&e->statement, &e->purpose, &e->object, &e->scope,
                        &e->principles, &e->methods, &e->standards, &e->framework};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) rc |= get_text(L, v, p, text_keys[i], texts[i]);
    rc |= get_strings(L, v, p, "basis", &e->basis, &e->nbasis);
    const char *ap;
    int bad = 0;
    const cJSON *c = array_member(L, v, p, "team", &ap, &e->nteam, &bad);
    rc |= -bad;
    e->team = jx_arena_array(L->a, e->nteam ? e->nteam : 1, sizeof *e->team);
    static const char *const team_keys[] = {"name", "title", "role", "office", "phone", "duty", NULL};
    for (size_t i = 0; c && e->team; c = c->next, i++) {
        const char *ip = ptr_index(L, ap, i);
        jx_member *m = &e->team[i];
        if (expect_object(L, c, ip, team_keys)) {
            rc = -1;
            continue;
        }
        rc |= get_string(L, c, ip, "name", 1, &m->name) | get_string(L, c, ip, "title", 0, &m->title) |
              get_string(L, c, ip, "role", 0, &m->role) | get_string(L, c, ip, "office", 0, &m->office) |
              get_label(L, c, ip, "phone", &m->phone) | get_string(L, c, ip, "duty", 0, &m->duty);
    }
    rc |= parse_titled(L, v, p, "quality_control", "role", "name", &e->quality_control, &e->nquality_control);
    c = array_member(L, v, p, "process", &ap, &e->nprocess, &bad);
    rc |= -bad;
    e->process = jx_arena_array(L->a, e->nprocess ? e->nprocess : 1, sizeof *e->process);
    static const char *const stage_keys[] = {"stage", "period", "detail", NULL};
    for (size_t i = 0; c && e->process; c = c->next, i++) {
        const char *ip = ptr_index(L, ap, i);
        if (expect_object(L, c, ip, stage_keys)) {
            rc = -1;
            continue;
        }
        rc |= get_string(L, c, ip, "stage", 0, &e->process[i].stage) |
              get_string(L, c, ip, "period", 0, &e->process[i].period) |
              get_text(L, c, ip, "detail", &e->process[i].detail);
    }
    return rc;
}

static int parse_findings(loader *L, const cJSON *v, jx_findings *f) {
    const char *p = "/findings";
    if (!v) return 0;
    if (expect_object(L, v, p, FINDINGS_KEYS)) return -1;
    int rc = get_text(L, v, p, "conclusion", &f->conclusion);
    rc |= get_text(L, v, p, "experience", &f->experience);
    rc |= get_text(L, v, p, "application", &f->application);
    rc |= parse_titled(L, v, p, "performance", "title", "detail", &f->performance, &f->nperformance);
    rc |= parse_titled(L, v, p, "problems", "title", "detail", &f->problems, &f->nproblems);
    rc |= parse_titled(L, v, p, "suggestions", "title", "detail", &f->suggestions, &f->nsuggestions);
    return rc;
}

static int parse_signoff(loader *L, const cJSON *v, jx_signoff *s) {
    const char *p = "/signoff";
    if (!v) return 0;
    if (expect_object(L, v, p, SIGNOFF_KEYS)) return -1;
    return get_string(L, v, p, "filler", 0, &s->filler) | get_string(L, v, p, "leader", 0, &s->leader) |
           get_string(L, v, p, "principal", 0, &s->principal) |
           get_string(L, v, p, "handler", 0, &s->handler) | get_label(L, v, p, "phone", &s->phone) |
           get_date(L, v, p, "date", 0, &s->date);
}

static int parse_grade_bands(loader *L, const cJSON *v, jx_scoring *sc) {
    const char *ap;
    int bad = 0, rc = 0;
    const cJSON *c = array_member(L, v, "/scoring", "grades", &ap, &sc->ngrades, &bad);
    if (bad) return -1;
    if (!member(v, "grades")) {
        static const jx_grade_band defaults[] = {{{90, 0}, "优"}, {{80, 0}, "良"}, {{60, 0}, "中"}, {{0, 0}, "差"}};
        sc->grades = (jx_grade_band *)defaults;
        sc->ngrades = 4;
        return 0;
    }
    if (sc->ngrades == 0) return err(L, pos_at(L, member(v, "grades"), ap), "grades is empty");
    sc->grades = jx_arena_array(L->a, sc->ngrades, sizeof *sc->grades);
    static const char *const keys[] = {"min", "label", NULL};
    for (size_t i = 0; c && sc->grades; c = c->next, i++) {
        const char *ip = ptr_index(L, ap, i);
        jx_num min = {0};
        if (expect_object(L, c, ip, keys)) {
            rc = -1;
            continue;
        }
        rc |= get_num(L, c, ip, "min", 1, &min) | get_string(L, c, ip, "label", 1, &sc->grades[i].label);
        sc->grades[i].min = min.v;
        if (!rc && i > 0 && jx_q_cmp(jx_q_dec(min.v), jx_q_dec(sc->grades[i - 1].min)) >= 0)
            rc = err(L, min.pos, "grades must be listed from the highest min to the lowest");
    }
    return rc;
}

static int parse_scoring(loader *L, const cJSON *v, const cJSON *goals, jx_doc *doc) {
    jx_scoring *sc = &doc->scoring;
    const char *p = "/scoring";
    sc->decimals = 2;
    sc->total = (jx_num){1, {100, 0}, {p, 0, 0}};
    if (!v) return 0;
    if (expect_object(L, v, p, SCORING_KEYS)) return -1;
    sc->pos = pos_at(L, v, p);
    static const char *const sources[] = {"tree", "goals", NULL};
    static const char *const policies[] = {"error", "warn", NULL};
    int source = 0, rc = 0, mismatch = 0, weights = 0;
    rc |= get_enum(L, v, p, "source", sources, &source);
    sc->from_goals = source == 1;
    rc |= get_bounded(L, v, p, "execution_weight", 0, "0", NULL, 1, &sc->execution_weight);
    rc |= get_bounded(L, v, p, "execution_score", 0, "0", NULL, 0, &sc->execution_score);
    rc |= get_bounded(L, v, p, "execution_rate", 0, "0", NULL, 0, &sc->execution_rate);
    jx_num total = {0};
    rc |= get_bounded(L, v, p, "total", 0, "0", NULL, 1, &total);
    if (total.present) sc->total = total;
    rc |= get_int(L, v, p, "decimals", 0, 0, 4, &sc->decimals);
    rc |= parse_grade_bands(L, v, sc);
    const cJSON *policy = member(v, "policy");
    if (policy) {
        static const char *const keys[] = {"mismatch", "weights", NULL};
        const char *pp = "/scoring/policy";
        rc |= expect_object(L, policy, pp, keys);
        rc |= get_enum(L, policy, pp, "mismatch", policies, &mismatch);
        rc |= get_enum(L, policy, pp, "weights", policies, &weights);
    }
    sc->mismatch = mismatch ? JX_POLICY_WARN : JX_POLICY_ERROR;
    sc->weights = weights ? JX_POLICY_WARN : JX_POLICY_ERROR;
    rc |= get_bool(L, v, p, "renormalize", NULL, &sc->renormalize);
    rc |= get_bounded(L, v, p, "score", 0, "0", NULL, 0, &sc->published_total);
    rc |= get_string(L, v, p, "grade", 0, &sc->published_grade);
    if (member(v, "grade")) sc->published_grade_pos = pos_at(L, member(v, "grade"), "/scoring/grade");
    if (rc) return rc;
    size_t cap = 0;
    if (sc->from_goals) {
        if (member(v, "indicators"))
            warn(L, key_pos(L, member(v, "indicators"), "/scoring/indicators"),
                 "ignored: scoring.source is \"goals\", so the tree is built from goals.indicators");
        return tree_from_goals(L, goals, doc, &cap);
    }
    const cJSON *list = member(v, "indicators");
    if (!list) return missing(L, v, p, "indicators");
    return parse_tree(L, list, "/scoring/indicators", sc, &cap);
}

static int parse_document(loader *L) {
    jx_doc *doc = L->doc;
    const cJSON *r = L->root;
    if (expect_object(L, r, "", TOP_KEYS)) return -1;
    const char *format = NULL;
    int rc = get_string(L, r, "", "format", 1, &format);
    if (format && strcmp(format, JIXIAO_FORMAT) != 0)
        rc = err(L, pos_at(L, member(r, "format"), "/format"),
                 "unsupported format \"%s\": this program reads \"%s\"", format, JIXIAO_FORMAT);
    rc |= get_int(L, r, "", "year", 1, 1949, 2200, &doc->year);
    rc |= parse_subject(L, member(r, "subject"), &doc->subject);
    rc |= parse_funds(L, member(r, "funds"), &doc->funds);
    rc |= parse_goals(L, member(r, "goals"), doc);
    rc |= parse_evaluation(L, member(r, "evaluation"), &doc->evaluation);
    rc |= parse_findings(L, member(r, "findings"), &doc->findings);
    rc |= parse_signoff(L, member(r, "signoff"), &doc->signoff);
    if (!rc) rc = parse_scoring(L, member(r, "scoring"), member(r, "goals"), doc);
    return rc;
}

/*** Entry point ***/

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
    if (jx_gb18030_to_utf8(data, len, text, text_len, &gb_bad) == 0 &&
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
                 "invalid UTF-8 at byte offset %zu (and not GB18030 either)", bad);
    return -1;
}

/* Decodes, scans and parses `data`, pairing every value with its position.
 * 0 on success; on failure the diagnostics say why. */
static int open_json(loader *L, const char *name, const unsigned char *data, size_t len, jx_diags *diags,
                     unsigned char **text) {
    L->diags = diags;
    L->file = name ? name : "-";
    *text = NULL;
    if (len > MAX_INPUT) {
        jx_diags_add(diags, JX_ERROR, L->file, 0, 0, "", "input is %zu bytes; the limit is %u", len, MAX_INPUT);
        return -1;
    }
    size_t text_len = 0;
    if (decode_input(L, data, len, text, &text_len)) return -1;
    int rc = jx_jscan_run(&L->scan, (const char *)*text, text_len);
    if (rc == -1) {
        int line, col;
        jx_jscan_position(&L->scan, L->scan.err_offset, &line, &col);
        jx_diags_add(diags, JX_ERROR, L->file, line, col, "", "%s", L->scan.err);
        return -1;
    }
    if (rc == 0) L->root = cJSON_ParseWithLengthOpts((const char *)*text, text_len, NULL, 0);
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

/* What differs between the two file formats: the object created (which
 * owns the arena), how it is filled, how it is freed. */
typedef struct format_ops {
    void *(*create)(loader *L);
    void (*parse)(loader *L, void *object);
    void (*destroy)(void *object);
} format_ops;

static void *load_format(const format_ops *ops, const char *name, const unsigned char *data, size_t len,
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

static void *create_doc(loader *L) {
    jx_doc *doc = calloc(1, sizeof *doc);
    if (!doc) return jx_arena_free(L->a), NULL;
    doc->arena = L->a;
    doc->file = jx_arena_strdup(L->a, L->file);
    return doc;
}

static void parse_doc(loader *L, void *object) {
    L->doc = object;
    parse_document(L);
}

static void destroy_doc(void *object) { jx_doc_free(object); }

jx_doc *jx_doc_load(const char *name, const unsigned char *data, size_t len, jx_diags *diags) {
    static const format_ops ops = {create_doc, parse_doc, destroy_doc};
    return load_format(&ops, name, data, len, diags);
}

/*** jixiao-doc/1: a document tree stated directly ***/

static const char *const DOCTREE_KEYS[] = {"$schema", "format", "title", "author", "subject", "keywords", "page", "blocks", NULL};
static const char *const PAGE_KEYS[] = {"orientation", "numbers", "first_number", "leading", "line_spacing",
                                        "paragraph_spacing", "kinsoku", "header", "grid", NULL};

static int parse_page(loader *L, const cJSON *v, jx_doc_page *pg) {
    static const char *const orientations[] = {"portrait", "landscape", NULL};
    static const char *const numbers[] = {"outer", "center", "none", NULL};
    static const char *const kinsoku[] = {"basic", "gb", "strict", NULL};
    const char *p = "/page";
    pg->first_number = 1;
    pg->kinsoku = -1;
    if (!v) return 0;
    if (expect_object(L, v, p, PAGE_KEYS)) return -1;
    int orientation = 0, num = 0;
    jx_num leading = {0}, spacing = {0}, para = {0};
    int rc = get_enum(L, v, p, "orientation", orientations, &orientation) | get_enum(L, v, p, "numbers", numbers, &num) |
             get_int(L, v, p, "first_number", 0, 1, 9999, &pg->first_number) |
             get_bounded(L, v, p, "leading", 0, "10", "72", 0, &leading) | get_enum(L, v, p, "kinsoku", kinsoku, &pg->kinsoku) |
             get_bounded(L, v, p, "line_spacing", 0, "1", "3", 0, &spacing) |
             get_bounded(L, v, p, "paragraph_spacing", 0, "0", "72", 0, &para) | get_string(L, v, p, "header", 0, &pg->header);
    rc |= get_bool(L, v, p, "grid", NULL, &pg->grid);
    if (pg->grid && (leading.present || spacing.present))
        rc = err(L, pos_at(L, member(v, "grid"), "/page/grid"), "the grid sets the leading: give no leading or line_spacing with it");
    if (leading.present && spacing.present)
        rc = err(L, spacing.pos, "give either leading (pt) or line_spacing (a multiple of the font size)");
    pg->landscape = orientation == 1;
    pg->numbers = (jx_numbers)num;
    if (leading.present) pg->leading = dec_to_double(leading.v);
    if (spacing.present) pg->line_spacing = dec_to_double(spacing.v);
    if (para.present) pg->paragraph_spacing = dec_to_double(para.v);
    return rc;
}
static const char *const BLOCK_KEYS[] = {"type", "level", "text", "restart", "caption", "columns", "header", "size", "rows", "style", "widths",
                                         "bars", "max", "unit", "path", "width", "align", NULL};
static const char *const BAR_KEYS[] = {"label", "value", NULL};

/* A bar chart: 得分率 by 一级指标, for instance. */
static int parse_chart(loader *L, const cJSON *b, const char *ptr, jx_block *out) {
    jx_chart *c = jx_arena_alloc(L->a, sizeof *c);
    if (!c) return L->oom = 1, -1;
    out->chart = c;
    c->max = 100;
    c->unit = "";
    jx_num max = {0};
    int rc = get_string(L, b, ptr, "caption", 0, &c->caption) | get_string(L, b, ptr, "unit", 0, &c->unit) |
             get_bounded(L, b, ptr, "max", 0, "0", NULL, 1, &max);
    if (max.present) c->max = dec_to_double(max.v);
    const char *ap;
    int bad = 0;
    const cJSON *e = array_member(L, b, ptr, "bars", &ap, &c->nbars, &bad);
    if (bad) return -1;
    if (!member(b, "bars")) return missing(L, b, ptr, "bars");
    if (c->nbars == 0 || c->nbars > 40) return err(L, pos_at(L, member(b, "bars"), ap), "a chart has 1 to 40 bars");
    c->bars = jx_arena_array(L->a, c->nbars, sizeof *c->bars);
    if (!c->bars) return L->oom = 1, -1;
    for (size_t i = 0; e; e = e->next, i++) {
        const char *bp = ptr_index(L, ap, i);
        jx_num v = {0};
        if (expect_object(L, e, bp, BAR_KEYS)) {
            rc = -1;
            continue;
        }
        rc |= get_string(L, e, bp, "label", 1, &c->bars[i].label) | get_bounded(L, e, bp, "value", 1, "0", NULL, 0, &v);
        if (!v.present) continue;
        char shown[48];
        jx_dec_format(v.v, shown, sizeof shown);
        c->bars[i].shown = jx_arena_strdup(L->a, shown);
        c->bars[i].value = dec_to_double(v.v);
        if (c->bars[i].value > c->max) rc = err(L, v.pos, "value %s is above the chart's max", shown);
    }
    return rc;
}
static const char *const CELL_KEYS[] = {"text", "rowspan", "colspan", "align", "valign", NULL};

/* A table's columns are few (the widest 评分表 has 10) and its rows a few
 * hundred; the limits keep the occupancy grid small. */
#define MAX_TABLE_COLUMNS 64
#define MAX_TABLE_ROWS 10000

static int parse_cell(loader *L, const cJSON *c, const char *ptr, jx_cell *cell) {
    static const char *const aligns[] = {"auto", "left", "center", "right", "decimal", NULL};
    cell->pos = pos_at(L, c, ptr);
    cell->rowspan = cell->colspan = 1;
    if (cJSON_IsString(c)) {
        cell->text = jx_arena_strdup(L->a, c->valuestring);
        return 0;
    }
    if (expect_object(L, c, ptr, CELL_KEYS)) return -1;
    static const char *const valigns[] = {"middle", "top", "bottom", NULL};
    int align = 0;
    int rc = get_text(L, c, ptr, "text", &cell->text) | get_int(L, c, ptr, "rowspan", 0, 1, MAX_TABLE_ROWS, &cell->rowspan) |
             get_int(L, c, ptr, "colspan", 0, 1, MAX_TABLE_COLUMNS, &cell->colspan) | get_enum(L, c, ptr, "align", aligns, &align) |
             get_enum(L, c, ptr, "valign", valigns, &cell->valign);
    cell->align = (jx_align)align;
    if (!cell->text) cell->text = "";
    return rc;
}

/* Places every cell on the grid, left to right in the first free column of
 * its row, and checks that spans stay inside the table. */
static int parse_table(loader *L, const cJSON *b, const char *ptr, jx_block *out) {
    jx_table *t = jx_arena_alloc(L->a, sizeof *t);
    if (!t) return L->oom = 1, -1;
    out->table = t;
    t->size = 10.5;
    int rc = get_string(L, b, ptr, "caption", 0, &t->caption);
    jx_num size = {0};
    rc |= get_bounded(L, b, ptr, "size", 0, "5", "42", 0, &size);
    if (size.present) t->size = dec_to_double(size.v);
    rc |= get_int(L, b, ptr, "header", 0, 0, 10, &t->header_rows);
    static const char *const styles[] = {"grid", "three-line", NULL};
    int style = 0;
    rc |= get_enum(L, b, ptr, "style", styles, &style);
    t->three_line = style == 1;
    static const char *const widths[] = {"proportional", "fixed", "fit", NULL};
    rc |= get_enum(L, b, ptr, "widths", widths, &t->widths);
    if (!member(b, "columns")) return missing(L, b, ptr, "columns");
    jx_dec *cols;
    if (get_dec_array(L, b, ptr, "columns", &cols, &t->ncolumns)) return -1;
    jx_pos cpos = pos_at(L, member(b, "columns"), ptr_key(L, ptr, "columns"));
    if (t->ncolumns == 0 || t->ncolumns > MAX_TABLE_COLUMNS)
        return err(L, cpos, "a table has 1 to %d columns", MAX_TABLE_COLUMNS);
    t->columns = jx_arena_array(L->a, t->ncolumns, sizeof *t->columns);
    for (size_t i = 0; i < t->ncolumns; i++) {
        if (cols[i].m <= 0) return err(L, cpos, "column widths must be positive");
        t->columns[i] = dec_to_double(cols[i]);
    }
    const char *rp;
    int bad = 0;
    size_t nrows;
    const cJSON *row = array_member(L, b, ptr, "rows", &rp, &nrows, &bad);
    if (bad) return -1;
    if (!member(b, "rows")) return missing(L, b, ptr, "rows");
    if (nrows == 0 || nrows > MAX_TABLE_ROWS) return err(L, pos_at(L, member(b, "rows"), rp), "a table has 1 to %d rows", MAX_TABLE_ROWS);
    if ((size_t)t->header_rows > nrows) return err(L, pos_at(L, member(b, "header"), ptr_key(L, ptr, "header")), "more header rows than rows");
    t->nrows = (int)nrows;
    size_t ncells = 0;
    for (const cJSON *r = row; r; r = r->next) ncells += cJSON_IsArray(r) ? (size_t)cJSON_GetArraySize(r) : 0;
    t->cells = jx_arena_array(L->a, ncells ? ncells : 1, sizeof *t->cells);
    unsigned char *used = jx_arena_alloc(L->a, nrows * t->ncolumns);
    if (!t->cells || !used) return L->oom = 1, -1;
    size_t r = 0;
    for (; row && !rc; row = row->next, r++) {
        const char *rowp = ptr_index(L, rp, r);
        if (!cJSON_IsArray(row)) return wrong_type(L, row, rowp, "an array of cells");
        size_t col = 0, k = 0;
        for (const cJSON *c = row->child; c; c = c->next, k++) {
            const char *cp = ptr_index(L, rowp, k);
            jx_cell *cell = &t->cells[t->ncells];
            if (parse_cell(L, c, cp, cell)) return -1;
            while (col < t->ncolumns && used[r * t->ncolumns + col]) col++;
            if (col + (size_t)cell->colspan > t->ncolumns)
                return err(L, cell->pos, "the cell does not fit: row %zu has %zu columns", r + 1, t->ncolumns);
            if (r + (size_t)cell->rowspan > nrows)
                return err(L, cell->pos, "rowspan %d runs past the last row", cell->rowspan);
            cell->row = (int)r;
            cell->col = (int)col;
            for (int y = 0; y < cell->rowspan; y++)
                for (int x = 0; x < cell->colspan; x++) used[(r + (size_t)y) * t->ncolumns + col + (size_t)x] = 1;
            col += (size_t)cell->colspan;
            t->ncells++;
        }
        for (size_t x = 0; x < t->ncolumns; x++)
            if (!used[r * t->ncolumns + x])
                return err(L, pos_at(L, row, rowp), "row %zu leaves column %zu empty", r + 1, x + 1);
    }
    return rc;
}

static int parse_block(loader *L, const cJSON *b, const char *ptr, jx_block *out) {
    static const char *const types[] = {"title", "heading", "paragraph", "pagebreak", "table", "toc", "chart", "image", NULL};
    int type = -1, rc = expect_object(L, b, ptr, BLOCK_KEYS);
    if (rc) return rc;
    out->pos = pos_at(L, b, ptr);
    if (!member(b, "type")) return missing(L, b, ptr, "type");
    rc |= get_enum(L, b, ptr, "type", types, &type);
    if (rc) return rc;
    out->type = (jx_block_type)type;
    out->level = 1;
    if (out->type == JX_BLOCK_HEADING) rc |= get_int(L, b, ptr, "level", 1, 1, 4, &out->level);
    if (out->type == JX_BLOCK_TABLE) return rc | parse_table(L, b, ptr, out);
    if (out->type == JX_BLOCK_CHART) return rc | parse_chart(L, b, ptr, out);
    if (out->type == JX_BLOCK_IMAGE) {
        static const char *const aligns[] = {"auto", "left", "center", "right", NULL};
        jx_num width = {0};
        int align = 2;
        rc |= get_string(L, b, ptr, "path", 1, &out->path) | get_bounded(L, b, ptr, "width", 1, "1", "400", 0, &width) |
              get_enum(L, b, ptr, "align", aligns, &align);
        out->width_mm = width.present ? dec_to_double(width.v) : 0;
        out->align = (jx_align)align;
        return rc;
    }
    if (out->type == JX_BLOCK_TOC) {
        rc |= get_text(L, b, ptr, "text", &out->text);
        if (!out->text) out->text = "目录";
        return rc;
    }
    if (out->type == JX_BLOCK_PAGEBREAK) rc |= get_bool(L, b, ptr, "restart", NULL, &out->restart);
    if (out->type != JX_BLOCK_PAGEBREAK) {
        if (!member(b, "text")) return missing(L, b, ptr, "text");
        rc |= get_text(L, b, ptr, "text", &out->text);
    }
    return rc;
}

static int parse_doctree(loader *L, jx_document *d) {
    const cJSON *r = L->root;
    if (expect_object(L, r, "", DOCTREE_KEYS)) return -1;
    const char *format = NULL;
    int rc = get_string(L, r, "", "format", 1, &format);
    if (format && strcmp(format, JX_DOC_FORMAT) != 0)
        rc = err(L, pos_at(L, member(r, "format"), "/format"), "unsupported format \"%s\": a document tree is \"%s\"",
                 format, JX_DOC_FORMAT);
    rc |= get_string(L, r, "", "title", 0, &d->title) | get_string(L, r, "", "author", 0, &d->author) |
          get_string(L, r, "", "subject", 0, &d->subject) | get_string(L, r, "", "keywords", 0, &d->keywords) |
          parse_page(L, member(r, "page"), &d->page);
    const char *ap;
    int bad = 0;
    const cJSON *c = array_member(L, r, "", "blocks", &ap, &d->nblocks, &bad);
    if (bad) return -1;
    if (!member(r, "blocks")) return missing(L, r, "", "blocks");
    d->blocks = jx_arena_array(L->a, d->nblocks ? d->nblocks : 1, sizeof *d->blocks);
    if (!d->blocks) return L->oom = 1, -1;
    for (size_t i = 0; c; c = c->next, i++) rc |= parse_block(L, c, ptr_index(L, ap, i), &d->blocks[i]);
    return rc;
}

static void *create_document(loader *L) {
    jx_document *d = calloc(1, sizeof *d);
    if (!d) return jx_arena_free(L->a), NULL;
    d->arena = L->a;
    d->file = jx_arena_strdup(L->a, L->file);
    return d;
}

static void parse_document_tree(loader *L, void *object) { parse_doctree(L, object); }

static void destroy_document(void *object) { jx_document_free(object); }

jx_document *jx_document_load(const char *name, const unsigned char *data, size_t len, jx_diags *diags) {
    static const format_ops ops = {create_document, parse_document_tree, destroy_document};
    return load_format(&ops, name, data, len, diags);
}

void jx_document_free(jx_document *d) {
    if (!d) return;
    jx_arena_free(d->arena);
    free(d);
}

void jx_doc_free(jx_doc *doc) {
    if (!doc) return;
    jx_arena_free(doc->arena);
    free(doc);
}
