/* jixiao command line: arguments, file I/O, exit codes. The only code that
 * prints. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "fontset.h"
#include "jixiao.h"
#include "render.h"
#include "typeset.h"

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
    "  fonts [FILE...]       show each role's font and its GB2312 coverage, and\n"
    "                        the characters of FILE that no font can draw\n"
    "\n"
    "options:\n"
    "  --json                score: machine-readable output\n"
    "  --strict              treat warnings as errors\n"
    "  -o, --output FILE     typeset: the PDF to write (default: DOC with .pdf)\n"
    "  --dump                typeset: print the laid-out lines instead of a PDF\n"
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
    int json, strict, dump;
    const char *output, *fonts;
} options;

static int parse_options(int argc, char **argv, options *o) {
    static const struct option longopts[] = {
        {"json", no_argument, NULL, 'j'},
        {"strict", no_argument, NULL, 's'},
        {"help", no_argument, NULL, 'h'},
        {"output", required_argument, NULL, 'o'},
        {"dump", no_argument, NULL, 'd'},
        {"fonts", required_argument, NULL, 'f'},
        {NULL, 0, NULL, 0},
    };
    int c;
    optind = 1;
    o->fonts = "fonts";
    while ((c = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
        switch (c) {
        case 'j': o->json = 1; break;
        case 'o': o->output = optarg; break;
        case 'd': o->dump = 1; break;
        case 'f': o->fonts = optarg; break;
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

static int run_typeset(const char *file, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    d.warnings_as_errors = o->strict;
    unsigned char *data = NULL;
    size_t len = 0;
    jx_document *doc = read_path(file, &data, &len, &d) ? NULL : jx_document_load(file, data, len, &d);
    free(data);
    jx_fontset fs;
    int status = EXIT_INPUT, fonts_open = 0;
    if (doc && open_fonts(&fs, o) == 0) {
        fonts_open = 1;
        jx_page_style style;
        jx_page_style_default(&style);
        jx_display disp;
        if (jx_typeset(doc, &fs, &style, &disp, &d) == 0 && !d.errors) {
            if (o->dump) {
                char *text = jx_render_text(&disp, &fs);
                if (text) fputs(text, stdout), status = EXIT_OK;
                free(text);
            } else {
                char *out = o->output ? NULL : default_output(file);
                jx_pdf_meta meta = {doc->title, doc->author, doc->subject, doc->keywords};
                if (jx_render_pdf(&disp, &fs, &meta, o->output ? o->output : out, &d) == 0) status = EXIT_OK;
                free(out);
            }
        }
        jx_display_free(&disp);
    }
    print_diags(&d);
    if (fonts_open) jx_fontset_close(&fs);
    jx_document_free(doc);
    jx_diags_free(&d);
    return status;
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
    if (!strcmp(cmd, "fonts")) return run_fonts(nfiles, files, &o);
    fprintf(stderr, "jixiao: unknown command \"%s\"\n", cmd);
usage:
    fputs(USAGE, stderr);
    return EXIT_USAGE;
}
