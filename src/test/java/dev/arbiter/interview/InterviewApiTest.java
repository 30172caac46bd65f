package dev.arbiter.interview;

import dev.arbiter.account.AdminService;
import dev.arbiter.interview.candidate.TokenThrottle;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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

import static dev.arbiter.interview.InterviewFixture.admin;
import static dev.arbiter.interview.InterviewFixture.as;
import static dev.arbiter.interview.InterviewFixture.candidate;
import static dev.arbiter.interview.InterviewFixture.create;
import static dev.arbiter.interview.InterviewFixture.request;
import static dev.arbiter.interview.InterviewFixture.start;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Creating sessions, invite links (hashed, revocable, guessing slowed) and what a token does and does not open. */
@QuarkusTest
class InterviewApiTest {

    @Inject
    AdminService admins;
    @Inject
    MovableClock clock;
    @Inject
    TokenThrottle throttle;
    @Inject
    EntityManager em;

    String interviewer;

    @BeforeEach
    void signIn() {
        interviewer = InterviewFixture.interviewer(admin(admins));
    }

    @AfterEach
    void resetClockAndThrottle() {
        clock.reset();
        throttle.reset();
    }

    @Test
    void createsASessionWithAnUnguessableLinkStoredOnlyAsItsHash() {
        JsonPath created = create(interviewer, request(List.of("two-sum", "climbing-stairs"), List.of("python", "java"), 45));
        String token = created.getString("token");
        long id = created.getLong("id");
        assertThat(token).matches("[A-Za-z0-9_-]{43}"); // 256 random bits
        assertThat(created.getString("inviteUrl")).endsWith("/#/interview/" + token);
        assertThat(created.getString("session.state")).isEqualTo("SCHEDULED");
        assertThat(created.getList("session.problems.slug")).containsExactly("two-sum", "climbing-stairs");
        assertThat(created.getList("session.problems.pinnedVersion")).doesNotContainNull();

        List<Object> hashes = em.createNativeQuery("select token_hash from interview_invite where interview_id = ?1").setParameter(1, id).getResultList();
        assertThat(hashes).containsExactly(InviteTokens.hash(token));
        assertThat(em.createNativeQuery("select count(*) from interview_invite where token_hash = ?1").setParameter(1, token)
                .getSingleResult().toString()).isEqualTo("0");

        as(interviewer).get("/api/interviews").then().statusCode(200).body("id", hasItem((int) id));
        as(interviewer).get("/api/interviews/" + id).then().statusCode(200).body("candidateName", equalTo("Ada Candidate"))
                .body("inviteActive", equalTo(true)).body("durationMinutes", equalTo(45));
        // every interviewer sees every session
        as(InterviewFixture.interviewer(admin(admins))).get("/api/interviews/" + id).then().statusCode(200);
    }

    @Test
    void badSessionsAreRefusedWithAReason() {
        record Case(Map<String, Object> body, int status, String message) {
        }
        Map<String, Object> ok = request(List.of("two-sum"), List.of("python"), 30);
        List<Case> cases = List.of(
                new Case(with(ok, "problems", List.of()), 400, "1 to 5 problems"),
                new Case(with(ok, "problems", List.of("two-sum", "climbing-stairs", "coin-change", "word-break", "lru-cache", "merge-intervals")), 400, "1 to 5 problems"),
                new Case(with(ok, "problems", List.of("two-sum", "two-sum")), 400, "named twice"),
                new Case(with(ok, "set", "interview-warm-up"), 400, "not both"),
                new Case(with(with(ok, "problems", List.of()), "set", "no-such-set"), 404, "no-such-set"),
                new Case(with(ok, "problems", List.of("no-such-problem")), 404, "no-such-problem"),
                new Case(with(ok, "durationMinutes", 4), 400, "5 to 240"),
                new Case(with(ok, "durationMinutes", 241), 400, "5 to 240"),
                new Case(with(ok, "languages", List.of("cobol")), 400, "java or python"),
                new Case(with(ok, "languages", List.of()), 400, "languages"),
                new Case(with(ok, "candidateName", " "), 400, "candidateName"),
                new Case(with(ok, "candidateEmail", "not-an-email"), 400, "email"),
                new Case(with(with(ok, "opensAt", Instant.now().plusSeconds(600).toString()), "closesAt", Instant.now().plusSeconds(60).toString()), 400, "after opensAt"));
        for (Case c : cases) {
            as(interviewer).contentType(ContentType.JSON).body(c.body()).post("/api/interviews")
                    .then().statusCode(c.status()).body("message", containsString(c.message()));
        }
        as(interviewer).get("/api/interviews/987654321").then().statusCode(404);
        as(interviewer).post("/api/interviews/987654321/invite").then().statusCode(404);
        as(interviewer).get("/api/interviews/987654321/report").then().statusCode(404);
        as(interviewer).get("/api/interviews/987654321/timeline").then().statusCode(404);
        as(interviewer).get("/api/interviews/987654321/live").then().statusCode(404);
    }

    @Test
    void aSessionCanTakeAProblemSetInItsOrder() {
        Map<String, Object> body = with(request(List.of(), List.of("python"), 60), "set", "interview-warm-up");
        JsonPath created = create(interviewer, body);
        assertThat(created.getList("session.problems.slug", String.class))
                .containsExactly("two-sum", "valid-parentheses", "merge-intervals", "lru-cache", "course-schedule");
    }

    @Test
    void theCandidateSeesTheIntroThenStartsTheServerClock() {
        JsonPath created = create(interviewer, request(List.of("two-sum"), List.of("python"), 30));
        String token = created.getString("token");
        JsonPath intro = candidate(token).get("/api/candidate/session").then().statusCode(200).extract().jsonPath();
        assertThat(intro.getString("state")).isEqualTo("SCHEDULED");
        assertThat(intro.getList("problems.title")).containsExactly("Two Sum");
        assertThat(intro.getList("rules")).isNotEmpty();
        assertThat(intro.getString("deadlineAt")).isNull();
        candidate(token).get("/api/candidate/problems/0").then().statusCode(409).body("message", containsString("Start"));

        JsonPath started = start(token);
        Instant startedAt = Instant.parse(started.getString("startedAt"));
        assertThat(Instant.parse(started.getString("deadlineAt"))).isEqualTo(startedAt.plus(Duration.ofMinutes(30)));
        assertThat(started.getString("state")).isEqualTo("RUNNING");
        // starting again changes nothing: the deadline is fixed once
        assertThat(start(token).getString("deadlineAt")).isEqualTo(started.getString("deadlineAt"));
        as(interviewer).get("/api/interviews/" + created.getLong("id")).then().body("state", equalTo("RUNNING"));
    }

    @Test
    void aTokenOpensOnlyItsOwnSessionsCandidateSideAndNoInterviewerData() {
        JsonPath mine = create(interviewer, request(List.of("two-sum"), List.of("python"), 30));
        String token = mine.getString("token");
        start(token);
        as(interviewer).contentType(ContentType.JSON).body(Map.of("text", "strong start, private"))
                .post("/api/interviews/" + mine.getLong("id") + "/notes").then().statusCode(201);

        String session = candidate(token).get("/api/candidate/session").then().statusCode(200).extract().asString();
        String problem = candidate(token).get("/api/candidate/problems/0").then().statusCode(200).extract().asString();
        for (String body : List.of(session, problem)) {
            assertThat(body).doesNotContain("strong start").doesNotContainIgnoringCase("scorecard")
                    .doesNotContainIgnoringCase("similarity").doesNotContain("\"notes\"").doesNotContain("secret/");
        }
        JsonPath page = candidate(token).get("/api/candidate/problems/0").then().extract().jsonPath();
        long samples = ((Number) em.createNativeQuery("select count(*) from test_case t join problem p on p.id = t.problem_id where p.slug = 'two-sum' and t.sample")
                .getSingleResult()).longValue();
        assertThat(page.getList("page.samples")).hasSize((int) samples);

        // the token is no cookie: interviewer endpoints stay closed to it
        long id = mine.getLong("id");
        for (String path : List.of("/api/interviews", "/api/interviews/" + id, "/api/interviews/" + id + "/report",
                "/api/interviews/" + id + "/notes", "/api/interviews/" + id + "/timeline", "/api/admin/accounts")) {
            candidate(token).get(path).then().statusCode(401);
        }
        candidate(token).post("/api/interviews/" + id + "/invite").then().statusCode(401);
        candidate(token).get("/api/candidate/problems/1").then().statusCode(404);
    }

    @Test
    void revokedAndReissuedLinksAnswer410AndTheNewOneWorks() {
        JsonPath created = create(interviewer, request(List.of("two-sum"), List.of("python"), 30));
        long id = created.getLong("id");
        String first = created.getString("token");
        candidate(first).get("/api/candidate/session").then().statusCode(200);

        as(interviewer).delete("/api/interviews/" + id + "/invite").then().statusCode(200).body("inviteActive", equalTo(false));
        candidate(first).get("/api/candidate/session").then().statusCode(410).body("message", containsString("revoked"));
        candidate(first).post("/api/candidate/session/start").then().statusCode(410);

        String second = as(interviewer).post("/api/interviews/" + id + "/invite").then().statusCode(200)
                .extract().path("token");
        assertThat(second).isNotEqualTo(first);
        candidate(second).get("/api/candidate/session").then().statusCode(200);
        String third = as(interviewer).post("/api/interviews/" + id + "/invite").then().statusCode(200).extract().path("token");
        candidate(second).get("/api/candidate/session").then().statusCode(410);
        start(third);
    }

    @Test
    void aLinkOpensOnlyInsideItsWindow() {
        Map<String, Object> body = request(List.of("two-sum"), List.of("python"), 30);
        body.put("opensAt", clock.now().plus(Duration.ofHours(1)).toString());
        body.put("closesAt", clock.now().plus(Duration.ofHours(2)).toString());
        String token = create(interviewer, body).getString("token");
        candidate(token).get("/api/candidate/session").then().statusCode(200);
        candidate(token).post("/api/candidate/session/start").then().statusCode(409).body("message", containsString("opens at"));

        clock.advance(Duration.ofMinutes(61));
        candidate(token).get("/api/candidate/session").then().statusCode(200);
        clock.advance(Duration.ofMinutes(60));
        candidate(token).get("/api/candidate/session").then().statusCode(410).body("message", containsString("expired"));
        candidate(token).post("/api/candidate/session/start").then().statusCode(410);
    }

    @Test
    void unknownTokensAre404AndRepeatedGuessesFromOneAddressAreRefused() {
        String token = create(interviewer, request(List.of("two-sum"), List.of("python"), 30)).getString("token");
        given().get("/api/candidate/session").then().statusCode(404);
        for (int i = 0; i < 19; i++) {
            candidate(InviteTokens.generate()).get("/api/candidate/session").then().statusCode(404)
                    .body("message", containsString("No interview has this link"));
        }
        candidate(InviteTokens.generate()).get("/api/candidate/session").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // a right token from the same address is refused too, or the answer would tell the guesser it hit
        candidate(token).get("/api/candidate/session").then().statusCode(429);
        clock.advance(Duration.ofMinutes(11));
        candidate(token).get("/api/candidate/session").then().statusCode(200);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
