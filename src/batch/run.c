#define _GNU_SOURCE /* clock_gettime's CLOCK_REALTIME under -std=c11 */
#include "batch/run.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/cpus.h"
#include "base/hash.h"
#include "render/output.h"
#include "batch/state.h"

/* The layout a line names (NULL: the run's), read once for all threads. */
typedef struct shelf_slot {
    const char *name;
    jx_shelf *shelf;
    uint64_t config; /* the layout files, the fonts, the program, --strict */
} shelf_slot;

typedef struct job {
    const jx_manifest_item *item;
    const shelf_slot *slot;
    jx_batch_outcome outcome;
    jx_diags diags;
    jx_rendered done;
    uint64_t input, output; /* hashes */
    int finished;
} job;

typedef struct run {
    const jx_batch_opts *o;
    job *jobs;
    size_t njobs, next, reported;
    shelf_slot *slots;
    size_t nslots;
    jx_fontset fonts;
    int have_fonts;
    jx_state state;
    int have_state;
    int stopped; /* documents were left for a rerun */
    jx_batch_totals *totals;
    pthread_mutex_t lock;
} run;

static const shelf_slot *slot_for(run *r, const char *name) {
    for (size_t i = 0; i < r->nslots; i++)
        if ((!name && !r->slots[i].name) || (name && r->slots[i].name && strcmp(name, r->slots[i].name) == 0))
            return &r->slots[i];
    return NULL;
}

/* One shelf per layout the documents name, and its configuration hash. */
static int open_shelves(run *r) {
    r->slots = calloc(r->njobs + 1, sizeof *r->slots);
    if (!r->slots) return -1;
    uint64_t fonts = r->have_fonts ? jx_fontset_hash(&r->fonts) : 0;
    for (size_t i = 0; i < r->njobs; i++) {
        const char *name = r->jobs[i].item->layout ? r->jobs[i].item->layout : r->o->layout;
        const shelf_slot *found = slot_for(r, name);
        if (!found) {
            shelf_slot *s = &r->slots[r->nslots++];
            s->name = name;
            s->shelf = jx_shelf_open(r->o->layouts_dir, name, r->o->cache);
            if (!s->shelf) return -1;
            jx_hash h;
            jx_hash_init(&h);
            uint64_t facts[3] = {jx_shelf_hash(s->shelf), fonts, (uint64_t)r->o->strict};
            jx_hash_add_str(&h, JIXIAO_VERSION);
            jx_hash_add(&h, facts, sizeof facts);
            s->config = jx_hash_final(&h);
            found = s;
        }
        r->jobs[i].slot = found;
    }
    return 0;
}

static char *output_path(const char *dir, const char *name) {
    char *p = malloc(strlen(dir) + strlen(name) + 2);
    if (p) sprintf(p, "%s/%s", dir, name);
    return p;
}

/* A document is unchanged when its input, its layouts (and the images they
 * draw), the fonts and the options are those logged, and its output is the
 * regular file of every byte logged: a PDF cut short, deleted, replaced by
 * a link or never logged with a hash is made again. */
static int unchanged(const run *r, const job *j, const char *out) {
    if (!r->have_state) return 0;
    const jx_state_record *rec = jx_state_find(&r->state, j->item->id);
    uint64_t now;
    return rec && rec->ok && rec->output != 0 && rec->input == j->input && rec->config == j->slot->config &&
           jx_hash_file(out, &now) == 0 && now == rec->output;
}

static void process(run *r, job *j) {
    const jx_batch_opts *o = r->o;
    jx_diags_init(&j->diags);
    j->diags.warnings_as_errors = o->strict;
    j->outcome = JX_BATCH_FAILED;
    unsigned char *data = NULL;
    size_t len = 0;
    char *out = output_path(o->outdir, j->item->output);
    if (!out) {
        jx_diags_add(&j->diags, JX_ERROR, j->item->input, 0, 0, "", "out of memory");
    } else if (jx_read_file(j->item->input, &data, &len, &j->diags) == 0) {
        j->input = jx_hash_bytes(data, len);
        if (unchanged(r, j, out)) {
            j->outcome = JX_BATCH_UNCHANGED;
        } else if (o->status_only) {
            j->outcome = JX_BATCH_PENDING;
        } else {
            jx_out_kind kind = o->kind;
            (void)jx_out_kind_of_name(out, &kind); /* the line's own extension wins */
            jx_render_opts ro = {.kind = kind, .fonts_dir = o->fonts_dir, .cache = o->cache, .output = out, .outdir = o->outdir,
                                  .fonts = r->have_fonts ? &r->fonts : NULL, .fragment = o->fragment};
            jx_input in = {j->item->input, data, len};
            if (jx_render(&ro, j->slot->shelf, &in, 1, &j->done, &j->diags) == 0) {
                if (jx_hash_file(out, &j->output) != 0) j->output = 0; /* logged as unknown: made again next time */
                j->outcome = JX_BATCH_RENDERED;
            } else if (o->resume) {
                unlink(out); /* an earlier run's output no longer stands for this input */
            }
        }
    }
    free(data);
    free(out);
}

static void log_outcome(run *r, job *j) {
    if (!r->have_state || j->outcome == JX_BATCH_UNCHANGED || j->outcome == JX_BATCH_PENDING) return;
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    jx_state_record rec = {j->item->id, j->input, j->slot->config, j->output, j->outcome == JX_BATCH_RENDERED,
                           (long long)now.tv_sec * 1000000000LL + now.tv_nsec};
    if (jx_state_append(&r->state, &rec, j->item->output) != 0)
        jx_diags_add(&j->diags, JX_WARNING, r->o->outdir, 0, 0, "",
                     "%s: the batch's state could not be written; a rerun will render it again", j->item->id);
}

/* Reports the finished documents that have no unfinished one before them. */
static void report_in_order(run *r) {
    for (; r->reported < r->njobs && r->jobs[r->reported].finished; r->reported++) {
        job *j = &r->jobs[r->reported];
        jx_batch_totals *t = r->totals;
        t->rendered += j->outcome == JX_BATCH_RENDERED;
        t->unchanged += j->outcome == JX_BATCH_UNCHANGED;
        t->failed += j->outcome == JX_BATCH_FAILED;
        t->pending += j->outcome == JX_BATCH_PENDING;
        jx_batch_event e = {j->item, j->outcome, &j->diags, &j->done, r->reported + 1, r->njobs, t->failed};
        if (r->o->report) r->o->report(r->o->ctx, &e);
        jx_diags_free(&j->diags);
        jx_rendered_free(&j->done);
    }
}

static void *worker(void *arg) {
    run *r = arg;
    for (;;) {
        pthread_mutex_lock(&r->lock);
        /* asked to stop (SIGTERM): no new document; those under way finish */
        if (r->o->stop && *r->o->stop) r->next = r->njobs, r->stopped = 1;
        size_t i = r->next < r->njobs ? r->next++ : r->njobs;
        pthread_mutex_unlock(&r->lock);
        if (i == r->njobs) return NULL;
        job *j = &r->jobs[i];
        process(r, j);
        pthread_mutex_lock(&r->lock);
        log_outcome(r, j);
        j->finished = 1;
        report_in_order(r);
        pthread_mutex_unlock(&r->lock);
    }
}

static void run_threads(run *r) {
    int cpus = jx_available_cpus();
    size_t want = r->o->jobs > 0 ? (size_t)r->o->jobs : (size_t)(cpus < 8 ? cpus : 8);
    if (want > r->njobs) want = r->njobs;
    if (want > 64) want = 64;
    pthread_t threads[64];
    size_t started = 0;
    for (; started < want; started++)
        if (pthread_create(&threads[started], NULL, worker, r) != 0) break;
    if (started == 0) worker(r);
    for (size_t t = 0; t < started; t++) pthread_join(threads[t], NULL);
}

static int start(run *r, const jx_manifest *m, jx_diags *d) {
    const jx_batch_opts *o = r->o;
    r->jobs = calloc(m->count ? m->count : 1, sizeof *r->jobs);
    if (!r->jobs) return jx_diags_add(d, JX_ERROR, o->outdir, 0, 0, "", "out of memory"), -1;
    for (size_t i = 0; i < m->count; i++)
        if (jx_shard_takes(i, o->shard_k, o->shard_n)) r->jobs[r->njobs++].item = &m->items[i];
    char err[512];
    /* faces that cannot be opened here are opened, and refused, per document */
    r->have_fonts = o->kind != JX_OUT_TREE && jx_fontset_open(&r->fonts, o->fonts_dir, o->cache, err, sizeof err) == 0;
    /* a font file replaced while a long run goes on must not fault it */
    if (r->have_fonts && jx_fontset_hold(&r->fonts) != 0)
        return jx_diags_add(d, JX_ERROR, o->outdir, 0, 0, "", "out of memory holding the fonts"), -1;
    jx_output_clean(o->outdir); /* what a killed run left between writing and renaming */
    if (o->resume) {
        if (jx_state_open(&r->state, o->outdir, o->shard_k, o->shard_n, err, sizeof err) != 0)
            return jx_diags_add(d, JX_ERROR, o->outdir, 0, 0, "", "%s", err), -1;
        r->have_state = 1;
    }
    if (open_shelves(r) != 0) return jx_diags_add(d, JX_ERROR, o->outdir, 0, 0, "", "out of memory"), -1;
    return 0;
}

int jx_batch_run(const jx_batch_opts *o, const jx_manifest *m, jx_batch_totals *totals, jx_diags *d) {
    memset(totals, 0, sizeof *totals);
    run r = {.o = o, .totals = totals, .lock = PTHREAD_MUTEX_INITIALIZER};
    int rc = start(&r, m, d);
    totals->total = r.njobs;
    if (rc == 0) run_threads(&r);
    totals->stopped = r.stopped;
    totals->pending += r.njobs - r.reported; /* never started: a stop */
    for (size_t i = 0; i < r.nslots; i++) jx_shelf_close(r.slots[i].shelf);
    free(r.slots);
    if (r.have_state) jx_state_close(&r.state);
    if (r.have_fonts) jx_fontset_close(&r.fonts);
    free(r.jobs);
    return rc;
}
