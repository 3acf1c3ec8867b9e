/* Layouts (jixiao-layout/1): a document's structure as blocks bound to the
 * values of a scored input. The loader reads a layout file into this model,
 * compiling every text into a template whose paths are checked against the
 * registry (bind.h); the builder (build.h) evaluates it over an input. */
#ifndef JX_LAYOUT_H
#define JX_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "base/limits.h"
#include "layout/bind.h"
#include "base/buf.h"
#include "doc/doc.h"
#include "base/strset.h"

#define JX_LAYOUT_FORMAT "jixiao-layout/1"

/* Sections nest, blocks group and rows group at most this deep: a layout
 * is a document's outline, never deeper. */

typedef enum { JX_PATH_FIELD, JX_PATH_SELF, JX_PATH_INDEX, JX_PATH_FIRST, JX_PATH_LAST, JX_PATH_CIRCLED } jx_path_kind;

/* A value named in a layout: fields followed from one of the enclosing
 * scopes (`up` scopes out from the innermost). */
typedef struct jx_path {
    jx_path_kind kind;
    const jx_field **fields;
    size_t nfields;
    int up;
    const char *text; /* as written, for messages and defaults */
} jx_path;

typedef enum { JX_TPL_TEXT, JX_TPL_VALUE, JX_TPL_SECTION, JX_TPL_INVERTED } jx_tpl_kind;

enum { JX_AS_IS = -1, JX_TRIMMED = -2 };

typedef struct jx_tpl_op {
    jx_tpl_kind kind;
    const char *text; /* literal text */
    size_t len;
    jx_path path;
    int optional; /* {path?}: nothing when absent */
    int decimals; /* {path|2}: a number shown with this many decimals; JX_AS_IS, JX_TRIMMED */
    size_t end;   /* sections: the op after the closing tag */
} jx_tpl_op;

typedef struct jx_tpl {
    jx_tpl_op *ops;
    size_t nops;
    jx_pos pos; /* of the string in the layout */
} jx_tpl;

/* The scopes a template or a path is compiled in: the root's type, then
 * one entry per enclosing `each` or section. */
#define JX_MAX_SCOPES (JX_LAYOUT_MAX_NESTING * 3 + 2)
typedef struct jx_scopes {
    jx_vtype types[JX_MAX_SCOPES];
    int is_item[JX_MAX_SCOPES];
    int n;
} jx_scopes;

/* A condition: "path" holds when the value is present, "path=text" when
 * it is that text, "!path" and "!path=text" when not. */
typedef struct jx_cond {
    jx_path path;
    const char *equals; /* NULL: present */
    int negate;
} jx_cond;

/* When a block, row or table part applies and what it repeats over. */
typedef struct jx_repeat {
    int has_each, has_when, has_unless;
    jx_path each;
    jx_cond when, unless;
    jx_pos each_pos;
    const char *expect; /* the section a missing `when` leaves out, reported */
} jx_repeat;

typedef struct jx_lcell {
    jx_cell cell; /* spans and alignment as stated */
    jx_tpl text;
    int has_merge;
    jx_tpl merge; /* a key: the cell joins the one above that has the same key */
} jx_lcell;

typedef struct jx_lrow {
    jx_repeat repeat;
    jx_lcell *cells; /* a row, or */
    size_t ncells;
    struct jx_lrow *rows; /* a group of rows */
    size_t nrows;
    int subhead; /* "header": heads the rows below it (jx_table.subhead) */
    jx_pos pos;
} jx_lrow;

typedef struct jx_lblock {
    jx_block block; /* what does not depend on the input */
    jx_repeat repeat;
    jx_tpl text, caption;
    struct jx_lblock *blocks; /* a group */
    size_t nblocks;
    int is_group;
    const char *section; /* "tables": the input's tables added to this section;
                            "chapter": the section it is, which an outline orders and names */
    int is_chapter;      /* a group headed by a 一级 heading, ordered and named by an outline */
    int is_headed;       /* a group whose heading (`block`, its text in `text`) is set only above what it prints */
    jx_lrow *rows; /* a table */
    size_t nrows;
    jx_path bars_each, bar_value; /* a chart */
    jx_tpl bar_label;
} jx_lblock;

typedef struct jx_default {
    jx_path path;
    const char *text;
} jx_default;

/* A form's limit on a text ("200字以内"): more characters are said. */
typedef struct jx_limit {
    jx_path path;
    int chars;
} jx_limit;

typedef struct jx_layout {
    jx_arena *arena;
    const char *file, *name, *description;
    int many; /* renders several inputs together */
    jx_cond *select; /* the inputs it is the default layout for: all hold */
    size_t nselect;
    jx_doc_page page;
    jx_doc_style style;
    jx_tpl title, author, subject, keywords, web_note;
    jx_default *defaults;
    size_t ndefaults;
    jx_limit *limits;
    size_t nlimits;
    jx_path *uniform; /* many inputs: values every input must share (year, department) */
    size_t nuniform;
    int full_width; /* "punctuation": "full-width": , ; : ? ! ( ) typed beside Chinese
                       text are printed ， ； ： ？ ！ （ ）, with a warning */
    jx_lblock *blocks;
    size_t nblocks;
} jx_layout;

jx_layout *jx_layout_load(const char *name, const unsigned char *data, size_t len, jx_diags *diags);
/* Calls fn with the path of every image the layout draws, as written
 * (relative to the layout's folder unless absolute). */
void jx_layout_images(const jx_layout *layout, void (*fn)(const char *path, void *ctx), void *ctx);
/* Calls fn with every list the layout repeats over ("goals.indicators",
 * "indicators", "evaluation.team"), as written: what a form is filled from. */
void jx_layout_lists(const jx_layout *layout, void (*fn)(const char *path, void *ctx), void *ctx);
void jx_layout_free(jx_layout *layout);

/* A compiled layout as bytes for the cache (layout/compiled.c), with the
 * hash of the file it was compiled from: 0, or -1 when it holds what the
 * bytes do not carry. */
int jx_layout_save(const jx_layout *layout, uint64_t source_hash, jx_buf *out);
/* The layout those bytes hold, named `file`, and *source_hash; NULL when
 * they are not whole and sound. */
jx_layout *jx_layout_restore(const char *file, const unsigned char *data, size_t len, uint64_t *source_hash);
/* What the bytes' shape depends on: this build's structures and every
 * field of the registry. The cache's format for them. */
uint64_t jx_layout_compiled_format(void);

/* Compiles text found at pos in scopes; 0, or -1 with diagnostics. */
int jx_tpl_compile(jx_arena *a, const char *text, jx_pos pos, const jx_scopes *scopes, const char *file,
                   jx_diags *diags, jx_tpl *out);
/* Resolves a path in scopes; 0, or -1 with a diagnostic at pos. */
int jx_path_compile(jx_arena *a, const char *text, size_t len, jx_pos pos, const jx_scopes *scopes,
                    const char *file, jx_diags *diags, jx_path *out);
/* The kind and type a compiled path yields. */
jx_vkind jx_path_kind_of(const jx_path *p);
jx_vtype jx_path_type_of(const jx_path *p);
/* Opens the scope that iterating or entering p gives: 1, 0 when p is text
 * (no scope), -1 when scopes nest too deep. */
int jx_scopes_enter(jx_scopes *sc, const jx_path *p);

/* Evaluation: the values of the enclosing scopes, innermost last. Each
 * frame matches the scope the template was compiled in. */
typedef struct jx_frame {
    jx_val val;
    size_t index, count; /* items of a list */
} jx_frame;

/* A place in the text a template makes: the end of the value printed from
 * `at`, or of its paragraph `paragraph` (counted from 0; -1: the whole). */
typedef enum { JX_ANCHOR_SOUGHT, JX_ANCHOR_FOUND, JX_ANCHOR_SET } jx_anchor_state;

typedef struct jx_anchor {
    const char *at;
    long paragraph;
    size_t offset; /* in the text made, once found */
    jx_anchor_state found;
} jx_anchor;

typedef struct jx_env {
    jx_frame frames[JX_MAX_SCOPES];
    int n;
    const jx_layout *layout; /* its defaults fill absent root values */
    jx_arena *a;
    int oom;
    const jx_path *missing; /* the first required value the input lacks */
    jx_strset *shown;       /* when set, the pointers of the input values printed */
    jx_strset *set_full;    /* when set, the pointers whose punctuation was set full-width */
    jx_diags *diags;        /* for the warnings about them */
    const char *input;      /* the input's name, for those warnings */
    jx_anchor *anchors;     /* when set, the places to find in the text made */
    size_t nanchors;
    /* repetitions in all, of blocks, rows and template sections alike:
     * nested repetitions over long lists multiply (0: unbounded) */
    size_t steps, max_steps;
    int too_many;           /* set when a template went past max_steps */
} jx_env;

jx_val jx_path_eval(jx_env *env, const jx_path *p);
int jx_cond_holds(jx_env *env, const jx_cond *c);
/* Appends the text; 0, or -1 when a required value is missing (env->missing)
 * or memory ran out (env->oom). */
int jx_tpl_eval(jx_env *env, const jx_tpl *t, jx_buf *out);
/* Pushes a frame; -1 when too deep. */
int jx_env_push(jx_env *env, jx_val v, size_t index, size_t count);

#endif
