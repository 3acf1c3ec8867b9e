#include "batch/manifest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/limits.h"
#include "base/utf8.h"
#include "pipeline/pipeline.h"


static char *dup_n(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (p) memcpy(p, s, n), p[n] = '\0';
    return p;
}

/* An id names a file: printable, no '/', not starting with '.'. */
static const char *bad_id(const char *id, size_t n) {
    if (n == 0) return "an empty id";
    if (n > JX_MAX_MANIFEST_ID) return "an id longer than 128 bytes";
    if (id[0] == '.') return "an id starting with '.'";
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)id[k];
        if (c == '/' || c == '\\') return "an id with a '/' (it names a file in the output folder)";
        if (c < 0x20 || c == 0x7F) return "an id with a control character";
    }
    return NULL;
}

static const char *bad_output(const char *name, size_t n) {
    if (n == 0) return NULL;
    for (size_t k = 0; k < n; k++)
        if ((unsigned char)name[k] < 0x20 || name[k] == 0x7F) return "an output name with a control character";
    if (memchr(name, '/', n) || name[0] == '.') return "an output name with a '/' or a leading '.'";
    static const char *const kinds[] = {".pdf", ".docx", ".html"};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        size_t m = strlen(kinds[i]);
        if (n > m && memcmp(name + n - m, kinds[i], m) == 0) return NULL;
    }
    return "an output name not ending in .pdf, .docx or .html";
    return NULL;
}

typedef struct field {
    const char *s;
    size_t n;
    int col;
} field;

/* Splits a line at tabs into up to 5 fields; returns how many. */
static int split(const char *line, size_t len, field f[5]) {
    int n = 0;
    size_t start = 0;
    for (size_t k = 0; k <= len && n < 5; k++)
        if (k == len || line[k] == '\t') {
            f[n++] = (field){line + start, k - start, (int)start + 1};
            start = k + 1;
        }
    return n;
}

static char *input_path(const char *manifest, const field *f) {
    const char *slash = strrchr(manifest, '/');
    if (f->s[0] == '/' || !slash) return dup_n(f->s, f->n);
    size_t dir = (size_t)(slash - manifest) + 1;
    char *p = malloc(dir + f->n + 1);
    if (!p) return NULL;
    memcpy(p, manifest, dir);
    memcpy(p + dir, f->s, f->n);
    p[dir + f->n] = '\0';
    return p;
}

static int add_item(jx_manifest *m, int line, const field *f, int nf, const char *ext, size_t *cap) {
    if (m->count == *cap) {
        size_t more = *cap ? *cap * 2 : 64;
        jx_manifest_item *items = realloc(m->items, more * sizeof *items);
        if (!items) return -1;
        m->items = items, *cap = more;
    }
    jx_manifest_item *it = &m->items[m->count];
    int has_layout = nf > 2 && f[2].n && !(f[2].n == 1 && f[2].s[0] == '-');
    *it = (jx_manifest_item){line, dup_n(f[0].s, f[0].n), input_path(m->path, &f[1]),
                             has_layout ? dup_n(f[2].s, f[2].n) : NULL, NULL};
    if (nf > 3 && f[3].n) {
        it->output = dup_n(f[3].s, f[3].n);
    } else if (it->id) {
        it->output = malloc(f[0].n + strlen(ext) + 1);
        if (it->output) sprintf(it->output, "%s%s", it->id, ext);
    }
    m->count++;
    return it->id && it->input && it->output && (!has_layout || it->layout) ? 0 : -1;
}

/* One line: 1 added, 0 skipped (comment, blank, header), -1 bad. */
static int read_line(jx_manifest *m, int line, const char *text, size_t len, const char *ext, size_t *cap, jx_diags *d) {
    if (len && text[len - 1] == '\r') len--;
    if (len == 0 || text[0] == '#') return 0;
    field f[5];
    int nf = split(text, len, f);
    if (m->count == 0 && f[0].n == 2 && memcmp(f[0].s, "id", 2) == 0) return 0;
    const char *why = NULL;
    int col = 1;
    const char *nul = memchr(text, '\0', len);
    if (nul) {
        why = "a NUL byte (the line would be cut there)", col = (int)(nul - text) + 1;
    } else if (jx_utf8_check((const unsigned char *)text, len) != len) {
        why = "not valid UTF-8", col = (int)jx_utf8_check((const unsigned char *)text, len) + 1;
    } else if (nf < 2 || f[1].n == 0) {
        why = "a document line is: id <TAB> input [<TAB> layout [<TAB> output]]";
    } else if (nf > 4) {
        why = "more than four tab-separated fields", col = f[4].col;
    } else if ((why = bad_id(f[0].s, f[0].n)) != NULL) {
        col = f[0].col;
    } else if (nf > 3 && (why = bad_output(f[3].s, f[3].n)) != NULL) {
        col = f[3].col;
    }
    if (why) return jx_diags_add(d, JX_ERROR, m->path, line, col, "", "%s", why), -1;
    if (m->count >= JX_MAX_MANIFEST_LINES) return jx_diags_add(d, JX_ERROR, m->path, line, 1, "", "more than %d documents", JX_MAX_MANIFEST_LINES), -1;
    if (add_item(m, line, f, nf, ext, cap)) return jx_diags_add(d, JX_ERROR, m->path, line, 1, "", "out of memory"), -1;
    return 1;
}

typedef struct keyed {
    const char *key;
    int line;
} keyed;

static int cmp_keyed(const void *a, const void *b) {
    const keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : x->line - y->line;
}

/* Two lines with one id, or with one output, would overwrite each other:
 * the later is refused, naming the earlier's line. */
static int refuse_duplicates(const jx_manifest *m, jx_diags *d, int outputs) {
    keyed *order = malloc((m->count ? m->count : 1) * sizeof *order);
    if (!order) return -1;
    for (size_t i = 0; i < m->count; i++)
        order[i] = (keyed){outputs ? m->items[i].output : m->items[i].id, m->items[i].line};
    qsort(order, m->count, sizeof *order, cmp_keyed);
    int bad = 0;
    for (size_t i = 1; i < m->count; i++)
        if (strcmp(order[i].key, order[i - 1].key) == 0) {
            jx_diags_add(d, JX_ERROR, m->path, order[i].line, 1, "", "%s \"%s\" is already on line %d",
                         outputs ? "the output" : "the id", order[i].key, order[i - 1].line);
            bad = 1;
        }
    free(order);
    return bad ? -1 : 0;
}

int jx_manifest_read(const char *path, const char *ext, jx_manifest *m, jx_diags *d) {
    memset(m, 0, sizeof *m);
    unsigned char *data = NULL;
    size_t len = 0, cap = 0;
    m->path = dup_n(path, strlen(path));
    if (!m->path || jx_read_file(path, &data, &len, d)) return free(data), -1;
    int bad = 0, line = 1;
    size_t start = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; /* Notepad's byte-order mark */
    for (; start < len; line++) {
        const char *nl = memchr(data + start, '\n', len - start);
        size_t end = nl ? (size_t)((const unsigned char *)nl - data) : len;
        if (read_line(m, line, (const char *)data + start, end - start, ext, &cap, d) < 0) bad = 1;
        start = end + 1;
    }
    free(data);
    if (!bad && m->count == 0) jx_diags_add(d, JX_ERROR, path, 0, 0, "", "no documents in the manifest"), bad = 1;
    if (refuse_duplicates(m, d, 0) || refuse_duplicates(m, d, 1)) bad = 1;
    return bad ? -1 : 0;
}

int jx_manifest_of_files(char *const *files, int n, const char *outdir, const char *ext, jx_manifest *m, jx_diags *d) {
    memset(m, 0, sizeof *m);
    m->items = calloc(n > 0 ? (size_t)n : 1, sizeof *m->items);
    keyed *order = malloc((n > 0 ? (size_t)n : 1) * sizeof *order);
    m->path = dup_n("", 0);
    if (!m->items || !order || !m->path) return free(order), jx_diags_add(d, JX_ERROR, outdir, 0, 0, "", "out of memory"), -1;
    for (int i = 0; i < n; i++) {
        const char *slash = strrchr(files[i], '/'), *base = slash ? slash + 1 : files[i];
        size_t len = strlen(base);
        if (len > 5 && strcmp(base + len - 5, ".json") == 0) len -= 5;
        jx_manifest_item *it = &m->items[m->count++];
        it->line = i + 1;
        it->id = dup_n(base, len);
        it->input = dup_n(files[i], strlen(files[i]));
        it->output = malloc(len + strlen(ext) + 1);
        if (!it->id || !it->input || !it->output) return free(order), jx_diags_add(d, JX_ERROR, outdir, 0, 0, "", "out of memory"), -1;
        sprintf(it->output, "%s%s", it->id, ext);
        order[i] = (keyed){it->output, i};
    }
    qsort(order, (size_t)n, sizeof *order, cmp_keyed);
    int bad = 0;
    for (int i = 1; i < n; i++) {
        if (strcmp(order[i].key, order[i - 1].key) != 0) continue;
        const char *a = files[order[i - 1].line], *b = files[order[i].line];
        jx_diags_add(d, JX_ERROR, b, 0, 0, "", "would write %s/%s, as %s does: give the files different names", outdir,
                     order[i].key, a);
        jx_diags_add(d, JX_ERROR, a, 0, 0, "", "would write %s/%s, as %s does: give the files different names", outdir,
                     order[i].key, b);
        bad = 1;
    }
    free(order);
    return bad ? -1 : 0;
}

void jx_manifest_free(jx_manifest *m) {
    if (!m) return;
    for (size_t i = 0; i < m->count; i++)
        free(m->items[i].id), free(m->items[i].input), free(m->items[i].layout), free(m->items[i].output);
    free(m->items);
    free(m->path);
    memset(m, 0, sizeof *m);
}

int jx_shard_parse(const char *text, int *k, int *n) {
    char *end;
    long a = strtol(text, &end, 10);
    if (end == text || *end != '/') return -1;
    const char *rest = end + 1;
    long b = strtol(rest, &end, 10);
    if (end == rest || *end || a < 0 || b < 1 || b > 100000 || a >= b) return -1;
    *k = (int)a, *n = (int)b;
    return 0;
}

int jx_shard_takes(size_t i, int k, int n) { return n <= 1 || (int)(i % (size_t)n) == k; }
