package dev.arbiter.judge;

import dev.arbiter.lang.Compiler;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.lease.Claim;
import dev.arbiter.perf.PerfConfig;
import dev.arbiter.perf.score.ScoreStore;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import dev.arbiter.sandbox.WarmPool;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Judges one claimed submission in one sandbox container: compile once, then every test, streaming results. */
@ApplicationScoped
public class SubmissionJudge {


    private static final String SUB = "sub";
    private static final String REF = "ref";
    private static final int KEEP_CHARS = 64 * 1024;

    private final WarmPool pool;
    private final Sandbox boxes;
    private final SandboxConfig sandbox;
    private final JudgeConfig config;
    private final JudgeRecorder recorder;
    private final ScoreStore scores;
    private final PerfConfig perf;

    public SubmissionJudge(WarmPool pool, Sandbox boxes, SandboxConfig sandbox, JudgeConfig config, JudgeRecorder recorder,
                           ScoreStore scores, PerfConfig perf) {
        this.scores = scores;
        this.perf = perf;
        this.pool = pool;
        this.boxes = boxes;
        this.sandbox = sandbox;
        this.config = config;
        this.recorder = recorder;
    }

    /** Judges the job under the claim; {@code stillOwned} turns false when the lease was lost. */
    public void judge(Claim claim, JudgeJob job, BooleanSupplier stillOwned) {
        Toolchain toolchain = Toolchain.of(job.language());
        String image = job.language().id().equals("java") ? sandbox.javaImage() : sandbox.pythonImage();
        if (!recorder.started(claim, job.tests().size())) return;
        try (SandboxContainer box = pool.take(image, toolchain.containerMemoryMb(job.memoryMb()));
             CustomChecker custom = job.checkerProgram() == null ? null
                     : new CustomChecker(boxes, sandbox.pythonImage(), job.checkerProgram())) {
            box.upload(files(job, toolchain));
            String compileError = compile(box, toolchain, SUB, job.mode(), job.source());
            if (compileError != null) {
                recorder.finished(claim, Verdict.COMPILATION_ERROR, compileError, 0, null, null);
                return;
            }
            boolean referenceReady = job.referenceSource() != null
                    && compile(box, toolchain, REF, job.mode(), job.referenceSource()) == null;
            Checker checker = Checker.of(job.checkerJson(), job.mode());
            Verdict overall = Verdict.ACCEPTED;
            String message = null;
            int passed = 0;
            int maxCpu = 0;
            int maxMemory = 0;
            for (JudgeJob.Test test : job.tests()) {
                if (!stillOwned.getAsBoolean()) return;
                TestOutcome outcome = runTest(box, toolchain, job, test, checker, custom, referenceReady);
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
            boolean scored = overall.accepted() && job.scored() && referenceReady && perf.scoreAccepted();
            // queued (PENDING) before the verdict shows, so a reader never sees an accepted submission without its
            // score state; a score worker measures it when no verdict waits (ScoreWorker), never changing the verdict
            if (scored) scores.pending(job.submissionId());
            recorder.finished(claim, overall, message, passed, maxCpu, maxMemory);
        }
    }

    private Map<String, byte[]> files(JudgeJob job, Toolchain toolchain) {
        Map<String, byte[]> files = new LinkedHashMap<>(toolchain.sourceFiles(SUB, job.mode(), job.source()));
        files.put(SUB + "/spec.json", job.specJson().getBytes(StandardCharsets.UTF_8));
        if (job.referenceSource() != null) {
            files.putAll(toolchain.sourceFiles(REF, job.mode(), job.referenceSource()));
            files.put(REF + "/spec.json", job.specJson().getBytes(StandardCharsets.UTF_8));
        }
        for (JudgeJob.Test test : job.tests()) {
            files.put(inputPath(test), test.input().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** Null when the program compiled; otherwise the diagnostics to show the candidate. */
    private String compile(SandboxContainer box, Toolchain toolchain, String dir, String mode, String source) {
        return Compiler.compile(box, toolchain, dir, mode, source, config.compileCpuMs());
    }

    private TestOutcome runTest(SandboxContainer box, Toolchain toolchain, JudgeJob job, JudgeJob.Test test,
                                Checker checker, CustomChecker custom, boolean referenceReady) {
        RunLimits limits = RunLimits.forCpu(job.timeLimitMs(), sandbox.outputBytes());
        var command = toolchain.runCommand(SUB, job.mode(), job.source(), job.memoryMb());
        RunReport report = box.run(command, limits, "/work/" + inputPath(test));
        String actual = job.mode().equals("stdio") ? report.stdout() : report.result().strip();
        String expected = test.expected();
        String message = null;
        if (test.custom() && referenceReady) {
            var refCommand = toolchain.runCommand(REF, job.mode(), job.referenceSource(), job.memoryMb());
            RunReport reference = box.run(refCommand, limits, "/work/" + inputPath(test));
            if (reference.exitedCleanly()) {
                expected = job.mode().equals("stdio") ? reference.stdout() : reference.result().strip();
            } else {
                message = "The reference solution could not run this input (is it valid?): " + clip(reference.stderr(), 2000);
            }
        }
        Verdict verdict = VerdictRules.fromRun(report, job.timeLimitMs());
        if (verdict == null) {
            if (!job.mode().equals("stdio") && actual.isEmpty()) {
                verdict = Verdict.RUNTIME_ERROR;
                message = "The program exited without returning a result";
            } else if (expected == null) {
                verdict = Verdict.ACCEPTED;
                if (message == null) message = "Ran; there is no expected answer to compare with";
            } else if (custom != null) {
                CustomChecker.Decision decision = custom.check(test.input(), expected, actual);
                verdict = decision.verdict();
                if (test.revealsData() || verdict == Verdict.INTERNAL_ERROR) message = decision.message();
            } else {
                verdict = checker.accepts(expected, actual) ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER;
            }
        } else {
            message = VerdictRules.message(verdict, report, test.revealsData());
        }
        boolean reveal = test.revealsData();
        return new TestOutcome(test.ordinal(), test.name(), test.sample(), verdict, report.cpuMs(), report.wallMs(),
                report.memoryKb(),
                reveal ? clip(test.input(), KEEP_CHARS) : null,
                reveal ? clip(expected, KEEP_CHARS) : null,
                reveal ? clip(actual, KEEP_CHARS) : null,
                reveal ? clip(report.stdout(), KEEP_CHARS) : null,
                reveal ? clip(report.stderr(), KEEP_CHARS) : null,
                message);
    }

    private static String inputPath(JudgeJob.Test test) {
        return "tests/" + test.ordinal() + ".in";
    }

    private static String humanize(Verdict verdict) {
        return switch (verdict) {
            case WRONG_ANSWER -> "Wrong answer";
            default -> verdict.name().replace('_', ' ').toLowerCase();
        };
    }

    private static String clip(String s, int max) {
        if (s == null || s.length() <= max) return s;
        return s.substring(0, max) + "\n... (" + (s.length() - max) + " more characters)";
    }
}
