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
 * The scaling inputs of a problem: its generator.py run in the Python sandbox once per size (seed 1) for timing, and
 * with {@link #COUNTED_SEEDS} seeds per size for counting (the work of one input can sit anywhere in its class's
 * range: where a two-pointer walk stops, how many values collide; several inputs per size show the growth under
 * that scatter). The last few problem versions' inputs are kept, so scoring a run of submissions does not
 * regenerate them each time.
 */
@ApplicationScoped
public class PerfInputs {

    public static final int SEED = 1;
    /** Inputs per size for counting: seeds 1, 2, 3 (docs/PERFORMANCE.md has what three did to the held-out corpus). */
    public static final int COUNTED_SEEDS = 3;
    private static final int KEEP = 4 * COUNTED_SEEDS; // four problem versions

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

    /** Inputs to count the work on: {@link #COUNTED_SEEDS} per size, size by size; sizes names each input's size. */
    public record Counted(List<String> inputs, List<Long> sizes) {
    }

    /** One input per size; {@code version} names the problem version (the generator and sizes of one hash). */
    public List<String> forSizes(String version, String generatorSource, List<Long> sizes) {
        return seeded(version, generatorSource, sizes, List.of(SEED)).get(0);
    }

    /** Several inputs per size (seed 1's are {@link #forSizes}'s), for counting. */
    public Counted forCounting(String version, String generatorSource, List<Long> sizes) {
        List<Integer> seeds = new ArrayList<>();
        for (int seed = SEED; seed < SEED + COUNTED_SEEDS; seed++) seeds.add(seed);
        List<List<String>> bySeed = seeded(version, generatorSource, sizes, seeds);
        List<String> inputs = new ArrayList<>();
        List<Long> named = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            for (List<String> seedInputs : bySeed) {
                inputs.add(seedInputs.get(i));
                named.add(sizes.get(i));
            }
        }
        return new Counted(inputs, named);
    }

    /** The inputs of each seed, generated (all missing seeds in one sandbox) where not kept. */
    private List<List<String>> seeded(String version, String generatorSource, List<Long> sizes, List<Integer> seeds) {
        Map<Integer, List<String>> bySeed = new LinkedHashMap<>();
        List<Integer> missing = new ArrayList<>();
        synchronized (recent) {
            for (int seed : seeds) {
                List<String> known = recent.get(version + "|" + sizes + "|" + seed);
                if (known != null) bySeed.put(seed, known);
                else missing.add(seed);
            }
        }
        if (!missing.isEmpty()) {
            List<List<String>> made = generate(generatorSource, sizes, missing);
            synchronized (recent) {
                for (int i = 0; i < missing.size(); i++) {
                    recent.put(version + "|" + sizes + "|" + missing.get(i), made.get(i));
                    bySeed.put(missing.get(i), made.get(i));
                }
            }
        }
        return seeds.stream().map(bySeed::get).toList();
    }

    /** The files to upload for the inputs: perf/0.in, perf/1.in, ... */
    public static Map<String, byte[]> files(List<String> inputs) {
        return files("perf", inputs);
    }

    /** The files to upload for the inputs in a folder of their own: DIR/0.in, DIR/1.in, ... */
    public static Map<String, byte[]> files(String dir, List<String> inputs) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) files.put(path(dir, i), inputs.get(i).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Absolute paths of the uploaded inputs inside the sandbox, in size order. */
    public static List<String> paths(int count) {
        return paths("perf", count);
    }

    /** Absolute paths of inputs uploaded with {@link #files(String, List)}. */
    public static List<String> paths(String dir, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add("/work/" + path(dir, i));
        return out;
    }

    private static String path(String dir, int i) {
        return dir + "/" + i + ".in";
    }

    /** The inputs of every size for each seed, in one sandbox. */
    private List<List<String>> generate(String generatorSource, List<Long> sizes, List<Integer> seeds) {
        try (SandboxContainer gen = sandbox.start(config.pythonImage(), 512)) {
            gen.upload(Map.of("gen/generator.py", generatorSource.getBytes(StandardCharsets.UTF_8)));
            List<List<String>> bySeed = new ArrayList<>();
            for (int seed : seeds) {
                List<String> inputs = new ArrayList<>();
                for (long size : sizes) {
                    RunReport r = gen.run(List.of("python3", "/work/gen/generator.py", String.valueOf(size), String.valueOf(seed)),
                            RunLimits.forCpu(20_000, config.outputBytes()), null);
                    if (!r.exitedCleanly()) {
                        throw new IllegalStateException("generator.py failed at size " + size + " (seed " + seed + "): " + r.stderr());
                    }
                    inputs.add(r.stdout());
                }
                bySeed.add(inputs);
            }
            return bySeed;
        }
    }
}
