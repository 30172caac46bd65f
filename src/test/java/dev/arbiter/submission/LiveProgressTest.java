package dev.arbiter.submission;

import dev.arbiter.support.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live progress from one source per node: progress written by any process (here a plain JDBC connection, as a
 * worker elsewhere would) reaches every stream through PostgreSQL's NOTIFY, and hundreds of open streams, concurrent
 * readers and bursts of submissions run on a pool of three connections without one failed request.
 */
@QuarkusTest
@TestProfile(LiveProgressTest.SmallPool.class)
class LiveProgressTest {

    /** No judge (the test writes the progress), and a pool far smaller than the number of clients. */
    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("arbiter.judge.workers", "0", "quarkus.datasource.jdbc.max-size", "3",
                    "arbiter.submission.stream-readers", "2", "arbiter.submission.max-queued", "60");
        }
    }

    private static final String SOURCE = "class Solution:\n    def climbStairs(self, n):\n        return 1\n";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyStreamOfASubmissionSeesProgressWrittenByAnotherProcess() throws Exception {
        String id = submit();
        List<SseClient> streams = new ArrayList<>();
        for (int i = 0; i < 50; i++) streams.add(SseClient.open(http, eventsUrl(id)));
        await(() -> streams.stream().allMatch(s -> s.count("state"::equals) == 1));

        sql("update submission set state = 'JUDGING', attempt = 1, lease_owner = 'elsewhere/1', tests_total = 2,"
                + " lease_until = now() + interval '30 seconds' where id = '" + id + "'");
        await(() -> streams.stream().allMatch(s -> s.count("state"::equals) == 2));
        for (int ordinal = 0; ordinal < 2; ordinal++) {
            int n = ordinal + 1;
            sql("insert into test_result (submission_id, attempt, ordinal, test_name, sample, verdict)"
                    + " values ('" + id + "', 1, " + ordinal + ", 'secret/0" + n + "', false, 'ACCEPTED')");
            await(() -> streams.stream().allMatch(s -> s.count("test"::equals) == n));
        }
        sql("update submission set state = 'DONE', verdict = 'ACCEPTED', tests_passed = 2, lease_owner = null"
                + " where id = '" + id + "'");
        await(() -> streams.stream().allMatch(SseClient::closed));

        for (SseClient s : streams) {
            assertThat(s.events).containsExactly("state", "state", "test", "test", "state", "done");
        }
    }

    @Test
    void hundredsOfStreamsAndConcurrentReadersShareThreePooledConnections() throws Exception {
        String followed = submit();
        List<SseClient> streams = new ArrayList<>();
        for (int i = 0; i < 300; i++) streams.add(SseClient.open(http, eventsUrl(followed)));
        await(() -> streams.stream().allMatch(s -> s.count("state"::equals) == 1));

        String read = submit();
        ExecutorService readers = Executors.newFixedThreadPool(100);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            statuses.add(readers.submit(() -> http.send(HttpRequest.newBuilder(URI.create(base() + "/api/submissions/" + read))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : statuses) codes.add(f.get());
        readers.shutdown();

        assertThat(codes).hasSize(1000).containsOnly(200);
        assertThat(streams).noneMatch(SseClient::closed);
        streams.forEach(SseClient::cancel);
    }

    @Test
    void aBurstOfSubmissionsIsAcceptedOrRefusedWithRetryAfterNeverFailed() throws Exception {
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                Map.of("problem", "climbing-stairs", "language", "python", "source", SOURCE));
        ExecutorService clients = Executors.newFixedThreadPool(100);
        List<Future<HttpResponse<Void>>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(clients.submit(() -> http.send(HttpRequest.newBuilder(URI.create(base() + "/api/submissions"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding())));
        }
        List<HttpResponse<Void>> responses = new ArrayList<>();
        for (Future<HttpResponse<Void>> f : answers) responses.add(f.get());
        clients.shutdown();

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201, 429).contains(201, 429);
        assertThat(responses).filteredOn(r -> r.statusCode() == 429)
                .allSatisfy(r -> assertThat(r.headers().firstValue("Retry-After")).hasValue("5"));
    }

    private String submit() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("problem", "climbing-stairs", "language", "python", "source", SOURCE))
                .post("/api/submissions").then().statusCode(201).extract().path("id");
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static String eventsUrl(String id) {
        return base() + "/api/submissions/" + id + "/events";
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("not reached within 30 s");
            Thread.sleep(20);
        }
    }
}
