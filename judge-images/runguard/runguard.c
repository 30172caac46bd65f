/* runguard: runs one command with CPU, wall-clock and output limits inside an Arbiter sandbox and reports
 * what it used. Protocol (judge-images/README.md):
 *
 *   runguard --cpu-ms N --wall-ms N --output-bytes N [--stdin FILE] -- CMD ARGS...
 *
 * prints ONE line of JSON, then exactly stdout_bytes of the command's stdout, stderr_bytes of its stderr and
 * result_bytes of what it wrote to fd 3. Exit status 0 when the report was written, 64..79 on usage or setup
 * errors (message on stderr, no report). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define STDERR_KEEP (64 * 1024)
#define POLL_MS 5
#define LINGER_MS 200 /* how long pipes may stay open after the command exited (daemonized leftovers) */

typedef struct { char *data; size_t len, cap, total; } buffer;

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* Reads a small file without following a symlink in its last component; returns bytes read or -1. */
static ssize_t read_small(const char *path, char *buf, size_t size) {
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return -1;
    size_t len = 0;
    while (len + 1 < size) {
        ssize_t n = read(fd, buf + len, size - 1 - len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        len += (size_t) n;
    }
    close(fd);
    buf[len] = '\0';
    return (ssize_t) len;
}

/* The value of "key N" in a flat keyed file (cpu.stat, memory.events, memory.oom_control), or -1. */
static long long keyed_value(const char *path, const char *key) {
    char buf[4096];
    if (read_small(path, buf, sizeof buf) < 0) return -1;
    size_t klen = strlen(key);
    for (char *line = buf; line && *line; ) {
        if (strncmp(line, key, klen) == 0 && line[klen] == ' ') return atoll(line + klen + 1);
        line = strchr(line, '\n');
        if (line) line++;
    }
    return -1;
}

/* A file holding one number (cpuacct.usage, memory.limit_in_bytes, memory.max), or -1 ("max" is -1 too). */
static long long single_value(const char *path) {
    char buf[64];
    if (read_small(path, buf, sizeof buf) <= 0) return -1;
    if (buf[0] < '0' || buf[0] > '9') return -1;
    return atoll(buf);
}

/* CPU time used by the whole container so far, in microseconds, or -1 when no cgroup file is readable. */
static long long cgroup_cpu_us(void) {
    long long v = keyed_value("/sys/fs/cgroup/cpu.stat", "usage_usec");
    if (v >= 0) return v;
    const char *v1[] = {"/sys/fs/cgroup/cpuacct/cpuacct.usage", "/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage",
                        "/sys/fs/cgroup/cpuacct,cpu/cpuacct.usage", NULL};
    for (int i = 0; v1[i]; i++) {
        long long ns = single_value(v1[i]);
        if (ns >= 0) return ns / 1000;
    }
    return -1;
}

/* The cgroup's count of processes killed for lack of memory, or -1. */
static long long cgroup_oom_kills(void) {
    long long v = keyed_value("/sys/fs/cgroup/memory.events", "oom_kill");
    if (v >= 0) return v;
    return keyed_value("/sys/fs/cgroup/memory/memory.oom_control", "oom_kill");
}

/* How often the cgroup's memory usage hit its limit (v2 memory.events "max", v1 memory.failcnt), or -1. */
static long long cgroup_limit_hits(void) {
    long long v = keyed_value("/sys/fs/cgroup/memory.events", "max");
    if (v >= 0) return v;
    return single_value("/sys/fs/cgroup/memory/memory.failcnt");
}

/* The cgroup's memory limit in bytes, or -1 when unlimited or unknown. */
static long long cgroup_memory_limit(void) {
    long long v = single_value("/sys/fs/cgroup/memory.max");
    if (v > 0) return v;
    v = single_value("/sys/fs/cgroup/memory/memory.limit_in_bytes");
    if (v > 0 && v < (1LL << 60)) return v;
    return -1;
}

/* utime+stime of a process and its waited-for children, in microseconds (fallback without cgroups). */
static long long proc_cpu_us(pid_t pid) {
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int) pid);
    if (read_small(path, buf, sizeof buf) <= 0) return -1;
    char *p = strrchr(buf, ')'); /* the command name may contain spaces and parentheses */
    if (!p) return -1;
    p++;
    unsigned long long utime = 0, stime = 0;
    long long cutime = 0, cstime = 0;
    /* after ")": state(3) ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime(14) stime cutime cstime */
    if (sscanf(p, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %lld %lld",
               &utime, &stime, &cutime, &cstime) != 4) return -1;
    long hz = sysconf(_SC_CLK_TCK);
    if (hz <= 0) hz = 100;
    return (long long) (utime + stime + cutime + cstime) * 1000000LL / hz;
}

static void append(buffer *b, const char *src, size_t n, size_t keep) {
    b->total += n;
    if (b->len >= keep) return;
    if (n > keep - b->len) n = keep - b->len;
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 65536;
        while (cap < b->len + n) cap *= 2;
        if (cap > keep) cap = keep;
        char *data = realloc(b->data, cap);
        if (!data) { fprintf(stderr, "runguard: out of memory\n"); exit(70); }
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, src, n);
    b->len += n;
}

/* Every process this user may signal except runguard itself and PID 1 (daemonized leftovers, fork-bomb
 * remnants). Never as root, where -1 would mean every process of the container. */
static void kill_leftovers(pid_t child) {
    if (child > 0) kill(-child, SIGKILL);
    if (getuid() != 0) kill(-1, SIGKILL);
}

static void usage(const char *why) {
    fprintf(stderr, "runguard: %s\nusage: runguard --cpu-ms N --wall-ms N --output-bytes N [--stdin FILE] -- CMD ARGS...\n", why);
    exit(64);
}

static long long number_arg(const char *name, const char *text) {
    char *end;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (errno || *text == '\0' || *end != '\0' || v <= 0) {
        fprintf(stderr, "runguard: %s needs a positive integer, got '%s'\n", name, text);
        exit(64);
    }
    return v;
}

static int write_all(int fd, const char *data, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        data += n;
        len -= (size_t) n;
    }
    return 0;
}

/* Moves fd to a number >= 10 so that the dup2 calls in the child cannot clobber it. */
static int high_fd(int fd) {
    int moved = fcntl(fd, F_DUPFD_CLOEXEC, 10);
    if (moved < 0) { perror("runguard: fcntl"); exit(71); }
    close(fd);
    return moved;
}

int main(int argc, char **argv) {
    long long cpu_ms = 0, wall_ms = 0, out_cap = 0;
    const char *stdin_file = NULL;
    int i = 1;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) { i++; break; }
        if (i + 1 >= argc) usage("missing value or command");
        if (strcmp(argv[i], "--cpu-ms") == 0) cpu_ms = number_arg("--cpu-ms", argv[++i]);
        else if (strcmp(argv[i], "--wall-ms") == 0) wall_ms = number_arg("--wall-ms", argv[++i]);
        else if (strcmp(argv[i], "--output-bytes") == 0) out_cap = number_arg("--output-bytes", argv[++i]);
        else if (strcmp(argv[i], "--stdin") == 0) stdin_file = argv[++i];
        else usage("unknown option");
    }
    if (!cpu_ms || !wall_ms || !out_cap) usage("--cpu-ms, --wall-ms and --output-bytes are required");
    if (i >= argc) usage("no command after --");
    char **cmd = argv + i;

    /* The program's own processes must not reach us: no ptrace, no /proc/<runguard>/fd/1 (forged reports). */
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    /* Orphaned descendants are re-parented to us, not to the idle PID 1 that never reaps (zombies would eat the
     * pids limit), and their resource usage counts. */
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);

    /* O_NONBLOCK: a FIFO planted in place of the input must not hang us; it is refused below. */
    int in_fd = open(stdin_file ? stdin_file : "/dev/null", O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (in_fd < 0) {
        fprintf(stderr, "runguard: cannot open stdin file %s: %s\n", stdin_file ? stdin_file : "/dev/null", strerror(errno));
        return 66;
    }
    struct stat st;
    if (fstat(in_fd, &st) != 0 || (stdin_file ? !S_ISREG(st.st_mode) : !S_ISCHR(st.st_mode))) {
        fprintf(stderr, "runguard: stdin file %s is not a regular file\n", stdin_file ? stdin_file : "/dev/null");
        return 66;
    }
    fcntl(in_fd, F_SETFL, fcntl(in_fd, F_GETFL) & ~O_NONBLOCK);
    in_fd = high_fd(in_fd);
    int pipes[3][2];
    for (int p = 0; p < 3; p++) {
        if (pipe2(pipes[p], O_CLOEXEC) != 0) { perror("runguard: pipe"); return 71; }
        pipes[p][0] = high_fd(pipes[p][0]);
        pipes[p][1] = high_fd(pipes[p][1]);
    }

    long long mem_limit = cgroup_memory_limit();
    long long cpu0 = cgroup_cpu_us(), oom0 = cgroup_oom_kills(), hits0 = cgroup_limit_hits();
    long long start = now_ms();
    signal(SIGPIPE, SIG_IGN);

    pid_t child = fork();
    if (child < 0) { perror("runguard: fork"); return 71; }
    if (child == 0) {
        setpgid(0, 0);
        signal(SIGPIPE, SIG_DFL);
        if (dup2(in_fd, 0) < 0 || dup2(pipes[0][1], 1) < 0 || dup2(pipes[1][1], 2) < 0 || dup2(pipes[2][1], 3) < 0) _exit(127);
#ifdef SYS_close_range
        if (syscall(SYS_close_range, 4U, ~0U, 0U) != 0)
#endif
            for (int fd = 4; fd < 1024; fd++) close(fd);
        rlim_t cpu_s = (rlim_t) ((cpu_ms + 999) / 1000 + 1);
        struct rlimit cpu = {cpu_s, cpu_s + 1};
        setrlimit(RLIMIT_CPU, &cpu);
        struct rlimit core = {0, 0};
        setrlimit(RLIMIT_CORE, &core);
        /* if the container runs out of memory, the kernel should pick the program, not runguard. The child inherited
         * runguard's non-dumpable state, which makes its /proc files root's: undo that first (execve would anyway) */
        prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
        int adj = open("/proc/self/oom_score_adj", O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
        if (adj >= 0) { if (write(adj, "1000", 4) < 0) { /* best effort */ } close(adj); }
        execvp(cmd[0], cmd);
        fprintf(stderr, "runguard: cannot run %s: %s\n", cmd[0], strerror(errno));
        _exit(127);
    }
    setpgid(child, child);
    close(in_fd);
    for (int p = 0; p < 3; p++) {
        close(pipes[p][1]);
        fcntl(pipes[p][0], F_SETFL, fcntl(pipes[p][0], F_GETFL) | O_NONBLOCK);
    }

    buffer bufs[3] = {{0}};
    size_t keep[3] = {(size_t) out_cap, STDERR_KEEP, (size_t) out_cap};
    struct pollfd fds[3];
    for (int p = 0; p < 3; p++) { fds[p].fd = pipes[p][0]; fds[p].events = POLLIN; }
    const char *status = "ok";
    int exited = 0, wstatus = 0, killed = 0;
    long long exited_at = 0, last_check = 0, proc_cpu = 0;
    static char chunk[1 << 16];

    for (;;) {
        int open_fds = 0;
        for (int p = 0; p < 3; p++) if (fds[p].fd >= 0) open_fds++;
        if (exited && open_fds == 0) break;
        if (open_fds > 0) {
            if (poll(fds, 3, POLL_MS) < 0 && errno != EINTR) { perror("runguard: poll"); break; }
        } else {
            usleep(POLL_MS * 1000);
        }
        for (int p = 0; p < 3; p++) {
            if (fds[p].fd < 0 || !(fds[p].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            for (int rounds = 0; rounds < 16; rounds++) { /* bounded, so the limits are still checked in a flood */
                ssize_t n = read(fds[p].fd, chunk, sizeof chunk);
                if (n < 0 && errno == EINTR) continue;
                if (n < 0 && errno == EAGAIN) break;
                if (n <= 0) { close(fds[p].fd); fds[p].fd = -1; break; }
                append(&bufs[p], chunk, (size_t) n, keep[p]);
            }
        }
        if (!killed && (bufs[0].total > (size_t) out_cap || bufs[2].total > (size_t) out_cap
                        || bufs[1].total > (size_t) out_cap)) {
            status = "output_exceeded"; kill_leftovers(child); killed = 1;
        }
        if (!exited) {
            pid_t w = waitpid(child, &wstatus, WNOHANG);
            if (w == child) { exited = 1; exited_at = now_ms(); }
        }
        long long t = now_ms();
        if (!killed && t - last_check >= POLL_MS) {
            last_check = t;
            long long used_us = -1;
            if (cpu0 >= 0) {
                long long c = cgroup_cpu_us();
                if (c >= 0) used_us = c - cpu0;
            } else if (!exited) {
                long long c = proc_cpu_us(child);
                if (c >= 0) proc_cpu = c;
                used_us = proc_cpu;
            }
            if (used_us > cpu_ms * 1000) { status = "cpu_timeout"; kill_leftovers(child); killed = 1; }
        }
        if (!killed && t - start > wall_ms) {
            status = "wall_timeout"; kill_leftovers(child); killed = 1;
        }
        /* leftovers (daemonized children) may hold the pipes open after the program exits */
        if (exited && t - exited_at > LINGER_MS) {
            kill_leftovers(0);
            for (int p = 0; p < 3; p++) if (fds[p].fd >= 0) { close(fds[p].fd); fds[p].fd = -1; }
        }
    }
    long long wall = now_ms() - start;
    long long cpu_end = cgroup_cpu_us();
    kill_leftovers(0);
    /* reap everything (we are the subreaper), but never hang on it */
    for (long long deadline = now_ms() + 1000; now_ms() < deadline; ) {
        pid_t w = waitpid(-1, NULL, WNOHANG);
        if (w < 0) break; /* ECHILD: nothing left */
        if (w == 0) usleep(1000);
    }

    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    long long rusage_ms = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000LL
                          + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
    long long cpu_used = (cpu0 >= 0 && cpu_end >= 0) ? (cpu_end - cpu0) / 1000 : rusage_ms;
    long long oom1 = cgroup_oom_kills(), hits1 = cgroup_limit_hits();
    int sig = WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0;
    if (!killed) {
        int near_limit = (hits0 >= 0 && hits1 > hits0)
                         || (mem_limit > 0 && (long long) ru.ru_maxrss * 1024 >= mem_limit * 9 / 10);
        if (oom0 >= 0 && oom1 > oom0) status = "oom";
        else if (sig == SIGKILL && near_limit) status = "oom";
        else if (sig == SIGXCPU || (sig == SIGKILL && rusage_ms >= cpu_ms)) status = "cpu_timeout";
        else if (cpu_used > cpu_ms) status = "cpu_timeout";
    }
    char exit_code[16] = "null", signal_text[16] = "null";
    if (WIFEXITED(wstatus)) snprintf(exit_code, sizeof exit_code, "%d", WEXITSTATUS(wstatus));
    if (sig) snprintf(signal_text, sizeof signal_text, "%d", sig);
    char head[512];
    int n = snprintf(head, sizeof head,
                     "{\"status\":\"%s\",\"exit_code\":%s,\"signal\":%s,\"cpu_ms\":%lld,\"wall_ms\":%lld,\"memory_kb\":%ld,"
                     "\"stdout_bytes\":%zu,\"stderr_bytes\":%zu,\"result_bytes\":%zu}\n",
                     status, exit_code, signal_text, cpu_used, wall, ru.ru_maxrss, bufs[0].len, bufs[1].len, bufs[2].len);
    if (write_all(1, head, (size_t) n) != 0) return 74;
    for (int p = 0; p < 3; p++) {
        if (bufs[p].len && write_all(1, bufs[p].data, bufs[p].len) != 0) return 74;
    }
    return 0;
}
