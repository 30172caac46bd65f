package dev.arbiter.account;

import dev.arbiter.support.Judging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Accounts and who may read what: hostile cases included. */
@QuarkusTest
class AccountApiTest {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String signUp(String username) {
        Response r = given().contentType(ContentType.JSON).body(Map.of("username", username, "password", "correct horse"))
                .post("/api/auth/signup");
        r.then().statusCode(201).body("username", equalTo(username));
        assertThat(r.getHeader("Set-Cookie")).contains("arbiter_session=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        return r.getCookie("arbiter_session");
    }

    private static String submitAs(String session, String source) {
        return given().contentType(ContentType.JSON).cookie("arbiter_session", session)
                .body(Map.of("problem", "two-sum", "language", "python", "source", source, "kind", "submit"))
                .post("/api/submissions").then().statusCode(201).extract().path("id");
    }

    @Test
    void signUpSignInAndOut() {
        String name = unique("ada");
        String session = signUp(name);
        given().cookie("arbiter_session", session).get("/api/auth/me").then().statusCode(200).body("username", equalTo(name));

        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "wrong password"))
                .post("/api/auth/login").then().statusCode(401).body("message", containsString("Wrong username or password"));
        given().contentType(ContentType.JSON).body(Map.of("username", unique("nobody"), "password", "whatever123"))
                .post("/api/auth/login").then().statusCode(401);
        String second = given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "correct horse"))
                .post("/api/auth/login").then().statusCode(200).extract().cookie("arbiter_session");

        given().cookie("arbiter_session", second).post("/api/auth/logout").then().statusCode(204);
        given().cookie("arbiter_session", second).get("/api/auth/me").then().statusCode(401);
        given().cookie("arbiter_session", session).get("/api/auth/me").then().statusCode(200);
    }

    @Test
    void badSignUpsAreRefusedClearly() {
        String name = unique("bob");
        signUp(name);
        given().contentType(ContentType.JSON).body(Map.of("username", name, "password", "another pass"))
                .post("/api/auth/signup").then().statusCode(409).body("message", containsString("taken"));
        given().contentType(ContentType.JSON).body(Map.of("username", "X!", "password", "long enough"))
                .post("/api/auth/signup").then().statusCode(400).body("message", containsString("username"));
        given().contentType(ContentType.JSON).body(Map.of("username", unique("carl"), "password", "short"))
                .post("/api/auth/signup").then().statusCode(400).body("message", containsString("password"));
        given().get("/api/auth/me").then().statusCode(401);
        given().cookie("arbiter_session", "forged-token").get("/api/auth/me").then().statusCode(401);
    }

    @Test
    void usersReadOnlyTheirOwnSubmissionsAndHistory() {
        String alice = signUp(unique("alice"));
        String mallory = signUp(unique("mallory"));
        String solution = "class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n"
                + "        for i, x in enumerate(nums):\n            if target - x in seen:\n"
                + "                return [seen[target - x], i]\n            seen[x] = i\n";
        String id = submitAs(alice, solution);

        given().cookie("arbiter_session", alice).get("/api/submissions/" + id).then().statusCode(200);
        given().cookie("arbiter_session", mallory).get("/api/submissions/" + id).then().statusCode(404);
        given().get("/api/submissions/" + id).then().statusCode(404);
        given().cookie("arbiter_session", mallory).get("/api/submissions/" + id + "/events").then().statusCode(404);

        waitUntilDone(alice, id);
        given().cookie("arbiter_session", alice).get("/api/problems/two-sum/submissions")
                .then().statusCode(200).body("id", hasItem(id)).body("[0].source", containsString("twoSum"));
        given().cookie("arbiter_session", mallory).get("/api/problems/two-sum/submissions")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().get("/api/problems/two-sum/submissions").then().statusCode(401);
        given().cookie("arbiter_session", alice).get("/api/me/progress")
                .then().statusCode(200).body("solved", hasItem("two-sum")).body("attempted", hasSize(0));
    }

    private static void waitUntilDone(String session, String id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            String state = given().cookie("arbiter_session", session).get("/api/submissions/" + id).then().extract().path("state");
            if ("DONE".equals(state)) return;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("not judged in time");
    }

    @Test
    void anonymousSubmissionsStayReadableByTheirUnguessableId() {
        String id = Judging.submit("two-sum", "python", "class Solution:\n    def twoSum(self, n, t):\n        return [0, 1]\n", "run", null);
        given().get("/api/submissions/" + id).then().statusCode(200);
    }

    @Test
    void draftsBelongToTheirUser() {
        String alice = signUp(unique("dora"));
        String mallory = signUp(unique("eve"));
        given().contentType(ContentType.JSON).cookie("arbiter_session", alice).body(Map.of("source", "# alice's idea"))
                .put("/api/drafts/two-sum/python").then().statusCode(204);

        given().cookie("arbiter_session", alice).get("/api/drafts/two-sum/python")
                .then().statusCode(200).body("source", equalTo("# alice's idea"));
        given().cookie("arbiter_session", mallory).get("/api/drafts/two-sum/python").then().statusCode(404);
        given().get("/api/drafts/two-sum/python").then().statusCode(401);
        given().contentType(ContentType.JSON).cookie("arbiter_session", alice).body(Map.of("source", "x".repeat(70_000)))
                .put("/api/drafts/two-sum/python").then().statusCode(413);
        given().contentType(ContentType.JSON).cookie("arbiter_session", alice).body(Map.of("source", "x"))
                .put("/api/drafts/two-sum/cobol").then().statusCode(400);
    }
}
