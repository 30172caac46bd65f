package dev.arbiter.score;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * This node's quiet cache reading ({@link HostCache}): the lowest reading of the scores of the last half hour. A score
 * measured while a neighbour held the cache throughout has no quiet reading of its own; the node's recent ones say
 * what quiet is. Half an hour, so that a node moved to other hardware finds its new quiet soon.
 */
@ApplicationScoped
public class HostCacheBaseline {

    static final Duration KEEP = Duration.ofMinutes(30);

    private record Reading(long atNanos, double ns) {
    }

    private final Deque<Reading> readings = new ArrayDeque<>();

    /** The lowest reading kept; +infinity when there is none. */
    public synchronized double quietNs() {
        forgetOld();
        return readings.stream().mapToDouble(Reading::ns).min().orElse(Double.POSITIVE_INFINITY);
    }

    /** Keeps a score's lowest reading (+infinity, for a score without readings, is not kept). */
    public synchronized void record(double lowestNs) {
        forgetOld();
        if (Double.isFinite(lowestNs) && lowestNs > 0) readings.addLast(new Reading(System.nanoTime(), lowestNs));
    }

    private void forgetOld() {
        long cutoff = System.nanoTime() - KEEP.toNanos();
        while (!readings.isEmpty() && readings.peekFirst().atNanos() - cutoff < 0) readings.removeFirst();
    }
}
