package dev.arbiter.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import dev.arbiter.lang.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** A solution shipped with a problem package (reference, known-wrong or known-slow). */
@Entity
@Table(name = "problem_solution")
public class ProblemSolution extends PanacheEntity {

    @ManyToOne
    @JoinColumn(name = "problem_id")
    public Problem problem;
    @Enumerated(EnumType.STRING)
    public SolutionKind kind;
    public Language language;
    public String name;
    public String source;

    public static List<ProblemSolution> forProblem(Problem problem) {
        return list("problem", problem);
    }

    /** The problem's reference in the language: its (first) accepted solution. */
    public static java.util.Optional<String> reference(Problem problem, Language language) {
        return forProblem(problem).stream().filter(s -> s.kind == SolutionKind.ACCEPTED && s.language == language)
                .map(s -> s.source).findFirst();
    }

    public static long deleteForProblem(Problem problem) {
        return delete("problem", problem);
    }
}
