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

/**
 * Python 3: a fork server (judge-images/python/zygote.py) compiles the solution once and forks a child per test,
 * for signature, design and stdio problems alike. Every interpreter of a program starts with {@code -s}: the user's
 * site-packages lie under its home (/tmp, its own), where an earlier run of the same program could leave a .pth file
 * that Python runs as it starts, and a score starts the submission again and again (docs/SECURITY.md).
 */
public final class PythonToolchain implements Toolchain {

    static final String HARNESS = "/opt/arbiter/python/harness.py";
    static final String ZYGOTE = "/opt/arbiter/python/zygote.py";
    static final String SERVE = "/opt/arbiter/python/serve.py";
    static final int OVERHEAD_MB = 48;

    @Override
    public Language language() {
        return Language.PYTHON;
    }

    @Override
    public String image(SandboxConfig config) {
        return config.pythonImage();
    }

    @Override
    public int containerMemoryMb(int problemMemoryMb) {
        return problemMemoryMb + OVERHEAD_MB;
    }

    @Override
    public Map<String, byte[]> sourceFiles(Workspace ws, Mode mode, String source) {
        return Map.of(ws.source("solution.py"), source.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public RunReport prepare(RunnerSession runner, Workspace ws, Mode mode, String source, String specJson, int cpuMs) {
        put(runner, ws, mode, source, specJson);
        return runner.exec(List.of("python3", "-s", HARNESS, "--check", ws.spec(), ws.source("solution.py")),
                RunLimits.forCpu(cpuMs, 1 << 20), ws.runs(), null);
    }

    /**
     * The problem's memory limit also bounds the data segment (the harness sets it in each test's child), so running
     * out of memory is a MemoryError inside the program, not the kernel killing processes of the sandbox.
     */
    @Override
    public Program install(RunnerSession runner, Mode mode, String source, String specJson, int memoryMb, int compileCpuMs) {
        Workspace ws = Workspace.SUBMISSION;
        put(runner, ws, mode, source, specJson);
        List<String> zygote = List.of("env", "ARBITER_MEMORY_MB=" + memoryMb, "python3", "-s", ZYGOTE,
                mode.usesHarness() ? "harness" : "stdio", ws.spec(), ws.source("solution.py"));
        return new WorkerProgram(runner, RunnerSession.WorkerKind.FORK, zygote, RunLimits.forCpu(compileCpuMs, 1 << 20));
    }

    private void put(RunnerSession runner, Workspace ws, Mode mode, String source, String specJson) {
        sourceFiles(ws, mode, source).forEach((path, bytes) -> runner.put(path, bytes, ws.files()));
        runner.put(ws.spec(), specJson.getBytes(StandardCharsets.UTF_8), ws.files());
    }

    @Override
    public List<String> serveCommand(Workspace ws, int memoryMb, List<String> inputs) {
        // a fixed hash seed: string hashing must not differ between runs of the same measurement
        List<String> out = new ArrayList<>(List.of("env", "PYTHONHASHSEED=0", "python3", "-s", SERVE, ws.spec(),
                ws.source("solution.py")));
        out.addAll(inputs);
        return out;
    }

    @Override
    public List<String> countCommand(Workspace ws, int memoryMb, List<String> inputs) {
        List<String> out = new ArrayList<>(List.of("env", "PYTHONHASHSEED=0", "python3", "-s", SERVE, "--count", ws.spec(),
                ws.source("solution.py")));
        out.addAll(inputs);
        return out;
    }

    @Override
    public Optional<List<String>> growthCommand(Workspace ws, int memoryMb, List<String> inputs) {
        // CPython interprets every bytecode already: its times grow with the work done
        return Optional.empty();
    }

    @Override
    public Optional<List<String>> jmhCommand(Workspace ws, int memoryMb, List<String> inputs) {
        return Optional.empty();
    }

    @Override
    public String cleanDiagnostics(Workspace ws, String output) {
        return output.replace(ws.root() + "/src/", "");
    }

    @Override
    public boolean outOfMemory(String stderr) {
        return stderr.lines().anyMatch(l -> l.strip().startsWith("MemoryError"));
    }

    @Override
    public List<String> ownFrames(String stderr) {
        return stderr.lines().map(String::strip).filter(l -> l.startsWith("File \"solution.py\", line ")).toList();
    }
}
