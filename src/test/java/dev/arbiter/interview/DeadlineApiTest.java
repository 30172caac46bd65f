package dev.arbiter.interview;

import dev.arbiter.account.AdminService;
import dev.arbiter.interview.deadline.DeadlineJob;
import dev.arbiter.support.Judging;
import dev.arbiter.support.Solutions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.arbiter.interview.InterviewFixture.admin;
import static dev.arbiter.interview.InterviewFixture.as;
import static dev.arbiter.interview.InterviewFixture.candidate;
import static dev.arbiter.interview.InterviewFixture.create;
import static dev.arbiter.interview.InterviewFixture.event;
import static dev.arbiter.interview.InterviewFixture.judge;
import static dev.arbiter.interview.InterviewFixture.request;
import static dev.arbiter.interview.InterviewFixture.snapshot;
import static dev.arbiter.interview.InterviewFixture.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The deadline: server time only, a short grace, then 409; the deadline job submits changed code exactly once. */
@QuarkusTest
class DeadlineApiTest {

    static final String CLIMBING_STAIRS = """
            class Solution:
                def climbStairs(self, n: int) -> int:
                    a, b = 1, 1
                    for _ in range(n):
                        a, b = b, a + b
                    return a
            """;

    @Inject
    AdminService admins;
    @Inject
    MovableClock clock;
    @Inject
    DeadlineJob deadlines;
    @Inject
    EntityManager em;

    String interviewer;

    @BeforeEach
    void signIn() {
        interviewer = InterviewFixture.interviewer(admin(admins));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void requestsInFlightAreAcceptedInTheGraceAndEverythingAfterIsRefusedWithNothingLost() {
        String token = create(interviewer, request(List.of("two-sum"), List.of("python"), 5)).getString("token");
        start(token);
        snapshot(token, 1, 0, "python", "# first").then().statusCode(200);

        clock.advance(Duration.ofMinutes(5).plusSeconds(2)); // past the deadline, inside the 5 s grace
        candidate(token).get("/api/candidate/session").then().statusCode(200).body("timeUp", equalTo(true));
        snapshot(token, 2, 0, "python", "# sent just before the deadline").then().statusCode(200);

        clock.advance(Duration.ofSeconds(4)); // past the grace
        snapshot(token, 3, 0, "python", "# too late").then().statusCode(409).body("message", containsString("Time is up"));
        judge(token, 0, "python", Solutions.TWO_SUM_PYTHON, "run").then().statusCode(409).body("message", containsString("Time is up"));
        judge(token, 0, "python", Solutions.TWO_SUM_PYTHON, "submit").then().statusCode(409);
        event(token, Map.of("seq", 4, "type", "FOCUS_LOST")).then().statusCode(409);
        event(token, Map.of("seq", 5, "type", "PASTE", "problem", 0, "size", 500)).then().statusCode(409);

        candidate(token).get("/api/candidate/problems/0").then().statusCode(200)
                .body("source", equalTo("# sent just before the deadline"));
    }

    @Test
    void atTheDeadlineChangedCodeIsSubmittedExactlyOnceAndTheSessionCompletes() throws Exception {
        JsonPath created = create(interviewer, request(List.of("two-sum", "climbing-stairs"), List.of("python"), 5));
        long id = created.getLong("id");
        String token = created.getString("token");
        start(token);
        // problem 0: saved, never submitted; problem 1: submitted and not changed since
        snapshot(token, 1, 0, "python", Solutions.TWO_SUM_PYTHON).then().statusCode(200);
        snapshot(token, 2, 1, "python", CLIMBING_STAIRS).then().statusCode(200);
        String submitted = judge(token, 1, "python", CLIMBING_STAIRS, "submit").then().statusCode(200).extract().path("submissionId");

        clock.advance(Duration.ofMinutes(4));
        assertThat(deadlines.finalizeDue()).noneMatch(f -> f.interviewId() == id);
        assertThat(state(id)).isEqualTo("RUNNING");

        clock.advance(Duration.ofMinutes(1).plusSeconds(6));
        // two finalizers at once (and the node's own background job): SKIP LOCKED lets exactly one do it
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Object> run = deadlines::finalizeDue;
        List<Future<Object>> results = pool.invokeAll(List.of(run, run));
        for (Future<Object> f : results) f.get();
        pool.shutdown();
        InterviewFixture.awaitState(interviewer, id, "COMPLETED");
        assertThat(deadlines.finalizeDue()).noneMatch(f -> f.interviewId() == id);

        List<Object[]> autos = rows("select problem, cast(submission_id as text) from interview_event where interview_id = ?1 and type = 'AUTO_SUBMIT'", id);
        assertThat(autos).hasSize(1);
        assertThat(((Number) autos.get(0)[0]).intValue()).isZero();
        assertThat(rows("select 1 from interview_event where interview_id = ?1 and type = 'COMPLETED'", id)).hasSize(1);
        String auto = (String) autos.get(0)[1];
        JsonPath judged = Judging.awaitDone(auto, Duration.ofMinutes(3));
        assertThat(judged.getString("source")).isEqualTo(Solutions.TWO_SUM_PYTHON);
        assertThat(judged.getString("kind")).isEqualTo("submit");
        assertThat(judged.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(Judging.awaitDone(submitted, Duration.ofMinutes(3)).getString("verdict")).isEqualTo("ACCEPTED");

        candidate(token).get("/api/candidate/session").then().statusCode(200)
                .body("state", equalTo("COMPLETED")).body("timeUp", equalTo(true));
        JsonPath report = as(interviewer).get("/api/interviews/" + id + "/report").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("problems[0].finalSubmission.kind")).isEqualTo("AUTO_SUBMIT");
        assertThat(report.getString("problems[0].finalSubmission.verdict")).isEqualTo("ACCEPTED");
        assertThat(report.getString("problems[1].finalSubmission.kind")).isEqualTo("SUBMIT");
        assertThat(report.getInt("problems[1].submits")).isEqualTo(1);
        // a completed session takes no new link
        as(interviewer).post("/api/interviews/" + id + "/invite").then().statusCode(409)
                .body("message", equalTo("The session is completed; its link cannot be re-issued"));
    }

    @Test
    void aSessionNobodyTouchedCompletesWithoutSubmissions() {
        JsonPath created = create(interviewer, request(List.of("two-sum"), List.of("python"), 5));
        long id = created.getLong("id");
        start(created.getString("token"));
        clock.advance(Duration.ofMinutes(6));
        deadlines.finalizeDue();
        InterviewFixture.awaitState(interviewer, id, "COMPLETED");
        assertThat(rows("select 1 from interview_event where interview_id = ?1 and type = 'AUTO_SUBMIT'", id)).isEmpty();
        as(interviewer).get("/api/interviews/" + id + "/report").then().statusCode(200)
                .body("problems[0].finalSubmission", equalTo(null));
    }

    @Test
    void theDeadlineComesFromTheServerClockNotFromTheRequest() {
        String token = create(interviewer, request(List.of("two-sum"), List.of("python"), 5)).getString("token");
        JsonPath started = candidate(token).header("Date", "Thu, 01 Jan 2099 00:00:00 GMT")
                .post("/api/candidate/session/start").then().statusCode(200).extract().jsonPath();
        Instant serverNow = Instant.parse(started.getString("serverNow"));
        assertThat(Duration.between(clock.now(), serverNow).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(Instant.parse(started.getString("deadlineAt"))).isEqualTo(Instant.parse(started.getString("startedAt")).plus(Duration.ofMinutes(5)));
    }

    private String state(long id) {
        return as(interviewer).get("/api/interviews/" + id).then().statusCode(200).extract().path("state");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long id) {
        return em.createNativeQuery(sql).setParameter(1, id).getResultList().stream()
                .map(r -> r instanceof Object[] a ? a : new Object[]{r}).toList();
    }
}
