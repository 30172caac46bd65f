package dev.arbiter.judge;

/** A problem's own checking program, run in a sandbox of its own: a custom checker or a Kattis output validator. */
public interface ProgramChecker extends AutoCloseable {

    record Decision(Verdict verdict, String message) {
    }

    Decision check(String input, String expected, String actual);

    @Override
    void close();

    /** The problem's checking program for its checker spec, or null when its checker is built in. */
    static ProgramChecker of(dev.arbiter.sandbox.Sandbox sandbox, dev.arbiter.sandbox.SandboxConfig config,
                             JudgeConfig judge, String checkerJson, String program) {
        if (program == null) return null;
        if (checkerJson.contains("\"kattis\"")) return new KattisValidator(sandbox, judge.checkerImage(), checkerJson, program);
        return new CustomChecker(sandbox, config.pythonImage(), program);
    }
}
