package dev.arbiter.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
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
    @jakarta.persistence.Column(name = "version_id")
    public Long versionId;
    public String kind;
    public String language;
    public String name;
    public String source;

    /** The solutions shipped with the problem's current version. */
    public static List<ProblemSolution> forProblem(Problem problem) {
        return forVersion(problem.currentVersionId);
    }

    public static List<ProblemSolution> forVersion(Long versionId) {
        return list("versionId", io.quarkus.panache.common.Sort.by("id"), versionId);
    }
}
