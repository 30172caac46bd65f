package dev.arbiter.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.measure.ComplexityClass;
import dev.arbiter.measure.ComplexityFit;
import dev.arbiter.measure.Measurement;
import dev.arbiter.measure.Stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns independent measurements (forks) of a submission (program 0) and its reference (program 1) into a score.
 * Per fork: for each of the largest sizes the median of the round-by-round ratios, and the median of those; the
 * score is the median over forks (the geometric mean of two), so one disturbed fork does not move it. Rounds pair
 * the two programs in time, so noise that hits both cancels.
 */
public final class ScoreSummary {

    static final int TOP_SIZES = 3;
    /** Forks further apart than this (relative to the score) make the score noisy. */
    static final double NOISY_SPREAD = 0.15;
    /** CPU used by the idle program while the other was timed, as a share of timed time. */
    static final double NOISY_FOREIGN = 0.05;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoreSummary() {
    }

    /**
     * growth: both programs measured for their growth class (Toolchain.growthCommand), or null when the classes come
     * from the timed forks. Times, memory and "too slow" always come from the timed forks.
     */
    public static PerfScorer.Score summarize(List<Measurement> forks, Measurement growth, List<Long> sizes, ComplexityClass declared) {
        int mine = measuredSizes(forks, 0);
        int theirs = measuredSizes(forks, 1);
        int common = Math.min(mine, theirs);
        List<Double> forkRatios = new ArrayList<>();
        for (Measurement m : forks) {
            List<Double> perSize = new ArrayList<>();
            for (int i = Math.max(0, common - TOP_SIZES); i < common; i++) perSize.add(pairedRatio(m.sizes().get(i)));
            if (!perSize.isEmpty()) forkRatios.add(Stats.median(perSize));
        }
        Double timeRatio = forkRatios.isEmpty() ? null
                : forkRatios.size() >= 3 ? Stats.median(forkRatios) : Stats.geometricMean(forkRatios);
        Double spread = timeRatio == null ? null
                : (forkRatios.stream().mapToDouble(d -> d).max().orElseThrow()
                   - forkRatios.stream().mapToDouble(d -> d).min().orElseThrow()) / timeRatio;
        double foreign = foreignShare(forks);
        boolean noisy = (spread != null && spread > NOISY_SPREAD) || foreign > NOISY_FOREIGN;

        boolean fromGrowth = growth != null && growth.measuredSizes(0) >= 3 && growth.measuredSizes(1) >= 3;
        List<Measurement> shape = fromGrowth ? List.of(growth) : forks;
        List<ComplexityFit.Point> myPoints = Measurement.curve(shape, 0);
        List<ComplexityFit.Point> theirPoints = Measurement.curve(shape, 1);
        ComplexityFit.Result theirFit = theirPoints.size() >= 3 ? ComplexityFit.classify(theirPoints) : null;
        ComplexityClass referenceClass = declared != null ? declared : theirFit == null ? null : theirFit.complexity();
        Double slope = relativeSlope(shape, Math.min(myPoints.size(), theirPoints.size()));
        ComplexityFit.Result myFit = null;
        if (myPoints.size() >= 3) {
            myFit = slope != null && referenceClass != null ? ComplexityFit.relativeTo(myPoints, slope, referenceClass)
                    : ComplexityFit.classify(myPoints);
        }
        String reference = referenceClass == null ? null : referenceClass.label();
        String complexity = myFit == null ? null : myFit.complexity().label();
        Long timedOutAt = mine < sizes.size() ? sizes.get(mine) : null;
        if (timedOutAt != null) complexity = null; // stopped before the largest sizes: worse than the reference
        Double memoryRatio = common == 0 ? null
                : Math.max(1, bytes(forks, 0, common - 1)) / (double) Math.max(1, bytes(forks, 1, common - 1));

        ObjectNode evidence = JSON.createObjectNode();
        curves(evidence.putArray("points"), forks, sizes, true);
        evidence.put("growthMeasure", fromGrowth ? "interpreted" : "timed");
        if (fromGrowth) curves(evidence.putArray("growthPoints"), shape, sizes, false);
        ArrayNode ratios = evidence.putArray("forkRatios");
        forkRatios.forEach(ratios::add);
        ArrayNode forkSeconds = evidence.putArray("forkSeconds");
        for (Measurement m : forks) {
            // per measurement, each program's median seconds per call at the sizes the score is taken from
            ArrayNode row = forkSeconds.addArray();
            for (int i = Math.max(0, common - TOP_SIZES); i < common; i++) {
                row.addArray().add(m.sizes().get(i).runs().get(0).medianSeconds()).add(m.sizes().get(i).runs().get(1).medianSeconds());
            }
        }
        evidence.put("forks", forks.size()).put("topSizes", TOP_SIZES).put("foreignCpuShare", foreign);
        if (slope != null) evidence.put("relativeGrowth", slope);
        evidence.put("referenceComplexitySource", declared != null ? "declared" : "measured");
        if (theirFit != null) evidence.put("referenceMeasuredComplexity", theirFit.complexity().label());
        if (timedOutAt != null) evidence.put("tooSlowAt", timedOutAt);
        if (myFit != null) evidence.set("submissionFit", myFit.evidence());
        if (theirFit != null) evidence.set("referenceFit", theirFit.evidence());
        return new PerfScorer.Score(timeRatio, spread, memoryRatio, noisy, complexity, timedOutAt, reference, evidence.toString());
    }

    /** The growth exponent of submission/reference time (paired by round, median over forks): 0 when alike. */
    static Double relativeSlope(List<Measurement> forks, int common) {
        if (common < 3) return null;
        List<ComplexityFit.Point> ratios = new ArrayList<>();
        for (int i = 0; i < common; i++) {
            int size = i;
            ratios.add(new ComplexityFit.Point(forks.get(0).sizes().get(i).n(),
                    Stats.median(forks.stream().map(m -> pairedRatio(m.sizes().get(size))).toList())));
        }
        return ComplexityFit.logLogSlope(ratios);
    }

    /** The median over rounds of submission time / reference time, rounds paired as they ran. */
    static double pairedRatio(Measurement.Size size) {
        List<Long> mine = size.runs().get(0).ns();
        List<Long> theirs = size.runs().get(1).ns();
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < Math.min(mine.size(), theirs.size()); r++) {
            ratios.add(mine.get(r) / (double) Math.max(1, theirs.get(r)));
        }
        return Stats.median(ratios);
    }

    /** Sizes at which the program was measured in every one of the measurements. */
    private static int measuredSizes(List<Measurement> measurements, int program) {
        return measurements.stream().mapToInt(m -> m.measuredSizes(program)).min().orElse(0);
    }

    private static double foreignShare(List<Measurement> forks) {
        double foreign = 0;
        double timed = 0;
        for (Measurement m : forks) {
            for (Measurement.Size s : m.sizes()) {
                for (Measurement.Run r : s.runs()) {
                    foreign += r.foreignNs();
                    timed += r.timedNs();
                }
            }
        }
        return timed == 0 ? 0 : foreign / timed;
    }

    /** Both programs' seconds per call by size (and bytes per call), where each was measured: the evidence's curves. */
    private static void curves(ArrayNode rows, List<Measurement> measurements, List<Long> sizes, boolean withBytes) {
        int mine = measuredSizes(measurements, 0);
        int theirs = measuredSizes(measurements, 1);
        for (int i = 0; i < Math.max(mine, theirs); i++) {
            ObjectNode row = rows.addObject().put("n", sizes.get(i));
            if (i < mine) row.put("submission", seconds(measurements, 0, i));
            if (i < mine && withBytes) row.put("submissionBytes", bytes(measurements, 0, i));
            if (i < theirs) row.put("reference", seconds(measurements, 1, i));
            if (i < theirs && withBytes) row.put("referenceBytes", bytes(measurements, 1, i));
        }
    }

    private static double seconds(List<Measurement> forks, int program, int size) {
        return Stats.median(forks.stream().map(m -> m.sizes().get(size).runs().get(program).medianSeconds()).toList());
    }

    private static long bytes(List<Measurement> forks, int program, int size) {
        return (long) Stats.median(forks.stream().map(m -> (double) m.sizes().get(size).runs().get(program).bytes()).toList());
    }
}
