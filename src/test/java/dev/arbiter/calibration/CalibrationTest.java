package dev.arbiter.calibration;

import dev.arbiter.lang.Language;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A problem version is calibrated in the real sandbox: limits against its own solutions, the reference benchmarked. */
@QuarkusTest
class CalibrationTest {

    @Inject
    Calibrator calibrator;

    @Test
    void twoSumIsCalibratedInBothLanguagesWithJmhAndRepeatedTimingBenchmarks() {
        // other test classes share the database and may have calibrated two-sum already: either way it ends DONE
        calibrator.calibrate("two-sum", Language.JAVA);
        calibrator.calibrate("two-sum", Language.PYTHON);
        assertThat(calibrator.calibrate("two-sum", Language.PYTHON)).as("a calibrated version is not redone").isEmpty();

        JsonPath view = given().get("/api/problems/two-sum/performance").then().statusCode(200).extract().jsonPath();
        Map<String, Object> java = view.getMap("languages.find { it.language == 'java' }");
        Map<String, Object> python = view.getMap("languages.find { it.language == 'python' }");
        System.out.println("calibration: java " + java + "\ncalibration: python " + python);
        for (Map<String, Object> language : List.of(java, python)) {
            assertThat(language.get("state")).isEqualTo("DONE");
            assertThat(language.get("limitOk")).isEqualTo(true);
            assertThat((Integer) language.get("slowestAcceptedMs")).isPositive();
            assertThat((Integer) language.get("suggestedLimitMs")).isLessThanOrEqualTo((Integer) language.get("limitMs"));
            assertThat(language.get("imageId").toString()).startsWith("sha256:");
        }
        assertThat(view.getBoolean("languages.find { it.language == 'java' }.tleChecks[0].exceeded")).isTrue();
        assertThat(view.getString("languages.find { it.language == 'java' }.tleChecks[0].solution")).isEqualTo("Slow.java");
        assertThat(view.getString("languages.find { it.language == 'java' }.reference.method")).isEqualTo("jmh");
        assertThat(view.getString("languages.find { it.language == 'python' }.reference.method")).isEqualTo("timing");
        for (String language : List.of("java", "python")) {
            String ref = "languages.find { it.language == '" + language + "' }.reference";
            assertThat(view.getList(ref + ".points")).hasSize(8);
            assertThat(view.getList(ref + ".points.nsPerOp", Float.class)).allSatisfy(ns -> assertThat(ns).isPositive());
            assertThat(view.getList(ref + ".points.bytesPerOp", Float.class)).allSatisfy(b -> assertThat(b).isPositive());
            assertThat(view.getString(ref + ".complexity")).startsWith("O(");
            assertThat(view.getString(ref + ".timedComplexity")).startsWith("O(");
        }
        // Java's class comes from an interpreted run of the reference, Python's from its timings. The JMH curve of
        // the HashMap reference bends up by cache misses (O(n^2) in some runs); interpreted, the misses are a small
        // share, though at 128 000 elements (a 7 MB map) they still add about 15 % per element, enough for
        // O(n log n) in some runs (docs/BENCHMARKS.md): never more
        String javaRef = "languages.find { it.language == 'java' }.reference";
        assertThat(view.getString(javaRef + ".growthMeasure")).isEqualTo("interpreted");
        assertThat(view.getList(javaRef + ".growthPoints")).hasSize(8);
        assertThat(view.getString(javaRef + ".complexity")).isIn("O(n)", "O(n log n)");
        assertThat(view.getString("languages.find { it.language == 'python' }.reference.growthMeasure")).isEqualTo("timed");
    }

    @Test
    void aDesignProblemsReferenceIsBenchmarkedOnWholeOperationSequences() {
        calibrator.calibrate("lru-cache", Language.JAVA);

        JsonPath view = given().get("/api/problems/lru-cache/performance").then().statusCode(200).extract().jsonPath();
        String ref = "languages.find { it.language == 'java' }.reference";
        System.out.println("calibration: lru-cache java " + view.getMap(ref));
        assertThat(view.getString("languages.find { it.language == 'java' }.state")).isEqualTo("DONE");
        assertThat(view.getString(ref + ".method")).isEqualTo("jmh");
        assertThat(view.getList(ref + ".points")).hasSize(8);
        List<Float> ns = view.getList(ref + ".points.nsPerOp", Float.class);
        assertThat(ns.get(7)).as("32000 operations take longer than 250").isGreaterThan(10 * ns.get(0));
    }

    @Test
    void aProblemNobodyHasCalibratedSaysSoWithItsDeclaredLimits() {
        JsonPath view = given().get("/api/problems/valid-parentheses/performance").then().statusCode(200).extract().jsonPath();

        assertThat(view.getList("languages.state")).containsOnly("PENDING");
        assertThat(view.getInt("languages.find { it.language == 'java' }.limitMs")).isPositive();
        given().get("/api/problems/no-such-problem/performance").then().statusCode(404);
    }
}
