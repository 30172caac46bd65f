package dev.arbiter.interview.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The append-only snapshot log of a session (native SQL: rows have a composite key and are never updated). */
@ApplicationScoped
public class Snapshots {

    private final EntityManager em;

    public Snapshots(EntityManager em) {
        this.em = em;
    }

    /** Appends in the caller's transaction, which holds the session's lock and chose {@code seq}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(long interviewId, Snapshot s) {
        em.createNativeQuery("""
                        insert into interview_snapshot (interview_id, seq, problem, at, language, origin, edit_from, edit_removed, edit_text)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, interviewId).setParameter(2, s.seq()).setParameter(3, s.problem())
                .setParameter(4, s.at()).setParameter(5, s.language()).setParameter(6, s.origin().name())
                .setParameter(7, s.edit().from()).setParameter(8, s.edit().removed()).setParameter(9, s.edit().text())
                .executeUpdate();
    }

    /** Every snapshot of a session after {@code afterSeq}, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Snapshot> after(long interviewId, int afterSeq) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select seq, problem, at, language, origin, edit_from, edit_removed, edit_text
                          from interview_snapshot where interview_id = ?1 and seq > ?2 order by seq""")
                .setParameter(1, interviewId).setParameter(2, afterSeq).getResultList();
        return rows.stream().map(r -> new Snapshot(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), instant(r[2]),
                (String) r[3], Snapshot.Origin.valueOf((String) r[4]),
                new TextEdit(((Number) r[5]).intValue(), ((Number) r[6]).intValue(), (String) r[7]))).toList();
    }

    /** Bytes the session's snapshots take in the table (edits only, not copies): for the report. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long storedBytes(long interviewId) {
        Object n = em.createNativeQuery("select coalesce(sum(pg_column_size(t.*)), 0) from interview_snapshot t where interview_id = ?1")
                .setParameter(1, interviewId).getSingleResult();
        return ((Number) n).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) return i;
        if (value instanceof OffsetDateTime o) return o.toInstant();
        return ((Timestamp) value).toInstant();
    }
}
