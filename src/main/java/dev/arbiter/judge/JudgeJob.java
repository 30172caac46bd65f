package dev.arbiter.judge;

import dev.arbiter.lang.Language;
import dev.arbiter.lang.Mode;

import java.util.List;
import java.util.UUID;

/** Everything needed to judge one submission, read from the database before any container is touched. */
public record JudgeJob(
        UUID submissionId,
        boolean submit,
        /* a problem's own solution judged for calibration: it gives way to users' submissions */
        boolean internal,
        Language language,
        String source,
        Mode mode,
        String specJson,
        String checkerJson,
        String checkerProgram,
        int timeLimitMs,
        int memoryMb,
        List<Test> tests,
        /* the problem's accepted solution in this language, for a custom input's expected answer; else null */
        String referenceSource) {

    /** A test to run; {@code expected} is null for custom input, whose answer comes from the reference. */
    public record Test(int ordinal, String name, boolean sample, boolean custom, String input, String expected) {
        boolean revealsData() {
            return sample || custom;
        }
    }
}
