/* interleave: measures several solution servers on the same inputs, taking turns, so that machine noise hits all
 * of them alike. The times are taken here, outside the measured programs, which cannot fake them.
 *
 *   interleave --sizes K [--rounds R] [--top-sizes T] [--top-rounds RT] [--batch-ms B] [--warmup-ms W]
 *              [--max-call-ms M] -- PROG ARGS... [-- PROG ARGS...]
 *
 * Each PROG is a harness in serve mode (judge-images/README.md): it reads commands on fd 3 and answers on fd 4,
 * one line each. Its stdout is discarded and the first 4 KiB of its stderr are kept for the report.
 * Per input size i = 0..K-1 (in order): `check i` (one call; its answer is reported), a warm-up (at the first size,
 * where a JIT compiles the code: up to W ms of timed calls, less once three full batches agree within 3 % or 3 W ms
 * and a second have passed; one batch later) that
 * also picks a batch size of about B ms (after the first size from the first full batch, none when the checked call
 * took 2 B ms or more: a batch of one), then R rounds
 * (RT for the T largest sizes, which the time ratio is taken from) in which every program, in rotating order, runs
 * one timed batch (`prep i k r`: every call seeded with the round's number r, see timed_batch; wait until every
 * program is idle, `go`, time until `done`), then `mem i`. A program
 * whose call takes longer than M ms at some size is not run on larger sizes. Prints one JSON report on stdout;
 * exit 0 when it did.
 *
 * --count C: instead of timing, ask `count i` (the work of one fresh call, counted by the program's counting mode; a
 * `check 0` comes first) up to C times (at most 3), while a call takes under 100 ms of CPU (M ms of CPU ends the
 * program's sizes, as M ms of time does when timing): twice at the first input; when those two agree the program
 * counts alike every time and every later input is counted once; when they differ (a randomised program: its pivots)
 * every input is counted up to C times, a third time only when two differ. With --max-count U, work decides instead
 * of CPU: the first input counted over U units is the program's last (on every machine the same; its status "enough",
 * where a cut by CPU or time is "timeout"), a count over 2 U / 5 is not repeated, and M ms of CPU stays only as a
 * guard. Report the counts, and as each input's result the answer its first count came with (`count N ANSWER`; the
 * checked call's at the first input). Nothing is timed then, so the programs need no turns and no warm-up: they count at the
 * same time, each on a CPU of its own where the sandbox has them.
 *
 * --skip-mem 1: no `mem i` (a repeated measurement whose memory was taken already).
 *
 * --probe 1: at the T largest sizes, before every round and after the last, read the host's cache (cache_probe: a walk
 * through 8 MiB in a fixed random order, which stays in the last-level cache unless something outside the measured
 * programs takes it) and report the readings per size ("probeNs": rounds + 1 of them; round k lies between readings k
 * and k + 1; 0 where a measured program would not stay idle during it: host_reading), and before the programs start
 * what a load from memory costs ("memoryStepNs"). They do not depend on the programs; the scorer leaves out the
 * rounds the host disturbed.
 *
 * When timing, interleave and the programs run on one CPU: of those interleave may use, the one whose memory was
 * fastest in a short probe of each just before the programs start ("cpu" in the report, each CPU's probe time in
 * "cpuProbeNs" as [cpu, ns] pairs). Started as root, the programs start on every CPU, side by side, and every thread
 * and process of their users is moved onto that one once all are ready, before anything is timed.
 *
 * For every timed batch the report also has the measured program's run delay (time it waited for a CPU while it was
 * timed: something outside the measurement took the CPU) next to the CPU the other programs used meanwhile, and for
 * the run where its time went ("phaseMs": probes of the CPUs and of memory, starting the programs, checked calls,
 * warm-up, timed rounds, cache readings, memory calls, counting, quitting). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/fsuid.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../runner/measure.h"
#include "../runner/policy.h"

#define MAX_PROGS 16
#define MAX_SIZES 96 /* a score counts on three inputs of each of up to 32 sizes */
#define MAX_ROUNDS 64
#define STDERR_KEEP 4096
#define LINE_MAX_BYTES (64 << 20)
#define MAX_COUNTS 3
#define MAX_BATCH 100000 /* calls per batch: each needs fresh arguments held in memory until it runs */

typedef struct {
    char **argv;
    pid_t pid;
    int cmd_fd, reply_fd, err_fd;
    char *line; size_t line_len, line_cap;   /* reply bytes read */
    size_t consumed;                          /* bytes of the line returned last, dropped at the next read */
    char err[STDERR_KEEP + 1]; size_t err_len;
    const char *status;                       /* "ok", "timeout", "enough" (--max-count), "failed" */
    long long overhead_ns;                    /* time of an empty batch: taken off every timed batch */
    int timed_out_at;                         /* size index, or -1 */
    char failure[512];
    uid_t uid;                                /* runs as this user when interleave runs as root (--uids) */
} program;

typedef struct {
    char *result[MAX_PROGS];                  /* compact JSON answer of `check i`, NULL when the program is out */
    long long ns[MAX_PROGS][MAX_ROUNDS];      /* per-call time of each round's batch */
    long long batch[MAX_PROGS];               /* calls asked for per batch */
    long long made[MAX_PROGS];                /* calls the program prepared per batch */
    long long bytes[MAX_PROGS];
    long long foreign_ns[MAX_PROGS];          /* CPU other programs used during this program's timed batches */
    long long timed_ns[MAX_PROGS];            /* total time of this program's timed batches */
    long long delay_ns[MAX_PROGS];            /* time this program waited for a CPU during its timed batches */
    long long counts[MAX_PROGS][MAX_COUNTS];  /* --count: the work of fresh calls */
    int ncounts[MAX_PROGS];
    int rounds[MAX_PROGS];
    long long probe_ns[MAX_ROUNDS + 1];       /* --probe: the host's cache before each round and after the last */
    int nprobes;
} size_report;

/* Where the run's time went ("phaseMs" in the report): a score's length is the sum of its runs'. */
enum { PHASE_PROBES, PHASE_START, PHASE_CHECK, PHASE_WARMUP, PHASE_ROUNDS, PHASE_READINGS, PHASE_MEMORY, PHASE_COUNT,
       PHASE_QUIT, PHASES };
static const char *const PHASE_NAMES[PHASES] = {"probes", "start", "check", "warmup", "rounds", "readings", "memory",
                                                "count", "quit"};
static long long phase_ns[PHASES];

static program progs[MAX_PROGS];
static int nprogs;
static size_report sizes[MAX_SIZES];
static cpu_set_t every_cpu; /* where the programs start: on any CPU, then moved onto the one */

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* The time since the last mark goes to `phase`. */
static long long phase_mark;

static void phase_done(int phase) {
    long long now = now_ns();
    phase_ns[phase] += now - phase_mark;
    phase_mark = now;
}

/* CPU time of every thread of a process, in ns (kernel accounting: /proc/PID/task/TID/schedstat), or -1. */
static long long process_cpu_ns(pid_t pid) {
    return schedstat_ns(pid, 0);
}

static void drain_stderr(program *p) {
    if (p->err_fd < 0) return;
    char chunk[4096];
    for (;;) {
        ssize_t n = read(p->err_fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) return;
        if (n <= 0) { close(p->err_fd); p->err_fd = -1; return; }
        size_t keep = STDERR_KEEP - p->err_len;
        if (keep > (size_t) n) keep = (size_t) n;
        memcpy(p->err + p->err_len, chunk, keep);
        p->err_len += keep;
    }
}

static void fail(program *p, const char *why) {
    if (strcmp(p->status, "ok") != 0) return;
    p->status = "failed";
    snprintf(p->failure, sizeof p->failure, "%s", why);
    if (p->pid > 0) kill(p->pid, SIGKILL);
}

static int alive(program *p) {
    return strcmp(p->status, "ok") == 0;
}

static int send_line(program *p, const char *text) {
    size_t len = strlen(text);
    while (len > 0) {
        ssize_t n = write(p->cmd_fd, text, len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) { fail(p, "the program stopped listening"); return -1; }
        text += n;
        len -= (size_t) n;
    }
    return 0;
}

/* Reads one reply line (without its newline) within timeout_ms; NULL (and the program marked) otherwise.
 * The line stays valid until the next call for the same program. */
static char *read_line(program *p, long long timeout_ms) {
    long long deadline = now_ns() + timeout_ms * 1000000LL;
    if (p->consumed) {
        memmove(p->line, p->line + p->consumed, p->line_len - p->consumed);
        p->line_len -= p->consumed;
        p->consumed = 0;
    }
    for (;;) {
        char *nl = p->line_len ? memchr(p->line, '\n', p->line_len) : NULL;
        if (nl) {
            *nl = '\0';
            p->consumed = (size_t) (nl - p->line) + 1;
            return p->line;
        }
        long long left = (deadline - now_ns()) / 1000000LL;
        if (left <= 0) { fail(p, "no answer in time"); return NULL; }
        struct pollfd fds[2] = {{p->reply_fd, POLLIN, 0}, {p->err_fd, POLLIN, 0}};
        int r = poll(fds, p->err_fd >= 0 ? 2 : 1, (int) (left > 1000 ? 1000 : left));
        if (r < 0 && errno != EINTR) { fail(p, "poll failed"); return NULL; }
        if (p->err_fd >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) drain_stderr(p);
        if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        if (p->line_cap - p->line_len < 65536) {
            if (p->line_cap >= LINE_MAX_BYTES) { fail(p, "an answer was too long"); return NULL; }
            p->line_cap = p->line_cap ? p->line_cap * 2 : 65536;
            p->line = realloc(p->line, p->line_cap);
            if (!p->line) { fprintf(stderr, "interleave: out of memory\n"); exit(70); }
        }
        ssize_t n = read(p->reply_fd, p->line + p->line_len, p->line_cap - p->line_len);
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (n <= 0) { drain_stderr(p); fail(p, "the program exited"); return NULL; }
        p->line_len += (size_t) n;
    }
}

/* Sends a command and expects a reply starting with `want`; returns the rest of the reply or NULL. */
static char *ask(program *p, const char *command, const char *want, long long timeout_ms) {
    if (!alive(p) || send_line(p, command) != 0) return NULL;
    char *reply = read_line(p, timeout_ms);
    if (!reply) return NULL;
    size_t w = strlen(want);
    if (strncmp(reply, want, w) != 0) {
        char why[512];
        snprintf(why, sizeof why, "unexpected answer to '%.*s': %.200s", (int) strcspn(command, "\n"), command, reply);
        fail(p, why);
        return NULL;
    }
    return reply + w;
}

static void start(program *p) {
    int cmd[2], reply[2], err[2];
    /* pipes of the program's user: it may reopen them through /proc/self/fd, as the Java servers do */
    if (getuid() == 0) setfsuid(p->uid);
    int failed = pipe2(cmd, O_CLOEXEC) || pipe2(reply, O_CLOEXEC) || pipe2(err, O_CLOEXEC);
    if (getuid() == 0) setfsuid(0);
    if (failed) { perror("interleave: pipe"); exit(71); }
    pid_t pid = fork();
    if (pid < 0) { perror("interleave: fork"); exit(71); }
    if (pid == 0) {
        int devnull = open("/dev/null", O_RDWR);
        /* move the ends above 4 first so that the dup2 calls below cannot clobber one another */
        int c = fcntl(cmd[0], F_DUPFD, 10), r = fcntl(reply[1], F_DUPFD, 10), e = fcntl(err[1], F_DUPFD, 10);
        if (devnull < 0 || c < 0 || r < 0 || e < 0) _exit(127);
        if (dup2(devnull, 0) < 0 || dup2(devnull, 1) < 0 || dup2(e, 2) < 0 || dup2(c, 3) < 0 || dup2(r, 4) < 0) _exit(127);
        for (int fd = 5; fd < 1024; fd++) close(fd);
        signal(SIGPIPE, SIG_DFL);
        /* start on every CPU: starting is not timed, and two JVMs each pre-touching its heap took twice as long one
         * after the other on the timed CPU; moved onto it once they are ready (pin_user) */
        if (getuid() == 0 && CPU_COUNT(&every_cpu) > 0) sched_setaffinity(0, sizeof every_cpu, &every_cpu);
        /* as root: each program under the sandbox policy as its own user, so it cannot reach the others' files,
         * memory or processes (the submission never touches the reference it is measured against) */
        if (getuid() == 0 && enter_sandbox(p->uid, 0) != 0) {
            fprintf(stderr, "interleave: cannot drop to user %d: %s\n", (int) p->uid, strerror(errno));
            _exit(126);
        }
        execvp(p->argv[0], p->argv);
        fprintf(stderr, "interleave: cannot run %s: %s\n", p->argv[0], strerror(errno));
        _exit(127);
    }
    close(cmd[0]);
    close(reply[1]);
    close(err[1]);
    p->pid = pid;
    p->cmd_fd = cmd[1];
    p->reply_fd = reply[0];
    p->err_fd = err[0];
    fcntl(p->err_fd, F_SETFL, fcntl(p->err_fd, F_GETFL) | O_NONBLOCK);
    p->status = "ok";
    p->timed_out_at = -1;
}

/* Waits (at most 100 ms) until no program uses CPU: JIT compilers and collectors of the previous turn finish. */
static void await_quiet(void) {
    long long before[MAX_PROGS];
    long long deadline = now_ns() + 100000000LL;
    for (int j = 0; j < nprogs; j++) before[j] = alive(&progs[j]) ? process_cpu_ns(progs[j].pid) : 0;
    while (now_ns() < deadline) {
        usleep(2000);
        int quiet = 1;
        for (int j = 0; j < nprogs; j++) {
            if (!alive(&progs[j])) continue;
            long long c = process_cpu_ns(progs[j].pid);
            if (c - before[j] > 200000) quiet = 0; /* more than 0.2 ms of CPU in 2 ms */
            before[j] = c;
        }
        if (quiet) return;
    }
}

/* One timed batch of (up to) k calls on input i; returns ns per call, or -1 (program marked). The program says how
 * many calls it prepared (fewer when fresh copies of a large input would not fit), stored in *made; the cost of
 * an empty batch (the pipes' round trip) is taken off. seed >= 0: every call of the batch draws its random numbers
 * from that seed (a round's); else the program seeds each call by how many it timed on the input before. */
static long long timed_batch(program *p, int i, long long k, long long seed, long long max_call_ms, long long *foreign,
                             long long *made, long long *delay) {
    char command[96];
    if (seed >= 0) snprintf(command, sizeof command, "prep %d %lld %lld\n", i, k, seed);
    else snprintf(command, sizeof command, "prep %d %lld\n", i, k);
    char *count = ask(p, command, "ok", 60000);
    if (!count) return -1;
    long long n = *count ? atoll(count) : k;
    if (n < 0 || n > k || (k > 0 && n == 0)) { fail(p, "a bad batch size"); return -1; }
    await_quiet();
    long long others0 = 0, others1 = 0;
    for (int j = 0; j < nprogs; j++) if (&progs[j] != p && alive(&progs[j])) others0 += process_cpu_ns(progs[j].pid);
    long long delay0 = run_delay_ns(p->pid);
    long long t0 = now_ns();
    if (send_line(p, "go\n") != 0) return -1;
    char *reply = read_line(p, n * max_call_ms * 4 + 5000);
    long long t1 = now_ns();
    if (!reply) return -1;
    if (strcmp(reply, "done") != 0) { fail(p, "unexpected answer to 'go'"); return -1; }
    for (int j = 0; j < nprogs; j++) if (&progs[j] != p && alive(&progs[j])) others1 += process_cpu_ns(progs[j].pid);
    if (foreign) *foreign += others1 - others0;
    long long delay1 = run_delay_ns(p->pid);
    if (delay && delay0 >= 0 && delay1 >= delay0) *delay += delay1 - delay0;
    if (made) *made = n;
    if (n == 0) return t1 - t0;
    /* never 0 ns a call: a batch of calls faster than the clock (a program that answers without running them) would
     * otherwise add nothing to the warm-up's time and never settle, and the warm-up would not end */
    long long per_call = (t1 - t0 - p->overhead_ns) / n;
    return per_call > 0 ? per_call : 1;
}

/* Three full batches' per-call times within 3 % of one another: the JIT has compiled what the calls run (a compile,
 * done in the calls' own time with -Xbatch, or code still interpreted would show as a slower batch), so the warm-up
 * may end before its W ms. */
static int settled(const long long last[3]) {
    long long lo = last[0], hi = last[0];
    for (int j = 1; j < 3; j++) {
        if (last[j] < lo) lo = last[j];
        if (last[j] > hi) hi = last[j];
    }
    return lo > 0 && (hi - lo) * 100 <= 3 * lo;
}

/* The probes' memory (the CPUs' random updates, the walk from memory), mapped once and faulted in once: a page's first
 * touch costs about 11 us in this project's VM, and each probe mapping memory of its own took 90 ms of faults for its
 * 6 ms of updates, 0.4 s of every timed run's start. Unmapped once the probes are done: the programs get the memory. */
#define SCRATCH_BYTES (48u << 20)
static void *scratch;

static void *scratch_memory(void) {
    if (!scratch) {
        void *m = mmap(NULL, SCRATCH_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED) return NULL;
        for (size_t i = 0; i < SCRATCH_BYTES; i += 4096) ((char *) m)[i] = 1; /* pages in before any clock starts */
        scratch = m;
    }
    return scratch;
}

static void scratch_release(void) {
    if (scratch) munmap(scratch, SCRATCH_BYTES);
    scratch = NULL;
}

/* ns of a fixed memory-bound loop: `updates` random read-modify-writes over `words` ints (a power of two, at most
 * the scratch memory). */
static long long random_updates(unsigned words, unsigned updates) {
    int *a = scratch_memory();
    if (!a) return -1;
    unsigned x = 1;
    long long t0 = now_ns();
    for (unsigned i = 0; i < updates; i++) {
        x = x * 1103515245u + 12345u;
        a[(x >> 9) & (words - 1)] += (int) i;
    }
    long long t = now_ns() - t0;
    volatile int sink = a[x & (words - 1)];
    (void) sink;
    return t;
}

/* A ring of `lines` cache lines (one size_t each, at the start of its line: the index of the next) linked in one cycle
 * through every line, in an order the prefetchers cannot follow (Sattolo's shuffle of a fixed seed), so that every
 * step of a walk waits for the line it reads; written into `ring` (64-byte aligned, lines * 64 bytes). NULL when it
 * would not allocate. */
static size_t *random_ring(size_t *ring, unsigned lines, unsigned seed) {
    unsigned *order = ring ? malloc(lines * sizeof *order) : NULL;
    if (!order) return NULL;
    for (unsigned i = 0; i < lines; i++) order[i] = i;
    unsigned x = seed;
    for (unsigned i = lines - 1; i > 0; i--) {
        x = x * 1103515245u + 12345u;
        unsigned j = (x >> 8) % i, t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    for (unsigned i = 0; i < lines; i++) ring[(size_t) i * 8] = (size_t) order[i] * 8;
    free(order);
    return ring;
}

/* --probe: how much of the host's last-level cache this process has now. An 8 MiB ring of cache lines, linked in a
 * fixed random order, is walked once to bring it in and once more timed: each step waits for the line it reads, so
 * the time is that of a load from the cache (about 1.7 ms on this project's VM, 12 ns a step) or from memory when
 * something took the cache meanwhile (14-18 ms, 110-140 ns a step, beside a loop of random writes over 64 MiB on
 * the other CPU). A loop of independent random updates, the probe before, overlaps its misses and moved by under 10 %
 * there, while a heap of 196,085 Python ints took its calls from 80 to 170-200 ms. Returns ns, -1 when the ring
 * would not allocate. */
#define PROBE_LINES ((8u << 20) / 64)
static size_t *probe_ring;

static long long cache_probe(void) {
    if (!probe_ring) {
        size_t *ring = aligned_alloc(64, (size_t) PROBE_LINES * 64);
        probe_ring = random_ring(ring, PROBE_LINES, 12345);
        if (!probe_ring) { free(ring); return -1; }
    }
    size_t at = 0;
    for (unsigned i = 0; i < PROBE_LINES; i++) at = probe_ring[at];
    long long t0 = now_ns();
    for (unsigned i = 0; i < PROBE_LINES; i++) at = probe_ring[at];
    long long t = now_ns() - t0;
    volatile size_t sink = at;
    (void) sink;
    return t;
}

/* --probe: what a load from memory costs on this machine now, as the ns per step of a walk through a ring of 48 MiB
 * of cache lines in a fixed random order (more than the last-level cache, so nearly every step misses it): what a
 * cache reading approaches when the host has taken the whole cache (about 110-140 ns a step here, against 12 from
 * the cache). The scorer bounds the quiet reading by it, so that a node that starts while a neighbour holds the cache
 * does not take that for quiet. -1 when the ring would not allocate. */
static double memory_step_ns(void) {
    const unsigned lines = SCRATCH_BYTES / 64, steps = 32768;
    size_t *ring = random_ring(scratch_memory(), lines, 54321);
    if (!ring) return -1;
    size_t at = 0;
    for (unsigned i = 0; i < steps; i++) at = ring[at]; /* a first stretch, untimed: the code and the clock warm */
    long long t0 = now_ns();
    for (unsigned i = 0; i < steps; i++) at = ring[at];
    double per_step = (now_ns() - t0) / (double) steps;
    volatile size_t sink = at;
    (void) sink;
    return per_step;
}

/* CPU time of the calling thread, in ns. */
static long long thread_cpu_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* CPU time of every live program, in ns. */
static long long programs_cpu_ns(void) {
    long long sum = 0;
    for (int j = 0; j < nprogs; j++) if (alive(&progs[j])) sum += process_cpu_ns(progs[j].pid);
    return sum;
}

/* A reading of the host's cache while the measured programs are idle, so that they cannot decide which rounds count
 * (a program left spinning after a slow call of its own would slow the reading beside that round, and the scorer
 * leaves out the rounds beside slow readings). A program that used CPU during the reading twice in a row gets a reading
 * of 0, which the scorer counts as quiet; -1 when the ring would not allocate. */
static long long host_reading(void) {
    for (int attempt = 0; attempt < 2; attempt++) {
        await_quiet();
        long long before = programs_cpu_ns(), own0 = thread_cpu_ns(), t0 = now_ns();
        long long ns = cache_probe();
        if (ns < 0) return -1;
        long long wall = now_ns() - t0, own = thread_cpu_ns() - own0;
        /* the programs' CPU clocks may not tick while this one holds the CPU they share: the reading's own CPU time
         * short of its wall time says that something else ran in between */
        if (programs_cpu_ns() - before <= 200000 && wall - own <= wall / 10 + 200000) return ns;
    }
    return 0;
}

#define MAX_CPUS 64
static int probed_cpu[MAX_CPUS];
static long long probed_ns[MAX_CPUS];
static int nprobed;

/* Timing: this process and every program (which inherit it) run on one CPU. Two CPUs of a virtual machine can differ
 * in memory speed for minutes (a loop of random updates over 64 MiB took 71 ms on one and 49 ms on the other), and a
 * program that the scheduler keeps on the slower one would lose to the other by that much: taking turns on one CPU,
 * both see the same. Of the CPUs this process may use it takes the one whose memory is fastest now (1M random updates
 * over 32 MiB, twice on each, the faster time counts; each CPU's is reported), so that which CPU a fork happened to
 * start on does not decide how fast memory-bound code looks. Returns the CPU, or -1 where it could not be fixed. */
static int one_cpu(void) {
    cpu_set_t allowed, set;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return -1;
    every_cpu = allowed;
    for (int c = 0; c < MAX_CPUS; c++) {
        if (!CPU_ISSET(c, &allowed)) continue;
        probed_cpu[nprobed] = c;
        probed_ns[nprobed++] = -1;
    }
    int best = -1;
    for (int pass = 0; pass < 2 && nprobed > 1; pass++) {
        for (int k = 0; k < nprobed; k++) {
            CPU_ZERO(&set);
            CPU_SET(probed_cpu[k], &set);
            if (sched_setaffinity(0, sizeof set, &set) != 0) continue;
            long long t = random_updates(1u << 23, 1u << 20);
            if (t > 0 && (probed_ns[k] < 0 || t < probed_ns[k])) probed_ns[k] = t;
        }
    }
    for (int k = 0; k < nprobed; k++) {
        if (probed_ns[k] > 0 && (best < 0 || probed_ns[k] < probed_ns[best])) best = k;
    }
    int cpu = best >= 0 ? probed_cpu[best] : sched_getcpu();
    if (cpu < 0) return -1;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set) == 0 ? cpu : -1;
}

/* Program p is stopped and not run at size s or larger ones: "timeout" (too slow there), "enough" (--max-count: it
 * counted enough work before). */
static void stop_sizes(int p, int s, const char *status) {
    progs[p].status = status;
    progs[p].timed_out_at = s;
    kill(progs[p].pid, SIGKILL);
    free(sizes[s].result[p]);
    sizes[s].result[p] = NULL;
}

/* Program p is too slow at size s: it is stopped and not run on larger sizes. */
static void time_out(int p, int s) {
    stop_sizes(p, s, "timeout");
}

/* --count: one program's counts over every input, in a thread of its own (each program's state, its answers and its
 * counts are its own, so the threads share nothing they write). One checked call first, uncounted, takes what a
 * process does once (imports, class initialisation) out of the first count; checking every input took as long as
 * counting it, so each later input's answer comes with its first count ("count N ANSWER") instead. */
typedef struct { int p; long long nsizes, counting, max_call_ms, max_count; } count_job;

static void *count_program(void *arg) {
    const count_job *job = arg;
    int p = job->p;
    char command[64];
    int randomised = 0; /* two counts of the first input differed: count every input up to C times */
    for (int s = 0; s < job->nsizes && alive(&progs[p]); s++) {
        size_report *r = &sizes[s];
        long long c0;
        if (s == 0) {
            snprintf(command, sizeof command, "check %d\n", s);
            c0 = process_cpu_ns(progs[p].pid);
            char *result = ask(&progs[p], command, "result ", 10 * job->max_call_ms + 10000);
            if (!result) break;
            r->result[p] = strdup(result);
            if (process_cpu_ns(progs[p].pid) - c0 > 2 * job->max_call_ms * 1000000LL) { time_out(p, s); break; }
        }
        for (int k = 0; k < job->counting && k < MAX_COUNTS && alive(&progs[p]); k++) {
            snprintf(command, sizeof command, "count %d\n", s);
            c0 = process_cpu_ns(progs[p].pid);
            char *count = ask(&progs[p], command, "count ", 10 * job->max_call_ms + 10000);
            if (!count) break;
            /* CPU, not wall time: programs counting side by side, or a busy machine, must not cut one short */
            long long spent = process_cpu_ns(progs[p].pid) - c0;
            if (spent > job->max_call_ms * 1000000LL) { time_out(p, s); break; }
            long long units = atoll(count);
            r->counts[p][r->ncounts[p]++] = units;
            /* "count N ANSWER": the first count's answer is the input's result, checked like a timed run's */
            char *answer = strchr(count, ' ');
            if (answer && !r->result[p]) r->result[p] = strdup(answer + 1);
            if (job->max_count > 0 && units > job->max_count) {
                /* --max-count: the program's largest input is the first that counted over it, on every machine */
                if (s + 1 < job->nsizes) stop_sizes(p, s + 1, "enough");
                return NULL;
            }
            if (job->max_count > 0 ? units * 5 > job->max_count * 2 : spent > 100000000LL) break;
            if (k == 0 && s > 0 && !randomised) break; /* it counted alike twice at the first input */
            if (k == 1 && r->counts[p][0] == r->counts[p][1]) break; /* deterministic: two agree */
            if (k == 1) randomised = 1;
        }
    }
    return NULL;
}

static void json_string(const char *s, size_t len) {
    putchar('"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char) s[i];
        if (c == '"' || c == '\\') printf("\\%c", c);
        else if (c == '\n') fputs("\\n", stdout);
        else if (c == '\t') fputs("\\t", stdout);
        else if (c < 0x20) printf("\\u%04x", c);
        else putchar(c);
    }
    putchar('"');
}

static void usage(const char *why) {
    fprintf(stderr, "interleave: %s\nusage: interleave --sizes K [--rounds R] [--top-sizes T] [--top-rounds RT] "
                    "[--batch-ms B] [--warmup-ms W] [--max-call-ms M] [--count C] [--max-count U] [--skip-mem 1] [--probe 1] [--uids U,U...] -- PROG ARGS... [-- PROG ARGS...]\n", why);
    exit(64);
}

int main(int argc, char **argv) {
    long long probe = 0, skip_mem = 0, counting = 0, max_count = 0, nsizes = 0, rounds = 3, top_sizes = 3, top_rounds = 9, batch_ms = 20, warmup_ms = 300, max_call_ms = 2000;
    int i = 1;
    const char *uids = NULL;
    for (; i < argc && strcmp(argv[i], "--") != 0; i += 2) {
        if (i + 1 >= argc) usage("missing value");
        if (strcmp(argv[i], "--uids") == 0) { uids = argv[i + 1]; continue; }
        long long v = atoll(argv[i + 1]);
        if (v <= 0) usage("values must be positive integers");
        if (strcmp(argv[i], "--sizes") == 0) nsizes = v;
        else if (strcmp(argv[i], "--rounds") == 0) rounds = v;
        else if (strcmp(argv[i], "--top-sizes") == 0) top_sizes = v;
        else if (strcmp(argv[i], "--top-rounds") == 0) top_rounds = v;
        else if (strcmp(argv[i], "--batch-ms") == 0) batch_ms = v;
        else if (strcmp(argv[i], "--warmup-ms") == 0) warmup_ms = v;
        else if (strcmp(argv[i], "--max-call-ms") == 0) max_call_ms = v;
        else if (strcmp(argv[i], "--count") == 0) counting = v;
        else if (strcmp(argv[i], "--max-count") == 0) max_count = v;
        else if (strcmp(argv[i], "--skip-mem") == 0) skip_mem = v;
        else if (strcmp(argv[i], "--probe") == 0) probe = v;
        else usage("unknown option");
    }
    if (nsizes <= 0 || nsizes > MAX_SIZES) usage("--sizes must be 1..96");
    if (rounds > MAX_ROUNDS || top_rounds > MAX_ROUNDS) usage("--rounds and --top-rounds must be at most 64");
    while (i < argc && strcmp(argv[i], "--") == 0) {
        argv[i++] = NULL; /* terminates the previous program's argv */
        if (i >= argc || strcmp(argv[i], "--") == 0) usage("empty program");
        if (nprogs == MAX_PROGS) usage("too many programs");
        progs[nprogs++].argv = argv + i;
        while (i < argc && strcmp(argv[i], "--") != 0) i++;
    }
    if (nprogs == 0) usage("no program");
    for (int p = 0; p < nprogs; p++) progs[p].uid = CANDIDATE_UID;
    for (int p = 0; uids && *uids && p < nprogs; p++) {
        char *end;
        long uid = strtol(uids, &end, 10);
        if (uid <= 0) usage("--uids takes users other than root, comma-separated");
        progs[p].uid = (uid_t) uid;
        uids = *end == ',' ? end + 1 : end;
    }

    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); /* the measured programs must not reach into us */
    signal(SIGPIPE, SIG_IGN);
    phase_mark = now_ns();
    int cpu = counting ? -1 : one_cpu();
    double memory_step = probe && !counting ? memory_step_ns() : -1;
    scratch_release();
    phase_done(PHASE_PROBES);
    for (int p = 0; p < nprogs; p++) start(&progs[p]);
    for (int p = 0; p < nprogs; p++) {
        char *reply = read_line(&progs[p], 60000);
        if (reply && strcmp(reply, "ready") != 0) {
            char why[512];
            snprintf(why, sizeof why, "%.500s", reply);
            fail(&progs[p], why);
        }
    }
    /* timed programs take turns on one CPU: every thread and process of theirs goes there now, before anything is
     * timed */
    for (int p = 0; p < nprogs && cpu >= 0 && getuid() == 0; p++) {
        if (alive(&progs[p]) && pin_user(progs[p].uid, cpu) != 0) {
            fail(&progs[p], "interleave: cannot move it onto the timed CPU");
        }
    }

    /* the round trip of an empty batch, fastest of five, is taken off every timed batch */
    for (int p = 0; p < nprogs; p++) {
        long long best = -1;
        for (int t = 0; t < 5 && alive(&progs[p]); t++) {
            long long ns = timed_batch(&progs[p], 0, 0, -1, max_call_ms, NULL, NULL, NULL);
            if (ns >= 0 && (best < 0 || ns < best)) best = ns;
        }
        progs[p].overhead_ns = best > 0 ? best : 0;
    }
    phase_done(PHASE_START);

    if (counting) {
        /* nothing is timed: every program checks and counts on its own, all at the same time (one thread each) */
        pthread_t threads[MAX_PROGS];
        count_job jobs[MAX_PROGS];
        for (int p = 0; p < nprogs; p++) {
            jobs[p] = (count_job) {p, nsizes, counting, max_call_ms, max_count};
            if (pthread_create(&threads[p], NULL, count_program, &jobs[p]) != 0) { perror("interleave: thread"); exit(71); }
        }
        for (int p = 0; p < nprogs; p++) pthread_join(threads[p], NULL);
        phase_done(PHASE_COUNT);
    }
    for (int s = 0; s < nsizes && !counting; s++) {
        size_report *r = &sizes[s];
        long long per_call[MAX_PROGS] = {0};
        char command[64];
        for (int p = 0; p < nprogs; p++) {
            if (!alive(&progs[p])) continue;
            snprintf(command, sizeof command, "check %d\n", s);
            long long t0 = now_ns();
            char *result = ask(&progs[p], command, "result ", 10 * max_call_ms + 10000);
            if (!result) continue;
            r->result[p] = strdup(result);
            per_call[p] = now_ns() - t0;
            if (per_call[p] > 2 * max_call_ms * 1000000LL) time_out(p, s);
        }
        phase_done(PHASE_CHECK);
        /* warm-up: batches of doubling size until W ms were spent (at the first size), which also fixes a batch of
         * about B ms from the fastest per-call time of two full batches (a pause during one must not shrink it).
         * After the first size, where nothing is left to warm up, the doubling starts at half a batch by the checked
         * call's time (a call and its answer's round trip: never shorter than a call), not at one call, and ends at
         * the first full batch: the fastest per-call time of it and the batch before, when that one ran a quarter
         * batch or more, fixes the size (a pause during one must not shrink it) */
        long long warm_ns = s == 0 ? warmup_ms * 1000000LL : 0;
        for (int p = 0; p < nprogs; p++) {
            if (!alive(&progs[p])) continue;
            /* after the first size a checked call of two batches' length or more (its answer's round trip included,
             * which only lengthens it) is a batch of one already: the search could not change it. Under ten batches'
             * length one timed call confirms it first: the checked call's time also holds the harness's own work
             * (converting the input, comparing it after the call, writing the answer) and any pause of the host, and
             * checks of 5 us reverse-linked-list calls that took over 40 ms on a busy host had their sizes timed one
             * call at a time, 19-75 us a call */
            if (s > 0 && per_call[p] >= 2 * batch_ms * 1000000LL && per_call[p] <= max_call_ms * 1000000LL) {
                long long one = per_call[p];
                if (one < 10 * batch_ms * 1000000LL) {
                    one = timed_batch(&progs[p], s, 1, -1, max_call_ms, NULL, NULL, NULL);
                    if (one < 0) continue;
                }
                if (one >= 2 * batch_ms * 1000000LL) {
                    r->batch[p] = 1;
                    if (one > max_call_ms * 1000000LL) time_out(p, s);
                    continue;
                }
                per_call[p] = one;
            }
            long long k = s == 0 || per_call[p] <= 0 ? 1 : batch_ms * 1000000LL / 2 / per_call[p];
            k = k < 1 ? 1 : k > MAX_BATCH ? MAX_BATCH : k;
            long long spent = 0, ns = 0, best = -1, made = 0, last[3] = {0};
            /* the warm-up also ends after three times W of the clock and a second (preparing batches, waiting for
             * idle programs): a program that prepares one call per batch and answers at once adds microseconds of
             * timed work per batch, and took minutes of batches to reach W */
            long long warm_until = now_ns() + 3 * warm_ns + 1000000000LL;
            int full = 0;
            for (;;) {
                ns = timed_batch(&progs[p], s, k, -1, max_call_ms, NULL, &made, NULL);
                if (ns < 0) break;
                spent += ns * made;
                if (ns > max_call_ms * 1000000LL) { best = ns; break; }
                int half = ns * made < batch_ms * 1000000LL / 2 && made == k && k < MAX_BATCH;
                if (warm_ns == 0 && ns * made >= batch_ms * 1000000LL / 4) best = best < 0 || ns < best ? ns : best;
                if (half) { k *= 2; continue; }
                best = best < 0 || ns < best ? ns : best;
                if (warm_ns == 0) break;
                last[full % 3] = ns;
                if (++full >= 2 && (spent >= warm_ns || (full >= 3 && settled(last)) || now_ns() > warm_until)) break;
            }
            if (ns < 0) continue;
            per_call[p] = best;
            long long want = batch_ms * 1000000LL / (best > 0 ? best : 1);
            r->batch[p] = want < 1 ? 1 : want > MAX_BATCH ? MAX_BATCH : want;
            if (best > max_call_ms * 1000000LL) time_out(p, s);
        }
        phase_done(PHASE_WARMUP);
        int top = s >= nsizes - top_sizes;
        long long size_rounds = top ? top_rounds : rounds;
        for (int round = 0; round < size_rounds; round++) {
            if (probe && top) {
                phase_done(PHASE_ROUNDS);
                r->probe_ns[r->nprobes++] = host_reading();
                phase_done(PHASE_READINGS);
            }
            for (int q = 0; q < nprogs; q++) {
                int p = (q + round) % nprogs; /* rotate who goes first */
                if (!alive(&progs[p])) continue;
                long long made = 0;
                /* seeded by the round: a randomised program (quickselect's pivots) does the same work in round r of
                 * every fork, whatever its batch size and however many calls the warm-up and the search spent; by
                 * the calls timed before, python-quickselect's forks drew their own pivots at the second-largest
                 * size (7.5-8.1 ms a call in some forks, 9.7-10.7 ms in others) and its scores lay 5.4 % apart */
                long long t = timed_batch(&progs[p], s, r->batch[p], round, max_call_ms, &r->foreign_ns[p], &made,
                                          &r->delay_ns[p]);
                if (t < 0) continue;
                r->ns[p][r->rounds[p]++] = t;
                r->timed_ns[p] += t * made;
                r->made[p] = made;
            }
        }
        phase_done(PHASE_ROUNDS);
        if (probe && top) {
            r->probe_ns[r->nprobes++] = host_reading();
            phase_done(PHASE_READINGS);
        }
        for (int p = 0; p < nprogs && !skip_mem; p++) {
            if (!alive(&progs[p])) continue;
            snprintf(command, sizeof command, "mem %d\n", s);
            char *bytes = ask(&progs[p], command, "mem ", 10 * max_call_ms + 10000);
            if (bytes) r->bytes[p] = atoll(bytes);
        }
        phase_done(PHASE_MEMORY);
    }
    for (int p = 0; p < nprogs; p++) {
        if (alive(&progs[p])) send_line(&progs[p], "quit\n");
    }
    for (int p = 0; p < nprogs; p++) {
        if (progs[p].pid <= 0) continue;
        long long deadline = now_ns() + 1000000000LL;
        while (waitpid(progs[p].pid, NULL, WNOHANG) == 0) {
            if (now_ns() > deadline) { kill(progs[p].pid, SIGKILL); waitpid(progs[p].pid, NULL, 0); break; }
            drain_stderr(&progs[p]);
            usleep(1000);
        }
        drain_stderr(&progs[p]);
    }
    phase_done(PHASE_QUIT);

    printf("{\"cpu\":%d,\"memoryStepNs\":%.1f,\"cpuProbeNs\":[", cpu, memory_step);
    for (int k = 0; k < nprobed; k++) printf("%s[%d,%lld]", k ? "," : "", probed_cpu[k], probed_ns[k]);
    printf("],\"phaseMs\":{");
    for (int k = 0; k < PHASES; k++) printf("%s\"%s\":%lld", k ? "," : "", PHASE_NAMES[k], phase_ns[k] / 1000000);
    printf("},\"programs\":[");
    for (int p = 0; p < nprogs; p++) {
        printf("%s{\"status\":\"%s\",\"timedOutAt\":%d,\"failure\":", p ? "," : "", progs[p].status, progs[p].timed_out_at);
        json_string(progs[p].failure, strlen(progs[p].failure));
        printf(",\"stderr\":");
        json_string(progs[p].err, progs[p].err_len);
        putchar('}');
    }
    printf("],\"sizes\":[");
    for (int s = 0; s < nsizes; s++) {
        size_report *r = &sizes[s];
        printf("%s{\"probeNs\":[", s ? "," : "");
        for (int k = 0; k < r->nprobes; k++) printf("%s%lld", k ? "," : "", r->probe_ns[k]);
        printf("],\"results\":[");
        for (int p = 0; p < nprogs; p++) {
            if (p) putchar(',');
            /* an answer equal to the first program's is not repeated */
            if (!r->result[p]) fputs("null", stdout);
            else if (p > 0 && r->result[0] && strcmp(r->result[p], r->result[0]) == 0) fputs("\"=\"", stdout);
            else json_string(r->result[p], strlen(r->result[p]));
        }
        printf("],\"programs\":[");
        for (int p = 0; p < nprogs; p++) {
                printf("%s{\"batch\":%lld,\"bytes\":%lld,\"foreignNs\":%lld,\"timedNs\":%lld,\"delayNs\":%lld,\"ns\":[",
                   p ? "," : "", r->made[p], r->bytes[p], r->foreign_ns[p], r->timed_ns[p], r->delay_ns[p]);
            for (int k = 0; k < r->rounds[p]; k++) printf("%s%lld", k ? "," : "", r->ns[p][k]);
            printf("],\"counts\":[");
            for (int k = 0; k < r->ncounts[p]; k++) printf("%s%lld", k ? "," : "", r->counts[p][k]);
            printf("]}");
        }
        printf("]}");
    }
    printf("]}\n");
    return fflush(stdout) == 0 ? 0 : 74;
}
