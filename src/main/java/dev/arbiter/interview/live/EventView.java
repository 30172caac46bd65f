package dev.arbiter.interview.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.common.Verdict;
import dev.arbiter.interview.record.EventType;
import dev.arbiter.interview.record.InterviewEvent;
import dev.arbiter.submission.Submission;

import java.time.Instant;
import java.util.UUID;

/** A timeline event as interviewers see it; runs and submits carry their verdict once judged. */
public record EventView(long id, Instant at, EventType type, Integer problem, JsonNode detail, UUID submissionId,
                        Verdict verdict, Integer testsPassed, Integer testsTotal) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static EventView of(InterviewEvent e) {
        Submission s = e.submissionId == null ? null : Submission.byId(e.submissionId).orElse(null);
        boolean done = s != null && s.done();
        return new EventView(e.id, e.at, e.type, e.problem, tree(e.detail), e.submissionId, done ? s.verdict : null,
                done ? s.testsPassed : null, done ? s.testsTotal : null);
    }

    public boolean awaitingVerdict() {
        return submissionId != null && verdict == null;
    }

    private static JsonNode tree(String json) {
        if (json == null) return null;
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
