/* jixiao command line: arguments, file I/O, exit codes. The only code that
 * prints. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "layout/build.h"
#include "doc/doc.h"
#include "doc/write_doc.h"
#include "fonts/fontset.h"
#include "jixiao.h"
#include "render/render.h"
#include "engine/typeset.h"

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

/* One byte more than the loader accepts, so that it can say "too large". */
#define READ_LIMIT ((16u << 20) + 1)

static const char USAGE[] =
    "usage: jixiao COMMAND [OPTIONS] FILE...\n"
    "\n"
    "commands:\n"
    "  check FILE...         validate inputs and their published scores\n"
    "  score [--json] FILE   print the scored indicator tree\n"
    "  typeset [-o OUT.pdf] [--dump] DOC.json\n"
    "                        typeset a document tree (jixiao-doc/1) to PDF\n"
    "  render [-l LAYOUT] [-o OUT.pdf | --outdir DIR] FILE...\n"
    "                        the finished document of an input through a layout\n"
    "                        (default: the first in the layouts folder that fits);\n"
    "                        a many-input layout (summary) takes several files\n"
    "  layouts [FILE]        list the layouts with a line about each; with FILE,\n"
    "                        the names of those made for it, the default first\n"
    "  fields                list every value a layout can bind to\n"
    "  fonts [FILE...]       show each role's font and its GB2312 coverage, and\n"
    "                        the characters of FILE that no font can draw\n"
    "\n"
    "options:\n"
    "  --json                score: machine-readable output\n"
    "  --strict              treat warnings as errors\n"
    "  -o, --output FILE     typeset: the PDF to write (default: DOC with .pdf)\n"
    "  --dump                typeset, render: print the laid-out lines, no PDF\n"
    "  --tree                render: print the document tree (jixiao-doc/1)\n"
    "  --outdir DIR          render: each FILE its own document, DIR/NAME.pdf,\n"
    "                        in parallel; a bad file does not stop the others\n"
    "  --jobs N              render --outdir: N at a time (default: the cores)\n"
    "  -l, --layout NAME     render: a layout of the layouts folder, or a file\n"
    "  --layouts DIR         the layouts folder (default: ./layouts, else the\n"
    "                        installed ones)\n"
    "  --fonts DIR           fonts that override the defaults per role (default: fonts)\n"
    "  -h, --help            show this help\n"
    "  -V, --version         show the version\n"
    "\n"
    "FILE may be - for standard input.\n"
    "exit status: 0 no errors, 1 errors in an input, 2 usage error\n";

static unsigned char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap || n >= READ_LIMIT) break;
        size_t ncap = cap * 2 > READ_LIMIT ? READ_LIMIT : cap * 2;
        unsigned char *p = realloc(buf, ncap);
        if (!p) {
            free(buf);
            return NULL;
        }
        buf = p;
        cap = ncap;
    }
    if (buf && ferror(f)) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

typedef struct ranked {
    const jx_diag *diag;
    size_t index;
} ranked;

static int cmp_ranked(const void *a, const void *b) {
    const ranked *x = a, *y = b;
    if (x->diag->line != y->diag->line) return x->diag->line < y->diag->line ? -1 : 1;
    if (x->diag->col != y->diag->col) return x->diag->col < y->diag->col ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* In document order; diagnostics at one position keep their order. */
static void print_diags(const jx_diags *d) {
    ranked *order = malloc((d->count ? d->count : 1) * sizeof *order);
    for (size_t i = 0; order && i < d->count; i++) order[i] = (ranked){&d->items[i], i};
    if (order) qsort(order, d->count, sizeof *order, cmp_ranked);
    for (size_t i = 0; i < d->count; i++) {
        char *s = jx_diag_format(order ? order[i].diag : &d->items[i]);
        fprintf(stderr, "%s\n", s ? s : "out of memory");
        free(s);
    }
    free(order);
    if (d->dropped) fprintf(stderr, "%zu more diagnostics not shown\n", d->dropped);
}

/* Reads a file ("-" for standard input) whole; 0, or -1 with a diagnostic. */
static int read_path(const char *path, unsigned char **data, size_t *len, jx_diags *d) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        jx_diags_add(d, JX_ERROR, path, 0, 0, "", "cannot open: %s", strerror(errno));
        return -1;
    }
    *data = read_all(f, len);
    int read_errno = errno;
    if (f != stdin) fclose(f);
    if (!*data) jx_diags_add(d, JX_ERROR, path, 0, 0, "", "cannot read: %s", strerror(read_errno));
    return *data ? 0 : -1;
}

/* Loads and scores one file; returns the document or NULL. */
static jx_doc *load_and_score(const char *path, jx_diags *d) {
    unsigned char *data = NULL;
    size_t len = 0;
    if (read_path(path, &data, &len, d)) return NULL;
    jx_doc *doc = jx_doc_load(path, data, len, d);
    free(data);
    if (doc && jx_doc_score(doc, d) != 0) {
        jx_doc_free(doc);
        doc = NULL;
    }
    return doc;
}

typedef struct options {
    int json, strict, dump, tree, jobs;
    const char *output, *fonts, *layout, *layouts, *outdir;
    char found_layouts[4096], found_fonts[4096];
} options;

static int is_dir(const char *path) {
    DIR *d = opendir(path);
    if (d) closedir(d);
    return d != NULL;
}

/* NAME beside the program's own folder: build/jixiao finds the checkout's
 * layouts/ and fonts/ from anywhere, an installed bin/jixiao its share/. */
static int beside_program(const char *name, char *out, size_t size) {
    char exe[2048];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return 0;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash) return 0;
    *slash = '\0';
    snprintf(out, size, "%s/../%s", exe, name);
    if (is_dir(out)) return 1;
    snprintf(out, size, "%s/../share/jixiao/%s", exe, name);
    return is_dir(out);
}

/* ./layouts when there is one (a checkout, a firm's own folder), else the
 * program's, else the installed ones; fonts likewise (fonts/ holds only a
 * firm's overrides: without one the Debian fonts serve). */
static void default_folders(options *o) {
    o->layouts = "layouts";
    if (!is_dir(o->layouts))
        o->layouts = beside_program("layouts", o->found_layouts, sizeof o->found_layouts) ? o->found_layouts
                                                                                         : JX_DATADIR "/layouts";
    o->fonts = "fonts";
    if (!is_dir(o->fonts) && beside_program("fonts", o->found_fonts, sizeof o->found_fonts)) o->fonts = o->found_fonts;
}

static int parse_options(int argc, char **argv, options *o) {
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'j'},
        {"strict", no_argument, NULL, 's'},
        {"help", no_argument, NULL, 'h'},
        {"output", required_argument, NULL, 'o'},
        {"dump", no_argument, NULL, 'd'},
        {"fonts", required_argument, NULL, 'f'},
        {"layout", required_argument, NULL, 'l'},
        {"layouts", required_argument, NULL, 'L'},
        {"tree", no_argument, NULL, 't'},
        {"outdir", required_argument, NULL, 'O'},
        {"jobs", required_argument, NULL, 'J'},
        {NULL, 0, NULL, 0},
    };
    int c;
    optind = 1;
    default_folders(o);
    while ((c = getopt_long(argc, argv, "ho:l:", longopts, NULL)) != -1) {
        switch (c) {
        case 'j': o->json = 1; break;
        case 'o': o->output = optarg; break;
        case 'd': o->dump = 1; break;
        case 'f': o->fonts = optarg; break;
        case 'l': o->layout = optarg; break;
        case 'L': o->layouts = optarg; break;
        case 't': o->tree = 1; break;
        case 'O': o->outdir = optarg; break;
        case 'J': o->jobs = atoi(optarg); if (o->jobs < 1 || o->jobs > 64) return -1; break;
        case 's': o->strict = 1; break;
        case 'h': fputs(USAGE, stdout); exit(EXIT_OK);
        default: return -1;
        }
    }
    return 0;
}

static int run_check(int nfiles, char **files, const options *o) {
    int status = EXIT_OK;
    for (int i = 0; i < nfiles; i++) {
        jx_diags d;
        jx_diags_init(&d);
        d.warnings_as_errors = o->strict;
        jx_doc *doc = load_and_score(files[i], &d);
        print_diags(&d);
        if (!doc || d.errors) status = EXIT_INPUT;
        jx_doc_free(doc);
        jx_diags_free(&d);
    }
    return status;
}

static int run_score(const char *file, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    d.warnings_as_errors = o->strict;
    jx_doc *doc = load_and_score(file, &d);
    int status = EXIT_INPUT;
    if (doc && !d.errors && !jx_doc_scored(doc))
        jx_diags_add(&d, JX_ERROR, file, 0, 0, "", "nothing to score: the document has no \"scoring\" section");
    if (doc && !d.errors) {
        char *out = o->json ? jx_score_json(doc, &d) : jx_score_table(doc);
        if (out) {
            fputs(out, stdout);
            status = fflush(stdout) == 0 ? EXIT_OK : EXIT_INPUT;
        } else {
            jx_diags_add(&d, JX_ERROR, file, 0, 0, "", "out of memory");
        }
        free(out);
    }
    if (!o->json || status != EXIT_OK) print_diags(&d);
    jx_doc_free(doc);
    jx_diags_free(&d);
    return status;
}

static int open_fonts(jx_fontset *fs, const options *o) {
    char err[512];
    if (jx_fontset_open(fs, o->fonts, err, sizeof err) == 0) return 0;
    fprintf(stderr, "jixiao: %s\n", err);
    return -1;
}

/* Characters of a document no face of the chain has, counted once each. */
static void report_input_coverage(const jx_fontset *fs, const char *file) {
    jx_diags d;
    jx_diags_init(&d);
    unsigned char *data = NULL;
    size_t len = 0;
    if (read_path(file, &data, &len, &d) == 0) {
        uint32_t first[20];
        size_t distinct, missing = jx_fontset_missing(fs, data, len, first, 20, &distinct);
        for (size_t i = 0; i < missing && i < 20; i++) printf("  missing U+%04X\n", (unsigned)first[i]);
        printf("%s: %zu distinct non-ASCII characters, %zu that no font can draw\n", file, distinct, missing);
    }
    free(data);
    print_diags(&d);
    jx_diags_free(&d);
}

static int run_fonts(int nfiles, char **files, const options *o) {
    jx_fontset fs;
    if (open_fonts(&fs, o)) return EXIT_INPUT;
    for (int r = 0; r < JX_ROLE_COUNT; r++) {
        const jx_font *f = fs.faces[fs.role_face[r]];
        int hanzi, symbols;
        jx_fontset_gb2312_coverage(&fs, fs.role_face[r], &hanzi, &symbols);
        printf("%-9s %s [face %d] (%s), GB2312 %d/6763 hanzi %d/682 symbols%s%s\n", jx_role_name((jx_role)r),
               jx_font_path(f), jx_font_face(f), jx_font_family(f), hanzi, symbols, fs.notes[r][0] ? ": " : "",
               fs.notes[r]);
    }
    printf("fallback ");
    for (int i = 0; i < fs.nfallback; i++) printf("%s%s", i ? ", " : "", jx_font_family(fs.faces[fs.fallback[i]]));
    printf("\n");
    for (int i = 0; i < nfiles; i++) report_input_coverage(&fs, files[i]);
    jx_fontset_close(&fs);
    return EXIT_OK;
}

static char *default_output(const char *input) {
    size_t n = strlen(input);
    char *out = malloc(n + 5);
    if (!out) return NULL;
    strcpy(out, input);
    if (n > 5 && strcmp(out + n - 5, ".json") == 0) out[n - 5] = '\0';
    strcat(out, ".pdf");
    return out;
}

/* Typesets a document tree and writes it: the PDF (to a temporary file,
 * renamed when complete) or the dump. */
static int write_document(const jx_document *doc, const char *output, const options *o,
                          jx_diags *d) {
    jx_fontset fs;
    if (open_fonts(&fs, o)) return EXIT_INPUT;
    int status = EXIT_INPUT;
    jx_display disp;
    if (jx_typeset(doc, &fs, &disp, d) == 0 && !d->errors) {
        if (o->dump) {
            char *text = jx_render_text(&disp, &fs);
            if (text) fputs(text, stdout), status = EXIT_OK;
            free(text);
        } else {
            jx_pdf_meta meta = {doc->title, doc->author, doc->subject, doc->keywords};
            if (jx_render_pdf(&disp, &fs, &meta, output, d) == 0) status = EXIT_OK;
        }
    }
    jx_display_free(&disp);
    jx_fontset_close(&fs);
    return status;
}

static int run_typeset(const char *file, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    d.warnings_as_errors = o->strict;
    unsigned char *data = NULL;
    size_t len = 0;
    jx_document *doc = read_path(file, &data, &len, &d) ? NULL : jx_document_load(file, data, len, &d);
    free(data);
    int status = EXIT_INPUT;
    if (doc) {
        char *out = o->output ? NULL : default_output(file);
        status = write_document(doc, o->output ? o->output : out, o, &d);
        free(out);
    }
    print_diags(&d);
    jx_document_free(doc);
    jx_diags_free(&d);
    return status;
}

/*** Layouts ***/

static jx_layout *load_layout(const char *path, jx_diags *d) {
    unsigned char *data = NULL;
    size_t len = 0;
    if (read_path(path, &data, &len, d)) return NULL;
    jx_layout *lay = jx_layout_load(path, data, len, d);
    free(data);
    return lay;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The paths of DIR's *.json files, sorted; NULL-terminated. */
static char **layout_files(const char *dir, jx_diags *d) {
    DIR *dp = opendir(dir);
    if (!dp) {
        jx_diags_add(d, JX_ERROR, dir, 0, 0, "",
                     "cannot open the layouts folder: %s; name one with --layouts DIR (a checkout's layouts/), or "
                     "run make install", strerror(errno));
        return NULL;
    }
    size_t n = 0, cap = 16;
    char **names = malloc(cap * sizeof *names);
    for (struct dirent *e; names && (e = readdir(dp)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0) continue;
        if (n + 2 > cap) {
            char **more = realloc(names, (cap *= 2) * sizeof *names);
            if (!more) break;
            names = more;
        }
        names[n] = malloc(strlen(dir) + len + 2);
        if (!names[n]) break;
        sprintf(names[n++], "%s/%s", dir, e->d_name);
    }
    closedir(dp);
    if (!names) return NULL;
    qsort(names, n, sizeof *names, cmp_names);
    names[n] = NULL;
    return names;
}

static void free_names(char **names) {
    for (size_t i = 0; names && names[i]; i++) free(names[i]);
    free(names);
}

/* Every layout with its description, or with an input only those made
 * for it (its default_for holds), first the one render would choose. */
static int run_layouts(const char *input, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    jx_doc *doc = input ? load_and_score(input, &d) : NULL;
    char **files = input && !doc ? NULL : layout_files(o->layouts, &d);
    for (size_t i = 0; files && files[i]; i++) {
        jx_layout *lay = load_layout(files[i], &d);
        if (lay && !doc) printf("%-18s %s%s\n", lay->name, lay->description, lay->many ? " (several inputs)" : "");
        if (lay && doc && jx_layout_fits(lay, doc)) printf("%s\n", lay->name);
        jx_layout_free(lay);
    }
    jx_doc_free(doc);
    print_diags(&d);
    int status = d.errors || !files ? EXIT_INPUT : EXIT_OK;
    free_names(files);
    jx_diags_free(&d);
    return status;
}

static int run_fields(void) {
    char *list = jx_bind_listing();
    if (!list) return EXIT_INPUT;
    fputs(list, stdout);
    free(list);
    return EXIT_OK;
}

/* -l NAME is looked up in the layouts folder; -l FILE.json is read as is. */
static jx_layout *named_layout(const options *o, jx_diags *d) {
    size_t n = strlen(o->layout);
    if (strchr(o->layout, '/') || (n > 5 && strcmp(o->layout + n - 5, ".json") == 0)) return load_layout(o->layout, d);
    char *path = malloc(strlen(o->layouts) + n + 7);
    if (!path) return NULL;
    sprintf(path, "%s/%s.json", o->layouts, o->layout);
    jx_layout *lay = load_layout(path, d);
    free(path);
    return lay;
}

/* The layouts a run chooses from, read once: -l's, or every file of the
 * folder in name order, each with the diagnostics its reading gave. In a
 * batch the workers share it, read-only. */
typedef struct shelf_entry {
    jx_layout *layout;
    jx_diags diags;
} shelf_entry;

typedef struct shelf {
    shelf_entry *items;
    size_t n;
    int folder_read; /* without -l: the folder could be listed */
    jx_diags diags;  /* the folder's own */
} shelf;

static void shelf_open(shelf *s, const options *o) {
    memset(s, 0, sizeof *s);
    jx_diags_init(&s->diags);
    char **files = o->layout ? NULL : layout_files(o->layouts, &s->diags);
    size_t n = 0;
    while (files && files[n]) n++;
    s->folder_read = files != NULL;
    s->items = calloc(o->layout ? 1 : n ? n : 1, sizeof *s->items);
    if (!s->items) {
        free_names(files);
        jx_diags_add(&s->diags, JX_ERROR, o->layouts, 0, 0, "", "out of memory");
        return;
    }
    s->n = o->layout ? 1 : n;
    for (size_t i = 0; i < s->n; i++) {
        jx_diags_init(&s->items[i].diags);
        s->items[i].layout = o->layout ? named_layout(o, &s->items[i].diags) : load_layout(files[i], &s->items[i].diags);
    }
    free_names(files);
}

static void shelf_close(shelf *s) {
    for (size_t i = 0; i < s->n; i++) {
        jx_layout_free(s->items[i].layout);
        jx_diags_free(&s->items[i].diags);
    }
    free(s->items);
    jx_diags_free(&s->diags);
}

static void copy_diags(jx_diags *to, const jx_diags *from) {
    for (size_t i = 0; i < from->count; i++) {
        const jx_diag *g = &from->items[i];
        jx_diags_add(to, g->severity, g->file, g->line, g->col, g->pointer, "%s", g->message);
    }
    to->dropped += from->dropped;
}

/* -l's layout, or the first of the folder whose default_for holds for the
 * input (for several inputs the first many-input one). Reports what reading
 * the layouts it looked at gave, as if it had just read them. */
static const jx_layout *shelf_choose(const shelf *s, const options *o, const jx_doc *doc, int many, jx_diags *d) {
    copy_diags(d, &s->diags);
    for (size_t i = 0; i < s->n; i++) {
        const jx_layout *lay = s->items[i].layout;
        copy_diags(d, &s->items[i].diags);
        if (o->layout) return lay;
        if (lay && (many ? lay->many : jx_layout_fits(lay, doc))) return lay;
    }
    if (s->folder_read && !d->errors)
        jx_diags_add(d, JX_ERROR, doc->file, 0, 0, "", "no layout in %s is made for this input; choose one with -l",
                     o->layouts);
    return NULL;
}

/* -o, or DIR/NAME.pdf with --outdir, or the input's name with .pdf, or
 * for several inputs the layout's name. */
static char *render_output(const options *o, const jx_layout *lay, int nfiles, char **files) {
    if (o->output) {
        char *out = malloc(strlen(o->output) + 1);
        return out ? strcpy(out, o->output) : NULL;
    }
    if (nfiles == 1 && o->outdir) {
        const char *base = strrchr(files[0], '/');
        char *stem = default_output(base ? base + 1 : files[0]);
        char *out = stem ? malloc(strlen(o->outdir) + strlen(stem) + 2) : NULL;
        if (out) sprintf(out, "%s/%s", o->outdir, stem);
        free(stem);
        return out;
    }
    if (nfiles == 1) return default_output(files[0]);
    char *out = malloc(strlen(lay->name) + 5);
    if (out) sprintf(out, "%s.pdf", lay->name);
    return out;
}

/* What one render made: the file written (malloc'd) and the layout used. */
typedef struct rendered {
    char *path;
    char layout[64];
} rendered;

static int render_docs(jx_doc **docs, int nfiles, char **files, const options *o, const shelf *layouts, jx_diags *d,
                       rendered *done) {
    const jx_layout *lay = shelf_choose(layouts, o, docs[0], nfiles > 1, d);
    if (!lay) return EXIT_INPUT;
    int status = EXIT_INPUT;
    snprintf(done->layout, sizeof done->layout, "%s", lay->name);
    if (!lay->many && nfiles > 1) {
        jx_diags_add(d, JX_ERROR, lay->file, 0, 0, "", "the layout \"%s\" renders one input, not %d", lay->name, nfiles);
    } else {
        jx_batch batch = {(const jx_doc *const *)docs, (size_t)nfiles};
        jx_val root = lay->many ? jx_bind_batch(&batch) : jx_bind_root(docs[0]);
        jx_document *doc = jx_build(lay, root, nfiles == 1 ? files[0] : "the inputs", d);
        char *tree = doc && o->tree ? jx_doctree_json(doc) : NULL;
        if (tree) {
            fputs(tree, stdout);
            status = EXIT_OK;
        } else if (doc && !o->tree) {
            char *out = render_output(o, lay, nfiles, files);
            status = out ? write_document(doc, out, o, d) : EXIT_INPUT;
            if (status == EXIT_OK && !o->dump) done->path = out, out = NULL;
            free(out);
        }
        free(tree);
        jx_document_free(doc);
    }
    return status;
}

/* Loads, scores and renders files as one document into d. */
static int render_files(int nfiles, char **files, const options *o, const shelf *layouts, jx_diags *d,
                        rendered *done) {
    jx_doc **docs = calloc((size_t)nfiles, sizeof *docs);
    int loaded = docs != NULL;
    for (int i = 0; docs && i < nfiles; i++)
        if (!(docs[i] = load_and_score(files[i], d)) || !jx_doc_scored(docs[i])) loaded = 0;
    for (int i = 0; docs && i < nfiles; i++)
        if (docs[i] && !jx_doc_scored(docs[i]))
            jx_diags_add(d, JX_ERROR, files[i], 0, 0, "", "nothing to render: the input has no \"scoring\" section");
    int status = loaded && !d->errors ? render_docs(docs, nfiles, files, o, layouts, d, done) : EXIT_INPUT;
    for (int i = 0; docs && i < nfiles; i++) jx_doc_free(docs[i]);
    free(docs);
    return status;
}

static void say_written(const rendered *done, int nfiles, char **files) {
    if (!done->path) return;
    if (nfiles == 1)
        fprintf(stderr, "%s: wrote %s (layout %s)\n", files[0], done->path, done->layout);
    else
        fprintf(stderr, "jixiao: wrote %s (layout %s, %d inputs)\n", done->path, done->layout, nfiles);
}

static int run_render(int nfiles, char **files, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    d.warnings_as_errors = o->strict;
    rendered done = {NULL, ""};
    shelf layouts;
    shelf_open(&layouts, o);
    int status = render_files(nfiles, files, o, &layouts, &d, &done);
    shelf_close(&layouts);
    print_diags(&d);
    say_written(&done, nfiles, files);
    free(done.path);
    jx_diags_free(&d);
    return status;
}

/*** Batch: every file its own document, in parallel ***/

typedef struct batch_job {
    char *file;
    jx_diags diags;
    rendered done;
    int status;
} batch_job;

typedef struct batch_queue {
    batch_job *jobs;
    int njobs, next;
    const options *o;
    const shelf *layouts;
    pthread_mutex_t lock;
} batch_queue;

static void *batch_worker(void *arg) {
    batch_queue *q = arg;
    for (;;) {
        pthread_mutex_lock(&q->lock);
        int i = q->next < q->njobs ? q->next++ : -1;
        pthread_mutex_unlock(&q->lock);
        if (i < 0) return NULL;
        batch_job *job = &q->jobs[i];
        job->status = render_files(1, &job->file, q->o, q->layouts, &job->diags, &job->done);
    }
}

/* --outdir: one bad file does not stop the others; each file's diagnostics
 * and result are printed in the order given, whatever order they finish in. */
static int run_batch(int nfiles, char **files, const options *o) {
    shelf layouts;
    shelf_open(&layouts, o);
    batch_queue q = {calloc((size_t)nfiles, sizeof(batch_job)), nfiles, 0, o, &layouts, PTHREAD_MUTEX_INITIALIZER};
    if (!q.jobs) return shelf_close(&layouts), EXIT_INPUT;
    for (int i = 0; i < nfiles; i++) {
        q.jobs[i].file = files[i];
        jx_diags_init(&q.jobs[i].diags);
        q.jobs[i].diags.warnings_as_errors = o->strict;
    }
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    int nthreads = o->jobs > 0 ? o->jobs : cpus > 0 ? (int)(cpus < 8 ? cpus : 8) : 1;
    if (nthreads > nfiles) nthreads = nfiles;
    pthread_t threads[64];
    int started = 0;
    for (; started < nthreads && started < 64; started++)
        if (pthread_create(&threads[started], NULL, batch_worker, &q) != 0) break;
    if (started == 0) batch_worker(&q);
    for (int t = 0; t < started; t++) pthread_join(threads[t], NULL);
    int failed = 0;
    for (int i = 0; i < nfiles; i++) {
        batch_job *job = &q.jobs[i];
        print_diags(&job->diags);
        say_written(&job->done, 1, &job->file);
        failed += job->status != EXIT_OK;
        free(job->done.path);
        jx_diags_free(&job->diags);
    }
    fprintf(stderr, "jixiao: rendered %d of %d files into %s%s\n", nfiles - failed, nfiles, o->outdir,
            failed ? "; the others have errors" : "");
    free(q.jobs);
    shelf_close(&layouts);
    return failed ? EXIT_INPUT : EXIT_OK;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs(USAGE, stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        fputs(USAGE, stdout);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
        printf("jixiao %s (input format %s)\n", JIXIAO_VERSION, JIXIAO_FORMAT);
        return EXIT_OK;
    }
    options o = {0};
    if (parse_options(argc - 1, argv + 1, &o)) {
        fputs(USAGE, stderr);
        return EXIT_USAGE;
    }
    int nfiles = argc - 1 - optind;
    char **files = argv + 1 + optind;
    if (!strcmp(cmd, "check")) {
        if (nfiles < 1 || o.json) goto usage;
        return run_check(nfiles, files, &o);
    }
    if (!strcmp(cmd, "score")) {
        if (nfiles != 1) goto usage;
        return run_score(files[0], &o);
    }
    if (!strcmp(cmd, "typeset")) {
        if (nfiles != 1) goto usage;
        return run_typeset(files[0], &o);
    }
    if (!strcmp(cmd, "render")) {
        if (nfiles < 1 || (o.outdir && (o.output || o.dump || o.tree))) goto usage;
        return o.outdir ? run_batch(nfiles, files, &o) : run_render(nfiles, files, &o);
    }
    if (!strcmp(cmd, "layouts")) {
        if (nfiles > 1) goto usage;
        return run_layouts(nfiles ? files[0] : NULL, &o);
    }
    if (!strcmp(cmd, "fields")) {
        if (nfiles) goto usage;
        return run_fields();
    }
    if (!strcmp(cmd, "fonts")) return run_fonts(nfiles, files, &o);
    fprintf(stderr, "jixiao: unknown command \"%s\"\n", cmd);
usage:
    fputs(USAGE, stderr);
    return EXIT_USAGE;
}
