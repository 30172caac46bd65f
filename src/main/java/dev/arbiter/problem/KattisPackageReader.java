package dev.arbiter.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import dev.arbiter.problem.ProblemPackage.SolutionFile;
import dev.arbiter.problem.ProblemPackage.TestFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a Kattis/ICPC problem package as a stdio problem: problem.yaml, the statement, data/sample and the nested
 * groups of data/secret, submissions/ in Python and Java, and an output validator in Python or C++.
 */
final class KattisPackageReader {

    /** The submissions/ folders judged, by the verdict each promises (Kattis spells run-time errors its own way). */
    static final Map<String, SolutionKind> KINDS = Map.of("accepted", SolutionKind.ACCEPTED,
            "wrong_answer", SolutionKind.WRONG_ANSWER, "time_limit_exceeded", SolutionKind.TIME_LIMIT_EXCEEDED,
            "run_time_error", SolutionKind.RUNTIME_ERROR);
    /** Until calibration sets the real limits, a candidate's provisional ones. */
    static final int PROVISIONAL_LIMIT_MS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private KattisPackageReader() {
    }

    /** A Kattis package has data/ and no Arbiter tests/ folder. */
    static boolean isKattis(Path dir) {
        return Files.isDirectory(dir.resolve("data"), LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(dir.resolve("tests"), LinkOption.NOFOLLOW_LINKS);
    }

    static ProblemPackageReader.Result read(Path dir, String slug, List<PackageError> errors) {
        String yamlText = PackageFiles.text(dir.resolve("problem.yaml"), "problem.yaml", errors);
        KattisYaml yaml = yamlText == null ? null : KattisYaml.parse(yamlText, errors);
        if (yaml == null) return new ProblemPackageReader.Result(null, errors);
        List<String> notes = new ArrayList<>();
        KattisStatement.Statement statement = KattisStatement.read(dir, slug, errors, notes);
        List<TestFile> tests = readTests(dir, errors);
        List<SolutionFile> solutions = readSubmissions(dir, errors, notes);
        ObjectNode checker;
        String checkerProgram = null;
        KattisValidatorFiles validator = KattisValidatorFiles.find(dir, errors);
        if (validator != null && (yaml.customValidation() || !yaml.declaresValidation())) {
            // a custom validator gets validator_flags as extra arguments, whatever they mean to it
            checker = JSON.createObjectNode().put("type", "kattis").put("language", validator.language());
            checker.set("flags", JSON.valueToTree(yaml.validatorFlags()));
            checkerProgram = validator.json();
        } else {
            checker = yaml.defaultChecker();
            if (yaml.customValidation()) {
                errors.add(new PackageError("output_validators", 0, "validation: custom needs an output validator "
                        + "(output_validators/<name>/ in Python or C++)"));
            }
        }
        int memoryMb = yaml.memoryMb(notes);
        errors.addAll(yaml.errors);
        if (!errors.isEmpty()) return new ProblemPackageReader.Result(null, errors);
        Integer declared = yaml.declaredTimeLimitMs();
        int provisional = declared == null ? PROVISIONAL_LIMIT_MS : declared;
        Map<String, Integer> limits = new java.util.TreeMap<>();
        for (Language language : Language.values()) limits.put(language.id(), provisional);
        ProblemYaml arbiterYaml = new ProblemYaml(yaml.title(slug), "medium", yaml.keywords(), Mode.STDIO.id(),
                new ProblemYaml.Limits(limits, memoryMb),
                checker, null, null, null);
        ProblemPackage.Calibrated timing = new ProblemPackage.Calibrated(yaml.multiplier(), yaml.safetyMargin(), yaml.resolution(), declared);
        return new ProblemPackageReader.Result(new ProblemPackage(slug, ContentHash.of(dir), arbiterYaml,
                Mode.STDIO, statement.markdown(), "{\"mode\":\"stdio\"}", checker.toString(), checkerProgram, null,
                tests, solutions, ProblemVersion.Format.KATTIS, timing, notes, statement.images()), List.of());
    }

    private static List<TestFile> readTests(Path dir, List<PackageError> errors) {
        List<TestFile> tests = new ArrayList<>();
        for (String group : List.of("sample", "secret")) {
            Path root = dir.resolve("data").resolve(group);
            for (Path in : walk(root).stream().filter(p -> p.toString().endsWith(".in")).sorted().toList()) {
                String name = root.relativize(in).toString().replace('\\', '/').replaceFirst("\\.in$", "");
                String file = "data/" + group + "/" + name;
                if (Files.exists(root.resolve(name + ".interaction"))) {
                    errors.add(new PackageError(file + ".interaction", 0, "interactive problems are not supported"));
                }
                String input = PackageFiles.text(in, file + ".in", errors);
                String answer = PackageFiles.text(root.resolve(name + ".ans"), file + ".ans", errors);
                if (input != null && answer != null) tests.add(new TestFile(name, group.equals("sample"), input, answer));
            }
            walk(root).stream().filter(p -> p.toString().endsWith(".ans"))
                    .filter(p -> !Files.exists(Path.of(p.toString().replaceFirst("\\.ans$", ".in"))))
                    .forEach(p -> errors.add(new PackageError("data/" + group + "/" + root.relativize(p).toString()
                            .replace('\\', '/'), 0, "has no matching .in file")));
            for (Path t : walk(root).stream().filter(p -> p.getFileName().toString().equals("testdata.yaml")).toList()) {
                String text = PackageFiles.text(t, "data/" + group + "/" + root.relativize(t), errors);
                if (text != null && (text.contains("output_validator_flags") || text.contains("output_validator_args")
                        || text.contains("grading"))) {
                    errors.add(new PackageError("data/" + group + "/" + root.relativize(t), 0,
                            "per-group validator flags and grading are not supported; use validator_flags in problem.yaml"));
                }
            }
        }
        if (tests.stream().noneMatch(t -> !t.sample())) {
            errors.add(new PackageError("data/secret", 0, "needs at least one test (NAME.in + NAME.ans, in nested groups or not)"));
        }
        return tests;
    }

    private static List<SolutionFile> readSubmissions(Path dir, List<PackageError> errors, List<String> notes) {
        List<SolutionFile> out = new ArrayList<>();
        List<String> otherLanguages = new ArrayList<>();
        for (Path kindDir : PackageFiles.list(dir.resolve("submissions"))) {
            String folder = kindDir.getFileName().toString();
            SolutionKind kind = KINDS.get(folder);
            if (kind == null) {
                notes.add("submissions/" + folder + " is not judged (Arbiter checks " + new java.util.TreeSet<>(KINDS.keySet()) + ")");
                continue;
            }
            for (Path file : PackageFiles.list(kindDir).stream().sorted().toList()) {
                String rel = "submissions/" + folder + "/" + file.getFileName();
                var language = Language.fromFileName(file.getFileName().toString());
                if (Files.isDirectory(file) || language.isEmpty()) {
                    otherLanguages.add(rel);
                    continue;
                }
                String source = PackageFiles.text(file, rel, errors);
                if (source != null) out.add(new SolutionFile(kind, language.get(), file.getFileName().toString(), source));
            }
        }
        if (!otherLanguages.isEmpty()) {
            notes.add("not judged (only single-file Python and Java submissions are): " + String.join(", ", otherLanguages));
        }
        if (out.stream().noneMatch(s -> s.kind() == SolutionKind.ACCEPTED)) {
            errors.add(new PackageError("submissions/accepted", 0, "needs an accepted submission in Python or Java "
                    + "(other languages are not supported)"));
        }
        return out;
    }

    static List<Path> walk(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return List.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
