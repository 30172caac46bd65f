package dev.arbiter.judge;

import dev.arbiter.lang.Language;
import dev.arbiter.lease.Claim;
import dev.arbiter.submission.SubmissionService;
import dev.arbiter.support.Judging;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The judge queue with no worker to empty it: a full queue refuses new work with 429 and Retry-After instead of failing
 * or growing without bound, and a claim leaves a calibration's submissions alone unless asked for them.
 */
@QuarkusTest
@TestProfile(QueueLimitTest.TinyQueue.class)
class QueueLimitTest {

    /** No workers, room for two waiting submissions. */
    public static class TinyQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("arbiter.judge.workers", "0", "arbiter.submission.max-queued", "2");
        }
    }

    @Inject
    JudgeQueue queue;

    @Inject
    SubmissionService submissions;

    @Test
    void aFullQueueAnswers429WithRetryAfter() {
        String source = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n";
        Judging.submit("two-sum", "python", source, "submit", null);
        Judging.submit("two-sum", "python", source, "submit", null);

        given().contentType(ContentType.JSON)
                .body(Map.of("problem", "two-sum", "language", "python", "source", source))
                .post("/api/submissions")
                .then().statusCode(429)
                .header("Retry-After", equalTo("5"))
                .body("message", containsString("queue is full"));
    }

    /** While a score goes first, idle workers claim users' submissions only (JudgeWorkers). */
    @Test
    void aCalibrationsSubmissionIsClaimedOnlyWhenAskedFor() {
        String source = "class Solution:\n    def climbStairs(self, n):\n        return n\n";
        UUID internal = QuarkusTransaction.requiringNew().call(
                () -> submissions.createInternal("climbing-stairs", Language.PYTHON, source, 4000).id);
        List<Claim> claimed = new ArrayList<>();
        try {
            claimAll(false, claimed);
            assertThat(claimed).extracting(Claim::submissionId).doesNotContain(internal);
            claimAll(true, claimed);
            assertThat(claimed).extracting(Claim::submissionId).contains(internal);
        } finally {
            claimed.forEach(queue::handBack);
        }
    }

    private void claimAll(boolean internalToo, List<Claim> claimed) {
        for (Optional<Claim> c; (c = queue.claimNext("test/worker", 30, 3, internalToo)).isPresent(); ) {
            claimed.add(c.get());
        }
    }
}
