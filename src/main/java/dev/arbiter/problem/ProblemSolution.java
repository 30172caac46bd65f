package dev.arbiter.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import dev.arbiter.lang.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** A solution shipped with a problem version (reference, known-wrong or known-slow). */
@Entity
@Table(name = "problem_solution")
public class ProblemSolution extends PanacheEntity {

    @ManyToOne
    @JoinColumn(name = "problem_id")
    public Problem problem;
    @Column(name = "version_id")
    public Long versionId;
    @Enumerated(EnumType.STRING)
    public SolutionKind kind;
    public Language language;
    public String name;
    public String source;

    /** The solutions shipped with the problem's current version. */
    public static List<ProblemSolution> forProblem(Problem problem) {
        return forVersion(problem.currentVersionId);
    }

    public static List<ProblemSolution> forVersion(Long versionId) {
        return list("versionId", io.quarkus.panache.common.Sort.by("id"), versionId);
    }

    /** The problem's reference in the language at its current version: its (first) accepted solution. */
    public static Optional<String> reference(Problem problem, Language language) {
        return reference(problem.currentVersionId, language);
    }

    /** A version's reference in the language: its (first) accepted solution. */
    public static Optional<String> reference(Long versionId, Language language) {
        return forVersion(versionId).stream().filter(s -> s.kind == SolutionKind.ACCEPTED && s.language == language)
                .map(s -> s.source).findFirst();
    }
}
