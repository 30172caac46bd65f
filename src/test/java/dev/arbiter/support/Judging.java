package dev.arbiter.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Submits code through the real API and waits for the real judge's verdict. */
public final class Judging {

    private Judging() {
    }

    public static String submit(String problem, String language, String source, String kind, String customInput) {
        Map<String, Object> body = new HashMap<>();
        body.put("problem", problem);
        body.put("language", language);
        body.put("source", source);
        body.put("kind", kind);
        if (customInput != null) body.put("customInput", customInput);
        return given().contentType(ContentType.JSON).body(body)
                .post("/api/submissions")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Polls until the submission is DONE and returns its final view. */
    public static JsonPath awaitDone(String id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonPath view = given().get("/api/submissions/" + id).then().statusCode(200).extract().jsonPath();
            if ("DONE".equals(view.getString("state"))) return view;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("submission " + id + " not judged within " + timeout);
    }

    public static JsonPath judge(String problem, String language, String source) {
        return awaitDone(submit(problem, language, source, "submit", null), Duration.ofMinutes(3));
    }

    public static JsonPath run(String problem, String language, String source) {
        return awaitDone(submit(problem, language, source, "run", null), Duration.ofMinutes(3));
    }
}
