package dev.arbiter.sandbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

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
        Key key = new Key(image, memoryMb);
        SandboxContainer container = queue(key).pollFirst();
        refill(key);
        return container != null ? container : sandbox.start(image, memoryMb);
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
                LOG.warnf("Warm pool could not start %s: %s", key.image(), e.getMessage());
                return;
            }
        }
    }

    private LinkedBlockingDeque<SandboxContainer> queue(Key key) {
        return ready.computeIfAbsent(key, k -> new LinkedBlockingDeque<>());
    }

    /** Containers kept ready now, over all configurations. */
    public int size() {
        return ready.values().stream().mapToInt(LinkedBlockingDeque::size).sum();
    }

    /** Removes the ready containers and starts no more (the node is stopping). */
    @PreDestroy
    void drain() {
        refiller.shutdownNow();
        try {
            refiller.awaitTermination(10, TimeUnit.SECONDS); // a start in progress lands in the pool
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ready.values().forEach(q -> {
            for (SandboxContainer c; (c = q.pollFirst()) != null; ) c.close();
        });
    }
}
