package dev.arbiter.judge;

import dev.arbiter.support.Judging;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A full queue refuses new work with 429 and Retry-After instead of failing or growing without bound. */
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
}
