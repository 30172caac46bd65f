package dev.arbiter.checker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.common.Verdict;
import dev.arbiter.sandbox.Sandbox;
import dev.arbiter.sandbox.SandboxConfig;

/** A problem's own checking program, run in a sandbox of its own: a custom checker or a Kattis output validator. */
public interface ProgramChecker extends AutoCloseable {

    record Decision(Verdict verdict, String message) {
    }

    Decision check(String input, String expected, String actual);

    @Override
    void close();

    /** The problem's checking program for its checker spec, or null when its checker is built in. */
    static ProgramChecker of(Sandbox sandbox, SandboxConfig config, String checkerJson, String program) {
        if (program == null) return null;
        String type;
        try {
            type = new ObjectMapper().readTree(checkerJson).path("type").asText("exact");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad checker spec", e);
        }
        if (type.equals(KattisValidator.TYPE)) return new KattisValidator(sandbox, config.checkerImage(), checkerJson, program);
        return new CustomChecker(sandbox, config.pythonImage(), program);
    }
}
