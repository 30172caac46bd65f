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
import java.util.function.BooleanSupplier;

/**
 * Scores an accepted submission against the problem's reference in one sandbox: both run as servers on the
 * generated inputs of every perf size, taking turns batch by batch (judge-images/interleave), and the whole
 * measurement is repeated in fresh processes ({@code arbiter.score.forks}). Times are taken outside the programs.
 */
@ApplicationScoped
public class PerfScorer {

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

    public PerfScorer(Sandbox sandbox, SandboxConfig sandboxConfig, PerfInputs perfInputs, ScoreConfig config) {
        this.sandbox = sandbox;
        this.sandboxConfig = sandboxConfig;
        this.perfInputs = perfInputs;
        this.config = config;
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
        Toolchain toolchain = Toolchain.of(job.language());
        List<String> inputs = perfInputs.forSizes(job.problemVersion(), job.generatorSource(), job.sizes());
        long inputBytes = inputs.stream().mapToLong(String::length).sum();
        int memoryMb = 2 * toolchain.containerMemoryMb(job.memoryMb()) + (int) (inputBytes >> 20) + 16;
        try (SandboxContainer box = sandbox.start(toolchain.image(sandboxConfig), memoryMb)) {
            // the reference belongs to a user of its own (/ref): the submission can neither read nor change it
            prepare(box, toolchain, Workspace.SUBMISSION, job.source(), job.specJson(), "the submission");
            prepare(box, toolchain, Workspace.REFERENCE, job.referenceSource(), job.specJson(), "the reference");
            box.upload(PerfInputs.files(inputs));
            List<String> paths = PerfInputs.paths(inputs.size());
            List<List<String>> programs = List.of(toolchain.serveCommand(Workspace.SUBMISSION, job.memoryMb(), paths),
                    toolchain.serveCommand(Workspace.REFERENCE, job.memoryMb(), paths));
            try (Preemption preemption = new Preemption(box, verdictsWait)) {
                List<Measurement> forks = new ArrayList<>();
                for (int fork = 0; fork < Math.max(1, config.forks()); fork++) {
                    Measurement m = undisturbed(preemption, () -> Interleave.run(box, programs, USERS, job.sizes(),
                            Interleave.Settings.scoring(job.language())));
                    if (fork == 0) checkAnswers(m, inputs, check);
                    forks.add(m);
                }
                Measurement growth = undisturbed(preemption, () -> growth(box, toolchain, job, paths));
                return ScoreSummary.summarize(forks, growth, job.sizes(), ComplexityClass.fromLabel(job.referenceComplexity()));
            }
        }
    }

    /** A measurement no pause cut through: measured again when one did (at most a few times; then as it is). */
    private static Measurement undisturbed(Preemption preemption, java.util.function.Supplier<Measurement> measure) {
        Measurement m = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            long before = preemption.pauses();
            m = measure.get();
            if (preemption.pauses() == before) return m;
        }
        return m;
    }

    private static void prepare(SandboxContainer box, Toolchain toolchain, Workspace ws, String source, String spec, String what) {
        RunReport built = toolchain.prepare(box.runner(), ws, Mode.SIGNATURE, source, spec, 30_000);
        String error = Compiler.diagnostics(toolchain, ws, built);
        if (error != null) throw new ScoreFailure("could not compile " + what + ": " + error);
    }

    /** Both programs measured for their growth class where the timed runs would mislead (null: the timed runs do). */
    private static Measurement growth(SandboxContainer box, Toolchain toolchain, Job job, List<String> paths) {
        var sub = toolchain.growthCommand(Workspace.SUBMISSION, job.memoryMb(), paths);
        var ref = toolchain.growthCommand(Workspace.REFERENCE, job.memoryMb(), paths);
        if (sub.isEmpty() || ref.isEmpty()) return null;
        return Interleave.run(box, List.of(sub.get(), ref.get()), USERS, job.sizes(), Interleave.Settings.growth());
    }

    /** The reference must have run everywhere; the submission must answer like it wherever it ran. */
    private static void checkAnswers(Measurement m, List<String> inputs, AnswerCheck check) {
        Measurement.Program reference = m.programs().get(1);
        if (!reference.ok()) {
            throw new IllegalStateException("the reference solution " + reference.status() + ": " + reference.failure()
                    + " " + reference.stderr());
        }
        Measurement.Program mine = m.programs().get(0);
        if (mine.status().equals("failed")) {
            throw new ScoreFailure("the submission failed on a scaling input: " + mine.failure());
        }
        for (int i = 0; i < m.sizes().size(); i++) {
            Measurement.Size size = m.sizes().get(i);
            String answer = size.results().get(0);
            if (answer == null || answer.equals(size.results().get(1))) continue;
            if (!check.accepts(inputs.get(i), size.results().get(1), answer)) {
                throw new ScoreFailure("the submission answered differently from the reference at n = " + size.n());
            }
        }
    }
}
