package dev.arbiter.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.arbiter.lang.Compiler;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.lang.Workspace;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.measure.Interleave;
import dev.arbiter.measure.Measurement;
import dev.arbiter.measure.PerfInputs;
import dev.arbiter.score.PerfScorer;
import dev.arbiter.score.ScoreSummary;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The growth classifier on real solutions of known complexity (src/test/resources/complexity-corpus), measured the
 * way submissions are: in the judge images, all solutions of a problem and language interleaved (Java once in the
 * interpreter, Python three times), and classified next to a reference by ScoreSummary itself, pair by pair. Prints
 * the accuracy per language and class (docs/BENCHMARKS.md records it) and writes the raw points to target/.
 */
@QuarkusTest
class ComplexityCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/complexity-corpus");
    /**
     * Regression guards below the measured accuracies (docs/BENCHMARKS.md: 90-95 % alone, 100 % next to a
     * reference), so that timing noise alone cannot fail them: alone the classifier takes Python's dict- and
     * list-based O(n) code, whose per-element cost grows with cache misses, for O(n log n); next to a reference
     * it should not.
     */
    static final double ACCURACY_FLOOR = 0.85;
    static final double RELATIVE_ACCURACY_FLOOR = 0.9;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HEAP_MB = 64;
    /** Timed measurements per problem and language without a growth command, as the scoring tests' profile runs. */
    private static final int FORKS = 3;

    record Entry(String problem, Language language, String name, ComplexityClass label, String source) {
    }

    /**
     * measured: the class alone; relative: the class next to each solution of the problem's lowest class taken as the
     * reference, as scores classify (by reference name; empty for the only one of its class).
     */
    record Outcome(Entry entry, ComplexityClass measured, Map<String, ComplexityClass> relative,
                   List<ComplexityFit.Point> points, String note) {
        boolean correct() {
            return entry.label() == measured;
        }

        long relativeCorrect() {
            return relative.values().stream().filter(c -> c == entry.label()).count();
        }
    }

    @Inject
    Sandbox sandbox;

    @Inject
    SandboxConfig config;

    @Inject
    PerfInputs perfInputs;

    @Test
    void theClassifierNamesTheGrowthOfRealSolutions() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        try (Stream<Path> problems = Files.list(CORPUS)) {
            for (Path problem : problems.filter(Files::isDirectory).sorted().toList()) {
                JsonNode meta = JSON.readTree(problem.resolve("problem.json").toFile());
                List<Long> sizes = new ArrayList<>();
                meta.path("sizes").forEach(n -> sizes.add(n.asLong()));
                String generator = Files.readString(problem.resolve("generator.py"));
                List<String> inputs = perfInputs.forSizes("corpus/" + problem.getFileName(), generator, sizes);
                for (Language language : Language.values()) {
                    List<Entry> entries = entries(problem, language);
                    if (!entries.isEmpty()) outcomes.addAll(measure(language, meta.path("spec").toString(), sizes, inputs, entries));
                }
            }
        }
        report(outcomes);
        double accuracy = outcomes.stream().filter(Outcome::correct).count() / (double) outcomes.size();
        double relativeAccuracy = outcomes.stream().mapToLong(Outcome::relativeCorrect).sum()
                / (double) outcomes.stream().mapToInt(o -> o.relative().size()).sum();
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(42);
        assertThat(accuracy).isGreaterThanOrEqualTo(ACCURACY_FLOOR);
        assertThat(relativeAccuracy).isGreaterThanOrEqualTo(RELATIVE_ACCURACY_FLOOR);
    }

    private static List<Entry> entries(Path problem, Language language) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(problem.resolve("solutions"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(language == Language.JAVA ? ".java" : ".py")) continue;
                ComplexityClass label = ComplexityClass.valueOf(f.getParent().getFileName().toString().toUpperCase(Locale.ROOT));
                out.add(new Entry(problem.getFileName().toString(), language, name, label, Files.readString(f)));
            }
        }
        return out;
    }

    private List<Outcome> measure(Language language, String spec, List<Long> sizes, List<String> inputs, List<Entry> entries) {
        Toolchain toolchain = Toolchain.of(language);
        long inputBytes = inputs.stream().mapToLong(String::length).sum();
        int memoryMb = entries.size() * toolchain.containerMemoryMb(HEAP_MB) + (int) (inputBytes >> 20) + 64;
        List<Outcome> out = new ArrayList<>();
        try (SandboxContainer box = sandbox.start(toolchain.image(config), memoryMb, 32L * entries.size() + 16)) {
            box.upload(PerfInputs.files(inputs));
            List<Entry> compiled = new ArrayList<>();
            List<List<String>> timed = new ArrayList<>();
            List<List<String>> growth = new ArrayList<>();
            List<String> paths = PerfInputs.paths(inputs.size());
            for (int i = 0; i < entries.size(); i++) {
                Workspace ws = Workspace.candidate("c" + i);
                RunReport built = toolchain.prepare(box.runner(), ws, Mode.SIGNATURE, entries.get(i).source(), spec, 60_000);
                String error = Compiler.diagnostics(toolchain, ws, built);
                if (error != null) {
                    out.add(new Outcome(entries.get(i), null, Map.of(), List.of(), "does not compile: " + error));
                    continue;
                }
                compiled.add(entries.get(i));
                timed.add(toolchain.serveCommand(ws, HEAP_MB, paths));
                toolchain.growthCommand(ws, HEAP_MB, paths).ifPresent(growth::add);
            }
            // measured as scores measure classes: one growth measurement where the language has a growth command
            // (its classes come from it alone), else FORKS timed measurements, as the scoring tests run
            Measurement growthRun = growth.isEmpty() ? null : Interleave.run(box, growth, sizes, Interleave.Settings.growth());
            List<Measurement> forks = new ArrayList<>();
            if (growthRun != null) {
                forks.add(growthRun);
            } else {
                for (int f = 0; f < FORKS; f++) forks.add(Interleave.run(box, timed, sizes, Interleave.Settings.scoring(language)));
            }
            // references: every solution of the problem's lowest class, as a problem declares perf.complexity
            ComplexityClass lowest = compiled.stream().map(Entry::label).min(Enum::compareTo).orElse(null);
            List<Integer> references = new ArrayList<>();
            for (int p = 0; p < compiled.size(); p++) {
                if (compiled.get(p).label() == lowest) references.add(p);
            }
            for (int p = 0; p < compiled.size(); p++) out.add(outcome(compiled, forks, growthRun, sizes, p, references));
        }
        return out;
    }

    private static Outcome outcome(List<Entry> entries, List<Measurement> forks, Measurement growth, List<Long> sizes, int p,
                                   List<Integer> references) {
        List<Measurement> shape = growth != null ? List.of(growth) : forks;
        Measurement first = shape.get(0);
        Measurement.Program program = first.programs().get(p);
        String note = program.ok() ? "" : program.status() + " " + program.failure();
        List<ComplexityFit.Point> points = Measurement.curve(shape, p);
        for (int i = 0; i < points.size(); i++) {
            Measurement.Size size = first.sizes().get(i);
            if (p > 0 && size.results().get(0) != null && !size.results().get(0).equals(size.results().get(p))) {
                note = "answers differ at n = " + size.n();
            }
        }
        ComplexityClass measured = points.size() >= 4 ? ComplexityFit.classify(points).complexity() : null;
        // next to a reference: exactly as a score of p against that reference, with the reference's class declared
        Map<String, ComplexityClass> relative = new LinkedHashMap<>();
        for (int reference : references) {
            if (reference == p || points.size() < 4) continue;
            List<Measurement> pair = forks.stream().map(m -> m.select(p, reference)).toList();
            PerfScorer.Score score = ScoreSummary.summarize(pair, growth == null ? null : growth.select(p, reference), sizes,
                    entries.get(reference).label());
            ComplexityClass named = score.complexity() == null || score.complexity().startsWith("worse") ? null
                    : ComplexityClass.fromLabel(score.complexity());
            relative.put(entries.get(reference).name(), named);
        }
        return new Outcome(entries.get(p), measured, relative, points, note);
    }

    private static void report(List<Outcome> outcomes) throws IOException {
        System.out.println("complexity corpus:");
        for (Outcome o : outcomes) {
            String relative = o.relative().isEmpty() ? "(only reference)" : o.relative().entrySet().stream()
                    .map(e -> (e.getValue() == null ? "too slow" : e.getValue().label()) + (e.getValue() == o.entry().label() ? "" : " MISS")
                            + " next to " + e.getKey())
                    .collect(java.util.stream.Collectors.joining(", "));
            System.out.printf("  %-4s %-22s %-7s %-32s label %-10s measured %-10s relative %s %s%n",
                    o.correct() ? "ok" : "MISS", o.entry().problem(), o.entry().language().id(), o.entry().name(),
                    o.entry().label().label(), o.measured() == null ? "-" : o.measured().label(), relative, o.note());
        }
        for (Language language : Language.values()) {
            List<Outcome> mine = outcomes.stream().filter(o -> o.entry().language() == language).toList();
            System.out.printf("complexity corpus accuracy [%s]: %d/%d = %.1f%%%n", language.id(),
                    mine.stream().filter(Outcome::correct).count(), mine.size(),
                    100.0 * mine.stream().filter(Outcome::correct).count() / Math.max(1, mine.size()));
        }
        for (ComplexityClass c : ComplexityClass.values()) {
            List<Outcome> mine = outcomes.stream().filter(o -> o.entry().label() == c).toList();
            System.out.printf("complexity corpus accuracy [%s]: %d/%d%n", c.label(), mine.stream().filter(Outcome::correct).count(), mine.size());
        }
        long correct = outcomes.stream().filter(Outcome::correct).count();
        System.out.printf("complexity corpus accuracy: %d/%d = %.1f%%%n", correct, outcomes.size(), 100.0 * correct / outcomes.size());
        for (Language language : Language.values()) {
            List<Outcome> mine = outcomes.stream().filter(o -> o.entry().language() == language).toList();
            long right = mine.stream().mapToLong(Outcome::relativeCorrect).sum();
            int pairs = mine.stream().mapToInt(o -> o.relative().size()).sum();
            System.out.printf("complexity corpus accuracy next to a reference [%s]: %d/%d = %.1f%%%n", language.id(), right, pairs,
                    100.0 * right / Math.max(1, pairs));
        }
        long relativeCorrect = outcomes.stream().mapToLong(Outcome::relativeCorrect).sum();
        int pairs = outcomes.stream().mapToInt(o -> o.relative().size()).sum();
        System.out.printf("complexity corpus accuracy next to a reference (every solution of the problem's lowest class in turn): "
                + "%d/%d = %.1f%%%n", relativeCorrect, pairs, 100.0 * relativeCorrect / pairs);
        ArrayNode dump = JSON.createArrayNode();
        for (Outcome o : outcomes) {
            var row = dump.addObject().put("problem", o.entry().problem()).put("language", o.entry().language().id())
                    .put("solution", o.entry().name()).put("label", o.entry().label().name())
                    .put("measured", o.measured() == null ? null : o.measured().name())
                    .put("note", o.note());
            var relative = row.putObject("relative");
            o.relative().forEach((reference, c) -> relative.put(reference, c == null ? null : c.name()));
            ArrayNode points = row.putArray("points");
            o.points().forEach(pt -> points.addObject().put("n", pt.n()).put("seconds", pt.seconds()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/complexity-corpus.json"), dump.toPrettyString());
    }
}
