/* One call from inputs to a finished document: load -> score -> choose a
 * layout -> build -> typeset -> write, as cmark_markdown_to_html is one
 * call. The command line, the fuzz target and the benchmark all go through
 * it. Nothing here prints. */
#ifndef JX_PIPELINE_H
#define JX_PIPELINE_H

#include <stddef.h>
#include <stdint.h>

#include "base/limits.h"
#include "fonts/fontset.h"
#include "input/model.h"
#include "workbook/import.h"
#include "layout/layout.h"

/* One byte more than the loader accepts, so that it can say "too large". */

/* Reads a file ("-": standard input) whole: 0, or -1 with a diagnostic. */
int jx_read_file(const char *path, unsigned char **data, size_t *len, jx_diags *d);

typedef struct jx_input {
    const char *name; /* for diagnostics and the output's name */
    const unsigned char *data;
    size_t len;
} jx_input;

/* Loads and scores one input (JSON, or a workbook); NULL with diagnostics. */
jx_model *jx_load_scored(const jx_input *in, jx_diags *d);
/* The same for a workbook, keeping the jixiao/1 text it was made into in w
 * (the caller frees it with jx_workbook_input_free, whatever the result). */
jx_model *jx_load_workbook(const jx_input *in, jx_workbook_input *w, jx_diags *d);

/* The layouts a run chooses from, read once: one named layout, or every
 * file of the folder in name order, each with the diagnostics its reading
 * gave (reported when it is looked at). Shared read-only by a batch. */
typedef struct jx_shelf jx_shelf;
/* dir: a folder, or a search path of folders ("layouts:/usr/share/…": a
 * firm's own before the shipped ones; a name found in an earlier folder
 * hides the later ones'). layout: a name looked up along it, a file (with
 * a '/' or ending in .json), or NULL for all the layouts of the path.
 * cache: the cache folder that keeps compiled layouts between runs, or
 * NULL. Never NULL but when out of memory. */
jx_shelf *jx_shelf_open(const char *dir, const char *layout, const char *cache);
/* A shelf of one layout read elsewhere (it takes the layout). */
jx_shelf *jx_shelf_of(jx_layout *layout);
void jx_shelf_close(jx_shelf *s);
size_t jx_shelf_count(const jx_shelf *s);
/* The file the i-th layout was read from (NULL for a named one). */
const char *jx_shelf_file(const jx_shelf *s, size_t i);
/* A hash of the names and bytes of the layout files read: a batch redoes
 * its documents when a layout changed. */
uint64_t jx_shelf_hash(const jx_shelf *s);
/* The i-th layout (NULL when it could not be read); its reading's
 * diagnostics go into d. */
const jx_layout *jx_shelf_get(const jx_shelf *s, size_t i, jx_diags *d);

typedef enum { JX_OUT_PDF, JX_OUT_DOCX, JX_OUT_XLSX, JX_OUT_HTML, JX_OUT_DUMP, JX_OUT_TREE } jx_out_kind;

/* The kind a file name asks for by its extension (.pdf .docx .xlsx .html
 * .htm, in any case): 1 with *kind, 0 when the name has no extension, -1
 * when it has another. */
int jx_out_kind_of_name(const char *path, jx_out_kind *kind);
/* ".pdf", ".docx", ".xlsx", ".html": a written kind's extension. */
const char *jx_out_extension(jx_out_kind kind);

typedef struct jx_render_opts {
    jx_out_kind kind;
    const char *fonts_dir; /* overrides per role; the Debian fonts otherwise */
    const char *cache;     /* the cache folder (base/cache.h), or NULL */
    const char *output;    /* the PDF; NULL: outdir/NAME.pdf, else beside the input */
    const char *outdir;
    /* faces opened once and shared read-only by a batch's documents;
     * NULL: each document opens them from fonts_dir */
    const jx_fontset *fonts;
    /* fonts given, but for one document (the command line opens them while
     * it reads the inputs): its PDF may still be made on two threads */
    int one_document;
    /* faces being opened on another thread while the inputs and layouts
     * are read: asked for once, where the document is typeset; NULL when
     * they failed (the document then opens its own and says why) */
    const jx_fontset *(*await_fonts)(void *ctx);
    void *await_ctx;
    int fragment; /* HTML: the document's <article> alone */
} jx_render_opts;

typedef struct jx_rendered {
    char *path;       /* the file written */
    char *text;       /* the dump or the document tree */
    char layout[64];  /* the layout used */
} jx_rendered;

void jx_rendered_free(jx_rendered *r);

/* The PDF a render of input `name` writes: -o, outdir/NAME.pdf, NAME.pdf
 * beside the input; for several inputs (name NULL) the layout's name. */
char *jx_output_path(const jx_render_opts *o, const char *name, const char *layout);

/* Renders the inputs as one document (several only through a many-input
 * layout) with the shelf's named layout or the first made for them.
 * 0, or -1 with diagnostics; nothing is written then. */
int jx_render(const jx_render_opts *o, const jx_shelf *layouts, const jx_input *inputs, int n, jx_rendered *out,
              jx_diags *d);
/* The inputs as one compilation (a bureau's volume of 自评表 or reports):
 * each through its own default layout (or the shelf's named one), one
 * after another on new pages, under a 目录 that lists them, each document
 * a bookmark with its own headings below it. 0, or -1 with diagnostics. */
int jx_render_combined(const jx_render_opts *o, const jx_shelf *layouts, const jx_input *inputs, int n,
                       jx_rendered *out, jx_diags *d);
/* Typesets a document tree (jixiao-doc/1) as jx_render does a built one. */
int jx_render_tree(const jx_render_opts *o, const jx_input *tree, jx_rendered *out, jx_diags *d);

#endif
