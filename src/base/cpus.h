/* How many processors this process may use: its CPU affinity (taskset,
 * a Slurm task's cores) and its cgroup's CPU quota (a container's limit),
 * not the machine's count. */
#ifndef JX_BASE_CPUS_H
#define JX_BASE_CPUS_H

int jx_available_cpus(void);

#endif
