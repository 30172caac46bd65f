package dev.arbiter.interview.report;

import dev.arbiter.interview.Interview;
import dev.arbiter.interview.InterviewClock;
import dev.arbiter.interview.InterviewService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** One scorecard per interviewer and session (native SQL: the key is the pair), saved again as often as they like. */
@ApplicationScoped
@Transactional
public class Scorecards {

    private final EntityManager em;
    private final InterviewClock clock;

    public Scorecards(EntityManager em, InterviewClock clock) {
        this.em = em;
        this.clock = clock;
    }

    public ReportDtos.ScorecardView save(long id, long authorId, ReportDtos.ScorecardRequest r) {
        Interview.byId(id).orElseThrow(() -> InterviewService.notFound(id));
        em.createNativeQuery("""
                        insert into interview_scorecard (interview_id, author_id, problem_solving, code_quality, communication,
                                                         testing, recommendation, comment, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (interview_id, author_id) do update set problem_solving = excluded.problem_solving,
                            code_quality = excluded.code_quality, communication = excluded.communication,
                            testing = excluded.testing, recommendation = excluded.recommendation,
                            comment = excluded.comment, updated_at = excluded.updated_at""")
                .setParameter(1, id).setParameter(2, authorId).setParameter(3, r.problemSolving())
                .setParameter(4, r.codeQuality()).setParameter(5, r.communication()).setParameter(6, r.testing())
                .setParameter(7, r.recommendation().name()).setParameter(8, r.comment()).setParameter(9, clock.now())
                .executeUpdate();
        return of(id).stream().filter(s -> s.author().equals(username(authorId))).findFirst().orElseThrow();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportDtos.ScorecardView> of(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select u.username, c.problem_solving, c.code_quality, c.communication, c.testing, c.recommendation,
                               c.comment, c.updated_at
                          from interview_scorecard c join app_user u on u.id = c.author_id
                         where c.interview_id = ?1 order by c.updated_at""")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> new ReportDtos.ScorecardView((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]),
                Recommendation.valueOf((String) r[5]), (String) r[6], instant(r[7]))).toList();
    }

    private String username(long id) {
        return (String) em.createNativeQuery("select username from app_user where id = ?1").setParameter(1, id).getSingleResult();
    }

    private static int n(Object o) {
        return ((Number) o).intValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) return i;
        if (value instanceof OffsetDateTime o) return o.toInstant();
        return ((Timestamp) value).toInstant();
    }
}
