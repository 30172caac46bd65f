package dev.arbiter.judge;

import dev.arbiter.support.Judging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The submission API: validation of bad input, and live results over Server-Sent Events. */
@QuarkusTest
class SubmissionApiTest {

    private static io.restassured.response.ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/submissions").then();
    }

    @Test
    void badSubmissionsGetAClearClientError() {
        post(Map.of("problem", "two-sum", "language", "cobol", "source", "x")).statusCode(400)
                .body("message", containsString("java or python"));
        post(Map.of("problem", "no-such", "language", "java", "source", "x")).statusCode(404);
        post(Map.of("language", "java", "source", "x")).statusCode(400).body("message", containsString("problem"));
        post(Map.of("problem", "two-sum", "language", "java", "source", "   ")).statusCode(400);
        post(Map.of("problem", "two-sum", "language", "java", "source", "x".repeat(70_000))).statusCode(413)
                .body("message", containsString("source"));
        // over the 2 MiB any request body may have: refused with a message before it is read
        post(Map.of("problem", "two-sum", "language", "java", "source", "x".repeat(3 << 20))).statusCode(413)
                .body("message", containsString("at most 2097152 are read"));
        post(Map.of("problem", "two-sum", "language", "java", "source", "package evil;\nclass Solution {}"))
                .statusCode(400).body("message", containsString("package"));
        post(Map.of("problem", "two-sum", "language", "java", "source", "class Solution {}", "kind", "submit",
                "customInput", "1")).statusCode(400);
        given().contentType(ContentType.JSON).body("{not json").post("/api/submissions").then().statusCode(400)
                .body("message", containsString("The request body is not valid: Unexpected character ('n'"));
        given().contentType(ContentType.JSON).body("{\"problem\": \"two-sum\"").post("/api/submissions").then().statusCode(400)
                .body("message", containsString("The request body is not valid: Unexpected end-of-input"));
        // a run's own input is held against the problem's parameters before it is judged
        post(Map.of("problem", "two-sum", "language", "python", "source", "print(1)", "kind", "run", "customInput", "[1,2\n3"))
                .statusCode(400).body("message", startsWith("customInput line 1: not valid JSON: Unexpected end-of-input"));
        post(Map.of("problem", "two-sum", "language", "python", "source", "print(1)", "kind", "run", "customInput", "[1,2]"))
                .statusCode(400).body("message", equalTo("customInput line 2: expected 2 lines (one JSON value per parameter) but found 1"));
        post(Map.of("problem", "two-sum", "language", "python", "source", "print(1)", "kind", "run", "customInput", "[1,\"2\"]\n3"))
                .statusCode(400).body("message", equalTo("customInput line 1: parameter nums: expected int, got \"2\""));
        // a body of the wrong shape is told where and what it should be, not which Java type the server tried to make
        given().contentType(ContentType.JSON).body("[]").post("/api/submissions").then().statusCode(400)
                .body("message", equalTo("The request body is not valid: expected a JSON object"));
        given().contentType(ContentType.JSON).body("{\"problem\": [\"two-sum\"], \"language\": \"python\", \"source\": \"x\"}")
                .post("/api/submissions").then().statusCode(400)
                .body("message", equalTo("The request body is not valid: problem: expected a string"));
        // one JSON value, each field once: what a proxy in front reads must be what is judged
        given().contentType(ContentType.JSON).body("{\"problem\":\"two-sum\",\"problem\":\"no-such\",\"language\":\"python\","
                + "\"source\":\"x\"}").post("/api/submissions").then().statusCode(400)
                .body("message", containsString("The request body is not valid: Duplicate field 'problem'"));
        given().contentType(ContentType.JSON).body("{\"problem\":\"two-sum\",\"language\":\"python\",\"source\":\"x\"} {}")
                .post("/api/submissions").then().statusCode(400)
                .body("message", containsString("The request body is not valid: Trailing token"));
        // PostgreSQL cannot store NUL in text: refused up front, naming the field
        post(Map.of("problem", "two-sum", "language", "python", "source", "class Solution:\u0000\n    pass\n"))
                .statusCode(400).body("message", containsString("source contains a NUL"));
        post(Map.of("problem", "two-sum", "language", "python", "source", "print(1)", "kind", "run",
                "customInput", "[1,2]\u0000\n3")).statusCode(400).body("message", containsString("customInput"));
        // only JSON bodies: a text/plain body is not guessed at
        given().contentType(ContentType.TEXT).body("{\"problem\":\"two-sum\",\"language\":\"python\",\"source\":\"x\"}")
                .post("/api/submissions").then().statusCode(415);
        given().get("/api/submissions/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body("status", equalTo(404));
        given().get("/api/submissions/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aBodySentInChunksIsReadUpToTheLimitAndRefusedPastItWithAMessage() throws Exception {
        // no Content-Length: the size is known only as the chunks arrive
        HttpResponse<String> big = postInChunks("{\"problem\":\"two-sum\",\"language\":\"java\",\"source\":\""
                + "x".repeat(3 << 20) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("\"message\":\"The request body is over 2097152 bytes, the most that is read\"");

        HttpResponse<String> small = postInChunks("{\"problem\":\"no-such\",\"language\":\"java\",\"source\":\"x\"}");
        assertThat(small.statusCode()).as("read whole and handled: %s", small.body()).isEqualTo(404);
        assertThat(small.body()).contains("no-such");
    }

    private static HttpResponse<String> postInChunks(String body) throws Exception {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + "/api/submissions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build();
        // HTTP/1.1 as browsers speak it: a plain-text HTTP/2 upgrade request is cut by the HTTP layer before any route
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void resultsStreamTestByTestOverServerSentEvents() throws Exception {
        String id = Judging.submit("two-sum", "python", HostileCodeTest.PY_OK, "submit", null);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(io.restassured.RestAssured.baseURI + ":"
                + io.restassured.RestAssured.port + "/api/submissions/" + id + "/events")).build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).contains("text/event-stream"));
        List<String> events = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body()))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("event:")) events.add(line.substring(6).trim());
            }
        }
        assertThat(events).first().isEqualTo("state");
        assertThat(events).last().isEqualTo("done");
        assertThat(events.stream().filter("test"::equals).count()).isGreaterThanOrEqualTo(11);
        given().get("/api/submissions/" + id).then().body("verdict", equalTo("ACCEPTED"));
    }
}
