package dev.arbiter.lang;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Python 3: a syntax check, then the harness (signature and design problems) or the script itself (stdio). */
public final class PythonToolchain implements Toolchain {

    static final String HARNESS = "/opt/arbiter/python/harness.py";
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

    @Override
    public List<String> runCommand(String dir, String mode, String source, int memoryMb) {
        if ("stdio".equals(mode)) {
            return List.of("python3", "-S", "/work/" + dir + "/src/solution.py");
        }
        return List.of("python3", HARNESS, "/work/" + dir + "/spec.json", "/work/" + dir + "/src/solution.py");
    }

    @Override
    public List<String> benchCommand(String dir, int memoryMb, int repeats) {
        return List.of("python3", HARNESS, "--bench", "/work/" + dir + "/spec.json", "/work/" + dir + "/src/solution.py",
                String.valueOf(repeats));
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
