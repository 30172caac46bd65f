package dev.arbiter.interview.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.interview.Interview;
import dev.arbiter.interview.InterviewProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a session's code and events inside the caller's transaction, which must hold the session's row lock
 * ({@link Interview#lock}): that lock orders snapshot numbers and event ids across API nodes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Snapshots snapshots;

    public SessionRecorder(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Saves the code as the problem's latest and appends a snapshot when code or language changed. */
    public boolean saveCode(Interview interview, InterviewProblem problem, String language, String source,
                            Snapshot.Origin origin, Instant now) {
        String before = problem.source == null ? "" : problem.source;
        boolean sameLanguage = language.equals(problem.language);
        if (sameLanguage && source.equals(before)) return false;
        TextEdit edit = TextEdit.between(before, source);
        interview.snapshotCount++;
        snapshots.append(interview.id, new Snapshot(interview.snapshotCount, problem.position, now, language, origin, edit));
        problem.source = source;
        problem.language = language;
        problem.savedAt = now;
        return true;
    }

    public InterviewEvent event(Interview interview, Integer problem, EventType type, Map<String, Object> detail,
                                UUID submissionId, Instant now) {
        InterviewEvent e = new InterviewEvent();
        e.interviewId = interview.id;
        e.problem = problem;
        e.type = type;
        e.at = now;
        e.detail = detail == null || detail.isEmpty() ? null : json(detail);
        e.submissionId = submissionId;
        e.persist();
        return e;
    }

    private static String json(Map<String, Object> detail) {
        try {
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
