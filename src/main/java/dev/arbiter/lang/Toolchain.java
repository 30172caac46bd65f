package dev.arbiter.lang;

import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunnerSession;
import dev.arbiter.sandbox.SandboxConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about one language, as a DMOJ executor has it: its image, how a program is installed, compiled and
 * run in a sandbox (for tests and for measurements), and how its diagnostics read.
 */
public interface Toolchain {

    Language language();

    String image(SandboxConfig config);

    /** Memory of the whole sandbox for a problem memory limit: the runtime's own overhead is added. */
    int containerMemoryMb(int problemMemoryMb);

    /** The source files to write (absolute paths) for the program's source. */
    Map<String, byte[]> sourceFiles(Workspace ws, Mode mode, String source);

    /**
     * Writes the sources and the spec and builds what measurements load (class files in Java, a syntax check in
     * Python). Returns the build's report: exited cleanly, or the diagnostics.
     */
    RunReport prepare(RunnerSession runner, Workspace ws, Mode mode, String source, String specJson, int cpuMs);

    /**
     * What {@link #prepare} built in the workspace, packed for {@link #restore} in another sandbox of the same image:
     * a problem's reference is built once, not for each of its scores. Empty where the build is a check only.
     */
    default byte[] packBuild(RunnerSession runner, Workspace ws) {
        return new byte[0];
    }

    /** As {@link #prepare} left the workspace, with the build {@link #packBuild} packed put back instead of built again. */
    default void restore(RunnerSession runner, Workspace ws, Mode mode, String source, String specJson, byte[] build) {
        sourceFiles(ws, mode, source).forEach((path, bytes) -> runner.put(path, bytes, ws.files()));
        runner.put(ws.spec(), specJson.getBytes(java.nio.charset.StandardCharsets.UTF_8), ws.files());
    }

    /** Writes and compiles the submission and readies it to run tests (a worker that stays up between them). */
    Program install(RunnerSession runner, Mode mode, String source, String specJson, int memoryMb, int compileCpuMs);

    /**
     * The program in serve mode for judge-images/interleave (signature problems): it loads the solution and the
     * inputs, then makes calls on command. Heap and stack as in a test run. Needs {@link #prepare}.
     */
    List<String> serveCommand(Workspace ws, int memoryMb, List<String> inputs);

    /**
     * The program in serve mode for measuring growth rather than speed, when its times in serveCommand follow the
     * memory hierarchy more than the work done: empty when serveCommand's times already follow the work.
     */
    Optional<List<String>> growthCommand(Workspace ws, int memoryMb, List<String> inputs);

    /**
     * The program in serve mode counting the work of a call instead of timing it (`count i`): executed bytecodes (Java,
     * with the counting agent, interpreted) or CPython instructions plus modelled C builtins (judge-images/python/counting.py).
     */
    List<String> countCommand(Workspace ws, int memoryMb, List<String> inputs);

    /** The reference benchmark of the solution on the inputs with JMH, if the language has it (fd 3 gets JSON). */
    Optional<List<String>> jmhCommand(Workspace ws, int memoryMb, List<String> inputs);

    /** Compiler or interpreter output with sandbox paths rewritten to the candidate's file name. */
    String cleanDiagnostics(Workspace ws, String output);

    /** Does the program's stderr say it ran out of memory (its runtime's own error)? */
    boolean outOfMemory(String stderr);

    /** The lines of a stack trace that point into the candidate's own code (shown for secret tests, without data). */
    List<String> ownFrames(String stderr);

    static Toolchain of(Language language) {
        return language == Language.JAVA ? new JavaToolchain() : new PythonToolchain();
    }
}
