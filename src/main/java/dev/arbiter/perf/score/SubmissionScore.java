package dev.arbiter.perf.score;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An accepted submission's performance next to the reference: time and memory ratios and growth class. */
@Entity
@Table(name = "submission_score")
public class SubmissionScore extends PanacheEntityBase {

    public enum State { PENDING, DONE, FAILED }

    /** A score still pending after this long was interrupted (its worker stopped) and will not arrive. */
    public static final java.time.Duration GIVE_UP_AFTER = java.time.Duration.ofMinutes(10);

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;
    @Column(name = "time_ratio")
    public Double timeRatio;
    @Column(name = "time_spread")
    public Double timeSpread;
    @Column(name = "memory_ratio")
    public Double memoryRatio;
    public boolean noisy;
    public String complexity;
    @Column(name = "reference_complexity")
    public String referenceComplexity;
    @Column(name = "evidence_json")
    public String evidenceJson;
    @Column(name = "created_at")
    public Instant createdAt;
    public String state;
    public String message;

    public static Optional<SubmissionScore> forSubmission(UUID id) {
        return findByIdOptional(id);
    }

    /** The state as a reader should see it: a PENDING score whose worker stopped long ago counts as FAILED. */
    public String effectiveState(Instant now) {
        boolean stale = State.PENDING.name().equals(state) && createdAt.plus(GIVE_UP_AFTER).isBefore(now);
        return stale ? State.FAILED.name() : state;
    }
}
