package dev.arbiter.judge;

import dev.arbiter.common.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the judge records for Prometheus (/q/metrics): verdicts by kind, time to a verdict, time per test, and the
 * queue's depth, read from PostgreSQL every few seconds rather than per scrape so a scrape never waits for it.
 */
@Startup
@ApplicationScoped
public class JudgeMetrics {

    private static final Logger LOG = Logger.getLogger(JudgeMetrics.class);

    private final MeterRegistry registry;
    private final JudgeQueue queue;
    private final AtomicLong depth = new AtomicLong();

    public JudgeMetrics(MeterRegistry registry, JudgeQueue queue) {
        this.registry = registry;
        this.queue = queue;
        Gauge.builder("arbiter.judge.queue.depth", depth, AtomicLong::get)
                .description("Users' submissions waiting to be judged").register(registry);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void readDepth() {
        try {
            depth.set(queue.waiting());
        } catch (RuntimeException e) {
            LOG.debugf("Judge queue depth not read: %s", e.getMessage());
        }
    }

    /** A user's submission got its verdict, {@code latency} after it was submitted. */
    void verdict(Verdict verdict, String language, Duration latency) {
        Counter.builder("arbiter.judge.verdicts").description("Verdicts stored, by kind")
                .tag("verdict", verdict.name()).tag("language", language).register(registry).increment();
        Timer.builder("arbiter.judge.verdict.latency").description("From submitting to the stored verdict")
                .tag("language", language).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry).record(latency);
    }

    /** One test ran (wall time of the candidate's program, as the runner measured it). */
    void test(String language, Integer wallMs) {
        if (wallMs == null) return;
        Timer.builder("arbiter.judge.test.run").description("Wall time of one test's run in the sandbox")
                .tag("language", language).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry).record(Duration.ofMillis(wallMs));
    }
}
