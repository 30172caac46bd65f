package dev.arbiter.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.measure.Measurement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.LongToDoubleFunction;

import static dev.arbiter.score.ScoreSummaryTest.SIZES;
import static dev.arbiter.score.ScoreSummaryTest.fork;
import static org.assertj.core.api.Assertions.assertThat;

class ForkBudgetTest {

    private static final long SECOND = 1_000_000_000L;
    private static final LongToDoubleFunction REF = n -> 1000.0 * n;
    private static final Measurement TWICE = fork(n -> 2 * REF.applyAsDouble(n), REF, 8, 0);
    private static final Measurement NEARLY = fork(n -> 2.04 * REF.applyAsDouble(n), REF, 8, 0);
    private static final Measurement APART = fork(n -> 2.2 * REF.applyAsDouble(n), REF, 8, 0);
    private static final ForkBudget FIFTEEN = new ForkBudget(5, 15 * SECOND);

    @Test
    void theSecondForkRunsWhateverTheTimeSpent() {
        assertThat(FIFTEEN.ended(List.of(TWICE), true, 40 * SECOND, 0)).isNull();
        assertThat(new ForkBudget(5, 0).ended(List.of(TWICE), true, 40 * SECOND, 0)).isNull();
    }

    @Test
    void aThirdForkStartsOnlyWhenItWouldEndInTimeAtThePaceOfTheLongestLaterFork() {
        List<Measurement> disagreeing = List.of(TWICE, APART);
        assertThat(FIFTEEN.ended(disagreeing, true, 9 * SECOND, 3 * SECOND)).as("ends at 12 s").isNull();
        assertThat(FIFTEEN.ended(disagreeing, true, 12 * SECOND, 3 * SECOND)).as("ends at 15 s").isNull();
        assertThat(FIFTEEN.ended(disagreeing, true, 12 * SECOND, 3 * SECOND + 1)).as("would end past 15 s")
                .isEqualTo(ForkBudget.Ended.TIME);
        assertThat(FIFTEEN.ended(List.of(TWICE, APART, TWICE), true, 13 * SECOND, 3 * SECOND)).as("a fourth")
                .isEqualTo(ForkBudget.Ended.TIME);
        assertThat(new ForkBudget(5, 0).ended(disagreeing, true, 1, 0)).as("0 s: two forks at most")
                .isEqualTo(ForkBudget.Ended.TIME);
    }

    @Test
    void agreementAndTheForkLimitEndTheForksBeforeTheTimeDoes() {
        assertThat(FIFTEEN.ended(List.of(TWICE, NEARLY), true, 60 * SECOND, 3 * SECOND)).isEqualTo(ForkBudget.Ended.SETTLED);
        assertThat(new ForkBudget(2, 15 * SECOND).ended(List.of(TWICE, APART), true, SECOND, SECOND))
                .isEqualTo(ForkBudget.Ended.LIMIT);
        assertThat(new ForkBudget(1, 15 * SECOND).ended(List.of(TWICE), true, SECOND, 0)).isEqualTo(ForkBudget.Ended.LIMIT);
        assertThat(FIFTEEN.ended(List.of(TWICE), false, SECOND, 0)).as("no size both ran: nothing to fork for")
                .isEqualTo(ForkBudget.Ended.NO_RATIO);
    }

    @Test
    void theScoreSaysWhyItsForksEnded() throws Exception {
        PerfScorer.Score score = ScoreSummary.summarize(List.of(TWICE, APART), null, SIZES, null, Noise.NONE,
                Double.POSITIVE_INFINITY, ForkBudget.Ended.TIME);
        assertThat(new ObjectMapper().readTree(score.evidenceJson()).path("forksEnded").asText()).isEqualTo("time");
        assertThat(score.timeRatio()).as("the two forks' geometric mean").isBetween(2.09, 2.1);
    }
}
