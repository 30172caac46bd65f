/* runguard: runs one command with CPU, wall-clock and output limits inside an Arbiter sandbox and reports
 * what it used. Protocol (judge-images/README.md): one JSON line, then stdout, stderr and result bytes. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define STDERR_KEEP (64 * 1024)

typedef struct { char *data; size_t len, cap, total; } buffer;

static long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* CPU time used by the whole container so far, in microseconds, or -1 when no cgroup file is readable. */
static long long cgroup_cpu_us(void) {
    FILE *f = fopen("/sys/fs/cgroup/cpu.stat", "r");
    if (f) {
        char key[64]; long long v;
        while (fscanf(f, "%63s %lld", key, &v) == 2) {
            if (strcmp(key, "usage_usec") == 0) { fclose(f); return v; }
        }
        fclose(f);
    }
    const char *v1[] = {"/sys/fs/cgroup/cpuacct/cpuacct.usage", "/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage", NULL};
    for (int i = 0; v1[i]; i++) {
        f = fopen(v1[i], "r");
        if (f) {
            long long ns;
            int ok = fscanf(f, "%lld", &ns) == 1;
            fclose(f);
            if (ok) return ns / 1000;
        }
    }
    return -1;
}

/* The cgroup's count of processes killed for lack of memory, or -1. */
static long long cgroup_oom_kills(void) {
    const char *files[] = {"/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control", NULL};
    for (int i = 0; files[i]; i++) {
        FILE *f = fopen(files[i], "r");
        if (!f) continue;
        char key[64]; long long v;
        while (fscanf(f, "%63s %lld", key, &v) == 2) {
            if (strcmp(key, "oom_kill") == 0) { fclose(f); return v; }
        }
        fclose(f);
    }
    return -1;
}

static void append(buffer *b, const char *src, size_t n, size_t keep) {
    b->total += n;
    if (b->len >= keep) return;
    if (n > keep - b->len) n = keep - b->len;
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2;
        b->data = realloc(b->data, b->cap);
        if (!b->data) { perror("runguard: realloc"); exit(70); }
    }
    memcpy(b->data + b->len, src, n);
    b->len += n;
}

/* Every other process of the sandbox user (never runguard itself or PID 1); never as root, where -1 means all. */
static void kill_leftovers(void) {
    if (getuid() != 0) kill(-1, SIGKILL);
}

static void usage(void) {
    fprintf(stderr, "usage: runguard --cpu-ms N --wall-ms N --output-bytes N [--stdin FILE] -- CMD ARGS...\n");
    exit(64);
}

int main(int argc, char **argv) {
    long cpu_ms = 2000, wall_ms = 5000;
    size_t out_cap = 8u << 20;
    const char *stdin_file = NULL;
    int i = 1;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) { i++; break; }
        if (i + 1 >= argc) usage();
        if (strcmp(argv[i], "--cpu-ms") == 0) cpu_ms = atol(argv[++i]);
        else if (strcmp(argv[i], "--wall-ms") == 0) wall_ms = atol(argv[++i]);
        else if (strcmp(argv[i], "--output-bytes") == 0) out_cap = (size_t) atoll(argv[++i]);
        else if (strcmp(argv[i], "--stdin") == 0) stdin_file = argv[++i];
        else usage();
    }
    if (i >= argc) usage();
    char **cmd = argv + i;

    int in_fd = open(stdin_file ? stdin_file : "/dev/null", O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in_fd < 0) { perror("runguard: stdin"); return 66; }
    int pipes[3][2];
    for (int p = 0; p < 3; p++) {
        if (pipe2(pipes[p], O_CLOEXEC) != 0) { perror("runguard: pipe"); return 71; }
    }
    long long cpu0 = cgroup_cpu_us(), oom0 = cgroup_oom_kills(), start = now_ms();
    signal(SIGPIPE, SIG_IGN);

    pid_t child = fork();
    if (child < 0) { perror("runguard: fork"); return 71; }
    if (child == 0) {
        setpgid(0, 0);
        dup2(in_fd, 0);
        dup2(pipes[0][1], 1);
        dup2(pipes[1][1], 2);
        dup2(pipes[2][1], 3);
        struct rlimit cpu = {(rlim_t) (cpu_ms / 1000 + 2), (rlim_t) (cpu_ms / 1000 + 3)};
        setrlimit(RLIMIT_CPU, &cpu);
        struct rlimit core = {0, 0};
        setrlimit(RLIMIT_CORE, &core);
        signal(SIGPIPE, SIG_DFL);
        execvp(cmd[0], cmd);
        fprintf(stderr, "runguard: cannot run %s: %s\n", cmd[0], strerror(errno));
        _exit(127);
    }
    setpgid(child, child);
    close(in_fd);
    for (int p = 0; p < 3; p++) close(pipes[p][1]);

    buffer bufs[3] = {{0}};
    size_t keep[3] = {out_cap, STDERR_KEEP, out_cap};
    struct pollfd fds[3];
    for (int p = 0; p < 3; p++) { fds[p].fd = pipes[p][0]; fds[p].events = POLLIN; }
    const char *status = "ok";
    int exited = 0, wstatus = 0, killed = 0;
    long long exited_at = 0;
    char chunk[65536];

    for (;;) {
        int open_fds = 0;
        for (int p = 0; p < 3; p++) if (fds[p].fd >= 0) open_fds++;
        if (exited && open_fds == 0) break;
        if (open_fds > 0) poll(fds, 3, 10); else usleep(10000);
        for (int p = 0; p < 3; p++) {
            if (fds[p].fd < 0 || !(fds[p].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            ssize_t n = read(fds[p].fd, chunk, sizeof chunk);
            if (n <= 0) { close(fds[p].fd); fds[p].fd = -1; continue; }
            append(&bufs[p], chunk, (size_t) n, keep[p]);
        }
        if (!killed && (bufs[0].total > out_cap || bufs[2].total > out_cap || bufs[1].total > out_cap)) {
            status = "output_exceeded"; kill(-child, SIGKILL); killed = 1;
        }
        if (!exited) {
            pid_t w = waitpid(child, &wstatus, WNOHANG);
            if (w == child) { exited = 1; exited_at = now_ms(); }
        }
        long long elapsed = now_ms() - start;
        long long cpu_now = cgroup_cpu_us();
        if (!killed && cpu0 >= 0 && cpu_now >= 0 && (cpu_now - cpu0) / 1000 > cpu_ms) {
            status = "cpu_timeout"; kill(-child, SIGKILL); killed = 1;
        }
        if (!killed && elapsed > wall_ms) {
            status = "wall_timeout"; kill(-child, SIGKILL); killed = 1;
        }
        /* leftovers (daemonized children) may hold the pipes open after the program exits */
        if (exited && now_ms() - exited_at > 200) {
            kill_leftovers();
            for (int p = 0; p < 3; p++) if (fds[p].fd >= 0) { close(fds[p].fd); fds[p].fd = -1; }
        }
    }
    long long wall = now_ms() - start;
    kill_leftovers();
    while (waitpid(-1, NULL, WNOHANG) > 0) {}

    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    long long cpu_used = cgroup_cpu_us();
    long long cpu_ms_used = (cpu0 >= 0 && cpu_used >= 0) ? (cpu_used - cpu0) / 1000
            : (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000LL + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
    long long oom1 = cgroup_oom_kills();
    int sig = WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0;
    if (strcmp(status, "ok") == 0) {
        if (oom0 >= 0 && oom1 > oom0) status = "oom";
        else if (sig == SIGXCPU) status = "cpu_timeout";
    }
    char exit_code[16] = "null", signal_text[16] = "null";
    if (WIFEXITED(wstatus)) snprintf(exit_code, sizeof exit_code, "%d", WEXITSTATUS(wstatus));
    if (sig) snprintf(signal_text, sizeof signal_text, "%d", sig);
    printf("{\"status\":\"%s\",\"exit_code\":%s,\"signal\":%s,\"cpu_ms\":%lld,\"wall_ms\":%lld,\"memory_kb\":%ld,"
           "\"stdout_bytes\":%zu,\"stderr_bytes\":%zu,\"result_bytes\":%zu}\n",
           status, exit_code, signal_text, cpu_ms_used, wall, ru.ru_maxrss, bufs[0].len, bufs[1].len, bufs[2].len);
    fflush(stdout);
    for (int p = 0; p < 3; p++) {
        size_t off = 0;
        while (off < bufs[p].len) {
            ssize_t n = write(1, bufs[p].data + off, bufs[p].len - off);
            if (n <= 0) return 74;
            off += (size_t) n;
        }
    }
    return 0;
}
