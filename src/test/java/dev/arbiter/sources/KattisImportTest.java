package dev.arbiter.sources;

import dev.arbiter.calibration.ShippedSolutions;
import dev.arbiter.problem.CatalogLoader;
import dev.arbiter.support.PackageFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Kattis packages written for this test (a Python and a C++ output validator, samples, nested secret groups,
 * accepted / wrong / too-slow / crashing submissions) imported through the real sandbox: every submission gets the
 * verdict of its folder, the time limits are calibrated on this machine, and the problems are then served.
 */
@QuarkusTest
class KattisImportTest {

    @Inject
    CatalogLoader loader;

    @Inject
    PackageVerifier verifier;

    @Inject
    LocalCandidates candidates;

    @TempDir
    Path root;

    @Test
    void everySubmissionGetsItsFoldersVerdictAndTheCalibratedProblemsAreServed() {
        PackageFixture.copyTree(Path.of("src/test/resources/kattis"), root);
        CatalogLoader.Report report = loader.load(root);
        assertThat(report.broken()).isEmpty();
        assertThat(report.staged()).containsOnlyKeys("pairsum", "divisor");

        PackageVerifier.Verification pairs = verifier.verify(report.staged().get("pairsum"), Duration.ofMinutes(10));
        assertThat(pairs.failures()).isEmpty();
        assertThat(pairs.judged()).extracting(j -> j.kind().folder() + "/" + j.name() + " " + j.verdict()).containsExactlyInAnyOrder(
                "accepted/PairFinder.java ACCEPTED", "accepted/hashing.py ACCEPTED",
                "wrong_answer/zero_based.py WRONG_ANSWER", "time_limit_exceeded/spins.py TIME_LIMIT_EXCEEDED",
                "runtime_error/divides.py RUNTIME_ERROR");
        assertThat(pairs.judged()).allMatch(ShippedSolutions.Judged::gotExpectedVerdict);
        assertThat(pairs.summary()).contains("slowest accepted x 5.0, rounded up to 1.0 s");

        PackageVerifier.Verification divisor = verifier.verify(report.staged().get("divisor"), Duration.ofMinutes(10));
        assertThat(divisor.judged()).as(divisor.judged().toString()).extracting(j -> j.kind().folder() + " " + j.verdict())
                .containsExactlyInAnyOrder("accepted ACCEPTED", "wrong_answer WRONG_ANSWER");

        // calibrated and published: served as stdio problems with limits from this machine's runs
        assertThat(candidates.publish("pairsum", report.staged().get("pairsum"))).isTrue();
        assertThat(candidates.publish("divisor", report.staged().get("divisor"))).isTrue();
        JsonPath pairsum = given().get("/api/problems/pairsum").then().statusCode(200).extract().jsonPath();
        assertThat(pairsum.getString("mode")).isEqualTo("stdio");
        assertThat(pairsum.getString("versionInfo.format")).isEqualTo("kattis");
        assertThat(pairsum.getInt("limits.timeMs.python")).isPositive().isEqualTo(pairsum.getInt("limits.timeMs.python") / 1000 * 1000);
        assertThat(pairsum.getList("samples.name", String.class)).containsExactly("sample/1");
        assertThat(given().get("/api/problems/divisor").then().extract().jsonPath().getString("statementHtml"))
                .contains("<p>Given an integer n ≥ 2, print any divisor d of n with 1 &lt; d &lt; n, or <code>prime</code>");
    }
}
