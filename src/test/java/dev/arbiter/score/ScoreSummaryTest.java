package dev.arbiter.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.measure.ComplexityClass;
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
        Measurement.Status status = mineSizes < SIZES.size() ? Measurement.Status.TIMEOUT : Measurement.Status.OK;
        return new Measurement(List.of(new Measurement.Program(status, mineSizes < SIZES.size() ? mineSizes : -1, "", ""),
                new Measurement.Program(Measurement.Status.OK, -1, "", "")), sizes);
    }

    /** A counting measurement: each program's counted work per call at every size (the submission's at mineSizes). */
    static Measurement counted(LongToDoubleFunction mine, LongToDoubleFunction theirs, int mineSizes) {
        List<Measurement.Size> sizes = new ArrayList<>();
        for (int i = 0; i < SIZES.size(); i++) {
            long n = SIZES.get(i);
            List<Long> a = i < mineSizes ? List.of((long) mine.applyAsDouble(n)) : List.of();
            sizes.add(new Measurement.Size(n, new ArrayList<>(List.of("[1,2]", "[1,2]")), List.of(
                    new Measurement.Run(0, 0, 0, 0, 0, List.of(), a),
                    new Measurement.Run(0, 0, 0, 0, 0, List.of(), List.of((long) theirs.applyAsDouble(n))))));
        }
        return new Measurement(List.of(new Measurement.Program(Measurement.Status.OK, -1, "", ""), new Measurement.Program(Measurement.Status.OK, -1, "", "")), sizes);
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
        assertThat(evidence.path("growth").path("fit").get(0).path("class").asText()).isEqualTo("O(n)");
    }

    @Test
    void aForkAveragesItsLargestSizesGeometricallySoOneVaryingSizeMovesTheScoreByAThird() {
        LongToDoubleFunction ref = n -> 1000.0 * n;
        // ratios 2, 3 and 4.5 at the three largest sizes: the fork's ratio is their geometric mean, 3
        LongToDoubleFunction growing = n -> ref.applyAsDouble(n) * (n == 32000L ? 2 : n == 64000L ? 3 : n == 128000L ? 4.5 : 1);
        // the same but for the middle size, 1.5 times slower in this process
        LongToDoubleFunction middleSlow = n -> growing.applyAsDouble(n) * (n == 64000L ? 1.5 : 1);

        PerfScorer.Score steady = ScoreSummary.summarize(List.of(fork(growing, ref, 8, 0)), null, SIZES, null);
        PerfScorer.Score moved = ScoreSummary.summarize(List.of(fork(middleSlow, ref, 8, 0)), null, SIZES, null);

        assertThat(steady.timeRatio()).isCloseTo(3.0, within(0.01));
        // a median of the three would have followed the middle size all the way, to 4.5
        assertThat(moved.timeRatio()).isCloseTo(3.0 * Math.cbrt(1.5), within(0.01));
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
    void countsNameTheClassWhenCachesBendTheTimes() throws Exception {
        // timed: a hash solution whose table leaves the cache (3x per element), against a counting array that stays in
        // it; counted: both linear, the submission 20x the work per element
        Measurement timed = fork(n -> 20.0 * n * (n > 8000 ? 3.0 : 1.0), n -> 3.0 * n, 8, 0);
        Measurement counts = counted(n -> 400 + 200.0 * n, n -> 300 + 10.0 * n, 8);

        PerfScorer.Score withoutCounts = ScoreSummary.summarize(List.of(timed), null, SIZES, null);
        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), counts, SIZES, null);

        assertThat(withoutCounts.complexity()).isNotEqualTo("O(n)");
        assertThat(score.complexity()).isEqualTo("O(n)");
        assertThat(score.referenceComplexity()).isEqualTo("O(n)");
        assertThat(score.timeRatio()).isEqualTo(withoutCounts.timeRatio()).isCloseTo(20.0, within(0.5));
        JsonNode evidence = new ObjectMapper().readTree(score.evidenceJson());
        assertThat(evidence.path("growth").path("measure").asText()).isEqualTo("counted");
        assertThat(evidence.path("growth").path("decidedBy").asText()).isEqualTo("count");
        assertThat(evidence.path("growth").path("logFactor").path("high").asDouble()).isLessThan(1.1);
        assertThat(evidence.path("countPoints")).hasSize(8);
        assertThat(evidence.path("workRatio").path("ratio").asDouble()).isCloseTo((400 + 200.0 * 128000) / (300 + 10.0 * 128000), within(1e-6));
    }

    @Test
    void timedLinearCurvesBentByTheCachesAreLinearOrLinearithmicWhenNothingWasCounted() {
        LongToDoubleFunction bent = n -> 30.0 * n * (n > 16000 ? 1.8 : 1.0);
        Measurement f = fork(n -> 1.3 * bent.applyAsDouble(n), bent, 8, 0);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(f), null, SIZES, dev.arbiter.measure.ComplexityClass.LINEAR);

        assertThat(score.complexity()).isEqualTo("O(n) or O(n log n)");
        assertThat(score.referenceComplexity()).isEqualTo("O(n)");
    }

    @Test
    void workTheCountCannotSeeLetsTheTimesDecide() throws Exception {
        // `x in some_list` per element: counted as one instruction each, timed as a scan
        Measurement timed = fork(n -> 0.05 * n * n, n -> 100.0 * n, 8, 0);
        Measurement counts = counted(n -> 30.0 * n, n -> 25.0 * n, 8);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), counts, SIZES, dev.arbiter.measure.ComplexityClass.LINEAR);

        assertThat(score.complexity()).isEqualTo("O(n^2)");
        JsonNode growth = new ObjectMapper().readTree(score.evidenceJson()).path("growth");
        assertThat(growth.path("measure").asText()).isEqualTo("timed");
        assertThat(growth.path("decidedBy").asText()).startsWith("time");
        assertThat(growth.path("timePerCountSlope").asDouble()).isGreaterThan(0.9);
    }

    @Test
    void aCountTheProgramEmptiedLetsTheTimesDecideWhateverTheReferencesTimesDid() throws Exception {
        // the program resets the counter in its own process as each call returns: one unit at every size; its times grow
        // as a line behind a fixed cost per call, and the caches bend the reference's time per counted unit by n^0.3,
        // so the times per unit, less that control, rise too little for hidden work (about 0.5)
        Measurement timed = fork(n -> 50_000 + 40.0 * n, n -> 30.0 * n * Math.pow(n / 1000.0, 0.3), 8, 0);
        Measurement counts = counted(n -> 1, n -> 10.0 * n, 8);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), counts, SIZES, dev.arbiter.measure.ComplexityClass.LINEAR);

        JsonNode growth = new ObjectMapper().readTree(score.evidenceJson()).path("growth");
        assertThat(growth.path("timePerCountSlope").asDouble() - growth.path("controlSlope").asDouble())
                .isLessThan(GrowthDecision.HIDDEN_WORK_SLOPE);
        assertThat(growth.path("measure").asText()).isEqualTo("timed");
        assertThat(growth.path("decidedBy").asText()).startsWith("time: the counted work stayed flat");
        assertThat(score.complexity()).isEqualTo("O(n)");
    }

    @Test
    void aFlatCountWithTimesTheCachesBendALittleStaysConstant() throws Exception {
        // an O(1) answer: 40 units at every size, its times rising by a third over 128x (n^0.06)
        Measurement timed = fork(n -> 2_000 * Math.pow(n / 1000.0, 0.06), n -> 30.0 * n, 8, 0);
        Measurement counts = counted(n -> 40, n -> 10.0 * n, 8);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), counts, SIZES, dev.arbiter.measure.ComplexityClass.LINEAR);

        assertThat(score.complexity()).isEqualTo("O(1)");
        JsonNode growth = new ObjectMapper().readTree(score.evidenceJson()).path("growth");
        assertThat(growth.path("decidedBy").asText()).isEqualTo("count");
    }

    @Test
    void oneSizeTimedWhileSomethingElseRanDoesNotMakeWorkLookHidden() throws Exception {
        // the submission's tables leave the caches (time per counted unit rising as n^0.4) and its largest size was
        // timed while the JIT compiled (60x); the reference's smallest size likewise: least squares read 1.4
        LongToDoubleFunction caches = n -> Math.pow(n / 1000.0, 0.4);
        Measurement timed = fork(n -> 20.0 * n * caches.applyAsDouble(n) * (n == 128000 ? 60 : 1), n -> 3.0 * n * (n == 1000 ? 60 : 1), 8, 0);
        Measurement counts = counted(n -> 200.0 * n, n -> 10.0 * n, 8);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), counts, SIZES, dev.arbiter.measure.ComplexityClass.LINEAR);

        assertThat(score.complexity()).isEqualTo("O(n)");
        JsonNode growth = new ObjectMapper().readTree(score.evidenceJson()).path("growth");
        assertThat(growth.path("decidedBy").asText()).isEqualTo("count");
        assertThat(growth.path("controlSlope").asDouble()).isCloseTo(0.0, within(0.05));
        assertThat(growth.path("timePerCountSlope").asDouble()).isCloseTo(0.4, within(0.1));
    }

    @Test
    void timesBentAlikeForBothProgramsByABusyMachineDoNotOverruleTheCounts() throws Exception {
        // both programs' times per counted unit rise by n^0.9 (starved of CPU at the large sizes): no hidden work
        LongToDoubleFunction starved = n -> Math.pow(n / 1000.0, 0.9);
        Measurement timed = fork(n -> 40.0 * n * Math.log(n) * starved.applyAsDouble(n), n -> 30.0 * n * Math.log(n) * starved.applyAsDouble(n), 8, 0);
        Measurement counts = counted(n -> 40.0 * n * Math.log(n), n -> 30.0 * n * Math.log(n), 8);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), counts, SIZES, dev.arbiter.measure.ComplexityClass.LINEARITHMIC);

        assertThat(score.complexity()).isEqualTo("O(n log n)");
        JsonNode growth = new ObjectMapper().readTree(score.evidenceJson()).path("growth");
        assertThat(growth.path("decidedBy").asText()).isEqualTo("count");
        assertThat(growth.path("controlSlope").asDouble()).isCloseTo(0.9, within(0.05));
        assertThat(growth.path("timePerCountSlope").asDouble()).isCloseTo(0.0, within(0.05));
    }

    @Test
    void aCountedMixOfLinearAndLogWorkWithinTheIntervalIsNamedWithBothClasses() {
        // a randomised selection: counts scatter by a third from size to size around a line with some log work
        double[] scatter = {1.0, 1.35, 0.8, 1.3, 0.75, 1.25, 0.8, 1.3};
        Measurement counts = counted(n -> (30.0 * n + 3 * n * Math.log(n)) * scatter[SIZES.indexOf(n)], n -> 25.0 * n, 8);
        Measurement timed = fork(n -> 30.0 * n, n -> 25.0 * n, 8, 0);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), counts, SIZES, dev.arbiter.measure.ComplexityClass.LINEAR);

        assertThat(score.complexity()).isEqualTo("O(n) or O(n log n)");
    }

    @Test
    void aNoisyScoreNamesWhatDisturbedIt() throws Exception {
        LongToDoubleFunction ref = n -> 1000.0 * n;
        Measurement normal = fork(n -> 2 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement disturbed = fork(n -> 3 * ref.applyAsDouble(n), ref, 8, 0);
        List<Measurement.Size> delayed = new ArrayList<>();
        for (Measurement.Size s : disturbed.sizes()) {
            delayed.add(new Measurement.Size(s.n(), s.results(), s.runs().stream().map(r ->
                    new Measurement.Run(r.batch(), r.bytes(), r.foreignNs(), r.timedNs(), r.timedNs() / 3, r.ns(), List.of())).toList()));
        }
        Measurement waited = new Measurement(disturbed.programs(), delayed);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(normal, waited, normal), null, SIZES, null, new Noise(0.6, 2.0, 2, 0));

        assertThat(score.noisy()).isTrue();
        JsonNode noise = new ObjectMapper().readTree(score.evidenceJson()).path("noise");
        assertThat(noise.path("sources").toString()).contains("MACHINE_LOAD").contains("SERVER").doesNotContain("NEIGHBOURS");
        assertThat(noise.path("because").asText()).contains("waited for a CPU").contains("server");
    }

    @Test
    void processesOnTheOtherCoresAreNamedWhenNothingWaitedForACpu() throws Exception {
        LongToDoubleFunction ref = n -> 1000.0 * n;
        Measurement normal = fork(n -> 2 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement disturbed = fork(n -> 3 * ref.applyAsDouble(n), ref, 8, 0);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(normal, disturbed, normal), null, SIZES, null, new Noise(0.05, 2.0, 2, 0));

        JsonNode noise = new ObjectMapper().readTree(score.evidenceJson()).path("noise");
        assertThat(noise.path("sources").toString()).contains("NEIGHBOURS").doesNotContain("MACHINE_LOAD");
        assertThat(noise.path("because").asText()).contains("caches and memory bandwidth");
    }

    private static final long QUIET = 1_700_000L;
    private static final long TAKEN = 15_000_000L;

    /**
     * A fork whose submission runs {@code quiet} times the reference's time, and {@code taken} times in the rounds the
     * host took the cache in ({@code takenRounds}, of five at every size): the readings before those rounds (reading k
     * is taken before round k) are slow, and a round beside a slow reading counts as disturbed.
     */
    private static Measurement hostFork(double quiet, double taken, java.util.Set<Integer> takenRounds) {
        List<Measurement.Size> sizes = new ArrayList<>();
        for (long n : SIZES) {
            List<Long> a = new ArrayList<>();
            List<Long> b = new ArrayList<>();
            List<Long> readings = new ArrayList<>();
            for (int r = 0; r < 5; r++) {
                b.add(1000L * n);
                a.add((long) ((takenRounds.contains(r) ? taken : quiet) * 1000 * n));
            }
            for (int k = 0; k <= 5; k++) readings.add(takenRounds.contains(k) ? TAKEN : QUIET + 1000L * k);
            sizes.add(new Measurement.Size(n, new ArrayList<>(List.of("[1,2]", "[1,2]")), List.of(
                    new Measurement.Run(10, 2000L * n, 0, 100_000_000L, a),
                    new Measurement.Run(10, 1000L * n, 0, 100_000_000L, b)), readings));
        }
        return new Measurement(List.of(new Measurement.Program(Measurement.Status.OK, -1, "", ""), new Measurement.Program(Measurement.Status.OK, -1, "", "")), sizes);
    }

    /** {@link #hostFork}, each submission batch off by a factor drawn from a log-normal of this spread (a seeded draw). */
    private static Measurement scatteredHostFork(double quiet, double taken, java.util.Set<Integer> takenRounds, double spread, long seed) {
        java.util.Random draw = new java.util.Random(seed);
        Measurement f = hostFork(quiet, taken, takenRounds);
        List<Measurement.Size> sizes = new ArrayList<>();
        for (Measurement.Size s : f.sizes()) {
            Measurement.Run mine = s.runs().get(0);
            List<Long> ns = mine.ns().stream().map(t -> (long) (t * Math.exp(spread * draw.nextGaussian()))).toList();
            sizes.add(new Measurement.Size(s.n(), s.results(), List.of(new Measurement.Run(mine.batch(), mine.bytes(), 0,
                    mine.timedNs(), ns), s.runs().get(1)), s.probeNs()));
        }
        return new Measurement(f.programs(), sizes);
    }

    /** Three forks of {@link #scatteredHostFork} (seeds 11, 12, 13) with the host taking the cache in rounds 0-2, scored. */
    private static PerfScorer.Score scatteredScore(double quiet, double taken, double spread) {
        List<Measurement> forks = new ArrayList<>();
        for (long seed = 11; seed <= 13; seed++) forks.add(scatteredHostFork(quiet, taken, java.util.Set.of(0, 1, 2), spread, seed));
        return ScoreSummary.summarize(forks, null, SIZES, null, new Noise(0.05, 1.0, 2, 0));
    }

    @Test
    void roundsThatScatterByChanceDoNotMakeARatioMoveWithTheCache() throws Exception {
        // a randomised program (quickselect's pivots): its rounds scatter by 25 %, whatever the cache reads
        PerfScorer.Score score = scatteredScore(2, 2, 0.25);

        JsonNode evidence = new ObjectMapper().readTree(score.evidenceJson());
        assertThat(evidence.path("noise").path("hostSensitivity").asDouble()).isLessThan(HostCache.SENSITIVE);
        assertThat(evidence.path("ratioFrom").asText()).isEqualTo("forks");
    }

    @Test
    void aRatioThatMovesWithTheCacheBeyondItsScatterIsStillTakenFromTheQuietRounds() throws Exception {
        PerfScorer.Score score = scatteredScore(2, 3, 0.03);

        JsonNode evidence = new ObjectMapper().readTree(score.evidenceJson());
        assertThat(evidence.path("noise").path("hostSensitivity").asDouble()).isGreaterThan(0.3); // 3 against 2, less chance
        assertThat(evidence.path("ratioFrom").asText()).isEqualTo("quietRounds");
        assertThat(score.timeRatio()).isCloseTo(2.0, within(0.1));
    }

    @Test
    void roundsTheHostTookTheCacheInAreLeftOutOfTheRatioAndNamed() throws Exception {
        // three of five rounds at every size ran with the cache taken (readings 0-2 slow: rounds 0-2 lie beside one)
        Measurement f = hostFork(2, 4, java.util.Set.of(0, 1, 2));

        PerfScorer.Score score = ScoreSummary.summarize(List.of(f, f, f), null, SIZES, null, new Noise(0.05, 1.0, 2, 0));

        assertThat(score.timeRatio()).isCloseTo(2.0, within(1e-9));
        assertThat(score.noisy()).isFalse();
        assertThat(new ObjectMapper().readTree(score.evidenceJson()).path("ratioFrom").asText()).isEqualTo("quietRounds");
        JsonNode noise = new ObjectMapper().readTree(score.evidenceJson()).path("noise");
        assertThat(noise.path("sources").toString()).contains("HOST_MEMORY");
        assertThat(noise.path("hostDisturbedRounds").asInt()).isEqualTo(3 * 3 * 3); // three top sizes, three forks
        assertThat(noise.path("hostRounds").asInt()).isEqualTo(5 * 3 * 3);
        assertThat(noise.path("hostQuietMs").asDouble()).isCloseTo(1.7, within(0.01)); // the lowest reading
    }

    @Test
    void forksTheHostDisturbedThroughoutGiveWayToTheQuietRoundsOfTheOthers() throws Exception {
        Measurement clean = hostFork(2, 4, java.util.Set.of());
        Measurement taken = hostFork(2, 4, java.util.Set.of(0, 1, 2, 3, 4, 5));

        PerfScorer.Score score = ScoreSummary.summarize(List.of(taken, taken, clean), null, SIZES, null, new Noise(0.05, 1.0, 2, 0));

        // the median of the forks' own ratios would be 4
        assertThat(score.timeRatio()).isCloseTo(2.0, within(1e-9));
        JsonNode evidence = new ObjectMapper().readTree(score.evidenceJson());
        assertThat(evidence.path("quietRounds").get(2).path("counted").asInt()).isEqualTo(5);
        assertThat(evidence.path("quietRounds").get(2).path("rounds").asInt()).isEqualTo(15);
        // the forks disagree: noisy, and the host is named
        assertThat(score.noisy()).isTrue();
        assertThat(evidence.path("noise").path("because").asText()).contains("took the host's cache");
    }

    @Test
    void theNodesQuietReadingJudgesAScoreTheHostDisturbedFromStartToEnd() throws Exception {
        // every reading is 9x the node's quiet one, so the score's own lowest reading cannot stand for quiet
        Measurement taken = hostFork(4, 4, java.util.Set.of(0, 1, 2, 3, 4, 5));

        PerfScorer.Score known = ScoreSummary.summarize(List.of(taken, taken, taken), null, SIZES, null, new Noise(0.05, 1.0, 2, 0), QUIET);
        PerfScorer.Score unknown = ScoreSummary.summarize(List.of(taken, taken, taken), null, SIZES, null, new Noise(0.05, 1.0, 2, 0));

        assertThat(known.noisy()).isTrue();
        assertThat(new ObjectMapper().readTree(known.evidenceJson()).path("noise").path("sources").toString()).contains("HOST_MEMORY");
        assertThat(unknown.noisy()).isFalse();
        assertThat(new ObjectMapper().readTree(unknown.evidenceJson()).path("noise").path("sources").toString()).doesNotContain("HOST_MEMORY");
    }

    @Test
    void quietestRoundsThatStillReadSomewhatSlowMakeNoisyOnlyARatioThatMovesWithTheCache() throws Exception {
        // the node read 1/1.7 of this score's lowest reading before: its quietest rounds read 1.7x quiet
        Measurement movesWithIt = hostFork(2, 4, java.util.Set.of(0, 1, 2));
        Measurement indifferent = hostFork(2, 2, java.util.Set.of(0, 1, 2));

        PerfScorer.Score moved = ScoreSummary.summarize(List.of(movesWithIt, movesWithIt, movesWithIt), null, SIZES, null,
                new Noise(0.05, 1.0, 2, 0), QUIET / 1.7);
        PerfScorer.Score unmoved = ScoreSummary.summarize(List.of(indifferent, indifferent, indifferent), null, SIZES, null,
                new Noise(0.05, 1.0, 2, 0), QUIET / 1.7);

        assertThat(moved.noisy()).isTrue();
        JsonNode noise = new ObjectMapper().readTree(moved.evidenceJson()).path("noise");
        assertThat(noise.path("hostSensitivity").asDouble()).isCloseTo(1.0, within(1e-9)); // 4 against 2
        assertThat(noise.path("because").asText()).contains("took the host's cache");
        assertThat(unmoved.noisy()).isFalse();
        assertThat(new ObjectMapper().readTree(unmoved.evidenceJson()).path("noise").path("hostSensitivity").asDouble())
                .isCloseTo(0.0, within(1e-9));
        // a ratio the cache does not move keeps every round: the median of the forks
        assertThat(new ObjectMapper().readTree(unmoved.evidenceJson()).path("ratioFrom").asText()).isEqualTo("forks");
    }

    @Test
    void aRatioThatMovesALittleWithTheCacheIsNoisyWhereTheHostTookMostRounds() throws Exception {
        // the quietest rounds read 1.7x quiet and the submission runs 8 % slower in the rounds the host took: in three of
        // five rounds the halves of the readings both hold taken rounds, in two of five they do not
        Measurement most = hostFork(2, 2.16, java.util.Set.of(0, 1, 2));
        Measurement some = hostFork(2, 2.16, java.util.Set.of(0, 1));

        PerfScorer.Score mostly = ScoreSummary.summarize(List.of(most, most, most), null, SIZES, null,
                new Noise(0.05, 1.0, 2, 0), QUIET / 1.7);
        PerfScorer.Score partly = ScoreSummary.summarize(List.of(some, some, some), null, SIZES, null,
                new Noise(0.05, 1.0, 2, 0), QUIET / 1.7);

        JsonNode mostNoise = new ObjectMapper().readTree(mostly.evidenceJson()).path("noise");
        JsonNode someNoise = new ObjectMapper().readTree(partly.evidenceJson()).path("noise");
        assertThat(mostNoise.path("hostSensitivity").asDouble()).isCloseTo(0.08, within(1e-6));
        assertThat(someNoise.path("hostSensitivity").asDouble()).isCloseTo(0.08, within(1e-6));
        assertThat(mostNoise.path("hostDisturbedRounds").asInt() * 2).isGreaterThan(mostNoise.path("hostRounds").asInt());
        assertThat(someNoise.path("hostDisturbedRounds").asInt() * 2).isLessThan(someNoise.path("hostRounds").asInt());
        assertThat(mostly.noisy()).isTrue();
        assertThat(mostNoise.path("because").asText()).contains("took the host's cache");
        assertThat(partly.noisy()).isFalse();
    }

    @Test
    void quietestRoundsThatReadOverTwiceQuietMakeAnyScoreNoisy() throws Exception {
        // a ratio that did not move between readings of 4x and 35x quiet may still have moved below them
        Measurement indifferent = hostFork(2, 2, java.util.Set.of(0, 1, 2));

        PerfScorer.Score score = ScoreSummary.summarize(List.of(indifferent, indifferent, indifferent), null, SIZES, null,
                new Noise(0.05, 1.0, 2, 0), QUIET / 4.0);

        assertThat(score.noisy()).isTrue();
        assertThat(new ObjectMapper().readTree(score.evidenceJson()).path("noise").path("because").asText())
                .contains("took the host's cache");
    }

    @Test
    void readingsAProgramWouldNotStayIdleForLeaveItsRoundsIn() throws Exception {
        // rounds 0-2 are slow; with slow readings beside them they are left out, with readings of 0 (interleave's mark
        // for a program that kept running through a reading, as one would to hide its slow rounds) they stay in
        Measurement slow = hostFork(2, 4, java.util.Set.of(0, 1, 2));
        List<Measurement.Size> spoiled = slow.sizes().stream().map(s -> new Measurement.Size(s.n(), s.results(), s.runs(),
                List.of(QUIET, 0L, 0L, 0L, QUIET, QUIET))).toList();
        Measurement hostile = new Measurement(slow.programs(), spoiled);

        PerfScorer.Score honest = ScoreSummary.summarize(List.of(slow, slow, slow), null, SIZES, null, new Noise(0.05, 1.0, 2, 0));
        PerfScorer.Score gamed = ScoreSummary.summarize(List.of(hostile, hostile, hostile), null, SIZES, null, new Noise(0.05, 1.0, 2, 0));

        assertThat(honest.timeRatio()).isCloseTo(2.0, within(1e-9));
        assertThat(gamed.timeRatio()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void aNodeWhoseFirstScoreRunsBesideANeighbourHoldingTheCacheStillNamesTheHost() throws Exception {
        // no node history, every reading 15 ms; a walk from memory costs 120 ns a step, so quiet is at most a quarter of
        // 131,072 of them: 3.9 ms
        Measurement taken = hostFork(4, 4, java.util.Set.of(0, 1, 2, 3, 4, 5));
        Measurement measuredMemory = new Measurement(taken.programs(), taken.sizes(), 0, 120);
        Measurement quiet = hostFork(2, 2, java.util.Set.of());
        Measurement quietMeasured = new Measurement(quiet.programs(), quiet.sizes(), 0, 120);

        PerfScorer.Score busy = ScoreSummary.summarize(List.of(measuredMemory, measuredMemory, measuredMemory), null, SIZES, null,
                new Noise(0.05, 1.0, 2, 0));
        PerfScorer.Score calm = ScoreSummary.summarize(List.of(quietMeasured, quietMeasured, quietMeasured), null, SIZES, null,
                new Noise(0.05, 1.0, 2, 0));

        assertThat(busy.noisy()).isTrue();
        JsonNode noise = new ObjectMapper().readTree(busy.evidenceJson()).path("noise");
        assertThat(noise.path("hostQuietMs").asDouble()).isCloseTo(0.25 * 120 * 131_072 / 1e6, within(1e-9));
        assertThat(noise.path("because").asText()).contains("took the host's cache");
        assertThat(calm.noisy()).isFalse(); // the bound is above a quiet reading: it changes nothing there
        assertThat(new ObjectMapper().readTree(calm.evidenceJson()).path("noise").path("hostQuietMs").asDouble())
                .isCloseTo(1.7, within(0.01));
    }

    @Test
    void readingsThatCouldNotBeTakenCountAsUndisturbed() throws Exception {
        Measurement f = hostFork(2, 2, java.util.Set.of());
        List<Measurement.Size> unread = f.sizes().stream().map(s -> new Measurement.Size(s.n(), s.results(), s.runs(),
                List.of(-1L, -1L, -1L, -1L, -1L, -1L))).toList();
        Measurement blind = new Measurement(f.programs(), unread);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(blind, blind, blind), null, SIZES, null, new Noise(0.05, 1.0, 2, 0), QUIET);

        JsonNode noise = new ObjectMapper().readTree(score.evidenceJson()).path("noise");
        assertThat(score.noisy()).isFalse();
        assertThat(noise.path("hostProbeMs").size()).isZero();
        assertThat(noise.path("sources").toString()).doesNotContain("HOST_MEMORY");
    }

    @Test
    void aCountThatStoppedEarlyLeavesTheClassToTheTimes() {
        Measurement timed = fork(n -> 100.0 * n, n -> 100.0 * n, 8, 0);
        Measurement counts = counted(n -> 1e-3 * n * n * n, n -> 100.0 * n, 2);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), counts, SIZES, null);

        assertThat(score.complexity()).isEqualTo("O(n)");
        assertThat(score.evidenceJson()).contains("\"decidedBy\":\"time: not counted at enough sizes\"");
    }

    @Test
    void aSolutionWithAnExtraLogFactorIsClassedAboveTheReference() {
        Measurement f = fork(n -> 40.0 * n * Math.log(n), n -> 100.0 * n, 8, 0);
        Measurement counts = counted(n -> 40.0 * n * Math.log(n), n -> 100.0 * n, 8);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(f), counts, SIZES, dev.arbiter.measure.ComplexityClass.LINEAR);

        assertThat(score.complexity()).isEqualTo("O(n log n)");
        assertThat(ScoreSummary.relativeSlope(counts)).isBetween(0.1, 0.2);
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

    @Test
    void withFiveForksOneOutlyingForkLeavesTheScoreQuietAndTwoDisagreeingOnesMakeItNoisy() {
        LongToDoubleFunction ref = n -> 1000.0 * n;
        Measurement twice = fork(n -> 2 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement outlier = fork(n -> 3 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement between = fork(n -> 2.5 * ref.applyAsDouble(n), ref, 8, 0);

        PerfScorer.Score one = ScoreSummary.summarize(List.of(twice, twice, outlier, twice, twice), null, SIZES, null);
        PerfScorer.Score split = ScoreSummary.summarize(List.of(twice, between, outlier, twice, outlier), null, SIZES, null);

        assertThat(one.timeRatio()).isCloseTo(2.0, within(0.01));
        assertThat(one.timeSpread()).as("the full range is still reported").isCloseTo(0.5, within(0.01));
        assertThat(one.noisy()).isFalse();
        assertThat(split.timeRatio()).isCloseTo(2.5, within(0.01));
        assertThat(split.noisy()).isTrue();
    }

    @Test
    void theScoreSettlesOnceTwoForksAgreeWithinThreePercentOrThoseStillToComeCouldNotMoveItByMoreThanThreePercent() {
        LongToDoubleFunction ref = n -> 1000.0 * n;
        Measurement twice = fork(n -> 2 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement nearly = fork(n -> 2.04 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement below = fork(n -> 1.95 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement apart = fork(n -> 2.2 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement further = fork(n -> 2.1 * ref.applyAsDouble(n), ref, 8, 0);

        Measurement close = fork(n -> 2.05 * ref.applyAsDouble(n), ref, 8, 0);
        Measurement off = fork(n -> 2.07 * ref.applyAsDouble(n), ref, 8, 0);
        assertThat(ScoreSummary.settled(List.of(twice), 5)).as("one fork never settles").isFalse();
        assertThat(ScoreSummary.settled(List.of(twice, nearly), 5)).as("two forks 2 % apart").isTrue();
        assertThat(ScoreSummary.settled(List.of(close, twice), 5)).as("two forks 2.5 % apart").isTrue();
        assertThat(ScoreSummary.settled(List.of(twice, off), 5)).as("two forks 3.4 % apart").isFalse();
        assertThat(ScoreSummary.settled(List.of(twice, apart), 5)).as("two forks 9.5 % apart").isFalse();
        assertThat(ScoreSummary.settled(List.of(twice, nearly, twice), 5)).as("within 3 %").isTrue();
        assertThat(ScoreSummary.settled(List.of(below, twice, nearly), 5)).as("2.5 % below and 2 % above the median").isTrue();
        assertThat(ScoreSummary.settled(List.of(twice, apart, twice), 5)).as("10 % above").isFalse();
        assertThat(ScoreSummary.settled(List.of(twice, apart, twice, below), 5)).as("four: the middle two 0 % apart").isTrue();
        assertThat(ScoreSummary.settled(List.of(below, apart, further, apart), 5)).as("four: 2.1 and 2.2 apart by 4.7 %")
                .isTrue();
        assertThat(ScoreSummary.settled(List.of(below, apart, nearly, apart), 5)).as("four: 2.04 and 2.2 apart by 7.8 %")
                .isFalse();
        assertThat(ScoreSummary.settled(List.of(twice, apart, below, apart, nearly), 5)).as("all five measured").isTrue();
        // why: the forks to come, however far off, leave the median of five between these bounds
        PerfScorer.Score three = ScoreSummary.summarize(List.of(below, twice, nearly, apart, apart), null, SIZES, null);
        assertThat(three.timeRatio()).isBetween(1.95 - 1e-9, 2.04 + 1e-9);
        PerfScorer.Score four = ScoreSummary.summarize(List.of(below, apart, further, apart, below), null, SIZES, null);
        assertThat(four.timeRatio()).isBetween(2.1 - 1e-9, 2.2 + 1e-9);
    }

    @Test
    void aReferenceThatAllocatesNothingGetsNoMemoryRatioButBothAmounts() throws Exception {
        Measurement f = fork(n -> 3 * (20_000 + 50.0 * n), n -> 20_000 + 50.0 * n, 8, 0);
        List<Measurement.Size> lean = new ArrayList<>();
        for (Measurement.Size s : f.sizes()) {
            Measurement.Run ref = s.runs().get(1);
            lean.add(new Measurement.Size(s.n(), s.results(), List.of(s.runs().get(0),
                    new Measurement.Run(ref.batch(), 0, ref.foreignNs(), ref.timedNs(), ref.ns()))));
        }
        Measurement noAllocations = new Measurement(f.programs(), lean);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(noAllocations, noAllocations, noAllocations), null, SIZES, null);

        assertThat(score.memoryRatio()).isNull();
        JsonNode bytes = new ObjectMapper().readTree(score.evidenceJson()).path("memoryBytes");
        assertThat(bytes.path("n").asLong()).isEqualTo(128000);
        assertThat(bytes.path("submission").asLong()).isEqualTo(2000L * 128000);
        assertThat(bytes.path("reference").asLong()).isZero();
    }

    @Test
    void workInNativeCodeBesideACountThatDependsOnTheInputLetsTheTimesDecide() throws Exception {
        // two-sum by numpy's argsort (n log n in C, never counted), then a Python loop that stops where its input's pair
        // lies: the counted work jumps from size to size and input to input, so each size's median input decides, while
        // the times grow steadily. Times and medians of a real score (2026-12-05)
        double[] mine = {61_852, 112_693, 248_291, 840_073, 1_770_914, 5_875_636, 12_054_179, 17_506_319};
        double[] theirs = {69_973, 153_899, 305_713, 665_104, 1_491_517, 3_611_279, 10_057_997, 24_123_656};
        long[][] inputs = {{180, 5_294, 9_000}, {180, 180, 14_000}, {180, 180, 30_000}, {180, 180, 59_000},
                {180, 143_042, 200_000}, {180, 306_684, 400_000}, {180, 419_150, 480_000}, {180, 180, 961_380}};
        Measurement timed = fork(n -> mine[SIZES.indexOf(n)], n -> theirs[SIZES.indexOf(n)], 8, 0);
        List<Measurement.Size> sizes = new ArrayList<>();
        for (int i = 0; i < SIZES.size(); i++) {
            sizes.add(new Measurement.Size(SIZES.get(i), new ArrayList<>(List.of("[1,2]", "[1,2]")), List.of(
                    new Measurement.Run(0, 0, 0, 0, 0, List.of(), java.util.Arrays.stream(inputs[i]).boxed().toList()),
                    new Measurement.Run(0, 0, 0, 0, 0, List.of(), List.of(8 + 19 * SIZES.get(i))))));
        }
        Measurement counts = new Measurement(List.of(new Measurement.Program(Measurement.Status.OK, -1, "", ""),
                new Measurement.Program(Measurement.Status.OK, -1, "", "")), sizes);
        assertThat(GrowthDecision.decide(counts.counts(0), List.of(), null, "submission", new ObjectMapper().createObjectNode()).label())
                .as("the count alone").isEqualTo("O(1) or O(log n)");

        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), counts, SIZES, ComplexityClass.LINEAR);

        JsonNode growth = new ObjectMapper().readTree(score.evidenceJson()).path("growth");
        assertThat(growth.path("measure").asText()).isEqualTo("timed");
        assertThat(growth.path("decidedBy").asText()).startsWith("time: the times grew as n^1.26, which the counted "
                + "O(1) or O(log n) does not explain (n^0.95 beyond it").contains("the counted class came from: count, each size's median input");
        assertThat(growth.path("timesBeyondCountedClassSlope").asDouble()).isGreaterThan(GrowthDecision.HIDDEN_WORK_SLOPE);
        assertThat(ComplexityClass.fromLabels(score.complexity())).contains(ComplexityClass.LINEARITHMIC);
        assertThat(score.referenceComplexity()).isEqualTo("O(n)");
    }

    @Test
    void aCountThatFollowsItsClassIsNotOverruledByTimesTheCachesBendAlikeForBoth() throws Exception {
        // an O(log n) search and an O(log n) reference whose times both rise as n^0.35 as their arrays leave the caches
        Measurement timed = fork(n -> 300 * Math.log(n) * Math.pow(n / 1000.0, 0.35), n -> 200 * Math.log(n) * Math.pow(n / 1000.0, 0.35), 8, 0);
        Measurement counts = counted(n -> 12 * Math.log(n) / Math.log(2) + 20, n -> 9 * Math.log(n) / Math.log(2) + 15, 8);

        PerfScorer.Score score = ScoreSummary.summarize(List.of(timed), counts, SIZES, ComplexityClass.LOGARITHMIC);

        assertThat(score.complexity()).isEqualTo("O(log n)");
        JsonNode growth = new ObjectMapper().readTree(score.evidenceJson()).path("growth");
        assertThat(growth.path("decidedBy").asText()).isEqualTo("count");
    }
}
