/* A batch: every document of a manifest (or of a shard of it) rendered
 * into one folder on several threads, each a document of its own, a bad
 * one never stopping the others. With a state log the run is resumable:
 * what is done and unchanged (input, layout files, fonts, output) is
 * skipped, what changed is redone, what failed is tried again. Nothing
 * here prints: each document's outcome goes to a callback, in manifest
 * order, one at a time. */
#ifndef JX_BATCH_RUN_H
#define JX_BATCH_RUN_H

#include <signal.h>
#include <stddef.h>

#include "batch/manifest.h"
#include "pipeline/pipeline.h"

/* PENDING: neither done nor tried (a status run; a run stopped early) */
typedef enum { JX_BATCH_RENDERED, JX_BATCH_UNCHANGED, JX_BATCH_FAILED, JX_BATCH_PENDING } jx_batch_outcome;

typedef struct jx_batch_event {
    const jx_manifest_item *item;
    jx_batch_outcome outcome;
    const jx_diags *diags;   /* the document's */
    const jx_rendered *done; /* the PDF written and the layout used, when rendered */
    size_t reported, total;  /* documents of this run reported so far (this one included), in all */
    size_t failed;           /* of those reported */
} jx_batch_event;

typedef struct jx_batch_opts {
    jx_out_kind kind;        /* PDF, DOCX or HTML (a line's output's extension wins) */
    const char *fonts_dir;
    const char *cache;       /* the cache folder, or NULL */
    const char *outdir;
    const char *layouts_dir;
    const char *layout;      /* the run's layout; NULL: each input's default; a line's own wins */
    int strict;
    int jobs;                /* threads; 0: the cores, at most 8 */
    int shard_k, shard_n;    /* the documents i with i % n == k; n = 1: all */
    int resume;              /* keep the state log in outdir and skip what is unchanged */
    int status_only;         /* render nothing: say which documents are done and unchanged */
    const volatile sig_atomic_t *stop; /* when set and non-zero (SIGTERM), no further document is started */
    void (*report)(void *ctx, const jx_batch_event *e);
    void *ctx;
    int fragment;            /* HTML: each document's <article> alone */
} jx_batch_opts;

typedef struct jx_batch_totals {
    size_t total, rendered, unchanged, failed, pending;
    int stopped; /* the run stopped before its last document */
} jx_batch_totals;

/* Runs the batch. 0 when it could run (documents may have failed: see
 * totals), -1 with a diagnostic when it could not start (the state log
 * cannot be kept, out of memory). */
int jx_batch_run(const jx_batch_opts *o, const jx_manifest *m, jx_batch_totals *totals, jx_diags *d);

#endif
