package dev.arbiter.sources;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs syncs in the background, one thread per node: requests for a source that is already waiting are merged, and a
 * request that arrives while the source syncs runs once more afterwards (a push during a sync is not lost).
 */
@ApplicationScoped
public class SyncRunner {

    private static final Logger LOG = Logger.getLogger(SyncRunner.class);

    private final GitSync sync;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "source-sync");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Future<GitSync.Outcome>> waiting = new ConcurrentHashMap<>();

    public SyncRunner(GitSync sync) {
        this.sync = sync;
    }

    /** Queues a sync of the source unless one is already waiting; the returned future completes when it ran. */
    public Future<GitSync.Outcome> request(String source) {
        return waiting.computeIfAbsent(source, name -> executor.submit(() -> {
            waiting.remove(name);
            try {
                return sync.sync(name);
            } catch (RuntimeException e) {
                LOG.warnf("Sync of %s failed: %s", name, e.getMessage());
                throw e;
            }
        }));
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
