package dev.arbiter.score;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/** The score queue's depth for Prometheus, read every few seconds rather than per scrape. */
@Startup
@ApplicationScoped
public class ScoreQueueGauge {

    private static final Logger LOG = Logger.getLogger(ScoreQueueGauge.class);

    private final ScoreQueue queue;
    private final AtomicLong depth = new AtomicLong();

    public ScoreQueueGauge(ScoreQueue queue, MeterRegistry registry) {
        this.queue = queue;
        Gauge.builder("arbiter.score.queue.depth", depth, AtomicLong::get)
                .description("Accepted submissions waiting for their performance score").register(registry);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void read() {
        try {
            depth.set(queue.waiting());
        } catch (RuntimeException e) {
            LOG.debugf("Score queue depth not read: %s", e.getMessage());
        }
    }
}
