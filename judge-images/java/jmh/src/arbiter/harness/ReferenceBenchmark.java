package arbiter.harness;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link SolutionBenchmark} with JMH on each input file in turn (one forked JVM each) and writes
 * [{"input", "nsPerOp", "nsError", "bytesPerOp"}] to fd 3.
 * Usage: java -cp CLASSES:harness.jar:jmh/* arbiter.harness.ReferenceBenchmark SPEC HEAP_MB INPUT...
 */
public final class ReferenceBenchmark {

    private ReferenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: arbiter.harness.ReferenceBenchmark SPEC HEAP_MB INPUT...");
            System.exit(Main.EXIT_HARNESS);
        }
        String heap = "-Xmx" + Integer.parseInt(args[1]) + "m";
        String[] inputs = Arrays.copyOfRange(args, 2, args.length);
        Options options = new OptionsBuilder()
                .include(SolutionBenchmark.class.getName() + ".solve")
                .param("spec", args[0])
                .param("input", inputs)
                .jvmArgs(heap, "-Xss64m", "-XX:+UseSerialGC", "-XX:-UsePerfData")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .output("/tmp/jmh.log")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<Object> out = new ArrayList<>();
        for (RunResult run : results) {
            Result<?> time = run.getPrimaryResult();
            Result<?> bytes = run.getSecondaryResults().get("gc.alloc.rate.norm");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("input", run.getParams().getParam("input"));
            row.put("nsPerOp", time.getScore());
            row.put("nsError", Double.isNaN(time.getScoreError()) ? 0.0 : time.getScoreError());
            row.put("bytesPerOp", bytes == null ? null : bytes.getScore());
            out.add(row);
        }
        StringBuilder json = new StringBuilder();
        Json.write(out, json);
        try (OutputStream result = new FileOutputStream("/proc/self/fd/3")) {
            result.write(json.toString().getBytes(StandardCharsets.UTF_8));
        }
        System.exit(0);
    }
}
