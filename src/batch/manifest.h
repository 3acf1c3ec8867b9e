/* A batch manifest: one document per line, tab-separated —
 *   id <TAB> input [<TAB> layout [<TAB> output]]
 * with '#' comments, blank lines and an optional header line ("id ...")
 * ignored. Inputs are relative to the manifest's folder. docs/batch.md. */
#ifndef JX_BATCH_MANIFEST_H
#define JX_BATCH_MANIFEST_H

#include <stddef.h>

#include "jixiao.h"

typedef struct jx_manifest_item {
    int line;     /* in the manifest, for its diagnostics */
    char *id;     /* unique; names the output and the state record */
    char *input;  /* the path as opened: joined to the manifest's folder */
    char *layout; /* NULL: the run's layout, else the first made for the input */
    char *output; /* a file name in the output folder: <id>.pdf (or .docx) unless given */
} jx_manifest_item;

typedef struct jx_manifest {
    char *path;
    jx_manifest_item *items;
    size_t count;
} jx_manifest;

/* Reads the manifest at path (at most 1,000,000 lines); outputs not given
 * are <id><ext> (".pdf", ".docx" or ".html"). 0, or -1 with a diagnostic at each bad
 * line (path:line:col). */
int jx_manifest_read(const char *path, const char *ext, jx_manifest *m, jx_diags *d);
/* The manifest of files given on the command line: each its own document,
 * named after the file (x.json writes x.pdf). Files that would write one
 * PDF (a/x.json, b/x.json) are refused, each naming the other; 0, or -1. */
int jx_manifest_of_files(char *const *files, int n, const char *outdir, const char *ext, jx_manifest *m, jx_diags *d);
void jx_manifest_free(jx_manifest *m);

/* "K/N" with 0 <= K < N <= 100000; 0, or -1. */
int jx_shard_parse(const char *text, int *k, int *n);
/* Whether the i-th document of the manifest (0-based) belongs to shard k of n. */
int jx_shard_takes(size_t i, int k, int n);

#endif
