/* A stand-in for another tenant of the host (not a test): random writes over a buffer larger than the last-level
 * cache, for ON seconds, then a pause of OFF seconds, again and again. Beside it the host's cache is taken, as a busy
 * neighbour on a cloud host takes it; docs/BENCHMARKS.md (run 21) scored python-heap beside it. OFF 0: without pause.
 *
 *     gcc -O2 -o /tmp/cache_neighbour bench/cache_neighbour.c
 *     taskset -c 1 /tmp/cache_neighbour 1000 0 16    # 16 MiB, throughout, on CPU 1
 *     /tmp/cache_neighbour 2 2 64                     # 64 MiB, two seconds on, two off
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: cache_neighbour ON_SECONDS OFF_SECONDS [MIB]\n");
        return 64;
    }
    double on = atof(argv[1]), off = atof(argv[2]);
    unsigned words = (argc > 3 ? (unsigned) atoi(argv[3]) : 64u) << 18; /* ints */
    int *a = calloc(words, sizeof *a);
    if (!a) return 1;
    unsigned x = 1;
    for (;;) {
        double t0 = now();
        while (now() - t0 < on) {
            for (int i = 0; i < 1000000; i++) {
                x = x * 1103515245u + 12345u;
                a[(x >> 6) % words] += i;
            }
        }
        if (off > 0) usleep((useconds_t) (off * 1e6));
    }
}
