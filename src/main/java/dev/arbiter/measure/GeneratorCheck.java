package dev.arbiter.measure;

import dev.arbiter.common.OnEveryCore;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Checks a package's generator.py in the Python sandbox, for `validate` and for a Git source's sync before it publishes: the same arguments give the same output, and, where the
 * problem has perf sizes, every seed a score counts on gives a longer input at the largest size than at the smallest.
 * A seed whose input does not grow makes a third of the counted inputs flat, and the growth fit over all of them then
 * names a class below the true one for every submission and the reference alike: a level-order tree generator whose
 * seed 2 drew an empty first row gave a one-node tree at every SIZE, and every score of that problem said
 * "O(1) or O(log n)".
 */
@ApplicationScoped
public class GeneratorCheck {

    public enum Result { ABSENT, DETERMINISTIC, NOT_DETERMINISTIC, IGNORES_SIZE, FAILED }

    /** The result and, where it is a failure, what showed it. */
    public record Outcome(Result result, String detail) {
        public boolean ok() {
            return result == Result.ABSENT || result == Result.DETERMINISTIC;
        }
    }

    private final Sandbox sandbox;
    private final SandboxConfig config;

    public GeneratorCheck(Sandbox sandbox, SandboxConfig config) {
        this.sandbox = sandbox;
        this.config = config;
    }

    /** A package's generator.py (null where it has none) and the perf sizes scores generate it at. */
    public record Generator(String source, List<Integer> perfSizes) {
    }

    /**
     * Each generator checked in a sandbox of its own, as many at once as there are cores: nothing is timed, so they
     * need not wait for one another (eight seed problems: 7.6 s one after another, 5.3 s two at a time). Outcomes in order.
     */
    public List<Outcome> checkAll(List<Generator> generators) {
        return OnEveryCore.map(generators, g -> check(g.source(), g.perfSizes()));
    }

    /** generatorSource: the package's generator.py, or null where it has none. */
    public Outcome check(String generatorSource, List<Integer> perfSizes) {
        if (generatorSource == null) return new Outcome(Result.ABSENT, null);
        try (SandboxContainer box = sandbox.start(config.pythonImage(), 512)) {
            box.upload(Map.of("gen/generator.py", generatorSource.getBytes(StandardCharsets.UTF_8)));
            RunReport first = generate(box, 1000, 7);
            RunReport second = generate(box, 1000, 7);
            if (!first.exitedCleanly() || !second.exitedCleanly()) return new Outcome(Result.FAILED, "SIZE 1000, seed 7");
            if (!first.stdout().equals(second.stdout())) return new Outcome(Result.NOT_DETERMINISTIC, "SIZE 1000, seed 7");
            if (perfSizes.size() < 2) return new Outcome(Result.DETERMINISTIC, null);
            int smallest = Collections.min(perfSizes);
            int largest = Collections.max(perfSizes);
            for (int seed = PerfInputs.SEED; seed < PerfInputs.SEED + PerfInputs.COUNTED_SEEDS; seed++) {
                RunReport small = generate(box, smallest, seed);
                RunReport large = generate(box, largest, seed);
                if (!small.exitedCleanly() || !large.exitedCleanly()) {
                    return new Outcome(Result.FAILED, "SIZE " + (small.exitedCleanly() ? largest : smallest) + ", seed " + seed);
                }
                int smallBytes = small.stdout().length();
                int largeBytes = large.stdout().length();
                if (largeBytes <= smallBytes) {
                    return new Outcome(Result.IGNORES_SIZE, String.format("seed %d gives %d bytes at SIZE %d and %d at SIZE %d: "
                            + "scores count on seeds %d-%d, and each seed's input must grow with SIZE", seed, smallBytes, smallest,
                            largeBytes, largest, PerfInputs.SEED, PerfInputs.SEED + PerfInputs.COUNTED_SEEDS - 1));
                }
            }
            return new Outcome(Result.DETERMINISTIC, null);
        }
    }

    /** "generator.py ignores size: seed 2 gives ...": a validate line's words, or a sync failure's reason. */
    public static String describe(Outcome outcome) {
        return "generator.py " + outcome.result().name().toLowerCase().replace('_', ' ')
                + (outcome.detail() == null || outcome.ok() ? "" : ": " + outcome.detail());
    }

    private RunReport generate(SandboxContainer box, int size, int seed) {
        return box.run(List.of("python3", "/work/gen/generator.py", String.valueOf(size), String.valueOf(seed)),
                RunLimits.forCpu(20_000, config.outputBytes()), null);
    }
}
