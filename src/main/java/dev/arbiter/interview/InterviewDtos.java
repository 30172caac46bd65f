package dev.arbiter.interview;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the interviewer's session API. */
public final class InterviewDtos {

    private InterviewDtos() {
    }

    /**
     * A new session: 1-5 catalog problems (slugs), or a problem set of at most 5 (its problems in its order), the
     * languages allowed, 5-240 minutes, an optional window.
     */
    public record CreateRequest(
            @NotBlank(message = "candidateName is required") @Size(max = 200, message = "must be at most 200 characters") String candidateName,
            @Email(message = "must be an email address") @Size(max = 254) String candidateEmail,
            @Size(max = 5, message = "name 1 to 5 problems")
            List<@NotBlank(message = "a problem slug is empty") String> problems,
            String set,
            @NotNull(message = "name the allowed languages") @Size(min = 1, max = 2, message = "name one or both of java and python")
            List<@NotNull @Pattern(regexp = "java|python", message = "must be java or python") String> languages,
            @Min(value = 5, message = "must be 5 to 240 minutes") @Max(value = 240, message = "must be 5 to 240 minutes") int durationMinutes,
            Instant opensAt,
            Instant closesAt) {
    }

    /** A pinned problem: the version the session keeps, and whether the catalog has moved on since. */
    public record ProblemRef(int position, String slug, String title, String pinnedVersion, boolean catalogChanged) {
    }

    public record Summary(long id, String candidateName, String candidateEmail, InterviewState state, int durationMinutes,
                          List<String> languages, List<ProblemRef> problems, Instant opensAt, Instant closesAt,
                          Instant createdAt, Instant startedAt, Instant deadlineAt, Instant completedAt,
                          boolean inviteActive, Instant inviteIssuedAt) {
    }

    /** The invite link; its token is shown this once and stored only as a hash. */
    public record Invitation(long id, String inviteUrl, String token, Summary session) {
    }
}
