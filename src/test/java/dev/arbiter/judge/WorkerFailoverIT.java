package dev.arbiter.judge;

import dev.arbiter.db.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real Arbiter processes (the packaged jar) on one PostgreSQL. The first is killed with SIGKILL in the middle
 * of judging; the second must take the submission over when the lease runs out and judge it exactly once more,
 * with no results of the dead attempt left behind, and reap the dead process's sandbox container.
 */
class WorkerFailoverIT {

    private static final String SLOW_ACCEPTED = """
            import time
            class Solution:
                def twoSum(self, nums: List[int], target: int) -> List[int]:
                    time.sleep(0.6)
                    seen = {}
                    for i, x in enumerate(nums):
                        if target - x in seen:
                            return [seen[target - x], i]
                        seen[x] = i
            """;

    @TempDir
    Path dataDir;

    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aKilledWorkersSubmissionIsRejudgedOnceByAnother() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir)) {
            Process first = start(db, 18181, "all");
            awaitUp(18181);
            String id = submit(18181, SLOW_ACCEPTED);
            await(() -> count(db, "select count(*) from test_result where submission_id = '" + id + "'") >= 2, 60);

            first.destroyForcibly().waitFor();
            long deadPid = first.pid();
            long resultsOfDeadAttempt = count(db, "select count(*) from test_result where submission_id = '" + id + "'");
            assertThat(resultsOfDeadAttempt).isGreaterThanOrEqualTo(2);

            start(db, 18182, "all");
            awaitUp(18182);
            await(() -> "DONE".equals(text(db, "select state from submission where id = '" + id + "'")), 120);

            assertThat(text(db, "select verdict from submission where id = '" + id + "'")).isEqualTo("ACCEPTED");
            assertThat(count(db, "select attempt from submission where id = '" + id + "'")).isEqualTo(2);
            long total = count(db, "select tests_total from submission where id = '" + id + "'");
            assertThat(count(db, "select count(*) from test_result where submission_id = '" + id + "' and attempt = 2"))
                    .isEqualTo(total);
            assertThat(count(db, "select count(*) from test_result where submission_id = '" + id + "' and attempt <> 2"))
                    .isZero();
            // the reaper of the live node removes the container the dead node left running
            await(() -> leftoverContainers(deadPid) == 0, 90);
        }
    }

    private Process start(EmbeddedDatabase db, int port, String role) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl(),
                "-Dquarkus.datasource.username=" + db.username(),
                "-Dquarkus.datasource.password=" + db.password(),
                "-Darbiter.role=" + role,
                "-Darbiter.judge.workers=1",
                "-Darbiter.judge.lease-seconds=5",
                "-Darbiter.judge.heartbeat-seconds=1",
                "-jar", "target/quarkus-app/quarkus-run.jar");
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "failover-" + port + ".log").toFile()).start();
        processes.add(p);
        return p;
    }

    private void awaitUp(int port) throws Exception {
        await(() -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        }, 90);
    }

    private String submit(int port, String source) throws Exception {
        String body = "{\"problem\":\"two-sum\",\"language\":\"python\",\"kind\":\"submit\",\"source\":"
                + com.fasterxml.jackson.databind.node.TextNode.valueOf(source) + "}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/submissions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("id").asText();
    }

    private static long leftoverContainers(long pid) {
        try {
            Process ps = new ProcessBuilder("docker", "ps", "-aq", "--filter", "label=arbiter.node="
                    + java.net.InetAddress.getLocalHost().getHostName() + "/" + pid).start();
            String out = new String(ps.getInputStream().readAllBytes()).trim();
            ps.waitFor();
            return out.isEmpty() ? 0 : out.lines().count();
        } catch (Exception e) {
            return -1;
        }
    }

    private static long count(EmbeddedDatabase db, String sql) {
        String value = text(db, sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static String text(EmbeddedDatabase db, String sql) {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static void await(BooleanSupplier condition, int seconds) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(seconds));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) return;
            Thread.sleep(250);
        }
        throw new AssertionError("condition not met within " + seconds + " s");
    }

    @AfterEach
    void stopProcesses() {
        processes.forEach(Process::destroyForcibly);
    }
}
