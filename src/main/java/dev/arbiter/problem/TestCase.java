package dev.arbiter.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/** One test of a problem; secret tests never leave the server. */
@Entity
@Table(name = "test_case")
public class TestCase extends PanacheEntity {

    @ManyToOne
    @JoinColumn(name = "problem_id")
    public Problem problem;
    public int ordinal;
    public String name;
    public boolean sample;
    public String input;
    public String expected;

    public static List<TestCase> forProblem(Problem problem) {
        return find("problem", Sort.by("ordinal"), problem).list();
    }

    public static List<TestCase> samplesOf(Problem problem) {
        return find("problem = ?1 and sample = true", Sort.by("ordinal"), problem).list();
    }

    public static long deleteForProblem(Problem problem) {
        return delete("problem", problem);
    }
}
