package dev.arbiter.score;

import dev.arbiter.lease.Claim;
import dev.arbiter.measure.ScoresInProgress;
import dev.arbiter.score.ScoreQueue;
import dev.arbiter.score.ScoreStore;
import dev.arbiter.support.Judging;
import dev.arbiter.support.ScoringProfile;
import dev.arbiter.support.Solutions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Scores are a durable queue of their own: verdicts never wait for them, and a dead worker's score is taken over. */
@QuarkusTest
@TestProfile(ScoringProfile.class)
class ScoreQueueTest {

    @Inject
    EntityManager em;

    @Inject
    ScoreStore scores;

    @Inject
    ScoreWorker worker;

    @Inject
    ScoresInProgress inProgress;

    @Test
    void verdictsDoNotWaitForScores() {
        JsonPath first = Judging.judge("two-sum", "python", Solutions.TWO_SUM_PYTHON);
        JsonPath second = Judging.judge("two-sum", "python", Solutions.TWO_SUM_PYTHON);
        JsonPath third = Judging.judge("two-sum", "python", Solutions.TWO_SUM_PYTHON);

        assertThat(third.getString("verdict")).isEqualTo("ACCEPTED");
        // one score takes 8-15 s (two forks); two more verdicts took a few seconds, with both judge workers free
        assertThat(scoreState(first.getString("id"))).isEqualTo("PENDING");
        assertThat(scoreState(third.getString("id"))).isEqualTo("PENDING");
        // the third is measured after the other two: until then a calibration would wait (CalibrationScheduler)
        assertThat(inProgress.any()).isTrue();
        for (JsonPath s : new JsonPath[]{first, second, third}) {
            assertThat(awaitScore(s.getString("id")).getString("score.state")).isEqualTo("DONE");
        }
        // the worker lets go of the last score right after writing it (and of any score another test left queued)
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (inProgress.any() && Instant.now().isBefore(deadline)) pause();
        assertThat(inProgress.any()).as("no score waits or is measured").isFalse();
    }

    @Test
    void aScoreWhoseWorkerDiedIsTakenOverAndMeasuredAgain() {
        String id = Judging.judge("two-sum", "python", Solutions.TWO_SUM_PYTHON).getString("id");
        assertThat(awaitScore(id).getString("score.state")).isEqualTo("DONE");

        // as if a node had claimed it again and died mid-measurement: its lease ran out
        claimedAgain(id, 1, "dead-node/score-worker", "now() - interval '1 second'");
        worker.nudge(); // its next poll, which this profile puts ten minutes away

        JsonPath again = awaitScore(id);
        assertThat(again.getString("score.state")).isEqualTo("DONE");
        assertThat(again.getDouble("score.timeRatio")).isPositive();
        assertThat(column(id, "attempt")).isEqualTo(2);
        assertThat(column(id, "lease_owner")).isNull();
    }

    @Test
    void aScoreInterruptedOnEveryAttemptEndsFailedNotPendingForever() {
        String id = Judging.judge("two-sum", "python", Solutions.TWO_SUM_PYTHON).getString("id");
        awaitScore(id);

        claimedAgain(id, 3, "dead-node/score-worker", "now() - interval '1 second'");
        worker.nudge();

        JsonPath failed = awaitScore(id);
        assertThat(failed.getString("score.state")).isEqualTo("FAILED");
        assertThat(failed.getString("score.message")).isEqualTo("The measurement was interrupted 3 times");
    }

    @Test
    void aLateWorkerCannotOverwriteTheScoreOfTheCurrentClaim() {
        String id = Judging.judge("two-sum", "python", Solutions.TWO_SUM_PYTHON).getString("id");
        awaitScore(id);
        // another node holds the current claim (attempt 2) for a while yet
        claimedAgain(id, 2, "live-node/score-worker", "now() + interval '1 hour'");

        boolean late = scores.fail(new Claim(UUID.fromString(id), 1, "dead-node/score-worker"), "late");
        boolean stolen = scores.fail(new Claim(UUID.fromString(id), 2, "dead-node/score-worker"), "stolen");

        assertThat(late).isFalse();
        assertThat(stolen).isFalse();
        assertThat(scoreState(id)).isEqualTo("PENDING");
        assertThat(scores.fail(new Claim(UUID.fromString(id), 2, "live-node/score-worker"), "its own")).isTrue();
        assertThat(scoreState(id)).isEqualTo("FAILED");
    }

    private static String scoreState(String id) {
        return given().get("/api/submissions/" + id).then().statusCode(200).extract().jsonPath().getString("score.state");
    }

    private static JsonPath awaitScore(String id) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            JsonPath view = given().get("/api/submissions/" + id).then().statusCode(200).extract().jsonPath();
            if (!"PENDING".equals(view.getString("score.state"))) return view;
            pause();
        }
        throw new AssertionError("no score for " + id);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Puts a finished score back in the queue as if {@code owner} had claimed it for attempt {@code attempt}. */
    private void claimedAgain(String id, int attempt, String owner, String leaseUntil) {
        String sql = "update submission_score set state = 'PENDING', time_ratio = null, attempt = " + attempt
                + ", lease_owner = '" + owner + "', lease_until = " + leaseUntil + " where submission_id = '" + id + "'";
        QuarkusTransaction.requiringNew().run(() -> assertThat(em.createNativeQuery(sql).executeUpdate()).isEqualTo(1));
    }

    private Object column(String id, String name) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select " + name + " from submission_score where submission_id = '" + id + "'").getSingleResult());
    }
}
