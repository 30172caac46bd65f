package dev.arbiter.db;

import dev.arbiter.support.JarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As deployed by {@code ./arbiter start}, a node runs its own PostgreSQL. Killed without its exit hooks (kill -9, the
 * OOM killer), it leaves that server running on the data directory: the next start stops it and starts its own, with
 * the data kept. A second node on a directory whose node still runs is refused with one line, and the first serves on.
 */
class RestartAfterCrashIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void aKilledNodesDatabaseIsStoppedAndItsDataServedAgain() throws Exception {
        String id;
        long leftover;
        try (JarNode killed = JarNode.startWithItsOwnDatabase(dataDir, 18191, "arbiter.calibration.enabled=false",
                "arbiter.judge.workers=0")) {
            id = killed.submit("climbing-stairs", "python", "class Solution:\n    def climbStairs(self, n):\n        return n\n");
            killed.process.destroyForcibly(); // SIGKILL: no exit hook runs
            assertThat(killed.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        leftover = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).as("the killed node's PostgreSQL runs on").isPresent();

        try (JarNode next = JarNode.startWithItsOwnDatabase(dataDir, 18192, "arbiter.calibration.enabled=false",
                "arbiter.judge.workers=0")) {
            assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).as("the leftover server").isEmpty();
            assertThat(next.log()).contains("Stopping the embedded PostgreSQL (pid " + leftover + ")");
            assertThat(get(next.port, "/api/submissions/" + id)).as("the submission made before the kill").isEqualTo(200);

            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Darbiter.data-dir=" + dataDir, "-Dquarkus.http.port=18193", "-jar", "target/quarkus-app/quarkus-run.jar")
                    .redirectErrorStream(true).start();
            String out = new String(second.getInputStream().readAllBytes());
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(out).contains("arbiter: The embedded PostgreSQL data directory").contains("in use by another running Arbiter")
                    .doesNotContain("Exception");
            assertThat(get(next.port, "/api/submissions/" + id)).as("the running node serves on").isEqualTo(200);

            next.process.destroy();
            assertThat(next.process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static int get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
