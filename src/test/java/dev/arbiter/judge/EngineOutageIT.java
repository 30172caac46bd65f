package dev.arbiter.judge;

import dev.arbiter.db.EmbeddedDatabase;
import dev.arbiter.support.EngineProxy;
import dev.arbiter.support.JarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static dev.arbiter.support.JarNode.await;
import static dev.arbiter.support.JarNode.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker engine goes away while submissions come (stopped, restarting, upgraded): nothing is lost. A judging that
 * fails for the judge's own reasons is tried again after a delay (arbiter.judge.retry-seconds times the attempt),
 * and judged whole once the engine is back; a submission whose attempts all fail ends INTERNAL_ERROR naming the
 * last failure, never stuck. A performance score measured while the engine goes away is tried again the same way.
 * Meanwhile the node's judge health group says it cannot judge, and why.
 */
class EngineOutageIT {

    @TempDir
    Path dir;

    @Test
    void aSubmissionMadeWhileTheEngineIsAwayIsJudgedWhenItComesBack() throws Exception {
        String accepted = Files.readString(Path.of("problems/climbing-stairs/solutions/accepted/solution.py"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"));
             EngineProxy engine = new EngineProxy(dir.resolve("engine.sock"));
             JarNode node = JarNode.start(db, 18195, "arbiter.sandbox.docker-host=" + engine.dockerHost(),
                     "arbiter.judge.workers=1", "arbiter.judge.retry-seconds=5", "arbiter.judge.max-attempts=3",
                     "arbiter.calibration.enabled=false", "arbiter.score.accepted=false", "arbiter.score.forks=2")) {
            assertThat(node.get("/q/health/group/judge").statusCode()).isEqualTo(200);
            engine.cut();
            // the node says it cannot judge now, and why; its API stays ready
            var health = node.get("/q/health/group/judge");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\": \"DOWN\"").contains("unreachable");
            assertThat(node.get("/q/health/ready").statusCode()).isEqualTo(200);
            String id = node.submit("climbing-stairs", "python", accepted);
            String row = "select concat_ws(',', state, attempt, coalesce(lease_owner, '-'), coalesce(verdict, '-'))"
                    + " from submission where id = '" + id + "'";
            // the first attempt fails on the engine and lets go of its claim, to be taken again after 5 s
            await(() -> "JUDGING,1,-,-".equals(text(db, row)), 60);
            assertThat(text(db, "select message from submission where id = '" + id + "'"))
                    .startsWith("The judge failed");
            engine.restore();
            assertThat(node.get("/q/health/group/judge").body()).contains("\"status\": \"UP\"").contains("\"engine\"");
            await(() -> "DONE".equals(text(db, "select state from submission where id = '" + id + "'")), 120);
            assertThat(text(db, row)).isEqualTo("DONE,2,-,ACCEPTED");
            assertThat(text(db, "select message from submission where id = '" + id + "'")).isNull();

            // a score queued while the engine is away (queued by hand: scoring after verdicts is off, so that the
            // cut comes before its measurement starts, whatever the machine's speed)
            String scored = node.submit("valid-parentheses", "python",
                    Files.readString(Path.of("problems/valid-parentheses/solutions/accepted/solution.py")));
            await(() -> "ACCEPTED".equals(text(db, "select verdict from submission where id = '" + scored + "'")), 120);
            engine.cut();
            queueScore(db, scored);
            String score = "select concat_ws(',', state, attempt, coalesce(lease_owner, '-'))"
                    + " from submission_score where submission_id = '" + scored + "'";
            String scoreMessage = "select message from submission_score where submission_id = '" + scored + "'";
            await(() -> "PENDING,1,-".equals(text(db, score)), 60);
            assertThat(text(db, scoreMessage)).startsWith("The measurement failed");
            engine.restore();
            await(() -> finished(db, score), 180);
            assertThat(text(db, score)).isEqualTo("DONE,2,-");
            assertThat(text(db, scoreMessage)).isNull();
            assertThat(text(db, "select complexity from submission_score where submission_id = '" + scored + "'"))
                    .isNotBlank();

            // away for good: every attempt fails, and the last says why, for a judging and a score alike
            engine.cut();
            String lost = node.submit("climbing-stairs", "python", accepted);
            queueScore(db, scored);
            await(() -> "DONE".equals(text(db, "select state from submission where id = '" + lost + "'")), 120);
            assertThat(text(db, "select verdict || ',' || attempt from submission where id = '" + lost + "'"))
                    .isEqualTo("INTERNAL_ERROR,3");
            assertThat(text(db, "select message from submission where id = '" + lost + "'"))
                    .startsWith("The judge failed");
            await(() -> finished(db, score), 120);
            assertThat(text(db, score)).isEqualTo("FAILED,3,-");
            assertThat(text(db, scoreMessage)).startsWith("The measurement failed");
        }
    }

    private static boolean finished(EmbeddedDatabase db, String scoreRow) {
        String row = text(db, scoreRow);
        return row != null && !row.startsWith("PENDING");
    }

    /** Queues a (re)score of the submission as an accepted verdict does (ScoreStore.pending). */
    private static void queueScore(EmbeddedDatabase db, String submissionId) throws SQLException {
        JarNode.execute(db, "delete from submission_score where submission_id = '" + submissionId + "'");
        JarNode.execute(db, "insert into submission_score (submission_id, state, noisy, created_at)"
                + " values ('" + submissionId + "', 'PENDING', false, now())");
    }
}
