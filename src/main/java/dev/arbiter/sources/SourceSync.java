package dev.arbiter.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One sync of a source from one commit to the next: what it published, hid and refused. */
@Entity
@Table(name = "source_sync")
public class SourceSync extends PanacheEntity {

    public enum State { RUNNING, DONE, FAILED }

    public String source;
    @Column(name = "from_commit")
    public String fromCommit;
    @Column(name = "to_commit")
    public String toCommit;
    @Enumerated(EnumType.STRING)
    public State state;
    /** Comma-separated slugs published by this sync. */
    public String published;
    /** What happened, in a line (or why the sync itself failed). */
    public String message;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;

    public static List<SourceSync> recent(String source, int limit) {
        return find("source", Sort.by("startedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending), source)
                .page(Page.ofSize(limit)).list();
    }
}
