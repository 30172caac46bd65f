package dev.arbiter.perf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Saves scores; a re-judged submission's newer score replaces the older one. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScoreStore {

    public void save(UUID submissionId, PerfScorer.Score score) {
        SubmissionScore.deleteById(submissionId);
        SubmissionScore s = new SubmissionScore();
        s.submissionId = submissionId;
        s.timeRatio = score.timeRatio();
        s.timeSpread = score.timeSpread();
        s.memoryRatio = score.memoryRatio();
        s.noisy = score.noisy();
        s.complexity = score.complexity();
        s.referenceComplexity = score.referenceComplexity();
        s.evidenceJson = score.evidenceJson();
        s.createdAt = Instant.now();
        s.persist();
    }
}
