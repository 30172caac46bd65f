package dev.arbiter.lang;

import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunnerSession;

import java.util.List;

/** A program run by a worker that stays up between tests (the Python fork server, the Java worker JVM). */
final class WorkerProgram implements Program {

    private final RunnerSession runner;
    private final RunLimits startLimits;
    private final RunReport compiled;

    WorkerProgram(RunnerSession runner, RunnerSession.WorkerKind kind, List<String> command, RunLimits startLimits) {
        this.runner = runner;
        this.startLimits = startLimits;
        this.compiled = runner.startWorker(kind, command, startLimits);
    }

    @Override
    public RunReport compiled() {
        return compiled;
    }

    @Override
    public RunReport run(byte[] input, RunLimits limits) {
        return runner.test(input, limits, startLimits);
    }
}
