package dev.arbiter.sandbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/** Keeps pre-started containers per (image, memory) so a submission does not wait for a container start. */
@ApplicationScoped
public class WarmPool {

    private static final Logger LOG = Logger.getLogger(WarmPool.class);

    private record Key(String image, int memoryMb) {
    }

    private final Sandbox sandbox;
    private final SandboxConfig config;
    private final Map<Key, LinkedBlockingDeque<SandboxContainer>> ready = new ConcurrentHashMap<>();
    private final ExecutorService refiller = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sandbox-warm-pool");
        t.setDaemon(true);
        return t;
    });

    public WarmPool(Sandbox sandbox, SandboxConfig config, MeterRegistry metrics) {
        this.sandbox = sandbox;
        this.config = config;
        Gauge.builder("arbiter.sandbox.warm.pool.size", this, WarmPool::size)
                .description("Started sandbox containers waiting for a submission").register(metrics);
    }

    /** A started container: a warm one when available, else a new one. Either way the pool refills itself. */
    public SandboxContainer take(String image, int memoryMb) {
        return take(image, memoryMb, Instant.now().getEpochSecond());
    }

    /**
     * As {@link #take(String, int)} at {@code nowSecond}. A warm container past half the reaper's age limit is removed
     * rather than handed out: the reaper removes every sandbox at that age (a waiting one too), and a judging must not
     * start in a container that is gone or about to go (a Java container left idle for 15 minutes had been reaped,
     * and the next Java submission failed with an internal error).
     */
    SandboxContainer take(String image, int memoryMb, long nowSecond) {
        Key key = new Key(image, memoryMb);
        SandboxContainer container;
        while ((container = queue(key).pollFirst()) != null && stale(container, nowSecond)) container.close();
        refill(key);
        return container != null ? container : sandbox.start(image, memoryMb);
    }

    /** Removes the warm containers past half the reaper's age limit and starts fresh ones in their place. */
    public int retireStale(long nowSecond) {
        int retired = 0;
        for (Map.Entry<Key, LinkedBlockingDeque<SandboxContainer>> entry : ready.entrySet()) {
            int before = retired;
            for (SandboxContainer c : List.copyOf(entry.getValue())) {
                if (stale(c, nowSecond) && entry.getValue().remove(c)) { // false: a judging took it meanwhile
                    c.close();
                    retired++;
                }
            }
            if (retired > before) refill(entry.getKey());
        }
        return retired;
    }

    private boolean stale(SandboxContainer container, long nowSecond) {
        return nowSecond - container.createdSecond() >= config.maxContainerAgeSeconds() / 2;
    }

    /** Starts warming containers for a configuration expected to be common. */
    public void prewarm(String image, int memoryMb) {
        refill(new Key(image, memoryMb));
    }

    private void refill(Key key) {
        if (config.warmPoolSize() <= 0 || refiller.isShutdown()) return;
        try {
            refiller.execute(() -> fill(key));
        } catch (RejectedExecutionException e) {
            // shutting down: no more warm containers
        }
    }

    private void fill(Key key) {
        var queue = queue(key);
        while (queue.size() < config.warmPoolSize() && !refiller.isShutdown()) {
            try {
                queue.addLast(sandbox.start(key.image(), key.memoryMb()));
            } catch (RuntimeException e) {
                if (refiller.isShutdown()) LOG.debugf("Warm pool stopped while starting %s: %s", key.image(), e.getMessage());
                else LOG.warnf("Warm pool could not start %s: %s", key.image(), e.getMessage());
                return;
            }
        }
    }

    private LinkedBlockingDeque<SandboxContainer> queue(Key key) {
        return ready.computeIfAbsent(key, k -> new LinkedBlockingDeque<>());
    }

    /** The oldest container kept ready for one configuration (left in the pool), or null. */
    SandboxContainer peek(String image, int memoryMb) {
        return queue(new Key(image, memoryMb)).peekFirst();
    }

    /** Containers kept ready now for one configuration. */
    int waiting(String image, int memoryMb) {
        return queue(new Key(image, memoryMb)).size();
    }

    /** Containers kept ready now, over all configurations. */
    public int size() {
        return ready.values().stream().mapToInt(LinkedBlockingDeque::size).sum();
    }

    /**
     * Removes the ready containers and starts no more (the node is stopping). A start in progress is not interrupted
     * but waited for, and lands in the pool to be removed with the others: interrupted, it left the container it was
     * creating for the shutdown sweep to find (WarmPoolTest), and short `validate` runs logged "Warm pool could not start".
     */
    @PreDestroy
    void drain() {
        refiller.shutdown();
        try {
            if (!refiller.awaitTermination(10, TimeUnit.SECONDS)) refiller.shutdownNow();
        } catch (InterruptedException e) {
            refiller.shutdownNow();
            Thread.currentThread().interrupt();
        }
        ready.values().forEach(q -> {
            for (SandboxContainer c; (c = q.pollFirst()) != null; ) c.close();
        });
    }
}
