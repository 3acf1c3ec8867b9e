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

/* One jixiao/1 input read into its typed model: a project or department,
 * its funds, goals, indicators and scores. (The document a layout makes of
 * it is a jx_document, the tree below.) */
typedef struct jx_model jx_model;

/* Parses and validates one input document. Returns NULL when it has errors
 * (all of them reported in diags). `name` is used in diagnostics only. */
jx_model *jx_model_load(const char *name, const unsigned char *data, size_t len, jx_diags *diags);
/* Runs the scoring pass. Returns 0, or -1 if errors were reported. */
int jx_model_score(jx_model *doc, jx_diags *diags);
void jx_model_free(jx_model *doc);
/* 1 when the document has an indicator tree that was scored. */
int jx_model_scored(const jx_model *doc);

/* Scored tree as an aligned text table or as JSON; malloc'd, NULL on OOM. */
char *jx_score_table(const jx_model *doc);
char *jx_score_json(const jx_model *doc, const jx_diags *diags);

/*** Rendering: an input to a finished document, as `jixiao render` does ***/

/* The layouts a render chooses from, read once (a batch shares them
 * between threads, read-only). */
typedef struct jx_shelf jx_layouts;

/* dir: a folder of layouts (jixiao-layout/1 files); NULL: the installed
 * ones (PREFIX/share/jixiao/layouts). name: one of them, or a layout
 * file's path; NULL: each input gets the first made for it. Returns NULL
 * only when out of memory; a folder that cannot be read is reported when
 * a render looks in it. */
jx_layouts *jx_layouts_open(const char *dir, const char *name);
void jx_layouts_close(jx_layouts *layouts);

typedef enum { JX_FORMAT_PDF, JX_FORMAT_DOCX } jx_format;

/* Loads, scores and renders one input — jixiao/1 JSON or a workbook
 * (.xlsx), its bytes in data, named `name` in diagnostics — into the file
 * at `output`, written whole or not at all. fonts_dir: a folder of faces
 * by role (song.ttf, fangsong.otf, …) over the Debian defaults, or NULL.
 * 0, or -1 with every problem in diags (warnings may come with 0). */
int jx_render_input(const jx_layouts *layouts, const char *name, const unsigned char *data, size_t len,
                    jx_format format, const char *fonts_dir, const char *output, jx_diags *diags);

#endif
