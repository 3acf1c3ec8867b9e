/* jixiao — budget-performance documents from JSON project data.
 *
 * Library interface. A document is loaded from bytes, scored, and (later in
 * the pipeline) laid out and rendered. Every function reports problems into a
 * caller-owned diagnostics list; none prints, none keeps global state, so
 * documents can be processed in parallel threads.
 */
#ifndef JIXIAO_H
#define JIXIAO_H

#include <stddef.h>

#define JIXIAO_VERSION "0.1.0"
#define JIXIAO_FORMAT "jixiao/1"

typedef enum { JX_WARNING = 1, JX_ERROR = 2 } jx_severity;

typedef struct jx_diag {
    jx_severity severity;
    char *file;    /* input name as given; "-" for standard input */
    int line, col; /* 1-based; 0 when unknown */
    char *pointer; /* JSON pointer of the offending value ("" = whole document) */
    char *message;
} jx_diag;

/* A hostile input could produce a diagnostic per byte; past this many the
 * list only counts them (`dropped`), so memory stays bounded. */
#define JX_MAX_DIAGS 100

typedef struct jx_diags {
    jx_diag *items;
    size_t count, cap;
    size_t errors, warnings, dropped;
    size_t unrecorded;      /* counted, but memory ran out recording them */
    int warnings_as_errors; /* --strict */
} jx_diags;

void jx_diags_init(jx_diags *d);
void jx_diags_free(jx_diags *d);
/* Records a diagnostic; returns 0, or -1 when out of memory. */
int jx_diags_add(jx_diags *d, jx_severity sev, const char *file, int line, int col,
                 const char *pointer, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* "file:line:col: error: /pointer: message" into a malloc'd string. */
char *jx_diag_format(const jx_diag *diag);

typedef struct jx_doc jx_doc;

/* Parses and validates one input document. Returns NULL when it has errors
 * (all of them reported in diags). `name` is used in diagnostics only. */
jx_doc *jx_doc_load(const char *name, const unsigned char *data, size_t len, jx_diags *diags);
/* Runs the scoring pass. Returns 0, or -1 if errors were reported. */
int jx_doc_score(jx_doc *doc, jx_diags *diags);
void jx_doc_free(jx_doc *doc);
/* 1 when the document has an indicator tree that was scored. */
int jx_doc_scored(const jx_doc *doc);

/* Scored tree as an aligned text table or as JSON; malloc'd, NULL on OOM. */
char *jx_score_table(const jx_doc *doc);
char *jx_score_json(const jx_doc *doc, const jx_diags *diags);

#endif
