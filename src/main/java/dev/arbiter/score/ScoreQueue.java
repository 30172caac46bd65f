package dev.arbiter.score;

import dev.arbiter.lease.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable score queue on the submission_score table, shaped like the judge queue: a PENDING score is claimed
 * with FOR UPDATE SKIP LOCKED under a lease its worker renews; when the lease runs out (the worker died) another
 * worker claims it with the next attempt number, and results are written only under the current (owner, attempt).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ScoreQueue {

    /** A score still held by the claim (:id, :attempt, :owner): every write of a worker is fenced by it. */
    private static final String HELD =
            "submission_id = :id and attempt = :attempt and lease_owner = :owner and state = 'PENDING'";

    private final EntityManager em;

    public ScoreQueue(EntityManager em) {
        this.em = em;
    }

    public Optional<Claim> claimNext(String owner, int leaseSeconds, int maxAttempts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        update submission_score s
                           set attempt = s.attempt + 1, lease_owner = :owner,
                               lease_until = now() + make_interval(secs => :lease)
                         where s.submission_id = (select submission_id from submission_score
                                                   where state = 'PENDING' and attempt < :maxAttempts
                                                     and (lease_until is null or lease_until < now())
                                                   order by created_at
                                                   for update skip locked
                                                   limit 1)
                        returning s.submission_id, s.attempt""")
                .setParameter("owner", owner)
                .setParameter("lease", leaseSeconds)
                .setParameter("maxAttempts", maxAttempts)
                .getResultList();
        if (rows.isEmpty()) return Optional.empty();
        return Optional.of(new Claim((UUID) rows.get(0)[0], ((Number) rows.get(0)[1]).intValue(), owner));
    }

    /** Extends the lease; false means the claim was lost (taken over, or the submission re-judged). */
    public boolean heartbeat(Claim claim, int leaseSeconds) {
        return held(claim, em.createNativeQuery("""
                        update submission_score set lease_until = now() + make_interval(secs => :lease)
                         where %s""".formatted(HELD))
                .setParameter("lease", leaseSeconds));
    }

    /** Scores waiting for a measurement (PENDING and not held by a worker). */
    public long waiting() {
        return ((Number) em.createNativeQuery("""
                        select count(*) from submission_score
                         where state = 'PENDING' and (lease_until is null or lease_until < now())""")
                .getSingleResult()).longValue();
    }

    /** Gives an unfinished score back on a graceful stop, as if never claimed (see JudgeQueue.handBack). */
    public boolean handBack(Claim claim) {
        return held(claim, em.createNativeQuery("""
                        update submission_score set attempt = attempt - 1, lease_owner = null, lease_until = null
                         where %s""".formatted(HELD)));
    }

    /**
     * Lets go of a claim whose measurement failed for the judge's own reasons (the engine away), as
     * JudgeQueue.retryLater does: the lease now runs out after {@code delaySeconds}, when a worker takes the score
     * again as the next attempt; {@code why} stays in the message meanwhile.
     */
    public boolean retryLater(Claim claim, int delaySeconds, String why) {
        return held(claim, em.createNativeQuery("""
                        update submission_score
                           set lease_owner = null, lease_until = now() + make_interval(secs => :delay), message = :why
                         where %s""".formatted(HELD))
                .setParameter("delay", delaySeconds)
                .setParameter("why", why.length() > 1000 ? why.substring(0, 1000) : why));
    }

    /** Runs a write fenced by the claim ({@link #HELD}); false when the claim no longer holds the score. */
    private static boolean held(Claim claim, Query write) {
        return write.setParameter("id", claim.submissionId())
                .setParameter("attempt", claim.attempt())
                .setParameter("owner", claim.owner())
                .executeUpdate() == 1;
    }

    /**
     * Scores that used up their attempts unfinished (their workers died) end as FAILED, never PENDING for ever; the
     * message keeps the last failure recorded ({@link #retryLater}), if any.
     */
    public int failExhausted(int maxAttempts) {
        return em.createNativeQuery("""
                        update submission_score set state = 'FAILED', lease_owner = null,
                               message = concat('The measurement was interrupted ', attempt, ' times',
                                                ' (last: ' || message || ')')
                         where state = 'PENDING' and attempt >= :max and lease_until < now()""")
                .setParameter("max", maxAttempts)
                .executeUpdate();
    }
}
