package dev.arbiter.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.arbiter.interview.InterviewFixture.ADMIN_EMAIL;
import static dev.arbiter.interview.InterviewFixture.admin;
import static dev.arbiter.interview.InterviewFixture.as;
import static dev.arbiter.interview.InterviewFixture.idOf;
import static dev.arbiter.interview.InterviewFixture.signUp;
import static dev.arbiter.interview.InterviewFixture.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Roles: sign-up makes candidates, only admins change roles, interviewer endpoints need the role. */
@QuarkusTest
class RoleApiTest {

    @Inject
    AdminService admins;

    @Test
    void signUpMakesACandidateWhoCannotReachInterviewerOrAdminEndpoints() {
        String candidate = signUp(unique("cand"));
        as(candidate).get("/api/auth/me").then().statusCode(200).body("role", equalTo("CANDIDATE"));
        as(candidate).get("/api/interviews").then().statusCode(403).body("message", containsString("interviewer"));
        as(candidate).contentType(ContentType.JSON).body(Map.of("candidateName", "x")).post("/api/interviews").then().statusCode(403);
        as(candidate).get("/api/interviews/1/report").then().statusCode(403);
        as(candidate).get("/api/interviews/1/live").then().statusCode(403);
        as(candidate).get("/api/admin/accounts").then().statusCode(403);
        given().get("/api/interviews").then().statusCode(401);
        given().get("/api/admin/accounts").then().statusCode(401);
    }

    @Test
    void theFirstAdminSignsInByEmailAndPromotesAnInterviewer() {
        String adminCookie = admin(admins);
        as(adminCookie).get("/api/auth/me").then().statusCode(200).body("role", equalTo("ADMIN"));
        assertThat(admins.ensureAdmin(ADMIN_EMAIL, "ignored password")).isEqualTo(AdminService.Outcome.ALREADY_ADMIN);

        String name = unique("iv");
        String user = signUp(name);
        long id = idOf(user);
        as(adminCookie).get("/api/admin/accounts").then().statusCode(200).body("username", hasItem(name));
        as(user).get("/api/interviews").then().statusCode(403);
        as(adminCookie).contentType(ContentType.JSON).body(Map.of("role", "INTERVIEWER"))
                .put("/api/admin/accounts/" + id + "/role").then().statusCode(200).body("role", equalTo("INTERVIEWER"));
        as(user).get("/api/interviews").then().statusCode(200);
        // an interviewer is not an admin
        as(user).get("/api/admin/accounts").then().statusCode(403);
        as(user).contentType(ContentType.JSON).body(Map.of("role", "ADMIN"))
                .put("/api/admin/accounts/" + id + "/role").then().statusCode(403);
        // admins may also interview
        as(adminCookie).get("/api/interviews").then().statusCode(200);
    }

    @Test
    void roleChangesAreCheckedAndAnAdminKeepsTheirOwnRole() {
        String adminCookie = admin(admins);
        as(adminCookie).contentType(ContentType.JSON).body(Map.of("role", "INTERVIEWER"))
                .put("/api/admin/accounts/999999999/role").then().statusCode(404);
        as(adminCookie).contentType(ContentType.JSON).body(Map.of("role", "OWNER"))
                .put("/api/admin/accounts/" + idOf(signUp(unique("x"))) + "/role").then().statusCode(400);
        as(adminCookie).contentType(ContentType.JSON).body(Map.of())
                .put("/api/admin/accounts/" + idOf(adminCookie) + "/role").then().statusCode(400).body("message", containsString("role"));
        as(adminCookie).contentType(ContentType.JSON).body(Map.of("role", "CANDIDATE"))
                .put("/api/admin/accounts/" + idOf(adminCookie) + "/role").then().statusCode(409);
    }

    @Test
    void makingTheSameAdminAgainNeverResetsItsPassword() {
        String email = unique("lead") + "@example.com";
        assertThat(admins.ensureAdmin(email, "first password")).isEqualTo(AdminService.Outcome.CREATED);
        assertThat(admins.ensureAdmin(email, "second password")).isEqualTo(AdminService.Outcome.ALREADY_ADMIN);
        given().contentType(ContentType.JSON).body(Map.of("username", email, "password", "first password"))
                .post("/api/auth/login").then().statusCode(200).body("role", equalTo("ADMIN"));
        given().contentType(ContentType.JSON).body(Map.of("username", email, "password", "second password"))
                .post("/api/auth/login").then().statusCode(401);
    }
}
