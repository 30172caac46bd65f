package dev.arbiter.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.lang.Mode;

import java.util.Optional;

/**
 * A run's own input, held against the problem version it runs on before it is queued: by the rules a package's test
 * inputs are read with ({@link TestFormat}), so that "[1,2" or a string where an int goes is a 400 naming the line,
 * not a run whose harness cannot read its input.
 */
public final class CustomInput {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CustomInput() {
    }

    /** Why the input does not fit the version, or empty when it does (any input fits a stdin problem). */
    public static Optional<String> misfit(ProblemVersion version, String input) {
        if (version.mode == Mode.STDIO || version.specJson == null) return Optional.empty();
        ProblemYaml spec;
        try {
            spec = JSON.readValue(version.specJson, ProblemYaml.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored spec of version " + version.id + " does not read", e);
        }
        return TestFormat.checkInput(version.mode, spec, "customInput", input).stream().findFirst()
                .map(e -> "customInput line " + e.line() + ": " + e.reason());
    }
}
