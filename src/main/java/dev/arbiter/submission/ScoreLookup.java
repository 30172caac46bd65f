package dev.arbiter.submission;

import java.util.Optional;
import java.util.UUID;

/** A submission's performance score, from the feature that measures scores (which sits above this one). */
public interface ScoreLookup {

    Optional<SubmissionDtos.ScoreView> scoreOf(UUID submissionId);
}
