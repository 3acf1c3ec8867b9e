/* Walks of the indicator tree by its links. The loader may append a node to
 * an earlier branch (a goal listed after another group's), so the array's
 * order is not the tree's: every walk follows parent, first_child and
 * next_sibling, never the index. */
#include "input/model.h"

int jx_tree_first(const jx_scoring *sc) { return sc->nnodes ? 0 : -1; }

int jx_tree_next(const jx_scoring *sc, int i, int within) {
    if (sc->nodes[i].first_child >= 0) return sc->nodes[i].first_child;
    for (; i >= 0 && i != within; i = sc->nodes[i].parent)
        if (sc->nodes[i].next_sibling >= 0) return sc->nodes[i].next_sibling;
    return -1;
}

static int deepest_first(const jx_scoring *sc, int i) {
    while (sc->nodes[i].first_child >= 0) i = sc->nodes[i].first_child;
    return i;
}

int jx_tree_first_post(const jx_scoring *sc) { return sc->nnodes ? deepest_first(sc, 0) : -1; }

int jx_tree_next_post(const jx_scoring *sc, int i) {
    if (sc->nodes[i].next_sibling >= 0) return deepest_first(sc, sc->nodes[i].next_sibling);
    return sc->nodes[i].parent;
}
