package dev.arbiter.judge;

import dev.arbiter.checker.Checker;
import dev.arbiter.checker.ProgramChecker;
import dev.arbiter.common.Verdict;
import dev.arbiter.lang.Compiler;
import dev.arbiter.lang.Program;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.lang.Workspace;
import dev.arbiter.lease.Claim;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import dev.arbiter.sandbox.WarmPool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

/**
 * Judges one claimed submission in one sandbox: the program is compiled once and readied by a worker that stays up
 * between tests; each test's input goes in when that test runs, and results are recorded as they come.
 */
@ApplicationScoped
public class SubmissionJudge {

    private final WarmPool pool;
    private final Sandbox boxes;
    private final SandboxConfig sandbox;
    private final JudgeConfig config;
    private final JudgeRecorder recorder;
    private final Event<VerdictReached> verdicts;
    private final ReferenceAnswer references;
    private final JudgeMetrics metrics;

    public SubmissionJudge(WarmPool pool, Sandbox boxes, SandboxConfig sandbox, JudgeConfig config, JudgeRecorder recorder,
                           Event<VerdictReached> verdicts, ReferenceAnswer references, JudgeMetrics metrics) {
        this.pool = pool;
        this.boxes = boxes;
        this.sandbox = sandbox;
        this.config = config;
        this.recorder = recorder;
        this.verdicts = verdicts;
        this.references = references;
        this.metrics = metrics;
    }

    /** Judges the job under the claim; {@code stillOwned} turns false when the lease was lost. */
    public void judge(Claim claim, JudgeJob job, BooleanSupplier stillOwned) {
        Toolchain toolchain = Toolchain.of(job.language());
        if (!recorder.started(claim, job.tests().size())) return;
        JudgeJob.Test customTest = job.tests().stream().filter(JudgeJob.Test::custom).findFirst().orElse(null);
        CompletableFuture<ReferenceAnswer.Result> reference = customTest != null && job.referenceSource() != null
                ? references.start(job, customTest) : null;
        try (SandboxContainer box = pool.take(toolchain.image(sandbox), toolchain.containerMemoryMb(job.memoryMb()));
             ProgramChecker custom = ProgramChecker.of(boxes, sandbox, job.checkerJson(), job.checkerProgram())) {
            Program program = toolchain.install(box.runner(), job.mode(), job.source(), job.specJson(), job.memoryMb(),
                    config.compileCpuMs());
            String compileError = Compiler.diagnostics(toolchain, Workspace.SUBMISSION, program.compiled());
            if (compileError != null) {
                recorder.finished(claim, Verdict.COMPILATION_ERROR, compileError, 0, null, null);
                return;
            }
            Grader grader = Grader.of(job.mode(), Checker.of(job.checkerJson(), job.mode()), custom, toolchain);
            RunLimits limits = RunLimits.forCpu(job.timeLimitMs(), sandbox.outputBytes());
            Verdict overall = Verdict.ACCEPTED;
            String message = null;
            int passed = 0;
            int maxCpu = 0;
            int maxMemory = 0;
            for (JudgeJob.Test test : job.tests()) {
                if (!stillOwned.getAsBoolean()) return;
                TestOutcome outcome = runTest(program, grader, test, limits, job, reference);
                metrics.test(job.language().id(), outcome.wallMs());
                if (outcome.verdict().accepted()) passed++;
                maxCpu = Math.max(maxCpu, outcome.cpuMs() == null ? 0 : outcome.cpuMs());
                maxMemory = Math.max(maxMemory, outcome.memoryKb() == null ? 0 : outcome.memoryKb());
                if (!recorder.test(claim, outcome, passed)) return;
                if (!outcome.verdict().accepted() && overall.accepted()) {
                    overall = outcome.verdict();
                    message = (test.revealsData() ? "" : "Test " + (test.ordinal() + 1) + ": ")
                            + (outcome.message() == null ? humanize(outcome.verdict()) : outcome.message());
                    if (job.submit()) break;
                }
            }
            verdicts.fire(new VerdictReached(job.submissionId(), overall));
            recorder.finished(claim, overall, message, passed, maxCpu, maxMemory);
        }
    }

    private TestOutcome runTest(Program program, Grader grader, JudgeJob.Test test, RunLimits limits, JudgeJob job,
                                CompletableFuture<ReferenceAnswer.Result> reference) {
        byte[] input = test.input().getBytes(StandardCharsets.UTF_8);
        RunReport report = program.run(input, limits);
        boolean rerun = VerdictRules.machineWasBusy(report);
        if (rerun) report = program.run(input, limits);
        String expected = test.expected();
        String note = null;
        if (test.custom()) {
            ReferenceAnswer.Result answer = reference == null
                    ? new ReferenceAnswer.Result(null, "There is no reference solution in this language to compare with")
                    : await(reference);
            expected = answer.expected();
            note = answer.problem();
        }
        TestOutcome outcome = grader.grade(test, report, expected, note, job.timeLimitMs());
        if (!rerun) return outcome;
        String busy = "The machine was busy during this test, so it ran a second time";
        return new TestOutcome(outcome.ordinal(), outcome.name(), outcome.sample(), outcome.verdict(), outcome.cpuMs(),
                outcome.wallMs(), outcome.memoryKb(), outcome.input(), outcome.expected(), outcome.actual(),
                outcome.stdout(), outcome.stderr(), outcome.message() == null ? busy : outcome.message() + ". " + busy);
    }

    private static ReferenceAnswer.Result await(CompletableFuture<ReferenceAnswer.Result> reference) {
        try {
            return reference.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ReferenceAnswer.Result(null, "Interrupted while waiting for the reference solution");
        } catch (ExecutionException e) {
            return new ReferenceAnswer.Result(null, "The reference solution could not run: " + e.getCause().getMessage());
        }
    }

    private static String humanize(Verdict verdict) {
        return switch (verdict) {
            case WRONG_ANSWER -> "Wrong answer";
            default -> verdict.name().replace('_', ' ').toLowerCase();
        };
    }
}
