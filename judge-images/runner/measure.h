/* What the runner reads about the sandbox and its processes: the container cgroup's CPU time and OOM kills, a
 * process's run delay (time it was runnable but waiting for a CPU) and its peak memory. */
#ifndef ARBITER_MEASURE_H
#define ARBITER_MEASURE_H

#include <sys/types.h>
#include <unistd.h>

long long now_ms(void);

/* CPU time used by the whole container so far in microseconds (cgroup v2 cpu.stat, v1 cpuacct.usage), or -1. */
long long cgroup_cpu_us(void);

/* The cgroup's count of processes killed for lack of memory, or -1. */
long long cgroup_oom_kills(void);

/* How often the cgroup's memory usage hit its limit, or -1. */
long long cgroup_limit_hits(void);

/* The cgroup's memory limit in bytes, or -1 when unlimited or unknown. */
long long cgroup_memory_limit(void);

/* Sum over the threads of a process of /proc/PID/task/TID/schedstat's field 0 (time on a CPU) or 1 (time waiting
 * runnable for one), in ns, or -1 when the process is gone. */
long long schedstat_ns(pid_t pid, int field);

/* Sum over the threads of a process of the time they waited runnable for a CPU, in ns (schedstat), or -1. */
long long run_delay_ns(pid_t pid);

/* A /proc/PID/status value in kB ("VmHWM", "VmRSS"), or -1. */
long long status_kb(pid_t pid, const char *key);

/* Reads a small file without following a symlink in its last component; returns bytes read or -1. */
ssize_t read_small(const char *path, char *buf, size_t size);

#endif
