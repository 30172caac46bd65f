package dev.arbiter.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** The outcome of one test of one judging attempt; data is kept only for sample and custom tests. */
@Entity
@Table(name = "test_result")
public class TestResult extends PanacheEntity {

    @Column(name = "submission_id")
    public UUID submissionId;
    public int attempt;
    public int ordinal;
    @Column(name = "test_name")
    public String testName;
    public boolean sample;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public dev.arbiter.common.Verdict verdict;
    @Column(name = "cpu_ms")
    public Integer cpuMs;
    @Column(name = "wall_ms")
    public Integer wallMs;
    @Column(name = "memory_kb")
    public Integer memoryKb;
    public String input;
    public String expected;
    public String actual;
    public String stdout;
    public String stderr;
    public String message;

    /** Results of the submission's current attempt after the given ordinal, in order. */
    public static List<TestResult> after(UUID submissionId, int attempt, int afterOrdinal) {
        return find("submissionId = ?1 and attempt = ?2 and ordinal > ?3", Sort.by("ordinal"),
                submissionId, attempt, afterOrdinal).list();
    }
}
