package dev.arbiter.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.submission.ScoreLookup;
import dev.arbiter.submission.SubmissionDtos;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** The submission API's view of a score. */
@ApplicationScoped
public class SubmissionScores implements ScoreLookup {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Optional<SubmissionDtos.ScoreView> scoreOf(UUID submissionId) {
        return SubmissionScore.forSubmission(submissionId).map(sc -> {
            try {
                return new SubmissionDtos.ScoreView(sc.state, sc.message, sc.timeRatio, sc.timeSpread, sc.memoryRatio,
                        sc.noisy, sc.complexity, sc.tooSlowAt, sc.referenceComplexity,
                        sc.evidenceJson == null ? null : JSON.readTree(sc.evidenceJson));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
