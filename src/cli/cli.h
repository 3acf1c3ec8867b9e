/* What the command line's files share: the options, and the two ways a
 * result reaches the user (diagnostics and "wrote" lines on stderr). */
#ifndef JX_CLI_H
#define JX_CLI_H

#include "jixiao.h"
#include "pipeline/pipeline.h"

/* 1: the documents have errors (fix them; a retry alone changes nothing);
 * 3: a batch could not run (its manifest, its state log, its folder: fix
 * the job, or retry); 128 + the signal: stopped, to be resumed. */
enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_BATCH = 3 };

typedef struct options {
    int json, strict, dump, tree, jobs, quiet, status, fragment, combine;
    const char *output, *fonts, *layout, *layouts, *outdir, *manifest, *shard;
    const char *format; /* "pdf", "docx", "xlsx", "html"; NULL: by -o's extension, else pdf */
    const char *cache;  /* the cache folder; NULL with --no-cache or when there is none */
    char found_layouts[4096], found_fonts[4096], search_layouts[4200], cache_dir[4096];
} options;

/* What render writes: --format, else -o's extension, else a PDF (a dump
 * or a tree when asked). */
jx_out_kind output_kind(const options *o);
/* Diagnostics in document order on stderr. */
void print_diags(const jx_diags *d);
/* A dump or a tree to stdout, or "FILE: wrote PATH (layout L)" on stderr. */
int show_rendered(const jx_rendered *done, int nfiles, char *const *files);
/* --outdir: the files, or the manifest's documents, each its own PDF. */
int run_batch(int nfiles, char *const *files, const options *o);
/* Workbooks: import to jixiao/1, export from it, the blank template. */
int run_import(const char *file, const options *o);
int run_export(const char *file, const options *o);
int run_template(const char *layout, const options *o);

#endif
