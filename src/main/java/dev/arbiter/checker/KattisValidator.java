package dev.arbiter.checker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.common.Verdict;
import dev.arbiter.sandbox.RunLimits;
import dev.arbiter.sandbox.RunReport;
import dev.arbiter.sandbox.RunnerSession;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxContainer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A Kattis/ICPC output validator in the checker image, apart from the candidate's container: compiled there once
 * (C++) as the unprivileged user, then run per test as {@code validator input answer feedback_dir [flags]} with the
 * program's output on stdin. Exit 42 accepts, 43 rejects; anything else is the validator's fault (INTERNAL_ERROR).
 */
final class KattisValidator implements ProgramChecker {

    /** The checker spec's type of a Kattis output validator. */
    public static final String TYPE = "kattis";
    static final int ACCEPT = 42;
    static final int REJECT = 43;
    private static final RunLimits RUN = RunLimits.forCpu(10_000, 1 << 20);
    private static final RunLimits COMPILE = RunLimits.forCpu(60_000, 1 << 20);
    private static final RunLimits SMALL = RunLimits.forCpu(2_000, 64 << 10);
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Starts the compiled validator from memory: every writable folder of a sandbox is a noexec tmpfs, so the binary
     * is copied into a memfd and executed from there (fexecve), with the same arguments and stdin.
     */
    private static final String FROM_MEMORY = """
            import os, sys
            fd = os.memfd_create("validator")
            data = open(sys.argv[1], "rb").read()
            while data:
                data = data[os.write(fd, data):]
            os.execve(fd, sys.argv[1:], dict(os.environ))
            """;

    private final Sandbox sandbox;
    private final String image;
    private final JsonNode spec;
    private final JsonNode files;
    private SandboxContainer box;
    private List<String> command;
    private String broken;
    private int checks;

    KattisValidator(Sandbox sandbox, String image, String checkerJson, String program) {
        this.sandbox = sandbox;
        this.image = image;
        try {
            this.spec = JSON.readTree(checkerJson);
            this.files = JSON.readTree(program);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored validator is corrupt", e);
        }
    }

    @Override
    public Decision check(String input, String expected, String actual) {
        if (box == null) start();
        if (broken != null) return new Decision(Verdict.INTERNAL_ERROR, broken);
        String feedback = "/tmp/feedback-" + (++checks);
        RunnerSession runner = box.runner();
        runner.exec(List.of("mkdir", feedback), SMALL, RunnerSession.User.CANDIDATE, null);
        box.upload(java.util.Map.of("check/input", bytes(input), "check/answer", bytes(expected)));
        List<String> argv = new ArrayList<>(command);
        argv.addAll(List.of("/work/check/input", "/work/check/answer", feedback + "/"));
        spec.path("flags").forEach(f -> argv.add(f.asText()));
        RunReport report = runner.exec(argv, RUN, RunnerSession.User.CANDIDATE, bytes(actual));
        if (report.status() == RunReport.Status.OK && report.exitCode() != null) {
            if (report.exitCode() == ACCEPT) return new Decision(Verdict.ACCEPTED, null);
            if (report.exitCode() == REJECT) return new Decision(Verdict.WRONG_ANSWER, judgeMessage(runner, feedback));
        }
        return new Decision(Verdict.INTERNAL_ERROR, "The problem's output validator failed: " + report.status()
                + (report.exitCode() == null ? "" : " (exit " + report.exitCode() + ")") + " " + report.stderr().strip());
    }

    private void start() {
        box = sandbox.start(image, 1024);
        List<String> cpp = new ArrayList<>();
        String python = null;
        for (Iterator<String> names = files.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            box.upload(java.util.Map.of("/work/validator/" + name, bytes(files.get(name).asText())));
            if (name.endsWith(".cpp") || name.endsWith(".cc")) cpp.add("/work/validator/" + name);
            if (name.endsWith(".py") && (python == null || name.equals("validate.py"))) python = "/work/validator/" + name;
        }
        if ("cpp".equals(spec.path("language").asText())) {
            List<String> compile = new ArrayList<>(List.of("g++", "-O2", "-std=gnu++17", "-I/work/validator", "-o", "/tmp/validator"));
            compile.addAll(cpp);
            RunReport built = box.runner().exec(compile, COMPILE, RunnerSession.User.CANDIDATE, null);
            if (!built.exitedCleanly()) {
                broken = "The problem's output validator did not compile: " + built.status() + " "
                        + clip((built.stderr() + built.stdout()).strip());
            }
            command = List.of("python3", "-c", FROM_MEMORY, "/tmp/validator");
        } else {
            command = List.of("python3", python);
        }
    }

    private static String judgeMessage(RunnerSession runner, String feedback) {
        RunReport cat = runner.exec(List.of("cat", feedback + "/judgemessage.txt"), SMALL, RunnerSession.User.CANDIDATE, null);
        String message = cat.exitedCleanly() ? cat.stdout().strip() : "";
        return message.isEmpty() ? null : message;
    }

    private static String clip(String s) {
        int keep = 64 * 1024;
        return s.length() <= keep ? s : s.substring(0, keep) + "\n... (" + (s.length() - keep) + " more characters)";
    }

    private static byte[] bytes(String s) {
        return (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (box != null) box.close();
    }
}
