package dev.arbiter.measure;

import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scaling inputs of a problem: its generator.py run in the Python sandbox once per size (seed 1). The last
 * few problem versions' inputs are kept, so scoring a run of submissions does not regenerate them each time.
 */
@ApplicationScoped
public class PerfInputs {

    static final int SEED = 1;
    private static final int KEEP = 4;

    private final Sandbox sandbox;
    private final SandboxConfig config;
    private final Map<String, List<String>> recent = new LinkedHashMap<>(KEEP, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > KEEP;
        }
    };

    public PerfInputs(Sandbox sandbox, SandboxConfig config) {
        this.sandbox = sandbox;
        this.config = config;
    }

    /** One input per size; {@code version} names the problem version (the generator and sizes of one hash). */
    public List<String> forSizes(String version, String generatorSource, List<Long> sizes) {
        String key = version + "|" + sizes;
        synchronized (recent) {
            List<String> known = recent.get(key);
            if (known != null) return known;
        }
        List<String> inputs = generate(generatorSource, sizes);
        synchronized (recent) {
            recent.put(key, inputs);
        }
        return inputs;
    }

    /** The files to upload for the inputs: perf/0.in, perf/1.in, ... */
    public static Map<String, byte[]> files(List<String> inputs) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) files.put(path(i), inputs.get(i).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Absolute paths of the uploaded inputs inside the sandbox, in size order. */
    public static List<String> paths(int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add("/work/" + path(i));
        return out;
    }

    private static String path(int i) {
        return "perf/" + i + ".in";
    }

    private List<String> generate(String generatorSource, List<Long> sizes) {
        try (SandboxContainer gen = sandbox.start(config.pythonImage(), 512)) {
            gen.upload(Map.of("gen/generator.py", generatorSource.getBytes(StandardCharsets.UTF_8)));
            List<String> inputs = new ArrayList<>();
            for (long size : sizes) {
                RunReport r = gen.run(List.of("python3", "/work/gen/generator.py", String.valueOf(size), String.valueOf(SEED)),
                        RunLimits.forCpu(20_000, config.outputBytes()), null);
                if (!r.exitedCleanly()) {
                    throw new IllegalStateException("generator.py failed at size " + size + ": " + r.stderr());
                }
                inputs.add(r.stdout());
            }
            return inputs;
        }
    }
}
