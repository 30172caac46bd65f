package dev.arbiter.judge;

import dev.arbiter.common.Verdict;

/** One judged test, as stored and streamed; data fields are null for secret tests. */
public record TestOutcome(
        int ordinal,
        String name,
        boolean sample,
        Verdict verdict,
        Integer cpuMs,
        Integer wallMs,
        Integer memoryKb,
        String input,
        String expected,
        String actual,
        String stdout,
        String stderr,
        String message) {
}
