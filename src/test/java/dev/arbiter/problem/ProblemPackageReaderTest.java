package dev.arbiter.problem;

import dev.arbiter.support.PackageFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemPackageReaderTest {

    @TempDir
    Path root;

    @Test
    void readsAValidPackageWithSamplesFirstAndBothReferenceLanguages() {
        var result = ProblemPackageReader.read(PackageFixture.valid(root, "add-two").dir());

        assertThat(result.errors()).isEmpty();
        ProblemPackage pkg = result.pkg();
        assertThat(pkg.slug()).isEqualTo("add-two");
        assertThat(pkg.tests()).extracting(ProblemPackage.TestFile::sample).containsExactly(true, false);
        assertThat(pkg.solutions()).hasSize(2);
        assertThat(pkg.specJson()).contains("\"method\":\"add\"");
        assertThat(pkg.checkerJson()).isEqualTo("{\"type\":\"exact\"}");
        assertThat(pkg.version()).hasSize(16);
    }

    @Test
    void versionChangesWithContentAndOnlyWithContent() {
        Path dir = PackageFixture.valid(root, "add-two").dir();
        String first = ProblemPackageReader.read(dir).pkg().version();
        assertThat(ProblemPackageReader.read(dir).pkg().version()).isEqualTo(first);

        PackageFixture.valid(root, "add-two").write("tests/secret/02.in", "1\n1\n").write("tests/secret/02.ans", "2\n");

        assertThat(ProblemPackageReader.read(dir).pkg().version()).isNotEqualTo(first);
    }

    @Test
    void perfScoringIsForCallableProblemsOnly() {
        Path stdio = PackageFixture.valid(root, "stdio-sum").write("generator.py", "print(1)\n").write("problem.yaml", """
                title: Sum
                difficulty: easy
                tags: [math]
                mode: stdio
                limits:
                  time_ms: {java: 2000, python: 4000}
                  memory_mb: 256
                perf:
                  sizes: [1, 2, 4, 8, 16, 32, 64, 128]
                """).dir();

        List<PackageError> errors = ProblemPackageReader.read(stdio).errors();

        assertThat(errors).filteredOn(e -> e.reason().contains("perf scoring is for mode: signature and mode: design"))
                .extracting(PackageError::line).containsExactly(8);
    }

    @Test
    void perfSizesAreLimitedToWhatScoresCanCount() {
        String sizes = java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> String.valueOf(100 * i * i))
                .collect(java.util.stream.Collectors.joining(", "));
        Path many = PackageFixture.valid(root, "many-sizes").write("generator.py", "print(1)\n")
                .write("problem.yaml", PackageFixture.YAML + "perf:\n  sizes: [" + sizes + "]\n").dir();

        List<PackageError> errors = ProblemPackageReader.read(many).errors();

        assertThat(errors).filteredOn(e -> e.reason().contains("perf.sizes takes at most 32 sizes (was 40)"))
                .extracting(PackageError::line).containsExactly(15);
    }

    @Test
    void yamlSyntaxErrorPointsAtTheLine() {
        Path dir = PackageFixture.valid(root, "add-two")
                .write("problem.yaml", "title: Add Two\ndifficulty: easy\ntags: [math\nmode: signature\n").dir();

        List<PackageError> errors = ProblemPackageReader.read(dir).errors();

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).file()).isEqualTo("problem.yaml");
        assertThat(errors.get(0).line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void unknownFieldIsReportedWithItsLine() {
        Path dir = PackageFixture.valid(root, "add-two")
                .write("problem.yaml", PackageFixture.YAML + "timelimit: 5\n").dir();

        List<PackageError> errors = ProblemPackageReader.read(dir).errors();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("timelimit");
            assertThat(e.line()).isEqualTo(15);
        });
    }

    @Test
    void semanticErrorsAreAllReportedWithLines() {
        String yaml = PackageFixture.YAML.replace("difficulty: easy", "difficulty: trivial")
                .replace("{name: b, type: int}", "{name: b, type: integer}")
                .replace("python: 4000", "python: 50");
        Path dir = PackageFixture.valid(root, "add-two").write("problem.yaml", yaml).dir();

        List<PackageError> errors = ProblemPackageReader.read(dir).errors();

        assertThat(errors).extracting(PackageError::toString).anySatisfy(e -> assertThat(e).startsWith("problem.yaml:2:").contains("trivial"))
                .anySatisfy(e -> assertThat(e).contains("unsupported type 'integer'"))
                .anySatisfy(e -> assertThat(e).startsWith("problem.yaml:6:").contains("time_ms.python"));
    }

    @Test
    void testFilesAreCheckedAgainstTheSignature() {
        Path dir = PackageFixture.valid(root, "add-two")
                .write("tests/secret/02.in", "1\n")
                .write("tests/secret/02.ans", "1\n")
                .write("tests/secret/03.in", "1\n{oops\n")
                .write("tests/secret/03.ans", "2\n")
                .write("tests/secret/04.in", "1\n2\n")
                .dir();

        List<String> errors = ProblemPackageReader.read(dir).errors().stream().map(PackageError::toString).toList();

        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("tests/secret/02.in:2:").contains("expected 2 lines"))
                .anySatisfy(e -> assertThat(e).startsWith("tests/secret/03.in:2:").contains("not valid JSON"))
                .anySatisfy(e -> assertThat(e).startsWith("tests/secret/04.ans").contains("missing"));
    }

    @Test
    void aTestValueOfTheWrongTypeIsNamedWithItsParameterAndLine() {
        Path dir = PackageFixture.valid(root, "add-two")
                .write("tests/secret/02.in", "\"1\"\n2\n").write("tests/secret/02.ans", "3\n")
                .write("tests/secret/03.in", "1\n\n2.5\n").write("tests/secret/03.ans", "3\n")
                .write("tests/secret/04.in", "1\n3000000000\n").write("tests/secret/04.ans", "3\n")
                .write("tests/secret/05.in", "1 2\n2\n").write("tests/secret/05.ans", "3\n")
                .dir();

        List<String> errors = ProblemPackageReader.read(dir).errors().stream().map(PackageError::toString).toList();

        assertThat(errors).containsExactlyInAnyOrder(
                "tests/secret/02.in:1: parameter a: expected int, got \"1\"",
                "tests/secret/03.in:3: parameter b: expected int, got 2.5",
                "tests/secret/04.in:2: parameter b: expected int, got 3000000000",
                "tests/secret/05.in:1: not valid JSON: more than one value on the line");
    }

    @Test
    void missingFilesAndReferenceSolutionsAreReported() {
        Path dir = PackageFixture.valid(root, "add-two")
                .delete("statement.md")
                .delete("solutions/accepted/solution.py")
                .write("solutions/accepted/notes.txt", "x")
                .dir();

        List<String> errors = ProblemPackageReader.read(dir).errors().stream().map(PackageError::toString).toList();

        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("statement.md").contains("missing"))
                .anySatisfy(e -> assertThat(e).contains("needs an accepted python solution"))
                .anySatisfy(e -> assertThat(e).startsWith("solutions/accepted/notes.txt").contains("unknown language"));
    }

    @Test
    void designTestsNeedMatchingOperationAndArgumentLists() {
        String yaml = """
                title: Counter
                difficulty: easy
                mode: design
                limits: {time_ms: {java: 2000, python: 4000}, memory_mb: 256}
                design:
                  class: Counter
                  constructor: {params: []}
                  methods:
                    - {name: inc, params: [], returns: int}
                """;
        Path dir = PackageFixture.valid(root, "counter").write("problem.yaml", yaml)
                .write("tests/sample/01.in", "[\"Counter\",\"inc\"]\n[[],[]]\n").write("tests/sample/01.ans", "[null,1]\n")
                .write("tests/secret/01.in", "[\"Counter\",\"inc\"]\n[[]]\n").write("tests/secret/01.ans", "[null,1]\n")
                .dir();

        List<String> errors = ProblemPackageReader.read(dir).errors().stream().map(PackageError::toString).toList();

        assertThat(errors).singleElement().asString().startsWith("tests/secret/01.in:2:").contains("differ in length");
    }

    @Test
    void designTestsCallOnlyTheClassesMethodsWithTheirArguments() {
        String yaml = """
                title: Counter
                difficulty: easy
                mode: design
                limits: {time_ms: {java: 2000, python: 4000}, memory_mb: 256}
                design:
                  class: Counter
                  constructor: {params: [{name: start, type: int}]}
                  methods:
                    - {name: add, params: [{name: by, type: int}], returns: int}
                """;
        Path dir = PackageFixture.valid(root, "counter").write("problem.yaml", yaml)
                .write("tests/sample/01.in", "[\"Counter\",\"add\"]\n[[0],[2]]\n").write("tests/sample/01.ans", "[null,2]\n")
                .write("tests/secret/01.in", "[\"Counter\",\"sub\"]\n[[0],[2]]\n").write("tests/secret/01.ans", "[null,-2]\n")
                .write("tests/secret/02.in", "[\"Counter\",\"add\"]\n[[0],[]]\n").write("tests/secret/02.ans", "[null,0]\n")
                .write("tests/secret/03.in", "[\"Counter\",\"add\"]\n[[0],[\"two\"]]\n").write("tests/secret/03.ans", "[null,2]\n")
                .write("tests/secret/04.in", "[\"Counter\",\"add\"]\n[[],[2]]\n").write("tests/secret/04.ans", "[null,2]\n")
                .dir();

        List<String> errors = ProblemPackageReader.read(dir).errors().stream().map(PackageError::toString).toList();

        assertThat(errors).containsExactlyInAnyOrder(
                "tests/secret/01.in:1: operation 1: Counter has no method \"sub\"",
                "tests/secret/02.in:2: operation 1 (add): expected 1 arguments, got []",
                "tests/secret/03.in:2: operation 1 (add), parameter by: expected int, got \"two\"",
                "tests/secret/04.in:2: operation 0 (Counter): expected 1 arguments, got []");
    }

    @Test
    void badFolderNameIsRejected() {
        var result = ProblemPackageReader.read(PackageFixture.valid(root, "Add_Two").dir());

        assertThat(result.errors()).anySatisfy(e -> assertThat(e.reason()).contains("slug"));
    }
}
