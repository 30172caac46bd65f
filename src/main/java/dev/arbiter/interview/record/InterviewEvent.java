package dev.arbiter.interview.record;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One thing that happened in a session, at server time. Ids come from the database one insert at a time and every
 * write to a session holds its row lock, so a session's events are in id order: readers follow them by id.
 */
@Entity
@Table(name = "interview_event")
public class InterviewEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "interview_id")
    public long interviewId;
    /** The problem's position in the session; null for session-wide events. */
    public Integer problem;
    public Instant at;
    @Enumerated(EnumType.STRING)
    public EventType type;
    /** Small JSON: paste size, languages switched between. */
    public String detail;
    @Column(name = "submission_id")
    public UUID submissionId;

    public static List<InterviewEvent> after(long interviewId, long afterId) {
        return list("interviewId = ?1 and id > ?2", Sort.by("id"), interviewId, afterId);
    }

    public static List<InterviewEvent> of(long interviewId) {
        return after(interviewId, 0);
    }

    /** Submissions (made by the candidate or at the deadline) of one problem of a session, oldest first. */
    public static List<InterviewEvent> submits(long interviewId, int problem) {
        return list("interviewId = ?1 and problem = ?2 and type in ?3", Sort.by("id"), interviewId, problem,
                List.of(EventType.SUBMIT, EventType.AUTO_SUBMIT));
    }
}
