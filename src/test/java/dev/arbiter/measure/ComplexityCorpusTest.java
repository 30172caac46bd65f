package dev.arbiter.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.common.OnEveryCore;
import dev.arbiter.lang.Compiler;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.lang.Workspace;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunnerSession;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import dev.arbiter.score.GrowthDecision;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The growth classifier on real solutions of known complexity, measured the way scores measure them: in the judge
 * images, all solutions of a problem and language together, once counted on several inputs per size (Toolchain.countCommand, PerfInputs.Counted) and once timed,
 * and classed by the scores' own rule (GrowthDecision.decide). Two corpora: the tuning one
 * (src/test/resources/complexity-corpus, measured with -Dcomplexity.corpus=all) and the held-out one
 * (complexity-corpus-heldout, kept apart from all tuning), whose figures docs/BENCHMARKS.md records. Prints right /
 * cannot tell / wrong per language and class, and writes the evidence to target/ (with each size's time and count).
 * -Dcomplexity.only=PROBLEM measures that problem's folder alone.
 */
@QuarkusTest
class ComplexityCorpusTest {

    static final Path TUNING = Path.of("src/test/resources/complexity-corpus");
    static final Path HELD_OUT = Path.of("src/test/resources/complexity-corpus-heldout");
    /** Regression guard below the measured share of right answers (docs/BENCHMARKS.md), so noise alone cannot fail it. */
    static final double RIGHT_FLOOR = 0.8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int HEAP_MB = 64;
    /**
     * The timed run only checks that the counts explain the times (hidden work): short rounds, three per size as a score
     * times each size, so that one round a JIT compile or the host took does not stand for its size. No memory call
     * per size: the growth rule does not read memory, and those calls were a tenth of the test's time.
     */
    private static final int TIMED_BATCH_MS = 10;
    private static final int TIMED_ROUNDS = 3;

    record Entry(String problem, Language language, String name, ComplexityClass label, String source) {
    }

    /** What the scores' rule said of one solution, with its evidence. */
    record Outcome(Entry entry, Growth growth, ObjectNode evidence, String note) {
        boolean right() {
            return growth != null && growth.certain() && growth.classes().get(0) == entry.label();
        }

        boolean cannotTell() {
            return growth != null && !growth.certain() && growth.classes().contains(entry.label());
        }

        boolean wrong() {
            return !right() && !cannotTell();
        }
    }

    @Inject
    Sandbox sandbox;

    @Inject
    SandboxConfig config;

    @Inject
    PerfInputs perfInputs;

    @Test
    void theClassifierNamesTheGrowthOfRealSolutionsOrSaysItCannotTell() throws Exception {
        List<Outcome> heldOut = corpus(HELD_OUT);
        // the tuning corpus on request (-Dcomplexity.corpus=all): the held-out part is the one that says how good the rule is
        List<Outcome> tuning = "all".equals(System.getProperty("complexity.corpus")) ? corpus(TUNING) : List.of();
        report("held-out", heldOut);
        if (!tuning.isEmpty()) report("tuning", tuning);
        dump(heldOut, tuning);
        if (System.getProperty("complexity.only") == null) assertThat(heldOut).hasSizeGreaterThanOrEqualTo(98);
        assertThat(heldOut.stream().filter(o -> o.wrong() && o.growth() != null && o.growth().certain()))
                .as("wrong with confidence (held-out)").isEmpty();
        assertThat(heldOut.stream().filter(Outcome::right).count() / (double) heldOut.size()).isGreaterThanOrEqualTo(RIGHT_FLOOR);
        if (!tuning.isEmpty()) {
            assertThat(tuning.stream().filter(Outcome::right).count() / (double) tuning.size()).isGreaterThanOrEqualTo(RIGHT_FLOOR);
        }
    }

    private List<Outcome> corpus(Path root) throws Exception {
        List<Path> problems;
        try (Stream<Path> dirs = Files.list(root)) {
            String only = System.getProperty("complexity.only", "");
            problems = dirs.filter(Files::isDirectory).filter(d -> only.isEmpty() || d.getFileName().toString().equals(only))
                    .sorted().toList();
        }
        // every problem's inputs first, as many problems at a time as there are cores: nothing is timed while they are made
        List<Inputs> inputs = OnEveryCore.map(problems, problem -> {
            try {
                return inputs(root, problem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            Inputs in = inputs.get(i);
            for (Language language : Language.values()) {
                List<Entry> entries = entries(problems.get(i), language);
                if (!entries.isEmpty()) outcomes.addAll(measure(language, in.spec(), in.sizes(), in.timed(), in.counted(), entries));
            }
        }
        return outcomes;
    }

    /** A problem's inputs at its sizes: seed 1's for the timed run, seeds 1-3 for counting. */
    record Inputs(String spec, List<Long> sizes, List<String> timed, PerfInputs.Counted counted) {
    }

    private Inputs inputs(Path root, Path problem) throws IOException {
        JsonNode meta = JSON.readTree(problem.resolve("problem.json").toFile());
        List<Long> sizes = new ArrayList<>();
        meta.path("sizes").forEach(n -> sizes.add(n.asLong()));
        String generator = Files.readString(problem.resolve("generator.py"));
        String version = root.getFileName() + "/" + problem.getFileName();
        // the counted seeds first, all in one sandbox: seed 1's inputs, the timed run's, are then kept
        PerfInputs.Counted counted = perfInputs.forCounting(version, generator, sizes);
        return new Inputs(meta.path("spec").toString(), sizes, perfInputs.forSizes(version, generator, sizes), counted);
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

    private List<Outcome> measure(Language language, String spec, List<Long> sizes, List<String> inputs, PerfInputs.Counted countInputs,
                                  List<Entry> entries) {
        Toolchain toolchain = Toolchain.of(language);
        long inputBytes = inputs.stream().mapToLong(String::length).sum() + countInputs.inputs().stream().mapToLong(String::length).sum();
        int memoryMb = entries.size() * toolchain.containerMemoryMb(HEAP_MB) + (int) (inputBytes >> 20) + 64;
        List<Outcome> out = new ArrayList<>();
        try (SandboxContainer box = sandbox.start(toolchain.image(config), memoryMb, 32L * entries.size() + 16)) {
            box.upload(PerfInputs.files(inputs));
            box.upload(PerfInputs.files("count", countInputs.inputs()));
            List<Entry> compiled = new ArrayList<>();
            List<List<String>> timed = new ArrayList<>();
            List<List<String>> counting = new ArrayList<>();
            List<String> paths = PerfInputs.paths(inputs.size());
            for (int i = 0; i < entries.size(); i++) {
                Workspace ws = Workspace.candidate("c" + i);
                RunReport built = toolchain.prepare(box.runner(), ws, Mode.SIGNATURE, entries.get(i).source(), spec, 60_000);
                String error = Compiler.diagnostics(toolchain, ws, built);
                if (error != null) {
                    out.add(new Outcome(entries.get(i), null, null, "does not compile: " + error));
                    continue;
                }
                compiled.add(entries.get(i));
                timed.add(toolchain.serveCommand(ws, HEAP_MB, paths));
                counting.add(toolchain.countCommand(ws, HEAP_MB, PerfInputs.paths("count", countInputs.inputs().size())));
            }
            // as in a score, the counting programs run side by side; the timed run gets one core back
            Measurement counted = Interleave.count(box, counting, counting.stream().map(c -> RunnerSession.User.CANDIDATE).toList(),
                    countInputs.sizes(), Interleave.Settings.counting(language), config.cpus());
            Measurement times = Interleave.run(box, timed, sizes,
                    new Interleave.Settings(TIMED_ROUNDS, 1, TIMED_ROUNDS, TIMED_BATCH_MS, language == Language.JAVA ? 300 : 20, 2000)
                            .withoutMemory());
            // the control, as a score's reference: the problem's first solution of its lowest class
            ComplexityClass lowest = compiled.stream().map(Entry::label).min(Enum::compareTo).orElseThrow();
            int control = compiled.indexOf(compiled.stream().filter(e -> e.label() == lowest).findFirst().orElseThrow());
            Double controlSlope = GrowthDecision.timePerUnitSlope(counted.counts(control), Measurement.curve(List.of(times), control));
            for (int p = 0; p < compiled.size(); p++) {
                ObjectNode evidence = JSON.createObjectNode();
                Growth growth = GrowthDecision.decide(counted.counts(p), Measurement.curve(List.of(times), p),
                        p == control ? null : controlSlope, "submission", evidence);
                ArrayNode perSize = evidence.putArray("timesAndCounts"); // what the hidden-work rule compared
                for (ComplexityFit.Point t : Measurement.curve(List.of(times), p)) {
                    List<Double> at = counted.counts(p).stream().filter(c -> c.n() == t.n()).map(ComplexityFit.Point::seconds).toList();
                    perSize.addObject().put("n", (long) t.n()).put("seconds", t.seconds()).put("count", at.isEmpty() ? null : Stats.median(at));
                }
                Measurement.Program program = counted.programs().get(p);
                String note = program.ok() ? "" : "counting " + program.status() + " " + program.failure();
                out.add(new Outcome(compiled.get(p), growth, evidence, note));
            }
        }
        return out;
    }

    private static void report(String corpus, List<Outcome> outcomes) {
        System.out.println("complexity corpus (" + corpus + "):");
        for (Outcome o : outcomes) {
            JsonNode g = o.evidence() == null ? JSON.createObjectNode() : o.evidence().path("growth");
            JsonNode lf = g.path("logFactor");
            System.out.printf("  %-11s %-22s %-7s %-34s label %-10s said %-22s %-6s log factor %s %s%n",
                    o.right() ? "ok" : o.cannotTell() ? "CANNOT TELL" : "WRONG", o.entry().problem(), o.entry().language().id(),
                    o.entry().name(), o.entry().label().label(), o.growth() == null ? "-" : o.growth().label(),
                    g.path("measure").asText("-"),
                    lf.isMissingNode() ? "-" : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", lf.path("estimate").asDouble(),
                            lf.path("low").asDouble(), lf.path("high").asDouble()), o.note());
        }
        for (Language language : Language.values()) {
            for (ComplexityClass c : ComplexityClass.values()) {
                List<Outcome> mine = outcomes.stream().filter(o -> o.entry().language() == language && o.entry().label() == c).toList();
                if (mine.isEmpty()) continue;
                System.out.printf("complexity corpus (%s) [%s %s]: right %d, cannot tell %d, wrong %d of %d%n", corpus, language.id(),
                        c.label(), mine.stream().filter(Outcome::right).count(), mine.stream().filter(Outcome::cannotTell).count(),
                        mine.stream().filter(Outcome::wrong).count(), mine.size());
            }
            List<Outcome> mine = outcomes.stream().filter(o -> o.entry().language() == language).toList();
            System.out.printf("complexity corpus (%s) [%s]: right %d/%d = %.1f%%, cannot tell %d, wrong %d%n", corpus, language.id(),
                    mine.stream().filter(Outcome::right).count(), mine.size(),
                    100.0 * mine.stream().filter(Outcome::right).count() / Math.max(1, mine.size()),
                    mine.stream().filter(Outcome::cannotTell).count(), mine.stream().filter(Outcome::wrong).count());
        }
        long right = outcomes.stream().filter(Outcome::right).count();
        System.out.printf("complexity corpus (%s): right %d/%d = %.1f%%, cannot tell %d, wrong %d%n", corpus, right, outcomes.size(),
                100.0 * right / outcomes.size(), outcomes.stream().filter(Outcome::cannotTell).count(),
                outcomes.stream().filter(Outcome::wrong).count());
    }

    private static void dump(List<Outcome> heldOut, List<Outcome> tuning) throws IOException {
        ArrayNode dump = JSON.createArrayNode();
        for (List<Outcome> corpus : List.of(heldOut, tuning)) {
            for (Outcome o : corpus) {
                ObjectNode row = dump.addObject().put("corpus", corpus == heldOut ? "held-out" : "tuning")
                        .put("problem", o.entry().problem()).put("language", o.entry().language().id())
                        .put("solution", o.entry().name()).put("label", o.entry().label().label())
                        .put("said", o.growth() == null ? null : o.growth().label()).put("note", o.note());
                if (o.evidence() != null) row.set("evidence", o.evidence());
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/complexity-corpus.json"), dump.toPrettyString());
    }
}
