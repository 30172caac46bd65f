package arbiter.harness;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * JMH benchmark of one solution's method on one input file: time per call and (with the GC profiler) bytes
 * allocated per call. Receiver and arguments are made fresh before every invocation, outside the measurement,
 * because a call may mutate them (jmh-samples 38); calls take microseconds or more, so the per-invocation setup
 * is cheap by comparison.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 200, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class SolutionBenchmark {

    @Param({""})
    public String spec;

    @Param({""})
    public String input;

    private Main.Call call;
    private Object target;
    private Object[] arguments;

    @Setup(Level.Trial)
    public void load() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(input), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) lines.add(line);
        }
        call = Main.call((Map<?, ?>) Json.parse(Files.readString(Path.of(spec))), lines);
    }

    @Setup(Level.Invocation)
    public void fresh() throws Exception {
        target = call.newTarget();
        arguments = call.arguments().get();
    }

    @Benchmark
    public Object solve() throws Exception {
        return call.method().invoke(target, arguments);
    }
}
