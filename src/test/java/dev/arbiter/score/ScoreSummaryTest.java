package dev.arbiter.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.measure.Measurement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreSummaryTest {

    static final List<Long> SIZES = List.of(1000L, 2000L, 4000L, 8000L, 16000L, 32000L, 64000L, 128000L);

    /** A fork where the submission takes {@code mine(n)} ns and the reference {@code theirs(n)} ns per call. */
    static Measurement fork(LongToDoubleFunction mine, LongToDoubleFunction theirs, int mineSizes, long foreignNs) {
        List<Measurement.Size> sizes = new ArrayList<>();
        for (int i = 0; i < SIZES.size(); i++) {
            long n = SIZES.get(i);
            List<Long> a = new ArrayList<>();
            List<Long> b = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                double wobble = 1 + 0.02 * ((r % 3) - 1);
                if (i < mineSizes) a.add((long) (mine.applyAsDouble(n) * wobble));
                b.add((long) (theirs.applyAsDouble(n) * wobble));
            }
            sizes.add(new Measurement.Size(n, new ArrayList<>(List.of("[1,2]", "[1,2]")), List.of(
                    new Measurement.Run(10, 2000L * n, foreignNs, 100_000_000L, a),
                    new Measurement.Run(10, 1000L * n, 0, 100_000_000L, b))));
        }
        String status = mineSizes < SIZES.size() ? "timeout" : "ok";
        return new Measurement(List.of(new Measurement.Program(status, mineSizes < SIZES.size() ? mineSizes : -1, "", ""),
                new Measurement.Program("ok", -1, "", "")), sizes);
    }

    @Test
    void aSolutionThreeTimesSlowerWithTheSameGrowthScoresThreeAndTheSameClass() throws Exception {
        Measurement f = fork(n -> 3 * (20_000 + 50.0 * n), n -> 20_000 + 50.0 * n, 8, 0);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(f, f, f), null, SIZES, null);

        assertThat(score.timeRatio()).isCloseTo(3.0, within(0.01));
        assertThat(score.timeSpread()).isCloseTo(0.0, within(1e-9));
        assertThat(score.memoryRatio()).isCloseTo(2.0, within(1e-9));
        assertThat(score.noisy()).isFalse();
        assertThat(score.complexity()).isEqualTo("O(n)");
        assertThat(score.referenceComplexity()).isEqualTo("O(n)");
        JsonNode evidence = new ObjectMapper().readTree(score.evidenceJson());
        assertThat(evidence.path("points")).hasSize(8);
        assertThat(evidence.path("forkRatios")).hasSize(3);
        assertThat(evidence.path("submissionFit").get(0).path("class").asText()).isEqualTo("O(n)");
    }

    @Test
    void twoForksAverageGeometricallyAndTheirSpreadMakesTheScoreNoisy() {
        LongToDoubleFunction ref = n -> 1000.0 * n;
        Measurement twice = fork(n -> 2 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement eightTimes = fork(n -> 8 * ref.applyAsDouble(n), ref, 8, 0);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(twice, eightTimes), null, SIZES, null);

        assertThat(score.timeRatio()).isCloseTo(4.0, within(0.01));
        assertThat(score.timeSpread()).isCloseTo(1.5, within(0.01));
        assertThat(score.noisy()).isTrue();
    }

    @Test
    void cpuUsedByTheIdleProgramWhileTheOtherWasTimedMakesTheScoreNoisy() {
        Measurement f = fork(n -> 1000.0 * n, n -> 1000.0 * n, 8, 20_000_000L);

        assertThat(ScoreSummary.summarize(List.of(f), null, SIZES, null).noisy()).isTrue();
    }

    @Test
    void aSubmissionTooSlowAtTheLargerSizesIsWorseThanTheReferenceAndScoredWhereBothRan() {
        Measurement f = fork(n -> 2e-3 * n * n, n -> 1000.0 * n, 5, 0);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(f), null, SIZES, null);

        assertThat(score.complexity()).isNull();
        assertThat(score.tooSlowAt()).isEqualTo(32000L);
        assertThat(score.referenceComplexity()).isEqualTo("O(n)");
        assertThat(score.timeRatio()).isCloseTo(2e-6 * 8000, within(0.5));
    }

    @Test
    void aSolutionThatGrowsLikeTheReferenceGetsItsDeclaredClassEvenWhenCachesBendBothCurves() {
        // a hash table that outgrows the cache: superlinear timings for an O(n) algorithm, alike in both
        LongToDoubleFunction bent = n -> 30.0 * n * (n > 16000 ? 1.8 : 1.0);
        Measurement f = fork(n -> 1.3 * bent.applyAsDouble(n), bent, 8, 0);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(f), null, SIZES, dev.arbiter.measure.ComplexityClass.LINEAR);

        assertThat(score.referenceComplexity()).isEqualTo("O(n)");
        assertThat(score.complexity()).isEqualTo("O(n)");
        assertThat(score.evidenceJson()).contains("\"referenceComplexitySource\":\"declared\"");
    }

    @Test
    void theGrowthMeasurementNamesTheClassWhileTheTimedForksGiveTheScore() throws Exception {
        // timed: a hash solution whose table leaves the cache, against a counting array that stays in it; interpreted:
        // both linear, the submission 20x the work per element
        Measurement timed = fork(n -> 20.0 * n * (n > 8000 ? 3.0 : 1.0), n -> 3.0 * n, 8, 0);
        Measurement interpreted = fork(n -> 2000.0 * n, n -> 100.0 * n, 8, 0);

        PerfScorer.Score withoutGrowth = ScoreSummary.summarize(List.of(timed), null, SIZES, null);
        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), interpreted, SIZES, null);

        assertThat(withoutGrowth.complexity()).isEqualTo("O(n log n)");
        assertThat(score.complexity()).isEqualTo("O(n)");
        assertThat(score.referenceComplexity()).isEqualTo("O(n)");
        assertThat(score.timeRatio()).isEqualTo(withoutGrowth.timeRatio()).isCloseTo(20.0, within(0.5));
        JsonNode evidence = new ObjectMapper().readTree(score.evidenceJson());
        assertThat(evidence.path("growthMeasure").asText()).isEqualTo("interpreted");
        assertThat(evidence.path("growthPoints")).hasSize(8);
        assertThat(evidence.path("growthPoints").get(7).path("submission").asDouble()).isCloseTo(2000e-9 * 128000, within(1e-3));
        assertThat(evidence.path("points").get(7).path("submission").asDouble()).isCloseTo(60e-9 * 128000, within(1e-3));
    }

    @Test
    void aGrowthMeasurementThatStoppedEarlyLeavesTheClassToTheTimedForks() {
        Measurement timed = fork(n -> 100.0 * n, n -> 100.0 * n, 8, 0);
        Measurement interpreted = fork(n -> 1e-3 * n * n * n, n -> 100.0 * n, 2, 0);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), interpreted, SIZES, null);

        assertThat(score.complexity()).isEqualTo("O(n)");
        assertThat(score.evidenceJson()).contains("\"growthMeasure\":\"timed\"");
    }

    @Test
    void aSolutionWithAnExtraLogFactorIsClassedAboveTheReference() {
        Measurement f = fork(n -> 40.0 * n * Math.log(n), n -> 100.0 * n, 8, 0);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(f), null, SIZES, dev.arbiter.measure.ComplexityClass.LINEAR);

        assertThat(score.complexity()).isEqualTo("O(n log n)");
        assertThat(ScoreSummary.relativeSlope(List.of(f), 8)).isBetween(0.1, 0.2);
    }

    @Test
    void aQuadraticSolutionAgainstALinearReferenceIsQuadratic() {
        Measurement f = fork(n -> 0.05 * n * n, n -> 100.0 * n, 8, 0);

        assertThat(ScoreSummary.summarize(List.of(f), null, SIZES, null).complexity()).isEqualTo("O(n^2)");
    }

    @Test
    void withThreeOrMoreForksOneDisturbedForkDoesNotMoveTheScore() {
        LongToDoubleFunction ref = n -> 1000.0 * n;
        Measurement normal = fork(n -> 2 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement disturbed = fork(n -> 3 * ref.applyAsDouble(n), ref, 8, 0);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(normal, disturbed, normal), null, SIZES, null);

        assertThat(score.timeRatio()).isCloseTo(2.0, within(0.01));
        assertThat(score.noisy()).isTrue();
    }
}
