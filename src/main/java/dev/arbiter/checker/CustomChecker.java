package dev.arbiter.checker;

import dev.arbiter.common.Verdict;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxContainer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A problem's own checker program (Python), run as {@code checker.py INPUT EXPECTED ACTUAL} in a sandbox of
 * its own, apart from the candidate's container, so candidate code can never see or alter it.
 * Exit 0 accepts, exit 1 rejects; anything else is the checker's fault (INTERNAL_ERROR).
 */
public final class CustomChecker implements ProgramChecker {

    private static final RunLimits LIMITS = RunLimits.forCpu(10_000, 1 << 20);

    private final Sandbox sandbox;
    private final String image;
    private final String program;
    private SandboxContainer box;

    public CustomChecker(Sandbox sandbox, String image, String program) {
        this.sandbox = sandbox;
        this.image = image;
        this.program = program;
    }

    @Override
    public Decision check(String input, String expected, String actual) {
        if (box == null) {
            box = sandbox.start(image, 512);
            box.upload(Map.of("checker/checker.py", program.getBytes(StandardCharsets.UTF_8)));
        }
        box.upload(Map.of("check/input", bytes(input), "check/expected", bytes(expected), "check/actual", bytes(actual)));
        RunReport report = box.run(List.of("python3", "/work/checker/checker.py", "/work/check/input",
                "/work/check/expected", "/work/check/actual"), LIMITS, null);
        String message = report.stdout().strip();
        if (report.status() == RunReport.Status.OK && report.exitCode() != null) {
            if (report.exitCode() == 0) return new Decision(Verdict.ACCEPTED, message.isEmpty() ? null : message);
            if (report.exitCode() == 1) return new Decision(Verdict.WRONG_ANSWER, message.isEmpty() ? null : message);
        }
        return new Decision(Verdict.INTERNAL_ERROR, "The problem's checker failed: " + report.status() + " "
                + report.stderr().strip());
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (box != null) box.close();
    }
}
