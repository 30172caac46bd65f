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
    public String kind;
    public String language;
    public String name;
    public String source;

    public static List<ProblemSolution> forProblem(Problem problem) {
        return list("problem", problem);
    }

    public static long deleteForProblem(Problem problem) {
        return delete("problem", problem);
    }
}
