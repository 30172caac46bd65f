package dev.arbiter.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.db.EmbeddedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Arbiter processes (the packaged jar) on one PostgreSQL: the first admin from the CLI and from the setting;
 * sessions survive a restart with their deadlines; two API nodes racing at the deadline finalize each session once.
 */
class InterviewNodesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "a long admin password";
    private static final String CODE = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n";

    @TempDir
    Path dataDir;

    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void restartKeepsDeadlinesAndTwoNodesFinalizeEachSessionExactlyOnce() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("pg"))) {
            // the first admin from the command line
            ProcessBuilder admin = new ProcessBuilder(command(db, 0, List.of("admin", "create", "boss@example.com")))
                    .redirectErrorStream(true).redirectOutput(Path.of("target", "interview-admin-cli.log").toFile());
            admin.environment().put("ARBITER_ADMIN_PASSWORD", PASSWORD);
            Process cli = admin.start();
            assertThat(cli.waitFor()).as(Files.readString(Path.of("target", "interview-admin-cli.log"))).isZero();
            assertThat(Files.readString(Path.of("target", "interview-admin-cli.log"))).contains("Created admin boss@example.com");

            Process first = start(db, 18281, "-Darbiter.admin.email=second@example.com", "-Darbiter.admin.password=" + PASSWORD);
            awaitUp(18281);
            String boss = signIn(18281, "boss@example.com", PASSWORD);
            assertThat(signIn(18281, "second@example.com", PASSWORD)).isNotBlank();

            List<Long> ids = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                JsonNode made = send(18281, "POST", "/api/interviews", boss, null, Map.of("candidateName", "Candidate " + i,
                        "problems", List.of("two-sum"), "languages", List.of("python"), "durationMinutes", 30), 201);
                ids.add(made.path("id").asLong());
                tokens.add(made.path("token").asText());
                send(18281, "POST", "/api/candidate/session/start", null, made.path("token").asText(), null, 200);
                send(18281, "POST", "/api/candidate/snapshots", null, made.path("token").asText(),
                        Map.of("seq", 1, "problem", 0, "language", "python", "source", CODE + "# " + i), 200);
            }
            String deadline = send(18281, "GET", "/api/candidate/session", null, tokens.get(0), null, 200).path("deadlineAt").asText();

            // a crash in the middle of the sessions; two nodes come up
            first.destroyForcibly().waitFor();
            start(db, 18281);
            start(db, 18282);
            awaitUp(18281);
            awaitUp(18282);
            JsonNode after = send(18282, "GET", "/api/candidate/session", null, tokens.get(0), null, 200);
            assertThat(after.path("deadlineAt").asText()).isEqualTo(deadline);
            assertThat(after.path("state").asText()).isEqualTo("RUNNING");
            send(18282, "POST", "/api/candidate/snapshots", null, tokens.get(0),
                    Map.of("seq", 2, "problem", 0, "language", "python", "source", CODE + "# after the restart"), 200);

            // the deadlines pass (the nodes read real time, so the deadlines move instead), both nodes race
            sql(db, "update interview set deadline_at = now() - interval '10 seconds' where id in (" + join(ids) + ")");
            await(() -> count(db, "select count(*) from interview where state = 'COMPLETED' and id in (" + join(ids) + ")") == ids.size(), 60);

            for (long id : ids) {
                assertThat(count(db, "select count(*) from interview_event where type = 'AUTO_SUBMIT' and interview_id = " + id)).isEqualTo(1);
                assertThat(count(db, "select count(*) from interview_event where type = 'COMPLETED' and interview_id = " + id)).isEqualTo(1);
            }
            assertThat(count(db, "select count(*) from submission s join interview_event e on e.submission_id = s.id where e.interview_id in ("
                    + join(ids) + ")")).isEqualTo(ids.size());
            assertThat(text(db, "select s.source from submission s join interview_event e on e.submission_id = s.id where e.interview_id = " + ids.get(0)))
                    .endsWith("# after the restart");
            send(18281, "POST", "/api/candidate/snapshots", null, tokens.get(1),
                    Map.of("seq", 2, "problem", 0, "language", "python", "source", "late"), 409);
        }
    }

    private List<String> command(EmbeddedDatabase db, int port, List<String> args, String... properties) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl(),
                "-Dquarkus.datasource.username=" + db.username(),
                "-Dquarkus.datasource.password=" + db.password(),
                "-Darbiter.judge.workers=0",
                "-Darbiter.calibration.enabled=false",
                "-Darbiter.interview.finalize-poll-millis=50"));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
        command.addAll(args);
        return command;
    }

    private Process start(EmbeddedDatabase db, int port, String... properties) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(db, port, List.of(), properties)).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "interview-node-" + port + "-" + processes.size() + ".log").toFile());
        Process p = builder.start();
        processes.add(p);
        return p;
    }

    private String signIn(int port, String email, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", email, "password", password)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    private JsonNode send(int port, String method, String path, String cookie, String token, Object body, int status) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (cookie != null) b.header("Cookie", "arbiter_session=" + cookie);
        if (token != null) b.header("X-Interview-Token", token);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    private void awaitUp(int port) throws Exception {
        await(() -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        }, 120);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static void sql(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password()); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
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
