package dev.arbiter.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A problem of a session, pinned when the session was made: the catalog version and the page the candidate is
 * shown (statement, samples, limits, starter code), plus the candidate's last saved code for it.
 */
@Entity
@Table(name = "interview_problem")
public class InterviewProblem extends PanacheEntity {

    @Column(name = "interview_id")
    public long interviewId;
    public int position;
    @Column(name = "problem_id")
    public long problemId;
    @Column(name = "problem_version")
    public String problemVersion;
    /** The immutable version the session's submissions of this problem are judged on. */
    @Column(name = "problem_version_id")
    public Long problemVersionId;
    public String slug;
    public String title;
    /** The problem page as it was at creation (JSON): what the candidate reads, whatever the catalog does since. */
    @Column(name = "pinned_json")
    public String pinnedJson;
    public String language;
    public String source;
    @Column(name = "saved_at")
    public Instant savedAt;
    /** Hash of the language and code last submitted; the deadline job submits only code that differs. */
    @Column(name = "submitted_hash")
    public String submittedHash;

    public static List<InterviewProblem> of(long interviewId) {
        return list("interviewId", Sort.by("position"), interviewId);
    }

    public static Optional<InterviewProblem> at(long interviewId, int position) {
        return find("interviewId = ?1 and position = ?2", interviewId, position).firstResultOptional();
    }

    public static String codeHash(String language, String source) {
        return InviteTokens.hash(language + "\n" + source);
    }

    /** Saved code that was never submitted as it is now. */
    public boolean changedSinceSubmit() {
        return source != null && language != null && !codeHash(language, source).equals(submittedHash);
    }
}
