package dev.arbiter.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.measure.ComplexityClass;
import dev.arbiter.measure.ComplexityFit;
import dev.arbiter.measure.Growth;
import dev.arbiter.measure.GrowthMeasure;
import dev.arbiter.measure.Stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;

/**
 * One program's growth class: from the work its calls were counted doing, where that explains how its times grew,
 * else from its times, and the rule that decided, for the evidence (docs/PERFORMANCE.md).
 */
public final class GrowthDecision {

    /**
     * Above this log-log slope of time per counted unit over n, the times hold work the count does not see. A hidden
     * linear scan per element raises time per unit by nearly n (a slope of 0.9 to 1 over the measured range); caches,
     * and timings on a busy machine, raised it by up to 0.62 on the tuning corpus (compiled Java TreeMap and HashMap
     * code, Python's counting list), where 0.35 let the times misname six linear and linearithmic solutions.
     */
    static final double HIDDEN_WORK_SLOPE = 0.75;
    /**
     * A count that rose by at most this factor from size to size counted no work that grows: the counter runs in the
     * candidate's process, which can stop or reset it (docs/SECURITY.md), and native work it cannot see leaves it flat
     * too. An O(log n) count rises by 1.7x over 1,000 to 128,000; an O(1) one stays within a few units.
     */
    static final double FLAT_COUNT_RISE = 1.5;
    /**
     * Times that grew faster than n^this while the count stayed flat ({@link #FLAT_COUNT_RISE}) did work the count did
     * not see, whatever the reference's times did: over 128x, 11x the time against under 1.5x the count. Caches and a
     * busy machine bend a flat program's times by far less (its calls are as short at every size).
     */
    static final double GROWING_TIME_SLOPE = 0.5;
    /**
     * Above this ratio between the most and the least counted work of one size's inputs, an input stopped early (a
     * mismatch found at once, a cycle met on the first step) or hardly depends on the size, and the fit over every
     * input follows it: one of three seeds of a bracket checker stopping after 341 of 100,000 characters made O(n)
     * solutions and their reference "O(1)". The fit then takes each size's median input instead. Randomised programs
     * scatter by far less (quickselect's pivots: under 3x), and keep the fit over every input and its honest interval.
     */
    static final double STRAY_INPUT_FACTOR = 10;

    private GrowthDecision() {
    }

    /**
     * One program's growth: counted where it was counted at enough sizes and the counts explain the times, else timed.
     * control: the same slope of a program measured alongside (the reference), taken off, so that what a busy machine
     * or the caches did to both does not count as hidden work; null for none. Writes {"growth": {...}} (submission) or
     * {"referenceGrowth": {...}} into the evidence.
     */
    public static Growth decide(List<ComplexityFit.Point> counts, List<ComplexityFit.Point> times, Double control, String who,
                                ObjectNode evidence) {
        long countedSizes = counts.stream().mapToDouble(ComplexityFit.Point::n).distinct().count();
        Growth growth = null;
        String decidedBy;
        Double hidden = null;
        Double beyond = null;
        if (countedSizes >= 5) {
            hidden = timePerUnitSlope(counts, times);
            if (hidden != null && control != null) hidden -= control;
            List<ComplexityFit.Point> medians = medians(counts);
            double countRise = rise(medians);
            double timeSlope = times.size() >= 3 ? ComplexityFit.medianLogLogSlope(times) : 0;
            if (countRise <= FLAT_COUNT_RISE && timeSlope > GROWING_TIME_SLOPE) {
                growth = Growth.judge(times, GrowthMeasure.TIMED);
                decidedBy = String.format(Locale.ROOT, "time: the counted work stayed flat (within %.2fx over the sizes) while "
                        + "the times grew as n^%.2f: the count saw none of the work", countRise, timeSlope);
            } else if (hidden != null && hidden > HIDDEN_WORK_SLOPE && times.size() >= 3) {
                growth = Growth.judge(times, GrowthMeasure.TIMED);
                decidedBy = "time: the times grow faster than the counted work (work in native code the count cannot see)";
            } else {
                StrayInput stray = StrayInput.find(counts);
                if (stray != null && stray.factor() > STRAY_INPUT_FACTOR) {
                    growth = Growth.judge(medians, GrowthMeasure.COUNTED);
                    decidedBy = String.format(Locale.ROOT, "count, each size's median input: at n = %d the inputs asked for "
                            + "%.0fx different work: the work depends on the input itself, not only on its size", (long) stray.n(), stray.factor());
                } else {
                    growth = Growth.judge(counts, GrowthMeasure.COUNTED);
                    decidedBy = "count";
                }
                Growth steeper = steeperAtTheTop(growth, medians);
                if (steeper != growth) {
                    decidedBy += String.format(Locale.ROOT, "; over the largest sizes the counted work grew as n^%.2f, "
                            + "faster than %s allows", ComplexityFit.logLogSlope(top(medians)), growth.label());
                    growth = steeper;
                }
                beyond = beyondClass(growth, times);
                if (beyond != null && control != null) beyond -= control;
                if (beyond != null && beyond > HIDDEN_WORK_SLOPE) {
                    decidedBy = String.format(Locale.ROOT, "time: the times grew as n^%.2f, which the counted %s does not "
                            + "explain (n^%.2f beyond it%s): the count missed work, in native code or on inputs that ask for "
                            + "different work; the counted class came from: %s", timeSlope, growth.label(), beyond,
                            control == null ? "" : ", less what the reference's times did beyond its count", decidedBy);
                    growth = Growth.judge(times, GrowthMeasure.TIMED);
                }
            }
        } else if (times.size() >= 3) {
            growth = Growth.judge(times, GrowthMeasure.TIMED);
            decidedBy = "time: not counted at enough sizes";
        } else {
            return null;
        }
        ObjectNode out = growth.evidence().put("decidedBy", decidedBy);
        if (hidden != null) out.put("timePerCountSlope", hidden);
        if (beyond != null) out.put("timesBeyondCountedClassSlope", beyond);
        if (control != null) out.put("controlSlope", control);
        evidence.set(who.equals("submission") ? "growth" : "referenceGrowth", out);
        return growth;
    }

    /**
     * The growth with the next class beside it where the counted work over the three largest sizes rises faster than
     * the highest class named allows (its power of n plus a half): a fit of one class to work that is a linear part
     * plus a quadratic one (Java's ArrayList.remove(0) as a queue: 7.4M, 20.9M, 66.3M at 16,000 to 64,000) picked
     * O(n log n) and then said "O(n) or O(n log n)". Counts are exact, so the slope is the program's; an O(n log n)
     * rises as n^1.1 there. The class without the steeper one is kept: the measured range cannot say which dominates.
     */
    static Growth steeperAtTheTop(Growth growth, List<ComplexityFit.Point> medians) {
        if (medians.size() < 3) return growth;
        ComplexityClass highest = Collections.max(growth.classes());
        double power = switch (highest) {
            case CONSTANT, LOGARITHMIC -> 0;
            case LINEAR, LINEARITHMIC -> 1;
            case QUADRATIC -> 2;
            case CUBIC -> 3;
            case EXPONENTIAL -> Double.POSITIVE_INFINITY;
        };
        if (ComplexityFit.logLogSlope(top(medians)) <= power + 0.5) return growth;
        List<ComplexityClass> pair = switch (highest) {
            case CONSTANT, LOGARITHMIC -> List.of(ComplexityClass.LOGARITHMIC, ComplexityClass.LINEAR);
            case LINEAR, LINEARITHMIC -> List.of(ComplexityClass.LINEARITHMIC, ComplexityClass.QUADRATIC);
            case QUADRATIC -> List.of(ComplexityClass.QUADRATIC, ComplexityClass.CUBIC);
            default -> List.of(ComplexityClass.CUBIC, ComplexityClass.EXPONENTIAL);
        };
        return new Growth(pair, growth.measure(), null, growth.fit());
    }

    private static List<ComplexityFit.Point> top(List<ComplexityFit.Point> medians) {
        return medians.subList(Math.max(0, medians.size() - 3), medians.size());
    }

    /** The size whose inputs' counted work lies furthest apart, and how far (most over least). */
    record StrayInput(double n, double factor) {
        static StrayInput find(List<ComplexityFit.Point> counts) {
            StrayInput widest = null;
            for (double n : counts.stream().mapToDouble(ComplexityFit.Point::n).distinct().toArray()) {
                DoubleSummaryStatistics at = counts.stream().filter(c -> c.n() == n)
                        .mapToDouble(ComplexityFit.Point::seconds).summaryStatistics();
                double factor = at.getMin() > 0 ? at.getMax() / at.getMin() : Double.POSITIVE_INFINITY;
                if (at.getCount() > 1 && (widest == null || factor > widest.factor())) widest = new StrayInput(n, factor);
            }
            return widest;
        }
    }

    /** How many times the most a size's median counted over the least. */
    static double rise(List<ComplexityFit.Point> medians) {
        DoubleSummaryStatistics all = medians.stream().mapToDouble(ComplexityFit.Point::seconds).summaryStatistics();
        return all.getMax() / Math.max(1, all.getMin());
    }

    /** One point per size: the median of its inputs. */
    static List<ComplexityFit.Point> medians(List<ComplexityFit.Point> counts) {
        List<ComplexityFit.Point> out = new ArrayList<>();
        for (double n : counts.stream().mapToDouble(ComplexityFit.Point::n).distinct().sorted().toArray()) {
            out.add(new ComplexityFit.Point(n, Stats.median(counts.stream().filter(c -> c.n() == n)
                    .map(ComplexityFit.Point::seconds).toList())));
        }
        return out;
    }

    /**
     * How much faster the times grew than the fastest-growing class the count named, as median log-log slopes over the
     * timed sizes; null with fewer than three. Where each size's inputs ask for alike work this is about the time per
     * counted unit's slope ({@link #timePerUnitSlope}); where they do not (the median input decided), a slope per unit
     * compares inputs with one another, and only the class can be held against the times: numpy's argsort under a loop
     * that ends wherever its input lets it counted 180 to 420,000 units from size to size, and "O(1) or O(log n)",
     * while its times grew as n^1.26, the reference's (O(n)) as n^1.20.
     */
    static Double beyondClass(Growth counted, List<ComplexityFit.Point> times) {
        ComplexityClass highest = Collections.max(counted.classes());
        List<ComplexityFit.Point> sized = times.stream().filter(t -> t.n() >= 2).toList(); // log n is 0 at 1
        if (sized.size() < 3 || highest == ComplexityClass.EXPONENTIAL) return null;
        List<ComplexityFit.Point> shape = sized.stream().map(t -> new ComplexityFit.Point(t.n(), highest.shape(t.n()))).toList();
        return ComplexityFit.medianLogLogSlope(sized) - ComplexityFit.medianLogLogSlope(shape);
    }

    /**
     * The log-log slope of (time / count) over the sizes both have: 0 when the count explains the time. The median of the
     * slopes between every two sizes ({@link ComplexityFit#medianLogLogSlope}), so that one size's time disturbed alone
     * neither makes work look hidden nor, in the reference's control slope, hides it.
     */
    public static Double timePerUnitSlope(List<ComplexityFit.Point> counts, List<ComplexityFit.Point> times) {
        List<ComplexityFit.Point> perUnit = new ArrayList<>();
        for (ComplexityFit.Point t : times) {
            List<Double> at = counts.stream().filter(c -> c.n() == t.n()).map(ComplexityFit.Point::seconds).toList();
            if (!at.isEmpty()) perUnit.add(new ComplexityFit.Point(t.n(), t.seconds() / Stats.median(at)));
        }
        return perUnit.size() >= 3 ? ComplexityFit.medianLogLogSlope(perUnit) : null;
    }

}
