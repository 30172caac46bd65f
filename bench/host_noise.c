/* How steady is this machine's memory right now? (not a test) A fixed memory-bound loop (random writes over 16 MiB,
 * more than a 2-core VM's share of the host's cache) timed 15 times in a row. The same work should take the same
 * time; when a neighbour on the host contends for caches and memory bandwidth the times scatter (260-1034 ms on
 * 2026-11-30), and so do the time ratios of scores. Scores take a short probe of this kind after every fork (interleave --probe) and name the
 * host when it changed speed (docs/PERFORMANCE.md).
 *
 *     gcc -O2 -o /tmp/host_noise bench/host_noise.c && /tmp/host_noise
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(void) {
    const unsigned n = 1u << 22; /* ints: 16 MiB */
    int *a = calloc(n, sizeof *a);
    if (!a) return 1;
    double lo = 1e9, hi = 0;
    long sink = 0;
    for (int run = 0; run < 15; run++) {
        double t0 = now();
        unsigned x = 1;
        for (int pass = 0; pass < 40; pass++) {
            for (unsigned i = 0; i < n; i++) {
                x = x * 1103515245u + 12345u;
                a[(x >> 8) & (n - 1)] += (int) i;
                sink += a[i];
            }
        }
        double ms = (now() - t0) * 1000;
        lo = ms < lo ? ms : lo;
        hi = ms > hi ? ms : hi;
        printf("%.0f ", ms);
        fflush(stdout);
    }
    printf("\nmin %.0f ms, max %.0f ms, max/min %.2f (%ld)\n", lo, hi, hi / lo, sink & 1);
    return 0;
}
