package dev.arbiter.sources;

import dev.arbiter.problem.PackageError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A source's sync state in PostgreSQL: the commit it was last synced to, and the lease a node holds while it syncs
 * it, so that two nodes never sync (and publish) the same source at once. Each call is its own transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SourceStore {

    private final EntityManager em;

    public SourceStore(EntityManager em) {
        this.em = em;
    }

    /** Takes the source's sync lease if no other node holds a live one; false means someone else is syncing it. */
    public boolean claim(String source, String owner, Duration lease) {
        em.createNativeQuery("insert into problem_source (name) values (:name) on conflict do nothing")
                .setParameter("name", source).executeUpdate();
        return em.createNativeQuery("""
                        update problem_source set sync_owner = :owner, sync_until = now() + make_interval(secs => :secs)
                         where name = :name and (sync_owner is null or sync_until < now() or sync_owner = :owner)""")
                .setParameter("owner", owner).setParameter("secs", lease.toSeconds()).setParameter("name", source)
                .executeUpdate() == 1;
    }

    /** Extends the lease; false when it was lost (expired and taken by another node), and the sync must stop. */
    public boolean renew(String source, String owner, Duration lease) {
        return em.createNativeQuery("""
                        update problem_source set sync_until = now() + make_interval(secs => :secs)
                         where name = :name and sync_owner = :owner""")
                .setParameter("secs", lease.toSeconds()).setParameter("name", source).setParameter("owner", owner)
                .executeUpdate() == 1;
    }

    /** Releases the lease, recording the commit the source is now synced to (null: unchanged). */
    public void release(String source, String owner, String syncedCommit) {
        em.createNativeQuery("""
                        update problem_source set sync_owner = null, sync_until = null, last_sync_at = now(),
                               last_commit = coalesce(:commit, last_commit)
                         where name = :name and sync_owner = :owner""")
                .setParameter("commit", syncedCommit).setParameter("name", source).setParameter("owner", owner)
                .executeUpdate();
    }

    public String lastCommit(String source) {
        List<?> rows = em.createNativeQuery("select last_commit from problem_source where name = :name")
                .setParameter("name", source).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    public Instant lastSyncAt(String source) {
        List<?> rows = em.createNativeQuery("select last_sync_at from problem_source where name = :name")
                .setParameter("name", source).getResultList();
        if (rows.isEmpty() || rows.get(0) == null) return null;
        Object at = rows.get(0);
        return at instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) at;
    }

    public long start(String source, String from, String to) {
        SourceSync s = new SourceSync();
        s.source = source;
        s.fromCommit = from;
        s.toCommit = to;
        s.state = SourceSync.State.RUNNING;
        s.startedAt = Instant.now();
        s.persist();
        return s.id;
    }

    public void fail(long syncId, String slug, String commit, List<PackageError> errors) {
        SourceSync sync = SourceSync.findById(syncId);
        for (PackageError e : errors) {
            SyncFailure f = new SyncFailure();
            f.syncId = syncId;
            f.source = sync.source;
            f.commitSha = commit;
            f.slug = slug;
            f.file = e.file();
            f.line = e.line();
            f.reason = e.reason();
            f.createdAt = Instant.now();
            f.persist();
        }
    }

    public void finish(long syncId, SourceSync.State state, List<String> published, String message) {
        SourceSync s = SourceSync.findById(syncId);
        s.state = state;
        s.published = String.join(",", published);
        s.message = message;
        s.finishedAt = Instant.now();
    }
}
