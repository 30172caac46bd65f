package dev.arbiter.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** Why a package of a commit was not published: its file, line (0 when none) and reason. */
@Entity
@Table(name = "sync_failure")
public class SyncFailure extends PanacheEntity {

    @Column(name = "sync_id")
    public long syncId;
    public String source;
    @Column(name = "commit_sha")
    public String commitSha;
    public String slug;
    public String file;
    public int line;
    public String reason;
    @Column(name = "created_at")
    public Instant createdAt;

    public static List<SyncFailure> ofSync(long syncId) {
        return list("syncId", Sort.by("id"), syncId);
    }
}
