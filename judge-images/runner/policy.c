/* The sandbox policy applied to each program a judge process starts (policy.h). */
#define _GNU_SOURCE
#include "policy.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#ifndef SYS_io_uring_setup
#define SYS_io_uring_setup 425
#endif
#ifndef SYS_io_uring_enter
#define SYS_io_uring_enter 426
#endif
#ifndef SYS_io_uring_register
#define SYS_io_uring_register 427
#endif
#ifndef SYS_pidfd_getfd
#define SYS_pidfd_getfd 438
#endif

#if defined(__x86_64__)
#define NATIVE_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define NATIVE_ARCH AUDIT_ARCH_AARCH64
#else
#error "runner: unsupported architecture"
#endif

/* Denied on top of Docker's default profile (filters stack; the stricter answer wins): reaching into other
 * processes (ptrace, process_vm_*, pidfd_getfd), kernel surfaces a solution never needs and exploits often use
 * (io_uring, bpf, userfaultfd, perf_event_open, the key store); for unprivileged programs also changing their CPU
 * affinity. Each fails with EPERM. */
static const long DENIED[] = {
    SYS_ptrace, SYS_process_vm_readv, SYS_process_vm_writev, SYS_pidfd_getfd,
    SYS_io_uring_setup, SYS_io_uring_enter, SYS_io_uring_register,
    SYS_bpf, SYS_userfaultfd, SYS_perf_event_open,
    SYS_keyctl, SYS_add_key, SYS_request_key,
    SYS_sched_setaffinity, /* last: left out for the judge's own tools (install_seccomp's pinned) */
};
#define NDENIED ((int) (sizeof DENIED / sizeof DENIED[0]))

int install_seccomp(int pinned) {
    /* a measured program runs on the CPU interleave pinned it to, next to the program it is compared with: it must
     * not move itself to another (whose memory may be faster) */
    const int nd = pinned ? NDENIED : NDENIED - 1;
    struct sock_filter prog[8 + NDENIED];
    int n = 0;
    /* a syscall of another ABI (32-bit int 0x80) would bypass the numbers below: kill the process instead */
    prog[n++] = (struct sock_filter) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
    prog[n++] = (struct sock_filter) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_ARCH, 1, 0);
    prog[n++] = (struct sock_filter) BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
    prog[n++] = (struct sock_filter) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
#if defined(__x86_64__)
    /* x32 numbers alias the 64-bit ones with bit 30 set */
    prog[n++] = (struct sock_filter) BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, (unsigned) nd + 1, 0);
#endif
    for (int i = 0; i < nd; i++) {
        /* matched: jump over the remaining comparisons and the ALLOW to the ERRNO return */
        prog[n++] = (struct sock_filter) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (unsigned) DENIED[i], (unsigned) (nd - i), 0);
    }
    prog[n++] = (struct sock_filter) BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    prog[n++] = (struct sock_filter) BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA));
    struct sock_fprog fprog = {(unsigned short) n, prog};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -1;
    return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &fprog, 0, 0);
}

int enter_sandbox(uid_t uid, long long cpu_ms) {
    if (setpgid(0, 0) != 0) return -1;
    int adj = open("/proc/self/oom_score_adj", O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    if (adj >= 0) {
        if (write(adj, "1000", 4) < 0) { /* best effort: the cgroup limit still holds */ }
        close(adj);
    }
    if (cpu_ms > 0) {
        rlim_t cpu_s = (rlim_t) ((cpu_ms + 999) / 1000 + 1);
        struct rlimit cpu = {cpu_s, cpu_s + 1};
        setrlimit(RLIMIT_CPU, &cpu);
    }
    struct rlimit core = {0, 0};
    setrlimit(RLIMIT_CORE, &core);
    /* the judge's own tools keep root to start programs, and interleave pins itself and them to one CPU */
    if (uid == 0) return install_seccomp(0);
    if (setgroups(0, NULL) != 0) return -1;
    if (setresgid(uid, uid, uid) != 0) return -1;
    if (setresuid(uid, uid, uid) != 0) return -1;
    /* leaving uid 0 for good clears every capability; check rather than trust it */
    if (getuid() != uid || geteuid() != uid || setresuid(0, 0, 0) == 0) { errno = EPERM; return -1; }
    prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    return install_seccomp(1);
}

/* The real and effective uid of a process, from /proc/PID/status; -1 when it is gone. */
static int process_uids(const char *pid, long *real, long *effective) {
    char path[300], buf[2048];
    snprintf(path, sizeof path, "/proc/%s/status", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t len = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (len <= 0) return -1;
    buf[len] = '\0';
    char *line = strstr(buf, "\nUid:");
    if (!line) return -1;
    return sscanf(line + 5, "%ld %ld", real, effective) == 2 ? 0 : -1;
}

int kill_users(uid_t lo, uid_t hi, const pid_t *keep, int nkeep) {
    int sent = 0;
    for (int round = 0; round < 200; round++) {
        DIR *proc = opendir("/proc");
        if (!proc) return sent;
        int found = 0;
        struct dirent *e;
        while ((e = readdir(proc)) != NULL) {
            if (e->d_name[0] < '1' || e->d_name[0] > '9') continue;
            pid_t pid = (pid_t) atoi(e->d_name);
            int kept = 0;
            for (int k = 0; k < nkeep; k++) if (keep[k] == pid) kept = 1;
            long real, effective;
            if (kept || process_uids(e->d_name, &real, &effective) != 0) continue;
            int in_range = (real >= (long) lo && real <= (long) hi) || (effective >= (long) lo && effective <= (long) hi);
            if (!in_range) continue;
            /* a zombie is already dead; only its parent's wait removes it */
            char path[300], state[256];
            snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
            int fd = open(path, O_RDONLY | O_CLOEXEC);
            ssize_t n = fd >= 0 ? read(fd, state, sizeof state - 1) : -1;
            if (fd >= 0) close(fd);
            if (n > 0) {
                state[n] = '\0';
                char *p = strrchr(state, ')');
                if (p && (p[2] == 'Z' || p[2] == 'X')) continue;
            }
            if (kill(pid, SIGKILL) == 0) { found++; sent++; }
        }
        closedir(proc);
        if (!found) break;
        struct timespec pause = {0, 1000000};
        nanosleep(&pause, NULL);
    }
    return sent;
}

int count_users(uid_t lo, uid_t hi, const pid_t *keep, int nkeep) {
    DIR *proc = opendir("/proc");
    if (!proc) return 0;
    int found = 0;
    struct dirent *e;
    while ((e = readdir(proc)) != NULL) {
        if (e->d_name[0] < '1' || e->d_name[0] > '9') continue;
        pid_t pid = (pid_t) atoi(e->d_name);
        int kept = 0;
        for (int k = 0; k < nkeep; k++) if (keep[k] == pid) kept = 1;
        long real, effective;
        if (kept || process_uids(e->d_name, &real, &effective) != 0) continue;
        if ((real >= (long) lo && real <= (long) hi) || (effective >= (long) lo && effective <= (long) hi)) found++;
    }
    closedir(proc);
    return found;
}

/* Moves the threads of process pid that are elsewhere onto the one CPU, once: how many it moved, -1 when one refused. */
static int pin_threads(const char *pid, const cpu_set_t *one) {
    char path[300];
    snprintf(path, sizeof path, "/proc/%s/task", pid);
    DIR *tasks = opendir(path);
    if (!tasks) return 0; /* gone */
    int moved = 0;
    struct dirent *t;
    while ((t = readdir(tasks)) != NULL && moved >= 0) {
        if (t->d_name[0] < '1' || t->d_name[0] > '9') continue;
        pid_t tid = (pid_t) atoi(t->d_name);
        cpu_set_t now;
        if (sched_getaffinity(tid, sizeof now, &now) != 0 || CPU_EQUAL(&now, one)) continue;
        if (sched_setaffinity(tid, sizeof *one, one) == 0) moved++;
        else if (errno != ESRCH) moved = -1;
    }
    closedir(tasks);
    return moved;
}

int pin_user(uid_t uid, int cpu) {
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    /* moving another user's threads takes that user's effective uid (no CAP_SYS_NICE here); the real and saved uid
     * stay root's, so the user's programs cannot signal this process meanwhile, and root's comes back after */
    uid_t own = geteuid();
    if (own != uid && setresuid((uid_t) -1, uid, (uid_t) -1) != 0) return -1;
    int result = -1;
    /* a thread started by one not yet moved may be missed by a pass: passes go on until one moves nothing */
    for (int round = 0; round < 200 && result < 0; round++) {
        DIR *proc = opendir("/proc");
        if (!proc) break;
        int moved = 0;
        struct dirent *e;
        while ((e = readdir(proc)) != NULL && moved >= 0) {
            if (e->d_name[0] < '1' || e->d_name[0] > '9') continue;
            long real, effective;
            if (process_uids(e->d_name, &real, &effective) != 0) continue;
            if (real != (long) uid && effective != (long) uid) continue;
            int n = pin_threads(e->d_name, &one);
            moved = n < 0 ? -1 : moved + n;
        }
        closedir(proc);
        if (moved < 0) break;
        if (moved == 0) result = 0;
    }
    if (own != uid && setresuid((uid_t) -1, own, (uid_t) -1) != 0) return -1;
    return result;
}
