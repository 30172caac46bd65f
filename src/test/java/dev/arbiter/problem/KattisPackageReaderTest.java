package dev.arbiter.problem;

import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Kattis/ICPC package format read as stdio problems, and its unsupported features as clear errors (no sandbox). */
class KattisPackageReaderTest {

    static final Path PACKAGES = Path.of("src/test/resources/kattis");

    @TempDir
    Path root;

    @Test
    void readsSamplesNestedSecretGroupsSubmissionsAndThePythonValidator() {
        ProblemPackageReader.Result result = ProblemPackageReader.read(PACKAGES.resolve("pairsum"));
        assertThat(result.errors()).isEmpty();
        ProblemPackage pkg = result.pkg();
        assertThat(pkg.format()).isEqualTo(ProblemVersion.Format.KATTIS);
        assertThat(pkg.mode()).isEqualTo(Mode.STDIO);
        assertThat(pkg.yaml().title()).isEqualTo("Pair Sum");
        assertThat(pkg.yaml().tags()).containsExactly("arrays", "hashing");
        assertThat(pkg.tests()).extracting(ProblemPackage.TestFile::name)
                .containsExactly("1", "group1-small/01", "group1-small/02", "group2-large/deep/03");
        assertThat(pkg.tests()).extracting(ProblemPackage.TestFile::sample).containsExactly(true, false, false, false);
        assertThat(pkg.solutions()).extracting(s -> s.kind().folder() + "/" + s.name()).containsExactlyInAnyOrder(
                "accepted/PairFinder.java", "accepted/hashing.py", "wrong_answer/zero_based.py",
                "time_limit_exceeded/spins.py", "runtime_error/divides.py");
        assertThat(pkg.checkerJson()).contains("\"type\":\"kattis\"").contains("\"language\":\"python\"").contains("one_based");
        assertThat(pkg.checkerProgram()).contains("validate.py");
        assertThat(pkg.calibrated().multiplier()).isEqualTo(5.0);
        assertThat(pkg.calibrated().safetyMargin()).isEqualTo(2.0);
        assertThat(pkg.yaml().limits().memoryMb()).isEqualTo(256);
    }

    @Test
    void readsTheNewerFormatWithACppValidatorAndALatexStatementConvertedToMarkdown() {
        ProblemPackage pkg = ProblemPackageReader.read(PACKAGES.resolve("divisor")).pkg();
        assertThat(pkg.yaml().title()).isEqualTo("Some Divisor");
        assertThat(pkg.statementMarkdown()).isEqualTo("Given an integer n ≥ 2, print any divisor d of n with 1 \\< d \\< n, "
                + "or `prime` when there is none.");
        assertThat(pkg.notes()).isEmpty();
        assertThat(pkg.checkerJson()).contains("\"language\":\"cpp\"");
        assertThat(pkg.checkerProgram()).contains("validate.cpp").contains("validate.h");
        assertThat(pkg.calibrated().multiplier()).isEqualTo(4.0);
        assertThat(pkg.tests()).extracting(ProblemPackage.TestFile::name)
                .containsExactly("1", "composites/1", "primes/1", "primes/2");
    }

    @Test
    void theDefaultValidatorTakesItsFlags() throws IOException {
        Path dir = minimal("flags", "name: Flags\nvalidator_flags: float_tolerance 1e-6 case_sensitive\n");
        ProblemPackage pkg = ProblemPackageReader.read(dir).pkg();
        assertThat(pkg.checkerJson()).contains("\"type\":\"tokens\"").contains("\"caseSensitive\":true")
                .contains("\"absTolerance\":1.0E-6").contains("\"relTolerance\":1.0E-6");
        assertThat(pkg.checkerProgram()).isNull();
    }

    @Test
    void otherLanguagesAreSkippedWithANoteAndAPackageWithoutPythonOrJavaIsRefused() throws IOException {
        Path dir = minimal("only-cpp", "name: Only C++\n");
        Files.delete(dir.resolve("submissions/accepted/ok.py"));
        Files.writeString(dir.resolve("submissions/accepted/ok.cpp"), "int main() {}\n");
        assertThat(ProblemPackageReader.read(dir).errors()).extracting(PackageError::toString)
                .containsExactly("submissions/accepted: needs an accepted submission in Python or Java (other languages are not supported)");

        Files.writeString(dir.resolve("submissions/accepted/ok.py"), "print(input())\n");
        ProblemPackage pkg = ProblemPackageReader.read(dir).pkg();
        assertThat(pkg.notes()).singleElement().asString().contains("submissions/accepted/ok.cpp");
    }

    @Test
    void latexCommandsTheConversionDoesNotKnowAreNamedToTheReaderAndInTheVersionNotes() throws IOException {
        Path dir = minimal("macros", "name: Macros\n");
        Files.delete(dir.resolve("problem_statement/problem.en.md"));
        Files.writeString(dir.resolve("problem_statement/problem.en.tex"),
                "\\problemname{Macros}\nPrint $\\Abs{x}$ for \\myrange{1}{n}.\n");

        ProblemPackage pkg = ProblemPackageReader.read(dir).pkg();

        assertThat(pkg.statementMarkdown()).startsWith("Print \\\\Abs{x} for \\\\myrange{1}{n}.")
                .endsWith("*Converted from LaTeX; shown as written: `\\Abs`, `\\myrange`.*");
        assertThat(pkg.notes()).containsExactly(
                "problem_statement/problem.en.tex: converted from LaTeX; shown as written, not converted: \\Abs, \\myrange");
    }

    @Test
    void interactiveAndScoringProblemsAreClearErrorsWithTheirLine() throws IOException {
        Path interactive = minimal("chat", "name: Chat\nvalidation: custom interactive\n");
        assertThat(ProblemPackageReader.read(interactive).errors()).extracting(PackageError::toString)
                .contains("problem.yaml:2: interactive problems are not supported");
        Path scoring = minimal("points", "name: Points\nlicense: cc0\ntype: scoring\n");
        assertThat(ProblemPackageReader.read(scoring).errors()).extracting(PackageError::toString)
                .contains("problem.yaml:3: problem type 'scoring' is not supported: Arbiter judges pass-fail stdio problems");
        Path noTests = minimal("empty", "name: Empty\n");
        Files.delete(noTests.resolve("data/secret/a.in"));
        assertThat(ProblemPackageReader.read(noTests).errors()).extracting(PackageError::file).containsExactly("data/secret/a.ans", "data/secret");
    }

    private Path minimal(String slug, String yaml) throws IOException {
        Path dir = root.resolve(slug);
        for (var file : List.of(
                new String[]{"problem.yaml", yaml},
                new String[]{"problem_statement/problem.en.md", "Echo the input.\n"},
                new String[]{"data/sample/s.in", "x\n"}, new String[]{"data/sample/s.ans", "x\n"},
                new String[]{"data/secret/a.in", "y\n"}, new String[]{"data/secret/a.ans", "y\n"},
                new String[]{"submissions/accepted/ok.py", "print(input())\n"})) {
            Files.createDirectories(dir.resolve(file[0]).getParent());
            Files.writeString(dir.resolve(file[0]), file[1]);
        }
        assertThat(Language.fromFileName("ok.py")).isPresent();
        return dir;
    }
}
