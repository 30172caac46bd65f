package dev.arbiter.measure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import static dev.arbiter.measure.ComplexityClass.CONSTANT;
import static dev.arbiter.measure.ComplexityClass.LINEAR;
import static dev.arbiter.measure.ComplexityClass.LINEARITHMIC;
import static dev.arbiter.measure.ComplexityClass.LOGARITHMIC;
import static org.assertj.core.api.Assertions.assertThat;

/** The "cannot tell" rule on synthetic series: one class where the log factor is clear, both neighbours where not. */
class GrowthTest {

    /** Ten sizes over 256x (500 .. 128000), two of them near the top. */
    static final List<Double> SIZES = List.of(500.0, 1000.0, 2000.0, 4000.0, 8000.0, 16000.0, 32000.0, 64000.0, 90510.0, 128000.0);

    static List<ComplexityFit.Point> series(DoubleUnaryOperator cost) {
        return series(SIZES, cost, new Random(0), 0);
    }

    static List<ComplexityFit.Point> series(List<Double> sizes, DoubleUnaryOperator cost, Random rng, double noise) {
        List<ComplexityFit.Point> out = new ArrayList<>();
        for (double n : sizes) out.add(new ComplexityFit.Point(n, cost.applyAsDouble(n) * Math.exp(rng.nextGaussian() * noise)));
        return out;
    }

    @Test
    void exactCountsOfALinearPassAreLinearWithALogFactorOfOne() {
        Growth g = Growth.judge(series(n -> 400 + 17 * n), GrowthMeasure.COUNTED);

        assertThat(g.classes()).containsExactly(LINEAR);
        assertThat(g.logFactor().estimate()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(g.label()).isEqualTo("O(n)");
    }

    /**
     * Integer inputs from 2 to 2^29, three per size: a pure O(log n) grows 29x over that range, so a count that stays
     * within a few bytecodes of flat is constant, and one that grows by a fraction of that is logarithmic.
     */
    @Test
    void overAWideRangeAFewBytecodesOfScatterDoNotHideAConstantNorMakeALog() {
        List<Double> sizes = new ArrayList<>();
        for (double n : List.of(2.0, 32.0, 512.0, 8192.0, 131072.0, 2097152.0, 33554432.0, 536870912.0)) {
            for (int seed = 0; seed < 3; seed++) sizes.add(n);
        }
        Random nudges = new Random(7);
        List<ComplexityFit.Point> constant = new ArrayList<>();
        List<ComplexityFit.Point> logarithmic = new ArrayList<>();
        for (double n : sizes) {
            int nudge = 10 * nudges.nextInt(3); // a fix-up loop of 10 bytecodes run zero, one or two times, as after Math.sqrt
            constant.add(new ComplexityFit.Point(n, 20 + nudge));
            logarithmic.add(new ComplexityFit.Point(n, 20 + 6 * Math.log(n) / Math.log(2) + nudge));
        }

        Growth flat = Growth.judge(constant, GrowthMeasure.COUNTED);
        Growth log = Growth.judge(logarithmic, GrowthMeasure.COUNTED);

        assertThat(flat.classes()).containsExactly(CONSTANT);
        assertThat(flat.logFactor().high()).as("above the fixed bound of 1.1").isGreaterThan(GrowthMeasure.COUNTED.flatBelow());
        assertThat(log.classes()).containsExactly(LOGARITHMIC);
        assertThat(GrowthMeasure.COUNTED.flatBelow(2.0)).as("unchanged where scores mostly decide").isEqualTo(1.1);
    }

    /**
     * Work over all but a few elements, b (n - m): a held-out Java Manacher's counts over 16 .. 600 characters, about
     * 418 n - 1,016, three inputs a size as a score counts them. With the fixed part held at 0 or above, the per-element
     * work's rise towards 418 (356 at 16, 416 at 600) was fitted as a log factor of 1.16 [1.13, 1.20]: O(n log n) with
     * confidence. A fit with a negative fixed part says 1.01, so the score names both. A sort whose compares outweigh
     * that part (30 units each) stays O(n log n) in both fits.
     */
    @Test
    void exactCountsWithANegativeFixedPartAreNeverALogFactorWithConfidence() {
        double[] sizes = {16, 24, 36, 54, 80, 120, 180, 270, 400, 600};
        double[] manacher = {5696.5, 8940, 14018, 21442, 32684, 49571, 74653, 113346, 167186, 249643};
        List<ComplexityFit.Point> windows = new ArrayList<>();
        List<ComplexityFit.Point> sorted = new ArrayList<>();
        for (int input = 0; input < 3; input++) {
            for (int i = 0; i < sizes.length; i++) {
                windows.add(new ComplexityFit.Point(sizes[i], manacher[i]));
                sorted.add(new ComplexityFit.Point(sizes[i], manacher[i] + 30 * sizes[i] * Math.log(sizes[i]) / Math.log(2)));
            }
        }

        Growth linear = Growth.judge(windows, GrowthMeasure.COUNTED);
        Growth sort = Growth.judge(sorted, GrowthMeasure.COUNTED);

        assertThat(linear.logFactor().low()).as("held at 0").isGreaterThan(GrowthMeasure.COUNTED.logAbove(Math.log(600) / Math.log(16)));
        assertThat(linear.negativeFixedPart().estimate()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(linear.classes()).containsExactly(LINEAR, LINEARITHMIC);
        assertThat(linear.evidence().path("logFactorNegativeFixedPart").path("high").asDouble()).isLessThan(1.05);
        assertThat(sort.classes()).containsExactly(LINEARITHMIC);
        // a count whose fixed part is 0 or more is fitted as before
        assertThat(Growth.judge(series(n -> 400 + 17 * n), GrowthMeasure.COUNTED).negativeFixedPart()).isNull();
    }

    @Test
    void countsOfASortFollowedByALinearWalkAreLinearithmic() {
        // a sort (n log2 n compares, 6 bytecodes each) and a walk of 40 bytecodes per element: the walk dominates
        Growth g = Growth.judge(series(n -> 1000 + 40 * n + 6 * n * Math.log(n) / Math.log(2)), GrowthMeasure.COUNTED);

        assertThat(g.classes()).containsExactly(LINEARITHMIC);
        assertThat(g.logFactor().low()).isGreaterThan(GrowthMeasure.COUNTED.logAbove());
    }

    @Test
    void timedLinearCodeWhoseTablesLeaveTheCachesIsLinearOrLinearithmicNeverLinearithmicAlone() {
        // 1.4x per element from 16000 on, as Python dicts and Java maps show: a step the timings cannot tell from a log
        Growth g = Growth.judge(series(n -> 30 * n * (n >= 16000 ? 1.4 : 1.0)), GrowthMeasure.TIMED);

        assertThat(g.classes()).containsExactly(LINEAR, LINEARITHMIC);
        assertThat(g.label()).isEqualTo("O(n) or O(n log n)");
        assertThat(g.logFactor().estimate()).isGreaterThan(GrowthMeasure.TIMED.flatBelow());
        assertThat(g.logFactor().low()).isLessThan(GrowthMeasure.TIMED.logAbove());
    }

    @Test
    void timedLinearithmicCodeIsNamedOnlyWithItsNeighbourWhenTheRangeIsNarrow() {
        // a pure n log n over 256x has a log factor of ln 128000 / ln 500 = 1.89; over 16x (8000 .. 128000) only 1.31
        List<Double> narrow = SIZES.subList(4, SIZES.size());
        Growth wide = Growth.judge(series(SIZES, n -> 5 * n * Math.log(n), new Random(1), 0.01), GrowthMeasure.TIMED);
        Growth small = Growth.judge(series(narrow, n -> 5 * n * Math.log(n), new Random(1), 0.01), GrowthMeasure.TIMED);

        assertThat(wide.classes()).containsExactly(LINEARITHMIC);
        assertThat(small.classes()).containsExactly(LINEAR, LINEARITHMIC);
    }

    @Test
    void scatteredCountsWidenTheIntervalUntilBothNeighboursRemain() {
        // a randomised algorithm (quickselect) whose counts scatter by 15 % around a line with a small log share
        Growth clean = Growth.judge(series(SIZES, n -> 30 * n + 0.4 * n * Math.log(n), new Random(2), 0.0), GrowthMeasure.COUNTED);
        Growth scattered = Growth.judge(series(SIZES, n -> 30 * n + 0.4 * n * Math.log(n), new Random(2), 0.15), GrowthMeasure.COUNTED);

        assertThat(clean.classes()).containsExactly(LINEAR);
        assertThat(scattered.logFactor().high() - scattered.logFactor().low())
                .isGreaterThan(5 * (clean.logFactor().high() - clean.logFactor().low()));
        assertThat(scattered.classes()).contains(LINEAR);
    }

    @Test
    void binarySearchCountsAreLogarithmicAndAConstantTimeAnswerConstant() {
        List<Double> magnitudes = new ArrayList<>();
        for (int e = 1; e <= 29; e += 4) magnitudes.add(Math.pow(2, e));
        Growth search = Growth.judge(series(magnitudes, n -> 1000 * (20 + 9 * Math.floor(Math.log(n) / Math.log(2) + 1)), new Random(3), 0),
                GrowthMeasure.COUNTED);
        Growth constant = Growth.judge(series(magnitudes, n -> 1000 * 35.0, new Random(3), 0), GrowthMeasure.COUNTED);

        assertThat(search.classes()).containsExactly(LOGARITHMIC);
        assertThat(constant.classes()).containsExactly(CONSTANT);
    }

    @Test
    void onNoisyTimingsOfEveryClassItIsNeverWrongWithConfidence() {
        Random rng = new Random(7);
        Map<ComplexityClass, int[]> tally = new EnumMap<>(ComplexityClass.class); // right, both-with-the-right-one, wrong
        for (ComplexityClass c : ComplexityClass.values()) {
            int[] t = tally.computeIfAbsent(c, k -> new int[3]);
            for (int i = 0; i < 200; i++) {
                List<ComplexityFit.Point> points = ComplexityFitTest.timings(c, rng, 0.05);
                Growth g = Growth.judge(points, GrowthMeasure.TIMED);
                if (g.certain() && g.classes().get(0) == c) t[0]++;
                else if (g.classes().contains(c)) t[1]++;
                else t[2]++;
            }
        }
        System.out.print("growth on timings with 5% noise (right / cannot tell / wrong):");
        tally.forEach((c, t) -> System.out.printf(" %s %d/%d/%d", c.label(), t[0], t[1], t[2]));
        System.out.println();
        int wrongWithConfidence = 0;
        for (var e : tally.entrySet()) {
            wrongWithConfidence += e.getValue()[2];
        }
        assertThat(wrongWithConfidence).isLessThanOrEqualTo(2); // of 1400, where the fit itself picks a far class
    }
}
