#define _GNU_SOURCE /* O_CLOEXEC, O_DIRECTORY, dirfd */
#include "batch/state.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/limits.h"
#include "base/buf.h"

#define STATE_DIR ".jixiao-state"

static int cmp_records(const void *a, const void *b) {
    const jx_state_record *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->time > y->time) - (x->time < y->time);
}

/* One log line: 1 parsed into r, 0 not a whole record (cut short by a kill). */
static int parse_record(char *line, jx_state_record *r) {
    char *f[7];
    int n = 0;
    for (char *p = line; n < 7; p = NULL) {
        f[n] = strtok(p, "\t");
        if (!f[n]) break;
        n++;
    }
    if (n != 7 || strlen(f[1]) != 16 || strlen(f[2]) != 16 || strlen(f[3]) != 16) return 0;
    if (strcmp(f[4], "ok") != 0 && strcmp(f[4], "failed") != 0) return 0;
    char *end;
    r->input = strtoull(f[1], &end, 16);
    if (*end) return 0;
    r->config = strtoull(f[2], &end, 16);
    if (*end) return 0;
    r->output = strtoull(f[3], &end, 16);
    if (*end) return 0;
    r->time = strtoll(f[5], &end, 10);
    if (*end) return 0;
    r->ok = strcmp(f[4], "ok") == 0;
    r->id = strdup(f[0]);
    return r->id != NULL;
}

static int read_log(jx_state *s, int dir, const char *name, size_t *cap) {
    int fd = openat(dir, name, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) || !S_ISREG(st.st_mode) || (size_t)st.st_size > JX_MAX_STATE_LOG) {
        if (fd >= 0) close(fd);
        return fd < 0 ? -1 : 0;
    }
    char *text = malloc((size_t)st.st_size + 1);
    ssize_t got = text ? read(fd, text, (size_t)st.st_size) : -1;
    close(fd);
    if (got < 0) return free(text), -1;
    text[got] = '\0';
    for (char *line = text, *nl; (nl = strchr(line, '\n')) != NULL; line = nl + 1) {
        *nl = '\0';
        if (s->count == *cap) {
            size_t more = *cap ? *cap * 2 : 256;
            jx_state_record *r = realloc(s->records, more * sizeof *r);
            if (!r) return free(text), -1;
            s->records = r, *cap = more;
        }
        s->count += (size_t)parse_record(line, &s->records[s->count]);
    }
    free(text);
    return 0;
}

/* Sorted by id and time; the latest of each id kept. */
static void keep_latest(jx_state *s) {
    if (s->count) qsort(s->records, s->count, sizeof *s->records, cmp_records);
    size_t out = 0;
    for (size_t i = 0; i < s->count; i++) {
        if (out && strcmp(s->records[out - 1].id, s->records[i].id) == 0) {
            free(s->records[out - 1].id);
            s->records[out - 1] = s->records[i];
        } else {
            s->records[out++] = s->records[i];
        }
    }
    s->count = out;
}

static int read_logs(jx_state *s, int states) {
    int copy = dup(states); /* closedir closes it */
    DIR *dir = copy >= 0 ? fdopendir(copy) : NULL;
    if (!dir) {
        if (copy >= 0) close(copy);
        return -1;
    }
    size_t cap = 0;
    int rc = 0;
    for (struct dirent *e; rc == 0 && (e = readdir(dir)) != NULL;) {
        size_t n = strlen(e->d_name);
        if (n > 4 && strcmp(e->d_name + n - 4, ".tsv") == 0) rc = read_log(s, states, e->d_name, &cap);
    }
    closedir(dir);
    if (rc == 0) keep_latest(s);
    return rc;
}

/* A record cut short by a kill ends without its newline: the next record
 * starts on a line of its own, never glued to it. */
static int end_line(int fd, const struct stat *st) {
    char last = '\n';
    if (st->st_size > 0 && pread(fd, &last, 1, st->st_size - 1) != 1) return -1;
    return last == '\n' || write(fd, "\n", 1) == 1 ? 0 : -1;
}

int jx_state_open(jx_state *s, const char *dir, int k, int n, char *err, size_t err_size) {
    memset(s, 0, sizeof *s);
    s->log_fd = s->dir_fd = -1;
    char path[4096], name[64];
    snprintf(path, sizeof path, "%s/%s", dir, STATE_DIR);
    if (n > 1)
        snprintf(name, sizeof name, "shard-%d-of-%d.tsv", k, n);
    else
        snprintf(name, sizeof name, "all.tsv");
    s->dir_fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (s->dir_fd < 0 || (mkdirat(s->dir_fd, STATE_DIR, 0777) != 0 && errno != EEXIST)) {
        snprintf(err, err_size, "cannot keep the batch's state in %s: %s", s->dir_fd < 0 ? "the folder" : STATE_DIR,
                 strerror(errno));
        return jx_state_close(s), -1;
    }
    /* a link planted in its place would take the log out of the folder */
    int states = openat(s->dir_fd, STATE_DIR, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (states < 0) {
        snprintf(err, err_size, "%s is not a folder of this output folder (a link?): %s; remove it", path, strerror(errno));
        return jx_state_close(s), -1;
    }
    int rc = read_logs(s, states);
    if (rc == 0) s->log_fd = openat(states, name, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0666);
    close(states);
    struct stat st;
    int regular = s->log_fd >= 0 && fstat(s->log_fd, &st) == 0 && S_ISREG(st.st_mode);
    if (rc || !regular || end_line(s->log_fd, &st) != 0) {
        snprintf(err, err_size, "cannot read or append the batch's state %s/%s: %s", STATE_DIR, name,
                 s->log_fd >= 0 && !regular ? "not a regular file" : strerror(errno));
        return jx_state_close(s), -1;
    }
    return 0;
}

void jx_state_close(jx_state *s) {
    if (!s) return;
    for (size_t i = 0; i < s->count; i++) free(s->records[i].id);
    free(s->records);
    if (s->log_fd >= 0) close(s->log_fd);
    if (s->dir_fd >= 0) close(s->dir_fd);
    memset(s, 0, sizeof *s);
    s->log_fd = s->dir_fd = -1;
}

const jx_state_record *jx_state_find(const jx_state *s, const char *id) {
    size_t lo = 0, hi = s->count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(s->records[mid].id, id);
        if (c == 0) return &s->records[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

int jx_state_append(jx_state *s, const jx_state_record *r, const char *output) {
    char line[512];
    int n = snprintf(line, sizeof line, "%s\t%016" PRIx64 "\t%016" PRIx64 "\t%016" PRIx64 "\t%s\t%lld\t%s\n", r->id,
                     r->input, r->config, r->output, r->ok ? "ok" : "failed", r->time, output);
    if (n < 0 || (size_t)n >= sizeof line) return errno = ENAMETOOLONG, -1;
    /* the rename that named the output must reach the disk before the line that says it is done */
    if (fsync(s->dir_fd) != 0 && errno != EINVAL) return -1;
    if (write(s->log_fd, line, (size_t)n) != n) return -1;
    return fsync(s->log_fd);
}
