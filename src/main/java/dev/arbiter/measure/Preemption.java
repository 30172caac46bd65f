package dev.arbiter.measure;

import dev.arbiter.sandbox.SandboxContainer;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Verdicts before measurements: while {@code verdictsWait} holds, the measurement's sandbox is paused, so a score
 * or a calibration never takes a CPU a candidate's test needs. A run that a pause cut through is disturbed (its
 * batches were timed across the pause): the measurement asks {@link #pauses()} before and after, and runs it again.
 */
public final class Preemption implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Preemption.class);
    private static final long POLL_MILLIS = 100;

    private final AtomicLong pauses = new AtomicLong();
    private final Thread watcher;
    private volatile boolean open = true;

    public Preemption(SandboxContainer box, BooleanSupplier verdictsWait) {
        watcher = new Thread(() -> watch(box, verdictsWait), "measurement-preemption");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** No pausing at all (a measurement nothing else competes with). */
    public static BooleanSupplier never() {
        return () -> false;
    }

    /** How many times the sandbox was paused so far. */
    public long pauses() {
        return pauses.get();
    }

    private void watch(SandboxContainer box, BooleanSupplier verdictsWait) {
        try {
            while (open) {
                if (verdictsWait.getAsBoolean() && box.pause()) {
                    pauses.incrementAndGet();
                    try {
                        while (open && verdictsWait.getAsBoolean()) Thread.sleep(POLL_MILLIS);
                    } finally {
                        box.unpause();
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            // closed
        } catch (RuntimeException e) {
            LOG.debugf("Measurement preemption stopped: %s", e.getMessage());
        }
    }

    @Override
    public void close() {
        open = false;
        watcher.interrupt();
        try {
            watcher.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
