/* How many processors this process may use: its CPU affinity (taskset,
 * a Slurm task's cores) and its cgroup's CPU quota (a container's limit),
 * not the machine's count. */
#ifndef JX_BASE_CPUS_H
#define JX_BASE_CPUS_H

int jx_available_cpus(void);

#include <pthread.h>

/* pthread_create, the thread placed on another processor the process may
 * use than the caller's: a render's helper works for milliseconds, and
 * Linux first queues a new thread behind its parent, moving it only at
 * its next balancing (0.1 to 3 ms later, measured). Where there is no
 * other processor, as pthread_create. 0, or the error. */
int jx_thread_beside(pthread_t *thread, void *(*fn)(void *), void *arg);

#endif
