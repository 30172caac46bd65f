package dev.arbiter.judge;

import dev.arbiter.lang.Compiler;
import dev.arbiter.lang.Program;
import dev.arbiter.lang.Toolchain;
import dev.arbiter.lang.Workspace;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.SandboxConfig;
import dev.arbiter.sandbox.SandboxContainer;
import dev.arbiter.sandbox.WarmPool;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The expected answer to a candidate's custom input: the problem's reference solution runs it in a sandbox of its
 * own, at the same time as the candidate's program runs in theirs, so nothing the candidate writes can reach it.
 */
@ApplicationScoped
public class ReferenceAnswer {

    /** The reference's answer, or why it has none (then the candidate's run is shown without a comparison). */
    record Result(String expected, String problem) {
    }

    private final WarmPool pool;
    private final SandboxConfig sandbox;
    private final JudgeConfig config;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reference-answer");
        t.setDaemon(true);
        return t;
    });

    public ReferenceAnswer(WarmPool pool, SandboxConfig sandbox, JudgeConfig config) {
        this.pool = pool;
        this.sandbox = sandbox;
        this.config = config;
    }

    CompletableFuture<Result> start(JudgeJob job, JudgeJob.Test test) {
        return CompletableFuture.supplyAsync(() -> answer(job, test), executor);
    }

    private Result answer(JudgeJob job, JudgeJob.Test test) {
        Toolchain toolchain = Toolchain.of(job.language());
        try (SandboxContainer box = pool.take(toolchain.image(sandbox), toolchain.containerMemoryMb(job.memoryMb()))) {
            Program program = toolchain.install(box.runner(), job.mode(), job.referenceSource(), job.specJson(),
                    job.memoryMb(), config.compileCpuMs());
            String error = Compiler.diagnostics(toolchain, Workspace.SUBMISSION, program.compiled());
            if (error != null) return new Result(null, "The reference solution does not compile here: " + error);
            RunReport run = program.run(test.input().getBytes(StandardCharsets.UTF_8),
                    RunLimits.forCpu(job.timeLimitMs(), sandbox.outputBytes()));
            if (!run.exitedCleanly()) {
                return new Result(null, "The reference solution could not run this input (is it valid?): "
                        + Grader.clip(run.stderr().strip()));
            }
            return new Result(job.mode().usesHarness() ? run.result().strip() : run.stdout(), null);
        } catch (RuntimeException e) {
            return new Result(null, "The reference solution could not run: " + e.getMessage());
        }
    }
}
