package dev.arbiter.perf;

import dev.arbiter.support.Judging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Accepted submissions are scored side by side with the reference, in the real sandbox. */
@QuarkusTest
class PerfScoringTest {

    static final String LEAN = """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    seen = {}
                    for i, x in enumerate(nums):
                        if target - x in seen:
                            return [seen[target - x], i]
                        seen[x] = i
            """;

    /** Still linear, but does the whole pass ten times over: clearly slower than the reference. */
    static final String WASTEFUL = """
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    answer = None
                    for _ in range(10):
                        seen = {}
                        for i, x in enumerate(nums):
                            if target - x in seen and answer is None:
                                answer = [seen[target - x], i]
                            seen[x] = i
                    return answer
            """;

    private static JsonPath scored(String source) {
        String id = Judging.judge("two-sum", "python", source).getString("id");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonPath view = given().get("/api/submissions/" + id).then().statusCode(200).extract().jsonPath();
            if (view.get("score") != null) return view;
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no score for " + id);
    }

    @Test
    void aSolutionLikeTheReferenceScoresAboutOneAndAWastefulOneWorse() {
        JsonPath lean = scored(LEAN);
        JsonPath wasteful = scored(WASTEFUL);

        double leanRatio = lean.getDouble("score.timeRatio");
        double wastefulRatio = wasteful.getDouble("score.timeRatio");
        System.out.printf("perf scoring: lean %.2fx (spread %.2f), wasteful %.2fx (spread %.2f); complexity %s vs reference %s%n",
                leanRatio, lean.getDouble("score.timeSpread"), wastefulRatio, wasteful.getDouble("score.timeSpread"),
                lean.getString("score.complexity"), lean.getString("score.referenceComplexity"));
        assertThat(leanRatio).isBetween(0.5, 2.0);
        assertThat(wastefulRatio).isGreaterThan(3 * leanRatio);
        assertThat(lean.getList("score.evidence.points")).hasSize(8);
        assertThat(lean.getString("score.complexity")).isNotNull();
        assertThat(lean.getString("score.referenceComplexity")).isNotNull();
        assertThat(lean.getDouble("score.memoryRatio")).isPositive();
    }
}
