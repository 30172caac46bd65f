/* Which probe sees another tenant take the host's cache? (not a test) Times, five times in a row, two fixed loops over
 * 8 MiB: independent random updates (the probe scores took after each fork until run 21) and a walk through a ring of
 * cache lines in a fixed random order, each step waiting for the line it reads (interleave's cache_probe, read around
 * every timed round since). Run it pinned to one CPU, alone and with bench/cache_neighbour.c on the other.
 *
 *     gcc -O2 -o /tmp/cache_probe bench/cache_probe.c && taskset -c 0 /tmp/cache_probe
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static double updates(void) {
    const unsigned words = 1u << 21; /* 8 MiB of ints */
    int *a = calloc(words, sizeof *a);
    for (unsigned i = 0; i < words; i += 1024) a[i] = 1;
    unsigned x = 1;
    double t0 = now_ms();
    for (unsigned i = 0; i < (1u << 22); i++) {
        x = x * 1103515245u + 12345u;
        a[(x >> 9) & (words - 1)] += (int) i;
    }
    double t = now_ms() - t0;
    volatile int sink = a[x & (words - 1)];
    (void) sink;
    free(a);
    return t;
}

static double walk(void) {
    const unsigned lines = (8u << 20) / 64;
    size_t *ring = aligned_alloc(64, (size_t) lines * 64);
    unsigned *order = malloc(lines * sizeof *order);
    for (unsigned i = 0; i < lines; i++) order[i] = i;
    unsigned x = 12345;
    for (unsigned i = lines - 1; i > 0; i--) { /* one cycle through every line */
        x = x * 1103515245u + 12345u;
        unsigned j = (x >> 8) % i, t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    for (unsigned i = 0; i < lines; i++) ring[(size_t) i * 8] = (size_t) order[i] * 8;
    size_t at = 0;
    for (unsigned i = 0; i < lines; i++) at = ring[at];
    double t0 = now_ms();
    for (unsigned i = 0; i < lines; i++) at = ring[at];
    double t = now_ms() - t0;
    volatile size_t sink = at;
    (void) sink;
    free(order);
    free(ring);
    return t;
}

int main(void) {
    for (int run = 0; run < 5; run++) printf("updates %.2f ms, walk %.2f ms\n", updates(), walk());
    return 0;
}
