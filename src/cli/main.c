/* jixiao command line: arguments, file I/O, exit codes. The only code that
 * prints. */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/cache.h"
#include "base/cpus.h"
#include "cli/cli.h"
#include "batch/findings.h"
#include "batch/manifest.h"
#include "input/review.h"
#include "json/schema.h"
#include "fonts/fontset.h"
#include "jixiao.h"
#include "layout/build.h"
#include "pipeline/pipeline.h"
#include "render/output.h"

static const char USAGE_COMMANDS[] =
    "usage: jixiao COMMAND [OPTIONS] FILE...\n"
    "\n"
    "commands:\n"
    "  check FILE...         validate inputs and their published scores, and\n"
    "                        what a reviewer looks for before publishing\n"
    "  check --manifest M.tsv [-o 审核.html|.xlsx|.pdf]\n"
    "                        every input of a manifest; -o: the findings of all\n"
    "                        of them, document by document, as one file\n"
    "  score [--json] FILE   print the scored indicator tree\n"
    "  typeset [-o OUT.pdf] [--dump] DOC.json\n"
    "                        typeset a document tree (jixiao-doc/1) to PDF\n"
    "  render [-l LAYOUT] [-o OUT.pdf | --outdir DIR] FILE...\n"
    "                        the finished document of an input through a layout\n"
    "                        (default: the first in the layouts folder that fits);\n"
    "                        a many-input layout (summary) takes several files\n"
    "  render --manifest M.tsv --outdir DIR [--shard K/N]\n"
    "                        every document of a manifest (id, input, layout,\n"
    "                        output per line), resumable: a rerun skips what is\n"
    "                        done and unchanged; --shard takes lines i%N == K\n"
    "  render --manifest M.tsv --outdir DIR --status\n"
    "                        exits 0 only when every document of the manifest (all\n"
    "                        shards) is done and unchanged: for a job that waits on it\n"
    "  render --manifest M.tsv -l summary -o OUT.pdf\n"
    "                        the manifest's inputs as one document\n"
    "  render --combine -o OUT.pdf FILE... | --manifest M.tsv\n"
    "                        the inputs' documents, each through its own layout,\n"
    "                        as one PDF: a 目录 of them, a bookmark each\n"
    "  layouts [FILE]        list the layouts with a line about each; with FILE,\n"
    "                        the names of those made for it, the default first\n"
    "  fields                list every value a layout can bind to\n"
    "  schema                print the JSON Schema of jixiao/1, for editors\n"
    "  fonts [FILE...]       show each role's font and its GB2312 coverage, and\n"
    "                        the characters of FILE that no font can draw\n"
    "  import BOOK.xlsx [-o OUT.json]\n"
    "                        a workbook (docs/workbook-format.md) as jixiao/1;\n"
    "                        check, score and render read .xlsx directly\n"
    "  export FILE -o BOOK.xlsx\n"
    "                        an input as a workbook (import gives it back)\n"
    "  template [LAYOUT] -o BOOK.xlsx\n"
    "                        a blank workbook to fill, for a layout's documents\n"
    "\n";
/* two strings: a C11 compiler need not take a literal longer than 4095 bytes */
static const char USAGE_OPTIONS[] =
    "options:\n"
    "  --json                score: machine-readable output\n"
    "  --strict              treat warnings as errors\n"
    "  -o, --output FILE     typeset: the PDF to write (default: DOC with .pdf)\n"
    "  --dump                typeset, render: print the laid-out lines, no PDF\n"
    "  --tree                render: print the document tree (jixiao-doc/1)\n"
    "  --outdir DIR          render: each FILE its own document, DIR/NAME.pdf,\n"
    "                        in parallel; a bad file does not stop the others\n"
    "  --jobs N              render --outdir: N at a time (default: the cores)\n"
    "  --quiet               render --outdir: no progress and no \"wrote\" lines\n"
    "  --format pdf|docx|xlsx|html\n"
    "                        render: a PDF, a Word document for drafts, the\n"
    "                        tables as a workbook (the 汇总表), or a web page;\n"
    "                        default: by -o's extension, else pdf\n"
    "  --fragment            render to html: the document's <article> alone, for\n"
    "                        a site's content system\n"
    "  -l, --layout NAME     render: a layout of the layouts folder, or a file\n"
    "  --layouts DIR         the layouts folder (default: ./layouts, else the\n"
    "                        installed ones)\n"
    "  --fonts DIR           fonts that override the defaults per role (default: fonts)\n"
    "  --no-cache            neither read nor write the cache of faces' tables and\n"
    "                        compiled layouts ($XDG_CACHE_HOME/jixiao)\n"
    "  -h, --help            show this help\n"
    "  -V, --version         show the version\n"
    "\n"
    "FILE may be - for standard input.\n"
    "exit status: 0 no errors, 1 errors in an input (or a document of a batch),\n"
    "  2 usage error, 3 a batch could not run (its manifest, state log or folder),\n"
    "  128 + N stopped by signal N (a rerun resumes)\n";

static void usage(FILE *to) {
    fputs(USAGE_COMMANDS, to);
    fputs(USAGE_OPTIONS, to);
}

/* Loads and scores one file; returns the document or NULL. */
static jx_model *load_and_score(const char *path, jx_diags *d) {
    unsigned char *data = NULL;
    size_t len = 0;
    if (jx_read_file(path, &data, &len, d)) return NULL;
    jx_input in = {path, data, len};
    jx_model *doc = jx_load_scored(&in, d);
    free(data);
    return doc;
}

static int is_dir(const char *path) {
    struct stat st; /* not opendir, which allocates: memory may be short */
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
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

/* The program's layouts (a checkout's, else the installed ones), after
 * ./layouts when there is one (a firm's own: its layouts come first, and
 * one named as a shipped layout is used in that one's stead); fonts/ or
 * $JIXIAO_FONTS, else the program's (fonts/ holds only overrides: without
 * one the Debian fonts serve). */
static void default_folders(options *o) {
    const char *shipped = beside_program("layouts", o->found_layouts, sizeof o->found_layouts) ? o->found_layouts
                                                                                               : JX_DATADIR "/layouts";
    struct stat own, ours;
    int same = stat("layouts", &own) == 0 && stat(shipped, &ours) == 0 && own.st_dev == ours.st_dev &&
               own.st_ino == ours.st_ino;
    o->layouts = shipped;
    if (is_dir("layouts") && (same || strchr(shipped, ':'))) {
        o->layouts = "layouts";
    } else if (is_dir("layouts")) { /* a firm's own folder, then the shipped layouts */
        snprintf(o->search_layouts, sizeof o->search_layouts, "layouts:%s", shipped);
        o->layouts = o->search_layouts;
    }
    const char *env = getenv("JIXIAO_FONTS");
    o->fonts = env && *env ? env : "fonts";
    if (!(env && *env) && !is_dir(o->fonts) && beside_program("fonts", o->found_fonts, sizeof o->found_fonts)) o->fonts = o->found_fonts;
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
        {"manifest", required_argument, NULL, 'M'},
        {"shard", required_argument, NULL, 'S'},
        {"quiet", no_argument, NULL, 'q'},
        {"status", no_argument, NULL, 'T'},
        {"format", required_argument, NULL, 'F'},
        {"fragment", no_argument, NULL, 'G'},
        {"combine", no_argument, NULL, 'C'},
        {"no-cache", no_argument, NULL, 'N'},
        {NULL, 0, NULL, 0},
    };
    int c, cached = 1;
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
        case 'M': o->manifest = optarg; break;
        case 'S': o->shard = optarg; break;
        case 'q': o->quiet = 1; break;
        case 'T': o->status = 1; break;
        case 'G': o->fragment = 1; break;
        case 'C': o->combine = 1; break;
        case 'N': cached = 0; break;
        case 'F':
            if (strcmp(optarg, "pdf") && strcmp(optarg, "docx") && strcmp(optarg, "xlsx") && strcmp(optarg, "html")) return -1;
            o->format = optarg;
            break;
        case 'h': usage(stdout); exit(EXIT_OK);
        default: return -1;
        }
    }
    o->cache = cached && jx_cache_dir(o->cache_dir, sizeof o->cache_dir) == 0 ? o->cache_dir : NULL;
    return 0;
}

static int run_score(const char *file, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    d.warnings_as_errors = o->strict;
    jx_model *doc = load_and_score(file, &d);
    int status = EXIT_INPUT;
    if (doc && !d.errors && !jx_model_scored(doc))
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
    jx_model_free(doc);
    jx_diags_free(&d);
    return status;
}

static int open_fonts(jx_fontset *fs, const options *o) {
    char err[512];
    if (jx_fontset_open(fs, o->fonts, o->cache, err, sizeof err) == 0) return 0;
    fprintf(stderr, "jixiao: %s\n", err);
    return -1;
}

/* Characters of a document no face of the chain has, counted once each. */
static void report_input_coverage(const jx_fontset *fs, const char *file) {
    jx_diags d;
    jx_diags_init(&d);
    unsigned char *data = NULL;
    size_t len = 0;
    if (jx_read_file(file, &data, &len, &d) == 0) {
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

/* -o naming a file that is also an input (by device and inode, so through
 * links and other spellings too) would replace the only copy of it. */
static int overwrites_an_input(const char *output, int nfiles, char *const *files) {
    struct stat out, in;
    if (!output || strcmp(output, "-") == 0 || stat(output, &out) != 0) return 0;
    for (int i = 0; i < nfiles; i++) {
        if (strcmp(files[i], "-") == 0 || stat(files[i], &in) != 0) continue;
        if (in.st_dev == out.st_dev && in.st_ino == out.st_ino) {
            fprintf(stderr, "jixiao: -o %s is the input %s: it would be overwritten; write to another file\n", output,
                    files[i]);
            return 1;
        }
    }
    return 0;
}

/* -o's extension names what it is: one jixiao cannot write is a mistake
 * (a page saved as PDF under .html), unless --format says what to write. */
static int output_named_wrongly(const options *o) {
    jx_out_kind kind;
    if (!o->output || o->format || o->dump || o->tree || jx_out_kind_of_name(o->output, &kind) >= 0) return 0;
    fprintf(stderr, "jixiao: -o %s: unknown extension; write .pdf, .docx, .xlsx or .html, or give --format\n", o->output);
    return 1;
}

static jx_render_opts render_opts(const options *o) {
    jx_render_opts r = {.kind = output_kind(o), .fonts_dir = o->fonts, .cache = o->cache, .output = o->output,
                        .outdir = o->outdir, .fragment = o->fragment};
    return r;
}

/* The review of many documents as one: 审核.html, .xlsx or .pdf by -o. */
static int write_findings(int nfiles, char *const *files, const jx_diags *all, const options *o) {
    char *tree = jx_findings_tree(files, (size_t)nfiles, all);
    jx_diags d;
    jx_diags_init(&d);
    jx_rendered done = {0};
    jx_render_opts ro = render_opts(o);
    jx_input in = {"审核意见", (const unsigned char *)tree, tree ? strlen(tree) : 0};
    int rc = tree ? jx_render_tree(&ro, &in, &done, &d) : -1;
    if (!tree) jx_diags_add(&d, JX_ERROR, "jixiao", 0, 0, "", "out of memory");
    print_diags(&d);
    if (rc == 0) fprintf(stderr, "jixiao: wrote %s (%zu findings in %d documents)\n", done.path, all->count, nfiles);
    jx_rendered_free(&done);
    jx_diags_free(&d);
    free(tree);
    return rc == 0 ? EXIT_OK : EXIT_INPUT;
}

static int run_check(int nfiles, char *const *files, const options *o) {
    int status = EXIT_OK;
    jx_diags all;
    jx_diags_init(&all);
    for (int i = 0; i < nfiles; i++) {
        jx_diags d;
        jx_diags_init(&d);
        d.warnings_as_errors = o->strict;
        jx_model *doc = load_and_score(files[i], &d);
        if (doc && !d.errors) jx_review(doc, &d); /* what a reviewer looks for before publishing */
        print_diags(&d);
        if (!doc || d.errors) status = EXIT_INPUT;
        for (size_t k = 0; o->output && k < d.count; k++) {
            const jx_diag *g = &d.items[k];
            jx_diags_add(&all, g->severity, g->file, g->line, g->col, g->pointer, "%s", g->message);
        }
        jx_model_free(doc);
        jx_diags_free(&d);
    }
    if (o->output) {
        int written = write_findings(nfiles, files, &all, o);
        if (status == EXIT_OK) status = written;
    }
    jx_diags_free(&all);
    return status;
}

static int run_typeset(const char *file, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    d.warnings_as_errors = o->strict;
    unsigned char *data = NULL;
    size_t len = 0;
    jx_rendered done = {0};
    int rc = -1;
    if (jx_read_file(file, &data, &len, &d) == 0) {
        jx_input in = {file, data, len};
        jx_render_opts ro = render_opts(o);
        rc = jx_render_tree(&ro, &in, &done, &d);
    }
    free(data);
    print_diags(&d);
    int status = rc == 0 && (done.text ? show_rendered(&done, 1, (char *const *)&file) : EXIT_OK) == EXIT_OK ? EXIT_OK : EXIT_INPUT;
    jx_rendered_free(&done);
    jx_diags_free(&d);
    return status;
}

/* Every layout with its description, or with an input only those made
 * for it (its default_for holds), first the one render would choose. */
/* Where a layout comes from, when the search has more than one folder: a
 * firm's own, maybe in place of a shipped one. */
static const char *origin(const char *search, const char *file, char *said, size_t size) {
    const char *last = strrchr(search, ':');
    if (!last || !file || strncmp(file, last + 1, strlen(last + 1)) == 0) return "";
    char shipped[4300];
    snprintf(shipped, sizeof shipped, "%s/%s", last + 1, strrchr(file, '/') ? strrchr(file, '/') + 1 : file);
    snprintf(said, size, " [%s%s]", file, access(shipped, F_OK) == 0 ? ", in place of the shipped one" : "");
    return said;
}

static int run_layouts(const char *input, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    jx_model *doc = input ? load_and_score(input, &d) : NULL;
    jx_shelf *shelf = input && !doc ? NULL : jx_shelf_open(o->layouts, NULL, o->cache);
    char said[4400];
    for (size_t i = 0; shelf && i < jx_shelf_count(shelf); i++) {
        const jx_layout *lay = jx_shelf_get(shelf, i, &d);
        if (lay && !doc) printf("%-18s %s%s%s\n", lay->name, lay->description, lay->many ? " (several inputs)" : "",
                                origin(o->layouts, jx_shelf_file(shelf, i), said, sizeof said));
        int fits = lay && doc ? jx_layout_fits(lay, doc) : 0;
        if (fits < 0) jx_diags_add(&d, JX_ERROR, input, 0, 0, "", "out of memory");
        if (fits > 0) printf("%s\n", lay->name);
    }
    if (shelf && !jx_shelf_count(shelf)) jx_shelf_get(shelf, 0, &d);
    jx_model_free(doc);
    print_diags(&d);
    int status = d.errors || !shelf ? EXIT_INPUT : EXIT_OK;
    jx_shelf_close(shelf);
    jx_diags_free(&d);
    return status;
}

static int run_schema(void) {
    jx_buf b;
    jx_buf_init(&b, 1u << 20);
    char *text = jx_input_schema(&b) ? NULL : jx_buf_take(&b);
    jx_buf_free(&b);
    if (!text) return fputs("jixiao: out of memory\n", stderr), EXIT_INPUT;
    fputs(text, stdout);
    free(text);
    return EXIT_OK;
}

static int run_fields(void) {
    char *list = jx_bind_listing();
    if (!list) return EXIT_INPUT;
    fputs(list, stdout);
    free(list);
    return EXIT_OK;
}

/* The faces, opened on a second thread while the layouts and inputs are
 * read and the document built, and waited for where it is typeset. Should
 * they fail to open, the render opens them again there and says why. */
typedef struct font_opening {
    const char *dir, *cache;
    pthread_t thread;
    int started, joined;
    jx_fontset fonts;
    int rc;
} font_opening;

static void *open_faces_aside(void *arg) {
    font_opening *f = arg;
    char err[512];
    f->rc = jx_fontset_open(&f->fonts, f->dir, f->cache, err, sizeof err);
    return NULL;
}

static const jx_fontset *await_faces(void *arg) {
    font_opening *f = arg;
    if (f->started && !f->joined) pthread_join(f->thread, NULL), f->joined = 1;
    return f->joined && f->rc == 0 ? &f->fonts : NULL;
}

/* Reads the files and renders them as one document into d. */
static int render_files(int nfiles, char *const *files, const options *o, const jx_shelf *layouts,
                        font_opening *faces, jx_diags *d, jx_rendered *done) {
    jx_input *inputs = calloc((size_t)nfiles, sizeof *inputs);
    int read = inputs != NULL;
    if (!inputs) jx_diags_add(d, JX_ERROR, "jixiao", 0, 0, "", "out of memory");
    for (int i = 0; inputs && i < nfiles; i++) {
        unsigned char *data = NULL;
        size_t len = 0;
        if (jx_read_file(files[i], &data, &len, d)) read = 0;
        inputs[i] = (jx_input){files[i], data, len};
    }
    jx_render_opts ro = render_opts(o);
    ro.await_fonts = await_faces, ro.await_ctx = faces, ro.one_document = 1;
    int rc = !read ? -1 : o->combine ? jx_render_combined(&ro, layouts, inputs, nfiles, done, d)
                                     : jx_render(&ro, layouts, inputs, nfiles, done, d);
    for (int i = 0; inputs && i < nfiles; i++) free((void *)inputs[i].data);
    free(inputs);
    return rc ? EXIT_INPUT : EXIT_OK;
}

/* The temporary files a killed render left beside its output. */
static void clean_output_folder(const char *output) {
    if (!output || strcmp(output, "-") == 0) return;
    const char *slash = strrchr(output, '/');
    char dir[4096];
    snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - output) : 1, slash ? (slash == output ? "/" : output) : ".");
    jx_output_clean(dir);
}

static int run_render(int nfiles, char *const *files, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    d.warnings_as_errors = o->strict;
    jx_rendered done = {0};
    font_opening fo = {.dir = o->fonts, .cache = o->cache, .rc = -1};
    jx_out_kind kind = render_opts(o).kind;
    fo.started = kind != JX_OUT_TREE && kind != JX_OUT_XLSX && jx_thread_beside(&fo.thread, open_faces_aside, &fo) == 0;
    jx_shelf *layouts = jx_shelf_open(o->layouts, o->layout, o->cache);
    clean_output_folder(o->output);
    if (!layouts) jx_diags_add(&d, JX_ERROR, "jixiao", 0, 0, "", "out of memory");
    int status = layouts ? render_files(nfiles, files, o, layouts, &fo, &d, &done) : EXIT_INPUT;
    if (await_faces(&fo)) jx_fontset_close(&fo.fonts);
    jx_shelf_close(layouts);
    print_diags(&d);
    if (status == EXIT_OK) status = show_rendered(&done, nfiles, files);
    jx_rendered_free(&done);
    jx_diags_free(&d);
    return status;
}

/* A manifest's inputs handed to a command that takes files: check, or
 * render --manifest without --outdir, which makes them one document (the
 * 汇总表 of a whole run, every shard's documents, without rendering them).
 * A manifest that cannot be read exits with `unreadable`. */
static int run_on_manifest(const options *o, int (*run)(int, char *const *, const options *), int unreadable) {
    jx_diags d;
    jx_diags_init(&d);
    jx_manifest m = {0};
    int status = unreadable;
    if (jx_manifest_read(o->manifest, ".pdf", &m, &d) == 0) {
        char **inputs = malloc((m.count ? m.count : 1) * sizeof *inputs);
        for (size_t i = 0; inputs && i < m.count; i++) inputs[i] = m.items[i].input;
        status = inputs ? run((int)m.count, inputs, o) : EXIT_INPUT;
        free(inputs);
    }
    print_diags(&d);
    jx_manifest_free(&m);
    jx_diags_free(&d);
    return status;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
        usage(stdout);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
        printf("jixiao %s (input format %s)\n", JIXIAO_VERSION, JIXIAO_FORMAT);
        return EXIT_OK;
    }
    options o = {0};
    if (parse_options(argc - 1, argv + 1, &o)) {
        usage(stderr);
        return EXIT_USAGE;
    }
    int nfiles = argc - 1 - optind;
    char **files = argv + 1 + optind;
    if (overwrites_an_input(o.output, nfiles, files)) return EXIT_USAGE;
    if (!strcmp(cmd, "check")) {
        if ((nfiles < 1 && !o.manifest) || (nfiles && o.manifest) || o.json) goto usage;
        if (output_named_wrongly(&o)) return EXIT_USAGE;
        return o.manifest ? run_on_manifest(&o, run_check, EXIT_BATCH) : run_check(nfiles, files, &o);
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
        if ((o.outdir && (o.output || o.dump || o.tree)) || (o.shard && !(o.manifest && o.outdir)) ||
            (o.status && !(o.manifest && o.outdir)))
            goto usage;
        if (o.manifest) {
            if (nfiles) goto usage;
            return o.outdir ? run_batch(0, NULL, &o) : run_on_manifest(&o, run_render, EXIT_INPUT);
        }
        if (nfiles < 1) goto usage;
        if (output_named_wrongly(&o)) return EXIT_USAGE;
        if (o.combine && (o.outdir || (output_kind(&o) != JX_OUT_PDF && output_kind(&o) != JX_OUT_DUMP))) {
            fputs("jixiao: --combine writes the inputs as one PDF: give -o NAME.pdf (or --dump)\n", stderr);
            return EXIT_USAGE;
        }
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
    if (!strcmp(cmd, "schema")) {
        if (nfiles) goto usage;
        return run_schema();
    }
    if (!strcmp(cmd, "fonts")) return run_fonts(nfiles, files, &o);
    if (!strcmp(cmd, "import")) {
        if (nfiles != 1) goto usage;
        return run_import(files[0], &o);
    }
    if (!strcmp(cmd, "export")) {
        if (nfiles != 1 || !o.output) goto usage;
        return run_export(files[0], &o);
    }
    if (!strcmp(cmd, "template")) {
        if (nfiles > 1 || !o.output) goto usage;
        return run_template(nfiles ? files[0] : NULL, &o);
    }
    fprintf(stderr, "jixiao: unknown command \"%s\"\n", cmd);
usage:
    usage(stderr);
    return EXIT_USAGE;
}
