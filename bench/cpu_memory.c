/* Do this machine's CPUs see the same memory speed? (not a test) Pinned to each CPU in turn, ten times: random
 * increments over a buffer of the given MiB (memory-bound), then a loop that touches no memory. On a virtual machine
 * two CPUs can differ for minutes (2026-12-01, 2 CPUs: 71 against 49 ms over 64 MiB four runs in a row, 8 % the
 * other way over 16 MiB a minute before), which is why interleave times both programs of a fork on one CPU.
 *
 *     gcc -O2 -o /tmp/cpu_memory bench/cpu_memory.c && /tmp/cpu_memory 64
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
    size_t words = (size_t) (argc > 1 ? atoi(argv[1]) : 64) << 17; /* MiB of 8-byte words */
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    uint64_t *a = calloc(words, 8), sink = 0;
    double memory[64] = {0}, alu[64] = {0};
    if (!a || cpus > 64) return 1;
    for (int round = 0; round < 10; round++)
        for (int c = 0; c < cpus; c++) {
            cpu_set_t set;
            CPU_ZERO(&set);
            CPU_SET(c, &set);
            if (sched_setaffinity(0, sizeof set, &set) != 0) continue;
            uint64_t x = 88172645463325252ull, y = 1;
            double t0 = now_ms();
            for (int k = 0; k < 4000000; k++) { x ^= x << 13; x ^= x >> 7; x ^= x << 17; a[x % words]++; }
            double t1 = now_ms();
            for (int k = 0; k < 20000000; k++) y = y * 6364136223846793005ull + 1442695040888963407ull;
            double t2 = now_ms();
            memory[c] += (t1 - t0) / 10, alu[c] += (t2 - t1) / 10, sink += y;
        }
    for (int c = 0; c < cpus; c++) printf("cpu %d: memory %.1f ms, no memory %.1f ms\n", c, memory[c], alu[c]);
    return sink == 42; /* keeps the loop */
}
