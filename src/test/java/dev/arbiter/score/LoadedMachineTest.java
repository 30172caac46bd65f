package dev.arbiter.score;

import dev.arbiter.support.Judging;
import dev.arbiter.support.ScoringProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fair under load: with a CPU burner on both cores and a score being measured, correct solutions get the verdict
 * they get on a quiet machine. Waiting for a CPU is taken off the wall clock, and the score gives way to verdicts.
 */
@QuarkusTest
@TestProfile(ScoringProfile.class)
class LoadedMachineTest {

    /** The seed problems whose Java limits were closest to their slowest accepted run, and two-sum. */
    private static final List<String> PROBLEMS = List.of("two-sum", "course-schedule", "lru-cache", "merge-intervals");

    @Inject
    EntityManager em;

    @Test
    void correctSolutionsAreAcceptedOnABusyMachine() throws Exception {
        List<Process> burners = new ArrayList<>();
        Map<String, String> submitted = new LinkedHashMap<>();
        try {
            for (int i = 0; i < 2; i++) {
                // bounded: each stops by itself after two minutes even if this test dies
                burners.add(new ProcessBuilder("python3", "-c",
                        "import time\nend = time.time() + 120\nwhile time.time() < end: pass").start());
            }
            String scored = Judging.submit("two-sum", "python", source("two-sum", "solution.py"), "submit", null);
            for (String slug : PROBLEMS) {
                submitted.put(slug + " java", Judging.submit(slug, "java", source(slug, "Solution.java"), "submit", null));
                submitted.put(slug + " python", Judging.submit(slug, "python", source(slug, "solution.py"), "submit", null));
            }
            for (var s : submitted.entrySet()) {
                JsonPath view = Judging.awaitDone(s.getValue(), Duration.ofMinutes(4));
                assertThat(view.getString("verdict")).as(s.getKey() + ": " + view.getString("message")).isEqualTo("ACCEPTED");
            }
            assertThat(Judging.awaitDone(scored, Duration.ofMinutes(2)).getString("verdict")).isEqualTo("ACCEPTED");
            assertThat(awaitScore(scored)).isEqualTo("DONE");
        } finally {
            burners.forEach(Process::destroyForcibly);
            // their scores were only load here: they must not keep the score worker busy for the tests after this one
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "delete from submission_score where submission_id in (:ids)")
                    .setParameter("ids", submitted.values().stream().map(java.util.UUID::fromString).toList())
                    .executeUpdate());
        }
    }

    private static String awaitScore(String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String state = given().get("/api/submissions/" + id).then().statusCode(200).extract().path("score.state");
            if (state != null && !state.equals("PENDING")) return state;
            Thread.sleep(500);
        }
        return "PENDING";
    }

    private static String source(String slug, String file) throws IOException {
        return Files.readString(Path.of("problems", slug, "solutions", "accepted", file));
    }
}
