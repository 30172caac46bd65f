package dev.arbiter.interview.candidate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arbiter.common.Verdict;
import dev.arbiter.interview.InterviewState;
import dev.arbiter.interview.record.EventType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the candidate's page sends and reads: nothing about notes, scorecards, similarity or other sessions. */
public final class CandidateDtos {

    private CandidateDtos() {
    }

    public record ProblemTitle(int position, String title, String difficulty) {
    }

    /**
     * The intro and the clock: the page keeps {@code serverNow} minus its own time as an offset; it numbers what it
     * sends from {@code lastSeq} on (so a reloaded page carries on where the last one stopped).
     */
    public record Session(String candidateName, InterviewState state, int durationMinutes, List<String> languages,
                          List<ProblemTitle> problems, List<String> rules, Instant opensAt, Instant closesAt,
                          Instant startedAt, Instant deadlineAt, Instant serverNow, int graceSeconds, int largePasteChars,
                          boolean timeUp, long lastSeq) {
    }

    public record Attempt(UUID submissionId, String kind, Instant at, Verdict verdict, Integer testsPassed, Integer testsTotal) {
    }

    /** One problem as pinned when the session was made, with the candidate's last saved code and past attempts. */
    public record Problem(int position, JsonNode page, String language, String source, List<Attempt> attempts) {
    }

    public record SnapshotRequest(
            @Min(value = 1, message = "must be 1 or more") long seq,
            @Min(value = 0, message = "must be a problem position") @Max(value = 4, message = "must be a problem position") int problem,
            @NotNull(message = "language is required") @Pattern(regexp = "java|python", message = "must be java or python") String language,
            @NotNull(message = "source is required") String source) {
    }

    /** size for PASTE; from/to (languages) for LANGUAGE_SWITCH. */
    public record EventRequest(
            @Min(value = 1, message = "must be 1 or more") long seq,
            @NotNull(message = "type is required") EventType type,
            Integer problem,
            @Min(value = 1, message = "must be 1 or more") Integer size,
            String from,
            String to) {
    }

    public record Saved(long seq, Instant serverNow, Instant deadlineAt) {
    }

    public record JudgeRequest(
            @NotNull(message = "language is required") @Pattern(regexp = "java|python", message = "must be java or python") String language,
            @NotNull(message = "source is required") String source,
            @NotNull(message = "kind is required") @Pattern(regexp = "run|submit", message = "must be run or submit") String kind,
            String customInput) {
    }

    /** The queued run or submission; the page follows it at /api/submissions/{id}/events like in practice mode. */
    public record Judging(UUID submissionId, String kind, Instant serverNow) {
    }
}
