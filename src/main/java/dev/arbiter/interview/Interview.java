package dev.arbiter.interview;

import dev.arbiter.lang.Language;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One candidate's timed session; its deadline is server time, fixed when the candidate starts. */
@Entity
@Table(name = "interview")
public class Interview extends PanacheEntity {

    @Column(name = "candidate_name")
    public String candidateName;
    @Column(name = "candidate_email")
    public String candidateEmail;
    /** Comma-separated language ids the candidate may use. */
    public String languages;
    @Column(name = "duration_minutes")
    public int durationMinutes;
    @Column(name = "opens_at")
    public Instant opensAt;
    @Column(name = "closes_at")
    public Instant closesAt;
    @Enumerated(EnumType.STRING)
    public InterviewState state;
    @Column(name = "created_by")
    public Long createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "deadline_at")
    public Instant deadlineAt;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "finalized_by")
    public String finalizedBy;
    @Column(name = "last_client_seq")
    public long lastClientSeq;
    @Column(name = "snapshot_count")
    public int snapshotCount;

    public static Optional<Interview> byId(long id) {
        return findByIdOptional(id);
    }

    /** The session, row-locked until the transaction ends: every write to a session goes through this. */
    public static Optional<Interview> lock(long id) {
        return Optional.ofNullable(getEntityManager().find(Interview.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public static List<Interview> newestFirst() {
        return listAll(Sort.by("createdAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending));
    }

    /**
     * Claims one running session whose deadline plus grace has passed, locked for this transaction; sessions
     * another node is finalizing (or a candidate request holds) are skipped, never waited for.
     */
    public static Optional<Interview> claimDue(Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                        select id from interview
                         where state = 'RUNNING' and deadline_at <= :cutoff
                         order by deadline_at
                         for update skip locked
                         limit 1""")
                .setParameter("cutoff", cutoff)
                .getResultList();
        return ids.stream().findFirst().map(id -> findById(id.longValue()));
    }

    public List<Language> languageList() {
        return Arrays.stream(languages.split(",")).map(l -> Language.fromId(l).orElseThrow()).toList();
    }

    public boolean allows(Language language) {
        return languageList().contains(language);
    }

    /** Running and not past deadline plus grace: runs, submits, snapshots and events are accepted. */
    public boolean acceptsWork(Instant now, Duration grace) {
        return state == InterviewState.RUNNING && now.isBefore(deadlineAt.plus(grace));
    }

    /** Whether the link may still start the session: not started yet and its window (if any) not closed. */
    public boolean expired(Instant now) {
        return state == InterviewState.SCHEDULED && closesAt != null && !now.isBefore(closesAt);
    }
}
