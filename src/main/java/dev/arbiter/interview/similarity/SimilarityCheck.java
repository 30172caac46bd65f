package dev.arbiter.interview.similarity;

import dev.arbiter.interview.InterviewConfig;
import dev.arbiter.lang.Language;
import dev.arbiter.lang.StarterCode;
import dev.arbiter.problem.Problem;
import dev.arbiter.problem.ProblemService;
import dev.arbiter.problem.ProblemSolution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a session's final code for a problem with every other session's submissions of that problem and with the
 * problem's shipped solutions (same language), and names the closest. A high score is a reason to look, not a verdict.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SimilarityCheck {

    /** The closest other program; {@code interviewId} is null for a shipped solution. */
    public record Closest(double score, String label, Long interviewId, String source, Set<Integer> lines,
                          Set<Integer> otherLines) {
    }

    /** The best score found, and the program itself when it reaches the threshold. */
    public record Result(double threshold, int compared, double closestScore, Closest match) {
    }

    private record Other(String label, Long interviewId, String source) {
    }

    private final EntityManager em;
    private final InterviewConfig config;

    public SimilarityCheck(EntityManager em, InterviewConfig config) {
        this.em = em;
        this.config = config;
    }

    public Result check(long interviewId, long problemId, String language, String source) {
        Problem problem = Problem.findById(problemId);
        Language lang = Language.fromId(language).orElseThrow();
        boolean python = lang == Language.PYTHON;
        String starter = StarterCode.of(lang, ProblemService.spec(problem));
        List<Other> others = new ArrayList<>(otherSessions(interviewId, problemId, lang.id()));
        ProblemSolution.forProblem(problem).stream().filter(s -> s.language == lang)
                .forEach(s -> others.add(new Other("shipped solution " + s.kind.name().toLowerCase() + "/" + s.name, null, s.source)));
        Optional<Closest> best = others.stream().map(o -> {
            Similarity.Match m = Similarity.compare(source, o.source(), python, starter);
            return new Closest(m.score(), o.label(), o.interviewId(), o.source(), m.linesA(), m.linesB());
        }).max(Comparator.comparingDouble(Closest::score));
        double score = best.map(Closest::score).orElse(0.0);
        double threshold = config.similarityThreshold();
        return new Result(threshold, others.size(), score, score >= threshold ? best.get() : null);
    }

    private List<Other> otherSessions(long interviewId, long problemId, String language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select i.id, i.candidate_name, s.source from interview_event e
                          join submission s on s.id = e.submission_id
                          join interview i on i.id = e.interview_id
                         where e.type in ('SUBMIT', 'AUTO_SUBMIT') and e.interview_id <> ?1
                           and s.problem_id = ?2 and s.language = ?3
                         order by e.id""")
                .setParameter(1, interviewId).setParameter(2, problemId).setParameter(3, language).getResultList();
        return rows.stream().map(r -> new Other("session " + r[0] + " (" + r[1] + ")", ((Number) r[0]).longValue(),
                (String) r[2])).toList();
    }
}
