package dev.arbiter.judge;

import dev.arbiter.lang.Language;

import java.util.List;
import java.util.UUID;

/** Everything needed to judge one submission, read from the database before any container is touched. */
public record JudgeJob(
        UUID submissionId,
        boolean submit,
        Language language,
        String source,
        String mode,
        String specJson,
        String checkerJson,
        String checkerProgram,
        int timeLimitMs,
        int memoryMb,
        List<Test> tests,
        String referenceSource,
        List<Integer> perfSizes,
        String problemVersion,
        String generatorSource,
        String perfComplexity) {

    /** A test to run; {@code expected} is null for custom input, whose answer comes from the reference. */
    public record Test(int ordinal, String name, boolean sample, boolean custom, String input, String expected) {
        boolean revealsData() {
            return sample || custom;
        }
    }

    /** Accepted submissions of problems with perf sizes are scored against the reference. */
    boolean scored() {
        return submit && perfSizes != null && referenceSource != null && generatorSource != null;
    }
}
