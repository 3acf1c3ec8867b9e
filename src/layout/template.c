/* Text templates of layouts: literal text with placeholders.
 *
 *   {subject.name}        a value; an error when the input lacks it
 *   {note?}               a value, or nothing when the input lacks it
 *   {score|2}             a number with two decimals, as forms print it
 *                         (zeros are added, never rounded away)
 *   {score|trim}          a number without trailing zeros, as running text
 *                         writes it ("20分", "19.5分")
 *   {#children}…{/children}  once per item of a list, once for an object
 *                         or a present text, not at all when absent
 *   {^note}…{/note}       only when the value is absent or empty
 *   {.}                   the item itself, in a list of strings
 *   {index} {first} {last}  the position in the innermost list
 *   {circled}             the position as ① ② …, the numbering of a 四级 item
 *   {{ and }}             literal braces
 *
 * Paths are resolved when the layout is loaded, so a misspelt field is a
 * layout error with its line and column, not an empty cell in a PDF. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/diag.h"
#include "base/buf.h"
#include "base/punct.h"
#include "layout/layout.h"

static int is_path_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

static void list_fields(jx_vtype t, char *out, size_t size) {
    out[0] = '\0';
    size_t used = 0;
    for (size_t i = 0;; i++) {
        const jx_field *f = jx_bind_field_at(t, i);
        if (!f) break;
        int n = snprintf(out + used, size - used, "%s%s", i ? ", " : "", jx_field_name(f));
        if (n < 0 || (size_t)n >= size - used) break;
        used += (size_t)n;
    }
}

__attribute__((format(printf, 4, 5))) static int path_error(jx_diags *diags, const char *file, jx_pos pos,
                                                            const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    jx_diag_vat(diags, JX_ERROR, file, pos, fmt, ap);
    va_end(ap);
    return -1;
}

/* The scope, counted out from the innermost, whose type has the field. */
static int find_scope(const jx_scopes *sc, const char *name, size_t len, const jx_field **f) {
    for (int k = sc->n - 1; k >= 0; k--)
        if ((*f = jx_bind_field(sc->types[k], name, len)) != NULL) return sc->n - 1 - k;
    return -1;
}

static int innermost_item(const jx_scopes *sc) {
    for (int k = sc->n - 1; k >= 0; k--)
        if (sc->is_item[k]) return sc->n - 1 - k;
    return -1;
}

int jx_path_compile(jx_arena *a, const char *text, size_t len, jx_pos pos, const jx_scopes *scopes, const char *file,
                    jx_diags *diags, jx_path *out) {
    memset(out, 0, sizeof *out);
    out->text = jx_arena_strndup(a, text, len);
    size_t nseg = 1;
    for (size_t i = 0; i < len; i++) nseg += text[i] == '.';
    out->fields = jx_arena_array(a, nseg, sizeof *out->fields);
    if (!out->text || !out->fields) return jx_diags_add(diags, JX_ERROR, file, 0, 0, "", "out of memory"), -1;
    static const char *const specials[] = {".", "index", "first", "last", "circled"};
    for (int k = 0; k < 5; k++) {
        if (strlen(specials[k]) != len || memcmp(text, specials[k], len) != 0) continue;
        out->kind = (jx_path_kind)(JX_PATH_SELF + k);
        out->up = innermost_item(scopes);
        if (out->up < 0)
            return path_error(diags, file, pos, "{%s} is only meaningful inside a list", out->text);
        return 0;
    }
    jx_vtype type = JX_T_TEXT;
    for (size_t start = 0; start <= len;) {
        const char *dot = memchr(text + start, '.', len - start);
        size_t end = dot ? (size_t)(dot - text) : len;
        const char *seg = text + start;
        size_t seglen = end - start;
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)(seglen < 100 ? seglen : 100), seg);
        const jx_field *f = NULL;
        if (seglen == 0) return path_error(diags, file, pos, "{%s}: empty field name", out->text);
        if (out->nfields == 0) {
            out->up = find_scope(scopes, seg, seglen, &f);
            if (out->up < 0) {
                char fields[768];
                list_fields(scopes->types[scopes->n - 1], fields, sizeof fields);
                return path_error(diags, file, pos, "{%s}: no field \"%s\" here; this scope has: %s", out->text, name,
                                  fields);
            }
        } else {
            const jx_field *prev = out->fields[out->nfields - 1];
            if (jx_field_kind(prev) != JX_V_OBJECT)
                return path_error(diags, file, pos, "{%s}: \"%s\" has no fields: it is %s", out->text,
                                  jx_field_name(prev), jx_field_kind(prev) == JX_V_LIST ? "a list" : "text");
            f = jx_bind_field(type, seg, seglen);
            if (!f) {
                char fields[768];
                list_fields(type, fields, sizeof fields);
                return path_error(diags, file, pos, "{%s}: no field \"%s\"; it has: %s", out->text, name, fields);
            }
        }
        type = jx_field_type(f);
        out->fields[out->nfields++] = f;
        start = end + 1;
    }
    return 0;
}

jx_vkind jx_path_kind_of(const jx_path *p) {
    if (p->kind == JX_PATH_SELF) return JX_V_TEXT; /* items of a list of strings */
    if (p->kind != JX_PATH_FIELD) return JX_V_TEXT;
    return jx_field_kind(p->fields[p->nfields - 1]);
}

jx_vtype jx_path_type_of(const jx_path *p) {
    if (p->kind != JX_PATH_FIELD) return JX_T_TEXT;
    return jx_field_type(p->fields[p->nfields - 1]);
}

/* Pushes the scope a section over p opens: a list's items or an object. */
int jx_scopes_enter(jx_scopes *sc, const jx_path *p) {
    jx_vkind kind = jx_path_kind_of(p);
    if (kind != JX_V_LIST && kind != JX_V_OBJECT) return 0;
    if (sc->n >= (int)(sizeof sc->types / sizeof sc->types[0])) return -1;
    sc->types[sc->n] = jx_path_type_of(p);
    sc->is_item[sc->n] = kind == JX_V_LIST;
    sc->n++;
    return 1;
}

typedef struct compiler {
    jx_arena *a;
    const char *file;
    jx_pos pos;
    jx_diags *diags;
    jx_scopes scopes;
    jx_tpl_op *ops;
    size_t nops, cap;
} compiler;

static jx_tpl_op *add_op(compiler *C, jx_tpl_kind kind) {
    if (C->nops == C->cap) {
        size_t ncap = C->cap ? C->cap * 2 : 8;
        jx_tpl_op *n = jx_arena_array(C->a, ncap, sizeof *n);
        if (!n) return NULL;
        if (C->nops) memcpy(n, C->ops, C->nops * sizeof *n);
        C->ops = n, C->cap = ncap;
    }
    jx_tpl_op *op = &C->ops[C->nops++];
    memset(op, 0, sizeof *op);
    op->kind = kind;
    return op;
}

#define compile_error(C, ...) path_error((C)->diags, (C)->file, (C)->pos, __VA_ARGS__)

int jx_tpl_compile(jx_arena *a, const char *text, jx_pos pos, const jx_scopes *scopes, const char *file,
                   jx_diags *diags, jx_tpl *out) {
    text = jx_arena_strdup(a, text); /* literal ops point into it */
    if (!text) return jx_diags_add(diags, JX_ERROR, file, 0, 0, "", "out of memory"), -1;
    compiler C = {a, file, pos, diags, *scopes, NULL, 0, 0};
    size_t open[JX_LAYOUT_MAX_NESTING];
    int entered[JX_LAYOUT_MAX_NESTING];
    int depth = 0;
    memset(out, 0, sizeof *out);
    out->pos = pos;
    for (size_t i = 0; text[i];) {
        int doubled = (text[i] == '{' || text[i] == '}') && text[i + 1] == text[i];
        if (doubled || (text[i] != '{' && text[i] != '}')) {
            size_t lit = i;
            if (doubled)
                i += 2;
            else
                while (text[i] && text[i] != '{' && text[i] != '}') i++;
            jx_tpl_op *op = add_op(&C, JX_TPL_TEXT);
            if (!op) return compile_error(&C, "out of memory");
            op->text = text + lit, op->len = doubled ? 1 : i - lit;
            continue;
        }
        if (text[i] == '}') return compile_error(&C, "a lone \"}\": write }} for a brace");
        i++;
        char sigil = text[i] == '#' || text[i] == '^' || text[i] == '/' ? text[i++] : 0;
        size_t name = i;
        while (is_path_char(text[i])) i++;
        size_t name_len = i - name;
        int optional = !sigil && text[i] == '?';
        if (optional) i++;
        int decimals = JX_AS_IS;
        if (!sigil && text[i] == '|' && text[i + 1] >= '0' && text[i + 1] <= '6') decimals = text[i + 1] - '0', i += 2;
        if (!sigil && strncmp(text + i, "|trim", 5) == 0) decimals = JX_TRIMMED, i += 5;
        if (text[i] != '}' || name_len == 0)
            return compile_error(&C, "a \"{\" that starts no placeholder: write {{ for a brace, or {field}");
        i++;
        if (sigil == '/') {
            if (depth == 0) return compile_error(&C, "{/%.*s} closes no section", (int)name_len, text + name);
            const char *opened = C.ops[open[depth - 1]].path.text;
            if (strlen(opened) != name_len || memcmp(opened, text + name, name_len) != 0)
                return path_error(diags, file, pos, "{/%.*s} cannot close {#%s}", (int)name_len, text + name, opened);
            depth--;
            if (entered[depth]) C.scopes.n--;
            C.ops[open[depth]].end = C.nops;
            continue;
        }
        jx_tpl_op *op = add_op(&C, sigil == '#' ? JX_TPL_SECTION : sigil == '^' ? JX_TPL_INVERTED : JX_TPL_VALUE);
        if (!op) return compile_error(&C, "out of memory");
        op->optional = optional;
        op->decimals = decimals;
        if (jx_path_compile(a, text + name, name_len, pos, &C.scopes, file, diags, &op->path)) return -1;
        if (!sigil && jx_path_kind_of(&op->path) != JX_V_TEXT)
            return path_error(diags, file, pos, "{%s} is %s: iterate it with {#%s}…{/…}", op->path.text,
                              jx_path_kind_of(&op->path) == JX_V_LIST ? "a list" : "an object", op->path.text);
        if (sigil) {
            if (depth == JX_LAYOUT_MAX_NESTING) return compile_error(&C, "sections nest deeper than 8");
            open[depth] = C.nops - 1;
            entered[depth] = sigil == '#' ? jx_scopes_enter(&C.scopes, &op->path) : 0;
            if (entered[depth] < 0) return compile_error(&C, "sections nest too deep");
            depth++;
        }
    }
    if (depth) return path_error(diags, file, pos, "{#%s} is never closed: add {/%s}", C.ops[open[depth - 1]].path.text,
                                 C.ops[open[depth - 1]].path.text);
    out->ops = C.ops, out->nops = C.nops;
    return 0;
}

/*** Evaluation ***/

int jx_env_push(jx_env *env, jx_val v, size_t index, size_t count) {
    if (env->n >= JX_MAX_SCOPES) return -1;
    env->frames[env->n++] = (jx_frame){v, index, count};
    return 0;
}

static jx_val position_value(jx_env *env, const jx_path *p) {
    const jx_frame *fr = &env->frames[env->n - 1 - p->up];
    jx_val v = {0};
    if (p->kind == JX_PATH_SELF) return fr->val.kind == JX_V_TEXT ? fr->val : v;
    if (p->kind == JX_PATH_INDEX || p->kind == JX_PATH_CIRCLED) {
        char t[24];
        size_t n = fr->index + 1;
        if (p->kind == JX_PATH_CIRCLED && n <= 20) /* ① is U+2460 */
            snprintf(t, sizeof t, "\xE2\x91%c", (char)(0xA0 + n - 1));
        else
            snprintf(t, sizeof t, p->kind == JX_PATH_CIRCLED ? "（%zu）" : "%zu", n);
        v.text = jx_arena_strdup(env->a, t);
        if (!v.text) env->oom = 1;
        v.kind = v.text ? JX_V_TEXT : JX_V_ABSENT;
        return v;
    }
    int yes = p->kind == JX_PATH_FIRST ? fr->index == 0 : fr->index + 1 == fr->count;
    if (yes) v.kind = JX_V_TEXT, v.text = "是";
    return v;
}

/* A layout's boilerplate stands in for a root value the input lacks. */
static jx_val default_value(const jx_env *env, const jx_path *p) {
    jx_val v = {0};
    if (!env->layout || p->up != env->n - 1) return v;
    for (size_t i = 0; i < env->layout->ndefaults; i++)
        if (strcmp(env->layout->defaults[i].path.text, p->text) == 0) {
            v.kind = JX_V_TEXT, v.text = env->layout->defaults[i].text;
            break;
        }
    return v;
}

jx_val jx_path_eval(jx_env *env, const jx_path *p) {
    if (p->up < 0 || p->up >= env->n) return (jx_val){0};
    if (p->kind != JX_PATH_FIELD) return position_value(env, p);
    jx_val v = env->frames[env->n - 1 - p->up].val;
    for (size_t i = 0; i < p->nfields && v.kind != JX_V_ABSENT; i++) v = jx_bind_get(p->fields[i], &v, env->a, &env->oom);
    if (!jx_val_present(&v)) {
        jx_val d = default_value(env, p);
        if (d.kind == JX_V_TEXT) return d;
    }
    return v;
}

int jx_cond_holds(jx_env *env, const jx_cond *c) {
    jx_val v = jx_path_eval(env, &c->path);
    int holds = c->equals ? v.kind == JX_V_TEXT && strcmp(v.text, c->equals) == 0 : jx_val_present(&v);
    return holds != c->negate;
}

/* "2.95" with 2 decimals stays, "3" becomes "3.00", "97.5%" "97.50%".
 * Never rounds: text with more decimals is shown as it is. */
static void put_decimals(jx_buf *out, const jx_val *v, int decimals) {
    const char *t = v->text;
    if (!v->has_number || decimals == JX_AS_IS) {
        jx_buf_puts(out, t);
        return;
    }
    size_t num = strspn(t, "-0123456789."), have = 0;
    const char *dot = memchr(t, '.', num);
    if (decimals == JX_TRIMMED) {
        size_t keep = num;
        if (dot) {
            while (keep > (size_t)(dot - t) + 1 && t[keep - 1] == '0') keep--;
            if (keep == (size_t)(dot - t) + 1) keep--;
        }
        jx_buf_put(out, t, keep);
        jx_buf_puts(out, t + num);
        return;
    }
    if (dot) have = num - (size_t)(dot - t) - 1;
    jx_buf_put(out, t, num);
    if (!dot && decimals > 0) jx_buf_putc(out, '.');
    for (size_t k = have; k < (size_t)decimals; k++) jx_buf_putc(out, '0');
    jx_buf_puts(out, t + num);
}

/* A layout that sets punctuation full-width prints an input's text so, and
 * says so once per value: the input stays as typed, for the user to fix. */
static int put_full_width(jx_env *env, const jx_val *v, jx_buf *out) {
    if (!env->set_full || !v->text) return 0;
    jx_buf fixed;
    jx_buf_init(&fixed, out->limit);
    char where[96];
    size_t changed = jx_full_width_punct(v->text, &fixed, where, sizeof where);
    if (changed && !fixed.failed) {
        jx_buf_put(out, fixed.data, fixed.len);
        if (v->at && !jx_strset_has(env->set_full, v->at, strlen(v->at))) {
            jx_strset_add(env->set_full, v->at);
            jx_diags_add(env->diags, JX_WARNING, env->input, 0, 0, v->at,
                         "half-width punctuation beside Chinese text printed full-width (%zu place%s, the first in \"%s\"); "
                         "the input keeps what was typed",
                         changed, changed > 1 ? "s" : "", where);
        }
    }
    jx_buf_free(&fixed);
    return changed > 0;
}

/* Where a paragraph ends in text: before its '\n', or at the end. */
static int paragraph_end(const char *text, size_t len, long paragraph, size_t *end) {
    size_t k = 0;
    for (long p = 0; p < paragraph; p++) {
        const char *nl = memchr(text + k, '\n', len - k);
        if (!nl) return 0;
        k = (size_t)(nl - text) + 1;
    }
    const char *nl = memchr(text + k, '\n', len - k);
    *end = nl ? (size_t)(nl - text) : len;
    return 1;
}

/* The anchors a value printed from `at` between start and the buffer's end
 * ends. */
static void find_anchors(jx_env *env, const char *at, const jx_buf *out, size_t start) {
    for (size_t i = 0; i < env->nanchors; i++) {
        jx_anchor *an = &env->anchors[i];
        size_t end;
        if (an->found != JX_ANCHOR_SOUGHT || strcmp(an->at, at) != 0 || out->failed) continue;
        if (an->paragraph < 0) {
            an->offset = out->len, an->found = JX_ANCHOR_FOUND;
        } else if (paragraph_end(out->data + start, out->len - start, an->paragraph, &end)) {
            an->offset = start + end, an->found = JX_ANCHOR_FOUND;
        }
    }
}

/* Sections nest at most JX_LAYOUT_MAX_NESTING deep (checked when compiled),
 * which bounds this recursion. */
static int eval_range(jx_env *env, const jx_tpl *t, size_t from, size_t to, jx_buf *out) {
    for (size_t i = from; i < to; i++) {
        const jx_tpl_op *op = &t->ops[i];
        if (op->kind == JX_TPL_TEXT) {
            jx_buf_put(out, op->text, op->len);
            continue;
        }
        jx_val v = jx_path_eval(env, &op->path);
        if (env->oom) return -1;
        int present = jx_val_present(&v);
        if (op->kind == JX_TPL_VALUE) {
            if (present) {
                size_t start = out->len;
                if (!(v.kind == JX_V_TEXT && !v.has_number && put_full_width(env, &v, out))) put_decimals(out, &v, op->decimals);
                if (env->shown && v.at) jx_strset_add(env->shown, v.at);
                if (env->anchors && v.at) find_anchors(env, v.at, out, start);
            }
            else if (!op->optional)
                return env->missing = &op->path, -1;
            continue;
        }
        size_t body = i + 1, end = op->end;
        i = end - 1;
        if (op->kind == JX_TPL_INVERTED) {
            if (!present && eval_range(env, t, body, end, out)) return -1;
            continue;
        }
        if (!present) continue;
        if (v.kind == JX_V_TEXT) {
            if (eval_range(env, t, body, end, out)) return -1;
            continue;
        }
        size_t count = v.kind == JX_V_LIST ? v.count : 1;
        if (env->max_steps && (env->steps += count) > env->max_steps) return env->too_many = 1, -1;
        for (size_t k = 0; k < count; k++) {
            jx_val item = v.kind == JX_V_LIST ? jx_bind_item(&v, k, env->a, &env->oom) : v;
            if (jx_env_push(env, item, k, count)) return env->oom = 1, -1;
            int rc = eval_range(env, t, body, end, out);
            env->n--;
            if (rc) return -1;
        }
    }
    return 0;
}

int jx_tpl_eval(jx_env *env, const jx_tpl *t, jx_buf *out) { return eval_range(env, t, 0, t->nops, out); }
