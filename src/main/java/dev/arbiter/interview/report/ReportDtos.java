package dev.arbiter.interview.report;

import dev.arbiter.common.Verdict;
import dev.arbiter.interview.InterviewState;
import dev.arbiter.submission.Submission;
import dev.arbiter.interview.similarity.SimilarityCheck;
import dev.arbiter.submission.SubmissionDtos;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The report of a session and the interviewer's notes and scorecards. */
public final class ReportDtos {

    private ReportDtos() {
    }

    public record NoteRequest(@NotBlank(message = "text is required") @Size(max = 5000, message = "must be at most 5000 characters") String text) {
    }

    public record NoteView(long id, String author, Instant at, String text) {
    }

    /** Rubric 1 (weak) to 4 (strong) on four criteria, and a recommendation. */
    public record ScorecardRequest(
            @Min(value = 1, message = "must be 1 to 4") @Max(value = 4, message = "must be 1 to 4") int problemSolving,
            @Min(value = 1, message = "must be 1 to 4") @Max(value = 4, message = "must be 1 to 4") int codeQuality,
            @Min(value = 1, message = "must be 1 to 4") @Max(value = 4, message = "must be 1 to 4") int communication,
            @Min(value = 1, message = "must be 1 to 4") @Max(value = 4, message = "must be 1 to 4") int testing,
            @NotNull(message = "recommendation is required") Recommendation recommendation,
            @Size(max = 5000, message = "must be at most 5000 characters") String comment) {
    }

    public record ScorecardView(String author, int problemSolving, int codeQuality, int communication, int testing,
                                Recommendation recommendation, String comment, Instant updatedAt) {
    }

    /** The submission that counts: the last one, made by the candidate or at the deadline. */
    public record Final(UUID submissionId, String kind, Instant at, String language, Submission.State state, Verdict verdict,
                        int testsPassed, int testsTotal, Integer maxCpuMs, Integer maxMemoryKb,
                        SubmissionDtos.ScoreView performance, String judgedVersion, String source) {
    }

    public record ProblemReport(int position, String slug, String title, String pinnedVersion, boolean judgedAtOtherVersion,
                                Final finalSubmission, int runs, int submits, long secondsOnProblem, int pastes,
                                int largestPaste, SimilarityCheck.Result similarity) {
    }

    public record Report(long id, String candidateName, String candidateEmail, InterviewState state, int durationMinutes,
                         List<String> languages, Instant startedAt, Instant deadlineAt, Instant completedAt,
                         List<ProblemReport> problems, int focusLosses, long secondsAway, long snapshotBytes,
                         List<NoteView> notes, List<ScorecardView> scorecards) {
    }
}
