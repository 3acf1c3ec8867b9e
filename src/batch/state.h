/* What a batch has done, kept in its output folder so that a rerun skips
 * what is done and unchanged: an append-only log per shard in
 * DIR/.jixiao-state/, one line per finished document —
 *   id  input-hash  config-hash  output-hash  ok|failed  time  output
 * A line is written (and synced) only after its PDF has its name, so a run
 * killed at any moment has logged nothing it did not finish; a line cut
 * short by the kill is ignored when read. */
#ifndef JX_BATCH_STATE_H
#define JX_BATCH_STATE_H

#include <stddef.h>
#include <stdint.h>

typedef struct jx_state_record {
    char *id;
    uint64_t input, config, output; /* hashes */
    int ok;
    long long time; /* ns since the epoch: the latest record of an id wins */
} jx_state_record;

typedef struct jx_state {
    jx_state_record *records; /* sorted by id, one per id */
    size_t count;
    int log_fd, dir_fd; /* the shard's log, open for appending; the output folder */
} jx_state;

/* Reads every shard's log in dir and opens this shard's for appending
 * (k of n; n = 1: one log for the whole run). 0, or -1 with err. */
int jx_state_open(jx_state *s, const char *dir, int k, int n, char *err, size_t err_size);
void jx_state_close(jx_state *s);
/* The latest record of id, or NULL. */
const jx_state_record *jx_state_find(const jx_state *s, const char *id);
/* Makes the output folder's entries durable, then appends the record and
 * syncs the log. 0, or -1 (errno set). Not thread-safe: one caller at a time. */
int jx_state_append(jx_state *s, const jx_state_record *r, const char *output);

#endif
