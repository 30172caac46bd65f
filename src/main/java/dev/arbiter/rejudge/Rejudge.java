package dev.arbiter.rejudge;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A rejudge of one version's accepted submissions on the next: its own record, never the original verdicts. */
@Entity
@Table(name = "rejudge")
public class Rejudge extends PanacheEntity {

    @Column(name = "problem_id")
    public long problemId;
    @Column(name = "from_version_id")
    public long fromVersionId;
    @Column(name = "to_version_id")
    public long toVersionId;
    /** Accepted submissions of the old version; at most the configured cap of them are rejudged. */
    public int eligible;
    @Column(name = "created_at")
    public Instant createdAt;

    public static boolean exists(long from, long to) {
        return count("fromVersionId = ?1 and toVersionId = ?2", from, to) > 0;
    }

    public static List<Rejudge> onto(long versionId) {
        return list("toVersionId", versionId);
    }
}
