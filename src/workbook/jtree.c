#include "workbook/jtree.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "base/buf.h"

typedef struct jnode {
    char *key;
    char *literal;    /* a leaf's JSON text; NULL for a container */
    const char *cell; /* where a leaf came from */
    struct jnode **kids;
    size_t nkids, cap;
} jnode;

struct jx_jtree {
    jx_arena *arena;
    jnode root;
};

jx_jtree *jx_jtree_new(jx_arena *arena) {
    jx_jtree *t = jx_arena_alloc(arena, sizeof *t);
    if (t) memset(t, 0, sizeof *t), t->arena = arena;
    return t;
}

static jnode *child(jx_jtree *t, jnode *n, const char *key, int create) {
    /* rows arrive in order: the last child is the likely one */
    if (n->nkids && strcmp(n->kids[n->nkids - 1]->key, key) == 0) return n->kids[n->nkids - 1];
    for (size_t i = 0; i < n->nkids; i++)
        if (strcmp(n->kids[i]->key, key) == 0) return n->kids[i];
    if (!create) return NULL;
    if (n->nkids == n->cap) {
        size_t more = n->cap ? n->cap * 2 : 4;
        jnode **kids = jx_arena_array(t->arena, more, sizeof *kids);
        if (!kids) return NULL;
        if (n->nkids) memcpy(kids, n->kids, n->nkids * sizeof *kids);
        n->kids = kids, n->cap = more;
    }
    jnode *k = jx_arena_alloc(t->arena, sizeof *k);
    if (!k) return NULL;
    memset(k, 0, sizeof *k);
    k->key = jx_arena_strdup(t->arena, key);
    if (!k->key) return NULL;
    n->kids[n->nkids++] = k;
    return k;
}

/* The next segment of a pointer, unescaped (~1 is '/', ~0 is '~'). */
static const char *segment(const char *p, char *out, size_t size) {
    size_t w = 0;
    for (p++; *p && *p != '/'; p++) {
        char c = *p;
        if (c == '~' && (p[1] == '0' || p[1] == '1')) c = *++p == '1' ? '/' : '~';
        if (w + 1 < size) out[w++] = c;
    }
    out[w] = '\0';
    return p;
}

int jx_jtree_set(jx_jtree *t, const char *pointer, const char *literal, const char *cell, char *err, size_t err_size) {
    if (pointer[0] != '/') return snprintf(err, err_size, "\"%s\" is not a JSON pointer (it starts with /)", pointer), -1;
    jnode *n = &t->root;
    for (const char *p = pointer; *p;) {
        char key[512];
        p = segment(p, key, sizeof key);
        if (n->literal) return snprintf(err, err_size, "%s is inside a value given at %s", pointer, n->cell), -1;
        n = child(t, n, key, 1);
        if (!n) return snprintf(err, err_size, "out of memory"), -1;
    }
    if (n->literal || n->nkids)
        return snprintf(err, err_size, "%s is given twice (also at %s)", pointer, n->literal ? n->cell : n->kids[0]->cell ? n->kids[0]->cell : "another cell"), -1;
    n->literal = jx_arena_strdup(t->arena, literal);
    n->cell = cell;
    return n->literal ? 0 : (snprintf(err, err_size, "out of memory"), -1);
}

const char *jx_jtree_get(const jx_jtree *t, const char *pointer) {
    const jnode *n = &t->root;
    for (const char *p = pointer; n && *p;) {
        char key[512];
        p = segment(p, key, sizeof key);
        const jnode *found = NULL;
        for (size_t i = n->nkids; i-- > 0 && !found;)
            if (strcmp(n->kids[i]->key, key) == 0) found = n->kids[i];
        n = found;
    }
    return n ? n->literal : NULL;
}

static int is_index(const char *key) { return key[0] && strspn(key, "0123456789") == strlen(key) && (key[0] != '0' || !key[1]); }

static const char *first_cell(const jnode *n) {
    while (!n->literal && n->nkids) n = n->kids[0];
    return n->cell;
}

typedef struct emitter {
    jx_buf out;
    const char **cells;
    size_t nlines, cap;
    char *err;
    size_t err_size;
    int failed;
} emitter;

static void end_line(emitter *e, const char *cell) {
    jx_buf_putc(&e->out, '\n');
    if (e->nlines == e->cap) {
        size_t more = e->cap ? e->cap * 2 : 256;
        const char **c = realloc(e->cells, more * sizeof *c);
        if (!c) {
            e->failed = 1;
            return;
        }
        e->cells = c, e->cap = more;
    }
    e->cells[e->nlines++] = cell;
}

static int cmp_index(const void *a, const void *b) {
    long x = strtol((*(jnode *const *)a)->key, NULL, 10), y = strtol((*(jnode *const *)b)->key, NULL, 10);
    return (x > y) - (x < y);
}

/* A container's children in order: an array's by index, which must run
 * 0, 1, 2 … without a gap. 1 when it is an array. */
static int order(emitter *e, jnode *n) {
    int array = n->nkids > 0;
    for (size_t i = 0; i < n->nkids && array; i++) array = is_index(n->kids[i]->key);
    if (!array) return 0;
    qsort(n->kids, n->nkids, sizeof *n->kids, cmp_index);
    for (size_t i = 0; i < n->nkids && !e->failed; i++)
        if (strtol(n->kids[i]->key, NULL, 10) != (long)i) {
            snprintf(e->err, e->err_size, "item %zu of a list is missing (items %s: %s)", i + 1, n->kids[i]->key,
                     first_cell(n->kids[i]));
            e->failed = 1;
        }
    return 1;
}

typedef struct frame {
    jnode *n;
    size_t next;
    int array;
} frame;


/* Depth-first with a stack: pointers a workbook gives nest a handful of
 * levels, and more than JX_MAX_DEPTH is refused. */
static void emit(emitter *e, jnode *root) {
    frame stack[JX_MAX_DEPTH];
    int top = 0;
    stack[0] = (frame){root, 0, order(e, root)};
    jx_buf_puts(&e->out, stack[0].array ? "[" : "{");
    end_line(e, first_cell(root));
    while (top >= 0 && !e->failed) {
        frame *f = &stack[top];
        if (f->next == f->n->nkids) {
            for (int k = 0; k < top; k++) jx_buf_puts(&e->out, "  ");
            jx_buf_puts(&e->out, f->array ? "]" : "}");
            top--;
            if (top >= 0 && stack[top].next < stack[top].n->nkids) jx_buf_putc(&e->out, ',');
            end_line(e, first_cell(f->n));
            continue;
        }
        jnode *k = f->n->kids[f->next++];
        for (int d = 0; d <= top; d++) jx_buf_puts(&e->out, "  ");
        if (!f->array) {
            jx_buf_json_string(&e->out, k->key);
            jx_buf_puts(&e->out, ": ");
        }
        if (k->literal) {
            jx_buf_puts(&e->out, k->literal);
            if (f->next < f->n->nkids) jx_buf_putc(&e->out, ',');
            end_line(e, k->cell);
        } else if (top + 1 >= JX_MAX_DEPTH) {
            snprintf(e->err, e->err_size, "values nested more than %d deep (%s)", JX_MAX_DEPTH, first_cell(k));
            e->failed = 1;
        } else {
            int array = order(e, k);
            stack[++top] = (frame){k, 0, array};
            jx_buf_puts(&e->out, array ? "[" : "{");
            end_line(e, first_cell(k));
        }
    }
}

char *jx_jtree_emit(jx_jtree *t, const char ***line_cells, size_t *nlines, char *err, size_t err_size) {
    emitter e = {{0}, NULL, 0, 0, err, err_size, 0};
    jx_buf_init(&e.out, 64u << 20);
    emit(&e, &t->root);
    char *text = e.failed ? NULL : jx_buf_take(&e.out);
    if (!text && !e.failed) snprintf(err, err_size, "the input made from the workbook is larger than 64 MiB");
    jx_buf_free(&e.out);
    if (!text) {
        free(e.cells);
        return NULL;
    }
    *line_cells = e.cells;
    *nlines = e.nlines;
    return text;
}
