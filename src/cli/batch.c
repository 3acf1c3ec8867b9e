/* --outdir: many documents into one folder, from the files given or from a
 * manifest (resumable, shardable), with a progress line on a terminal. */
#define _GNU_SOURCE /* CLOCK_MONOTONIC under -std=c11 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "batch/manifest.h"
#include "batch/run.h"
#include "batch/site.h"
#include "cli/cli.h"

typedef struct progress {
    const options *o;
    const jx_manifest *m;
    int bar;          /* stderr is a terminal and not --quiet: one line redrawn */
    double start, drawn;
} progress;

static double seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void draw_bar(progress *p, const jx_batch_event *e) {
    double now = seconds();
    if (e->reported < e->total && now - p->drawn < 0.1) return;
    p->drawn = now;
    double rate = (double)e->reported / (now - p->start > 1e-3 ? now - p->start : 1e-3);
    long left = rate > 0 ? (long)((double)(e->total - e->reported) / rate) : 0;
    fprintf(stderr, "\r\033[K[%zu/%zu] %zu failed · %.1f/s · ", e->reported, e->total, e->failed, rate);
    if (left >= 3600)
        fprintf(stderr, "%ldh%02ldm left", left / 3600, left / 60 % 60);
    else
        fprintf(stderr, "%ldm%02lds left", left / 60, left % 60);
    if (e->reported == e->total) fputc('\n', stderr);
    fflush(stderr);
}

static void on_document(void *ctx, const jx_batch_event *e) {
    progress *p = ctx;
    if (p->bar && (e->diags->count || e->outcome == JX_BATCH_FAILED)) fputs("\r\033[K", stderr);
    print_diags(e->diags);
    if (e->outcome == JX_BATCH_FAILED && p->m->path[0]) {
        jx_diags d;
        jx_diags_init(&d);
        jx_diags_add(&d, JX_ERROR, p->m->path, e->item->line, 1, "", "%s: not rendered; the others go on", e->item->id);
        print_diags(&d);
        jx_diags_free(&d);
    }
    if (!p->o->quiet && !p->bar && e->outcome == JX_BATCH_RENDERED) show_rendered(e->done, 1, &e->item->input);
    if (p->bar) draw_bar(p, e);
}

static void say_totals(const options *o, const jx_manifest *m, const jx_batch_totals *t, int k, int n) {
    if (!m->path[0]) {
        fprintf(stderr, "jixiao: rendered %zu of %zu files into %s%s\n", t->rendered, t->total, o->outdir,
                t->failed ? "; the others have errors" : "");
        return;
    }
    char shard[48] = "";
    if (n > 1) snprintf(shard, sizeof shard, " (shard %d/%d)", k, n);
    if (t->unchanged == t->total)
        fprintf(stderr, "jixiao: nothing to do: the %zu documents%s of %s are unchanged in %s\n", t->total, shard,
                m->path, o->outdir);
    else
        fprintf(stderr, "jixiao: %zu rendered, %zu unchanged, %zu failed of %zu documents%s into %s\n", t->rendered,
                t->unchanged, t->failed, t->total, shard, o->outdir);
}

/* A batch asked to stop (SIGTERM from a scheduler evicting it, ^C) starts
 * no further document, lets those under way finish whole, and exits with
 * 128 + the signal: a rerun resumes where it stopped. The handler only
 * sets this flag, the one state a signal may share with the run. */
static volatile sig_atomic_t stop_signal;

static void on_stop(int sig) { stop_signal = sig; }

static void catch_stops(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
}

/* --status: how many of the manifest's documents (of every shard) are done
 * and unchanged; 0 only when all are, for a job that waits on the batch. */
static int say_status(const jx_manifest *m, const jx_batch_totals *t, const char *outdir) {
    size_t done = t->unchanged;
    fprintf(stderr, "jixiao: %zu of %zu documents of %s done in %s%s\n", done, t->total, m->path, outdir,
            done == t->total ? "" : "; the others are to be rendered (again)");
    return done == t->total ? EXIT_OK : EXIT_INPUT;
}

int run_batch(int nfiles, char *const *files, const options *o) {
    jx_diags d;
    jx_diags_init(&d);
    jx_manifest m = {0};
    int k = 0, n = 1;
    if (o->shard && jx_shard_parse(o->shard, &k, &n) != 0) {
        fprintf(stderr, "jixiao: --shard %s: give K/N with 0 <= K < N, as 2/4\n", o->shard);
        return EXIT_USAGE;
    }
    jx_out_kind kind = output_kind(o);
    const char *ext = jx_out_extension(kind);
    int read = d.errors == 0 && (o->manifest ? jx_manifest_read(o->manifest, ext, &m, &d)
                                               : jx_manifest_of_files(files, nfiles, o->outdir, ext, &m, &d)) == 0;
    /* the output folder is made (not its parents: a mistyped path is not silently created) */
    if (read && mkdir(o->outdir, 0755) != 0 && errno != EEXIST) {
        jx_diags_add(&d, JX_ERROR, o->outdir, 0, 0, "", "cannot make the output folder: %s", strerror(errno));
        read = 0;
    }
    progress p = {o, &m, !o->quiet && isatty(STDERR_FILENO), seconds(), 0};
    jx_batch_opts bo = {kind, o->fonts, o->cache, o->outdir, o->layouts, o->layout, o->strict, o->jobs,
                        o->status ? 0 : k, o->status ? 1 : n, o->manifest != NULL, o->status, &stop_signal,
                        o->status ? NULL : on_document, &p, o->fragment};
    jx_batch_totals t = {0};
    if (!o->status) catch_stops();
    int ran = read && jx_batch_run(&bo, &m, &t, &d) == 0;
    print_diags(&d);
    int status = !ran ? (d.errors && read ? EXIT_BATCH : EXIT_INPUT) : t.failed == 0 ? EXIT_OK : EXIT_INPUT;
    /* a batch of web pages is a site: its index, whatever failed */
    if (ran && !o->status && kind == JX_OUT_HTML && jx_site_index(&m, o->outdir, &d) != 0) {
        print_diags(&d);
        status = EXIT_BATCH;
    }
    if (ran && o->status) status = say_status(&m, &t, o->outdir);
    else if (ran) say_totals(o, &m, &t, k, n);
    if (ran && t.stopped) {
        fprintf(stderr, "jixiao: stopped by signal %d: %zu documents not started; a rerun resumes\n", (int)stop_signal, t.pending);
        status = 128 + stop_signal;
    }
    if (!read && o->manifest) status = EXIT_BATCH;
    jx_manifest_free(&m);
    jx_diags_free(&d);
    return status;
}
