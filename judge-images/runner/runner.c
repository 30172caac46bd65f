/* runner: the judge's one process inside a sandbox (judge-images/README.md, "The runner").
 *
 * The host starts it once per sandbox, `docker exec -u 0 CONTAINER /opt/arbiter/runner`, and drives it over
 * stdin/stdout: each command is a line `VERB LENGTH [key=value ...]` and LENGTH bytes of payload; each reply is a
 * line `VERB LENGTH` and LENGTH bytes.
 *
 *   put    path=P uid=U                 writes the payload to P (under /work, /ref or /tmp) as user U
 *   exec   uid=U cpu=MS wall=MS out=N [input=K]
 *                                       runs one program: payload = K bytes of stdin, then argv (NUL-terminated)
 *   worker uid=U kind=fork|jvm cpu=MS wall=MS out=N
 *                                       starts a program that runs tests on command (payload: argv) and waits
 *                                       until it has compiled the solution: "ready" or its diagnostics
 *   test   cpu=MS wall=MS out=N         runs one test (payload: its input) on the worker
 *   end                                 stops everything and exits
 *
 * Replies: `ok 0`, `error N` (message), `report N`: one JSON line {"status", "exit_code", "signal", "cpu_ms",
 * "wall_ms", "delay_ms", "memory_kb", "restarted", "stdout_bytes", "stderr_bytes", "result_bytes"} followed by
 * exactly that many bytes of stdout, stderr and result. status: ok, cpu_timeout, wall_timeout, output_exceeded,
 * oom, protocol (the program wrote to the judge's channel), lost (the worker died outside a test's program).
 *
 * The runner is root without capabilities other than CAP_SETUID, CAP_SETGID and CAP_KILL, and not dumpable: the
 * programs it starts (policy.h: another user, seccomp) can neither read its memory nor signal it. A test's input
 * exists in the container only while that test runs, as the program's stdin; expected answers never enter. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/fsuid.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "measure.h"
#include "policy.h"
#include "wire.h"

#define POLL_MS 5
#define DELAY_EVERY_MS 50
#define LINGER_MS 200     /* how long pipes may stay open after the program ended (daemonized leftovers) */
#define STDERR_KEEP (64 * 1024)
#define MAX_ARGS 256

enum engine { NONE, EXEC, FORK, JVM };

typedef struct { long long cpu_ms, wall_ms, out; } limits;

typedef struct {
    const char *status;
    int have_exit, exit_code, signal;
    long long cpu_ms, wall_ms, delay_ms, memory_kb;
    int restarted;
    buffer out, err, res;
} report;

/* The worker: a program that stays up between tests (judge-images/README.md: fork server, JVM worker). */
static struct {
    enum engine kind;
    pid_t pid;
    int alive;
    int ctl;         /* FORK: control socket; JVM: the worker's replies (its fd 3) */
    int cmd;         /* JVM: commands to the worker (its fd 4) */
    int out, err;    /* its own stdout and stderr */
    uid_t uid;
    limits start;
    char *argv[MAX_ARGS];
    char *argbuf;
    buffer inbox;    /* bytes read from ctl not yet consumed */
} worker = {.ctl = -1, .cmd = -1, .out = -1, .err = -1, .inbox = {.keep = 64 << 20}};

/* Children that ended, by pid, collected by reap(): the runner is a subreaper, so orphans come here too. */
static pid_t awaited = 0;
static int awaited_done = 0, awaited_status = 0;
static struct rusage awaited_usage;

static void reap(void) {
    for (;;) {
        int status;
        struct rusage ru;
        pid_t pid = wait4(-1, &status, WNOHANG, &ru);
        if (pid <= 0) return;
        if (pid == awaited) { awaited_done = 1; awaited_status = status; awaited_usage = ru; }
        if (pid == worker.pid) { worker.alive = 0; if (!awaited) { awaited_status = status; } }
    }
}

/* Kills every process of the program users but the worker, and reaps what comes to us, so that no zombie holds a
 * slot of the pids limit into the next run (a zombie a live worker JVM will reap is waited for briefly). */
static void leftovers(void) {
    pid_t keep[1] = {worker.alive ? worker.pid : 0};
    kill_users(CANDIDATE_UID, REFERENCE_UID, keep, 1);
    for (int i = 0; i < 100; i++) {
        reap();
        keep[0] = worker.alive ? worker.pid : 0;
        if (count_users(CANDIDATE_UID, REFERENCE_UID, keep, 1) == 0) return;
        usleep(1000);
    }
}

static int open_null(void) {
    int fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (fd < 0) { perror("runner: /dev/null"); exit(71); }
    return fd;
}

/* A sealed in-memory file with the bytes: a test's stdin that the program can read but not change. */
static int sealed_input(const char *data, size_t len, uid_t owner) {
    setfsuid(owner);
    int fd = memfd_create("input", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    setfsuid(0);
    if (fd < 0) return -1;
    if (write_all(fd, data, len) != 0) { close(fd); return -1; }
    fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
    lseek(fd, 0, SEEK_SET);
    return fd;
}

/* fork + the sandbox policy + exec, with the given descriptors as 0..n-1. Returns the pid. */
static pid_t spawn(char **argv, uid_t uid, long long cpu_ms, const int *fds, int nfds) {
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid > 0) { setpgid(pid, pid); return pid; }
    signal(SIGPIPE, SIG_DFL);
    /* move the descriptors out of the way first, so that dup2 onto 0..n-1 cannot clobber one still needed */
    int moved[8];
    for (int i = 0; i < nfds; i++) moved[i] = fcntl(fds[i], F_DUPFD, 64);
    for (int i = 0; i < nfds; i++) if (moved[i] < 0 || dup2(moved[i], i) < 0) _exit(127);
    if (syscall(SYS_close_range, (unsigned) nfds, ~0U, 0U) != 0)
        for (int fd = nfds; fd < 1024; fd++) close(fd);
    if (enter_sandbox(uid, cpu_ms) != 0) {
        dprintf(2, "runner: cannot enter the sandbox: %s\n", strerror(errno));
        _exit(126);
    }
    execvp(argv[0], argv);
    dprintf(2, "runner: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

/* ---------------------------------------------------------------- watching one run to its end */

typedef struct {
    int fds[3];          /* stdout, stderr, result: read ends, -1 when closed or absent */
    int persistent;      /* the worker's stdout/stderr: drained after the test, never closed */
    pid_t group;         /* killed as a process group when a limit is hit (0: not known yet) */
    pid_t delay_pid;     /* its threads' run delay is taken off the wall time */
    enum engine engine;
    int startup;         /* waiting for a worker's "ready" rather than a test's end */
    unsigned long long nonce;
    int retire;          /* JVM: the worker said it will not run another test */
    const char *send; size_t send_len;   /* JVM: the test command still to be written */
} watch;

static int parse_line(buffer *b, char *line, size_t size) {
    char *nl = memchr(b->data, '\n', b->len);
    if (!nl) return b->len > 256 ? -1 : 0;
    size_t n = (size_t) (nl - b->data);
    if (n >= size) return -1;
    memcpy(line, b->data, n);
    line[n] = '\0';
    buffer_consume(b, n + 1);
    return 1;
}

/* Reads what the worker said on its channel; returns 1 when the run is over, -1 on a protocol violation. */
static int worker_says(watch *w, report *r, int *finished_status, int *have_status) {
    char line[300];
    for (;;) {
        if (worker.inbox.len == 0) return 0;
        if (w->startup) {
            int got = parse_line(&worker.inbox, line, sizeof line);
            if (got <= 0) return got;
            if (strcmp(line, "ready") == 0) { *have_status = 1; *finished_status = 0; return 1; }
            if (strcmp(line, "failed") == 0) return 0; /* its exit ends the run, with its diagnostics */
            return -1;
        }
        if (w->engine == FORK) {
            int got = parse_line(&worker.inbox, line, sizeof line);
            if (got <= 0) return got;
            int pid, status; long long rss;
            if (sscanf(line, "pid %d", &pid) == 1) { w->group = pid; w->delay_pid = pid; continue; }
            if (sscanf(line, "exit %d %lld", &status, &rss) == 2) {
                *have_status = 1; *finished_status = status; r->memory_kb = rss; return 1;
            }
            return -1;
        }
        /* JVM: "done NONCE CODE LENGTH RETIRING\n" then LENGTH bytes of result; RETIRING 1: the worker will not
         * run another test (threads left running, out of memory) */
        char *nl = memchr(worker.inbox.data, '\n', worker.inbox.len);
        if (!nl) return worker.inbox.len > 128 ? -1 : 0;
        size_t head_len = (size_t) (nl - worker.inbox.data);
        if (head_len >= sizeof line) return -1;
        memcpy(line, worker.inbox.data, head_len); /* the buffer is not NUL-terminated: parse a copy of the line */
        line[head_len] = '\0';
        unsigned long long nonce; int code, retiring; size_t len; int end = 0;
        if (sscanf(line, "done %llu %d %zu %d%n", &nonce, &code, &len, &retiring, &end) != 4 || (size_t) end != head_len
            || nonce != w->nonce || code < 0 || code > 255) return -1;
        int used = (int) head_len + 1;
        if (retiring) w->retire = 1;
        if (len > (size_t) r->res.keep) return -1;
        if (worker.inbox.len < (size_t) used + len) return 0;
        if (worker.inbox.len > (size_t) used + len) return -1; /* anything after the one result */
        buffer_append(&r->res, worker.inbox.data + used, len);
        buffer_consume(&worker.inbox, (size_t) used + len);
        *have_status = 1; *finished_status = code << 8;
        return 1;
    }
}

static void kill_run(watch *w) {
    if (w->engine == JVM) { if (worker.pid > 0) kill(worker.pid, SIGKILL); }
    else if (w->group > 0) kill(-w->group, SIGKILL);
    leftovers();
}

/* Runs until the program ended (or was stopped at a limit), its pipes are drained, and fills the report. */
static void watch_run(watch *w, const limits *lim, report *r, pid_t child) {
    long long start = now_ms(), cpu0 = cgroup_cpu_us(), oom0 = cgroup_oom_kills(), hits0 = cgroup_limit_hits();
    long long mem_limit = cgroup_memory_limit();
    long long delay0 = -1, delay = 0, last_delay_check = 0, ended_at = 0, killed_at = 0;
    int ended = 0, killed = 0, status = 0, have_status = 0;
    int ctl = (w->engine == FORK || w->engine == JVM) ? worker.ctl : -1;
    const char *verdict = "ok";
    static char chunk[1 << 16];
    awaited = child; awaited_done = 0;
    buffer *bufs[3] = {&r->out, &r->err, &r->res};

    for (;;) {
        struct pollfd p[5];
        int n = 0, idx[5];
        for (int i = 0; i < 3; i++) if (w->fds[i] >= 0) { p[n].fd = w->fds[i]; p[n].events = POLLIN; idx[n++] = i; }
        if (ctl >= 0 && !ended) { p[n].fd = ctl; p[n].events = POLLIN; idx[n++] = 3; }
        if (w->send_len > 0 && !ended) { p[n].fd = worker.cmd; p[n].events = POLLOUT; idx[n++] = 4; }
        if (poll(p, (nfds_t) n, POLL_MS) < 0 && errno != EINTR) break;
        for (int k = 0; k < n; k++) {
            if (!(p[k].revents & (POLLIN | POLLOUT | POLLHUP | POLLERR))) continue;
            int i = idx[k];
            if (i == 4) {
                ssize_t sent = write(worker.cmd, w->send, w->send_len);
                if (sent > 0) { w->send += sent; w->send_len -= (size_t) sent; }
                else if (sent < 0 && errno != EAGAIN && errno != EINTR) w->send_len = 0;
                continue;
            }
            int fd = i == 3 ? ctl : w->fds[i];
            for (int rounds = 0; rounds < 16; rounds++) { /* bounded, so the limits are still checked in a flood */
                ssize_t got = read(fd, chunk, sizeof chunk);
                if (got < 0 && errno == EINTR) continue;
                if (got < 0 && errno == EAGAIN) break;
                if (got <= 0) {
                    if (i == 3) { ctl = -1; }
                    else if (!w->persistent) { close(w->fds[i]); w->fds[i] = -1; }
                    break;
                }
                if (i == 3) buffer_append(&worker.inbox, chunk, (size_t) got);
                else buffer_append(bufs[i], chunk, (size_t) got);
            }
            if (i == 3 && !ended) {
                int said = worker_says(w, r, &status, &have_status);
                if (said < 0 && !killed) { verdict = "protocol"; kill_run(w); killed = 1; killed_at = now_ms(); }
                if (said > 0) { ended = 1; ended_at = now_ms(); }
            }
        }
        reap();
        if (!ended && child > 0 && awaited_done) {
            ended = 1; ended_at = now_ms(); status = awaited_status; have_status = 1;
            r->memory_kb = awaited_usage.ru_maxrss;
        }
        if (!ended && (w->engine == FORK || w->engine == JVM) && !worker.alive) {
            /* the worker itself ended: a JVM whose program called System.exit, or one killed at a limit */
            ended = 1; ended_at = now_ms();
            if (w->engine == JVM || w->startup) { status = awaited_status; have_status = 1; }
            else if (!killed) verdict = "lost";
        }
        long long t = now_ms();
        if (!killed && (r->out.total > (size_t) lim->out || r->res.total > (size_t) lim->out
                        || r->err.total > (size_t) lim->out)) {
            verdict = "output_exceeded"; kill_run(w); killed = 1; killed_at = t;
        }
        if (!killed && !ended && cpu0 >= 0) {
            long long c = cgroup_cpu_us();
            if (c >= 0 && c - cpu0 > lim->cpu_ms * 1000) { verdict = "cpu_timeout"; kill_run(w); killed = 1; killed_at = t; }
        }
        if (!ended && t - last_delay_check >= DELAY_EVERY_MS) {
            last_delay_check = t;
            long long d = run_delay_ns(w->delay_pid);
            if (d >= 0 && delay0 < 0) delay0 = d;
            if (d >= 0 && delay0 >= 0 && d - delay0 > delay) delay = d - delay0;
        }
        /* waiting for a CPU is not the program's doing: only the rest counts against the wall limit, within 3x */
        long long wall = t - start;
        if (!killed && !ended && (wall - delay / 1000000 > lim->wall_ms || wall > 3 * lim->wall_ms)) {
            verdict = "wall_timeout"; kill_run(w); killed = 1; killed_at = t;
        }
        if (killed && !ended && t - killed_at > 2000) { ended = 1; ended_at = t; }
        if (ended) {
            int open_fds = 0;
            for (int i = 0; i < 3; i++) if (w->fds[i] >= 0) open_fds++;
            if (w->persistent) {
                /* the worker flushed before it answered: what it wrote is in the pipes now */
                for (int i = 0; i < 3; i++) {
                    if (w->fds[i] < 0) continue;
                    ssize_t got;
                    while ((got = read(w->fds[i], chunk, sizeof chunk)) > 0) buffer_append(bufs[i], chunk, (size_t) got);
                }
                break;
            }
            if (open_fds == 0) break;
            if (t - ended_at > LINGER_MS) {
                leftovers();
                for (int i = 0; i < 3; i++) if (w->fds[i] >= 0) { close(w->fds[i]); w->fds[i] = -1; }
                break;
            }
        }
    }
    long long cpu_end = cgroup_cpu_us();
    r->wall_ms = now_ms() - start;
    r->delay_ms = delay / 1000000;
    r->cpu_ms = (cpu0 >= 0 && cpu_end >= 0) ? (cpu_end - cpu0) / 1000 : 0;
    if (child > 0 && r->cpu_ms == 0 && awaited_done) {
        r->cpu_ms = (awaited_usage.ru_utime.tv_sec + awaited_usage.ru_stime.tv_sec) * 1000LL
                    + (awaited_usage.ru_utime.tv_usec + awaited_usage.ru_stime.tv_usec) / 1000;
    }
    int sig = have_status && WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    if (!killed && strcmp(verdict, "ok") == 0) {
        long long oom1 = cgroup_oom_kills(), hits1 = cgroup_limit_hits();
        int near_limit = (hits0 >= 0 && hits1 > hits0) || (mem_limit > 0 && r->memory_kb * 1024 >= mem_limit * 9 / 10);
        if (oom0 >= 0 && oom1 > oom0) verdict = "oom";
        else if (sig == SIGKILL && near_limit) verdict = "oom";
        else if (sig == SIGXCPU) verdict = "cpu_timeout";
        else if (r->cpu_ms > lim->cpu_ms) verdict = "cpu_timeout";
    }
    r->status = verdict;
    r->signal = sig;
    r->have_exit = have_status && WIFEXITED(status);
    r->exit_code = r->have_exit ? WEXITSTATUS(status) : 0;
    awaited = 0;
}

/* ---------------------------------------------------------------- replies */

static void send_report(report *r) {
    char head[640];
    char exit_text[16] = "null", sig_text[16] = "null";
    if (r->have_exit) snprintf(exit_text, sizeof exit_text, "%d", r->exit_code);
    if (r->signal) snprintf(sig_text, sizeof sig_text, "%d", r->signal);
    int n = snprintf(head, sizeof head,
                     "{\"status\":\"%s\",\"exit_code\":%s,\"signal\":%s,\"cpu_ms\":%lld,\"wall_ms\":%lld,\"delay_ms\":%lld,"
                     "\"memory_kb\":%lld,\"restarted\":%s,\"stdout_bytes\":%zu,\"stderr_bytes\":%zu,\"result_bytes\":%zu}\n",
                     r->status, exit_text, sig_text, r->cpu_ms, r->wall_ms, r->delay_ms, r->memory_kb,
                     r->restarted ? "true" : "false", r->out.len, r->err.len, r->res.len);
    size_t total = (size_t) n + r->out.len + r->err.len + r->res.len;
    reply_header("report", total);
    reply_bytes(head, (size_t) n);
    reply_bytes(r->out.data, r->out.len);
    reply_bytes(r->err.data, r->err.len);
    reply_bytes(r->res.data, r->res.len);
    reply_flush();
}

static void report_init(report *r, const limits *lim) {
    memset(r, 0, sizeof *r);
    r->out.keep = (size_t) lim->out;
    r->err.keep = STDERR_KEEP;
    r->res.keep = (size_t) lim->out;
}

static void report_free(report *r) {
    free(r->out.data); free(r->err.data); free(r->res.data);
}

static void fail(const char *fmt, const char *detail) {
    char msg[512];
    int n = snprintf(msg, sizeof msg, fmt, detail ? detail : "", strerror(errno));
    reply_header("error", (size_t) n);
    reply_bytes(msg, (size_t) n);
    reply_flush();
}

/* ---------------------------------------------------------------- commands */

static int parse_argv(char *payload, size_t len, char **argv) {
    int argc = 0;
    size_t i = 0;
    while (i < len && argc < MAX_ARGS - 1) {
        argv[argc++] = payload + i;
        char *end = memchr(payload + i, '\0', len - i);
        if (!end) return -1;
        i = (size_t) (end - payload) + 1;
    }
    argv[argc] = NULL;
    return argc > 0 ? argc : -1;
}

/* A pipe owned by the program's user, so the program may reopen it (/dev/stdout, /proc/self/fd/N) as it could any
 * descriptor of its own; our end is non-blocking. */
static int pipe_pair(int p[2], uid_t owner) {
    setfsuid(owner);
    int failed = pipe2(p, O_CLOEXEC);
    setfsuid(0);
    if (failed) return -1;
    fcntl(p[0], F_SETFL, O_NONBLOCK);
    return 0;
}

/* put: the judge's files are root's and read-only to everyone else; a user's files are written by that user. */
static void cmd_put(command *c) {
    const char *path = opt(c, "path");
    long uid = opt_num(c, "uid", 0);
    if (!path || (strncmp(path, "/work/", 6) != 0 && strncmp(path, "/ref/", 5) != 0 && strncmp(path, "/tmp/", 5) != 0)
        || strstr(path, "..") || (uid != 0 && uid != CANDIDATE_UID && uid != REFERENCE_UID)) {
        errno = EINVAL; fail("put: refused path %s: %s", path); return;
    }
    pid_t pid = fork();
    if (pid == 0) {
        if (uid != 0 && (setgroups(0, NULL) || setresgid((gid_t) uid, (gid_t) uid, (gid_t) uid)
                         || setresuid((uid_t) uid, (uid_t) uid, (uid_t) uid))) _exit(2);
        char dir[4096];
        snprintf(dir, sizeof dir, "%s", path);
        for (char *s = strchr(dir + 1, '/'); s; s = strchr(s + 1, '/')) {
            *s = '\0';
            if (mkdir(dir, 0755) != 0 && errno != EEXIST) _exit(3);
            *s = '/';
        }
        int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644);
        if (fd < 0 || write_all(fd, c->payload, c->len) != 0 || close(fd) != 0) _exit(4);
        _exit(0);
    }
    int status = 0;
    while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) { errno = EIO; fail("put: cannot write %s: %s", path); return; }
    reply_header("ok", 0);
    reply_flush();
}

static limits limits_of(command *c) {
    limits l = {opt_num(c, "cpu", 10000), opt_num(c, "wall", 21000), opt_num(c, "out", 8 << 20)};
    if (l.cpu_ms <= 0) l.cpu_ms = 1;
    if (l.wall_ms <= 0) l.wall_ms = 1;
    if (l.out <= 0) l.out = 1;
    return l;
}

static void cmd_exec(command *c) {
    long uid = opt_num(c, "uid", CANDIDATE_UID);
    size_t input = (size_t) opt_num(c, "input", 0);
    char *argv[MAX_ARGS];
    if (input > c->len || parse_argv(c->payload + input, c->len - input, argv) < 0) {
        errno = EINVAL; fail("exec: bad arguments%s: %s", NULL); return;
    }
    limits lim = limits_of(c);
    int out[2], err[2], res[2];
    if (pipe_pair(out, (uid_t) uid) || pipe_pair(err, (uid_t) uid) || pipe_pair(res, (uid_t) uid)) {
        fail("exec: pipe%s: %s", NULL);
        return;
    }
    int in = input ? sealed_input(c->payload, input, (uid_t) uid) : open_null();
    int fds[4] = {in, out[1], err[1], res[1]};
    pid_t pid = spawn(argv, (uid_t) uid, lim.cpu_ms, fds, 4);
    close(in); close(out[1]); close(err[1]); close(res[1]);
    report r;
    report_init(&r, &lim);
    watch w = {.fds = {out[0], err[0], res[0]}, .group = pid, .delay_pid = pid, .engine = EXEC};
    if (pid < 0) { fail("exec: fork%s: %s", NULL); return; }
    watch_run(&w, &lim, &r, pid);
    for (int i = 0; i < 3; i++) if (w.fds[i] >= 0) close(w.fds[i]);
    leftovers();
    send_report(&r);
    report_free(&r);
}

static void stop_worker(void) {
    if (worker.pid > 0 && worker.alive) kill(worker.pid, SIGKILL);
    while (worker.pid > 0 && worker.alive) { reap(); usleep(1000); }
    int *fds[4] = {&worker.ctl, &worker.cmd, &worker.out, &worker.err};
    for (int i = 0; i < 4; i++) if (*fds[i] >= 0) { close(*fds[i]); *fds[i] = -1; }
    worker.pid = 0;
    worker.inbox.len = 0;
}

/* Starts the worker and waits for "ready" (or its failure: the solution did not compile, diagnostics on stderr). */
static void start_worker(report *r) {
    int out[2], err[2], ctl[2], cmd[2] = {-1, -1};
    if (pipe_pair(out, worker.uid) || pipe_pair(err, worker.uid)) { r->status = "lost"; return; }
    if (worker.kind == FORK) {
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ctl) != 0) { r->status = "lost"; return; }
        fcntl(ctl[0], F_SETFL, O_NONBLOCK);
    } else {
        if (pipe_pair(ctl, worker.uid) || pipe_pair(cmd, worker.uid)) { r->status = "lost"; return; }
        fcntl(cmd[0], F_SETFL, 0); /* the worker's end blocks */
        fcntl(cmd[1], F_SETFL, O_NONBLOCK);
        fcntl(cmd[1], F_SETPIPE_SZ, 1 << 20);
    }
    int null = open_null();
    int fds[5] = {null, out[1], err[1], ctl[1], cmd[0]};
    worker.pid = spawn(worker.argv, worker.uid, 0, fds, worker.kind == JVM ? 5 : 4);
    close(null); close(out[1]); close(err[1]); close(ctl[1]);
    if (cmd[0] >= 0) close(cmd[0]);
    worker.alive = worker.pid > 0;
    worker.ctl = ctl[0]; worker.cmd = cmd[1]; worker.out = out[0]; worker.err = err[0];
    worker.inbox.len = 0;
    watch w = {.fds = {out[0], err[0], -1}, .persistent = 1, .group = worker.pid, .delay_pid = worker.pid,
               .engine = worker.kind, .startup = 1};
    watch_run(&w, &worker.start, r, 0);
    if (!(strcmp(r->status, "ok") == 0 && r->have_exit && r->exit_code == 0 && worker.alive)) {
        if (strcmp(r->status, "ok") == 0 && !r->have_exit && !r->signal) { r->have_exit = 1; r->exit_code = 1; }
        stop_worker();
    }
}

static void cmd_worker(command *c) {
    stop_worker();
    free(worker.argbuf);
    worker.argbuf = malloc(c->len + 1);
    if (!worker.argbuf) { fail("worker: out of memory%s: %s", NULL); return; }
    memcpy(worker.argbuf, c->payload, c->len);
    const char *kind = opt(c, "kind");
    worker.kind = kind && strcmp(kind, "jvm") == 0 ? JVM : FORK;
    worker.uid = (uid_t) opt_num(c, "uid", CANDIDATE_UID);
    worker.start = limits_of(c);
    if (worker.uid == 0 || parse_argv(worker.argbuf, c->len, worker.argv) < 0) {
        errno = EINVAL; fail("worker: bad arguments%s: %s", NULL); return;
    }
    report r;
    report_init(&r, &worker.start);
    start_worker(&r);
    leftovers();
    send_report(&r);
    report_free(&r);
}

static void test_fork(command *c, const limits *lim, report *r) {
    int out[2], err[2], res[2];
    if (pipe_pair(out, worker.uid) || pipe_pair(err, worker.uid) || pipe_pair(res, worker.uid)) { r->status = "lost"; return; }
    int in = sealed_input(c->payload, c->len, worker.uid);
    char msg[64];
    int mlen = snprintf(msg, sizeof msg, "run %lld\n", lim->cpu_ms);
    int fds[4] = {in, out[1], err[1], res[1]};
    char control[CMSG_SPACE(sizeof fds)];
    memset(control, 0, sizeof control);
    struct iovec iov = {msg, (size_t) mlen};
    struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof control};
    struct cmsghdr *cm = CMSG_FIRSTHDR(&m);
    cm->cmsg_level = SOL_SOCKET; cm->cmsg_type = SCM_RIGHTS; cm->cmsg_len = CMSG_LEN(sizeof fds);
    memcpy(CMSG_DATA(cm), fds, sizeof fds);
    ssize_t sent = in >= 0 ? sendmsg(worker.ctl, &m, MSG_NOSIGNAL) : -1;
    close(in); close(out[1]); close(err[1]); close(res[1]);
    watch w = {.fds = {out[0], err[0], res[0]}, .engine = FORK};
    if (sent != mlen) { close(out[0]); close(err[0]); close(res[0]); r->status = "lost"; return; }
    watch_run(&w, lim, r, 0);
    for (int i = 0; i < 3; i++) if (w.fds[i] >= 0) close(w.fds[i]);
}

static void test_jvm(command *c, const limits *lim, report *r) {
    unsigned long long nonce = 0;
    if (getrandom(&nonce, sizeof nonce, 0) != sizeof nonce) nonce = (unsigned long long) now_ms() * 2654435761ULL;
    nonce &= 0x7fffffffffffffffULL;
    char head[96];
    int hlen = snprintf(head, sizeof head, "test %llu %zu\n", nonce, c->len);
    char *msg = malloc((size_t) hlen + c->len);
    if (!msg) { r->status = "lost"; return; }
    memcpy(msg, head, (size_t) hlen);
    memcpy(msg + hlen, c->payload, c->len);
    /* the worker resets its peak memory when a test starts; reading it after the test gives the test's own */
    watch w = {.fds = {worker.out, worker.err, -1}, .persistent = 1, .group = worker.pid, .delay_pid = worker.pid,
               .engine = JVM, .nonce = nonce, .send = msg, .send_len = (size_t) hlen + c->len};
    watch_run(&w, lim, r, 0);
    if (worker.alive) r->memory_kb = status_kb(worker.pid, "VmHWM");
    if (w.retire) stop_worker(); /* the next test starts a fresh one */
    free(msg);
}

static void cmd_test(command *c) {
    limits lim = limits_of(c);
    report r;
    report_init(&r, &lim);
    if (worker.kind == NONE) { errno = EINVAL; fail("test: no worker%s: %s", NULL); report_free(&r); return; }
    if (!worker.alive) {
        /* the previous test ended it (System.exit, a limit, threads left running): start a fresh one */
        report start;
        report_init(&start, &worker.start);
        start_worker(&start);
        int ready = strcmp(start.status, "ok") == 0 && start.have_exit && start.exit_code == 0;
        report_free(&start);
        if (!ready) { r.status = "lost"; send_report(&r); report_free(&r); return; }
        r.restarted = 1;
    }
    /* anything a worker wrote between tests belongs to no test */
    char chunk[4096];
    while (worker.out >= 0 && read(worker.out, chunk, sizeof chunk) > 0) {}
    while (worker.err >= 0 && read(worker.err, chunk, sizeof chunk) > 0) {}
    if (worker.kind == FORK) test_fork(c, &lim, &r);
    else test_jvm(c, &lim, &r);
    leftovers();
    send_report(&r);
    report_free(&r);
}

int main(void) {
    if (getuid() != 0) { fprintf(stderr, "runner: must start as root (docker exec -u 0)\n"); return 64; }
    /* the programs must not reach into us: no ptrace, no /proc/<runner>/mem, no /proc/<runner>/fd */
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    /* orphans come to us, not to PID 1, which never reaps (zombies would eat the pids limit) */
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    signal(SIGPIPE, SIG_IGN);
    umask(022);
    command c;
    for (;;) {
        int got = read_command(&c);
        if (got <= 0) break;
        if (strcmp(c.verb, "put") == 0) cmd_put(&c);
        else if (strcmp(c.verb, "exec") == 0) cmd_exec(&c);
        else if (strcmp(c.verb, "worker") == 0) cmd_worker(&c);
        else if (strcmp(c.verb, "test") == 0) cmd_test(&c);
        else if (strcmp(c.verb, "end") == 0) break;
        else { errno = EINVAL; fail("unknown command %s: %s", c.verb); }
    }
    stop_worker();
    kill_users(CANDIDATE_UID, REFERENCE_UID, NULL, 0);
    return 0;
}
