package dev.arbiter.common;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How an idle worker waits for its next poll: until the poll is due or something on this node says there is work
 * (a submission or a score just queued). A wake-up given while the worker was busy is not lost: its next wait returns
 * at once, and every wake-up given before a wait ends is used up by it.
 */
public final class WakeUp {

    private final Semaphore permits = new Semaphore(0);

    /** Wakes one waiting worker, or the next one to wait. */
    public void nudge() {
        permits.release();
    }

    /** Wakes {@code workers} workers (all of them, on shutdown). */
    public void nudge(int workers) {
        permits.release(workers);
    }

    /** Waits up to {@code millis} for a wake-up. */
    public void await(long millis) throws InterruptedException {
        permits.tryAcquire(millis, TimeUnit.MILLISECONDS);
        permits.drainPermits();
    }
}
