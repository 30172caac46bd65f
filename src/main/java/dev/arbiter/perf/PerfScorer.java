package dev.arbiter.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an accepted submission against the problem's reference solution in the same container: both run on
 * generated inputs of growing size, interleaved over several rounds, so machine noise hits both alike and the
 * ratio is reproducible where absolute times are not. Also fits both growth classes.
 */
@ApplicationScoped
public class PerfScorer {

    static final int ROUNDS = 3;
    static final int REPEATS = 3;
    static final double NOISY_SPREAD = 0.3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome, ready to store: ratios are submission / reference (1.0 = as fast / as lean). */
    public record Score(Double timeRatio, Double timeSpread, Double memoryRatio, boolean noisy, String complexity,
                        String referenceComplexity, String evidenceJson) {
    }

    /** What the scorer needs to know about the submission and the problem. */
    public record Job(Toolchain toolchain, String submissionDir, String referenceDir, int memoryMb, List<Integer> sizes,
                      String generatorSource) {
    }

    private final Sandbox sandbox;
    private final SandboxConfig config;

    public PerfScorer(Sandbox sandbox, SandboxConfig config) {
        this.sandbox = sandbox;
        this.config = config;
    }

    public Score score(SandboxContainer box, Job job) {
        List<String> inputs = generate(job);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) files.put("perf/" + i + ".in", inputs.get(i).getBytes(StandardCharsets.UTF_8));
        box.upload(files);
        int sizes = inputs.size();
        double[][] mine = new double[ROUNDS][sizes];
        double[][] theirs = new double[ROUNDS][sizes];
        long[] myBytes = new long[sizes];
        long[] theirBytes = new long[sizes];
        int measured = sizes; // the candidate's largest measured size + 1; a timeout ends its measurements
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < measured; i++) {
                boolean referenceFirst = (round + i) % 2 == 1; // alternate who goes first
                double[] pair = new double[2];
                long[] bytes = new long[2];
                for (int k = 0; k < 2; k++) {
                    boolean reference = (k == 0) == referenceFirst;
                    Bench b = bench(box, job, reference ? job.referenceDir() : job.submissionDir(), i);
                    if (b == null) {
                        if (reference) throw new IllegalStateException("the reference solution failed at size " + job.sizes().get(i));
                        measured = i;
                        break;
                    }
                    pair[reference ? 1 : 0] = b.seconds();
                    bytes[reference ? 1 : 0] = b.bytes();
                }
                if (i >= measured) break;
                mine[round][i] = pair[0];
                theirs[round][i] = pair[1];
                myBytes[i] = bytes[0];
                theirBytes[i] = bytes[1];
            }
        }
        return summarize(job, mine, theirs, myBytes, theirBytes, measured);
    }

    private record Bench(double seconds, long bytes) {
    }

    private Bench bench(SandboxContainer box, Job job, String dir, int sizeIndex) {
        RunReport report = box.run(job.toolchain().benchCommand(dir, job.memoryMb(), REPEATS),
                new RunLimits(20_000, 40_000, 1 << 20), "/work/perf/" + sizeIndex + ".in");
        if (!report.exitedCleanly()) return null;
        try {
            JsonNode result = JSON.readTree(report.result());
            double best = Double.MAX_VALUE;
            for (JsonNode ns : result.path("ns")) best = Math.min(best, ns.asDouble());
            return new Bench(best / 1e9, result.path("peak_bytes").asLong());
        } catch (Exception e) {
            return null;
        }
    }

    private List<String> generate(Job job) {
        try (SandboxContainer gen = sandbox.start(config.pythonImage(), 512)) {
            gen.upload(Map.of("gen/generator.py", job.generatorSource().getBytes(StandardCharsets.UTF_8)));
            List<String> inputs = new ArrayList<>();
            for (int size : job.sizes()) {
                RunReport r = gen.run(List.of("python3", "/work/gen/generator.py", String.valueOf(size), "1"),
                        RunLimits.forCpu(20_000, config.outputBytes()), null);
                if (!r.exitedCleanly()) throw new IllegalStateException("generator.py failed at size " + size + ": " + r.stderr());
                inputs.add(r.stdout());
            }
            return inputs;
        }
    }

    private Score summarize(Job job, double[][] mine, double[][] theirs, long[] myBytes, long[] theirBytes, int measured) {
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = Math.max(0, measured - 3); i < measured; i++) ratios.add(mine[round][i] / theirs[round][i]);
        }
        Double timeRatio = measured == 0 ? null : median(ratios);
        Double spread = measured == 0 ? null : (percentile(ratios, 0.9) - percentile(ratios, 0.1)) / timeRatio;
        int last = measured - 1;
        Double memoryRatio = last < 0 ? null : Math.max(1, myBytes[last]) / (double) Math.max(1, theirBytes[last]);
        List<ComplexityFit.Point> myPoints = points(job.sizes(), mine, measured);
        List<ComplexityFit.Point> theirPoints = points(job.sizes(), theirs, measured);
        String complexity = myPoints.size() >= 3 ? ComplexityFit.classify(myPoints).complexity().label() : null;
        String reference = theirPoints.size() >= 3 ? ComplexityFit.classify(theirPoints).complexity().label() : null;
        if (measured < job.sizes().size()) {
            complexity = "worse than " + reference + " (timed out at n = " + job.sizes().get(measured) + ")";
        }
        ObjectNode evidence = JSON.createObjectNode();
        ArrayNode rows = evidence.putArray("points");
        for (int i = 0; i < measured; i++) {
            rows.addObject().put("n", job.sizes().get(i)).put("submission", medianAt(mine, i)).put("reference", medianAt(theirs, i))
                    .put("submissionBytes", myBytes[i]).put("referenceBytes", theirBytes[i]);
        }
        evidence.put("rounds", ROUNDS).put("repeats", REPEATS);
        return new Score(timeRatio, spread, memoryRatio, spread != null && spread > NOISY_SPREAD, complexity, reference,
                evidence.toString());
    }

    private static List<ComplexityFit.Point> points(List<Integer> sizes, double[][] times, int measured) {
        List<ComplexityFit.Point> points = new ArrayList<>();
        for (int i = 0; i < measured; i++) points.add(new ComplexityFit.Point(sizes.get(i), medianAt(times, i)));
        return points;
    }

    private static double medianAt(double[][] times, int i) {
        List<Double> column = new ArrayList<>();
        for (double[] round : times) column.add(round[i]);
        return median(column);
    }

    static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.round(p * (sorted.length - 1))];
    }

    public static List<Integer> parseSizes(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
