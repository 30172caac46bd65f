package dev.arbiter.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.measure.ComplexityClass;
import dev.arbiter.measure.ComplexityFit;
import dev.arbiter.measure.Growth;
import dev.arbiter.measure.Measurement;
import dev.arbiter.measure.Stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the measurements of a submission (program 0) and its reference (program 1) into a score. Time: per timed
 * measurement (fork), for each of the largest sizes the median of the round-by-round ratios, and the geometric mean
 * of those; the score is the median over forks (the geometric mean of two), or, for a ratio that moves with the host's
 * cache, the same over the rounds of all forks that the host disturbed least ({@link HostCache}). The first fork runs
 * every size, later ones only the largest. Growth: from the counted work of each call where there is a count
 * ({@link Growth}, "O(n) or O(n log n)" where the log factor's interval does not decide), from the times where work the
 * count cannot see (a native scan, a slice) makes the times grow clearly faster than the count ({@link GrowthDecision}).
 */
public final class ScoreSummary {

    static final int TOP_SIZES = 3;
    /** Forks measured before the score may settle on the rule that the forks to come could not move it ({@link #settled}). */
    static final int SETTLE_AFTER = 3;
    /**
     * Two forks further apart than this share of their mean do not settle the score on their own ({@link #settled}). Run
     * 35's 90 scores replayed (docs/BENCHMARKS.md): stopped at two forks that agree within 3 %, 51 of them would have
     * ended one or two forks sooner (55 forks fewer) and each solution's ten scores would have stayed within 5 % of
     * their median as before (worst 4.2 % where it was 3.5 %; python-heap 8.1 % either way); within 4 %, 63 sooner,
     * 78 forks fewer, up to 4.5 %.
     */
    static final double PAIR_SPREAD = 0.03;
    /** A score settles once the forks still to come could not move it by more than this share of it. */
    static final double SETTLED_SPREAD = 0.03;
    /** Forks further apart than this (relative to the score) make the score noisy. */
    static final double NOISY_SPREAD = 0.15;
    /** From this many forks on, the outermost two are left out of the noisy flag ({@link #centralSpread}). */
    static final int CENTRAL_FROM = 5;
    /** CPU used by the idle program while the other was timed, as a share of timed time. */
    static final double NOISY_FOREIGN = 0.05;
    /** Below this many bytes per call of the reference, no memory ratio: the amounts (evidence.memoryBytes) instead. */
    static final long MEMORY_RATIO_FROM_BYTES = 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoreSummary() {
    }

    /** As {@link #summarize(List, Measurement, List, ComplexityClass, Noise)} without outside readings. */
    public static PerfScorer.Score summarize(List<Measurement> forks, Measurement counted, List<Long> sizes, ComplexityClass declared) {
        return summarize(forks, counted, sizes, declared, Noise.NONE);
    }

    /**
     * forks: timed measurements, the first over every size; counted: a counting measurement of both programs over
     * several inputs of every size (PerfInputs.Counted), or null; declared: the reference's class as the problem declares it, or null; noise: what the
     * scorer saw outside the sandbox while measuring.
     */
    public static PerfScorer.Score summarize(List<Measurement> forks, Measurement counted, List<Long> sizes, ComplexityClass declared,
                                             Noise noise) {
        return summarize(forks, counted, sizes, declared, noise, Double.POSITIVE_INFINITY);
    }

    /**
     * As above; nodeQuietNs: the node's quiet reading of the host's cache ({@link HostCacheBaseline}), +infinity for
     * none. A time ratio that moves with the host's cache is taken from the rounds the host disturbed least
     * ({@link HostCache}, {@link #quietRatio}); a score whose least disturbed rounds were still disturbed is noisy and
     * names the host.
     */
    public static PerfScorer.Score summarize(List<Measurement> forks, Measurement counted, List<Long> sizes, ComplexityClass declared,
                                             Noise noise, double nodeQuietNs) {
        return summarize(forks, counted, sizes, declared, noise, nodeQuietNs, null);
    }

    /** As above; ended: why no further fork was measured (evidence.forksEnded), or null where no scorer decided. */
    public static PerfScorer.Score summarize(List<Measurement> forks, Measurement counted, List<Long> sizes, ComplexityClass declared,
                                             Noise noise, double nodeQuietNs, ForkBudget.Ended ended) {
        Measurement full = forks.get(0);
        int mine = full.measuredSizes(0);
        int theirs = full.measuredSizes(1);
        int common = Math.min(mine, theirs);
        List<Long> top = topSizes(full);
        HostCache cache = HostCache.of(forks, top, nodeQuietNs);
        List<Double> forkRatios = forkRatios(forks);
        ObjectNode evidence = JSON.createObjectNode();
        ArrayNode forkSeconds = JSON.createArrayNode();
        for (Measurement m : forks) {
            ArrayNode row = forkSeconds.addArray();
            for (Measurement.Size s : m.sizes()) {
                if (!top.contains(s.n()) || !s.runs().get(0).measured() || !s.runs().get(1).measured()) continue;
                row.addArray().add(s.runs().get(0).medianSeconds()).add(s.runs().get(1).medianSeconds());
            }
        }
        // from the rounds the host disturbed least where the ratio moves with the host's cache, else the median of the
        // forks (of two: their geometric mean), which keeps every round of a ratio the cache does not move
        double sensitivity = HostCache.sensitivity(forks, top);
        boolean fromQuietRounds = sensitivity > HostCache.SENSITIVE;
        Double timeRatio = forkRatios.isEmpty() ? null
                : fromQuietRounds ? quietRatio(forks, top, cache, evidence)
                : forkRatios.size() >= 3 ? Stats.median(forkRatios) : Stats.geometricMean(forkRatios);
        evidence.put("ratioFrom", fromQuietRounds ? "quietRounds" : "forks");
        Double spread = timeRatio == null ? null
                : (forkRatios.stream().mapToDouble(d -> d).max().orElseThrow()
                   - forkRatios.stream().mapToDouble(d -> d).min().orElseThrow()) / timeRatio;
        HostCache.Rounds rounds = cache.rounds(forks, top);
        Noise.Verdict disturbance = noise.judge(forks, centralSpread(forkRatios, timeRatio),
                new Noise.HostReading(cache.quietNs(), rounds.countedReadingNs(), sensitivity, rounds.disturbed(), rounds.all()));

        Classes classes = classes(forks, counted, declared, evidence);
        Long timedOutAt = mine < sizes.size() ? sizes.get(mine) : null;
        String complexity = timedOutAt != null || classes.mine() == null ? null : classes.mine().label(); // too slow: worse
        Double memoryRatio = null;
        if (common > 0) {
            Measurement.Size largest = full.sizes().get(common - 1);
            long myBytes = largest.runs().get(0).bytes();
            long theirBytes = largest.runs().get(1).bytes();
            evidence.putObject("memoryBytes").put("n", largest.n()).put("submission", myBytes).put("reference", theirBytes);
            // a reference that allocates next to nothing per call leaves no ratio to speak of (a Java two-pointer
            // trapping-rain-water: 0 bytes, so 1.6 MB of arrays read "1,600,032x"): the amounts are shown instead
            if (theirBytes >= MEMORY_RATIO_FROM_BYTES) memoryRatio = Math.max(1, myBytes) / (double) theirBytes;
        }

        curves(evidence.putArray("points"), full, sizes);
        ArrayNode ratios = evidence.putArray("forkRatios");
        forkRatios.forEach(ratios::add);
        evidence.set("forkSeconds", forkSeconds);
        ArrayNode forkCpus = evidence.putArray("forkCpus"); // where each fork's programs took turns (-1: unknown)
        forks.forEach(m -> forkCpus.add(m.cpu()));
        List<Double> memorySteps = forks.stream().map(Measurement::memoryStepNs).filter(ns -> ns > 0).toList();
        if (!memorySteps.isEmpty()) evidence.put("memoryStepNs", Stats.median(memorySteps)); // a load that misses the cache
        evidence.put("forks", forks.size()).put("topSizes", TOP_SIZES);
        if (ended != null) evidence.put("forksEnded", ended.evidence());
        evidence.set("noise", disturbance.evidence());
        evidence.put("foreignCpuShare", disturbance.foreignShare());
        evidence.put("referenceComplexitySource", declared != null ? "declared" : "measured");
        if (timedOutAt != null) evidence.put("tooSlowAt", timedOutAt);
        String reference = declared != null ? declared.label() : classes.theirs() == null ? null : classes.theirs().label();
        return new PerfScorer.Score(timeRatio, spread, memoryRatio, disturbance.noisy(), complexity, timedOutAt, reference,
                evidence.toString());
    }

    /**
     * Are the forks so far enough, when at most {@code maxForks} are measured? When those still to come, however far off,
     * could not move the score (the median of the forks' ratios) by more than {@link #SETTLED_SPREAD} of it: whatever they
     * measure, the median of all lies between the medians the forks so far make with every fork to come below them
     * and with every one above. Of five: three forks settle when the two beside their median lie within 3 % of it,
     * four when their middle two lie within 6 % of each other (a fifth moves their mean by half of that, at most).
     * Two forks (fresh processes both) settle when they lie within {@link #PAIR_SPREAD} of their mean: that bounds
     * nothing, but programs whose speed varies from process to process seldom draw two so close, and such a pair kept
     * ten scores of each outside solution as close together as three forks did. One never settles.
     */
    public static boolean settled(List<Measurement> forks, int maxForks) {
        List<Double> ratios = forkRatios(forks);
        int toCome = maxForks - ratios.size();
        if (toCome <= 0) return true;
        if (ratios.size() == 2) return Math.abs(ratios.get(0) - ratios.get(1)) <= PAIR_SPREAD * Stats.median(ratios);
        if (ratios.size() < SETTLE_AFTER) return false;
        double now = Stats.median(ratios);
        List<Double> allBelow = new ArrayList<>(ratios);
        List<Double> allAbove = new ArrayList<>(ratios);
        allBelow.addAll(Collections.nCopies(toCome, Collections.min(ratios)));
        allAbove.addAll(Collections.nCopies(toCome, Collections.max(ratios)));
        double move = Math.max(now - Stats.median(allBelow), Stats.median(allAbove) - now);
        return move <= SETTLED_SPREAD * now;
    }

    /** The n of the largest sizes both programs were measured at in fork 0: where the time ratio is taken. */
    private static List<Long> topSizes(Measurement full) {
        int common = Math.min(full.measuredSizes(0), full.measuredSizes(1));
        List<Long> top = new ArrayList<>();
        for (int i = Math.max(0, common - TOP_SIZES); i < common; i++) top.add(full.sizes().get(i).n());
        return top;
    }

    /**
     * Per fork, the geometric mean over the top sizes of each size's median round-by-round ratio (forks that measured
     * none left out). Not their median: where the ratio changes with n, the median of three is the middle size's alone,
     * and a process whose speed at that one size varies (python-heap's n = 99,498: 40 to 97 ms per call from process
     * to process, beside 10 ms of the reference's) moved the score with it; the mean of the three carries a third of a
     * size's variation (ten rescorings on the same data: 21 % -> 9 % worst deviation for python-heap, 19 % -> 9 % for
     * python-sort). A disturbance of one size is already outvoted by the median over rounds, a disturbed fork by the
     * median over forks.
     */
    static List<Double> forkRatios(List<Measurement> forks) {
        List<Long> top = topSizes(forks.get(0));
        List<Double> out = new ArrayList<>();
        for (Measurement m : forks) {
            List<Double> perSize = new ArrayList<>();
            for (Measurement.Size s : m.sizes()) {
                if (top.contains(s.n()) && s.runs().get(0).measured() && s.runs().get(1).measured()) perSize.add(pairedRatio(s));
            }
            if (!perSize.isEmpty()) out.add(Stats.geometricMean(perSize));
        }
        return out;
    }

    /**
     * The time ratio of a program whose ratio moves with the host's cache: at each top size, the median round-by-round
     * ratio over the rounds of every fork that count ({@link HostCache#counts}: those the host disturbed least), then the
     * geometric mean over the sizes. Pooling the forks' rounds lets a fork the host disturbed throughout give way to the
     * quiet rounds of the others, where a median of the forks' own ratios took it whole (python-heap beside a loop of
     * writes that came and went: 3.55-3.75 pooled against 3.71-4.60 as the median of the forks, from the same rounds,
     * docs/BENCHMARKS.md run 21). Writes each size's figures into the evidence ("quietRounds").
     */
    static double quietRatio(List<Measurement> forks, List<Long> top, HostCache cache, ObjectNode evidence) {
        ArrayNode rows = evidence.putArray("quietRounds");
        List<Double> perSize = new ArrayList<>();
        for (long n : top) {
            List<Double> counted = new ArrayList<>();
            int all = 0;
            for (Measurement m : forks) {
                for (Measurement.Size s : m.sizes()) {
                    if (s.n() != n) continue;
                    for (int r = 0; r < HostCache.pairedRounds(s); r++) {
                        all++;
                        if (cache.counts(s, r)) counted.add(roundRatio(s, r));
                    }
                }
            }
            if (counted.isEmpty()) continue;
            double ratio = Stats.median(counted);
            perSize.add(ratio);
            rows.addObject().put("n", n).put("ratio", ratio).put("counted", counted.size()).put("rounds", all);
        }
        return Stats.geometricMean(perSize);
    }

    static double roundRatio(Measurement.Size s, int round) {
        return s.runs().get(0).ns().get(round) / (double) Math.max(1, s.runs().get(1).ns().get(round));
    }

    /**
     * How far the forks that decide the median lie apart, relative to the score: with five or more, the highest and the
     * lowest fork are left out (a median of five does not move with one disturbed fork, so neither should the flag);
     * with fewer, all of them. The full range stays in the score as its spread.
     */
    static Double centralSpread(List<Double> forkRatios, Double timeRatio) {
        if (timeRatio == null) return null;
        List<Double> sorted = forkRatios.stream().sorted().toList();
        if (sorted.size() >= CENTRAL_FROM) sorted = sorted.subList(1, sorted.size() - 1);
        return (sorted.get(sorted.size() - 1) - sorted.get(0)) / timeRatio;
    }

    private record Classes(Growth mine, Growth theirs) {
    }

    /** Both programs' growth, from counts where they explain the times, and the evidence of how it was decided. */
    private static Classes classes(List<Measurement> forks, Measurement counted, ComplexityClass declared, ObjectNode evidence) {
        List<ComplexityFit.Point> myTimes = Measurement.curve(List.of(forks.get(0)), 0);
        List<ComplexityFit.Point> theirTimes = Measurement.curve(List.of(forks.get(0)), 1);
        List<ComplexityFit.Point> myCounts = counted == null ? List.of() : counted.counts(0);
        List<ComplexityFit.Point> theirCounts = counted == null ? List.of() : counted.counts(1);
        // the reference's time per counted unit is the control: what a busy machine or the caches do to both programs
        Double control = myCounts.isEmpty() ? null : GrowthDecision.timePerUnitSlope(theirCounts, theirTimes);
        Growth theirs = GrowthDecision.decide(theirCounts, theirTimes, null, "reference", evidence);
        Growth mine = GrowthDecision.decide(myCounts, myTimes, control, "submission", evidence);
        if (counted != null) {
            // the chart's points: per size, the median over its inputs (the fit above took every input)
            Map<Long, Double> myMedians = mediansByN(myCounts);
            Map<Long, Double> theirMedians = mediansByN(theirCounts);
            ArrayNode rows = evidence.putArray("countPoints");
            for (long n : counted.sizes().stream().map(Measurement.Size::n).distinct().toList()) {
                if (!myMedians.containsKey(n) && !theirMedians.containsKey(n)) continue;
                ObjectNode row = rows.addObject().put("n", n);
                if (myMedians.containsKey(n)) row.put("submission", myMedians.get(n));
                if (theirMedians.containsKey(n)) row.put("reference", theirMedians.get(n));
            }
            Double slope = relativeSlope(counted);
            if (slope != null) evidence.put("relativeGrowth", slope);
            int common = Math.min(counted.measuredSizes(0), counted.measuredSizes(1));
            if (common > 0) {
                // counted work at the largest size both were counted at, input by input: a ratio no machine noise moves
                long n = counted.sizes().get(common - 1).n();
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < common; i++) {
                    Measurement.Size s = counted.sizes().get(i);
                    if (s.n() == n) ratios.add(s.runs().get(0).medianCount() / Math.max(1, s.runs().get(1).medianCount()));
                }
                evidence.putObject("workRatio").put("n", n).put("ratio", Stats.median(ratios));
            }
        }
        if (theirs != null) evidence.put("referenceMeasuredComplexity", theirs.label());
        if (declared != null && theirs != null && !theirs.classes().contains(declared)) {
            evidence.put("referenceDisagrees", "the reference measured " + theirs.label() + ", the problem declares " + declared.label());
        }
        return new Classes(mine, theirs);
    }

    /** The median of the points at each n, in the order of n. */
    private static Map<Long, Double> mediansByN(List<ComplexityFit.Point> points) {
        Map<Long, List<Double>> byN = new TreeMap<>();
        for (ComplexityFit.Point p : points) byN.computeIfAbsent((long) p.n(), k -> new ArrayList<>()).add(p.seconds());
        Map<Long, Double> out = new TreeMap<>();
        byN.forEach((n, values) -> out.put(n, Stats.median(values)));
        return out;
    }

    /** The growth exponent of submission / reference counted work, input by input: 0 when alike. */
    static Double relativeSlope(Measurement counted) {
        int common = Math.min(counted.measuredSizes(0), counted.measuredSizes(1));
        if (common < 3) return null;
        List<ComplexityFit.Point> ratios = new ArrayList<>();
        for (int i = 0; i < common; i++) {
            Measurement.Size s = counted.sizes().get(i);
            ratios.add(new ComplexityFit.Point(s.n(), s.runs().get(0).medianCount() / Math.max(1, s.runs().get(1).medianCount())));
        }
        return ComplexityFit.logLogSlope(ratios);
    }

    /** The median over rounds of submission time / reference time, rounds paired as they ran. */
    static double pairedRatio(Measurement.Size size) {
        List<Long> mine = size.runs().get(0).ns();
        List<Long> theirs = size.runs().get(1).ns();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < Math.min(mine.size(), theirs.size()); r++) ratios.add(roundRatio(size, r));
        return Stats.median(ratios);
    }

    /** Both programs' seconds per call by size (and bytes per call), where each was measured: the evidence's curves. */
    private static void curves(ArrayNode rows, Measurement full, List<Long> sizes) {
        int mine = full.measuredSizes(0);
        int theirs = full.measuredSizes(1);
        for (int i = 0; i < Math.max(mine, theirs); i++) {
            ObjectNode row = rows.addObject().put("n", sizes.get(i));
            Measurement.Size s = full.sizes().get(i);
            if (i < mine) row.put("submission", s.runs().get(0).medianSeconds()).put("submissionBytes", s.runs().get(0).bytes());
            if (i < theirs) row.put("reference", s.runs().get(1).medianSeconds()).put("referenceBytes", s.runs().get(1).bytes());
        }
    }
}
