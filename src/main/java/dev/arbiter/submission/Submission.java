package dev.arbiter.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import dev.arbiter.common.Verdict;
import dev.arbiter.lang.Language;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A RUN or SUBMIT of a candidate's code, and also an item of the judge queue while it is QUEUED or JUDGING. */
@Entity
public class Submission extends PanacheEntityBase {

    /** A run (samples or custom input, nothing recorded as an attempt) or a submit (every test). */
    public enum Kind {
        RUN, SUBMIT;

        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum State { QUEUED, JUDGING, DONE }

    @Id
    public UUID id;
    @Column(name = "problem_id")
    public long problemId;
    @Column(name = "problem_version")
    public String problemVersion;
    /** The problem version this submission is judged on (dev.arbiter.problem.ProblemVersion). */
    @Column(name = "problem_version_id")
    public Long problemVersionId;
    @Column(name = "user_id")
    public Long userId;
    public Language language;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String source;
    @Column(name = "custom_input")
    public String customInput;
    @Enumerated(EnumType.STRING)
    public State state;
    @Enumerated(EnumType.STRING)
    public Verdict verdict;
    public String message;
    @Column(name = "tests_total")
    public int testsTotal;
    @Column(name = "tests_passed")
    public int testsPassed;
    @Column(name = "max_cpu_ms")
    public Integer maxCpuMs;
    @Column(name = "max_memory_kb")
    public Integer maxMemoryKb;
    public int attempt;
    @Column(name = "lease_owner")
    public String leaseOwner;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    /** A judging of the problem's own solutions (calibration, validation): no user, never listed, judged last. */
    public boolean internal;
    /** Overrides the problem's time limit (internal submissions only). */
    @Column(name = "time_limit_ms")
    public Integer timeLimitMs;

    public static Optional<Submission> byId(UUID id) {
        return findByIdOptional(id);
    }

    /**
     * Whether this just-persisted QUEUED submission fits under the cap: it counts itself and every committed one,
     * with no lock and no wait, so a burst cannot tie up the connection pool (when false, the caller's transaction
     * rolls the insert back). Concurrent admissions do not see each other's rows, so the cap can be passed by at most
     * the submissions being admitted at that instant.
     */
    public boolean fitsUnder(int cap) {
        getEntityManager().flush();
        return count("state = ?1 and internal = false", State.QUEUED) <= cap;
    }

    public static List<Submission> history(long problemId, Long userId, int limit) {
        String where = userId == null ? "problemId = ?1 and userId is null and kind = Kind.SUBMIT and internal = false"
                : "problemId = ?1 and userId = ?2 and kind = Kind.SUBMIT";
        Sort sort = Sort.by("createdAt", Sort.Direction.Descending);
        var query = userId == null ? find(where, sort, problemId) : find(where, sort, problemId, userId);
        return query.page(Page.ofSize(limit)).list();
    }

    public boolean done() {
        return state == State.DONE;
    }
}
