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
