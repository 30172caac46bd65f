package dev.arbiter.lang;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a problem's solutions are called: a method of class Solution (signature), a class driven by an operation list
 * (design), or a program reading stdin and writing stdout (stdio).
 */
public enum Mode {
    SIGNATURE, DESIGN, STDIO;

    /** As problem.yaml and the API spell it. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Signature and design problems run through the harness, which calls the solution and returns its answer. */
    public boolean usesHarness() {
        return this != STDIO;
    }

    public static Optional<Mode> fromId(String id) {
        return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
    }
}
