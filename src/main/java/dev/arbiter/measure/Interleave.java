package dev.arbiter.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.lang.Language;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunnerSession.User;
import dev.arbiter.sandbox.SandboxContainer;

import java.util.ArrayList;
import java.util.List;

/** Runs judge-images/interleave in a sandbox over programs in serve mode and reads its report. */
public final class Interleave {

    private static final String BINARY = "/opt/arbiter/interleave";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Interleave.class);

    /**
     * How long to measure: rounds per size (topRounds for the topSizes largest, where time ratios come from), the
     * length of one timed batch, the warm-up at the first size (a JIT compiles there) and the longest call allowed.
     * Counting may end a program's sizes on its work instead ({@code maxCount} units, 0 for none): the first input
     * counted over it is its last.
     */
    public record Settings(int rounds, int topSizes, int topRounds, int batchMs, int warmupMs, int maxCallMs,
                           int countsPerInput, boolean memory, long maxCount) {

        public Settings(int rounds, int topSizes, int topRounds, int batchMs, int warmupMs, int maxCallMs) {
            this(rounds, topSizes, topRounds, batchMs, warmupMs, maxCallMs, 0, true, 0);
        }

        /** Counting instead of timing (countsPerInput > 0): at most that many counted calls per input. */
        public Settings(int rounds, int topSizes, int topRounds, int batchMs, int warmupMs, int maxCallMs, int countsPerInput) {
            this(rounds, topSizes, topRounds, batchMs, warmupMs, maxCallMs, countsPerInput, true, 0);
        }

        /** The same without the memory call per size (a repeated measurement: memory was taken once already). */
        public Settings withoutMemory() {
            return new Settings(rounds, topSizes, topRounds, batchMs, warmupMs, maxCallMs, countsPerInput, false, maxCount);
        }

        /** Scoring: enough rounds at the largest sizes for a stable ratio, few elsewhere (those only draw the curve). */
        public static Settings scoring(Language language) {
            return new Settings(3, 3, 5, 20, language == Language.JAVA ? 300 : 50, 2000);
        }

        /**
         * Growth (Toolchain.growthCommand): the curve's shape only, no ratio, so three rounds everywhere; nothing to
         * warm up in an interpreter, and room for calls that run slower than compiled ones.
         */
        public static Settings growth() {
            return new Settings(3, 1, 3, 20, 50, 3000);
        }

        /**
         * Counting (Toolchain.countCommand) over {@link PerfInputs.Counted} inputs, several per size: the work of one
         * fresh call per input (after one uncounted call, which takes what a process does once out of the counts), or
         * of three where the program is randomised (two counts of the first input differ: its pivots) and a call
         * takes under 100 ms, so the median of nine per size stands for its expected work. A counted call over a
         * second of CPU ends a Java program's sizes there (counting runs several times slower than the program itself).
         * Python's sizes end on work, the same on every machine: the first input counted over {@link #PYTHON_COUNT}
         * units is a program's last. They ended on 250 ms of CPU, which reached one size more or less as the host was
         * quiet or busy (kth-largest's reference 5 or 6 of 8); two seconds of CPU stay as a guard.
         */
        public static Settings counting(Language language) {
            return language == Language.PYTHON
                    ? new Settings(1, 1, 1, 20, 1, 2000, 3, true, PYTHON_COUNT)
                    : new Settings(1, 1, 1, 20, 1, 1000, 3);
        }

        /**
         * Python's counted units per program before its sizes end: 120 to 400 ms of counting in C (20 to 66 million
         * units a second, by the program, on a busy host), and at least what 250 ms of CPU reached there (the last
         * counts kept were 2.4 to 16 million; at 4 million, a held-out sort-then-bisect lost its seventh size and
         * could no longer be told from O(n)). The input that goes over it is kept: it was counted already.
         */
        public static final long PYTHON_COUNT = 8_000_000;
    }

    private Interleave() {
    }

    /**
     * Counts the programs' work ({@link Settings#countsPerInput()} > 0). Nothing is timed, so they count side by side:
     * the sandbox gets {@code cpus} cores per program (as many as the machine has, at most) while they count, and the
     * cores it had back afterwards.
     */
    public static Measurement count(SandboxContainer box, List<List<String>> programs, List<User> users, List<Long> sizes,
                                    Settings s, double cpus) {
        if (s.countsPerInput() <= 0) throw new IllegalArgumentException("counting settings expected");
        return sideBySide(box, programs, cpus, () -> run(box, programs, users, sizes, s));
    }

    /**
     * Times the programs, taking turns on one CPU. They start side by side, a core each where the machine has them
     * (two JVMs pre-touching their heaps took twice as long one after the other), with the sandbox's quota raised as
     * for counting; once they are ready interleave moves every thread of theirs onto the timed CPU, where no quota
     * gives them more than one core. The sandbox gets the cores it had back afterwards.
     */
    public static Measurement timed(SandboxContainer box, List<List<String>> programs, List<User> users, List<Long> sizes,
                                    Settings s, double cpus) {
        if (s.countsPerInput() > 0) throw new IllegalArgumentException("timing settings expected");
        return sideBySide(box, programs, cpus, () -> run(box, programs, users, sizes, s));
    }

    private static Measurement sideBySide(SandboxContainer box, List<List<String>> programs, double cpus,
                                          java.util.function.Supplier<Measurement> measure) {
        double own = box.cpus();
        box.cpus(Math.max(own, Math.min(programs.size() * cpus, Runtime.getRuntime().availableProcessors())));
        try {
            return measure.get();
        } finally {
            box.cpus(own);
        }
    }

    /** Measures the programs (serve-mode commands, all the candidate's user's) on the inputs, one per size. */
    public static Measurement run(SandboxContainer box, List<List<String>> programs, List<Long> sizes, Settings s) {
        return run(box, programs, programs.stream().map(p -> User.CANDIDATE).toList(), sizes, s);
    }

    /**
     * Measures the programs, each run as its user (a submission and its reference as two users, so neither can reach
     * the other's files, memory or processes), on the inputs the commands name, one per entry of {@code sizes} (a size
     * may repeat: several inputs of one size, as {@link PerfInputs.Counted} has).
     */
    public static Measurement run(SandboxContainer box, List<List<String>> programs, List<User> users, List<Long> sizes,
                                  Settings s) {
        List<String> command = new ArrayList<>(List.of(BINARY, "--sizes", String.valueOf(sizes.size()),
                "--rounds", String.valueOf(s.rounds()), "--top-sizes", String.valueOf(s.topSizes()),
                "--top-rounds", String.valueOf(s.topRounds()), "--batch-ms", String.valueOf(s.batchMs()),
                "--warmup-ms", String.valueOf(s.warmupMs()), "--max-call-ms", String.valueOf(s.maxCallMs()),
                "--uids", users.stream().map(u -> String.valueOf(u.uid())).collect(java.util.stream.Collectors.joining(","))));
        if (s.countsPerInput() > 0) command.addAll(List.of("--count", String.valueOf(s.countsPerInput())));
        if (s.maxCount() > 0) command.addAll(List.of("--max-count", String.valueOf(s.maxCount())));
        if (!s.memory()) command.addAll(List.of("--skip-mem", "1"));
        if (s.countsPerInput() == 0) command.addAll(List.of("--probe", "1")); // timed: the host's cache around each round
        for (List<String> program : programs) {
            command.add("--");
            command.addAll(program);
        }
        // interleave runs as the judge (root in the sandbox) to start each program as its own user
        RunReport report = box.runner().exec(command, new RunLimits(600_000, 900_000, 32L << 20), User.JUDGE, null);
        if (!report.exitedCleanly()) {
            throw new IllegalStateException("the measurement did not finish (" + report.status() + "): " + report.stderr());
        }
        try {
            JsonNode root = JSON.readTree(report.stdout());
            // where the run's time went: probes of the CPUs, starting the programs, checked calls, warm-up, timed rounds,
            // readings of the host's cache, memory calls, quitting
            LOG.debugf("interleave, %d programs over %d inputs, ms: %s", programs.size(), sizes.size(), root.path("phaseMs"));
            return parse(root, sizes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable measurement report: " + e.getMessage(), e);
        }
    }

    static Measurement parse(JsonNode root, List<Long> sizes) {
        List<Measurement.Program> programs = new ArrayList<>();
        for (JsonNode p : root.path("programs")) {
            programs.add(new Measurement.Program(Measurement.Status.of(p.path("status").asText()), p.path("timedOutAt").asInt(-1),
                    p.path("failure").asText(""), p.path("stderr").asText("")));
        }
        List<Measurement.Size> out = new ArrayList<>();
        JsonNode rows = root.path("sizes");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            List<String> results = new ArrayList<>();
            JsonNode answers = row.path("results");
            for (int p = 0; p < answers.size(); p++) {
                JsonNode a = answers.get(p);
                // "=" stands for the same answer as the first program's
                results.add(a.isNull() ? null : a.asText().equals("=") ? results.get(0) : a.asText());
            }
            List<Measurement.Run> runs = new ArrayList<>();
            for (JsonNode r : row.path("programs")) {
                List<Long> ns = new ArrayList<>();
                for (JsonNode v : r.path("ns")) ns.add(v.asLong());
                List<Long> counts = new ArrayList<>();
                for (JsonNode v : r.path("counts")) counts.add(v.asLong());
                runs.add(new Measurement.Run(r.path("batch").asLong(), r.path("bytes").asLong(), r.path("foreignNs").asLong(),
                        r.path("timedNs").asLong(), r.path("delayNs").asLong(), ns, counts));
            }
            List<Long> probe = new ArrayList<>();
            for (JsonNode v : row.path("probeNs")) probe.add(v.asLong());
            out.add(new Measurement.Size(sizes.get(i), results, runs, probe));
        }
        return new Measurement(programs, out, root.path("cpu").asInt(-1), root.path("memoryStepNs").asDouble(-1));
    }
}
