#include "json/leaves.h"

#include <stdlib.h>

#include "json/reader.h"

static void *create_leaves(loader *L) {
    jx_leaves *l = calloc(1, sizeof *l);
    if (!l) return jx_arena_free(L->a), NULL;
    l->arena = L->a;
    return l;
}

static void destroy_leaves(void *object) { jx_leaves_free(object); }

static int add_leaf(loader *L, jx_leaves *l, size_t *cap, const cJSON *v, const char *ptr) {
    if (l->count == *cap) {
        size_t more = *cap ? *cap * 2 : 256;
        jx_leaf *items = jx_arena_array(L->a, more, sizeof *items);
        if (!items) return L->oom = 1, -1;
        for (size_t i = 0; i < l->count; i++) items[i] = l->items[i];
        l->items = items, *cap = more;
    }
    jx_leaf *leaf = &l->items[l->count++];
    jx_pos p = ld_pos_at(L, v, ptr);
    *leaf = (jx_leaf){ptr, JX_LEAF_NULL, NULL, p.line, p.col};
    /* the cJSON tree goes with the loader: the text is kept in the arena */
    if (cJSON_IsString(v) && !(leaf->text = jx_arena_strdup(L->a, v->valuestring))) return L->oom = 1, -1;
    if (cJSON_IsString(v)) leaf->kind = JX_LEAF_STRING;
    else if (cJSON_IsNumber(v)) leaf->kind = JX_LEAF_NUMBER, leaf->text = ld_raw_text(L, v);
    else if (cJSON_IsTrue(v)) leaf->kind = JX_LEAF_TRUE;
    else if (cJSON_IsFalse(v)) leaf->kind = JX_LEAF_FALSE;
    else if (cJSON_IsArray(v)) leaf->kind = JX_LEAF_EMPTY_ARRAY;
    else if (cJSON_IsObject(v)) leaf->kind = JX_LEAF_EMPTY_OBJECT;
    return 0;
}

typedef struct frame {
    const cJSON *node; /* the container */
    const cJSON *next; /* its child to visit next */
    const char *ptr;
    size_t index;
} frame;

/* Depth-first in document order with a stack of the open containers (the
 * scanner bounds the depth at JX_MAX_DEPTH). */
static void parse_leaves(loader *L, void *object) {
    jx_leaves *l = object;
    size_t cap = 0;
    frame stack[JX_MAX_DEPTH + 2];
    int top = 0;
    stack[0] = (frame){L->root, L->root->child, "", 0};
    if (!L->root->child && add_leaf(L, l, &cap, L->root, "")) return;
    while (top >= 0 && !L->oom) {
        frame *f = &stack[top];
        const cJSON *v = f->next;
        if (!v) {
            top--;
            continue;
        }
        f->next = v->next;
        const char *ptr = cJSON_IsArray(f->node) ? ld_ptr_index(L, f->ptr, f->index) : ld_ptr_key(L, f->ptr, v->string);
        f->index++;
        if ((cJSON_IsArray(v) || cJSON_IsObject(v)) && v->child && top + 1 < JX_MAX_DEPTH + 2)
            stack[++top] = (frame){v, v->child, ptr, 0};
        else if (add_leaf(L, l, &cap, v, ptr))
            return;
    }
}

jx_leaves *jx_json_leaves(const char *name, const unsigned char *data, size_t len, jx_diags *diags) {
    static const ld_format ops = {create_leaves, parse_leaves, destroy_leaves};
    return ld_load_format(&ops, name, data, len, diags);
}

void jx_leaves_free(jx_leaves *l) {
    if (!l) return;
    jx_arena_free(l->arena);
    free(l);
}
