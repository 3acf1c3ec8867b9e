#include "base/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

void jx_diags_init(jx_diags *d) { memset(d, 0, sizeof *d); }

void jx_diags_free(jx_diags *d) {
    if (!d) return;
    for (size_t i = 0; i < d->count; i++) {
        free(d->items[i].file);
        free(d->items[i].pointer);
        free(d->items[i].message);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}

static char *dup_or_empty(const char *s) {
    if (!s) s = "";
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p) memcpy(p, s, n);
    return p;
}

/* A full list makes room for an error by dropping its last warning: a
 * thousand warnings must not hide the one error that stopped the run. */
static int evict_warning(jx_diags *d) {
    for (size_t i = d->count; i-- > 0;) {
        if (d->items[i].severity != JX_WARNING) continue;
        free(d->items[i].file);
        free(d->items[i].pointer);
        free(d->items[i].message);
        memmove(&d->items[i], &d->items[i + 1], (d->count - i - 1) * sizeof *d->items);
        d->count--, d->dropped++; /* still counted among the warnings, no longer shown */
        return 1;
    }
    return 0;
}

/* A diagnostic memory cannot hold is still counted, so that a run out of
 * memory still fails and says so. */
static int unrecorded(jx_diags *d, jx_severity sev) {
    d->unrecorded++;
    if (sev == JX_ERROR)
        d->errors++;
    else
        d->warnings++;
    return -1;
}

static int vadd(jx_diags *d, jx_severity sev, const char *file, int line, int col, const char *pointer,
                const char *fmt, va_list args) {
    if (sev == JX_WARNING && d->warnings_as_errors) sev = JX_ERROR;
    if (d->count >= JX_MAX_DIAGS && !(sev == JX_ERROR && evict_warning(d))) {
        d->dropped++;
        if (sev == JX_ERROR)
            d->errors++;
        else
            d->warnings++;
        return 0;
    }
    if (d->count == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        jx_diag *items = realloc(d->items, cap * sizeof *items);
        if (!items) return unrecorded(d, sev);
        d->items = items;
        d->cap = cap;
    }
    va_list ap;
    va_copy(ap, args);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (msg) vsnprintf(msg, (size_t)n + 1, fmt, args);
    jx_diag *g = &d->items[d->count];
    g->severity = sev;
    g->file = dup_or_empty(file);
    g->pointer = dup_or_empty(pointer);
    g->message = msg;
    g->line = line;
    g->col = col;
    if (!g->file || !g->pointer || !g->message) {
        free(g->file);
        free(g->pointer);
        free(g->message);
        return unrecorded(d, sev);
    }
    d->count++;
    if (sev == JX_ERROR)
        d->errors++;
    else
        d->warnings++;
    return 0;
}

int jx_diags_add(jx_diags *d, jx_severity sev, const char *file, int line, int col, const char *pointer,
                 const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int rc = vadd(d, sev, file, line, col, pointer, fmt, ap);
    va_end(ap);
    return rc;
}

int jx_diag_vat(jx_diags *d, jx_severity sev, const char *file, jx_pos pos, const char *fmt, va_list ap) {
    return vadd(d, sev, file, pos.line, pos.col, pos.ptr ? pos.ptr : "", fmt, ap);
}

int jx_diag_at(jx_diags *d, jx_severity sev, const char *file, jx_pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int rc = jx_diag_vat(d, sev, file, pos, fmt, ap);
    va_end(ap);
    return rc;
}

int jx_diag_move(jx_diag *g, const char *place) {
    char *file = dup_or_empty(place);
    if (!file) return -1;
    free(g->file);
    g->file = file;
    g->line = g->col = 0;
    return 0;
}

char *jx_diag_format(const jx_diag *g) {
    jx_buf b;
    jx_buf_init(&b, 1 << 20);
    jx_buf_file_name(&b, g->file);
    if (g->line > 0) jx_buf_printf(&b, ":%d:%d", g->line, g->col);
    jx_buf_puts(&b, g->severity == JX_ERROR ? ": error: " : ": warning: ");
    if (g->pointer[0]) {
        jx_buf_puts(&b, g->pointer);
        jx_buf_puts(&b, ": ");
    }
    jx_buf_puts(&b, g->message);
    return jx_buf_take(&b);
}

void jx_diags_copy(jx_diags *to, const jx_diags *from) {
    for (size_t i = 0; i < from->count; i++) {
        const jx_diag *g = &from->items[i];
        jx_diags_add(to, g->severity, g->file, g->line, g->col, g->pointer, "%s", g->message);
    }
    to->dropped += from->dropped;
    to->unrecorded += from->unrecorded;
    if (from->unrecorded) to->errors++; /* the run failed for want of memory */
}

static int by_place(const void *x, const void *y) {
    const jx_diag *a = *(const jx_diag *const *)x, *b = *(const jx_diag *const *)y;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->col != b->col) return a->col < b->col ? -1 : 1;
    return (a > b) - (a < b); /* one array: its order is the order said */
}

const jx_diag **jx_diags_in_order(const jx_diags *d) {
    const jx_diag **order = malloc((d->count ? d->count : 1) * sizeof *order);
    if (!order) return NULL;
    for (size_t i = 0; i < d->count; i++) order[i] = &d->items[i];
    qsort(order, d->count, sizeof *order, by_place);
    return order;
}
