package dev.arbiter.calibration;

import dev.arbiter.common.Verdict;
import dev.arbiter.lang.Language;
import dev.arbiter.problem.SolutionKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LimitCheckTest {

    private static ShippedSolutions.Judged judged(String kind, String name, String verdict, Integer slowestMs, int limitMs) {
        return new ShippedSolutions.Judged("p", SolutionKind.fromFolder(kind).orElseThrow(), Language.JAVA, name,
                Verdict.valueOf(verdict), null, slowestMs, "07-large", 1000, limitMs);
    }

    @Test
    void aLimitOfTwiceTheSlowestAcceptedRunWithSlowSolutionsOverOneAndAHalfTimesItIsCalibrated() {
        LimitCheck check = LimitCheck.of(1000, List.of(
                judged("accepted", "Fast.java", "ACCEPTED", 180, 3000),
                judged("accepted", "Solution.java", "ACCEPTED", 420, 3000),
                judged("time_limit_exceeded", "Slow.java", "TIME_LIMIT_EXCEEDED", 1500, 1500),
                judged("wrong_answer", "Wrong.java", "WRONG_ANSWER", 20, 1000)));

        assertThat(check.ok()).isTrue();
        assertThat(check.slowestAcceptedMs()).isEqualTo(420);
        assertThat(check.slowestAccepted()).isEqualTo("Solution.java on 07-large");
        assertThat(check.suggestedLimitMs()).isEqualTo(900);
        assertThat(check.tleChecks()).singleElement().satisfies(t -> assertThat(t.exceeded()).isTrue());
        assertThat(check.summary()).contains("limit 1000 ms", "slowest accepted 420 ms", "at least 900 ms",
                "Slow.java exceeds 1.5 x the limit");
    }

    @Test
    void aLimitUnderTwiceTheSlowestAcceptedRunIsTooTight() {
        LimitCheck check = LimitCheck.of(1000, List.of(judged("accepted", "Solution.java", "ACCEPTED", 640, 3000)));

        assertThat(check.ok()).isFalse();
        assertThat(check.suggestedLimitMs()).isEqualTo(1300);
        assertThat(check.problems()).singleElement().asString()
                .contains("under twice the slowest accepted run (Solution.java, 640 ms on 07-large)", "at least 1300 ms");
    }

    @Test
    void aSlowSolutionThatFinishesWithinOneAndAHalfTimesTheLimitMakesItTooLoose() {
        LimitCheck check = LimitCheck.of(1000, List.of(
                judged("accepted", "Solution.java", "ACCEPTED", 100, 3000),
                judged("time_limit_exceeded", "Slow.java", "ACCEPTED", 1200, 1500)));

        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).singleElement().asString()
                .contains("Slow.java should exceed 1.5 x the limit (1500 ms) but was ACCEPTED (slowest test 1200 ms)");
    }

    @Test
    void anAcceptedSolutionThatFailsEvenWithHeadroomIsReported() {
        LimitCheck check = LimitCheck.of(1000, List.of(judged("accepted", "Solution.java", "TIME_LIMIT_EXCEEDED", 3000, 3000)));

        assertThat(check.ok()).isFalse();
        assertThat(check.slowestAcceptedMs()).isNull();
        assertThat(check.problems()).singleElement().asString().contains("Solution.java is TIME_LIMIT_EXCEEDED even with 3000 ms");
    }
}
