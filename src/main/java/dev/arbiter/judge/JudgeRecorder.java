package dev.arbiter.judge;

import dev.arbiter.common.Verdict;
import dev.arbiter.lease.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;

/** Writes a judging's progress and result, each write fenced by the claim so a stale worker changes nothing. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JudgeRecorder {

    private static final Logger LOG = Logger.getLogger(JudgeRecorder.class);

    private final EntityManager em;
    private final JudgeMetrics metrics;

    public JudgeRecorder(EntityManager em, JudgeMetrics metrics) {
        this.em = em;
        this.metrics = metrics;
    }

    public boolean started(Claim claim, int testsTotal) {
        return fenced(claim, "tests_total = " + testsTotal + ", tests_passed = 0");
    }

    /** Stores one test's outcome; false when the claim was lost. */
    public boolean test(Claim claim, TestOutcome o, int passedSoFar) {
        if (!fenced(claim, "tests_passed = " + passedSoFar)) return false;
        em.createNativeQuery("""
                        insert into test_result (submission_id, attempt, ordinal, test_name, sample, verdict, cpu_ms, wall_ms,
                                                 memory_kb, input, expected, actual, stdout, stderr, message)
                        values (:id, :attempt, :ordinal, :name, :sample, :verdict, :cpu, :wall, :mem, :input, :expected,
                                :actual, :stdout, :stderr, :message)""")
                .setParameter("id", claim.submissionId())
                .setParameter("attempt", claim.attempt())
                .setParameter("ordinal", o.ordinal())
                .setParameter("name", storable(o.name()))
                .setParameter("sample", o.sample())
                .setParameter("verdict", o.verdict().name())
                .setParameter("cpu", o.cpuMs())
                .setParameter("wall", o.wallMs())
                .setParameter("mem", o.memoryKb())
                .setParameter("input", storable(o.input()))
                .setParameter("expected", storable(o.expected()))
                .setParameter("actual", storable(o.actual()))
                .setParameter("stdout", storable(o.stdout()))
                .setParameter("stderr", storable(o.stderr()))
                .setParameter("message", storable(o.message()))
                .executeUpdate();
        return true;
    }

    /** Stores the final verdict and releases the claim; false when the claim was lost (nothing is written). */
    public boolean finished(Claim claim, Verdict verdict, String message, int passed,
                            Integer maxCpuMs, Integer maxMemoryKb) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        update submission set state = 'DONE', verdict = :verdict, message = :message, tests_passed = :passed,
                               max_cpu_ms = :cpu, max_memory_kb = :mem, finished_at = now(), lease_owner = null,
                               lease_until = null
                         where id = :id and attempt = :attempt and lease_owner = :owner and state = 'JUDGING'
                        returning language, internal, extract(epoch from finished_at - created_at)""")
                .setParameter("verdict", verdict.name())
                .setParameter("message", storable(message))
                .setParameter("passed", passed)
                .setParameter("cpu", maxCpuMs)
                .setParameter("mem", maxMemoryKb)
                .setParameter("id", claim.submissionId())
                .setParameter("attempt", claim.attempt())
                .setParameter("owner", claim.owner())
                .getResultList();
        if (rows.isEmpty()) return false;
        LOG.debugf("Judged %s (attempt %d, %s): %s", claim.submissionId(), claim.attempt(), claim.owner(), verdict);
        Object[] row = rows.get(0);
        if (!(Boolean) row[1]) {
            long millis = Math.round(((Number) row[2]).doubleValue() * 1000);
            metrics.verdict(verdict, (String) row[0], Duration.ofMillis(millis));
        }
        return true;
    }

    /** What a program printed may hold NUL, which PostgreSQL text cannot: shown as the symbol for null instead. */
    static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\u2400');
    }

    private boolean fenced(Claim claim, String assignments) {
        return em.createNativeQuery("update submission set " + assignments
                        + " where id = :id and attempt = :attempt and lease_owner = :owner and state = 'JUDGING'")
                .setParameter("id", claim.submissionId())
                .setParameter("attempt", claim.attempt())
                .setParameter("owner", claim.owner())
                .executeUpdate() == 1;
    }
}
