package dev.arbiter.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.judge.JudgeWorkers;
import dev.arbiter.lang.Compiler;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.lang.Workspace;
import dev.arbiter.measure.ComplexityFit;
import dev.arbiter.measure.Interleave;
import dev.arbiter.measure.Measurement;
import dev.arbiter.measure.PerfInputs;
import dev.arbiter.measure.Preemption;
import dev.arbiter.measure.Stats;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * Benchmarks a reference solution on the problem's scaling inputs in its judge image: Java with JMH (time per
 * call, and gc.alloc.rate.norm bytes per call), Python with repeated timing (interleave with one program; the
 * tracemalloc peak of a separate call). The result is JSON: method, solution, complexity, points, fit.
 */
@ApplicationScoped
public class ReferenceBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Alone in its sandbox: a program of the sandbox's usual user. */
    private static final Workspace WS = Workspace.candidate("ref");
    /** Heap of the JMH runner process, next to the forked benchmark JVM. */
    private static final int RUNNER_MB = 128;

    /** A reference timing: at size n, nsPerOp +- nsError, with bytesPerOp allocated (Java) or peak (Python). */
    public record Point(long n, double nsPerOp, double nsError, double bytesPerOp) {
    }

    public record Job(Language language, String solutionName, String source, String specJson, int memoryMb,
                      List<Long> sizes, String problemVersion, String generatorSource, String declaredComplexity) {
    }

    private final Sandbox sandbox;
    private final SandboxConfig config;
    private final PerfInputs perfInputs;
    private final JudgeWorkers workers;

    public ReferenceBenchmark(Sandbox sandbox, SandboxConfig config, PerfInputs perfInputs, JudgeWorkers workers) {
        this.workers = workers;
        this.sandbox = sandbox;
        this.config = config;
        this.perfInputs = perfInputs;
    }

    /** The benchmark as JSON for the calibration record. */
    public String run(Job job) {
        Toolchain toolchain = Toolchain.of(job.language());
        List<String> inputs = perfInputs.forSizes(job.problemVersion(), job.generatorSource(), job.sizes());
        long inputBytes = inputs.stream().mapToLong(String::length).sum();
        int memoryMb = toolchain.containerMemoryMb(job.memoryMb()) + RUNNER_MB + (int) (inputBytes >> 20) + 16;
        List<Point> points;
        List<ComplexityFit.Point> growth;
        try (SandboxContainer box = sandbox.start(toolchain.image(config), memoryMb);
             // verdicts first: the benchmark pauses while a user's submission waits or is being judged here
             Preemption preemption = new Preemption(box, workers::verdictsPending)) {
            RunReport built = toolchain.prepare(box.runner(), WS, Mode.SIGNATURE, job.source(), job.specJson(), 30_000);
            String error = Compiler.diagnostics(toolchain, WS, built);
            if (error != null) throw new IllegalStateException("the reference does not compile: " + error);
            box.upload(PerfInputs.files(inputs));
            List<String> paths = PerfInputs.paths(inputs.size());
            var jmh = toolchain.jmhCommand(WS, job.memoryMb(), paths);
            points = jmh.isPresent() ? jmh(box, jmh.get(), paths, job.sizes()) : timing(box, toolchain, job, paths);
            growth = toolchain.growthCommand(WS, job.memoryMb(), paths).map(c -> growth(box, c, job.sizes())).orElse(null);
        }
        ObjectNode json = json(jmhOr(job.language()), job.solutionName(), points, growth);
        if (job.declaredComplexity() != null) json.put("declaredComplexity", job.declaredComplexity());
        return json.toString();
    }

    private static String jmhOr(Language language) {
        return language == Language.JAVA ? "jmh" : "timing";
    }

    private static List<Point> jmh(SandboxContainer box, List<String> command, List<String> paths, List<Long> sizes) {
        RunReport report = box.run(command, new RunLimits(900_000, 1_200_000, 1 << 20), null);
        if (!report.exitedCleanly()) {
            throw new IllegalStateException("JMH failed (" + report.status() + "): " + report.stderr());
        }
        try {
            List<Point> out = new ArrayList<>();
            for (JsonNode row : JSON.readTree(report.result())) {
                long n = sizes.get(paths.indexOf(row.path("input").asText()));
                out.add(new Point(n, row.path("nsPerOp").asDouble(), row.path("nsError").asDouble(),
                        row.path("bytesPerOp").asDouble()));
            }
            out.sort((a, b) -> Long.compare(a.n(), b.n()));
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable JMH result: " + e.getMessage(), e);
        }
    }

    private static List<Point> timing(SandboxContainer box, Toolchain toolchain, ReferenceBenchmark.Job job, List<String> paths) {
        Interleave.Settings settings = new Interleave.Settings(5, 1, 5, 50, 100, 5000);
        Measurement m = Interleave.run(box, List.of(toolchain.serveCommand(WS, job.memoryMb(), paths)), job.sizes(), settings);
        if (!m.programs().get(0).ok()) {
            throw new IllegalStateException("the reference " + m.programs().get(0).status() + ": " + m.programs().get(0).failure());
        }
        List<Point> out = new ArrayList<>();
        for (Measurement.Size s : m.sizes()) {
            Measurement.Run run = s.runs().get(0);
            List<Double> ns = run.ns().stream().map(Long::doubleValue).toList();
            double error = (Stats.percentile(ns, 0.9) - Stats.percentile(ns, 0.1)) / 2;
            out.add(new Point(s.n(), Stats.median(ns), error, run.bytes()));
        }
        return out;
    }

    /** The reference's growth measurement (Toolchain.growthCommand): seconds per call at the sizes it ran. */
    private static List<ComplexityFit.Point> growth(SandboxContainer box, List<String> command, List<Long> sizes) {
        return Measurement.curve(List.of(Interleave.run(box, List.of(command), sizes, Interleave.Settings.growth())), 0);
    }

    /**
     * complexity and fit: the class of the growth measurement when there is one of at least three sizes
     * (growthMeasure "interpreted", growthPoints), else of the benchmark's points; timedComplexity: the class of the
     * benchmark's points alone.
     */
    static ObjectNode json(String method, String solution, List<Point> points, List<ComplexityFit.Point> growth) {
        ObjectNode root = JSON.createObjectNode().put("method", method).put("solution", solution);
        ArrayNode rows = root.putArray("points");
        List<ComplexityFit.Point> fitPoints = new ArrayList<>();
        for (Point p : points) {
            rows.addObject().put("n", p.n()).put("nsPerOp", p.nsPerOp()).put("nsError", p.nsError()).put("bytesPerOp", p.bytesPerOp());
            fitPoints.add(new ComplexityFit.Point(p.n(), p.nsPerOp() / 1e9));
        }
        if (fitPoints.size() >= 3) root.put("timedComplexity", ComplexityFit.classify(fitPoints).complexity().label());
        boolean fromGrowth = growth != null && growth.size() >= 3;
        root.put("growthMeasure", fromGrowth ? "interpreted" : "timed");
        if (fromGrowth) {
            ArrayNode growthRows = root.putArray("growthPoints");
            growth.forEach(p -> growthRows.addObject().put("n", (long) p.n()).put("seconds", p.seconds()));
        }
        List<ComplexityFit.Point> classed = fromGrowth ? growth : fitPoints;
        if (classed.size() >= 3) {
            ComplexityFit.Result fit = ComplexityFit.classify(classed);
            root.put("complexity", fit.complexity().label());
            root.set("fit", fit.evidence());
        }
        return root;
    }
}
