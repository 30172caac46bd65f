/* What every program started inside a sandbox gets before it runs: an unprivileged user, no capabilities, the
 * judge's own seccomp filter on top of Docker's default, no core dumps. Shared by runner and interleave, which
 * run as root inside the container (with CAP_SETUID, CAP_SETGID and CAP_KILL only) so that the programs they start
 * can reach neither them nor each other. */
#ifndef ARBITER_POLICY_H
#define ARBITER_POLICY_H

#include <sys/types.h>

/* Candidates' programs run as this user; a reference solution measured next to them as REFERENCE_UID. */
#define CANDIDATE_UID 10001
#define REFERENCE_UID 10002

/* In a forked child, before exec: own process group, oom_score_adj 1000 (the kernel picks the program, never the
 * judge), RLIMIT_CPU as a backstop for cpu_ms, the user uid with no groups and no capabilities, then the seccomp
 * filter. Returns 0, or -1 with errno (the caller must _exit). */
int enter_sandbox(uid_t uid, long long cpu_ms);

/* Installs the seccomp filter only; pinned also denies sched_setaffinity (a program must stay on the CPU it was
 * given: every unprivileged one). */
int install_seccomp(int pinned);

/* SIGKILLs every process whose real or effective uid is in [lo, hi], except the pids in keep, until none is left
 * (a fork bomb keeps forking while it is killed). Returns how many signals were sent. */
int kill_users(uid_t lo, uid_t hi, const pid_t *keep, int nkeep);

/* How many processes (zombies included) have a real or effective uid in [lo, hi], the pids in keep aside. */
int count_users(uid_t lo, uid_t hi, const pid_t *keep, int nkeep);

/* Moves every thread of every process whose real or effective uid is uid onto cpu, the threads they start meanwhile
 * included: 0, or -1 when one could not be moved. As root (with CAP_SETUID), for the measured programs, which the
 * policy keeps from moving themselves. */
int pin_user(uid_t uid, int cpu);

#endif
