package dev.arbiter.judge;

import dev.arbiter.db.EmbeddedDatabase;
import dev.arbiter.support.EngineProxy;
import dev.arbiter.support.JarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.arbiter.support.JarNode.await;
import static dev.arbiter.support.JarNode.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Docker engine goes away while submissions come (stopped, restarting, upgraded): nothing is lost. A judging that
 * fails for the judge's own reasons is tried again after a delay (arbiter.judge.retry-seconds times the attempt),
 * and judged whole once the engine is back; a submission whose attempts all fail ends INTERNAL_ERROR naming the
 * last failure, never stuck.
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
                     "arbiter.calibration.enabled=false", "arbiter.score.accepted=false")) {
            engine.cut();
            String id = node.submit("climbing-stairs", "python", accepted);
            String row = "select concat_ws(',', state, attempt, coalesce(lease_owner, '-'), coalesce(verdict, '-'))"
                    + " from submission where id = '" + id + "'";
            // the first attempt fails on the engine and lets go of its claim, to be taken again after 5 s
            await(() -> "JUDGING,1,-,-".equals(text(db, row)), 60);
            assertThat(text(db, "select message from submission where id = '" + id + "'")).startsWith("The judge failed");
            engine.restore();
            await(() -> "DONE".equals(text(db, "select state from submission where id = '" + id + "'")), 120);
            assertThat(text(db, row)).isEqualTo("DONE,2,-,ACCEPTED");
            assertThat(text(db, "select message from submission where id = '" + id + "'")).isNull();

            // away for good: every attempt fails, and the last says why
            engine.cut();
            String lost = node.submit("climbing-stairs", "python", accepted);
            await(() -> "DONE".equals(text(db, "select state from submission where id = '" + lost + "'")), 120);
            assertThat(text(db, "select verdict || ',' || attempt from submission where id = '" + lost + "'"))
                    .isEqualTo("INTERNAL_ERROR,3");
            assertThat(text(db, "select message from submission where id = '" + lost + "'")).startsWith("The judge failed");
        }
    }
}
