package dev.arbiter.score;

import dev.arbiter.lang.Compiler;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.lang.Workspace;
import dev.arbiter.measure.ComplexityClass;

import dev.arbiter.measure.Interleave;
import dev.arbiter.measure.Measurement;
import dev.arbiter.measure.PerfInputs;
import dev.arbiter.measure.Preemption;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunnerSession;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Scores an accepted submission against the problem's reference in one sandbox: both run as servers on the
 * generated inputs of every perf size, taking turns batch by batch (judge-images/interleave), once over every size
 * and again in fresh processes at the largest sizes ({@code arbiter.score.forks} in all, fewer once more could not
 * move the score or would end past the score's time: {@link ForkBudget}); the work of a call on several inputs per
 * size is counted in a run of its own, for the growth class. Times are taken outside the programs.
 */
@ApplicationScoped
public class PerfScorer {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(PerfScorer.class);
    private static final List<RunnerSession.User> USERS = List.of(RunnerSession.User.CANDIDATE, RunnerSession.User.REFERENCE);

    /** Ratios are submission / reference (1.0 = as fast, as lean); evidence holds the curves and the fits. */
    /** tooSlowAt: the size at which the submission was stopped while the reference went on (then no class). */
    public record Score(Double timeRatio, Double timeSpread, Double memoryRatio, boolean noisy, String complexity, Long tooSlowAt,
                        String referenceComplexity, String evidenceJson) {
    }

    /** What scoring needs to know of the submission and its problem. */
    public record Job(Language language, String source, String referenceSource, String specJson, int memoryMb,
                      List<Long> sizes, String problemVersion, String generatorSource, String referenceComplexity) {
    }

    /** The problem's checker: does {@code actual} answer {@code input} as well as {@code expected} does? */
    @FunctionalInterface
    public interface AnswerCheck {
        boolean accepts(String input, String expected, String actual);
    }

    /** Scoring cannot give a fair figure (the program failed, answered differently, or the reference failed). */
    public static final class ScoreFailure extends RuntimeException {
        public ScoreFailure(String message) {
            super(message);
        }
    }

    private final Sandbox sandbox;
    private final SandboxConfig sandboxConfig;
    private final PerfInputs perfInputs;
    private final ScoreConfig config;
    private final ReferenceCounts referenceCounts;
    private final ReferenceBuilds referenceBuilds;
    private final HostCacheBaseline hostCache;

    public PerfScorer(Sandbox sandbox, SandboxConfig sandboxConfig, PerfInputs perfInputs, ScoreConfig config,
                      ReferenceCounts referenceCounts, ReferenceBuilds referenceBuilds, HostCacheBaseline hostCache) {
        this.sandbox = sandbox;
        this.sandboxConfig = sandboxConfig;
        this.perfInputs = perfInputs;
        this.config = config;
        this.referenceCounts = referenceCounts;
        this.referenceBuilds = referenceBuilds;
        this.hostCache = hostCache;
    }

    /** As {@link #score(Job, AnswerCheck, BooleanSupplier)}, with nothing to give way to. */
    public Score score(Job job, AnswerCheck check) {
        return score(job, check, Preemption.never());
    }

    /**
     * Scores the job; while {@code verdictsWait} holds, the measurement pauses (verdicts come first) and the runs a
     * pause cut through are measured again.
     */
    public Score score(Job job, AnswerCheck check, BooleanSupplier verdictsWait) {
        long start = System.nanoTime();
        Toolchain toolchain = Toolchain.of(job.language());
        List<String> inputs = perfInputs.forSizes(job.problemVersion(), job.generatorSource(), job.sizes());
        PerfInputs.Counted countInputs = perfInputs.forCounting(job.problemVersion(), job.generatorSource(), job.sizes());
        long inputBytes = inputs.stream().mapToLong(String::length).sum() + countInputs.inputs().stream().mapToLong(String::length).sum();
        int memoryMb = 2 * toolchain.containerMemoryMb(job.memoryMb()) + (int) (inputBytes >> 20) + 16;
        try (SandboxContainer box = sandbox.start(toolchain.image(sandboxConfig), memoryMb)) {
            // counting and the programs' starts use a core each, timing pins them to one: raised once for the whole
            // score instead of before and after every run (Interleave.timed, Interleave.count)
            box.cpus(Math.min(2 * sandboxConfig.cpus(), Runtime.getRuntime().availableProcessors()));
            // the reference belongs to a user of its own (/ref): the submission can neither read nor change it
            prepare(box, toolchain, Workspace.SUBMISSION, job.source(), job.specJson(), "the submission");
            prepareReference(box, toolchain, job);
            box.upload(PerfInputs.files(inputs));
            box.upload(PerfInputs.files("count", countInputs.inputs()));
            List<String> paths = PerfInputs.paths(inputs.size());
            List<String> countPaths = PerfInputs.paths("count", countInputs.inputs().size());
            NoiseProbe probe = new NoiseProbe();
            long t0 = System.nanoTime();
            try (Preemption preemption = new Preemption(box, verdictsWait)) {
                // fork 0 over every size: the answers, the curve, the size the submission gets too slow at
                List<Measurement> forks = new ArrayList<>();
                Measurement full = undisturbed(preemption, box, () -> Interleave.timed(box, serve(toolchain, job, paths), USERS,
                        job.sizes(), Interleave.Settings.scoring(job.language()), sandboxConfig.cpus()));
                checkAnswers(full, inputs, check);
                forks.add(full);
                long t1 = System.nanoTime();
                // the work of a call on each of several inputs per size, counted: the growth class
                Measurement counted = undisturbed(preemption, box, () -> count(box, toolchain, job, countPaths, countInputs.sizes()));
                // a program can tell it is counted (the counter is loaded in it): the answers its counts came with are checked
                checkSameAnswers(counted, countInputs.inputs(), check);
                long t2 = System.nanoTime();
                // further forks only at the largest sizes both ran, where the time ratio is taken
                int common = Math.min(full.measuredSizes(0), full.measuredSizes(1));
                List<Integer> forkSizes = laterForkSizes(common, job.language());
                List<String> topPaths = forkSizes.stream().map(paths::get).toList();
                List<Long> topSizes = forkSizes.stream().map(job.sizes()::get).toList();
                List<String> topInputs = forkSizes.stream().map(inputs::get).toList();
                ForkBudget budget = new ForkBudget(config.forks(), (long) (config.seconds() * 1e9));
                long longestLaterNs = 0;
                ForkBudget.Ended ended;
                while ((ended = budget.ended(forks, !topSizes.isEmpty(), System.nanoTime() - start, longestLaterNs)) == null) {
                    long forkStart = System.nanoTime();
                    Measurement later = undisturbed(preemption, box, () -> Interleave.timed(box, serve(toolchain, job, topPaths), USERS,
                            topSizes, Interleave.Settings.scoring(job.language()).withoutMemory(), sandboxConfig.cpus()));
                    // a program can tell a later fork from fork 0 (it is given fewer inputs): its answers are checked too
                    checkSameAnswers(later, topInputs, check);
                    forks.add(later);
                    longestLaterNs = Math.max(longestLaterNs, System.nanoTime() - forkStart);
                }
                LOG.infof("Scored in the sandbox: inputs, sandbox and compiling %.1f s, every size %.1f s, counted %.1f s, "
                        + "%d more forks %.1f s (forks ended: %s)", (t0 - start) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                        forks.size() - 1, (System.nanoTime() - t2) / 1e9, ended.evidence());
                double quietNs = hostCache.quietNs();
                hostCache.record(HostCache.lowestReading(forks));
                return ScoreSummary.summarize(forks, counted, job.sizes(), ComplexityClass.fromLabel(job.referenceComplexity()),
                        probe.read(preemption.pauses()), quietNs, ended);
            }
        }
    }

    /**
     * The reference's counted work alone, on the inputs a score counts it on ({@code validate}: does the reference grow
     * as its problem declares?). Kept like a score's ({@link ReferenceCounts}), so the problem's first score counts only
     * the submission.
     */
    public Measurement countReference(Job job) {
        Toolchain toolchain = Toolchain.of(job.language());
        PerfInputs.Counted countInputs = perfInputs.forCounting(job.problemVersion(), job.generatorSource(), job.sizes());
        long inputBytes = countInputs.inputs().stream().mapToLong(String::length).sum();
        int memoryMb = toolchain.containerMemoryMb(job.memoryMb()) + (int) (inputBytes >> 20) + 16;
        try (SandboxContainer box = sandbox.start(toolchain.image(sandboxConfig), memoryMb)) {
            prepareReference(box, toolchain, job);
            box.upload(PerfInputs.files("count", countInputs.inputs()));
            List<String> paths = PerfInputs.paths("count", countInputs.inputs().size());
            Measurement counted = Interleave.count(box, List.of(toolchain.countCommand(Workspace.REFERENCE, job.memoryMb(), paths)),
                    List.of(RunnerSession.User.REFERENCE), countInputs.sizes(), Interleave.Settings.counting(job.language()),
                    sandboxConfig.cpus());
            referenceCounts.keep(ReferenceCounts.key(job, sandbox.imageId(toolchain.image(sandboxConfig))), counted);
            return counted;
        }
    }

    /**
     * Both programs' counted work. Nothing is timed, so they count at once, a core each where the machine has two; the
     * reference's counts are kept ({@link ReferenceCounts}), and from a problem's second score on only the submission
     * is counted: as two processes, one taking the inputs at even places and one those at odd places, on a core each.
     */
    private Measurement count(SandboxContainer box, Toolchain toolchain, Job job, List<String> paths, List<Long> sizes) {
        String key = ReferenceCounts.key(job, sandbox.imageId(toolchain.image(sandboxConfig)));
        Optional<Measurement> kept = referenceCounts.get(key);
        Interleave.Settings settings = Interleave.Settings.counting(job.language());
        if (kept.isPresent() && Runtime.getRuntime().availableProcessors() > 1) {
            List<List<String>> halves = List.of(toolchain.countCommand(Workspace.SUBMISSION, job.memoryMb(), Measurement.alternate(paths, 0)),
                    toolchain.countCommand(Workspace.SUBMISSION, job.memoryMb(), Measurement.alternate(paths, 1)));
            Measurement split = Interleave.count(box, halves, List.of(USERS.get(0), USERS.get(0)), Measurement.alternate(sizes, 0), settings,
                    sandboxConfig.cpus());
            return split.unsplit(sizes).beside(kept.get());
        }
        List<List<String>> programs = new ArrayList<>(List.of(toolchain.countCommand(Workspace.SUBMISSION, job.memoryMb(), paths)));
        if (kept.isEmpty()) programs.add(toolchain.countCommand(Workspace.REFERENCE, job.memoryMb(), paths));
        Measurement counted = Interleave.count(box, programs, USERS.subList(0, programs.size()), sizes, settings, sandboxConfig.cpus());
        if (kept.isPresent()) return counted.beside(kept.get());
        referenceCounts.keep(key, counted.select(1));
        return counted;
    }

    /**
     * The sizes a further fork runs: the largest {@link ScoreSummary#TOP_SIZES} both programs ran, where the time ratio is
     * taken; for Java the first size before them, where the JVM warms up as it did in fork 0. Warmed up at a top size
     * instead, C2 compiled the calls from other profiles than fork 0's, and fork 0's ratio lay 3-5 % below all later
     * forks' (two-sum: 0.95-0.99 against 0.99-1.01), so three forks rarely agreed and most Java scores took a fourth.
     */
    static List<Integer> laterForkSizes(int common, Language language) {
        int from = Math.max(0, common - ScoreSummary.TOP_SIZES);
        List<Integer> out = new ArrayList<>();
        if (language == Language.JAVA && from > 0) out.add(0);
        for (int i = from; i < common; i++) out.add(i);
        return out;
    }

    private static List<List<String>> serve(Toolchain toolchain, Job job, List<String> paths) {
        return List.of(toolchain.serveCommand(Workspace.SUBMISSION, job.memoryMb(), paths),
                toolchain.serveCommand(Workspace.REFERENCE, job.memoryMb(), paths));
    }

    /**
     * A measurement no pause cut through: measured again when one did (at most a few times; then as it is). Each run
     * starts from nothing an earlier run of the submission left ({@link SandboxContainer#clearScratch()}): a score
     * starts it again and again, and what one run left (a marker, answers it computed) would tell the next that it
     * is a later one, while only fork 0 runs every size (docs/SECURITY.md).
     */
    private static Measurement undisturbed(Preemption preemption, SandboxContainer box,
                                           java.util.function.Supplier<Measurement> measure) {
        Measurement m = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            long before = preemption.pauses();
            box.clearScratch();
            m = measure.get();
            if (preemption.pauses() == before) return m;
        }
        return m;
    }

    /**
     * The reference, built as for its problem's last score when that build is kept (built again should putting it back
     * fail: the kept build only saves time), else built and kept.
     */
    private void prepareReference(SandboxContainer box, Toolchain toolchain, Job job) {
        String key = ReferenceBuilds.key(job, sandbox.imageId(toolchain.image(sandboxConfig)));
        Optional<byte[]> kept = referenceBuilds.get(key);
        if (kept.isPresent()) {
            try {
                toolchain.restore(box.runner(), Workspace.REFERENCE, Mode.SIGNATURE, job.referenceSource(), job.specJson(), kept.get());
                return;
            } catch (IllegalStateException e) {
                LOG.warnf("The kept build of the reference could not be put back, building it again: %s", e.getMessage());
            }
        }
        prepare(box, toolchain, Workspace.REFERENCE, job.referenceSource(), job.specJson(), "the reference");
        referenceBuilds.keep(key, toolchain.packBuild(box.runner(), Workspace.REFERENCE));
    }

    private static void prepare(SandboxContainer box, Toolchain toolchain, Workspace ws, String source, String spec, String what) {
        RunReport built = toolchain.prepare(box.runner(), ws, Mode.SIGNATURE, source, spec, 30_000);
        String error = Compiler.diagnostics(toolchain, ws, built);
        if (error != null) throw new ScoreFailure("could not compile " + what + ": " + error);
    }

    /** The reference must have run everywhere; the submission must answer like it wherever it ran. */
    private static void checkAnswers(Measurement m, List<String> inputs, AnswerCheck check) {
        Measurement.Program reference = m.programs().get(1);
        if (!reference.ok()) {
            throw new IllegalStateException("the reference solution " + reference.status() + ": " + reference.failure()
                    + " " + reference.stderr());
        }
        Measurement.Program mine = m.programs().get(0);
        if (mine.failed()) {
            throw new ScoreFailure("the submission failed on a scaling input: " + mine.failure());
        }
        checkSameAnswers(m, inputs, check);
    }

    /**
     * Wherever both programs answered an input, the submission's answer must be as good as the reference's (a count
     * may end either program's inputs early: then there is nothing to compare).
     */
    private static void checkSameAnswers(Measurement m, List<String> inputs, AnswerCheck check) {
        for (int i = 0; i < m.sizes().size(); i++) {
            Measurement.Size size = m.sizes().get(i);
            String answer = size.results().get(0);
            String expected = size.results().get(1);
            if (answer == null || expected == null || answer.equals(expected)) continue;
            if (!check.accepts(inputs.get(i), expected, answer)) {
                throw new ScoreFailure("the submission answered differently from the reference at n = " + size.n());
            }
        }
    }
}
