package dev.arbiter.lang;

import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunnerSession;

import java.util.List;

/** A compiled program started afresh for each test (a Java stdio program: its own JVM per test). */
final class ExecProgram implements Program {

    private final RunnerSession runner;
    private final RunReport compiled;
    private final List<String> command;

    ExecProgram(RunnerSession runner, RunReport compiled, List<String> command) {
        this.runner = runner;
        this.compiled = compiled;
        this.command = command;
    }

    @Override
    public RunReport compiled() {
        return compiled;
    }

    @Override
    public RunReport run(byte[] input, RunLimits limits) {
        return runner.exec(command, limits, RunnerSession.User.CANDIDATE, input);
    }
}
