package dev.arbiter.judge;

import dev.arbiter.lease.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable judge queue on the submission table. A worker claims a row with FOR UPDATE SKIP LOCKED and holds a
 * lease it renews by heartbeat; a lease that runs out (worker died) makes the row claimable again with a new
 * attempt number, and every write of a judging is fenced by (owner, attempt) so a late worker cannot overwrite it.
 * Users' submissions go first; internal ones (calibration) wait until no user's submission does, and one already
 * being judged is handed back between two of its tests when a user's submission comes ({@link JudgeWorkers}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JudgeQueue {

    /** A row a worker may take: queued, or claimed by a worker whose lease ran out (it died or stalled). */
    private static final String CLAIMABLE = "(state = 'QUEUED' or (state = 'JUDGING' and lease_until < now()))";

    private final EntityManager em;

    public JudgeQueue(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the next submission to judge, users' first; internal ones (calibration) only if {@code internalToo}, which
     * a worker leaves off while a score goes first, so it does not claim one only to hand it back at every poll.
     */
    public Optional<Claim> claimNext(String owner, int leaseSeconds, int maxAttempts, boolean internalToo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        update submission s
                           set state = 'JUDGING', attempt = s.attempt + 1, lease_owner = :owner,
                               lease_until = now() + make_interval(secs => :lease), started_at = now()
                         where s.id = (select id from submission
                                        where %s
                                          and attempt < :maxAttempts
                                          and (:internalToo or not internal)
                                        order by internal, created_at
                                        for update skip locked
                                        limit 1)
                        returning s.id, s.attempt""".formatted(CLAIMABLE))
                .setParameter("owner", owner)
                .setParameter("lease", leaseSeconds)
                .setParameter("maxAttempts", maxAttempts)
                .setParameter("internalToo", internalToo)
                .getResultList();
        if (rows.isEmpty()) return Optional.empty();
        Object[] row = rows.get(0);
        UUID id = (UUID) row[0];
        int attempt = ((Number) row[1]).intValue();
        em.createNativeQuery("delete from test_result where submission_id = :id and attempt < :attempt")
                .setParameter("id", id).setParameter("attempt", attempt).executeUpdate();
        return Optional.of(new Claim(id, attempt, owner));
    }

    /** Extends the lease; false means the claim was lost (expired and taken over) and judging must stop. */
    public boolean heartbeat(Claim claim, int leaseSeconds) {
        return em.createNativeQuery("""
                        update submission set lease_until = now() + make_interval(secs => :lease)
                         where id = :id and attempt = :attempt and lease_owner = :owner and state = 'JUDGING'""")
                .setParameter("lease", leaseSeconds)
                .setParameter("id", claim.submissionId())
                .setParameter("attempt", claim.attempt())
                .setParameter("owner", claim.owner())
                .executeUpdate() == 1;
    }

    /**
     * Gives an unfinished claim back on a graceful stop: the row is QUEUED again with the attempt it had before this
     * claim (a hand-back is no failure and does not count against max-attempts), and the claim's results are gone.
     * Fenced like every write, so it does nothing if the claim was already lost or finished.
     */
    public boolean handBack(Claim claim) {
        return letGo(claim, em.createNativeQuery("""
                update submission set state = 'QUEUED', attempt = attempt - 1, lease_owner = null, lease_until = null,
                       started_at = null, tests_total = 0, tests_passed = 0
                 where id = :id and attempt = :attempt and lease_owner = :owner and state = 'JUDGING'"""));
    }

    /**
     * Lets go of a claim whose judging failed for the judge's own reasons: the row keeps its attempt and its lease,
     * which now runs out after {@code delaySeconds}, so a worker takes it again then as the next attempt, as it would a
     * dead worker's; the claim's results are gone, and {@code why} stays in the message until a verdict replaces it.
     * Fenced like every write.
     */
    public boolean retryLater(Claim claim, int delaySeconds, String why) {
        return letGo(claim, em.createNativeQuery("""
                        update submission set lease_owner = null, lease_until = now() + make_interval(secs => :delay),
                               tests_total = 0, tests_passed = 0, message = :why
                         where id = :id and attempt = :attempt and lease_owner = :owner and state = 'JUDGING'""")
                .setParameter("delay", delaySeconds)
                .setParameter("why", why.length() > 1000 ? why.substring(0, 1000) : why));
    }

    /** Runs a claim's fenced release (:id, :attempt, :owner) and, when it held, deletes the claim's results. */
    private boolean letGo(Claim claim, Query release) {
        int rows = release.setParameter("id", claim.submissionId())
                .setParameter("attempt", claim.attempt())
                .setParameter("owner", claim.owner())
                .executeUpdate();
        if (rows == 0) return false;
        em.createNativeQuery("delete from test_result where submission_id = :id and attempt = :attempt")
                .setParameter("id", claim.submissionId()).setParameter("attempt", claim.attempt()).executeUpdate();
        return true;
    }

    /**
     * Submissions that used up their attempts while still unfinished end as INTERNAL_ERROR, never stuck; the message
     * keeps the last failure the judge recorded ({@link #retryLater}), if any.
     */
    public int failExhausted(int maxAttempts) {
        return em.createNativeQuery("""
                        update submission set state = 'DONE', verdict = 'INTERNAL_ERROR', finished_at = now(),
                               message = concat('the judge failed repeatedly on this submission',
                                                ' (last: ' || message || ')'),
                               lease_owner = null
                         where attempt >= :max and %s""".formatted(CLAIMABLE))
                .setParameter("max", maxAttempts)
                .executeUpdate();
    }

    /**
     * Users' submissions waiting to be claimed (internal ones not counted): queued ones, and those whose worker died
     * mid-judging (lease run out), which wait for a worker just as much.
     */
    public long waiting() {
        return ((Number) em.createNativeQuery("""
                        select count(*) from submission where %s and not internal""".formatted(CLAIMABLE))
                .getSingleResult()).longValue();
    }
}
