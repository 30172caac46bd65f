package dev.arbiter.cli;

import dev.arbiter.support.PackageFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** `java -jar quarkus-run.jar validate DIR` and its Maven goal, as a team's CI would run them, against the real sandbox. */
class ValidateCommandIT {

    @TempDir
    Path catalog;

    private record Run(int exitCode, String output) {
    }

    private Run validate() throws Exception {
        return validate(catalog);
    }

    private static Run validate(Path dir) throws Exception {
        return validate(dir, System.getProperty("java.io.tmpdir"));
    }

    private static Run validate(Path dir, String tmpDir) throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmpDir, "-jar", "target/quarkus-app/quarkus-run.jar", "validate", dir.toString()))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), output);
    }

    @Test
    void theMavenGoalFailsTheBuildOnABrokenPackage() throws Exception {
        PackageFixture.valid(catalog, "broken").write("tests/secret/01.in", "1\n{not json\n");

        Process p = new ProcessBuilder(List.of("mvn", "-B", "-q", "exec:exec@validate", "-Darbiter.problems=" + catalog))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(output).containsPattern("FAIL  .*broken/tests/secret/01.in:2: not valid JSON")
                .contains("1 problems, 0 valid, 1 with failures");
        assertThat(p.exitValue()).isNotZero();
    }

    @Test
    void theWholeSeedCatalogValidates() throws Exception {
        Run run = validate(Path.of("problems"));

        System.out.println(run.output());
        List<String> failures = run.output().lines().filter(line -> line.startsWith("FAIL")).toList();
        assertThat(failures).as("FAIL lines of the seed catalog's report").isEmpty();
        assertThat(run.output()).containsPattern("(\\d+) problems, \\1 valid, 0 with failures")
                // the references the growth check found growing otherwise than declared, now as declared
                .contains("ok    course-schedule-ii reference growth [java]: counted O(n) (log factor")
                .contains("ok    median-of-two-sorted-arrays reference growth [java]: counted O(log n) (log factor")
                .contains("ok    median-of-two-sorted-arrays reference growth [python]: counted O(log n) (log factor");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aFolderWithoutPackagesFailsTheGateInsteadOfPassingOnNothing(@TempDir Path tmp) throws Exception {
        Run run = validate(tmp.resolve("problmes")); // a typo in a CI job

        assertThat(run.output()).contains("FAIL  " + tmp.resolve("problmes").toAbsolutePath() + ": no such folder");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aGoodCatalogPasses(@TempDir Path tmp) throws Exception {
        PackageFixture.valid(catalog, "add-two")
                .write("solutions/wrong_answer/off-by-one.py",
                        "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b + 1\n");
        // a Kattis package whose LaTeX statement uses a command the conversion keeps as written
        PackageFixture.copyTree(Path.of("src/test/resources/kattis/divisor"), catalog.resolve("divisor"));
        Path statement = catalog.resolve("divisor/problem_statement/problem.en.tex");
        Files.writeString(statement, Files.readString(statement) + "\\unknownmacro{x}\n");

        Run run = validate(catalog, tmp.toString());

        assertThat(run.output()).contains("ok    add-two accepted/Solution.java [java]: ACCEPTED")
                .contains("ok    add-two wrong_answer/off-by-one.py [python]: WRONG_ANSWER")
                .containsPattern("ok    add-two time limit \\[java\\]: limit 2000 ms; slowest accepted \\d+ ms "
                        + "\\(Solution.java on (sample|secret)/01\\), so at least \\d+ ms")
                .contains("ok    add-two time limit [python]: limit 4000 ms")
                .contains("note  divisor problem_statement/problem.en.tex: converted from LaTeX; shown as written, "
                        + "not converted: \\unknownmacro")
                .contains("ok    divisor accepted/")
                .contains("2 problems, 2 valid, 0 with failures");
        assertThat(run.exitCode()).isZero();
        // its throw-away database is gone with it
        try (var left = Files.list(tmp)) {
            assertThat(left.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("arbiter-validate"));
        }
    }

    @Test
    void brokenPackagesAndBrokenPromisesFailWithFileAndLine() throws Exception {
        PackageFixture.valid(catalog, "add-two")
                .write("solutions/wrong_answer/actually-right.py",
                        "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n");
        PackageFixture.valid(catalog, "broken").write("tests/secret/01.in", "1\n{not json\n");
        PackageFixture.valid(catalog, "not-slow").write("solutions/time_limit_exceeded/fast.py",
                "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n");
        PackageFixture.valid(catalog, "one-language").delete("solutions/accepted/solution.py");
        // a perf generator whose seed 2 makes the same small input at every SIZE: a third of a score's counted inputs flat
        PackageFixture.valid(catalog, "flat-generator")
                .write("problem.yaml", PackageFixture.YAML + "perf:\n  sizes: [10, 20, 40, 80, 160, 320, 640, 1280]\n  complexity: O(1)\n")
                .write("generator.py", "import sys\nn, seed = int(sys.argv[1]), int(sys.argv[2])\n"
                        + "print(5 if seed == 2 else n)\nprint(seed)\n");
        // a generator that grows, and a reference (a + b) that does the same work at every SIZE, declared O(n)
        PackageFixture.valid(catalog, "wrong-growth")
                .write("problem.yaml", PackageFixture.YAML + "perf:\n  sizes: [10, 20, 40, 80, 160, 320, 640, 1280]\n  complexity: O(n)\n")
                // (sums over 127, outside Integer's cache: a boxed answer then costs the same bytecodes at every SIZE)
                .write("generator.py", "import sys\nn, seed = int(sys.argv[1]), int(sys.argv[2])\nprint(1000000 * n)\nprint(seed)\n");

        // a package folder reached through a link: refused by name, not skipped in silence
        Files.createSymbolicLink(catalog.resolve("linked"), catalog.resolve("add-two"));

        Run run = validate();

        assertThat(run.output()).contains("FAIL  add-two wrong_answer/actually-right.py [python]: ACCEPTED")
                .contains("expected WRONG_ANSWER")
                .contains("FAIL  not-slow time_limit_exceeded/fast.py [python]: ACCEPTED")
                .contains("FAIL  not-slow time limit [python]: limit 4000 ms")
                .contains("fast.py should exceed 1.5 x the limit (6000 ms) but was ACCEPTED")
                .containsPattern("FAIL  .*one-language/solutions/accepted.*needs an accepted python solution")
                .containsPattern("FAIL  .*broken/tests/secret/01.in:2: not valid JSON")
                .containsPattern("FAIL  flat-generator generator.py ignores size: seed 2 gives (\\d+) bytes at SIZE 10 and \\1 at SIZE 1280")
                // O(1) alone: every call counted alike, none with reflection's accessor built inside it
                .containsPattern("FAIL  wrong-growth reference growth \\[java\\]: counted O\\(1\\) \\(log factor .*, declared O\\(n\\): the scored inputs")
                .containsPattern("FAIL  wrong-growth reference growth \\[python\\]: counted O\\(1\\) \\(log factor .*, declared O\\(n\\).*"
                        + "counted work per SIZE and seed: 10: \\d+, ")
                .containsPattern("FAIL  .*/linked/linked: a symbolic link: packages are read from the catalog's own folders")
                .contains("7 problems, 0 valid, 7 with failures");
        assertThat(run.exitCode()).isEqualTo(1);
    }
}
