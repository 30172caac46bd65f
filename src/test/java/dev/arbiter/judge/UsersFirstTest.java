package dev.arbiter.judge;

import dev.arbiter.lang.Language;
import dev.arbiter.score.ScoreWorker;
import dev.arbiter.submission.Submission;
import dev.arbiter.submission.SubmissionService;
import dev.arbiter.support.JarNode;
import dev.arbiter.support.Solutions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calibration judges a problem's own solutions as internal submissions on the same workers as users'. With every
 * worker busy on one, a user's submission is not left waiting for them to finish: each hands its internal judging
 * back between two tests, and it is judged again, whole, once no user's submission waits. A submission whose worker
 * died mid-judging waits as much as a queued one. A score goes before them too: users' verdicts, then scores, then
 * calibration.
 */
@QuarkusTest
class UsersFirstTest {

    /** About 20 s of judging (thirteen tests of 1.5 s), none of it CPU. */
    private static final String SLOW_ACCEPTED = Solutions.slowClimbingStairs(1.5);

    @Inject
    SubmissionService submissions;

    @Inject
    JudgeConfig config;

    @Inject
    EntityManager em;

    @Inject
    JudgeWorkers workers;

    @Inject
    ScoreWorker scoreWorker;

    @Test
    void internalJudgingsGiveWayToAUsersSubmissionWhoseWorkerDied() throws Exception {
        List<UUID> internal = new ArrayList<>();
        for (int i = 0; i < config.workers(); i++) {
            internal.add(QuarkusTransaction.requiringNew().call(
                    () -> submissions.createInternal("climbing-stairs", Language.PYTHON, SLOW_ACCEPTED, 4000).id));
        }
        // every worker is busy with one: each has a test result
        for (UUID id : internal) JarNode.await(() -> count("select count(*) from test_result where submission_id = '" + id + "'") > 0, 180);
        // measurements (scores, benchmarks, calibrations) give way while this node judges, a calibration's judging too
        assertThat(workers.verdictsPending()).as("internal judgings run").isTrue();
        // a score queued now goes before them: each gives way before its next test, and the score is measured
        // (climbing-stairs has no performance sizes: once claimed, it fails at once) while they wait in the queue
        UUID scored = internal.get(0);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into submission_score (submission_id, "
                + "noisy, state) values ('" + scored + "', false, 'PENDING')").executeUpdate());
        scoreWorker.nudge();
        JarNode.await(() -> "FAILED".equals(scoreColumn(scored, "state")), 60);
        assertThat(scoreColumn(scored, "message")).asString().contains("no performance sizes");
        for (UUID id : internal) assertThat(column(id, "state")).as("a calibration's judging waits for a score").isNotEqualTo("DONE");

        String accepted = Files.readString(Path.of("problems/climbing-stairs/solutions/accepted/solution.py"));
        UUID user = QuarkusTransaction.requiringNew().call(() -> {
            Submission s = submissions.createInternal("climbing-stairs", Language.PYTHON, accepted, 4000);
            // a user's submission whose worker died: judging, lease run out, nobody renews it
            s.internal = false;
            s.timeLimitMs = null;
            s.state = Submission.State.JUDGING;
            s.attempt = 1;
            s.leaseOwner = "dead-node/judge-worker-0";
            s.leaseUntil = Instant.now().minusSeconds(1);
            return s.id;
        });

        JarNode.await(() -> "DONE".equals(column(user, "state")), 180);
        assertThat(column(user, "verdict")).isEqualTo("ACCEPTED");
        assertThat(column(user, "attempt")).isEqualTo(2);
        for (UUID id : internal) JarNode.await(() -> "DONE".equals(column(id, "state")), 180);
        Instant userStarted = (Instant) column(user, "started_at");
        for (UUID id : internal) {
            assertThat(column(id, "verdict")).isEqualTo("ACCEPTED");
            // a hand-back is no failed attempt; without it the user's submission is claimed only when one is done
            assertThat(column(id, "attempt")).isEqualTo(1);
            assertThat((Instant) column(id, "finished_at")).isAfter(userStarted);
            assertThat(count("select count(*) from test_result where submission_id = '" + id + "'")).isEqualTo(13);
        }
        // a worker lets go of its claim right after writing the verdict
        JarNode.await(() -> !workers.verdictsPending(), 60);
    }

    private Object scoreColumn(UUID id, String name) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select " + name + " from submission_score where submission_id = '" + id + "'").getSingleResult());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private Object column(UUID id, String name) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select " + name + " from submission where id = '" + id + "'").getSingleResult());
    }
}
