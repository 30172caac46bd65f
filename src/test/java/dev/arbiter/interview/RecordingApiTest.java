package dev.arbiter.interview;

import dev.arbiter.account.AdminService;
import dev.arbiter.interview.record.TextEdit;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.arbiter.interview.InterviewFixture.admin;
import static dev.arbiter.interview.InterviewFixture.as;
import static dev.arbiter.interview.InterviewFixture.candidate;
import static dev.arbiter.interview.InterviewFixture.create;
import static dev.arbiter.interview.InterviewFixture.event;
import static dev.arbiter.interview.InterviewFixture.request;
import static dev.arbiter.interview.InterviewFixture.snapshot;
import static dev.arbiter.interview.InterviewFixture.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Snapshots and events: numbered, append only, compact; bad ones refused with nothing lost; live and replayable. */
@QuarkusTest
class RecordingApiTest {

    @Inject
    AdminService admins;
    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URL root;

    String interviewer;

    @BeforeEach
    void signIn() {
        interviewer = InterviewFixture.interviewer(admin(admins));
    }

    @Test
    void replaysOutOfOrderAndOversizedSnapshotsAreRefusedAndChangeNothing() {
        JsonPath created = create(interviewer, request(List.of("two-sum"), List.of("python"), 30));
        String token = created.getString("token");
        long id = created.getLong("id");
        snapshot(token, 1, 0, "python", "x = 1").then().statusCode(409).body("message", containsString("Start"));
        start(token);
        snapshot(token, 1, 0, "python", "x = 1").then().statusCode(200).body("seq", equalTo(1));
        snapshot(token, 1, 0, "python", "x = 'replayed'").then().statusCode(409).body("message", containsString("replay"));
        snapshot(token, 3, 0, "python", "x = 3").then().statusCode(200);
        snapshot(token, 2, 0, "python", "x = 'late'").then().statusCode(409).body("message", containsString("out of order"));
        snapshot(token, 0, 0, "python", "x = 0").then().statusCode(400).body("message", containsString("seq"));
        snapshot(token, 4, 0, "python", "#".repeat(65_537)).then().statusCode(413);
        snapshot(token, 4, 0, "java", "class Solution {}").then().statusCode(400).body("message", containsString("not allowed"));
        snapshot(token, 4, 3, "python", "x").then().statusCode(404);

        candidate(token).get("/api/candidate/problems/0").then().statusCode(200).body("source", equalTo("x = 3"));
        JsonPath timeline = as(interviewer).get("/api/interviews/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("snapshots.seq")).containsExactly(1, 2);
        // the refused seq 4 was not used up: the next good request may take it
        snapshot(token, 4, 0, "python", "x = 4").then().statusCode(200);
    }

    @Test
    void snapshotsAreStoredAsEditsAndReplayToEveryVersion() {
        JsonPath created = create(interviewer, request(List.of("two-sum"), List.of("python", "java"), 30));
        String token = created.getString("token");
        long id = created.getLong("id");
        start(token);
        StringBuilder code = new StringBuilder("class Solution:\n    def twoSum(self, nums, target):\n");
        List<String> versions = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            code.append("        x").append(i).append(" = ").append(i).append("  # line ").append(i).append('\n');
            versions.add(code.toString());
            snapshot(token, i + 1, 0, "python", code.toString()).then().statusCode(200);
        }
        // an edit in the middle and a language switch are edits too
        String middle = code.toString().replace("x20 = 20", "x20 = 'twenty'");
        versions.add(middle);
        snapshot(token, 41, 0, "python", middle).then().statusCode(200);
        versions.add(middle);
        snapshot(token, 42, 0, "java", middle).then().statusCode(200);
        snapshot(token, 43, 0, "java", middle).then().statusCode(200); // unchanged: no snapshot

        JsonPath timeline = as(interviewer).get("/api/interviews/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> snapshots = timeline.getList("snapshots");
        assertThat(snapshots).hasSize(versions.size());
        String text = "";
        for (int i = 0; i < snapshots.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> edit = (Map<String, Object>) snapshots.get(i).get("edit");
            text = new TextEdit((Integer) edit.get("from"), (Integer) edit.get("removed"), (String) edit.get("text")).applyTo(text);
            assertThat(text).isEqualTo(versions.get(i));
        }
        assertThat(snapshots.get(snapshots.size() - 1).get("language")).isEqualTo("java");
        long storedText = ((Number) em.createNativeQuery("select sum(length(edit_text)) from interview_snapshot where interview_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        long copies = versions.stream().mapToLong(String::length).sum();
        assertThat(storedText).isLessThan(copies / 10);
    }

    @Test
    void candidateEventsAreCheckedAndRecordedInOrder() {
        JsonPath created = create(interviewer, request(List.of("two-sum"), List.of("python", "java"), 30));
        String token = created.getString("token");
        long id = created.getLong("id");
        start(token);
        event(token, Map.of("seq", 1, "type", "PROBLEM_OPENED", "problem", 0)).then().statusCode(200);
        event(token, Map.of("seq", 2, "type", "PASTE", "problem", 0, "size", 420)).then().statusCode(200);
        event(token, Map.of("seq", 3, "type", "LANGUAGE_SWITCH", "problem", 0, "from", "python", "to", "java")).then().statusCode(200);
        event(token, Map.of("seq", 4, "type", "FOCUS_LOST")).then().statusCode(200);
        event(token, Map.of("seq", 5, "type", "FOCUS_REGAINED")).then().statusCode(200);

        event(token, Map.of("seq", 6, "type", "SUBMIT", "problem", 0)).then().statusCode(400).body("message", containsString("server only"));
        event(token, Map.of("seq", 6, "type", "AUTO_SUBMIT")).then().statusCode(400);
        event(token, Map.of("seq", 6, "type", "PASTE", "problem", 0)).then().statusCode(400).body("message", containsString("size"));
        event(token, Map.of("seq", 6, "type", "PASTE", "size", 10)).then().statusCode(400).body("message", containsString("problem"));
        event(token, Map.of("seq", 6, "type", "PROBLEM_OPENED", "problem", 7)).then().statusCode(404);
        event(token, Map.of("seq", 6, "type", "LANGUAGE_SWITCH", "problem", 0, "from", "java", "to", "cobol")).then().statusCode(400);
        event(token, Map.of("seq", 5, "type", "FOCUS_LOST")).then().statusCode(409);
        event(token, Map.of("seq", 6, "type", "NO_SUCH_TYPE")).then().statusCode(400);

        JsonPath timeline = as(interviewer).get("/api/interviews/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("events.type")).containsExactly("STARTED", "PROBLEM_OPENED", "PASTE", "LANGUAGE_SWITCH",
                "FOCUS_LOST", "FOCUS_REGAINED");
        assertThat(timeline.getInt("events[2].detail.size")).isEqualTo(420);
        assertThat(timeline.getString("events[3].detail.to")).isEqualTo("java");
        JsonPath report = as(interviewer).get("/api/interviews/" + id + "/report").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("problems[0].pastes")).isEqualTo(1);
        assertThat(report.getInt("problems[0].largestPaste")).isEqualTo(420);
        assertThat(report.getInt("focusLosses")).isEqualTo(1);
    }

    @Test
    void theLiveStreamShowsTheCandidatesCodeAsItIsSaved() throws Exception {
        JsonPath created = create(interviewer, request(List.of("two-sum"), List.of("python"), 30));
        String token = created.getString("token");
        long id = created.getLong("id");
        start(token);
        snapshot(token, 1, 0, "python", "print('first')").then().statusCode(200);

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest live = HttpRequest.newBuilder(URI.create(root + "api/interviews/" + id + "/live"))
                .header("Cookie", "arbiter_session=" + interviewer).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = http.send(live, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            Map<String, String> seen = new HashMap<>();
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readUntil(lines, seen, "second"));
            awaitLine(seen, "first");
            assertThat(seen.get("events")).contains("STARTED");
            snapshot(token, 2, 0, "python", "print('second')").then().statusCode(200);
            reader.get(30, TimeUnit.SECONDS);
            assertThat(seen.get("code")).contains("print('second')");
        }
        // the candidate's token opens no live view
        candidate(token).get("/api/interviews/" + id + "/live").then().statusCode(401);
    }

    private static void readUntil(BufferedReader lines, Map<String, String> seen, String marker) {
        try {
            String event = "";
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("event:")) event = line.substring(6).trim();
                if (line.startsWith("data:")) {
                    synchronized (seen) {
                        if (event.equals("code")) seen.merge("code", line, String::concat);
                        if (event.equals("event")) seen.merge("events", line, String::concat);
                        seen.notifyAll();
                    }
                    if (event.equals("code") && line.contains(marker)) return;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitLine(Map<String, String> seen, String marker) throws InterruptedException {
        synchronized (seen) {
            while (seen.get("code") == null || !seen.get("code").contains(marker) || seen.get("events") == null) seen.wait();
        }
    }
}
