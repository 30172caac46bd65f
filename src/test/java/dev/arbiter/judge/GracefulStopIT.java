package dev.arbiter.judge;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.db.EmbeddedDatabase;
import dev.arbiter.support.JarNode;
import dev.arbiter.support.Solutions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static dev.arbiter.support.JarNode.await;
import static dev.arbiter.support.JarNode.count;
import static dev.arbiter.support.JarNode.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM in the middle of a judging that outlasts the grace period: the process hands the submission back (queued
 * again, lease released, its partial results gone), removes every sandbox container it had, warm pool included, and
 * exits; the next node judges the submission at once, as its first attempt. As deployed by {@code ./arbiter start}, with
 * its own embedded database, the node stops that database only after the hand-back.
 */
class GracefulStopIT {

    private static final String SLOW_ACCEPTED = Solutions.slowClimbingStairs(0.7);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void sigtermHandsClaimedWorkBackAndRemovesTheNodesContainers() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            String id;
            String nodeId;
            try (JarNode first = JarNode.start(db, 18185, "arbiter.judge.workers=1", "arbiter.judge.stop-grace-seconds=1")) {
                nodeId = first.nodeId();
                id = first.submit("climbing-stairs", "python", SLOW_ACCEPTED);
                await(() -> count(db, "select count(*) from test_result where submission_id = '" + id + "'") >= 2, 90);
                assertThat(JarNode.containersOf(nodeId)).isPositive();

                first.process.destroy(); // SIGTERM
                assertThat(first.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                // the sandbox's connection closing under docker-java's stdin writer is expected, not a stack trace
                assertThat(first.log()).doesNotContain("Exception in thread");
            }
            String row = "select concat_ws(',', state, attempt, coalesce(lease_owner, '-'), coalesce(lease_until::text, '-'))"
                    + " from submission where id = '" + id + "'";
            assertThat(text(db, row)).isEqualTo("QUEUED,0,-,-");
            assertThat(count(db, "select count(*) from test_result where submission_id = '" + id + "'")).isZero();
            assertThat(JarNode.containersOf(nodeId)).isZero();

            try (JarNode second = JarNode.start(db, 18186, "arbiter.judge.workers=1")) {
                await(() -> "DONE".equals(text(db, "select state from submission where id = '" + id + "'")), 120);
            }
            assertThat(text(db, "select verdict || ',' || attempt from submission where id = '" + id + "'")).isEqualTo("ACCEPTED,1");
        }
    }

    @Test
    void withItsOwnDatabaseTheNodeHandsBackBeforeTheDatabaseStops() throws Exception {
        String id;
        String log;
        try (JarNode node = JarNode.startWithItsOwnDatabase(dataDir, 18187, "arbiter.judge.workers=1",
                "arbiter.judge.stop-grace-seconds=1", "arbiter.calibration.enabled=false")) {
            id = node.submit("climbing-stairs", "python", SLOW_ACCEPTED);
            await(() -> judgedTests(node, id) >= 2, 90);

            node.process.destroy(); // SIGTERM: the application and the database's stop run in exit hooks
            assertThat(node.process.waitFor(90, TimeUnit.SECONDS)).isTrue();
            log = node.log();
        }
        assertThat(log).contains("Handed " + id + " back to the queue on shutdown")
                .doesNotContain("terminating connection due to administrator command").doesNotContain("Exception in thread");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("postgres"))) {
            assertThat(text(db, "select concat_ws(',', state, attempt, coalesce(lease_owner, '-')) from submission where id = '"
                    + id + "'")).isEqualTo("QUEUED,0,-");
        }
    }

    /** Tests judged so far, as the node's API reports them. */
    private static long judgedTests(JarNode node, String id) {
        try {
            return JSON.readTree(URI.create(
                    "http://localhost:" + node.port + "/api/submissions/" + id).toURL()).path("testsPassed").asLong();
        } catch (IOException e) {
            return 0;
        }
    }
}
