package dev.arbiter.measure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplexityFitTest {

    /** Eight geometrically spaced sizes over a 128x range, as the scorer measures them. */
    static List<Double> sizes(ComplexityClass c) {
        List<Double> sizes = new ArrayList<>();
        if (c == ComplexityClass.EXPONENTIAL) {
            for (int n = 12; n <= 26; n += 2) sizes.add((double) n);
        } else {
            double start = c == ComplexityClass.CUBIC ? 20 : c == ComplexityClass.QUADRATIC ? 200 : 1000;
            for (int i = 0; i < 8; i++) sizes.add(start * Math.pow(2, i));
        }
        return sizes;
    }

    /** Timings of a class with a random constant factor and start-up overhead, and multiplicative noise. */
    static List<ComplexityFit.Point> timings(ComplexityClass c, Random rng, double noise) {
        List<Double> sizes = sizes(c);
        double largest = c.shape(sizes.get(sizes.size() - 1));
        // the largest size takes 0.05 to 0.5 s; overhead is up to 2% of that (the harness times the call only)
        double factor = c == ComplexityClass.CONSTANT ? 0 : (0.05 + rng.nextDouble() * 0.45) / largest;
        double overhead = c == ComplexityClass.CONSTANT ? 1e-4 : rng.nextDouble() * 0.02 * factor * largest;
        List<ComplexityFit.Point> points = new ArrayList<>();
        for (double n : sizes) {
            double t = (overhead + factor * c.shape(n)) * Math.exp(rng.nextGaussian() * noise);
            points.add(new ComplexityFit.Point(n, t));
        }
        return points;
    }

    @Test
    void recognisesEachClassFromCleanTimings() {
        Random rng = new Random(1);
        for (ComplexityClass c : ComplexityClass.values()) {
            assertThat(ComplexityFit.classify(timings(c, rng, 0.0)).complexity()).as(c.label()).isEqualTo(c);
        }
    }

    @Test
    void staysAccurateUnderRealisticNoise() {
        Random rng = new Random(42);
        Map<ComplexityClass, Integer> correct = new EnumMap<>(ComplexityClass.class);
        int trials = 200;
        for (ComplexityClass c : ComplexityClass.values()) {
            for (int i = 0; i < trials; i++) {
                if (ComplexityFit.classify(timings(c, rng, 0.05)).complexity() == c) correct.merge(c, 1, Integer::sum);
            }
        }
        int total = correct.values().stream().mapToInt(Integer::intValue).sum();
        double accuracy = total / (double) (trials * ComplexityClass.values().length);
        System.out.printf("complexity classifier: %.1f%% correct at 5%% timing noise %s%n", 100 * accuracy, correct);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void reportsEveryCandidateAsEvidence() {
        var result = ComplexityFit.classify(timings(ComplexityClass.LINEAR, new Random(3), 0.02));
        assertThat(result.candidates()).hasSize(ComplexityClass.values().length);
        assertThat(result.best().complexity()).isEqualTo(result.complexity());
        assertThat(result.best().factor()).isPositive();
    }

    @Test
    void needsAtLeastThreeSizes() {
        assertThatThrownBy(() -> ComplexityFit.classify(List.of(new ComplexityFit.Point(1, 1), new ComplexityFit.Point(2, 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
