package dev.arbiter.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.submission.ScoreLookup;
import dev.arbiter.submission.SubmissionDtos;
import jakarta.enterprise.context.ApplicationScoped;

import dev.arbiter.measure.ComplexityClass;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The submission API's view of a score. */
@ApplicationScoped
public class SubmissionScores implements ScoreLookup {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The one or two classes a stored label names (older labels that name no class are passed on as they are). */
    static List<String> classes(String complexity) {
        if (complexity == null) return List.of();
        try {
            return ComplexityClass.fromLabels(complexity).stream().map(ComplexityClass::label).toList();
        } catch (IllegalArgumentException e) {
            return List.of(complexity);
        }
    }

    @Override
    public Optional<SubmissionDtos.ScoreView> scoreOf(UUID submissionId) {
        return SubmissionScore.forSubmission(submissionId).map(sc -> {
            try {
                var evidence = sc.evidenceJson == null ? null : JSON.readTree(sc.evidenceJson);
                String because = evidence == null || !sc.noisy ? null : evidence.path("noise").path("because").asText(null);
                List<String> classes = classes(sc.complexity);
                return new SubmissionDtos.ScoreView(sc.state, sc.message, sc.timeRatio, sc.timeSpread, sc.memoryRatio,
                        sc.noisy, because, sc.complexity, classes, sc.tooSlowAt, sc.referenceComplexity, evidence);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
