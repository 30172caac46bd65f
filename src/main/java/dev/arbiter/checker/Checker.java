package dev.arbiter.checker;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.arbiter.lang.Mode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Decides whether an answer is right: JSON-structural for signature problems, token-wise for stdio. */
public interface Checker {

    /** True when {@code actual} is an acceptable answer where {@code expected} is the reference's. */
    boolean accepts(String expected, String actual);

    static Checker of(String checkerJson, Mode mode) {
        JsonNode spec;
        try {
            spec = new ObjectMapper().readTree(checkerJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad checker spec", e);
        }
        String type = spec.path("type").asText("exact");
        double tolerance = spec.path("tolerance").asDouble(0);
        if (type.equals("tokens")) return new TokensChecker(spec);
        if (mode == Mode.STDIO) {
            return new TokenChecker(type.equals("float") ? tolerance : 0);
        }
        return switch (type) {
            case "unordered" -> new JsonChecker(true, 0);
            case "float" -> new JsonChecker(false, tolerance);
            default -> new JsonChecker(false, 0);
        };
    }
}
