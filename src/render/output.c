#define _GNU_SOURCE /* O_TMPFILE and linkat: a file with no name until it is complete */
#include "render/output.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_all(int fd, const unsigned char *bytes, size_t len) {
    for (size_t done = 0; done < len;) {
        ssize_t n = write(fd, bytes + done, len - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        done += (size_t)n;
    }
    return 0;
}

/* The mode a new file gets: 0666 less the process's umask, read where it
 * can be read without changing it (umask() sets as it reads, which threads
 * writing at once must not do). */
static mode_t file_mode(void) {
    FILE *f = fopen("/proc/self/status", "re");
    char line[128];
    unsigned mask = 022;
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "Umask: %o", &mask) == 1) break;
    if (f) fclose(f);
    return (mode_t)(0666 & ~mask);
}

/* Temporary names: short whatever the target's name (a 250-byte name must
 * be replaceable), and holding the writer's process, so that a later run
 * can remove those a killed one left. */
#define TMP_PREFIX ".jxtmp-"

/* A complete file in the folder of path: first as an unnamed file
 * (O_TMPFILE: a kill leaves nothing behind) linked when written, straight
 * at path when nothing is there (returns 1), else under a temporary name
 * in tmp; where the file system has no unnamed files, a file made
 * exclusively in tmp. */
static int write_beside(const char *path, const unsigned char *bytes, size_t len, char *tmp, size_t tmp_size) {
    const char *slash = strrchr(path, '/');
    char dir[4096];
    int n = slash ? (int)(slash - path) : 1;
    snprintf(dir, sizeof dir, "%.*s", n ? n : 1, slash ? (n ? path : "/") : ".");
    if (snprintf(tmp, tmp_size, "%s/" TMP_PREFIX "%ld-XXXXXX", dir, (long)getpid()) >= (int)tmp_size)
        return errno = ENAMETOOLONG, -1;
    int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666), unnamed = fd >= 0;
    if (!unnamed) fd = mkstemp(tmp);
    if (fd < 0) return -1;
    int rc = (!unnamed && fchmod(fd, file_mode())) || write_all(fd, bytes, len) || fsync(fd) ? -1 : 0;
    if (rc == 0 && unnamed) {
        char proc[64];
        snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
        if (linkat(AT_FDCWD, proc, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0) rc = 1;
        size_t stem = strlen(tmp) - 6;
        for (int k = 0; rc == 0 && k < 100; k++) { /* a name nobody holds */
            unsigned id = (unsigned)((k * 104729L + fd) % 1000000);
            for (int c = 5; c >= 0; c--, id /= 10) tmp[stem + (size_t)c] = (char)('0' + id % 10);
            if ((rc = linkat(AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW)) == 0 || errno != EEXIST) break;
        }
    }
    int err = errno;
    int placed = rc == 1;
    if (close(fd) != 0 && rc >= 0) rc = -1, err = errno;
    if (rc < 0 && placed) unlink(path);
    if (rc < 0 && !unnamed) unlink(tmp);
    errno = err;
    return rc;
}

void jx_output_clean(const char *dir) {
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0) close(fd);
        return;
    }
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (strncmp(e->d_name, TMP_PREFIX, strlen(TMP_PREFIX)) != 0) continue;
        long pid = strtol(e->d_name + strlen(TMP_PREFIX), NULL, 10);
        if (pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH) unlinkat(dirfd(d), e->d_name, 0);
    }
    closedir(d);
}

/* A regular file is replaced whole: renamed over it when complete, so a
 * reader never sees half a document and no link at the target is followed.
 * A device or a pipe (/dev/null, a FIFO) is written directly; "-" is
 * standard output. */
int jx_write_output(const char *path, const void *data, size_t len, char *err, size_t err_size) {
    const unsigned char *bytes = data;
    if (strcmp(path, "-") == 0) {
        if (write_all(STDOUT_FILENO, bytes, len) == 0) return 0;
        return snprintf(err, err_size, "cannot write to standard output: %s", strerror(errno)), -1;
    }
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return snprintf(err, err_size, "is a folder, not a file to write"), -1;
    /* a link is replaced, never written through — but for the system's own
     * (/dev/stdout, /proc/self/fd/1) */
    int system = strncmp(path, "/dev/", 5) == 0 || strncmp(path, "/proc/", 6) == 0;
    if ((system ? stat(path, &st) : lstat(path, &st)) == 0 && !S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
        /* a pipe nobody reads would block for ever: opened without waiting */
        int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0 && errno == ENXIO) return snprintf(err, err_size, "a pipe with no reader: nothing written"), -1;
        int rc = fd < 0 || fcntl(fd, F_SETFL, 0) != 0 ? -1 : write_all(fd, bytes, len);
        int e = errno;
        if (fd >= 0 && close(fd) != 0 && rc == 0) rc = -1, e = errno;
        if (rc) snprintf(err, err_size, "cannot write: %s", strerror(e));
        return rc;
    }
    char tmp[4096];
    int placed = write_beside(path, bytes, len, tmp, sizeof tmp);
    if (placed < 0) return snprintf(err, err_size, "cannot write in its folder: %s", strerror(errno)), -1;
    if (!placed && rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        return snprintf(err, err_size, "cannot write: %s", strerror(e)), -1;
    }
    return 0;
}
