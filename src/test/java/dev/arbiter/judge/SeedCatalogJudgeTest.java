package dev.arbiter.judge;

import dev.arbiter.support.Judging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every solution shipped in problems/ goes through the real judge: accepted ones must be ACCEPTED in both
 * languages, known-wrong and known-slow ones must get their verdict.
 */
@QuarkusTest
class SeedCatalogJudgeTest {

    private static final Map<String, String> EXPECTED = Map.of(
            "accepted", "ACCEPTED",
            "wrong_answer", "WRONG_ANSWER",
            "time_limit_exceeded", "TIME_LIMIT_EXCEEDED",
            "runtime_error", "RUNTIME_ERROR",
            "memory_limit_exceeded", "MEMORY_LIMIT_EXCEEDED");

    record Case(String slug, String kind, String language, Path file, String id) {
    }

    @TestFactory
    Stream<DynamicTest> everySeedSolutionGetsItsVerdict() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("problems"))) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.getParent().getParent().getFileName().toString().equals("solutions"))
                    .sorted().toList()) {
                String kind = file.getParent().getFileName().toString();
                String slug = file.getParent().getParent().getParent().getFileName().toString();
                String language = file.toString().endsWith(".java") ? "java" : "python";
                String id = Judging.submit(slug, language, Files.readString(file), "submit", null);
                cases.add(new Case(slug, kind, language, file, id));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        // all are queued at once above, so both workers stay busy; each dynamic test then waits for its verdict
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.slug() + " " + c.kind() + " " + c.file().getFileName(), () -> {
            JsonPath view = Judging.awaitDone(c.id(), Duration.ofMinutes(15));
            assertThat(view.getString("verdict"))
                    .as("%s: %s (%s)", c.file(), view.getString("message"), view.getString("tests"))
                    .isEqualTo(EXPECTED.get(c.kind()));
        }));
    }
}
