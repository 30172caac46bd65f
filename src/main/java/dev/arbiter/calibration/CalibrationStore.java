package dev.arbiter.calibration;

import dev.arbiter.lang.Language;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Calibration rows: claimed RUNNING by one node (the unique key decides), then DONE or FAILED. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CalibrationStore {

    /** A RUNNING row older than this was abandoned (its node stopped); a FAILED one is retried after it. */
    static final Duration RETRY_AFTER = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager em;

    public CalibrationStore(EntityManager em) {
        this.em = em;
    }

    /** Claims the calibration of a problem version, language and image; empty when another node has it. */
    public Optional<Long> claim(long problemId, String version, Language language, String imageId, int declaredLimitMs) {
        int inserted = em.createNativeQuery("""
                        insert into calibration (problem_id, problem_version, language, image_id, state, declared_limit_ms)
                        values (:problem, :version, :language, :image, 'RUNNING', :limit)
                        on conflict (problem_id, problem_version, language, image_id) do update
                           set state = 'RUNNING', created_at = now(), message = null
                         where calibration.state <> 'DONE' and calibration.created_at < now() - make_interval(secs => :retry)""")
                .setParameter("problem", problemId).setParameter("version", version).setParameter("language", language.id())
                .setParameter("image", imageId).setParameter("limit", declaredLimitMs)
                .setParameter("retry", (double) RETRY_AFTER.toSeconds())
                .executeUpdate();
        if (inserted == 0) return Optional.empty();
        return Calibration.of(problemId, version, language, imageId).map(c -> c.id);
    }

    public void done(long id, LimitCheck check, String referenceJson) {
        Calibration c = Calibration.findById(id);
        c.state = Calibration.State.DONE;
        c.slowestAcceptedMs = check.slowestAcceptedMs();
        c.slowestAccepted = check.slowestAccepted();
        c.suggestedLimitMs = check.suggestedLimitMs();
        c.limitOk = check.ok();
        c.message = check.ok() ? null : String.join("; ", check.problems());
        try {
            c.tleJson = JSON.writeValueAsString(check.tleChecks());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        c.referenceJson = referenceJson;
        c.createdAt = Instant.now();
    }

    public void failed(long id, String message) {
        Calibration c = Calibration.findById(id);
        c.state = Calibration.State.FAILED;
        c.message = message;
        c.createdAt = Instant.now();
    }
}
