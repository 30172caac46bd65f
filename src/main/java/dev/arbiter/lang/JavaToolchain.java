package dev.arbiter.lang;

import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunnerSession;
import dev.arbiter.sandbox.SandboxConfig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Java 17. Signature and design problems: one worker JVM compiles the solution in memory and runs every test with
 * the candidate's classes loaded afresh (judge-images/java/harness Worker). Stdio programs: compiled to class
 * files, then a JVM of their own per test.
 */
public final class JavaToolchain implements Toolchain {

    /** Prepended on line 1 without a newline, so the candidate's line numbers stay exactly as written. */
    static final String IMPLICIT_IMPORTS =
            "import java.util.*;import java.util.function.*;import java.util.stream.*;import java.math.*;";
    static final String HARNESS_JAR = "/opt/arbiter/java/harness.jar";
    static final String JMH_JARS = "/opt/arbiter/java/jmh/*";
    /** The bytecode-counting agent (judge-images/java/count), on the boot class path so the JDK's classes reach it. */
    static final String COUNT_AGENT = "/opt/arbiter/java/count.jar";
    /** The JDK's counted classes, instrumented when the image was built: the agent need not run ASM over them. */
    static final String PRECOUNTED = "/opt/arbiter/java/precounted.bin";
    /**
     * The JDK's random generators rewritten when the image was built (the agent's seeds mode): a timed JVM's unseeded
     * random numbers come from seeds the serve harness sets before each timed call.
     */
    static final String PRESEEDED = "/opt/arbiter/java/preseeded.bin";
    /** The worker's class-data archive (judge-images/java/Dockerfile): javac and the harness start pre-parsed. */
    static final String WORKER_ARCHIVE = "/opt/arbiter/java/worker.jsa";
    private static final Pattern PUBLIC_CLASS = Pattern.compile("public\\s+(?:final\\s+|abstract\\s+)*class\\s+(\\w+)");
    private static final Pattern ANY_CLASS = Pattern.compile("\\bclass\\s+(\\w+)");
    private static final Pattern MAIN_METHOD = Pattern.compile("static\\s+void\\s+main\\s*\\(");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;");
    static final int OVERHEAD_MB = 160;

    @Override
    public Language language() {
        return Language.JAVA;
    }

    @Override
    public String image(SandboxConfig config) {
        return config.javaImage();
    }

    @Override
    public int containerMemoryMb(int problemMemoryMb) {
        return problemMemoryMb + OVERHEAD_MB;
    }

    @Override
    public Map<String, byte[]> sourceFiles(Workspace ws, Mode mode, String source) {
        String text = stdio(mode) ? source : IMPLICIT_IMPORTS + source;
        return Map.of(ws.source(fileClass(mode, source) + ".java"), text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public RunReport prepare(RunnerSession runner, Workspace ws, Mode mode, String source, String specJson, int cpuMs) {
        put(runner, ws, mode, source, specJson);
        List<String> compile = jvm(256, List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + WORKER_ARCHIVE),
                HARNESS_JAR, "arbiter.harness.Worker", "--compile", ws.source(fileClass(mode, source) + ".java"), ws.compiled());
        RunReport compiled = runner.exec(compile, RunLimits.forCpu(cpuMs, 1 << 20), ws.runs(), null);
        if (ws.sealsBuild() && Integer.valueOf(0).equals(compiled.exitCode())) {
            // nothing of the program has run yet: the compiler's output is javac's own
            unpack(runner, ws, pack(runner, ws.compiled(), ws.runs()));
        }
        return compiled;
    }

    /** The class files, as a tar archive. */
    @Override
    public byte[] packBuild(RunnerSession runner, Workspace ws) {
        return pack(runner, ws.classes(), ws.runs());
    }

    @Override
    public void restore(RunnerSession runner, Workspace ws, Mode mode, String source, String specJson, byte[] build) {
        Toolchain.super.restore(runner, ws, mode, source, specJson, build);
        unpack(runner, ws, build);
    }

    /** A directory as a tar archive, packed by {@code user} (base64 on the way out: a run's output is text). */
    private static byte[] pack(RunnerSession runner, String dir, RunnerSession.User user) {
        RunReport packed = runner.exec(List.of("sh", "-c", "cd \"$0\" && tar cf - . | base64 -w0", dir),
                RunLimits.forCpu(10_000, 64 << 20), user, null);
        if (!Integer.valueOf(0).equals(packed.exitCode())) {
            throw new IllegalStateException("could not pack " + dir + ": " + packed.stderr());
        }
        return java.util.Base64.getDecoder().decode(packed.stdout().trim());
    }

    /** The archived class files put into the workspace's {@link Workspace#classes()}, owned as its files are. */
    private static void unpack(RunnerSession runner, Workspace ws, byte[] build) {
        String archive = ws.root() + "/build.tar";
        runner.put(archive, build, ws.files());
        RunReport unpacked = runner.exec(List.of("sh", "-c",
                "mkdir -p \"$1\" && tar xf \"$0\" -C \"$1\" --no-same-owner --no-same-permissions && rm \"$0\"",
                archive, ws.classes()), RunLimits.forCpu(10_000, 1 << 20), ws.files(), null);
        if (!Integer.valueOf(0).equals(unpacked.exitCode())) {
            throw new IllegalStateException("could not put the build into " + ws.classes() + ": " + unpacked.stderr());
        }
    }

    @Override
    public Program install(RunnerSession runner, Mode mode, String source, String specJson, int memoryMb, int compileCpuMs) {
        Workspace ws = Workspace.SUBMISSION;
        RunLimits start = RunLimits.forCpu(compileCpuMs, 1 << 20);
        if (stdio(mode)) {
            RunReport compiled = prepare(runner, ws, mode, source, specJson, compileCpuMs);
            return new ExecProgram(runner, compiled, jvm(memoryMb, List.of("-Xss32m"), ws.classes(), fileClass(mode, source)));
        }
        put(runner, ws, mode, source, specJson);
        List<String> worker = jvm(memoryMb, List.of("-Xss8m", "-XX:SharedArchiveFile=" + WORKER_ARCHIVE), HARNESS_JAR,
                "arbiter.harness.Worker", ws.spec(), ws.source(fileClass(mode, source) + ".java"));
        return new WorkerProgram(runner, RunnerSession.WorkerKind.JVM, worker, start);
    }

    private void put(RunnerSession runner, Workspace ws, Mode mode, String source, String specJson) {
        sourceFiles(ws, mode, source).forEach((path, bytes) -> runner.put(path, bytes, ws.files()));
        runner.put(ws.spec(), specJson.getBytes(StandardCharsets.UTF_8), ws.files());
    }

    private static List<String> jvm(int heapMb, List<String> flags, String classpath, String... mainAndArgs) {
        List<String> out = new ArrayList<>(List.of("java", "-Xmx" + heapMb + "m", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-XX:CICompilerCount=2", "-Xshare:auto"));
        out.addAll(flags);
        out.add("-cp");
        out.add(classpath);
        out.addAll(List.of(mainAndArgs));
        return out;
    }

    @Override
    public List<String> serveCommand(Workspace ws, int memoryMb, List<String> inputs) {
        // C2 only, compiling in the foreground (-Xbatch): the compiled code no longer depends on how far the program
        // ran while a background compile was in flight, which split identical runs into modes ~10 % apart
        // (docs/BENCHMARKS.md: ten scores of a HashMap-heavy solution within 3.0 % instead of 12 %)
        return serve(ws, memoryMb, List.of("-XX:-TieredCompilation", "-Xbatch"), inputs, true);
    }

    /**
     * Bytecode-interpreted (-Xint): compiled code spends its time waiting on memory once tables leave the caches,
     * which bends an O(n) hash solution's curve like a log factor; interpreted, a call's time follows the bytecodes
     * it runs (docs/PERFORMANCE.md, "Growth").
     */
    @Override
    public Optional<List<String>> growthCommand(Workspace ws, int memoryMb, List<String> inputs) {
        return Optional.of(serve(ws, memoryMb, List.of("-Xint"), inputs, true));
    }

    /**
     * With the counting agent, compiled as usual: the agent leaves methods the JIT may replace by intrinsics
     * uncounted, so what is compiled when does not change a count. Reflection builds its bytecode accessor for the
     * candidate's method at the first call (the uncounted check) instead of the sixteenth: building it ran about 56,000
     * counted JDK bytecodes inside whichever count came sixteenth, 14,000 times the work of a + b (docs/PERFORMANCE.md).
     */
    @Override
    public List<String> countCommand(Workspace ws, int memoryMb, List<String> inputs) {
        return serve(ws, memoryMb, List.of("-Dsun.reflect.noInflation=true", "-Xbootclasspath/a:" + COUNT_AGENT,
                "-javaagent:" + COUNT_AGENT + "=" + PRECOUNTED), inputs, false);
    }

    /**
     * A fixed heap, pre-touched where calls are timed: its resizing and first-touch page faults would be noise in the
     * timings. A count does not see them. The timed heap asks for transparent huge pages: a first touch of each 4 KiB
     * page costs about 11 us in this project's VM, and pre-touching 256 MB took 0.65-0.95 s of each JVM's start, two
     * of them one after the other on the timed CPU in every fork; in 2 MiB pages 0.2-0.35 s (docs/PERFORMANCE.md).
     * Where the kernel offers none, the JVM warns on its standard output, which nothing reads, and runs as before.
     * A timed JVM starts on every CPU, beside the other, and is moved onto the timed one when it is ready
     * (judge-images/interleave); it is told of one processor, as it saw when it started there, so its sizing (and
     * what {@code availableProcessors()} tells the solution) stays what it was. Timed calls run with the agent in its
     * seeds mode: the nth timed call of an input draws the same random numbers in every fork and every rescoring
     * (quickselect's pivots; judge-images/java/harness TimedSeeds); it adds about 27 ms to a JVM's start.
     */
    private static List<String> serve(Workspace ws, int memoryMb, List<String> execution, List<String> inputs, boolean timed) {
        List<String> out = new ArrayList<>(List.of("java", "-Xmx" + memoryMb + "m", "-Xms" + memoryMb + "m"));
        if (timed) {
            out.addAll(List.of("-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages", "-XX:ActiveProcessorCount=1",
                    "-Xbootclasspath/a:" + COUNT_AGENT, "-javaagent:" + COUNT_AGENT + "=seeds:" + PRESEEDED));
        }
        out.addAll(List.of("-Xss64m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:CICompilerCount=2"));
        out.addAll(execution);
        out.addAll(List.of("-cp", ws.classes() + ":" + HARNESS_JAR, "arbiter.harness.Serve", ws.spec()));
        out.addAll(inputs);
        return out;
    }

    @Override
    public Optional<List<String>> jmhCommand(Workspace ws, int memoryMb, List<String> inputs) {
        List<String> out = new ArrayList<>(List.of("java", "-Xmx64m", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-cp", ws.classes() + ":" + HARNESS_JAR + ":" + JMH_JARS, "arbiter.harness.ReferenceBenchmark",
                ws.spec(), String.valueOf(memoryMb)));
        out.addAll(inputs);
        return Optional.of(out);
    }

    @Override
    public String cleanDiagnostics(Workspace ws, String output) {
        return output.replace(ws.root() + "/src/", "");
    }

    @Override
    public boolean outOfMemory(String stderr) {
        // "unable to create native thread" is the process limit (too many threads), not memory
        return stderr.contains("java.lang.OutOfMemoryError") && !stderr.contains("native thread");
    }

    @Override
    public List<String> ownFrames(String stderr) {
        return stderr.lines().map(String::strip).filter(l -> l.startsWith("at ") && l.contains(".java:")).toList();
    }

    /** A package line cannot work in the judge's single-file layout; say so instead of a confusing error. */
    public static Optional<String> unsupported(String source) {
        Matcher m = PACKAGE.matcher(source);
        return m.find() ? Optional.of("Remove the package declaration: solutions live in the default package")
                : Optional.empty();
    }

    static String fileClass(Mode mode, String source) {
        Matcher m = PUBLIC_CLASS.matcher(source);
        if (m.find()) return m.group(1);
        return stdio(mode) ? mainClass(source) : "Solution";
    }

    /** A stdio program's class (Kattis names it freely): the outermost class whose body holds main, else Main. */
    static String mainClass(String source) {
        Matcher main = MAIN_METHOD.matcher(source);
        if (!main.find()) return "Main";
        Matcher c = ANY_CLASS.matcher(source);
        while (c.find() && c.start() < main.start()) {
            int open = source.indexOf('{', c.end());
            if (open < 0) break;
            int depth = 0;
            int i = open;
            for (; i < source.length(); i++) {
                if (source.charAt(i) == '{') depth++;
                if (source.charAt(i) == '}' && --depth == 0) break;
            }
            if (open < main.start() && main.start() < i) return c.group(1);
        }
        return "Main";
    }

    private static boolean stdio(Mode mode) {
        return mode == Mode.STDIO;
    }
}
