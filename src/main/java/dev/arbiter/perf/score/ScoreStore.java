package dev.arbiter.perf.score;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Saves scores: PENDING when measuring starts, then DONE or FAILED; a re-judged submission's newer score wins. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScoreStore {

    public void pending(UUID submissionId) {
        SubmissionScore.deleteById(submissionId);
        SubmissionScore s = new SubmissionScore();
        s.submissionId = submissionId;
        s.state = SubmissionScore.State.PENDING.name();
        s.createdAt = Instant.now();
        s.persist();
    }

    public void save(UUID submissionId, PerfScorer.Score score) {
        SubmissionScore s = SubmissionScore.<SubmissionScore>findByIdOptional(submissionId).orElseGet(() -> fresh(submissionId));
        s.state = SubmissionScore.State.DONE.name();
        s.timeRatio = score.timeRatio();
        s.timeSpread = score.timeSpread();
        s.memoryRatio = score.memoryRatio();
        s.noisy = score.noisy();
        s.complexity = score.complexity();
        s.referenceComplexity = score.referenceComplexity();
        s.evidenceJson = score.evidenceJson();
        s.createdAt = Instant.now();
    }

    public void fail(UUID submissionId, String message) {
        SubmissionScore s = SubmissionScore.<SubmissionScore>findByIdOptional(submissionId).orElseGet(() -> fresh(submissionId));
        s.state = SubmissionScore.State.FAILED.name();
        s.message = message;
        s.createdAt = Instant.now();
    }

    private static SubmissionScore fresh(UUID submissionId) {
        SubmissionScore s = new SubmissionScore();
        s.submissionId = submissionId;
        s.persist();
        return s;
    }
}
