package dev.arbiter.score;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import dev.arbiter.submission.ScoreState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An accepted submission's performance next to the reference: time and memory ratios and growth class. */
@Entity
@Table(name = "submission_score")
public class SubmissionScore extends PanacheEntityBase {

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
    /** The size at which the submission was too slow to go on (the reference went on); null when it ran them all. */
    @Column(name = "too_slow_at")
    public Long tooSlowAt;
    @Column(name = "reference_complexity")
    public String referenceComplexity;
    @Column(name = "evidence_json")
    public String evidenceJson;
    @Column(name = "created_at")
    public Instant createdAt;
    @Enumerated(EnumType.STRING)
    public ScoreState state;
    public String message;
    /** Claims of this score so far (the score queue's fencing token, with the owner). */
    public int attempt;
    @Column(name = "lease_owner")
    public String leaseOwner;
    @Column(name = "lease_until")
    public Instant leaseUntil;

    public static Optional<SubmissionScore> forSubmission(UUID id) {
        return findByIdOptional(id);
    }
}
