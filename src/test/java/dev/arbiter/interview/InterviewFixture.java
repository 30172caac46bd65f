package dev.arbiter.interview;

import dev.arbiter.account.AdminService;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Accounts with roles and sessions made through the real API, for the interview tests. */
public final class InterviewFixture {

    public static final String ADMIN_EMAIL = "admin@arbiter.test";
    public static final String ADMIN_PASSWORD = "admin password";
    public static final String TOKEN = "X-Interview-Token";

    private InterviewFixture() {
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The admin's session cookie; the account is made the way the CLI and the start-up setting make it. */
    public static String admin(AdminService admins) {
        admins.ensureAdmin(ADMIN_EMAIL, ADMIN_PASSWORD);
        return given().contentType(ContentType.JSON).body(Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .post("/api/auth/login").then().statusCode(200).extract().cookie("arbiter_session");
    }

    /** A new account's cookie (role CANDIDATE, as at every sign-up). */
    public static String signUp(String username) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "correct horse"))
                .post("/api/auth/signup").then().statusCode(201).extract().cookie("arbiter_session");
    }

    public static long idOf(String cookie) {
        return as(cookie).get("/api/auth/me").then().statusCode(200).extract().jsonPath().getLong("id");
    }

    /** A new account promoted to interviewer by the admin; returns its cookie. */
    public static String interviewer(String adminCookie) {
        String cookie = signUp(unique("iv"));
        as(adminCookie).contentType(ContentType.JSON).body(Map.of("role", "INTERVIEWER"))
                .put("/api/admin/accounts/" + idOf(cookie) + "/role").then().statusCode(200);
        return cookie;
    }

    public static RequestSpecification as(String cookie) {
        return given().cookie("arbiter_session", cookie);
    }

    public static RequestSpecification candidate(String token) {
        return given().header(TOKEN, token);
    }

    public static Map<String, Object> request(List<String> problems, List<String> languages, int minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("candidateName", "Ada Candidate");
        body.put("candidateEmail", "ada@example.com");
        body.put("problems", problems);
        body.put("languages", languages);
        body.put("durationMinutes", minutes);
        return body;
    }

    /** Creates a session and returns the invitation (id, inviteUrl, token). */
    public static JsonPath create(String interviewer, Map<String, Object> body) {
        return as(interviewer).contentType(ContentType.JSON).body(body).post("/api/interviews")
                .then().statusCode(201).extract().jsonPath();
    }

    public static JsonPath start(String token) {
        return candidate(token).post("/api/candidate/session/start").then().statusCode(200).extract().jsonPath();
    }

    public static io.restassured.response.Response snapshot(String token, long seq, int problem, String language, String source) {
        return candidate(token).contentType(ContentType.JSON)
                .body(Map.of("seq", seq, "problem", problem, "language", language, "source", source))
                .post("/api/candidate/snapshots");
    }

    public static io.restassured.response.Response judge(String token, int problem, String language, String source, String kind) {
        return candidate(token).contentType(ContentType.JSON)
                .body(Map.of("language", language, "source", source, "kind", kind))
                .post("/api/candidate/problems/" + problem + "/judge");
    }

    /** Waits for a session's state (the node's background deadline job may hold the claim and commit it a moment later). */
    public static void awaitState(String interviewer, long id, String expected) {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!expected.equals(as(interviewer).get("/api/interviews/" + id).then().statusCode(200).extract().path("state"))) {
            if (System.nanoTime() > until) throw new AssertionError("session " + id + " never became " + expected);
            Thread.onSpinWait();
        }
    }

    public static io.restassured.response.Response event(String token, Map<String, Object> body) {
        return candidate(token).contentType(ContentType.JSON).body(body).post("/api/candidate/events");
    }
}
