package dev.arbiter.interview;

import dev.arbiter.account.AdminService;
import dev.arbiter.problem.CatalogService;
import dev.arbiter.problem.ProblemPackageReader;
import dev.arbiter.support.Judging;
import dev.arbiter.support.PackageFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.arbiter.interview.InterviewFixture.admin;
import static dev.arbiter.interview.InterviewFixture.as;
import static dev.arbiter.interview.InterviewFixture.create;
import static dev.arbiter.interview.InterviewFixture.judge;
import static dev.arbiter.interview.InterviewFixture.request;
import static dev.arbiter.interview.InterviewFixture.start;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A session is judged on the problem versions it pinned, even when the catalog publishes a new one mid-interview. */
@QuarkusTest
class PinnedVersionApiTest {

    /** Right for small numbers only: accepted on the first version's tests, wrong on the second's. */
    static final String SMALL_ONLY = "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b if a < 1000 else 0\n";

    @Inject
    AdminService admins;
    @Inject
    CatalogService catalog;

    @TempDir
    Path root;

    @Test
    void aSubmitInTheSessionIsJudgedOnThePinnedVersionAfterANewOneIsPublished() {
        String slug = InterviewFixture.unique("pinned-");
        PackageFixture pkg = PackageFixture.valid(root, slug);
        long pinned = publish(slug);
        String interviewer = InterviewFixture.interviewer(admin(admins));
        JsonPath created = create(interviewer, request(List.of(slug), List.of("python"), 45));
        long id = created.getLong("id");
        String token = created.getString("token");
        start(token);

        // during the interview the catalog publishes a new version with a test the candidate's code fails
        pkg.write("tests/secret/02.in", "5000\n1\n").write("tests/secret/02.ans", "5001\n");
        long newer = publish(slug);
        assertThat(newer).isNotEqualTo(pinned);
        assertThat(as(interviewer).get("/api/interviews/" + id).then().statusCode(200).extract().jsonPath()
                .getBoolean("problems[0].catalogChanged")).isTrue();

        String submitted = judge(token, 0, "python", SMALL_ONLY, "submit").then().statusCode(200).extract().path("submissionId");
        JsonPath judged = Judging.awaitDone(submitted, Duration.ofMinutes(3));
        assertThat(judged.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(judged.getLong("problemVersionId")).isEqualTo(pinned);
        assertThat(judged.getInt("testsTotal")).isEqualTo(2);

        // the same code outside the session meets the new version's tests
        JsonPath practice = Judging.judge(slug, "python", SMALL_ONLY);
        assertThat(practice.getString("verdict")).isEqualTo("WRONG_ANSWER");
        assertThat(practice.getLong("problemVersionId")).isEqualTo(newer);

        JsonPath report = as(interviewer).get("/api/interviews/" + id + "/report").then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("problems[0].finalSubmission.verdict")).isEqualTo("ACCEPTED");
        assertThat(report.getString("problems[0].finalSubmission.judgedVersion")).isEqualTo(report.getString("problems[0].pinnedVersion"));
        assertThat(report.getBoolean("problems[0].judgedAtOtherVersion")).isFalse();
    }

    /** Publishes the package's current content through the catalog (as the start-up load does); its version id. */
    private long publish(String slug) {
        ProblemPackageReader.Result read = ProblemPackageReader.read(root.resolve(slug));
        assertThat(read.errors()).isEmpty();
        assertThat(catalog.upsert(read.pkg())).isTrue();
        return given().get("/api/problems/" + slug).then().statusCode(200).extract().jsonPath().getLong("versionInfo.id");
    }
}
