#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include "base/cpus.h"

#include <sched.h>
#include <stdio.h>
#include <unistd.h>

/* cgroup v2's cpu.max: "max 100000" (no limit) or "150000 100000" (1.5 CPUs). */
static int cgroup_cpus(void) {
    FILE *f = fopen("/sys/fs/cgroup/cpu.max", "re");
    long quota = 0, period = 0;
    int n = f ? fscanf(f, "%ld %ld", &quota, &period) : 0;
    if (f) fclose(f);
    if (n != 2 || quota <= 0 || period <= 0) return 0;
    return (int)((quota + period - 1) / period);
}

int jx_available_cpus(void) {
    cpu_set_t set;
    int cpus = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : (int)sysconf(_SC_NPROCESSORS_ONLN);
    int quota = cgroup_cpus();
    if (quota > 0 && quota < cpus) cpus = quota;
    return cpus > 0 ? cpus : 1;
}

int jx_thread_beside(pthread_t *thread, void *(*fn)(void *), void *arg) {
    cpu_set_t set;
    int here = sched_getcpu();
    pthread_attr_t attr;
    int placed = here >= 0 && sched_getaffinity(0, sizeof set, &set) == 0 && CPU_ISSET(here, &set) && CPU_COUNT(&set) > 1 &&
                 pthread_attr_init(&attr) == 0;
    if (!placed) return pthread_create(thread, NULL, fn, arg);
    CPU_CLR(here, &set);
    int rc = pthread_attr_setaffinity_np(&attr, sizeof set, &set) == 0 ? pthread_create(thread, &attr, fn, arg)
                                                                     : pthread_create(thread, NULL, fn, arg);
    pthread_attr_destroy(&attr);
    return rc;
}
