package dev.arbiter.common;

/** The outcome of a test or a whole submission. */
public enum Verdict {
    ACCEPTED,
    WRONG_ANSWER,
    TIME_LIMIT_EXCEEDED,
    MEMORY_LIMIT_EXCEEDED,
    RUNTIME_ERROR,
    COMPILATION_ERROR,
    OUTPUT_LIMIT_EXCEEDED,
    INTERNAL_ERROR;

    public boolean accepted() {
        return this == ACCEPTED;
    }
}
