package dev.arbiter.score;

import dev.arbiter.measure.Measurement;
import dev.arbiter.measure.Stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's last-level cache during a score, as interleave read it around every timed round at the largest sizes (a
 * walk through 8 MiB in a fixed random order, about 2 ms while the cache is this machine's). A cloud host's other
 * tenants share that cache and show in nothing the VM can read; when one takes it, a program that waits on memory far
 * more than its reference slows far more (python-heap's calls 80 -> 170-200 ms, its reference's 20 -> 21-25 ms), and
 * its ratio with it. So a ratio that moves with the readings ({@link #sensitivity}) is taken from the rounds the host
 * disturbed least: at each size, of all forks' rounds, those whose reading is within {@link #NEAR_QUIET} of the quiet
 * one, and at least the {@link #LOWEST_SHARE} with the lowest readings. Quiet is the lowest reading this node took in the
 * last half hour or in this score, and at most {@link #QUIET_BOUND} of a walk from memory (docs/PERFORMANCE.md).
 */
public final class HostCache {

    /** A reading over this multiple of the quiet one: the host took the cache during that round. */
    static final double DISTURBED = 2.0;
    /** A quiet reading is at most this share of the same walk from memory ({@link #memoryBoundNs}). */
    static final double QUIET_BOUND = 0.25;
    /** Steps of one reading: interleave walks a ring of 8 MiB of 64-byte lines. */
    static final int READING_STEPS = (8 << 20) / 64;
    /** Rounds with a reading within this multiple of the quiet one always count. */
    static final double NEAR_QUIET = 1.5;
    /**
     * A ratio that moved by more than this share with the host's cache depends on it ({@link #sensitivity}): on a busy
     * host python-heap moved by 0.23-0.59, python-sort by -0.12-0.17 and python-quickselect by 0.01-0.07 with the scatter
     * of their rounds.
     */
    static final double SENSITIVE = 0.10;
    /**
     * {@link #SENSITIVE} where the host took the cache in most rounds: the lower half of the readings then holds disturbed
     * rounds too, and the halves' difference shows only part of what the cache did. A python-heap score whose quietest
     * rounds read 1.64x quiet, 50 of 75 rounds disturbed, moved 0.08 and came out 21.6 % above its median, unflagged;
     * over runs 35-38 (270 scores) this limit flags it and three more scores (docs/BENCHMARKS.md, run 38).
     */
    static final double SENSITIVE_WHEN_MOSTLY_DISTURBED = 0.05;
    /**
     * How many standard errors of the halves' difference {@link #sensitivity} takes off what the ratio moved: the part
     * of it the scatter of the rounds alone could give. A randomised program's rounds scatter widely (quickselect's
     * pivots), and its halves came out 0.12 and 0.17 apart by chance, which took two of ten python-quickselect scores
     * from a third of their rounds, 8 % above the median of their forks (docs/BENCHMARKS.md, run 28).
     */
    static final double CHANCE_ERRORS = 2.0;
    /** At least this share of a size's rounds count: those with the lowest readings. */
    static final double LOWEST_SHARE = 1.0 / 3;

    private final double quietNs;
    /** Per size n: the highest reading a round may have and count. */
    private final Map<Long, Double> cutoffNs;

    private HostCache(double quietNs, Map<Long, Double> cutoffNs) {
        this.quietNs = quietNs;
        this.cutoffNs = cutoffNs;
    }

    /**
     * The readings of these forks at these sizes, judged against the lowest of them and the node's (nodeQuietNs), and
     * never against more than {@link #QUIET_BOUND} of a walk through memory ({@link #memoryBoundNs}).
     */
    public static HostCache of(List<Measurement> forks, List<Long> sizes, double nodeQuietNs) {
        double quiet = Math.min(Math.min(nodeQuietNs, lowestReading(forks)), memoryBoundNs(forks));
        Map<Long, Double> cutoff = new HashMap<>();
        for (long n : sizes) {
            List<Double> readings = new ArrayList<>();
            for (Measurement m : forks) {
                for (Measurement.Size s : m.sizes()) {
                    if (s.n() != n) continue;
                    for (int r = 0; r < pairedRounds(s); r++) readings.add(reading(s, r));
                }
            }
            readings.sort(null);
            if (readings.isEmpty()) continue;
            double lowestShare = readings.get((int) Math.ceil(readings.size() * LOWEST_SHARE) - 1);
            cutoff.put(n, Math.max(lowestShare, NEAR_QUIET * quiet));
        }
        return new HostCache(quiet, cutoff);
    }

    /**
     * The most a quiet reading can be: {@link #QUIET_BOUND} of the same walk from memory (interleave's memoryStepNs, the
     * median over the forks, times the reading's {@link #READING_STEPS} steps); +infinity where it was not measured.
     * A node that starts while a neighbour holds the cache reads 6-9x quiet from its first score on (a quarter of the
     * walk from memory is 2x quiet here: 12 against 110-140 ns a step); without the bound it took that for quiet.
     */
    static double memoryBoundNs(List<Measurement> forks) {
        List<Double> steps = forks.stream().map(Measurement::memoryStepNs).filter(ns -> ns > 0).toList();
        return steps.isEmpty() ? Double.POSITIVE_INFINITY : QUIET_BOUND * Stats.median(steps) * READING_STEPS;
    }

    /** The lowest cache reading in these forks; +infinity when there is none. */
    public static double lowestReading(List<Measurement> forks) {
        double lowest = Double.POSITIVE_INFINITY;
        for (Measurement m : forks) {
            for (Measurement.Size s : m.sizes()) {
                for (long ns : s.probeNs()) {
                    if (ns > 0) lowest = Math.min(lowest, ns);
                }
            }
        }
        return lowest;
    }

    /** The quiet reading in ns; +infinity when nothing was read. */
    public double quietNs() {
        return quietNs;
    }

    /** Round k of this size counts towards the ratio (every round counts where no reading was taken). */
    public boolean counts(Measurement.Size size, int round) {
        Double cutoff = cutoffNs.get(size.n());
        return cutoff == null || reading(size, round) <= cutoff;
    }

    /** Round k of this size ran while the host had taken the cache. */
    public boolean disturbed(Measurement.Size size, int round) {
        double reading = reading(size, round);
        return Double.isFinite(reading) && reading > DISTURBED * quietNs;
    }

    /** Rounds at some sizes over all forks: how many the host disturbed, and the median reading of those that counted. */
    public record Rounds(int disturbed, int all, double countedReadingNs) {
    }

    /** The rounds at these sizes over all forks. */
    public Rounds rounds(List<Measurement> forks, List<Long> sizes) {
        int all = 0;
        int disturbed = 0;
        List<Double> countedReadings = new ArrayList<>();
        for (Measurement m : forks) {
            for (Measurement.Size s : m.sizes()) {
                if (!sizes.contains(s.n())) continue;
                for (int r = 0; r < pairedRounds(s); r++) {
                    all++;
                    if (disturbed(s, r)) disturbed++;
                    if (!counts(s, r)) continue;
                    if (Double.isFinite(reading(s, r)) && reading(s, r) > 0) countedReadings.add(reading(s, r));
                }
            }
        }
        return new Rounds(disturbed, all, countedReadings.isEmpty() ? Double.NaN : Stats.median(countedReadings));
    }

    /**
     * How much the ratio moved with the host's cache, at least: at each size, the median ratio of the rounds with the
     * higher half of the readings over that of the lower half, less 1, after taking off {@link #CHANCE_ERRORS} standard
     * errors of that difference ({@link #medianDifferenceError}); the largest over the sizes. NaN where no size had four rounds
     * with readings whose higher half read {@link #NEAR_QUIET} times the lower half or more. python-heap 0.2-0.8 while a neighbour came and went; a solution that waits on memory no more than
     * its reference about 0.
     */
    public static double sensitivity(List<Measurement> forks, List<Long> sizes) {
        double most = Double.NaN;
        for (long n : sizes) {
            List<double[]> rounds = new ArrayList<>(); // reading, ratio
            for (Measurement m : forks) {
                for (Measurement.Size s : m.sizes()) {
                    if (s.n() != n) continue;
                    for (int r = 0; r < pairedRounds(s); r++) {
                        double reading = reading(s, r);
                        if (Double.isFinite(reading) && reading > 0) rounds.add(new double[] {reading, ScoreSummary.roundRatio(s, r)});
                    }
                }
            }
            if (rounds.size() < 4) continue;
            rounds.sort((a, b) -> Double.compare(a[0], b[0]));
            int half = rounds.size() / 2;
            // readings that hardly differ cannot show what the cache does to the ratio
            double calm = Stats.median(rounds.subList(0, half).stream().map(x -> x[0]).toList());
            double busy = Stats.median(rounds.subList(rounds.size() - half, rounds.size()).stream().map(x -> x[0]).toList());
            if (busy < NEAR_QUIET * calm) continue;
            List<Double> calmRatios = rounds.subList(0, half).stream().map(x -> Math.log(x[1])).toList();
            List<Double> busyRatios = rounds.subList(rounds.size() - half, rounds.size()).stream().map(x -> Math.log(x[1])).toList();
            double apart = Stats.median(busyRatios) - Stats.median(calmRatios);
            double moved = Math.exp(apart - CHANCE_ERRORS * medianDifferenceError(calmRatios, busyRatios)) - 1;
            most = Double.isNaN(most) ? moved : Math.max(most, moved);
        }
        return most;
    }

    /**
     * The standard error of the difference of two medians of {@code a.size()} rounds each (log ratios), from the scatter
     * of the rounds within each half (their median absolute deviation, as a standard deviation), which the cache's own
     * effect, lying between the halves, does not widen. A median of h values scatters 1.25 standard deviations / sqrt(h).
     */
    static double medianDifferenceError(List<Double> a, List<Double> b) {
        double sd = 1.4826 * (absoluteDeviation(a) + absoluteDeviation(b)) / 2;
        return 1.2533 * sd * Math.sqrt(2.0 / a.size());
    }

    private static double absoluteDeviation(List<Double> values) {
        double middle = Stats.median(values);
        return Stats.median(values.stream().map(v -> Math.abs(v - middle)).toList());
    }

    /** Rounds both programs ran at this size. */
    static int pairedRounds(Measurement.Size s) {
        if (!s.runs().get(0).measured() || !s.runs().get(1).measured()) return 0;
        return Math.min(s.runs().get(0).ns().size(), s.runs().get(1).ns().size());
    }

    /**
     * The reading around round k: +infinity where none was taken; 0 where a measured program would not stay idle during
     * both readings around it, which counts as quiet: a program must not choose which of its rounds are left out.
     */
    private static double reading(Measurement.Size s, int round) {
        long around = s.probeAround(round);
        return around >= 0 ? around : Double.POSITIVE_INFINITY;
    }
}
