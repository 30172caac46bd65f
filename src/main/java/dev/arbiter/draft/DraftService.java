package dev.arbiter.draft;

import dev.arbiter.common.ApiException;
import dev.arbiter.lang.Language;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Unsubmitted code kept on the server per user, problem and language (one row each, last write wins). */
@ApplicationScoped
@Transactional
public class DraftService {

    static final int MAX_BYTES = 65536;

    private final EntityManager em;
    private final ProblemService problems;

    public DraftService(EntityManager em, ProblemService problems) {
        this.em = em;
        this.problems = problems;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> get(long userId, String slug, String language) {
        Problem p = problems.require(slug);
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select source from draft where user_id = ?1 and problem_id = ?2 and language = ?3")
                .setParameter(1, userId).setParameter(2, p.id).setParameter(3, checked(language)).getResultList();
        return rows.stream().findFirst();
    }

    public void save(long userId, String slug, String language, String source) {
        if (source == null) throw ApiException.badRequest("source is required");
        if (source.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ApiException(413, "source is larger than " + MAX_BYTES + " bytes");
        }
        Problem p = problems.require(slug);
        em.createNativeQuery("""
                        insert into draft (user_id, problem_id, language, source, updated_at) values (?1, ?2, ?3, ?4, now())
                        on conflict (user_id, problem_id, language) do update set source = excluded.source, updated_at = now()""")
                .setParameter(1, userId).setParameter(2, p.id).setParameter(3, checked(language)).setParameter(4, source)
                .executeUpdate();
    }

    private static String checked(String language) {
        return Language.fromId(language).map(Language::id)
                .orElseThrow(() -> ApiException.badRequest("language must be java or python"));
    }
}
