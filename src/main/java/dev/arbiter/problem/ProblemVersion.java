package dev.arbiter.problem;

import dev.arbiter.lang.Language;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One immutable content of a problem (its content hash), with where it came from; tests and solutions belong to it. */
@Entity
@Table(name = "problem_version")
public class ProblemVersion extends PanacheEntity {

    /** CANDIDATE: stored, being validated; PUBLISHED: served (now or before); REFUSED: failed validation. */
    public enum State { CANDIDATE, PUBLISHED, REFUSED }

    public enum Format { ARBITER, KATTIS }

    @Column(name = "problem_id")
    public long problemId;
    public String version;
    public String source;
    @Enumerated(EnumType.STRING)
    public Format format;
    @Enumerated(EnumType.STRING)
    public State state;
    @Column(name = "commit_sha")
    public String commitSha;
    public String author;
    @Column(name = "committed_at")
    public Instant committedAt;
    public String title;
    public String difficulty;
    public String mode;
    @Column(name = "statement_md")
    public String statementMarkdown;
    @Column(name = "spec_json")
    public String specJson;
    @Column(name = "checker_json")
    public String checkerJson;
    @Column(name = "checker_program")
    public String checkerProgram;
    @Column(name = "generator_source")
    public String generatorSource;
    @Column(name = "perf_sizes")
    public String perfSizes;
    @Column(name = "perf_complexity")
    public String perfComplexity;
    @Column(name = "time_limit_java_ms")
    public int timeLimitJavaMs;
    @Column(name = "time_limit_python_ms")
    public int timeLimitPythonMs;
    @Column(name = "memory_mb")
    public int memoryMb;
    /** Comma-separated, lowercase. */
    public String tags;
    /** Kattis packages: the time limit is the slowest accepted run times this (null: limits are declared). */
    @Column(name = "time_multiplier")
    public Double timeMultiplier;
    /** Kattis packages: known-slow submissions must still exceed the limit times this. */
    @Column(name = "time_safety_margin")
    public Double timeSafetyMargin;
    /** Kattis packages: a calibrated limit is rounded up to a multiple of this many seconds; null when declared. */
    @Column(name = "time_resolution")
    public Double timeResolution;
    /** Why a candidate was refused (one line per problem), or how its limits were calibrated. */
    public String message;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "published_at")
    public Instant publishedAt;

    public static Optional<ProblemVersion> of(long problemId, String version) {
        return find("problemId = ?1 and version = ?2", problemId, version).firstResultOptional();
    }

    /** The problem's versions that were ever published, newest first. */
    public static List<ProblemVersion> published(long problemId) {
        return list("problemId = ?1 and publishedAt is not null", Sort.by("publishedAt", Sort.Direction.Descending), problemId);
    }

    public int timeLimitMs(Language language) {
        return language == Language.JAVA ? timeLimitJavaMs : timeLimitPythonMs;
    }

    /** Whether judging under this version differs from judging under the other (tests, checker or limits). */
    public boolean judgesLike(ProblemVersion other) {
        return other != null && java.util.Objects.equals(checkerJson, other.checkerJson)
                && java.util.Objects.equals(checkerProgram, other.checkerProgram)
                && timeLimitJavaMs == other.timeLimitJavaMs && timeLimitPythonMs == other.timeLimitPythonMs
                && memoryMb == other.memoryMb && TestCase.sameTests(id, other.id);
    }
}
