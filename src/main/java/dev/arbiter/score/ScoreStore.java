package dev.arbiter.score;

import dev.arbiter.lease.Claim;
import dev.arbiter.submission.ScoreState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Saves scores: PENDING (queued) before the verdict shows, then DONE or FAILED by the worker holding its claim. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScoreStore {

    public void pending(UUID submissionId) {
        SubmissionScore.deleteById(submissionId);
        SubmissionScore s = new SubmissionScore();
        s.submissionId = submissionId;
        s.state = ScoreState.PENDING;
        s.createdAt = Instant.now();
        s.persist();
    }

    /** The measured score, if the claim is still current (a late or re-judged one writes nothing). */
    public boolean save(Claim claim, PerfScorer.Score score) {
        Optional<SubmissionScore> row = current(claim);
        row.ifPresent(s -> {
            s.state = ScoreState.DONE;
            s.timeRatio = score.timeRatio();
            s.timeSpread = score.timeSpread();
            s.memoryRatio = score.memoryRatio();
            s.noisy = score.noisy();
            s.complexity = score.complexity();
            s.tooSlowAt = score.tooSlowAt();
            s.referenceComplexity = score.referenceComplexity();
            s.evidenceJson = score.evidenceJson();
            s.message = null; // a failed attempt's, if any
            s.leaseOwner = null;
        });
        return row.isPresent();
    }

    public boolean fail(Claim claim, String message) {
        Optional<SubmissionScore> row = current(claim);
        row.ifPresent(s -> {
            s.state = ScoreState.FAILED;
            s.message = message;
            s.leaseOwner = null;
        });
        return row.isPresent();
    }

    private static Optional<SubmissionScore> current(Claim claim) {
        return SubmissionScore.<SubmissionScore>findByIdOptional(claim.submissionId(), LockModeType.PESSIMISTIC_WRITE)
                .filter(s -> s.state == ScoreState.PENDING && s.attempt == claim.attempt()
                        && claim.owner().equals(s.leaseOwner));
    }
}
