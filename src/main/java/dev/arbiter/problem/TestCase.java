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
    @jakarta.persistence.Column(name = "version_id")
    public Long versionId;
    public int ordinal;
    public String name;
    public boolean sample;
    public String input;
    public String expected;

    /** The tests of the problem's current version. */
    public static List<TestCase> forProblem(Problem problem) {
        return forVersion(problem.currentVersionId);
    }

    public static List<TestCase> samplesOf(Problem problem) {
        return samplesOf(problem.currentVersionId);
    }

    public static List<TestCase> forVersion(Long versionId) {
        return find("versionId", Sort.by("ordinal"), versionId).list();
    }

    public static List<TestCase> samplesOf(Long versionId) {
        return find("versionId = ?1 and sample = true", Sort.by("ordinal"), versionId).list();
    }

    /** Whether two versions hold the same tests (names, inputs and answers, in order). */
    static boolean sameTests(long a, long b) {
        List<TestCase> left = forVersion(a);
        List<TestCase> right = forVersion(b);
        if (left.size() != right.size()) return false;
        for (int i = 0; i < left.size(); i++) {
            TestCase x = left.get(i);
            TestCase y = right.get(i);
            if (!x.name.equals(y.name) || !x.input.equals(y.input) || !x.expected.equals(y.expected)) return false;
        }
        return true;
    }
}
