package dev.arbiter.lang;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Python 3: a syntax check, then the harness (signature and design problems) or the script itself (stdio). */
public final class PythonToolchain implements Toolchain {

    static final String HARNESS = "/opt/arbiter/python/harness.py";
    static final String SERVE = "/opt/arbiter/python/serve.py";
    static final int OVERHEAD_MB = 48;

    @Override
    public Language language() {
        return Language.PYTHON;
    }

    @Override
    public Map<String, byte[]> sourceFiles(String dir, String mode, String source) {
        return Map.of(dir + "/src/solution.py", source.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<List<String>> compileCommand(String dir, String mode, String source) {
        return Optional.of(List.of("python3", HARNESS, "--check", "/work/" + dir + "/spec.json", "/work/" + dir + "/src/solution.py"));
    }

    /**
     * The problem's memory limit also bounds the data segment (the harness sets it; prlimit for stdio), so running
     * out of memory is a MemoryError inside the program, not the kernel killing processes of the sandbox.
     */
    @Override
    public List<String> runCommand(String dir, String mode, String source, int memoryMb) {
        if ("stdio".equals(mode)) {
            return List.of("prlimit", "--data=" + ((long) memoryMb << 20), "python3", "-S", "/work/" + dir + "/src/solution.py");
        }
        return List.of("env", "ARBITER_MEMORY_MB=" + memoryMb, "python3", HARNESS, "/work/" + dir + "/spec.json",
                "/work/" + dir + "/src/solution.py");
    }

    @Override
    public List<String> serveCommand(String dir, int memoryMb, List<String> inputs) {
        // a fixed hash seed: string hashing must not differ between runs of the same measurement
        List<String> out = new java.util.ArrayList<>(List.of("env", "PYTHONHASHSEED=0", "python3", SERVE,
                "/work/" + dir + "/spec.json", "/work/" + dir + "/src/solution.py"));
        out.addAll(inputs);
        return out;
    }

    @Override
    public Optional<List<String>> growthCommand(String dir, int memoryMb, List<String> inputs) {
        // CPython interprets every bytecode already: its times grow with the work done
        return Optional.empty();
    }

    @Override
    public Optional<List<String>> jmhCommand(String dir, int memoryMb, List<String> inputs) {
        return Optional.empty();
    }

    @Override
    public int containerMemoryMb(int problemMemoryMb) {
        return problemMemoryMb + OVERHEAD_MB;
    }

    @Override
    public String cleanDiagnostics(String dir, String output) {
        return output.replace("/work/" + dir + "/src/", "");
    }
}
