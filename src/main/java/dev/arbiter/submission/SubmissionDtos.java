package dev.arbiter.submission;

import dev.arbiter.common.Verdict;
import dev.arbiter.lang.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies of the submission API. */
public final class SubmissionDtos {

    private SubmissionDtos() {
    }

    /** kind "run" judges the samples (or customInput); "submit" judges every test. */
    public record SubmitRequest(
            @NotBlank(message = "name the problem (its slug)") String problem,
            @NotBlank @Pattern(regexp = "java|python", message = "must be java or python") String language,
            @NotNull(message = "source is required") String source,
            @Pattern(regexp = "run|submit", message = "must be run or submit") String kind,
            String customInput) {
    }

    public record TestView(int ordinal, String name, boolean sample, Verdict verdict, Integer cpuMs, Integer wallMs,
                           Integer memoryKb, String input, String expected, String actual, String stdout,
                           String stderr, String message) {
        static TestView of(TestResult r) {
            return new TestView(r.ordinal, r.testName, r.sample, r.verdict, r.cpuMs, r.wallMs, r.memoryKb, r.input,
                    r.expected, r.actual, r.stdout, r.stderr, r.message);
        }
    }

    public record SubmissionView(UUID id, String problem, Language language, Submission.Kind kind, Submission.State state,
                                 Verdict verdict,
                                 String message, int testsTotal, int testsPassed, Integer maxCpuMs, Integer maxMemoryKb,
                                 int attempt, Instant createdAt, Instant finishedAt, String source, List<TestView> tests,
                                 ScoreView score, Long problemVersionId, boolean problemChangedSince) {
    }

    /**
     * Performance next to the reference (ratios: 1.0 = same as the reference). state PENDING while measuring (with a
     * message while it waits to be tried again after a failure on the judge's side), FAILED with a message when no
     * fair figure could be had; null when the submission is not scored. complexity is
     * one class ("O(n)") or two the measurements cannot tell apart ("O(n) or O(n log n)"), complexityClasses the same
     * as a list; noisyBecause what disturbed a noisy score; evidence.growth says how the class was decided.
     */
    public record ScoreView(ScoreState state, String message, Double timeRatio, Double timeSpread, Double memoryRatio,
                            boolean noisy, String noisyBecause, String complexity, List<String> complexityClasses, Long tooSlowAt,
                            String referenceComplexity, com.fasterxml.jackson.databind.JsonNode evidence) {
    }

    public record Progress(List<String> solved, List<String> attempted) {
    }
}
