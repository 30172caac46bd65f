package dev.arbiter.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import dev.arbiter.problem.ProblemPackage.SolutionFile;
import dev.arbiter.problem.ProblemPackage.TestFile;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one problem package folder and checks it, collecting every error instead of stopping at the first. A folder
 * in the Kattis/ICPC layout (data/ instead of tests/) is read by {@link KattisPackageReader}.
 */
public final class ProblemPackageReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Either a package or the reasons it is broken. */
    public record Result(ProblemPackage pkg, List<PackageError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Result read(Path dir) {
        String slug = dir.getFileName().toString();
        List<PackageError> errors = new ArrayList<>();
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            errors.add(new PackageError(slug, 0, "folder name must be a slug: lowercase letters, digits and dashes"));
        }
        if (KattisPackageReader.isKattis(dir)) return KattisPackageReader.read(dir, slug, errors);
        String yamlText = readText(dir.resolve("problem.yaml"), "problem.yaml", errors);
        String statement = readText(dir.resolve("statement.md"), "statement.md", errors);
        if (statement != null && statement.isBlank()) errors.add(new PackageError("statement.md", 1, "statement is empty"));
        ProblemYaml yaml = yamlText == null ? null : parseYaml(yamlText, errors);
        if (yaml == null) return new Result(null, errors);
        errors.addAll(ProblemYamlValidator.validate(yaml, yamlText));
        Mode mode = ProblemYamlValidator.mode(yaml.mode());
        List<TestFile> tests = readTests(dir, mode, yaml, errors);
        List<SolutionFile> solutions = readSolutions(dir, errors);
        List<ProblemPackage.ImageFile> images = StatementImages.read(dir.resolve("images"), "images/", errors);
        if (statement != null) {
            errors.addAll(ImageReferences.missing(statement, "statement.md", true,
                    images.stream().map(ProblemPackage.ImageFile::name).toList()));
        }
        if (!errors.isEmpty()) return new Result(null, errors);
        String checkerJson = checkerJson(yaml);
        String program = yaml.checker() == null ? null : yaml.checker().path("program").asText(null);
        String checkerProgram = null;
        if (program != null) {
            Path file = dir.resolve(program).normalize();
            if (!file.startsWith(dir) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return new Result(null, List.of(new PackageError("problem.yaml", 0, "custom checker program '" + program + "' not found in the package")));
            }
            checkerProgram = readText(file, program, errors);
        }
        String generatorSource = null;
        if (Files.isRegularFile(dir.resolve("generator.py"), LinkOption.NOFOLLOW_LINKS)) {
            generatorSource = readText(dir.resolve("generator.py"), "generator.py", errors);
        } else if (yaml.perf() != null) {
            return new Result(null, List.of(new PackageError("problem.yaml", 0, "perf scoring needs a generator.py")));
        }
        String version = ContentHash.of(dir);
        return new Result(new ProblemPackage(slug, version, yaml, mode, statement, specJson(yaml, mode),
                checkerJson, checkerProgram, generatorSource, tests, solutions, images), List.of());
    }

    private static ProblemYaml parseYaml(String text, List<PackageError> errors) {
        try {
            ProblemYaml yaml = YAML.readValue(text, ProblemYaml.class);
            if (yaml == null) errors.add(new PackageError("problem.yaml", 1, "problem.yaml is empty"));
            return yaml;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            errors.add(new PackageError("problem.yaml", line, e.getOriginalMessage()));
            return null;
        }
    }

    private static List<TestFile> readTests(Path dir, Mode mode, ProblemYaml yaml, List<PackageError> errors) {
        List<TestFile> tests = new ArrayList<>();
        for (String group : List.of("sample", "secret")) {
            Path groupDir = dir.resolve("tests").resolve(group);
            List<Path> inputs = list(groupDir).stream().filter(p -> p.toString().endsWith(".in")).sorted().toList();
            if (inputs.isEmpty()) {
                errors.add(new PackageError("tests/" + group, 0, "needs at least one test (NAME.in + NAME.ans)"));
            }
            for (Path in : inputs) {
                String name = in.getFileName().toString().replaceFirst("\\.in$", "");
                String inFile = "tests/" + group + "/" + name + ".in";
                String ansFile = "tests/" + group + "/" + name + ".ans";
                String input = readText(in, inFile, errors);
                String expected = readText(groupDir.resolve(name + ".ans"), ansFile, errors);
                if (input == null || expected == null) continue;
                if (mode != null && yaml != null) {
                    errors.addAll(TestFormat.check(mode, yaml, inFile, input, ansFile, expected));
                }
                tests.add(new TestFile(name, group.equals("sample"), input, expected));
            }
            list(groupDir).stream()
                    .filter(p -> p.toString().endsWith(".ans"))
                    .filter(p -> !Files.exists(Path.of(p.toString().replaceFirst("\\.ans$", ".in"))))
                    .forEach(p -> errors.add(new PackageError("tests/" + group + "/" + p.getFileName(), 0, "has no matching .in file")));
        }
        return tests;
    }

    private static List<SolutionFile> readSolutions(Path dir, List<PackageError> errors) {
        List<SolutionFile> solutions = new ArrayList<>();
        for (Path kindDir : list(dir.resolve("solutions"))) {
            String folder = kindDir.getFileName().toString();
            java.util.Optional<SolutionKind> kind = SolutionKind.fromFolder(folder);
            if (kind.isEmpty()) {
                errors.add(new PackageError("solutions/" + folder, 0, "unknown solution kind; use one of " + SolutionKind.folders()));
                continue;
            }
            for (Path file : list(kindDir).stream().sorted().toList()) {
                String rel = "solutions/" + folder + "/" + file.getFileName();
                var language = Language.fromFileName(file.getFileName().toString());
                if (language.isEmpty()) {
                    errors.add(new PackageError(rel, 0, "unknown language: solutions end in .java or .py"));
                    continue;
                }
                String source = readText(file, rel, errors);
                if (source != null) solutions.add(new SolutionFile(kind.get(), language.get(), file.getFileName().toString(), source));
            }
        }
        for (Language language : Language.values()) {
            if (solutions.stream().noneMatch(s -> s.kind() == SolutionKind.ACCEPTED && s.language() == language)) {
                errors.add(new PackageError("solutions/accepted", 0, "needs an accepted " + language.id() + " solution"));
            }
        }
        return solutions;
    }

    private static String specJson(ProblemYaml yaml, Mode mode) {
        ObjectNode spec = JSON.createObjectNode();
        spec.put("mode", mode.name().toLowerCase());
        if (mode == Mode.SIGNATURE) spec.set("signature", JSON.valueToTree(yaml.signature()));
        if (mode == Mode.DESIGN) spec.set("design", JSON.valueToTree(yaml.design()));
        return spec.toString();
    }

    private static String checkerJson(ProblemYaml yaml) {
        if (yaml.checker() == null || yaml.checker().isNull()) return "{\"type\":\"exact\"}";
        if (yaml.checker().isTextual()) return JSON.createObjectNode().put("type", yaml.checker().asText()).toString();
        return yaml.checker().toString();
    }

    private static String readText(Path file, String name, List<PackageError> errors) {
        return PackageFiles.text(file, name, errors);
    }

    private static List<Path> list(Path dir) {
        return PackageFiles.list(dir);
    }
}
