package dev.arbiter.problem;

import dev.arbiter.lang.Language;
import dev.arbiter.lang.LanguageConverter;
import dev.arbiter.lang.Mode;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One immutable content of a problem (its content hash), with where it came from; tests and solutions belong to it. */
@Entity
@Table(name = "problem_version")
public class ProblemVersion extends PanacheEntity {

    /** CANDIDATE: stored, being validated; PUBLISHED: served (now or before); REFUSED: failed validation. */
    public enum State { CANDIDATE, PUBLISHED, REFUSED }

    /** The package layout a version was read from; it names the folder a shipped solution sits in. */
    public enum Format {
        ARBITER, KATTIS;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The package file of a shipped solution of this kind (Kattis spells one folder differently). */
        public String solutionFile(SolutionKind kind, String name) {
            if (this == ARBITER) return "solutions/" + kind.folder() + "/" + name;
            return "submissions/" + (kind == SolutionKind.RUNTIME_ERROR ? "run_time_error" : kind.folder()) + "/" + name;
        }
    }

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
    @Enumerated(EnumType.STRING)
    public Mode mode;
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
    /** The time limit of each language, in ms (calibrated ones are set before the version is published). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "problem_version_time_limit", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "language")
    @Convert(attributeName = "key", converter = LanguageConverter.class)
    @Column(name = "time_limit_ms")
    public Map<Language, Integer> timeLimits = new EnumMap<>(Language.class);
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

    /** The version a submission is judged on: the one it recorded, or the problem's current one for older rows. */
    public static ProblemVersion ofSubmission(long problemId, Long versionId) {
        if (versionId != null) return findById(versionId);
        Problem p = Problem.findById(problemId);
        return findById(p.currentVersionId);
    }

    public int timeLimitMs(Language language) {
        return timeLimits.get(language);
    }

    /** The performance sizes as a list; empty when the version is not scored. */
    public List<Integer> perfSizeList() {
        return perfSizes == null ? List.of() : Problem.parseSizes(perfSizes);
    }

    /** Whether judging under this version differs from judging under the other (tests, checker or limits). */
    public boolean judgesLike(ProblemVersion other) {
        return other != null && java.util.Objects.equals(checkerJson, other.checkerJson)
                && java.util.Objects.equals(checkerProgram, other.checkerProgram)
                && timeLimits.equals(other.timeLimits)
                && memoryMb == other.memoryMb && TestCase.sameTests(id, other.id);
    }
}
